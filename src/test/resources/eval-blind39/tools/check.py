import json, re, sys, glob, os, io, contextlib
sys.path.insert(0, '/work/shared/eval')
from score import norm, score_attributions
D = '/work/main/src/test/resources/eval-blind39/'
ref = set(json.load(open('/work/main/src/test/resources/eval-blind37/oxlade-cold-water-study-science-news.gold.json')).keys())
def sentences(text):
    out = []
    for line in text.split("\n"):
        out += [s for s in re.split(r'(?<=[.!?"])\s+(?=["A-Z0-9])', line) if s.strip()]
    return out
bad = 0
print("| file | words | required | optional | denials | required deny |")
for g in sorted(glob.glob(D + '*.gold.json')):
    gold = json.load(open(g, encoding='utf-8'))
    text = open(D + gold['article'], encoding='utf-8').read()
    probs = []
    if set(gold) != ref: probs.append('top-level keys differ')
    if text.split('\n')[0].strip() != gold['title']: probs.append('title')
    if re.search('[\u201c\u201d\u2018\u2019]', text): probs.append('curly quotes')
    w = len(text.split())
    if not 420 <= w <= 520: probs.append(f'words {w}')
    nt = norm(text); sents = [norm(s) for s in sentences(text)]
    for a in gold['attributions']:
        for k in a['key']:
            if norm(k) not in nt: probs.append(f"key not in article: {k}")
            n = sum(norm(k) in s for s in sents)
            if n != 1: probs.append(f"key in {n} sentences: {k}")
        for m in a['match']:
            if norm(m) not in nt: probs.append(f"match not in article: {m}")
    for d in gold['denials']:
        for s in d['by'] + d['denied']:
            if norm(s) not in nt: probs.append(f"denial string missing: {s}")
    for l in gold['not_article_text']:
        if l not in [x.strip() for x in text.split('\n')]: probs.append(f"noise not a line: {l}")
    # perfect analysis must pass, empty must fail
    perfect = {"attributions": [{"source": a['match'][0], "content": a['key'][0], "stance": a['stance'],
               "anonymous": a.get('anonymous', False), "hedged": a.get('hedged', False), "quoted": a.get('quoted', False),
               "via": a.get('via', [])} for a in gold['attributions']]}
    with contextlib.redirect_stdout(io.StringIO()):
        okp = score_attributions(gold, perfect, 0.9, 0.9)
        oke = score_attributions(gold, {"attributions": []}, 0.9, 0.9)
    if not okp: probs.append('perfect analysis FAILS')
    if oke: probs.append('empty analysis PASSES')
    att = gold['attributions']; req = [a for a in att if a['required']]
    print(f"| {os.path.basename(g)[:-10]} | {w} | {len(req)} | {len(att)-len(req)} | {len(gold['denials'])} | {sum(a['stance']=='deny' for a in req)} |")
    for p in probs: print('  PROBLEM', p); bad += 1
print('OK' if not bad else f'{bad} PROBLEMS')
