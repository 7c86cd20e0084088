# Prints parts of earlier eval-blind READMEs, each cut first at its first line that begins with "## Measured":
#   readme_cut.py new N...    the paragraph(s) from "New in this set" up to "## Files" (line start)
#   readme_cut.py style N...  the second cell of each "## Files" table row
#   readme_cut.py head N...   everything before the "## Files" heading (line start)
# eval-blind82 (this set) and eval-blind83 are never read.
import sys, re
R = '/work/main/src/test/resources/'
mode, nums = sys.argv[1], sys.argv[2:]
for n in nums:
    if n in ('82', '83'): continue
    try: lines = open(f'{R}eval-blind{n}/README.md', encoding='utf-8').read().split('\n')
    except FileNotFoundError: continue
    cut = []
    for l in lines:
        if l.startswith('## Measured'): break
        cut.append(l)
    fi = next((i for i, l in enumerate(cut) if l.startswith('## Files')), len(cut))
    head, rest = cut[:fi], cut[fi:]
    print(f'===== eval-blind{n}')
    if mode == 'head': print('\n'.join(head))
    elif mode == 'new':
        t = '\n'.join(head); i = t.find('New in this set')
        print(t[i:] if i >= 0 else '(none)')
    elif mode == 'style':
        for l in rest:
            if l.startswith('## ') and not l.startswith('## Files'): break
            if l.startswith('| `'):
                c = l.split('|'); print(c[1].strip(), '|', c[2].strip())
