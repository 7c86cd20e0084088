from goldlib import A, build
N = "ravensgarth-home-care-social-care-correspondent"
attrs = [
 A("kindlewell-lede", "Kindlewell Care (home care company)", ["Kindlewell", "home care company"], "has insisted", "deny", ["has not shortened its visits"]),
 A("families-15", "families", ["families"], "said", "assert", ["as little as 15 minutes"], req=False),
 A("kindlewell-30", "Kindlewell Care", ["Kindlewell"], "said", "deny", ["at least 30 minutes"]),
 A("tiverley-12", "Shona Tiverley", ["Tiverley"], "said", "assert", ["12 minutes on a good day"], q=True),
 A("tiverley-lunch", "Shona Tiverley", ["Tiverley"], "she said", "assert", ["getting his lunch cooked"], q=True),
 A("carer-text", "a Kindlewell carer (anonymous), via the Ravensgarth Post", ["carer", "Ravensgarth Post"], "said", "assert", ["get in and out in 15"], q=True, anon=True, via=["Ravensgarth Post"]),
 A("strellett-no-message", "Fabienne Strellett, director of care", ["Strellett", "director of care"], "told the Post", "deny", ["no such message had been sent"], via=["Post"]),
 A("strellett-never-told", "Fabienne Strellett", ["Strellett"], "Strellett said", "deny", ["never told a carer to cut a visit short"], q=True),
 A("kindlewell-confirms-41", "Kindlewell Care", ["Kindlewell", "company"], "did confirm", "confirm", ["41 visits last month"]),
 A("kindlewell-clients", "Kindlewell Care", ["Kindlewell", "company"], "It said", "assert", ["at the request of the clients themselves"]),
 A("baskerfield-travel", "Lorne Baskerfield, Unityforce branch secretary", ["Baskerfield", "branch secretary"], "said", "assert", ["the problem was travel"]),
 A("baskerfield-not-paper", "Lorne Baskerfield", ["Baskerfield"], "he said", "opinion", ["not being cut on paper"], q=True),
 A("baskerfield-autumn", "Lorne Baskerfield", ["Baskerfield"], "also said", "assert", ["known about short visits since the autumn"]),
 A("council-denied", "Ravensgarth council", ["council"], "denied", "deny", ["told anything before this year"]),
 A("council-spokesman-feb", "council spokesman", ["spokesman", "council"], "said", "assert", ["11 February"]),
 A("ashdowne-logs", "Cllr Mehreen Ashdowne", ["Ashdowne", "cabinet member"], "said", "assert", ["past 90 days"]),
 A("ashdowne-act", "Cllr Mehreen Ashdowne", ["Ashdowne"], "she said", "assert", ["we will act"], q=True),
 A("ashdowne-declined", "Cllr Mehreen Ashdowne", ["Ashdowne"], "declined to say", "assert", ["ended early"], req=False),
 A("leaflet-sacked", "a leaflet", ["leaflet"], "claimed", "assert", ["sacked Kindlewell"], q=True),
 A("council-papers-2028", "council papers", ["council papers"], "according to", "assert", ["March 2028"]),
 A("directorate-aware", "Care Standards Directorate", ["Care Standards Directorate", "inspectorate"], "said", "assert", ["aware of concerns"], q=True),
 A("directorate-neither", "Care Standards Directorate", ["Care Standards Directorate", "inspectorate"], "would neither confirm nor deny", "assert", ["neither confirm nor deny"], req=False),
 A("post-sale", "the Ravensgarth Post", ["Post"], "reported", "assert", ["put up for sale"]),
 A("penhaligan-buyer", "Grigor Penhaligan, chairman", ["Penhaligan", "chairman"], "said ..., adding that", "deny", ["not spoken to a single buyer", "Complete nonsense"]),
 A("strellett-recruited", "Fabienne Strellett", ["Strellett"], "said", "assert", ["22 carers since December"]),
 A("tiverley-kind", "Shona Tiverley", ["Tiverley"], "she said", "opinion", ["running out of time"], q=True),
 A("tiverley-not-angry", "Shona Tiverley", ["Tiverley"], "(continues)", "opinion", ["I am not angry with them"], q=True, req=False),
]
attrs[18]["labelled_false"] = True
denials = [
 {"by": ["Kindlewell"], "denied": ["has not shortened its visits", "at least 30 minutes"], "note": "lede 'has insisted that it has not shortened' + positively worded 'every visit ... still booked for at least 30 minutes'"},
 {"by": ["Strellett"], "denied": ["no such message had been sent", "never told a carer to cut a visit short"], "note": "via the Post + split quote"},
 {"by": ["council"], "denied": ["known about short visits since the autumn", "told anything before this year"], "note": "'The council denied that it had been told anything before this year'"},
 {"by": ["Penhaligan"], "denied": ["put up for sale", "not spoken to a single buyer"], "note": "said-X inversion 'Complete nonsense,' said ... adding that"},
]
anon = [{"match": ["carer", "Ravensgarth Post"], "note": "spoke to the Ravensgarth Post on condition of anonymity"}]
relays = [{"speaker": ["carer"], "outlets": ["Ravensgarth Post"], "note": "anonymous carer -> Post"}, {"speaker": ["Strellett"], "outlets": ["Post"], "note": "told the Post"}]
descs = [{"name": "Fabienne Strellett", "description": ["director of care"]}, {"name": "Lorne Baskerfield", "description": ["branch secretary of the care workers' union Unityforce"]},
 {"name": "Mehreen Ashdowne", "description": ["cabinet member for adult social care"]}, {"name": "Grigor Penhaligan", "description": ["chairman"]},
 {"name": "Shona Tiverley", "description": ["88-year-old father"]}]
hedges = ["is understood to", "reportedly", "about"]
lf = [{"claim": ["sacked Kindlewell"], "by": "the article itself ('It has not: the contract runs until March 2028')"}]
numbers = [{"value": v, "fact": f} for v, f in [("£14 million", "council contract"), ("2,300", "visits a day"), ("30 minutes", "booked minimum"), ("41", "visits under 20 minutes"),
  ("11 February", "first complaint"), ("90 days", "logs requested"), ("March 2028", "contract end"), ("60 carers", "shortage"), ("22 carers", "recruited"), ("45p", "mileage rate"), ("19 March", "scrutiny panel")]]
ce = [{"cause": ["nobody pays for the drive between houses"], "effect": ["cut on the road"]}]
noise = ["SOCIAL CARE", "By Peronel Ketteridge, Social Care Correspondent", "Published 4 March 2026, 7.15am",
 "Photo: A Kindlewell Care car parked on Thursby Road, Ravensgarth. (Peronel Ketteridge)",
 "Read more: What to ask before a care agency starts visiting a parent", "A text message", "The council", "A buyer?"]
notes = ("Original fictional article, social care correspondent. Pronouns: 'It said' = Kindlewell; 'she said' = Tiverley / Ashdowne; 'he said' = Baskerfield. "
 "'the Post' = the Ravensgarth Post. Headline not given an entry. 'Complete nonsense' is inside the Penhaligan entry (one sentence). Non-denials: 'did confirm that 41 visits' (confirm), "
 "'declined to say' and 'would neither confirm nor deny' (optional), Baskerfield's 'not being cut on paper' and Tiverley's 'I am not angry' (opinions), "
 "the leaflet's 'sacked Kindlewell' labelled false by the article ('It has not').")
build(N, notes, attrs, denials, anon, relays, descs, hedges, lf, [], numbers, ce, noise)
