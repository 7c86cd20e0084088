from goldlib import *
N = "carnbrae-cable-car-travel-correspondent"
SK = ["Carnbrae Skyline", "company"]
G = ["Treloweth-Gask", "chief executive"]
attrs = [
A("skyline-lede-rejects", "Carnbrae Skyline Ltd (the company that runs the cable car)", SK, "has rejected claims", "deny", ["cut back on safety checks"]),
A("coastguard-lowered", "Polvennick coastguard station", ["coastguard"], "according to", "assert", ["lowered 11 people", "reduced speed"]),
A("gask-not-one-inspection", "Morwenna Treloweth-Gask, chief executive of Carnbrae Skyline Ltd", G, "said (said-X inversion)", "deny", ["Not one inspection has been skipped", "pushed back this season"], q=True),
A("gask-sensor", "Morwenna Treloweth-Gask", G, "She said", "assert", ["sensor on the drive wheel", "exactly what it is there to do"], q=True),
A("engineers-monthly", "two engineers who work on the line (unnamed)", ["engineers"], "said", "assert", ["once a month in May", "cabin grips"], anon=True),
A("engineer-trial", "one of the two unnamed engineers", ["engineers", "One of them"], "One of them said", "assert", ["sold to us as a trial"], q=True, anon=True),
A("gask-waved-aside", "Morwenna Treloweth-Gask", G, "waved that account aside (content-less verdict)", "deny", ["waved that account aside"], req=False),
A("gask-grips-monday", "Morwenna Treloweth-Gask", G, "she said", "deny", ["checked every Monday", "signed by two people"], q=True),
A("gask-come-read", "Morwenna Treloweth-Gask", G, "(continues the quote)", "assert", ["come and read it"], q=True, req=False),
A("gask-too-long", "Morwenna Treloweth-Gask", G, "she said", "confirm", ["far too long to tell people", "I am sorry for that"], q=True),
A("gask-concede", "Morwenna Treloweth-Gask", G, "did concede", "confirm", ["did concede one failing"], req=False),
A("grubhofer-never-asked", "Anselm Grubhofer, service director of Feldbacher Seilbahnbau", ["Grubhofer", "service director", "Feldbacher"], "told the trade site", "deny", ["never been asked by anyone in Carnbrae", "stretch a service interval"], q=True, via=["Ropeway Review", "Kernow Lodestar"]),
A("lodestar-relay-grubhofer", "Kernow Lodestar / Ropeway Review relaying Grubhofer", ["Kernow Lodestar", "Ropeway Review"], "according to a report in", "deny", ["never been asked by anyone in Carnbrae", "stretch a service interval"], q=True, via=["Ropeway Review", "Kernow Lodestar"], req=False),
A("facebook-rope", "a post on a Polvennick community Facebook page", ["post", "Facebook page"], "claimed", "assert", ["third season past its replacement date"], q=True, anon=True, via=["Facebook page"]),
A("certificate-rope", "a certificate published by the company", ["certificate"], "according to", "assert", ["certified until 2031", "fitted in March 2025"]),
A("directorate-inspectors", "Cableway Safety Directorate", ["Cableway Safety Directorate", "directorate"], "said in a statement", "assert", ["sent two inspectors to the site"], via=["statement"]),
A("callers-shut", "callers to a local radio phone-in", ["Callers", "phone-in"], "had said", "assert", ["shut the line down for the rest of the summer"], anon=True, via=["local radio phone-in"]),
A("directorate-not-ordered", "a spokesman for the Cableway Safety Directorate", ["spokesman", "directorate", "Cableway Safety Directorate"], "said", "deny", ["has not been ordered to close by us", "of its own accord"], q=True),
A("spokesman-would-not-say", "the directorate's spokesman", ["spokesman", "directorate"], "would not say", "assert", ["would not say when the inspectors' findings"], req=False),
A("lodestar-tripped-twice", "Kernow Lodestar, citing a person familiar with the maintenance records", ["Lodestar", "person familiar"], "reported, citing", "assert", ["tripped twice earlier this summer"], anon=True, via=["Lodestar"]),
A("understood-logged", "unnamed (It is understood)", ["understood"], "It is understood", "assert", ["both stops were logged"], h=True, anon=True, req=False),
A("orrell-cold", "Emrys Orrell, retired teacher from Swansea", ["Orrell", "retired teacher"], "told Radio Polvennick", "assert", ["cold, windy and very quiet"], q=True, via=["Radio Polvennick"]),
A("orrell-nobody-told", "Emrys Orrell", ["Orrell"], "he said", "assert", ["first forty minutes"], q=True),
A("orrell-brilliant", "Emrys Orrell", ["Orrell"], "(continues the quote)", "opinion", ["they were brilliant"], q=True, req=False),
A("yarwood-sign", "Gwenllian Yarwood-Penry, engineer on the board of the International Ropeway Forum", ["Yarwood-Penry", "International Ropeway Forum"], "said", "opinion", ["a sign the system works"], q=True),
A("yarwood-reopen", "Gwenllian Yarwood-Penry", ["Yarwood-Penry"], "She expected", "predict", ["within days, not weeks"], q=True, h=True),
A("gask-stay-closed", "Morwenna Treloweth-Gask", G, "said", "predict", ["stay closed until the directorate's inspectors"]),
A("company-refund", "Carnbrae Skyline Ltd", SK, "the company said", "assert", ["refunded in full"]),
]
denials = [
 {"by": ["Carnbrae Skyline", "Treloweth-Gask"], "denied": ["cut back on safety checks", "Not one inspection has been skipped"], "note": "The operator rejected claims it cut back on safety checks; its chief executive: not one inspection skipped, shortened or pushed back this season (said-X inversion)."},
 {"by": ["Treloweth-Gask"], "denied": ["once a month in May", "checked every Monday"], "note": "Against the anonymous engineers' account of grip checks moved to monthly: 'waved that account aside' (optional, content-less) + 'The grips are checked every Monday ...' (positive counter-statement, pronoun source 'she said')."},
 {"by": ["Grubhofer", "Feldbacher"], "denied": ["stretch a service interval"], "note": "Manufacturer's service director, relayed Ropeway Review -> Kernow Lodestar: never asked to stretch a service interval."},
 {"by": ["Cableway Safety Directorate", "spokesman"], "denied": ["shut the line down for the rest of the summer", "has not been ordered to close by us"], "note": "The regulator's spokesman against phone-in callers' claim that it had shut the line."},
]
anon = [
 {"match": ["engineers", "One of them"], "note": "two engineers speaking on condition that they not be named; say grip checks went monthly in May"},
 {"match": ["post", "Facebook page"], "note": "a widely shared Facebook post claiming the haul rope was past its replacement date"},
 {"match": ["Callers", "phone-in"], "note": "callers to a local radio phone-in said the regulator shut the line"},
 {"match": ["person familiar"], "note": "the Lodestar cites a person familiar with the maintenance records"},
]
relays = [{"speaker": ["Grubhofer"], "outlets": ["Ropeway Review", "Kernow Lodestar"], "note": "Grubhofer -> Ropeway Review (trade site) -> Kernow Lodestar -> this article"},
          {"speaker": ["Orrell"], "outlets": ["Radio Polvennick"], "note": "Orrell -> Radio Polvennick -> this article"}]
descs = [
 {"name": "Morwenna Treloweth-Gask", "description": ["chief executive of Carnbrae Skyline Ltd"]},
 {"name": "Feldbacher Seilbahnbau", "description": ["the Austrian firm", "also supplies its spare parts"]},
 {"name": "Anselm Grubhofer", "description": ["service director"]},
 {"name": "Ropeway Review", "description": ["the trade site"]},
 {"name": "Cableway Safety Directorate", "description": ["the government body that licenses passenger ropeways"]},
 {"name": "Emrys Orrell", "description": ["a retired teacher from Swansea"]},
 {"name": "Gwenllian Yarwood-Penry", "description": ["an engineer who sits on the board of the International Ropeway Forum"]},
]
hedges = ["almost three hours", "It is understood", "expected"]
lf = [{"claim": ["third season past its replacement date"], "by": "the article itself ('The rope was fitted in March 2025 and is certified until 2031, according to a certificate')"}]
numbers = [{"value": "Thirty-eight", "fact": "passengers stranded"}, {"value": "almost three hours", "fact": "time suspended"},
 {"value": "11 people", "fact": "lowered by rope"}, {"value": "2011", "fact": "year the line was built"},
 {"value": "March 2025", "fact": "rope fitted"}, {"value": "2031", "fact": "rope certified until"},
 {"value": "two inspectors", "fact": "sent by the directorate"}, {"value": "twice", "fact": "earlier brake trips this summer"},
 {"value": "first forty minutes", "fact": "time without information, per Orrell"}]
ce = [{"cause": ["sensor on the drive wheel"], "effect": ["tripped the emergency brake"]},
      {"cause": ["fear losing their jobs"], "effect": ["not be named"]}]
noise = ["TRAVEL | Transport and tourism", "By Lowenna Brackett, Travel Correspondent", "Published 14 August 2026",
 "Photo caption: Cabins on the Carnbrae Skyline cable car stand idle above the gorge on Wednesday. (Photo: Tamsin Vellacott)",
 "Manufacturer", "Regulator", "Passengers", "Related: Five scenic railways to ride this summer"]
notes = ("Travel correspondent's report (straight quotes). Noise: section line, byline, date line, photo caption, subheads, 'Related:' line. "
 "Pronoun and role sources: 'She said', 'she said' (three times) = Treloweth-Gask; 'One of them said' = one of the anonymous engineers; 'he said' = Orrell; "
 "'She expected' = Yarwood-Penry; 'The spokesman' = the directorate's spokesman; 'the company said' = Carnbrae Skyline Ltd. "
 "'waved that account aside' is a content-less verdict (optional deny). 'She did concede one failing' + 'far too long' is an admission (confirm). "
 "'would not say when' is a refusal (optional). 'It is understood that both stops were logged' is an unsourced hedge (optional). "
 "'No one was hurt' is article voice. The certificate contradicts the Facebook post (counter-evidence, assert).")
build(N, notes, attrs, denials, anon, relays, descs, hedges, lf, [], numbers, ce, noise)
