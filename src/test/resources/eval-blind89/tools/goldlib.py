# Helpers for gold_all.py (eval-blind81's goldlib.py, itself eval-blind79's, copied for eval-blind89 with a new header,
# the same word ranges (short 320-360, medium 490-550, long 740-800) and a longer cue list: folder found from this
# script's own path; rejects keys that start with or hold a cue word. eval-blind81's cue list is kept, and this set's
# denial and admission cues are added: dismantled, daft, short-sighted, naive, shredded, apocryphal, half-hearted,
# baloney, point by point, kicking itself, known better, tripe, ill-judged (start words: dismantled, shredded, answered).
import json, re, sys
sys.path.insert(0, '/work/shared/eval')
from score import norm
import os as _os
D = _os.path.dirname(_os.path.dirname(_os.path.abspath(__file__))) + '/'
RANGES = {"short": (320, 360), "medium": (490, 550), "long": (740, 800)}
CUES = re.compile(r"^(denied|denies|deny|rejected|rejects|dismissed|dismisses|called|calling|declined|admitted|admit|acknowledged|acknowledge|confirmed|said|says|told|claimed|accused|accusing|conceded|accepted|accepts|refuted|disputed|described|writes|reported|insisted|argued|branded|repudiated|quashed|poured|waved|announced|threw|retorted|swept|protested|took|put|agreed|urged|knocked|gave|allowed|recognised|regretted|named|pointed|shot|made|dropped|jumped|mixed|pooh|picked|fed|let|swatted|stamped|snorted|dismantled|shredded|answered)\b|\b(denied that|denies that|also denied|also rejected|rejected (the|that)|dismissed (the|that)|declined to|did not respond|did admit|did acknowledge|called (the|that)|took issue|ruled out|hit back|wide of the mark|did concede|did accept|does accept|was equally firm|was just as firm|poured cold water|poured scorn|waved away|refuted|repudiated|quashed|plucked from thin air|categorically not the case|without foundation|got it wrong|having none of it|set the record straight|fanciful|a fiction|backed that up|threw out|wrong end of the stick|moonshine|retorted|swept aside|far-fetched|did not add up|protested|put the record right|an exaggeration|barking up the wrong tree|took that claim apart|agreed that|put her hand up|wires crossed|on the head|gave the lie|a different tale|slipped a digit|mistaken a loss|waiting in the wings|would not buy the pipe|wishful thinking|not a grain of truth|two and two together|more mundane|was candid|allowed that|recognised that|did not dispute|regretted that|admitted that|did not survive a look|sold a pup|belonged to one|no legs|no mystery|never on the cards|a count of calls|shot back|mixed up two pots|on the other foot|jumped the gun|describing a trade|would not defend|dropped the ball|did not try to hide|should have done better|clean breast|on the chin|thinking of another|spun a yarn|in mind|chasing shadows|pooh-poohed|out of a hat|pie in the sky|to pieces|half the story|mare's nest|no question of|behind the times|duff|in the telling|did not pretend|criticism of its letters|blame lay|moment badly|made a mess|let learners down|wild guess|swatted away|hogwash|knocked back|canard|stamped on|overblown|balderdash|snorted|caught napping|sheepish|warned customers sooner|heavy-handed|cast its net|too narrowly|cart before the horse|dismantled|daft|short-sighted|naive|shredded|apocryphal|half-hearted|baloney|point by point|kicking itself|known better|tripe|ill-judged)\b", re.I)

def A(id, source, match, cue, stance, key, req=True, q=False, h=False, anon=False, via=None):
    e = {"id": id, "source": source, "match": match, "cue": cue, "stance": stance, "key": key}
    if q: e["quoted"] = True
    if h: e["hedged"] = True
    if anon: e["anonymous"] = True
    if via: e["via"] = via
    e["required"] = req
    return e

def D_(by, denied, note): return {"by": by, "denied": denied, "note": note}
def N(v, f): return {"value": v, "fact": f}
def CE(c, e): return {"cause": c, "effect": e}
def S(n, d): return {"name": n, "description": d}

def sentences(text):
    out = []
    for line in text.split("\n"):
        out += [s for s in re.split(r'(?<=[.!?"])\s+(?=["A-Z0-9])', line) if s.strip()]
    return out

def build(name, size, notes, attrs, denials, anon, relays, descs, hedges, lf, loaded, numbers, ce, noise):
    text = open(D + name + ".txt", encoding="utf-8").read()
    probs = []
    if any(c in text for c in "\u201c\u201d\u2018\u2019"): probs.append("curly quotes")
    words = len(text.split())
    lo, hi = RANGES[size]
    if not lo <= words <= hi: probs.append(f"words {words} outside {lo}-{hi}")
    title = text.split("\n")[0].strip()
    lines = [l.strip() for l in text.split("\n")]
    nt = norm(text)
    sents = [norm(s) for s in sentences(text)]
    def chk(s, what):
        if s not in text: probs.append(f"{what} not raw verbatim: {s!r}")
        if norm(s) not in nt: probs.append(f"{what} not normed: {s!r}")
    ids = set()
    for a in attrs:
        if a["id"] in ids: probs.append("dup id " + a["id"])
        ids.add(a["id"])
        for m in a["match"]: chk(m, a["id"] + " match")
        for k in a["key"]:
            chk(k, a["id"] + " key")
            n = sum(1 for s in sents if norm(k) in s)
            if n != 1: probs.append(f"{a['id']} key {k!r} in {n} sentences")
            if norm(k) in norm(title): probs.append(f"{a['id']} key {k!r} in the headline")
            if CUES.search(k): probs.append(f"{a['id']} key {k!r} holds a cue word")
            for x in noise:
                if norm(k) in norm(x): probs.append(f"{a['id']} key {k!r} in a noise line")
        for v in a.get("via", []): chk(v, a["id"] + " via")
    for d in denials:
        for s in d["by"] + d["denied"]: chk(s, "denial")
        reqd = [a for a in attrs if a["stance"] == "deny" and a["required"] and any(norm(b) in " ".join(norm(m) for m in a["match"]) or any(norm(m) in norm(b) for m in a["match"]) for b in d["by"])]
        if not reqd: probs.append("denial without required deny entry: " + d["note"])
    for a in anon:
        for m in a["match"]: chk(m, "anon")
    for r in relays:
        for s in r["speaker"] + r["outlets"]: chk(s, "relay")
    for s in descs:
        chk(s["name"], "desc name")
        for x in s["description"]: chk(x, "desc")
    for x in hedges: chk(x, "hedge")
    for l in lf:
        for x in l["claim"]:
            chk(x, "lf")
            if not any(x in a["key"] and a["required"] and a["stance"] == "assert" for a in attrs):
                probs.append("labelled_false claim is not a key of a required assert entry: " + x)
    for a in attrs:
        if a["stance"] not in ("assert", "deny", "confirm", "opinion", "predict", "suggest", "retract"):
            probs.append("stance " + a["stance"])
    for x in loaded: chk(x, "loaded")
    for n in numbers: chk(n["value"], "number")
    for c in ce:
        for x in c["cause"] + c["effect"]: chk(x, "ce")
    for x in noise:
        if x not in lines: probs.append("noise not a whole line: " + x)
    gold = {"article": name + ".txt", "title": title, "notes": notes, "attributions": attrs,
            "denials": denials, "anonymous_sources": anon, "relay_chains": relays,
            "source_descriptions": descs, "hedges": hedges, "labelled_false": lf,
            "loaded_language": loaded, "numbers": numbers, "cause_effect": ce, "not_article_text": noise}
    json.dump(gold, open(D + name + ".gold.json", "w", encoding="utf-8"), indent=1, ensure_ascii=False)
    json.load(open(D + name + ".gold.json", encoding="utf-8"))
    req = [a for a in attrs if a["required"]]
    rd = [a for a in req if a["stance"] == "deny"]
    print(f"{name}: words={words} attrs={len(attrs)} required={len(req)} optional={len(attrs)-len(req)} denials={len(denials)} reqdeny={len(rd)}")
    for p in probs: print("  PROBLEM", p)
    return not probs
