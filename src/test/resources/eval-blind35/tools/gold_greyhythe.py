from goldlib import A, build
N = "greyhythe-cycle-lanes-fact-check"
attrs = [
 A("brackenbury-12", "Saltram Brackenbury, mayoral candidate", ["Brackenbury", "Mayoral candidate"], "told a hustings last Thursday that", "assert", ["have added 12 minutes to every emergency ambulance journey"], q=True),
 A("brackenbury-leaflet", "Saltram Brackenbury", ["Brackenbury"], "repeated the figure in a leaflet", "assert", ["repeated the figure in a leaflet"]),
 A("brackenbury-choked", "Saltram Brackenbury", ["Brackenbury"], "He said", "assert", ["choked the main road at exactly the wrong moment"], q=True),
 A("northmarch-figures", "Northmarch Ambulance Service (published figures)", ["Northmarch"], "Its figures show", "assert", ["7 minutes 40 seconds"]),
 A("pocklington-unequivocal", "Emmerich Pocklington, Northmarch spokesman", ["Pocklington", "spokesman"], "was unequivocal", "deny", ["Emmerich Pocklington, was unequivocal"], req=False),
 A("pocklington-not-a-minute", "Emmerich Pocklington", ["Pocklington", "spokesman"], "he said", "deny", ["have not added a minute to our journeys"], q=True),
 A("paramedic-avoid", "a paramedic who asked not to be named", ["paramedic"], "told Truth Meter", "assert", ["avoid Hawksmead Road at rush hour"], h=True, anon=True, via=["Truth Meter"]),
 A("pocklington-no-guidance", "Emmerich Pocklington", ["Pocklington"], "Mr Pocklington said", "deny", ["no guidance of any kind"]),
 A("dorrigan-noise", "Dr Cassia Dorrigan, transport statistician at Greyhythe University", ["Dorrigan", "transport statistician"], "said", "assert", ["well inside normal month-to-month noise"], q=True),
 A("dorrigan-nothing", "Dr Cassia Dorrigan", ["Dorrigan"], "she said (mid-sentence)", "deny", ["She saw nothing in the numbers"]),
 A("campaign-came-clean", "Saltram Brackenbury's campaign (spokesperson)", ["campaign", "spokesperson"], "came clean on Monday: a spokesperson told us", "confirm", ["lifted from a 2019 report about a different city"]),
 A("campaign-slower", "Saltram Brackenbury's campaign", ["campaign"], "still says", "assert", ["has become slower because the lanes took away a lane"]),
 A("council-shred", "Greyhythe council transport team", ["transport team", "council"], "said there was", "deny", ["not a shred of evidence"], q=True),
 A("wheelers-scoffed", "Greyhythe Wheelers cycling group", ["Greyhythe Wheelers", "cycling group"], "scoffed at Mr Brackenbury's suggestion that", "deny", ["hardly anyone uses the lanes"]),
 A("brackenbury-no-comment", "Saltram Brackenbury", ["Brackenbury"], "declined to comment", "assert", ["declined to comment when we contacted him"], req=False),
]
denials = [
 {"by": ["Pocklington"], "denied": ["have added 12 minutes to every emergency ambulance journey"], "note": "'was unequivocal' (own sentence, optional) + quoted 'not added a minute ..., let alone twelve,' he said"},
 {"by": ["Pocklington"], "denied": ["avoid Hawksmead Road at rush hour"], "note": "crews choose their own routes, 'no guidance of any kind' (against the anonymous paramedic)"},
 {"by": ["Dorrigan"], "denied": ["have added 12 minutes"], "note": "'She saw nothing in the numbers, she said, that pointed to the lanes as the cause' (mid-sentence tag, no deny verb)"},
 {"by": ["council"], "denied": ["has become slower because the lanes took away a lane"], "note": "transport team 'not a shred of evidence' + sensor speeds"},
 {"by": ["Greyhythe Wheelers"], "denied": ["hardly anyone uses the lanes"], "note": "'scoffed at Mr Brackenbury's suggestion that' + 61,000 trips"},
]
anon = [{"match": ["paramedic"], "note": "paramedic who asked not to be named, told Truth Meter (reportedly)"}]
relays = [{"speaker": ["paramedic"], "outlets": ["Truth Meter"], "note": "unnamed paramedic -> Truth Meter column"}]
descs = [{"name": "Saltram Brackenbury", "description": ["Mayoral candidate"]}, {"name": "Emmerich Pocklington", "description": ["The service's spokesman"]},
 {"name": "Cassia Dorrigan", "description": ["transport statistician at Greyhythe University"]}]
hedges = ["reportedly"]
lf = [{"claim": ["have added 12 minutes to every emergency ambulance journey"], "by": "the article itself ('Our verdict: False.')"}]
numbers = [{"value": v, "fact": f} for v, f in [("12 minutes", "claimed delay"), ("20,000 homes", "leaflet"), ("7 minutes 40 seconds", "before"), ("7 minutes 55 seconds", "after"), ("15 seconds", "rise"), ("2019", "source report"), ("19 mph", "speed before"), ("18.6 mph", "speed after"), ("61,000 bike trips", "April-August"), ("22 October", "election")]]
ce = [{"cause": ["the lanes took away a lane for cars"], "effect": ["traffic on Hawksmead Road has become slower"]}]
noise = ["TRUTH METER | The Greyhythe Post's fact-check column", "By Ludovic Pascoe", "Wednesday 9 September 2026", "What the candidate said", "What the data shows", "Advertisement", "Where did 12 minutes come from?", "Why it matters", "Read more: How Truth Meter rates claims", "Got a claim you want checked? Email the Truth Meter desk."]
notes = ("Original fictional fact-check column (claim / verdict / evidence). Subheads are noise. The candidate's 12-minute claim is labelled false by the column ('Our verdict: False.'). Denials: Pocklington 'was unequivocal' (bare sentence, optional deny) + quoted 'have not added a minute ..., let alone twelve'; 'no guidance of any kind' (against the anonymous paramedic); Dorrigan 'She saw nothing in the numbers, she said, that pointed to the lanes' (mid-sentence tag); council transport team 'not a shred of evidence'; Wheelers 'scoffed at Mr Brackenbury's suggestion that'. "
 "Campaign 'came clean on Monday: a spokesperson told us' the figure was lifted from a 2019 report = confirm (a campaign spokesperson, not anonymous). The campaign's 'slower because the lanes took away a lane' = assert + cause-effect. 'Its figures show' = Northmarch data, assert. Brackenbury's no-comment optional. Headline, 'The claim:' label and 'Our verdict:' are the column's voice; the claim sentence still carries Brackenbury's attribution.")
build(N, notes, attrs, denials, anon, relays, descs, hedges, lf, [], numbers, ce, noise)
