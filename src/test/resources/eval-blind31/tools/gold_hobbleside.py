from goldlib import A, build
N = "hobbleside-osprey-wildlife-correspondent"
attrs = [
 A("brackmoor-denied", "Brackmoor Forestry, the forestry contractor", ["Brackmoor", "forestry contractor"], "has denied that ..., saying that", "deny", ["cut down a Scots pine", "came down in a storm on 3 February"]),
 A("group-since-2020", "the Hobbleside Osprey Group", ["Hobbleside Osprey Group"], "according to", "assert", ["since 2020"]),
 A("trennant-saw-marks", "Solveig Trennant, the group's chair", ["Trennant", "chair"], "said", "assert", ["clean saw marks all the way round"], q=True),
 A("trennant-cut", "Solveig Trennant", ["Trennant"], "she said", "deny", ["That tree was cut, not blown over"], q=True),
 A("ulverholt-fallen-timber", "Rainald Ulverholt, Brackmoor Forestry's operations manager", ["Ulverholt", "operations manager"], "said", "deny", ["only been clearing fallen timber"]),
 A("ulverholt-wind", "Rainald Ulverholt", ["Ulverholt"], "he said", "deny", ["what the wind had already knocked down"], q=True),
 A("ulverholt-acknowledged", "Rainald Ulverholt", ["Ulverholt"], "He acknowledged that", "confirm", ["had not checked the site's wildlife survey"]),
 A("worker-standing", "a forestry worker who spoke on condition of anonymity", ["forestry worker", "Hennacombe Mercury"], "told the Hennacombe Mercury", "assert", ["standing when we got there on the Monday"], q=True, anon=True, via=["Hennacombe Mercury"]),
 A("records-gusts", "the Quarby Hill weather station's published records", ["published records", "weather station"], "its published records show", "assert", ["gusts of 71mph"]),
 A("facebook-car-park", "a post on a local Facebook group", ["post", "Facebook"], "claimed that", "assert", ["to make way for a car park"], via=["Facebook"]),
 A("mabberley-invention", "Araminta Mabberley, the estate's factor", ["Mabberley", "factor"], "called that claim ... and said", "deny", ["pure invention", "no plans for any car park"], q=True),
 A("police-aware", "the rural crime unit of Hennacombe Police", ["rural crime unit", "Hennacombe Police"], "said", "assert", ["aware of the report"], q=True),
 A("police-declined", "the rural crime unit of Hennacombe Police", ["rural crime unit", "Hennacombe Police"], "declined to comment", "assert", ["declined to comment further"], req=False),
 A("breckwood-not-end", "Radegund Breckwood, ornithologist", ["Breckwood", "ornithologist"], "said", "opinion", ["not the end of the story for this pair"], q=True),
 A("breckwood-build", "Radegund Breckwood", ["Breckwood"], "she said", "predict", ["try to build nearby"], q=True, h=True),
 A("breckwood-offence", "Radegund Breckwood", ["Breckwood"], "Breckwood said", "assert", ["It is an offence to damage an occupied osprey nest", "harder to protect in law"]),
]
denials = [
 {"by": ["Brackmoor"], "denied": ["cut down a Scots pine"], "note": "lede denial with the storm account, one entry"},
 {"by": ["Trennant"], "denied": ["That tree was cut, not blown over"], "note": "the group's chair rejects the contractor's storm account"},
 {"by": ["Ulverholt"], "denied": ["only been clearing fallen timber", "what the wind had already knocked down"], "note": "positively worded rebuttal in reported speech and in a quote"},
 {"by": ["Mabberley"], "denied": ["to make way for a car park", "pure invention"], "note": "'called that claim \"pure invention\" and said there were no plans', against the Facebook post"},
]
anon = [{"match": ["forestry worker"], "note": "a forestry worker who spoke on condition of anonymity, told the Hennacombe Mercury"}]
relays = [{"speaker": ["forestry worker"], "outlets": ["Hennacombe Mercury"], "note": "unnamed worker -> Hennacombe Mercury -> this article"}]
descs = [{"name": "Hobbleside Osprey Group", "description": ["whose volunteers watch it each summer"]}, {"name": "Solveig Trennant", "description": ["The group's chair"]},
 {"name": "Rainald Ulverholt", "description": ["Brackmoor Forestry's operations manager"]}, {"name": "Araminta Mabberley", "description": ["The estate's factor"]},
 {"name": "Radegund Breckwood", "description": ["an ornithologist who has ringed the Hobbleside chicks since 2021"]}]
hedges = ["probably"]
numbers = [{"value": v, "fact": f} for v, f in [("3 February", "storm night"), ("2020", "nest used since"), ("21 February", "stump found"), ("71mph", "gusts recorded")]]
noise = ["WILDLIFE", "By Honorine Lanvarrow, Wildlife Correspondent", "Monday 16 March 2026",
 "Photo caption: The stump of the Scots pine in Hobbleside Wood, where ospreys nested for six summers. (Photo: Loveday Amberleigh)",
 "The contractor's account", "The estate", "Read more: Where to watch ospreys this spring"]
notes = ("Original fictional wildlife correspondent's article. 'she said' (first) = Trennant; 'he said' and 'He acknowledged' = Ulverholt; 'she said' (later) = Breckwood; 'its published records show' = the weather station's records (a document, assert). "
 "Denials: the contractor's lede denial with its storm account (one entry); Trennant's 'That tree was cut, not blown over' against the storm account; Ulverholt's positively worded 'only been clearing fallen timber' and quote; Mabberley's 'called that claim \"pure invention\" and said there were no plans'. "
 "Non-denials: 'He acknowledged that' (admission, confirm), the anonymous worker (via the Mercury), the gust records (assert, supports the contractor), Breckwood's 'not the end of the story' (opinion with 'not') and 'probably' (hedged predict), the police 'aware of the report' (assert) and refusal (optional). Headline gets no entry.")
build(N, notes, attrs, denials, anon, relays, descs, hedges, [], [], numbers, [], noise)
