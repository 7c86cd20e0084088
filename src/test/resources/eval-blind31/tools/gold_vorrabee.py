from goldlib import A, build
N = "vorrabee-renewals-personal-finance-correspondent"
attrs = [
 A("vorrabee-denied", "Vorrabee Home Cover", ["Vorrabee"], "has denied that ..., saying that", "deny", ["quietly doubled renewal prices", "priced by the age of the boiler"]),
 A("pennyworth-compared", "Pennyworth Watch, consumer group", ["Pennyworth Watch", "consumer group"], "which said", "assert", ["94 per cent more", "212 renewal letters"]),
 A("quellhurst-date-of-birth", "Jolyon Quellhurst, managing director", ["Quellhurst", "managing director"], "said", "deny", ["We do not look at a customer's date of birth"], q=True),
 A("quellhurst-called", "Jolyon Quellhurst", ["Quellhurst"], "He called", "deny", ["a comparison of apples with old boilers"], q=True),
 A("quellhurst-acknowledged", "Jolyon Quellhurst", ["Quellhurst"], "acknowledged that", "confirm", ["had not been told they could switch to a cheaper plan"]),
 A("quellhurst-letter", "Jolyon Quellhurst", ["Quellhurst"], "he said", "confirm", ["That should have been in the letter"], q=True),
 A("worker-list", "a former call-centre worker who asked not to be named", ["call-centre worker", "Brackendale Courier"], "told the Brackendale Courier", "assert", ["over-70 accounts"], q=True, anon=True, via=["Brackendale Courier"]),
 A("moysey-never-list", "Henrietta Moysey, head of customer service", ["Moysey", "head of customer service"], "said", "deny", ["never been a list sorted by age in this building", "sorted by postcode"], q=True),
 A("tallentire-premium", "Edwina Tallentire, 78", ["Tallentire"], "said", "assert", ["from 186 pounds to 371 pounds"]),
 A("tallentire-not-crooks", "Edwina Tallentire", ["Tallentire"], "she said", "opinion", ["I am not saying they are crooks", "nobody rang me"], q=True),
 A("ombudsman-no-rise", "the Home Services Ombudsman", ["Home Services Ombudsman", "Ombudsman"], "said", "assert", ["seen no rise in complaints"]),
 A("facebook-fined", "a post shared on Facebook", ["post", "Facebook"], "claimed that", "assert", ["fined two million pounds"], via=["Facebook"]),
 A("board-declined", "the Home Insurance Standards Board", ["Home Insurance Standards Board"], "declined to say", "assert", ["whether it was looking at the firm"], req=False),
 A("kittering-send", "Osmund Kittering, Pennyworth Watch's director", ["Kittering", "director"], "said", "assert", ["send its findings to the board"]),
 A("kittering-expect", "Osmund Kittering", ["Kittering"], "he said", "predict", ["end up refunding thousands of people"], q=True),
 A("vorrabee-statement", "Vorrabee Home Cover", ["Vorrabee"], "In a statement ..., rejected the group's claim that ..., saying", "deny", ["older customers paid more", "14 pounds lower"], via=["statement"]),
]
attrs[11]["labelled_false"] = True
denials = [
 {"by": ["Vorrabee"], "denied": ["quietly doubled renewal prices"], "note": "lede denial with positive rebuttal (priced by the age of the boiler), one entry"},
 {"by": ["Quellhurst"], "denied": ["We do not look at a customer's date of birth", "a comparison of apples with old boilers"], "note": "said-X inversion + 'He called the group's figures ...'"},
 {"by": ["Moysey"], "denied": ["over-70 accounts", "never been a list sorted by age in this building"], "note": "against the anonymous former call-centre worker"},
 {"by": ["Vorrabee"], "denied": ["older customers paid more"], "note": "statement: 'rejected the group's claim that ..., saying ... 14 pounds lower'"},
]
anon = [{"match": ["call-centre worker"], "note": "a former call-centre worker who asked not to be named, told the Brackendale Courier"}]
relays = [{"speaker": ["call-centre worker"], "outlets": ["Brackendale Courier"], "note": "unnamed worker -> Brackendale Courier -> this article"}]
descs = [{"name": "Pennyworth Watch", "description": ["a consumer group"]}, {"name": "Jolyon Quellhurst", "description": ["managing director"]},
 {"name": "Henrietta Moysey", "description": ["head of customer service"]}, {"name": "Edwina Tallentire", "description": ["78"]},
 {"name": "Osmund Kittering", "description": ["Pennyworth Watch's director"]}]
hedges = ["on average"]
lf = [{"claim": ["fined two million pounds"], "by": "the article itself ('That is false: the regulator's public register lists no action against the company.')"}]
numbers = [{"value": v, "fact": f} for v, f in [("212", "renewal letters compared"), ("94 per cent", "average extra charged to over-70s, per the group"), ("186 pounds to 371 pounds", "Tallentire's premium"), ("14 pounds lower", "company's figure for over-70s")]]
noise = ["PERSONAL FINANCE", "By Ysmay Praskett, Personal Finance Correspondent", "Thursday 12 March 2026",
 "Photo caption: A Vorrabee engineer's van outside a house in Brackendale. (Photo: Eustace Tarrisford)",
 "What customers say", "What happens next", "Read more: How to challenge a renewal price rise"]
notes = ("Original fictional personal finance correspondent's article. 'He called' and 'he said' (letter quote) = Quellhurst; 'she said' = Tallentire; 'he said' (last quote) = Kittering; 'which said' = Pennyworth Watch. "
 "Denials: lede (with positive 'saying that every renewal was priced by the age of the boiler', one entry), Quellhurst's said-X inversion and 'called ... \"a comparison of apples with old boilers\"', "
 "Moysey's 'never been a list sorted by age' against the anonymous worker, the company's statement rejecting the group's claim with counter-figures. "
 "Non-denials: 'acknowledged that' and 'That should have been in the letter' (admissions, confirm), 'I am not saying they are crooks' (opinion with 'not'), the Ombudsman's 'seen no rise in complaints' (counter-evidence, assert), "
 "the Facebook claim labelled false by the article, the board's refusal (optional), Kittering's 'I expect' (predict). Headline gets no entry.")
build(N, notes, attrs, denials, anon, relays, descs, hedges, lf, [], numbers, [], noise)
