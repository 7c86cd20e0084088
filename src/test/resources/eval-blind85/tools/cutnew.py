# "New in this set" paragraph only (up to the next line that starts a new paragraph on denial wording, lengths or
# admissions, at most 4000 characters) and the style column, of earlier eval-blind READMEs cut at the first line
# starting "## Measured". eval-blind84 and eval-blind85 are never read.
import sys, re, subprocess
out = subprocess.run(['python3', __file__.replace('cutnew.py', 'cutreadme.py')] + sys.argv[1:], capture_output=True, text=True).stdout
for block in out.split('=== ')[1:]:
    name, rest = block.split('\n', 1)
    txt, styles = rest.split('--- styles\n', 1)
    i = txt.find('New in this set')
    t = txt[i:] if i >= 0 else txt
    m = re.search(r'\n(Denial|Denials|The denial|Lengths|Admissions|None of the denial|Denial and)', t)
    if m: t = t[:m.start()]
    print('=== ' + name); print(t[:4000]); print('--- styles'); print(styles)
