# Prints, for earlier eval-blind READMEs, the part before the first line starting "## Measured":
# from "New in this set" (or the whole intro for eval-blind70+) to the first line starting "## Files",
# then the second cell (style) of each "## Files" table row. eval-blind84 and eval-blind85 are never read.
import sys, re
R = '/work/main/src/test/resources/'
for n in [int(x) for x in sys.argv[1:]]:
    if n in (84, 85): continue
    lines = []
    for l in open(f'{R}eval-blind{n}/README.md', encoding='utf-8'):
        if l.startswith('## Measured'): break
        lines.append(l.rstrip('\n'))
    head, rows, infiles = [], [], False
    for l in lines:
        if l.startswith('## Files'): infiles = True; continue
        if not infiles: head.append(l)
        elif l.startswith('|') and not l.startswith('|---') and not l.startswith('| file'):
            cells = l.split('|'); rows.append(cells[1].strip() + ' :: ' + (cells[2].strip() if len(cells) > 2 else ''))
        elif l.startswith('## '): infiles = None
    txt = '\n'.join(head)
    if n < 70:
        i = txt.find('New in this set'); txt = txt[i:] if i >= 0 else '(no New in this set)'
    print(f'=== eval-blind{n}'); print(txt); print('--- styles'); print('\n'.join(rows))
