from goldlib import A, build
N = "swiftcoil-battery-product-safety-notice"
attrs = [
 A("star-flames", "a report in the Dunnerholme Evening Star", ["Evening Star"], "said that", "assert", ["burst into flames"], q=True),
 A("fallowsby-wrong", "Elowyn Fallowsby, Swiftcoil's technical director", ["Fallowsby", "technical director"], "said", "deny", ["The report was wrong"], req=False),
 A("fallowsby-other-company", "Elowyn Fallowsby", ["Fallowsby"], "She added that", "deny", ["both fires involved packs made by another company"]),
 A("gearloft-counterfeit", "Gearloft, an online retailer", ["Gearloft", "online retailer"], "told its customers by email that", "assert", ["counterfeit cells"], q=True, via=["email"]),
 A("norrendahl-genuine", "Norrendahl Cells, Swiftcoil's cell supplier", ["Norrendahl", "cell supplier"], "has told us in a letter that", "deny", ["genuine, traceable and made on our own line"], q=True, via=["letter"]),
 A("gearloft-declined", "Gearloft", ["Gearloft"], "declined to comment", "assert", ["Gearloft declined to comment"], req=False),
 A("customers-regulator", "some customers (unnamed), passing on what they heard", ["customers"], "have told us they heard", "assert", ["forced on us by the regulator"], anon=True, req=False),
 A("directorate-not-ordered", "a spokesperson for the Product Safety Directorate", ["Product Safety Directorate", "spokesperson"], "said", "deny", ["was not ordered by us", "come forward of its own accord"], q=True),
 A("polwhele-simply-wrong", "Fulke Polwhele, Swiftcoil's chief executive", ["Polwhele", "chief executive"], "called the suggestion ... that ...", "deny", ["issued to hide a wider fault", "simply wrong"], q=True),
 A("polwhele-accepted", "Fulke Polwhele", ["Polwhele"], "He accepted that", "confirm", ["should have written to owners in January"]),
 A("pallister-no-overheating", "the Pallister Test House (independent tests)", ["Pallister Test House"], "Independent tests by ... found", "assert", ["found no sign of overheating"]),
 A("wetherden-not-reason", "Meredith Wetherden of the cycling charity Pedal Forward", ["Wetherden", "Pedal Forward"], "said", "opinion", ["not a reason to stop riding an e-bike"], q=True),
]
denials = [
 {"by": ["Fallowsby"], "denied": ["burst into flames", "both fires involved packs made by another company"], "note": "'The report was wrong, said our technical director' (content-less, optional) + 'She added that both fires involved packs made by another company' (required)"},
 {"by": ["Norrendahl"], "denied": ["counterfeit cells", "genuine, traceable and made on our own line"], "note": "positively worded rebuttal in a letter, against Gearloft's email"},
 {"by": ["Product Safety Directorate"], "denied": ["forced on us by the regulator", "was not ordered by us"], "note": "a spokesperson for a named body (not anonymous), against the customers' hearsay"},
 {"by": ["Polwhele"], "denied": ["issued to hide a wider fault"], "note": "'called the suggestion on a cycling forum that ... \"simply wrong.\"'"},
]
anon = [{"match": ["customers"], "note": "some customers told the company they heard the notice was forced on it by the regulator (hearsay, optional)"}]
relays = []
descs = [{"name": "Elowyn Fallowsby", "description": ["our technical director"]}, {"name": "Gearloft", "description": ["An online retailer"]},
 {"name": "Norrendahl Cells", "description": ["Our cell supplier"]}, {"name": "Fulke Polwhele", "description": ["Our chief executive"]},
 {"name": "Meredith Wetherden", "description": ["of the cycling charity Pedal Forward"]}]
hedges = ["may work loose", "A small number"]
numbers = [{"value": v, "fact": f} for v, f in [("23 reports", "packs cutting out"), ("2 reports", "riders falling"), ("40 packs", "tested by the Pallister Test House"), ("30 April 2026", "replacement packs expected")]]
noise = ["URGENT PRODUCT SAFETY NOTICE", "Swiftcoil Cycles Ltd", "Issued: 11 March 2026", "What is the problem?", "What you should do",
 "What has been said about this notice", "What happens next", "Swiftcoil Cycles Ltd, Furlong Road, Dunnerholme. Registered in England."]
notes = ("Original fictional manufacturer's product safety notice (a whole-text form). The company's 'we'/'us'/'our' narration (the problem, the 23 reports, what to do, 'We expect to have replacement packs') is article voice, no entries. "
 "'She added' = Fallowsby; 'He accepted' = Polwhele. Denials: Fallowsby's 'The report was wrong, said ...' (content-less verdict, optional) + 'She added that both fires involved packs made by another company' (required); "
 "Norrendahl's positively worded letter against Gearloft's 'counterfeit cells'; the Product Safety Directorate spokesperson's 'was not ordered by us' (named body, not anonymous); Polwhele's 'called the suggestion ... \"simply wrong.\"'. "
 "Non-denials: 'He accepted that' (admission, confirm), the Pallister Test House's 'found no sign of overheating' (counter-evidence, assert), Wetherden's 'not a reason to stop riding' (opinion with 'not'), Gearloft's refusal and the customers' hearsay (optional).")
build(N, notes, attrs, denials, anon, relays, descs, hedges, [], [], numbers, [], noise)
