# Prints, for eval-blind32 to eval-blind85, each README cut at its first line beginning "## Measured":
# mode 'new'   -> the part before the first line beginning "## Files" (intro, New in this set, denial wording)
# mode 'style' -> the second cell of each row of the "## Files" table
import sys, re
R = '/work/main/src/test/resources/'
mode = sys.argv[1]
nums = [int(x) for x in sys.argv[2:]] if len(sys.argv) > 2 else list(range(32, 86))
for n in nums:
    if n in (86, 87): continue
    try: lines = open(f'{R}eval-blind{n}/README.md', encoding='utf-8').read().split('\n')
    except FileNotFoundError: print(f'== eval-blind{n}: no README'); continue
    cut = []
    for l in lines:
        if l.startswith('## Measured'): break
        cut.append(l)
    fi = next((i for i, l in enumerate(cut) if l.startswith('## Files')), len(cut))
    print(f'== eval-blind{n}')
    if mode == 'new':
        print('\n'.join(cut[:fi]))
    else:
        tbl = cut[fi:]
        for l in tbl:
            if l.startswith('## ') and not l.startswith('## Files'): break
            if l.startswith('| `'):
                cells = l.split('|')
                print(cells[1].strip(), '::', cells[2].strip())
