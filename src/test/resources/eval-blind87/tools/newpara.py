# Prints the "New in this set" paragraph onward (before "## Files") of the given eval-blind READMEs, via extract_readmes.py.
import subprocess, sys
out = subprocess.run(['python3', __file__.replace('newpara.py', 'extract_readmes.py'), 'new'] + sys.argv[1:], capture_output=True, text=True).stdout
for b in out.split('== ')[1:]:
    name = b.split('\n')[0]; i = b.find('New in this set')
    print('==', name); print(b[i:] if i >= 0 else '(none)')
