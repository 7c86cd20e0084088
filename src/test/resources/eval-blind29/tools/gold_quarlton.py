from goldlib import A, build
N = "quarlton-hospice-chairs-foreword"
C = ["Achterhoff", "Chair"]
attrs = [
 A("chair-not-merging", "Sybella Achterhoff, Chair of Trustees (the foreword's 'I')", C, "I want to be clear:", "deny", ["is not merging with Calderholme Hospice", "no talks about a merger have taken place"]),
 A("trumpington-single-bed", "Dr Meriel Trumpington, chief executive", ["Trumpington", "chief executive"], "told the Quarlton Gazette", "deny", ["will not lose a single bed"], q=True, via=["Quarlton Gazette"]),
 A("rennard-never-discussed", "Ivo Rennard, Calderholme's chair", ["Rennard"], "has told us that", "deny", ["never discussed a merger either"]),
 A("post-bonuses", "a second post shared on social media", ["post"], "claimed that", "assert", ["used to pay staff bonuses"], via=["social media"]),
 A("chair-untrue", "Sybella Achterhoff", C, "(uncued verdict)", "deny", ["That claim is untrue"], req=False),
 A("mossop-no-bonus", "Elfrida Mossop, director of finance", ["Mossop", "director of finance"], "has assured the board that", "deny", ["no bonus has been paid to any member of staff"]),
 A("letters-sitting-on", "the Gazette's letters page", ["letters page", "Gazette"], "read, in", "assert", ["sitting on"], q=True, req=False),
 A("pasquale-disputed", "Gervase Pasquale, treasurer", ["Pasquale", "treasurer"], "has disputed that figure, pointing out that", "deny", ["stood at 640,000 pounds"]),
 A("chair-accept-slow", "Sybella Achterhoff", C, "I accept that", "confirm", ["too slow to tell families"]),
 A("nurse-goodwill", "a nurse quoted without her name by the Gazette", ["nurse", "Gazette"], "quoted ... said that", "assert", ["held together with goodwill and overtime"], q=True, anon=True, via=["Gazette"]),
 A("chair-not-pretend", "Sybella Achterhoff", C, "I do not think", "opinion", ["should pretend that its staff are never stretched"], req=False),
 A("krook-no-patient", "Dr Tobiah Krook, medical director", ["Krook", "medical director"], "said in a message to all staff", "deny", ["no patient had been refused a bed"], via=["message to all staff"]),
 A("chair-expect-spend", "Sybella Achterhoff", C, "We expect", "predict", ["about 4.9 million pounds"], h=True, req=False),
 A("chair-not-embarrassed", "Sybella Achterhoff", C, "I do not believe", "opinion", ["embarrassed to ask for money"], req=False),
]
attrs[3]["labelled_false"] = True
denials = [
 {"by": ["Achterhoff", "Chair"], "denied": ["merger", "is not merging with Calderholme Hospice"], "note": "'I want to be clear: St Ebba's is not merging ..., and no talks about a merger have taken place'"},
 {"by": ["Trumpington"], "denied": ["will not lose a single bed"], "note": "relayed through the Quarlton Gazette"},
 {"by": ["Rennard"], "denied": ["never discussed a merger either"], "note": "'has told us' names the author: no via"},
 {"by": ["Mossop"], "denied": ["used to pay staff bonuses", "no bonus has been paid"], "note": "'has assured the board that no bonus has been paid'; the chair's 'That claim is untrue.' is an optional content-less verdict"},
 {"by": ["Pasquale"], "denied": ["sitting on", "stood at 640,000 pounds"], "note": "'has disputed that figure, pointing out that ...'"},
 {"by": ["Krook"], "denied": ["held together with goodwill and overtime", "no patient had been refused a bed"], "note": "answers the nurse's account; in a message to all staff"},
]
anon = [{"match": ["nurse"], "note": "a nurse quoted without her name by the Gazette: one anonymous entry with the Gazette as via"}]
relays = [{"speaker": ["Trumpington"], "outlets": ["Quarlton Gazette"], "note": "Trumpington -> Quarlton Gazette -> foreword"},
          {"speaker": ["nurse"], "outlets": ["Gazette"], "note": "unnamed nurse -> Gazette -> foreword"}]
descs = [{"name": "Sybella Achterhoff", "description": ["Chair of Trustees"]}, {"name": "Meriel Trumpington", "description": ["Our chief executive"]},
 {"name": "Ivo Rennard", "description": ["Calderholme's own chair"]}, {"name": "Elfrida Mossop", "description": ["Our director of finance"]},
 {"name": "Gervase Pasquale", "description": ["Our treasurer"]}, {"name": "Tobiah Krook", "description": ["Our medical director"]}, {"name": "Crowther Ashdale LLP", "description": ["our auditors"]}]
hedges = ["reportedly", "expect", "about", "around"]
lf = [{"claim": ["used to pay staff bonuses"], "by": "the chair ('That claim is untrue.')"}]
numbers = [{"value": v, "fact": f} for v, f in [("1,142", "people cared for"), ("twelve-bed", "in-patient unit"), ("thirty-one years", "since St Ebba's opened"),
  ("640,000 pounds", "free reserves at 31 March"), ("two million pounds", "reserves claimed in a letter"), ("six nurses", "recruited"), ("4.9 million pounds", "planned spending 2026-27"),
  ("four pounds in every five", "share from supporters")]]
ce = [{"cause": ["when its lease ends"], "effect": ["will close in June"]}]
noise = ["Annual Review 2025-26", "Foreword from the Chair of Trustees, Sybella Achterhoff", "The merger rumours", "Legacies and reserves", "Where we fell short", "The year ahead",
 "Sybella Achterhoff", "Chair of Trustees"]
notes = ("Original fictional charity annual review: the chair's foreword (new whole-text form). The foreword's 'I' (and the board's 'we') is the chair named in the second line "
 "and the sign-off (match 'Achterhoff' or 'Chair'); cued first-person statements ('I want to be clear:', 'I accept that') are required, uncued narration ('That claim is untrue.', "
 "'we have not yet decided', 'We now send every change') is article voice or optional. 'has told us', 'has assured the board' name the author: no via. "
 "Non-denials: 'I accept that we were too slow' (admission, required confirm); 'I do not think any hospice should pretend' and 'I do not believe a hospice should ever be embarrassed' "
 "(opinions, optional); the Gazette's nurse (anonymous, via Gazette); 'Calderholme ... is reportedly reviewing' (article hedge, no entry); the social media post's bonus claim "
 "(labelled false by the chair). 'and our admissions records bear that out' is the chair's uncued support for Krook (no entry).")
build(N, notes, attrs, denials, anon, relays, descs, hedges, lf, [], numbers, ce, noise)
