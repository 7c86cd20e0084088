from goldlib import A, build
N = "thornwick-care-home-tv-website"
attrs = [
 A("owners-rejected", "Larkhollow Care Group, owners of Thornwick Lodge", ["owners", "Larkhollow"], "have rejected", "deny", ["have rejected an inspection report"]),
 A("report-bells", "Care Standards Authority inspection report", ["report", "Care Standards Authority"], "says", "assert", ["on 23 occasions"]),
 A("aspery-stretched", "Gwendolin Aspery, lead inspector", ["Aspery", "lead inspector"], "said", "assert", ["kind but stretched far too thin"], q=True),
 A("aspery-2023", "Gwendolin Aspery", ["Aspery"], "She said", "assert", ["rated \"good\" at its last inspection"]),
 A("larkhollow-denied", "Larkhollow Care Group", ["Larkhollow"], "denied that", "deny", ["left without help"]),
 A("wickenden-called", "Drusilla Wickenden, operations manager", ["Wickenden", "operations manager"], "called the report", "deny", ["a picture of two difficult days"], q=True),
 A("wickenden-every-meal", "Drusilla Wickenden", ["Wickenden"], "Ms Wickenden said", "deny", ["Every resident had a member of staff with them at every meal"], q=True),
 A("wickenden-norovirus", "Drusilla Wickenden", ["Wickenden"], "She said", "assert", ["norovirus outbreak"]),
 A("worker-nights", "a care worker who asked not to be named", ["care worker"], "told Valeward TV", "assert", ["two staff for 48 residents"], h=True, anon=True, via=["Valeward TV"]),
 A("worker-round", "the unnamed care worker", ["worker"], "the worker said", "opinion", ["You cannot do a proper round with two"], q=True, anon=True, req=False),
 A("spokesperson-not-case", "Larkhollow spokesperson", ["Larkhollow spokesperson", "spokesperson"], "a Larkhollow spokesperson said", "deny", ["That is simply not the case"], q=True),
 A("spokesperson-four", "Larkhollow spokesperson", ["spokesperson", "Larkhollow"], "(continues the quote)", "deny", ["at least four staff on every night shift"], q=True),
 A("family-6kg", "the family of Emerick Feathering", ["family", "Feathering"], "In a statement sent to Valeward TV ... said", "assert", ["lost 6 kilograms"], via=["statement", "Valeward TV"]),
 A("company-individual", "Larkhollow Care Group", ["company", "Larkhollow"], "The company said", "assert", ["could not discuss an individual resident"], req=False),
 A("wickenden-accepted", "Drusilla Wickenden", ["Wickenden"], "accepted that", "confirm", ["had not been filled in properly"]),
 A("wickenden-paperwork", "Drusilla Wickenden", ["Wickenden"], "she said", "confirm", ["The paperwork let us down"], q=True),
 A("council-visit", "Brackenmere Council", ["Brackenmere Council"], "said", "predict", ["its own visit within a fortnight"]),
 A("trevellick-not-convinced", "Councillor Hereward Trevellick", ["Trevellick", "Councillor"], "said", "opinion", ["not convinced the company understands"], q=True),
 A("wyvill-letter", "Jethro Wyvill, Larkhollow chief executive", ["Wyvill", "chief executive"], "In a letter to residents' families, ... rejected the inspectors' finding", "deny", ["poorly led", "full confidence of the board"], via=["letter"]),
 A("csa-no-comment", "Care Standards Authority", ["Care Standards Authority"], "declined to comment", "assert", ["declined to comment on the company's response"], req=False),
 A("csa-six-months", "Care Standards Authority", ["Care Standards Authority"], "It said", "predict", ["inspected again within six months"]),
]
denials = [
 {"by": ["owners", "Larkhollow"], "denied": ["inadequate", "have rejected an inspection report"], "note": "lede 'have rejected an inspection report'"},
 {"by": ["Larkhollow", "Wickenden"], "denied": ["left without help", "Every resident had a member of staff with them at every meal"], "note": "denial verb + positively worded rebuttal (said-X inversion)"},
 {"by": ["Wickenden"], "denied": ["a picture of two difficult days"], "note": "'called the report ...' verdict"},
 {"by": ["Larkhollow spokesperson", "spokesperson"], "denied": ["two staff for 48 residents", "That is simply not the case"], "note": "'That is simply not the case' against the anonymous care worker"},
 {"by": ["Wyvill"], "denied": ["poorly led"], "note": "via a letter to families: 'rejected the inspectors' finding'"},
]
anon = [{"match": ["care worker"], "note": "care worker who asked not to be named told Valeward TV (reportedly two staff on nights)"}]
relays = [{"speaker": ["care worker"], "outlets": ["Valeward TV"], "note": "unnamed worker -> Valeward TV (this site)"}, {"speaker": ["family"], "outlets": ["Valeward TV"], "note": "family statement sent to the station"}]
descs = [{"name": "Thornwick Lodge", "description": ["which looks after 48 older people"]}, {"name": "Gwendolin Aspery", "description": ["The lead inspector"]},
 {"name": "Drusilla Wickenden", "description": ["operations manager"]}, {"name": "Hereward Trevellick", "description": ["who leads on adult care"]},
 {"name": "Jethro Wyvill", "description": ["chief executive"]}, {"name": "Emerick Feathering", "description": ["91"]}]
hedges = ["reportedly"]
numbers = [{"value": v, "fact": f} for v, f in [("40 minutes", "longest wait for help with meals"), ("48 older people", "residents"), ("15 minutes", "call-bell threshold"), ("23 occasions", "unanswered bells"), ("2023", "last inspection"), ("four staff", "staff short on the first day"), ("6 kilograms", "weight lost by Feathering"), ("19 of the residents", "places paid by the council"), ("six months", "re-inspection")]]
ce = [{"cause": ["norovirus outbreak"], "effect": ["short of four staff"]}]
noise = ["VALEWARD TV NEWS | Local", "Posted: 11:42am, Tuesday 17 February 2026 | Updated: 3:15pm", "Image: The entrance to Thornwick Lodge on Candlemas Lane. (Valeward TV)", "Read more: How to check the rating of a care home near you", "Watch: Our report from outside Thornwick Lodge"]
notes = ("Original fictional TV website story. 'Their report' = the Care Standards Authority's; 'She said' = Aspery then Wickenden; 'the worker said' = the anonymous care worker (optional); 'The company said' = Larkhollow (optional, a non-answer); 'It said' (last) = the Authority. "
 "Denials: lede 'have rejected an inspection report'; Larkhollow 'denied that residents had been left without help' + Wickenden's positively worded said-X inversion (two entries, one record); 'called the report ...'; spokesperson's 'That is simply not the case' + four-staff counter (continuation, required); Wyvill's letter 'rejected the inspectors' finding'. "
 "'accepted that' = confirm; Trevellick 'not convinced' = opinion; Authority no-comment optional. Headline ('disputes') no entry.")
build(N, notes, attrs, denials, anon, relays, descs, hedges, [], [], numbers, ce, noise)
