# Prints, for each earlier eval-blind README (eval-blind32 to eval-blind85), the part before its first line that
# begins with "## Measured" and before its first line that begins with "## Files" (the intro, "New in this set" and
# denial-wording paragraphs), plus the second cell (style column) of each "## Files" table row. mode: para | style
import sys, re
R = '/work/main/src/test/resources/'
mode = sys.argv[1]
for n in range(32, 86):
    try: lines = open(f'{R}eval-blind{n}/README.md', encoding='utf-8').read().split('\n')
    except FileNotFoundError: continue
    cut = []
    for l in lines:
        if l.startswith('## Measured'): break
        cut.append(l)
    i = next((k for k, l in enumerate(cut) if l.startswith('## Files')), len(cut))
    print(f'===== eval-blind{n}')
    if mode == 'para':
        txt = '\n'.join(cut[:i])
        j = txt.find('New in this set')
        print(txt[j:] if j >= 0 else '(no New in this set)')
    else:
        for l in cut[i:]:
            if l.startswith('## ') and not l.startswith('## Files'): break
            if l.startswith('| `'):
                c = l.split('|')
                print(c[1].strip(), '::', c[2].strip()[:400])
