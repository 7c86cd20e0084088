from goldlib import A, build
N = "saltinghope-boatbuilder-obituary-news"
attrs = [
 A("family-peacefully", "the Trevallion family", ["family"], "His family said", "assert", ["died peacefully after a short illness"]),
 A("pubs-sold", "talk in the harbour pubs", ["Talk in the harbour pubs", "harbour pubs"], "has it that", "assert", ["already been sold to Keelstone Marinas"], req=False),
 A("nerys-invention", "Nerys Trevallion, his daughter", ["Nerys Trevallion", "daughter"], "said the story was", "deny", ["pure invention"], q=True),
 A("nerys-nobody-sold", "Nerys Trevallion", ["Nerys Trevallion", "Trevallion"], "she told the Packet", "deny", ["Nobody has sold anything"], q=True, via=["Packet", "Saltinghope Packet"]),
 A("nerys-not-buried", "Nerys Trevallion", ["Nerys Trevallion", "Trevallion"], "(continues the quote) she told the Packet", "assert", ["My father has not been buried yet"], q=True, req=False, via=["Packet", "Saltinghope Packet"]),
 A("caversham-clear", "Mirabel Caversham, Keelstone managing director", ["Caversham", "managing director", "Keelstone"], "was just as clear, saying", "deny", ["had never made an offer for the yard"]),
 A("apprentice-promised", "a former apprentice who asked not to be named", ["apprentice"], "told the Packet", "assert", ["reportedly promised to leave the yard to the men who worked there"], h=True, anon=True, via=["Packet", "Saltinghope Packet"]),
 A("nerys-never-heard", "Nerys Trevallion", ["Ms Trevallion", "Nerys Trevallion"], "said she had never heard ..., and that", "deny", ["never heard her father mention any such plan", "his will leaves the yard to a family trust"]),
 A("solicitors-no-comment", "Sedgebrook and Rushmere, the family's solicitors", ["Sedgebrook and Rushmere", "solicitors"], "declined to comment", "assert", ["declined to comment on the will"], req=False),
 A("nerys-open", "Nerys Trevallion", ["Ms Trevallion"], "was open about the yard's finances", "confirm", ["was open about the yard's finances"], req=False),
 A("nerys-lost-money", "Nerys Trevallion", ["Ms Trevallion", "Nerys Trevallion"], "she said", "confirm", ["lost money three years running"], q=True),
 A("nerys-wont-pretend", "Nerys Trevallion", ["Ms Trevallion", "Nerys Trevallion"], "(continues the quote)", "confirm", ["I won't pretend otherwise"], q=True, req=False),
 A("minutes-warning", "Harbour Commission minutes from 1987", ["minutes", "Harbour Commission"], "record", "assert", ["record only a warning letter"], req=False),
 A("kinsella-craftsman", "Councillor Fabian Kinsella, mayor", ["Kinsella", "mayor"], "said", "assert", ["a craftsman and a character", "naming the new footbridge after him"], q=True),
 A("some-never-valued", "some in the town", ["Some in the town"], "have suggested", "assert", ["harbour authority never valued the yard"], req=False),
 A("fettlecombe-exception", "Obadiah Fettlecombe, Harbour Commission chair", ["Fettlecombe", "Harbour Commission"], "took exception to that, saying", "deny", ["took exception to that", "paid for the slipway repairs in 2019"]),
 A("nerys-reopen", "Nerys Trevallion", ["Ms Trevallion", "Nerys Trevallion"], "said ... would", "predict", ["reopen in the spring under her cousin"]),
]
denials = [
 {"by": ["Nerys Trevallion", "daughter"], "denied": ["already been sold to Keelstone Marinas"], "note": "'said the story was \"pure invention\"' + quoted 'Nobody has sold anything,' she told the Packet"},
 {"by": ["Caversham", "Keelstone"], "denied": ["already been sold to Keelstone Marinas"], "note": "second party, same claim: 'was just as clear, saying the company had never made an offer'"},
 {"by": ["Ms Trevallion", "Nerys Trevallion"], "denied": ["promised to leave the yard to the men who worked there"], "note": "same denier, second claim: 'had never heard her father mention any such plan' + will leaves the yard to a family trust (against the anonymous apprentice)"},
 {"by": ["Fettlecombe"], "denied": ["harbour authority never valued the yard"], "note": "'took exception to that, saying' the commission paid for slipway repairs"},
]
anon = [{"match": ["apprentice"], "note": "former apprentice who asked not to be named, told the Packet (reportedly)"}]
relays = [{"speaker": ["apprentice"], "outlets": ["Packet"], "note": "unnamed apprentice -> the Saltinghope Packet (the publication)"}, {"speaker": ["Nerys Trevallion"], "outlets": ["Packet"], "note": "daughter -> the Packet"}]
descs = [{"name": "Nerys Trevallion", "description": ["His daughter"]}, {"name": "Mirabel Caversham", "description": ["Keelstone's managing director"]},
 {"name": "Fabian Kinsella", "description": ["The mayor"]}, {"name": "Obadiah Fettlecombe", "description": ["The Harbour Commission's chair"]}]
hedges = ["reportedly"]
lf = [{"claim": ["banned from the harbour for racing the lifeboat"], "by": "the article itself ('... is untrue. Harbour Commission minutes ... record only a warning letter')"}]
numbers = [{"value": v, "fact": f} for v, f in [("84", "age"), ("more than 200 wooden boats", "built"), ("14", "left school"), ("1968", "took over yard"), ("1991", "fire"), ("2021", "stroke"), ("40,000 pounds", "losses"), ("1987", "minutes"), ("2019", "slipway repairs"), ("2015", "wife died")]]
ce = [{"cause": ["A stroke in 2021 left him unable to use his right hand"], "effect": ["he stopped building"]}]
noise = ["OBITUARY | Saltinghope Packet", "By Grizel Hebblethwaite", "Jabez Trevallion, boatbuilder. Born 2 March 1942; died 27 October 2026", "Pictured: Jabez Trevallion at work on the quay in 1979", "Advertisement", "Funeral: St Peter's Church, Saltinghope, Friday 13 November at 11 a.m. Family flowers only."]
notes = ("Original fictional obituary-news hybrid: life story (no attributions) plus the news of a row over the yard. Obituary header line with birth/death dates, funeral notice, caption, byline and 'Advertisement' are noise. "
 "Two Trevallions: the deceased Jabez (never a source) and his daughter Nerys ('Ms Trevallion'); the cousin Keturah is only mentioned. Denials: Nerys 'said the story was \"pure invention\"' + quoted 'Nobody has sold anything,' she told the Packet (via the publication); Caversham 'was just as clear, saying the company had never made an offer' (second party, same claim); Nerys 'had never heard her father mention any such plan' + will (same denier, second claim, against the anonymous apprentice); Fettlecombe 'took exception to that, saying'. "
 "'was open about the yard's finances' = optional confirm (bare framing); the quote 'We have lost money three years running' = required confirm. The pub talk and 'Some in the town have suggested' are vague unnamed sources, optional assert. The harbour-ban story is labelled false inside one sentence ('is untrue'); the 1987 minutes are a document source, optional. Solicitors' no-comment optional.")
build(N, notes, attrs, denials, anon, relays, descs, hedges, lf, [], numbers, ce, noise)
