from goldlib import *
N = "scarrowby-cliff-railway-passenger-notice"
TR = ["Scarrowby Cliff Railway Trust", "We want to be clear"]
CA = ["Ashpool", "chief engineer"]
RSI = ["Inspectorate"]
GL = ["Linthwaite", "Trust's chair"]
PY = ["Otterburn"]
attrs = [
A("trust-colon", "Scarrowby Cliff Railway Trust (the notice's author, 'we')", TR, "We want to be clear about one thing:", "deny", ["the railway is not closing for good"]),
A("strathmoor-report", "Strathmoor Lift Consultants, the independent engineers (report)", ["Strathmoor Lift Consultants", "independent engineers"], "according to the report of", "assert", ["speed sensor gave a false reading"]),
A("passenger-dropped", "a passenger who was in the lower car (unnamed)", ["passenger who was in the lower car", "Scarrowby Observer"], "told the Scarrowby Observer", "assert", ["dropped like a stone for a second"], q=True, anon=True, via=["Scarrowby Observer"]),
A("ashpool-did-not-fall", "Cornelius Ashpool, chief engineer", CA, "said ... (quote split by attribution)", "deny", ["did not fall two metres, or two centimetres", "stopped exactly where the brake is designed to stop it"], q=True),
A("tiktok-video", "a video shared on TikTok", ["video shared on TikTok", "TikTok"], "claims to show", "assert", ["show the car dropping"], anon=True, via=["TikTok"]),
A("posts-frayed", "posts on Scarrowby Talkback", ["Posts", "Scarrowby Talkback"], "have said", "assert", ["haulage cable is frayed"], anon=True, via=["Scarrowby Talkback"]),
A("ashpool-replaced", "Cornelius Ashpool", ["Ashpool"], "Mr Ashpool said", "deny", ["replaced in March 2024", "about 11 years of life left"], q=True, h=True),
A("ashpool-inspected", "Cornelius Ashpool", ["Ashpool"], "He said", "assert", ["inspected on 28 October", "passed every test"]),
A("ashpool-not-hope", "Cornelius Ashpool", ["Ashpool"], "he said", "opinion", ["not an old railway kept going on hope"], q=True),
A("ashpool-work", "Cornelius Ashpool", ["Ashpool"], "(continues the quote)", "assert", ["a great deal of work"], q=True, req=False),
A("told-inspectorate-shut", "unnamed (some passengers have been told)", ["Some passengers have been told"], "have been told", "assert", ["ordered the railway to shut"], anon=True, req=False),
A("inspectorate-no-notice", "the Rail Safety Inspectorate", RSI, "has told us that", "deny", ["has issued no prohibition notice", "the decision to suspend services was ours alone"]),
A("inspectorate-not-publish", "the Rail Safety Inspectorate", RSI, "said it does not publish", "assert", ["findings of routine visits"], req=False),
A("linthwaite-not-for-sale", "Godfrey Linthwaite, chair of the Trust", GL, "has asked us to print his answer in full:", "deny", ["The railway is not for sale", "no hotel company or anybody else has asked to buy it"], q=True),
A("ticket-office-nonsense", "the ticket office team", ["ticket office team"], "their answer ... has been one word:", "deny", ["nonsense"], q=True, req=False),
A("yelland-grant", "Councillor Clementine Otterburn, tourism portfolio, Scarrowby Borough Council", PY + ["Councillor"], "told the Scarrowby Observer, in remarks repeated on Headland FM", "deny", ["has not been cut by a single pound"], q=True, via=["Scarrowby Observer", "Headland FM"]),
A("coastfm-relay", "Headland FM / Scarrowby Observer relaying Otterburn", ["Headland FM", "Scarrowby Observer"], "repeated on", "deny", ["has not been cut by a single pound"], q=True, via=["Scarrowby Observer", "Headland FM"], req=False),
A("trust-accept", "Scarrowby Cliff Railway Trust ('we')", ["We accept"], "We accept that", "confirm", ["too slow to tell passengers"], req=False),
A("understood-air", "unnamed (It is understood)", ["It is understood"], "It is understood", "assert", ["sent the part by air"], h=True, anon=True, req=False),
]
denials = [
 {"by": ["Scarrowby Cliff Railway Trust", "We want to be clear"], "denied": ["the railway is not closing for good"], "note": "The notice's own colon cue 'We want to be clear about one thing:' (first-person plural author)."},
 {"by": ["Ashpool", "chief engineer"], "denied": ["dropped like a stone", "did not fall two metres"], "note": "Quote split by its attribution (role after name) against the anonymous passenger relayed by the Observer and the TikTok video."},
 {"by": ["Ashpool"], "denied": ["haulage cable is frayed", "replaced in March 2024"], "note": "Positive-words denial, 'Mr Ashpool said' after the quote."},
 {"by": ["Inspectorate"], "denied": ["ordered the railway to shut", "has issued no prohibition notice"], "note": "Body denial passed to the author ('has told us', no outlet via)."},
 {"by": ["Linthwaite", "Trust's chair"], "denied": ["The railway is not for sale"], "note": "Colon cue 'has asked us to print his answer in full:'; the ticket office team's 'nonsense' is an optional content-less deny."},
 {"by": ["Otterburn", "Councillor"], "denied": ["has not been cut by a single pound"], "note": "Relayed: told the Scarrowby Observer, repeated on Headland FM, against an unstated cut."},
]
anon = [
 {"match": ["passenger who was in the lower car"], "note": "asked not to be named; told the Observer the car dropped"},
 {"match": ["video shared on TikTok"], "note": "video claimed to show the car dropping; labelled false"},
 {"match": ["Posts", "Scarrowby Talkback"], "note": "frayed-cable claim"},
]
relays = [{"speaker": ["Otterburn"], "outlets": ["Scarrowby Observer", "Headland FM"], "note": "Otterburn -> Scarrowby Observer -> Headland FM -> this notice"},
          {"speaker": ["passenger who was in the lower car"], "outlets": ["Scarrowby Observer"], "note": "anonymous passenger -> Observer -> this notice"}]
descs = [
 {"name": "Cornelius Ashpool", "description": ["the railway's chief engineer"]},
 {"name": "Strathmoor Lift Consultants", "description": ["the independent engineers"]},
 {"name": "Godfrey Linthwaite", "description": ["The Trust's chair"]},
 {"name": "Clementine Otterburn", "description": ["who holds the tourism portfolio at Scarrowby Borough Council"]},
]
hedges = ["about 40 metres", "about 11 years", "is expected to", "It is understood", "claims to show"]
lf = [{"claim": ["show the car dropping"], "by": "the notice itself ('That video does not show our railway: it was filmed at another cliff railway in 2019')"}]
numbers = [{"value": "3 November", "fact": "services suspended"}, {"value": "40 metres", "fact": "short of the bottom station"}, {"value": "17 passengers", "fact": "on board"},
 {"value": "35 minutes", "fact": "to walk everyone off"}, {"value": "15 minutes", "fact": "shuttle bus frequency"}, {"value": "90,000", "fact": "video views"},
 {"value": "March 2024", "fact": "cable replaced"}, {"value": "28 October", "fact": "cable inspected"}, {"value": "19 November", "fact": "new sensor due"}, {"value": "20 November", "fact": "next notice"}]
ce = [{"cause": ["speed sensor gave a false reading"], "effect": ["emergency brake on the lower car was applied automatically"]}]
noise = ["PASSENGER NOTICE", "Issued by the Scarrowby Cliff Railway Trust, Wednesday 11 November 2026", "Notice no. 2026/14 - please display at both stations",
 "Service update", "What happened on 3 November", "The cable", "The inspectorate", "Money and the future", "Scarrowby Cliff Railway Trust, Clifftop Station, Scarrowby"]
notes = ("Original fictional text (straight quotes). A funicular operator's passenger notice in the Trust's first person plural ('we', 'our', 'has told us'): 'told us' and 'asked us' name the notice's own author and get no outlet via. "
 "The Trust has required entries only where a cue marks the statement ('We want to be clear about one thing:'); 'We accept that ...' (admission) is optional confirm; 'We cannot yet give a date' and 'No one was hurt' are article voice. "
 "Pronoun sources: 'He said', 'he said' = Ashpool. Planted non-denials: 'This is not an old railway kept going on hope' (opinion with not), 'it does not publish the findings of routine visits' (refusal, optional), "
 "Strathmoor report (according to, assert), 'is expected to', 'It is understood' (hedges). The TikTok video's claim is labelled false by the notice itself.")
build(N, notes, attrs, denials, anon, relays, descs, hedges, lf, [], numbers, ce, noise)
