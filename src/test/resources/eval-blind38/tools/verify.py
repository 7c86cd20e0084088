import json, glob, subprocess, os, re
os.chdir('/tmp/blind37')
for g in sorted(glob.glob('*.gold.json')):
    name = g[:-10]
    gold = json.load(open(g))
    text = open(name + '.txt').read()
    assert not re.search('[\u201c\u201d\u2018\u2019]', text)
    preds = [{"source": a["match"][0], "content": a["key"][0], "stance": a["stance"], "quoted": a.get("quoted", False),
              "hedged": a.get("hedged", False), "anonymous": a.get("anonymous", False), "via": a.get("via", [])} for a in gold["attributions"]]
    p = 'tools/perfect/%s.json' % name
    json.dump({"title": gold["title"], "attributions": preds}, open(p, 'w'), indent=1)
    r = subprocess.run(['python3', '/work/shared/eval/score.py', 'attributions', g, p], capture_output=True, text=True)
    last = r.stdout.strip().split('\n')[-1]
    json.dump({"attributions": [dict(x, stance="assert") for x in preds]}, open('/tmp/blind37/tools/perfect/_assert.json', 'w'))
    r2 = subprocess.run(['python3', '/work/shared/eval/score.py', 'attributions', g, 'tools/perfect/_assert.json'], capture_output=True, text=True)
    json.dump({"attributions": []}, open('/tmp/blind37/tools/empty.json', 'w'))
    r3 = subprocess.run(['python3', '/work/shared/eval/score.py', 'attributions', g, 'tools/empty.json'], capture_output=True, text=True)
    # cross-match: each pred should match only gold entries of the same id? report multi-matches
    print(name, '| perfect:', last, '| all-assert rc', r2.returncode, '| empty rc', r3.returncode, repr(r3.stderr))
os.remove('tools/perfect/_assert.json')
# sentence-level perfect: content = the whole sentence holding the first key
import sys
sys.path.insert(0, '/tmp/blind37/tools')
from goldlib import sentences
from score import norm
for g in sorted(glob.glob('*.gold.json')):
    name = g[:-10]
    gold = json.load(open(g)); text = open(name + '.txt').read()
    sents = sentences(text)
    preds = []
    for a in gold["attributions"]:
        s = [x for x in sents if norm(a["key"][0]) in norm(x)][0]
        preds.append({"source": a["match"][0], "content": s, "stance": a["stance"], "quoted": a.get("quoted", False),
                      "hedged": a.get("hedged", False), "anonymous": a.get("anonymous", False), "via": a.get("via", [])})
    p = 'tools/perfect/%s.sentence.json' % name
    json.dump({"title": gold["title"], "attributions": preds}, open(p, 'w'), indent=1)
    r = subprocess.run(['python3', '/work/shared/eval/score.py', 'attributions', g, p], capture_output=True, text=True)
    print(name, '| sentence-level perfect:', r.stdout.strip().split('\n')[-1])
# stances valid
for g in sorted(glob.glob('*.gold.json')):
    gold = json.load(open(g))
    bad = [a["id"] for a in gold["attributions"] if a["stance"] not in ("assert", "deny", "confirm", "suggest", "predict", "opinion", "retract")]
    print(g, 'stances ok' if not bad else 'BAD STANCES %s' % bad)
