# Prints, for earlier eval-blind READMEs, the part before the first line starting with "## Measured":
# mode "new": the "New in this set" paragraph (up to the next blank line or line-start "## ") and the style
# column (second cell) of each "## Files" table row; mode "pre": everything before the line-start "## Files" heading.
# eval-blind88 and eval-blind89 are never read.
import sys, re, os
R = '/work/main/src/test/resources/'
mode, lo, hi = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
for n in range(lo, hi + 1):
    if n in (88, 89): continue
    p = f'{R}eval-blind{n}/README.md'
    if not os.path.exists(p): continue
    lines = []
    for l in open(p, encoding='utf-8'):
        if l.startswith('## Measured'): break
        lines.append(l.rstrip('\n'))
    fi = next((i for i, l in enumerate(lines) if l.startswith('## Files')), len(lines))
    pre = lines[:fi]
    print(f'===== eval-blind{n}')
    if mode == 'pre':
        print('\n'.join(pre))
    else:
        txt = '\n'.join(pre)
        i = txt.find('New in this set')
        if i >= 0:
            j = txt.find('\n\n', i)
            print(txt[i: j if j > 0 else len(txt)])
    if mode == 'new':
        nxt = next((i for i, l in enumerate(lines[fi + 1:], fi + 1) if l.startswith('## ')), len(lines))
        for l in lines[fi:nxt]:
            if l.startswith('| `'):
                cells = l.split('|')
                print('  STYLE', cells[1].strip(), '::', cells[2].strip()[:400])
