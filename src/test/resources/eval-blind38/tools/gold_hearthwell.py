from goldlib import A, build
N = "hearthwell-boiler-cover-consumer-watchdog"
HW = ["Hearthwell"]
PN = ["Penrice", "customer director"]
KW = ["Kettlewood", "pensioner"]
attrs = [
 A("hearthwell-contradicted", "Hearthwell Home Services (lede)", HW, "has contradicted her claim that ..., saying", "deny", ["engineers cancelled three appointments", "its records show only one"]),
 A("kettlewood-cancelled", "Mavis Kettlewood", KW, "told the Watchdog that", "assert", ["engineers had cancelled on her three times"], via=["Watchdog"]),
 A("kettlewood-coat", "Mavis Kettlewood", KW, "she said", "assert", ["I sat in my coat in the kitchen with the oven door open"], q=True),
 A("kettlewood-soup", "Mavis Kettlewood", KW, "(second sentence of the same quote)", "assert", ["My daughter had to bring me flasks of soup every evening"], q=True),
 A("penrice-one", "Augustin Penrice, Hearthwell customer director", PN + HW, "said the company's records show", "deny", ["records show one cancellation, on 9 January"]),
 A("penrice-request", "Augustin Penrice", PN + HW, "he said", "deny", ["moved at Mrs Kettlewood's own request"]),
 A("hearthwell-fan", "Hearthwell Home Services", HW, "Hearthwell said", "assert", ["the repair could not be finished until 23 January", "had to come from a supplier in Germany"]),
 A("letter-age", "Hearthwell's first letter", ["letter", "Hearthwell"], "said", "assert", ["did not cover boilers over 10 years old"]),
 A("terms-no-limit", "the Gold Cover terms", ["Gold Cover terms", "terms"], "set", "assert", ["set no age limit at all"], req=False),
 A("penrice-agreed", "Augustin Penrice", PN + HW, "agreed that", "confirm", ["the letter should never have been sent"]),
 A("penrice-on-us", "Augustin Penrice", PN + HW, "he said (split quote)", "confirm", ["that one is on us", "It quoted the wrong terms"], q=True),
 A("forum-trading", "a thread on a consumer forum", ["thread", "consumer forum"], "claimed", "assert", ["about to stop trading"]),
 A("penrice-fantasy", "Augustin Penrice", PN + HW, "said the thread was \"fantasy\"", "deny", ["thread was \"fantasy\"", "renewed its contracts with all 212 of its engineers"]),
 A("greatrex-healthy", "Greatrex Group, Hearthwell's parent company", ["Greatrex", "parent company"], "said in a statement that", "deny", ["had no plans to sell or close the business", "finances were healthy"], via=["statement"]),
 A("worker-log", "a former Hearthwell call-centre worker who asked not to be named", ["call-centre worker", "worker"], "told the Watchdog that", "assert", ["to keep complaint numbers down"], h=True, anon=True, via=["Watchdog"]),
 A("spokeswoman-no-instruction", "a Hearthwell spokeswoman", ["spokeswoman", "Hearthwell"], "said no such instruction had ever existed", "deny", ["no such instruction had ever existed"]),
 A("ombudsman-no-comment", "the Energy Ombudsman", ["Ombudsman"], "declined to comment", "assert", ["declined to comment on an individual case"], req=False),
 A("hearthwell-goodwill", "Hearthwell Home Services", HW, "says it will", "predict", ["pay Mrs Kettlewood £50 as a goodwill gesture"]),
 A("kettlewood-apology", "Mavis Kettlewood", KW, "she said", "opinion", ["A refund is not an apology"], q=True),
]
denials = [
 {"by": ["Hearthwell", "Penrice"], "denied": ["engineers had cancelled on her three times"], "note": "lede 'has contradicted her claim that engineers cancelled three appointments, saying its records show only one' + Penrice's one cancellation + 'moved at Mrs Kettlewood's own request' (positively worded)"},
 {"by": ["Penrice"], "denied": ["about to stop trading"], "note": "same denier, second claim: 'said the thread was \"fantasy\"' + contracts renewed"},
 {"by": ["Greatrex"], "denied": ["about to stop trading"], "note": "second party, same claim: parent company's statement that finances were healthy and no plans to sell or close (positively worded)"},
 {"by": ["spokeswoman"], "denied": ["to keep complaint numbers down"], "note": "Hearthwell spokeswoman 'said no such instruction had ever existed' (against the anonymous former worker)"},
]
anon = [{"match": ["call-centre worker"], "note": "former call-centre worker who asked not to be named, told the Watchdog (allegedly)"}]
relays = [{"speaker": ["call-centre worker"], "outlets": ["Watchdog"], "note": "anonymous worker -> the Watchdog (the column itself)"}, {"speaker": ["Greatrex"], "outlets": ["statement"], "note": "parent company statement"}]
descs = [{"name": "Augustin Penrice", "description": ["customer director"]}, {"name": "Mavis Kettlewood", "description": ["81", "pensioner"]}, {"name": "Greatrex Group", "description": ["parent company"]}]
hedges = ["allegedly"]
lf = [{"claim": ["did not cover boilers over 10 years old"], "by": "the article itself ('That is incorrect: the Gold Cover terms ... set no age limit')"}]
numbers = [{"value": v, "fact": f} for v, f in [("19 days", "without heating"), ("£312", "refund"), ("81", "age"), ("£23.40 a month", "plan price"), ("4 January", "breakdown"), ("9 January", "cancellation"), ("23 January", "repair"), ("10 years old", "false age limit"), ("40,000 customers", "forum claim"), ("212", "engineers"), ("£50", "goodwill"), ("eight weeks", "final response")]]
ce = [{"cause": ["Because the replacement fan for her boiler model had to come from a supplier in Germany"], "effect": ["the repair could not be finished until 23 January"]}, {"cause": ["caused by an engineer's illness"], "effect": ["one cancellation, on 9 January"]}]
noise = ["THE WATCHDOG | Your Money", "By Sorcha Thistlebeck, Consumer Editor", "Saturday 13 February 2027", "Advertisement", "What to do if your cover lets you down", "Pictured: Mavis Kettlewood at home in Radleigh with the boiler that failed", "Got a complaint? Email the Watchdog with your case and a daytime phone number."]
notes = ("Original fictional consumer-watchdog complaint story (British). Column label, byline, date, 'Advertisement', advice-box head, caption and the 'Got a complaint?' sign-off are noise; the two advice bullets carry no attribution. "
 "Denials: lede 'Hearthwell ... has contradicted her claim that engineers cancelled three appointments, saying its records show only one' + Penrice's records show one cancellation + 'moved at Mrs Kettlewood's own request' (positively worded rebuttal, required); Penrice 'said the thread was \"fantasy\"' (same denier, second claim: forum's 'about to stop trading'); Greatrex Group 'said in a statement that Hearthwell's finances were healthy and that it had no plans to sell or close' (second party, same claim, positively worded); Hearthwell spokeswoman 'said no such instruction had ever existed' (against the anonymous worker; a spokeswoman for a named body is not anonymous). "
 "'told the Watchdog' names the column itself: via 'Watchdog' for Kettlewood and the anonymous worker. Kettlewood's two-sentence quote (named once, 'she said'): both sentences required assert. Admission: Penrice 'agreed that the letter should never have been sent' + split quote 'It quoted the wrong terms,' he said, 'and that one is on us.' (required confirm). Hearthwell's letter (no age-over-10 cover) is labelled false ('That is incorrect'); the Gold Cover terms = optional assert. Ombudsman no-comment optional. 'A refund is not an apology' = opinion; '£50 as a goodwill gesture' = predict.")
build(N, notes, attrs, denials, anon, relays, descs, hedges, lf, [], numbers, ce, noise)
