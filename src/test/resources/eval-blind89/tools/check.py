# Independent check of eval-blind89 (eval-blind81's check.py, adapted; top-level keys taken from the shared gold
# /work/shared/eval/brisko-data-breach.gold.json): schema keys as the shared golds, title = first line, word ranges per
# length class (short 320-360, medium 490-550, long 740-800), every verbatim string present after score.py's norm() (gold
# keys also raw verbatim), each key in exactly one sentence and never in the headline or a noise line, noise strings whole
# lines, a perfect analysis PASSES and an empty one FAILS score_attributions, an all-assert analysis FAILS on deny, no key
# starts with or holds a cue word (eval-blind81's list plus this set's new denial and admission cues), "denied" in at most
# one text, 3-4 denials, an anonymous source, a required confirm and a labelled_false entry per text, and the counts agree
# with the README table.
import json, re, sys, glob, os, io, contextlib
sys.path.insert(0, '/work/shared/eval')
from score import norm, score_attributions
import os as _os
D = _os.path.dirname(_os.path.dirname(_os.path.abspath(__file__))) + '/'
ref = set(json.load(open('/work/shared/eval/brisko-data-breach.gold.json')).keys())
RANGE = {'stennerley-tennis-club-padel-courts-approved': (320, 360), 'merriton-hand-car-wash-suds-wigsley-brook': (320, 360),
         'thrupworth-tower-block-window-cleaning-cradles': (490, 550), 'quernby-market-hall-hawk-patrols-end-pigeons': (490, 550),
         'nunsford-record-fair-counterfeit-lps-seized': (740, 800), 'orsington-forge-loses-scalford-park-railings-contract': (740, 800)}
CUES = re.compile(r"^(denied|denies|deny|rejected|rejects|dismissed|dismisses|called|calling|declined|admitted|admit|acknowledged|acknowledge|confirmed|said|says|told|claimed|accused|accusing|conceded|accepted|accepts|refuted|disputed|described|writes|reported|insisted|argued|branded|repudiated|quashed|poured|waved|announced|threw|retorted|swept|protested|took|put|agreed|urged|knocked|gave|allowed|recognised|regretted|named|pointed|shot|made|dropped|jumped|mixed|pooh|picked|fed|let|swatted|stamped|snorted|dismantled|shredded|answered)\b|\b(denied that|denies that|also denied|also rejected|rejected (the|that)|dismissed (the|that)|declined to|did not respond|did admit|did acknowledge|called (the|that)|took issue|ruled out|hit back|wide of the mark|did concede|did accept|does accept|was equally firm|was just as firm|poured cold water|poured scorn|waved away|refuted|repudiated|quashed|plucked from thin air|categorically not the case|without foundation|got it wrong|having none of it|set the record straight|fanciful|a fiction|backed that up|threw out|wrong end of the stick|moonshine|retorted|swept aside|far-fetched|did not add up|protested|put the record right|an exaggeration|barking up the wrong tree|took that claim apart|agreed that|put her hand up|wires crossed|on the head|gave the lie|a different tale|slipped a digit|mistaken a loss|waiting in the wings|would not buy the pipe|wishful thinking|not a grain of truth|two and two together|more mundane|was candid|allowed that|recognised that|did not dispute|regretted that|admitted that|did not survive a look|sold a pup|belonged to one|no legs|no mystery|never on the cards|a count of calls|shot back|mixed up two pots|on the other foot|jumped the gun|describing a trade|would not defend|dropped the ball|did not try to hide|should have done better|clean breast|on the chin|thinking of another|spun a yarn|in mind|chasing shadows|pooh-poohed|out of a hat|pie in the sky|to pieces|half the story|mare's nest|no question of|behind the times|duff|in the telling|did not pretend|criticism of its letters|blame lay|moment badly|made a mess|let learners down|wild guess|swatted away|hogwash|knocked back|canard|stamped on|overblown|balderdash|snorted|caught napping|sheepish|warned customers sooner|heavy-handed|cast its net|too narrowly|cart before the horse|dismantled|daft|short-sighted|naive|shredded|apocryphal|half-hearted|baloney|point by point|kicking itself|known better|tripe|ill-judged)\b", re.I)
def sentences(text):
    out = []
    for line in text.split("\n"):
        out += [s for s in re.split(r'(?<=[.!?"])\s+(?=["A-Z0-9])', line) if s.strip()]
    return out
readme = {}
for line in open(D + 'README.md', encoding='utf-8'):
    m = re.match(r'\| `([a-z0-9-]+)` \|[^|]*\| (\d+) \| (\d+) \| (\d+) \| (\d+) \| (\d+) \|', line)
    if m: readme[m.group(1)] = tuple(int(x) for x in m.groups()[1:])
    m = re.match(r'\| total \|[^|]*\| ([\d,]+) \| (\d+) \| (\d+) \| (\d+) \| (\d+) \|', line)
    if m: readme['total'] = tuple(int(x.replace(',', '')) for x in m.groups())
bad = 0
rows = []
denied_texts = 0
print("| file | words | required | optional | denials | required deny |")
for g in sorted(glob.glob(D + '*.gold.json')):
    gold = json.load(open(g, encoding='utf-8')); name = os.path.basename(g)[:-10]
    text = open(D + gold['article'], encoding='utf-8').read()
    probs = []
    if set(gold) != ref: probs.append('top-level keys differ')
    if text.split('\n')[0].strip() != gold['title']: probs.append('title')
    if re.search('[\u201c\u201d\u2018\u2019]', text): probs.append('curly quotes')
    w = len(text.split()); lo, hi = RANGE[name]
    if not lo <= w <= hi: probs.append(f'words {w}')
    nt = norm(text); sents = [norm(s) for s in sentences(text)]
    noise = [norm(x) for x in gold['not_article_text']] + [norm(gold['title'])]
    def present(s, what):
        if norm(s) not in nt: probs.append(f"{what} not in article: {s}")
    ids = [a['id'] for a in gold['attributions']]
    if len(ids) != len(set(ids)): probs.append('duplicate ids')
    for a in gold['attributions']:
        for k in a['key']:
            present(k, 'key')
            if k not in text: probs.append(f"key not raw verbatim: {k}")
            n = sum(norm(k) in s for s in sents)
            if n != 1: probs.append(f"key in {n} sentences: {k}")
            if any(norm(k) in x for x in noise): probs.append(f"key in headline/noise: {k}")
            if CUES.search(k): probs.append(f"key contains a cue word: {k}")
        for m in a['match']: present(m, 'match')
        for v in a.get('via', []): present(v, 'via')
        if a['stance'] not in ('assert', 'deny', 'confirm', 'opinion', 'predict', 'suggest', 'retract'): probs.append('stance ' + a['stance'])
    for d in gold['denials']:
        for s in d['by'] + d['denied']: present(s, 'denial string')
    for x in gold['anonymous_sources']:
        for m in x['match']: present(m, 'anonymous match')
    for r in gold['relay_chains']:
        for s in r['speaker'] + r['outlets']: present(s, 'relay')
    for s in gold['source_descriptions']:
        for x in [s['name']] + s['description']: present(x, 'description')
    for x in gold['hedges'] + gold['loaded_language']: present(x, 'hedge/loaded')
    for l in gold['labelled_false']:
        for x in l['claim']: present(x, 'labelled_false')
    for n in gold['numbers']: present(n['value'], 'number')
    for c in gold['cause_effect']:
        for x in c['cause'] + c['effect']: present(x, 'cause/effect')
    for l in gold['not_article_text']:
        if l not in [x.strip() for x in text.split('\n')]: probs.append(f"noise not a line: {l}")
    perfect = {"attributions": [{"source": a['match'][0], "content": a['key'][0], "stance": a['stance'],
               "anonymous": a.get('anonymous', False), "hedged": a.get('hedged', False), "quoted": a.get('quoted', False),
               "via": a.get('via', [])} for a in gold['attributions']]}
    with contextlib.redirect_stdout(io.StringIO()):
        okp = score_attributions(gold, perfect, 0.9, 0.9)
        oke = score_attributions(gold, {"attributions": []}, 0.9, 0.9)
        oka = score_attributions(gold, {"attributions": [dict(p, stance='assert') for p in perfect['attributions']]}, 0.9, 0.9)
    if not okp: probs.append('perfect analysis FAILS')
    if oke: probs.append('empty analysis PASSES')
    if oka: probs.append('all-assert analysis PASSES')
    if not 3 <= len(gold['denials']) <= 4: probs.append('denials not 3-4')
    if not gold['labelled_false']: probs.append('no labelled_false')
    if not gold['anonymous_sources']: probs.append('no anonymous source')
    if not any(a['stance'] == 'confirm' and a['required'] for a in gold['attributions']): probs.append('no required confirm')
    for l in gold['not_article_text']:
        if l.strip() == gold['title']: probs.append('title listed as noise')
    att = gold['attributions']; req = [a for a in att if a['required']]
    row = (w, len(req), len(att) - len(req), len(gold['denials']), sum(a['stance'] == 'deny' for a in req))
    if readme.get(name) != row: probs.append(f'README row {readme.get(name)} != {row}')
    rows.append(row)
    if re.search(r'\bdenied\b', text, re.I): denied_texts += 1
    print(f"| {name} | " + " | ".join(map(str, row)) + " |")
    for p in probs: print('  PROBLEM', p); bad += 1
total = tuple(sum(r[i] for r in rows) for i in range(5))
print("| total | " + " | ".join(map(str, total)) + " |")
if len(rows) != 6: print('  PROBLEM', f'{len(rows)} gold files, not 6'); bad += 1
if readme.get('total') != total: print('  PROBLEM', f"README total {readme.get('total')} != {total}"); bad += 1
if denied_texts > 1: print('  PROBLEM', f'"denied" used in {denied_texts} texts (at most 1)'); bad += 1
print(f'texts using "denied": {denied_texts}')
print('OK' if not bad else f'{bad} PROBLEMS')
