from goldlib import *
N = "tamsford-beavers-environment-correspondent"
T = ["Tamsford Valley Wildlife Trust", "trust"]
B = ["Brasenose-Kaye", "chief executive"]
G = ["Gallacombe"]
CLA = ["Countryside Licensing Authority", "authority"]
R = ["Raithby-Oyelowo", "mammal ecologist"]
attrs = [
A("headline-denies", "Tamsford Valley Wildlife Trust (headline)", ["wildlife trust", "trust"], "denies (headline)", "deny", ["secret release"], req=False),
A("trust-lede-rejects", "Tamsford Valley Wildlife Trust", T, "has rejected claims", "deny", ["secretly released beavers"]),
A("partnership-recorded", "Upper Tamsford Catchment Partnership", ["Catchment Partnership"], "according to", "assert", ["first recorded on 9 February"]),
A("partnership-family", "Upper Tamsford Catchment Partnership", ["Catchment Partnership"], "which says", "assert", ["two adults and three kits"]),
A("gallacombe-covered", "Reuben Gallacombe, farmer at Stonyford Farm", G, "said", "assert", ["covered two of his fields"]),
A("gallacombe-silage", "Reuben Gallacombe", G, "he said", "assert", ["first cut of silage"], q=True),
A("farmers-believe", "several farmers on the river (unnamed)", ["farmers"], "believe", "opinion", ["put there on purpose"], anon=True, req=False),
A("whatsapp-horsebox", "a message in the Tamsford Farmers' WhatsApp group", ["message", "WhatsApp group"], "claimed", "assert", ["horsebox"], q=True, anon=True, via=["WhatsApp group"]),
A("estate-man-trailer", "a man who works on a neighbouring estate (unnamed)", ["neighbouring estate", "man who works"], "said", "assert", ["trailer with the trust's badge"], q=True, anon=True),
A("brasenose-never-owned", "Ottilie Brasenose-Kaye, chief executive of the trust", B, "said (said-X inversion)", "deny", ["never owned a beaver", "not put a single animal into that river"], q=True),
A("brasenose-acknowledge", "Ottilie Brasenose-Kaye", B, "She did acknowledge", "confirm", ["campaigned for a licensed release"]),
A("brasenose-loudly", "Ottilie Brasenose-Kaye", B, "she said", "confirm", ["we said so loudly"], q=True),
A("brasenose-behind-back", "Ottilie Brasenose-Kaye", B, "(continues the quote)", "deny", ["behind anyone's back"], q=True, req=False),
A("brasenose-trailer", "Ottilie Brasenose-Kaye", B, "she said (mid-sentence)", "deny", ["fence posts for a hedge-planting day"]),
A("ashdown-given-nod", "Peregrine Ashdown-Prideaux, MP for Tamsvale and Hurst", ["Ashdown-Prideaux", "MP"], "wrote ... accusing", "assert", ["given the nod"], q=True),
A("authority-no-licence", "Countryside Licensing Authority", CLA, "The authority said", "deny", ["granted no licence", "never been sent an application for one"]),
A("spokesman-site-visits", "a spokesman for the Countryside Licensing Authority", ["spokesman"] + CLA, "said (refusal)", "assert", ["did not discuss site visits"], req=False),
A("farmers-pointed", "some farmers (unnamed)", ["farmers"], "have pointed instead at", "suggest", ["pointed instead at the Hurstmere estate"], anon=True, req=False),
A("threlfall-brushed", "Cosmo Threlfall-Adey, manager of the Hurstmere estate", ["Threlfall-Adey", "manager", "Hurstmere"], "brushed the idea off (content-less verdict)", "deny", ["brushed the idea off"], req=False),
A("threlfall-no-beavers", "Cosmo Threlfall-Adey", ["Threlfall-Adey", "manager", "Hurstmere"], "he said", "deny", ["we have no beavers", "never asked for any"], q=True),
A("facebook-shot", "posts on a Nether Brockhurst community Facebook page", ["Posts", "Facebook page"], "suggested", "suggest", ["had been shot"], anon=True, h=True, via=["Facebook page"]),
A("gallacombe-stone", "Reuben Gallacombe", G, "told the farming paper", "deny", ["never so much as thrown a stone"], q=True, via=["Field & Furrow", "Radio Tamsvale"]),
A("radio-relay-gallacombe", "Radio Tamsvale / Field & Furrow relaying Gallacombe", ["Radio Tamsvale", "Field & Furrow"], "in an interview later read out on", "deny", ["never so much as thrown a stone"], q=True, via=["Field & Furrow", "Radio Tamsvale"], req=False),
A("postmortem-vehicle", "a post-mortem carried out for the authority (the authority said)", ["post-mortem"] + CLA, "found ..., the authority said", "assert", ["struck by a vehicle"]),
A("understood-footage", "unnamed (It is understood)", ["understood"], "It is understood", "assert", ["wildlife crime officer"], h=True, anon=True, req=False),
A("raithby-travel", "Dr Fenella Raithby-Oyelowo, mammal ecologist at Wessenden University", R, "said", "assert", ["routinely travel that far"]),
A("raithby-week", "Dr Fenella Raithby-Oyelowo", R, "she said", "assert", ["cover that distance in a week"], q=True),
A("raithby-not-problem", "Dr Fenella Raithby-Oyelowo", R, "(continues the quote)", "opinion", ["Beavers are not the villains on the Tamsford"], q=True, req=False),
A("raithby-expected", "Dr Fenella Raithby-Oyelowo", R, "She expected", "predict", ["two more side streams"], h=True),
A("partnership-flow-device", "Upper Tamsford Catchment Partnership", ["catchment partnership"], "said it would", "predict", ["flow device"]),
A("gallacombe-not-killed", "Reuben Gallacombe", G, "said", "opinion", ["did not want the animals killed"]),
A("gallacombe-not-against", "Reuben Gallacombe", G, "he said", "opinion", ["I am not against beavers"], q=True),
A("gallacombe-paying", "Reuben Gallacombe", G, "(continues the quote)", "opinion", ["paying for them on my own"], q=True, req=False),
]
denials = [
 {"by": ["Tamsford Valley Wildlife Trust", "Brasenose-Kaye"], "denied": ["secretly released beavers", "horsebox", "never owned a beaver"], "note": "Lede's reported 'has rejected claims that it secretly released beavers' (required) + the chief executive's said-X inversion 'We have never owned a beaver, bred a beaver or moved a beaver ...' (required); the continuation 'behind anyone's back' is an optional deny."},
 {"by": ["Brasenose-Kaye"], "denied": ["trailer with the trust's badge", "fence posts for a hedge-planting day"], "note": "Positive-words counter-statement with a mid-sentence pronoun cue ('The trailer, she said, had been carrying fence posts ...') against the anonymous estate worker's trailer."},
 {"by": ["Countryside Licensing Authority", "authority"], "denied": ["given the nod", "granted no licence"], "note": "Body denial in reported speech ('The authority said it had granted no licence ... and had received no application for one') against the MP's 'given the nod'."},
 {"by": ["Threlfall-Adey", "Hurstmere"], "denied": ["rewilding scheme", "we have no beavers"], "note": "'brushed the idea off' (content-less, optional) + 'he said' quote '... but we have no beavers and have never asked for any' (required)."},
 {"by": ["Gallacombe"], "denied": ["had been shot", "never so much as thrown a stone"], "note": "Relayed denial: told Field & Furrow, read out on Radio Tamsvale; the post-mortem (vehicle strike) is counter-evidence, assert."},
]
anon = [
 {"match": ["message", "WhatsApp group"], "note": "a message in the Tamsford Farmers' WhatsApp group claiming a horsebox release"},
 {"match": ["neighbouring estate", "man who works"], "note": "a man who works on a neighbouring estate, asked not to be named; saw a trailer with the trust's badge"},
 {"match": ["Posts", "Facebook page"], "note": "Facebook posts suggesting the dead beaver had been shot"},
 {"match": ["understood"], "note": "It is understood that trail-camera footage has been handed over"},
]
relays = [{"speaker": ["Gallacombe"], "outlets": ["Field & Furrow", "Radio Tamsvale"], "note": "Gallacombe -> Field & Furrow (farming paper) -> Radio Tamsvale -> this article"}]
descs = [
 {"name": "Tamsford Valley Wildlife Trust", "description": ["has campaigned for a licensed release on the Tamsford for six years"]},
 {"name": "Upper Tamsford Catchment Partnership", "description": ["which says the family now numbers two adults and three kits"]},
 {"name": "Reuben Gallacombe", "description": ["whose family has farmed at Stonyford Farm for four generations"]},
 {"name": "Ottilie Brasenose-Kaye", "description": ["chief executive of the trust"]},
 {"name": "Peregrine Ashdown-Prideaux", "description": ["The MP for Tamsvale and Hurst"]},
 {"name": "Cosmo Threlfall-Adey", "description": ["Its manager"]},
 {"name": "Field & Furrow", "description": ["the farming paper"]},
 {"name": "Fenella Raithby-Oyelowo", "description": ["a mammal ecologist at Wessenden University", "has studied the Colbrand colony since 2020"]},
]
hedges = ["about 30 acres", "It is understood", "She expected", "reportedly", "is expected to", "suggested"]
lf = [{"claim": ["had been shot"], "by": "the article, citing the authority's post-mortem: the animal had been struck by a vehicle"}]
numbers = [{"value": "at least four dams", "fact": "dams built"}, {"value": "about 30 acres", "fact": "pasture flooded"},
 {"value": "9 February", "fact": "beavers first recorded"}, {"value": "two adults and three kits", "fact": "family size"},
 {"value": "four generations", "fact": "Gallacombe family at Stonyford Farm"}, {"value": "six years", "fact": "trust's campaign for a licensed release"},
 {"value": "14 October", "fact": "hedge-planting day"}, {"value": "900 acres", "fact": "Hurstmere rewilding scheme"}, {"value": "2022", "fact": "rewilding began"},
 {"value": "2 May", "fact": "dead beaver found"}, {"value": "about 12 miles", "fact": "distance to the Colbrand"}, {"value": "since at least 2019", "fact": "Colbrand beavers breeding"},
 {"value": "within a fortnight", "fact": "flow device to be fitted"}, {"value": "by the end of July", "fact": "authority decision"}]
ce = [{"cause": ["built at least four dams"], "effect": ["flooded about 30 acres of pasture"]},
      {"cause": ["struck by a vehicle"], "effect": ["dead adult beaver"]}]
noise = ["ENVIRONMENT", "By Hester Quaintance, Environment Correspondent", "Thursday 21 May 2026",
 "Photo caption: A beaver dam of willow and mud across a side channel of the River Tamsford near Nether Brockhurst. (Photo: Idris Maelgwyn)",
 "The release question", "A dead beaver", "Where did they come from?", "What happens next", "Read more: What is a beaver licence, and who can get one?"]
notes = ("Environment correspondent's report (straight quotes). Noise: section line, byline, date line, photo caption, four subheads, 'Read more:' line. "
 "Pronoun and role sources: 'he said' (silage, 'I am not against beavers') = Gallacombe; 'She did acknowledge', 'she said' (twice) = Brasenose-Kaye; 'Its manager' / 'he said' = Threlfall-Adey; "
 "'The authority' = Countryside Licensing Authority; 'a spokesman' = the authority's spokesman; 'she said', 'She expected' = Raithby-Oyelowo; 'The catchment partnership' = Upper Tamsford Catchment Partnership. "
 "'later shared with this newspaper' names the article's own outlet: no via. 'brushed the idea off' is a content-less verdict (optional deny). "
 "Non-denials: 'She did acknowledge that the trust has campaigned ...' + 'We wanted beavers here' (admission, confirm); the spokesman's 'did not discuss site visits' (refusal, optional); "
 "'Beavers are not the villains on the Tamsford' (opinion with 'not', optional continuation); 'did not want the animals killed' and 'I am not against beavers' (opinions, deny no claim); "
 "'She expected ...' (prediction); 'No beavers had been seen on the river in living memory' (article voice); the post-mortem (counter-evidence, assert); "
 "'A second family has reportedly been seen' (article-voice hedge, no entry); 'It is understood' (optional); 'Several farmers ... believe' and 'Some farmers have pointed instead at' are optional anonymous entries. The headline's 'wildlife trust denies secret release' is an optional deny.")
build(N, notes, attrs, denials, anon, relays, descs, hedges, lf, [], numbers, ce, noise)
