# Prints, for earlier eval-blind READMEs, the part before the first line starting with "## Measured"
# (mode 'new': the paragraph from "New in this set" to the next blank-ish heading + the style cells of the Files table;
#  mode 'pre': everything before the first line starting with "## Files").
import sys, os, re
R = '/work/main/src/test/resources/'
mode = sys.argv[1]; names = sys.argv[2:]
for n in names:
    if n in ('eval-blind84', 'eval-blind85'): continue
    p = R + n + '/README.md'
    if not os.path.exists(p): print(f'== {n}: no README'); continue
    lines = []
    for l in open(p, encoding='utf-8'):
        if l.startswith('## Measured'): break
        lines.append(l)
    text = ''.join(lines)
    pre = re.split(r'(?m)^## Files', text)[0]
    print(f'==== {n}')
    if mode == 'pre':
        print(pre)
    else:
        i = pre.find('New in this set')
        if i >= 0:
            print(pre[i:].split('\nDenial')[0])
        m = re.search(r'(?m)^## Files.*?(?=^## |\Z)', text, re.S)
        if m:
            for row in m.group(0).split('\n'):
                cells = row.split('|')
                if len(cells) > 3 and cells[1].strip().startswith('`'):
                    print('  ', cells[1].strip(), '::', cells[2].strip())
