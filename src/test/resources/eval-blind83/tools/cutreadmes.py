# Prints, for an earlier eval-blind README, the part before its "## Files" heading (the README is first cut at its
# first line that begins with "## Measured"), or the "## Files" style column (mode "style").
import sys, re
R = '/work/main/src/test/resources/'
def cut(n):
    try:
        lines = open(R + n + '/README.md', encoding='utf-8').read().split('\n')
    except FileNotFoundError:
        return []
    out = []
    for l in lines:
        if l.startswith('## Measured'):
            break
        out.append(l)
    return out
mode = sys.argv[1]
for n in sys.argv[2:]:
    if n in ('eval-blind82', 'eval-blind83'):
        continue
    lines = cut(n)
    if mode == 'pre':
        pre = []
        for l in lines:
            if l.startswith('## Files'):
                break
            pre.append(l)
        print('=== ' + n + ' (' + str(len('\n'.join(pre))) + ' chars)')
        print('\n'.join(pre))
    elif mode == 'size':
        pre = []
        for l in lines:
            if l.startswith('## Files'):
                break
            pre.append(l)
        print(n, len('\n'.join(pre)))
    elif mode == 'style':
        print('=== ' + n)
        inf = False
        for l in lines:
            if l.startswith('## Files'):
                inf = True; continue
            if inf and l.startswith('## '):
                break
            if inf and l.startswith('|') and not l.startswith('|---') and not l.startswith('| file'):
                cells = l.split('|')
                if len(cells) > 2:
                    print(cells[1].strip(), '|', cells[2].strip())
