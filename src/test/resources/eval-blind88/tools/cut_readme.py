# Prints, for earlier eval-blind READMEs, the part before the first line starting with "## Measured",
# either the whole part before a "## Files" line-start heading (mode full) or only the "New in this set"
# paragraph (mode new), plus the style column (second cell) of the "## Files" table rows.
import sys, re, os
R = '/work/main/src/test/resources/'
mode = sys.argv[1]
for n in sys.argv[2:]:
    p = R + 'eval-blind%s/README.md' % n
    if not os.path.exists(p): print('==', n, 'no README'); continue
    lines = []
    for l in open(p, encoding='utf-8'):
        if l.startswith('## Measured'): break
        lines.append(l.rstrip('\n'))
    pre, files = [], []
    infiles = False
    for l in lines:
        if l.startswith('## Files'): infiles = True; continue
        if infiles and l.startswith('## '): infiles = False
        if infiles:
            if l.startswith('| `') or l.startswith('| total'):
                files.append(l.split('|')[2].strip() if l.count('|') > 2 else '')
        elif not files and not infiles:
            pre.append(l)
    print('=====', n)
    text = '\n'.join(pre)
    if mode == 'full':
        print(text)
    else:
        i = text.find('New in this set')
        if i >= 0:
            j = text.find('\n\n', i)
            para = text[i: j if j >= 0 else len(text)]
            # stop at the next paragraph starting sentence like 'Denial wording'
            print(para)
        else:
            print('(no New in this set)')
    print('-- styles:')
    for f in files: print(' *', f)
