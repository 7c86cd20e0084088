# Builds tools/perfect/*.json (first match / first key), *.sentence.json (full source text, whole sentence)
# and *.allassert.json (every stance 'assert'), plus empty.json, from the gold files.
import json, glob, os, re
import os as _os
D = _os.path.dirname(_os.path.dirname(_os.path.abspath(__file__))) + '/'
T = D + 'tools/'
def sentences(text):
    out = []
    for line in text.split("\n"):
        out += [s for s in re.split(r'(?<=[.!?"])\s+(?=["A-Z0-9])', line) if s.strip()]
    return out
os.makedirs(T + 'perfect', exist_ok=True)
for g in sorted(glob.glob(D + '*.gold.json')):
    gold = json.load(open(g, encoding='utf-8')); name = os.path.basename(g)[:-10]
    sents = sentences(open(D + gold['article'], encoding='utf-8').read())
    first, whole = [], []
    for a in gold['attributions']:
        f = dict(source=a['match'][0], content=a['key'][0], stance=a['stance'], anonymous=a.get('anonymous', False),
                 hedged=a.get('hedged', False), quoted=a.get('quoted', False), via=a.get('via', []))
        first.append(f)
        s = [x for x in sents if a['key'][0].lower() in x.lower()][0]
        whole.append(dict(f, content=s, source=a['source']))
    json.dump({"attributions": first}, open(f'{T}perfect/{name}.json', 'w'), indent=1)
    json.dump({"attributions": whole}, open(f'{T}perfect/{name}.sentence.json', 'w'), indent=1)
    json.dump({"attributions": [dict(p, stance='assert') for p in first]}, open(f'{T}perfect/{name}.allassert.json', 'w'), indent=1)
json.dump({"attributions": []}, open(T + 'empty.json', 'w'))
