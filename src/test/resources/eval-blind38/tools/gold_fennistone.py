from goldlib import A, build
N = "fennistone-festival-installation-arts-row"
OR = ["Ormesher", "festival's director", "director"]
TR = ["Tregaskis", "sculptor", "artist"]
SW = ["Stoneycroft", "spokesman"]
attrs = [
 A("tregaskis-sponsor", "Eluned Tregaskis, sculptor", TR, "says", "assert", ["its main sponsor, Stoneycroft Water, objected"]),
 A("tregaskis-posters", "Eluned Tregaskis", TR, "she said (split quote)", "assert", ["so they thought they could choose what went on the walls", "They paid for the posters"], q=True),
 A("ormesher-no-part", "Valentina Ormesher, festival director", OR, "said the sponsor had played no part", "deny", ["the sponsor had played no part in the decision"]),
 A("ormesher-fire", "Valentina Ormesher", OR, "she said", "deny", ["the fire officer found the bottles blocked two of the building's exits"]),
 A("ormesher-safety", "Valentina Ormesher", OR, "Ms Ormesher said", "assert", ["Safety comes first"], q=True),
 A("ormesher-knitting", "Valentina Ormesher", OR, "(second sentence of the same quote)", "deny", ["I would have made the same call for a show about knitting"], q=True),
 A("stoneycroft-stepped-in", "Stoneycroft Water", SW, "also stepped in", "deny", ["Stoneycroft Water also stepped in"], req=False),
 A("stoneycroft-not-seen", "a Stoneycroft Water spokesman", SW, "said the company had not seen the work ... never been consulted", "deny", ["had not seen the work", "had never been consulted about the programme"]),
 A("blog-tickets", "a review on the arts blog Second Interval", ["review", "Second Interval", "blog"], "claimed", "assert", ["ticket sales were down by a third on last year"]),
 A("ormesher-correct", "Valentina Ormesher", OR, "was quick to correct that, saying", "deny", ["was quick to correct that", "had sold 41,200 tickets"]),
 A("volunteer-skips", "a festival volunteer who did not want to be named", ["volunteer"], "told this reporter", "assert", ["thrown into skips when the work was dismantled"], h=True, anon=True),
 A("pickvance-crates", "Bathsheba Pickvance, festival production manager", ["Pickvance", "production manager"], "said", "deny", ["packed into crates and were in storage"]),
 A("ormesher-confirm-bare", "Valentina Ormesher", OR, "did confirm one failing", "confirm", ["did confirm one failing"], req=False),
 A("ormesher-before-telling", "Valentina Ormesher", OR, "she said", "confirm", ["took the work down before telling Ms Tregaskis"]),
 A("ormesher-badly", "Valentina Ormesher", OR, "she said", "confirm", ["That was badly handled"], q=True),
 A("posts-grant", "posts on social media", ["posts", "social media"], "saying", "assert", ["had lost its grant from the Fennistone Arts Trust"]),
 A("minutes-grant", "the trust's published minutes", ["minutes", "trust"], "show", "assert", ["was signed off in May"], req=False),
 A("stoneycroft-no-comment", "Stoneycroft Water", ["Stoneycroft"], "declined to comment", "assert", ["declined to comment on its own sewage figures"], req=False),
 A("tregaskis-hoped", "Eluned Tregaskis", TR, "said she hoped to", "predict", ["show Brimful somewhere else in the town"]),
]
denials = [
 {"by": ["Ormesher"], "denied": ["its main sponsor, Stoneycroft Water, objected", "so they thought they could choose what went on the walls"], "note": "Ormesher 'said the sponsor had played no part in the decision whatsoever' + 'The work came down, she said, because the fire officer found ...' (positively worded) + 'I would have made the same call ...' (optional)"},
 {"by": ["Stoneycroft", "spokesman"], "denied": ["its main sponsor, Stoneycroft Water, objected"], "note": "second party, same claim: spokesman said the company had not seen the work, had not asked to see it and had never been consulted ('also stepped in' optional)"},
 {"by": ["Ormesher"], "denied": ["ticket sales were down by a third on last year"], "note": "same denier, second claim: 'was quick to correct that, saying the festival had sold 41,200 tickets'"},
 {"by": ["Pickvance"], "denied": ["thrown into skips when the work was dismantled"], "note": "Pickvance: all 3,000 packed into crates and in storage (positively worded, against the anonymous volunteer)"},
]
anon = [{"match": ["volunteer"], "note": "festival volunteer who did not want to be named, told this reporter (allegedly)"}]
relays = []
descs = [{"name": "Eluned Tregaskis", "description": ["sculptor"]}, {"name": "Valentina Ormesher", "description": ["festival's director"]}, {"name": "Bathsheba Pickvance", "description": ["production manager"]}]
hedges = ["allegedly"]
lf = [{"claim": ["had lost its grant from the Fennistone Arts Trust"], "by": "the article itself ('That is untrue: the trust's published minutes show ...')"}]
numbers = [{"value": v, "fact": f} for v, f in [("3,000", "bottles"), ("9 July", "opening"), ("two days later", "removal"), ("two of the building's exits", "blocked exits"), ("by a third", "blog claim"), ("41,200 tickets", "sales"), ("about 900 more than in 2026", "rise"), ("£85,000", "grant"), ("25 July", "festival close")]]
ce = [{"cause": ["the fire officer found the bottles blocked two of the building's exits"], "effect": ["The work came down"]}, {"cause": ["its main sponsor, Stoneycroft Water, objected"], "effect": ["the festival removed it"]}, {"cause": ["as a result of the row"], "effect": ["had lost its grant from the Fennistone Arts Trust"]}]
noise = ["ARTS | Culture Desk", "By Ludovica Pennyfeather, Arts Reporter", "Monday 19 July 2027", "Advertisement", "Pictured: Brimful in the Corn Exchange on its opening night", "Read more: Our pick of the last week at Fennistone"]
notes = ("Original fictional arts & culture review-news piece (festival row). Section label, byline, date, 'Advertisement', caption and 'Read more:' are noise; the reviewer's own verdicts (opening paragraph, closing 'strongest in years') carry no attribution. "
 "Denials: Ormesher 'said the sponsor had played no part in the decision whatsoever' + 'The work came down, she said, because the fire officer found ...' (positively worded rebuttal, required) + two-sentence quote named once ('Safety comes first.' required assert; 'I would have made the same call for a show about knitting' optional deny); Stoneycroft spokesman 'said the company had not seen the work, had not asked to see it and had never been consulted' (second party, same claim; the bare 'Stoneycroft Water also stepped in.' optional); Ormesher 'was quick to correct that, saying the festival had sold 41,200 tickets' (same denier, second claim, against the Second Interval review); Pickvance 'said all 3,000 had been packed into crates' (positively worded, against the anonymous volunteer). "
 "The volunteer 'told this reporter' (no outlet named, no via) with 'allegedly'. Tregaskis's split quote ('They paid for the posters,' she said, 'so ...') = required assert. Admission: 'Ms Ormesher did confirm one failing.' (bare, optional) + 'took the work down before telling Ms Tregaskis, she said' and quoted 'That was badly handled' (required confirm). Social-media posts on the lost grant labelled false ('That is untrue: the trust's published minutes show ...'); the minutes = optional assert. Stoneycroft no-comment optional.")
build(N, notes, attrs, denials, anon, relays, descs, hedges, lf, [], numbers, ce, noise)
