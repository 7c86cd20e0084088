from goldlib import A, build
N = "tolliday-boiler-consumer-column"
attrs = [
 A("engineer-sludge", "the Quellbrook engineer (as reported by the reader)", ["engineer"], "said", "assert", ["sludge in your old radiators"], q=True, req=False),
 A("hengrave-not-pay", "Griselda Hengrave, Consumer Champion (column voice)", ["Hengrave"], "I do not think", "opinion", ["I do not think you should pay a penny more"], req=False),
 A("outhwaite-denied", "Davina Outhwaite, Quellbrook customer services manager", ["Outhwaite", "customer services manager"], "denied that", "deny", ["failed to warn you"]),
 A("outhwaite-quote", "Davina Outhwaite", ["Outhwaite"], "She said", "deny", ["recommended for older systems"], q=True),
 A("outhwaite-accepted", "Davina Outhwaite", ["Outhwaite"], "accepted that", "confirm", ["had not mentioned it at your home visit"]),
 A("tolliday-nonsense", "Florizel Tolliday, the reader", ["Tolliday", "reader"], "You told me", "assert", ["sludge explanation was nonsense"]),
 A("company-says-wrong", "Quellbrook Heating", ["company", "Quellbrook"], "the company says you are wrong", "deny", ["the company says you are wrong"]),
 A("outhwaite-deposits", "Davina Outhwaite", ["Outhwaite"], "Ms Outhwaite said", "deny", ["heavy black deposits"], q=True),
 A("ex-engineer-skip", "a former Quellbrook engineer who asked not to be named", ["engineer"], "told the Gazetteer", "assert", ["skip the flush on cheaper jobs"], h=True, anon=True, via=["Gazetteer"]),
 A("quellbrook-fantasy", "Quellbrook Heating", ["Quellbrook"], "called that suggestion", "deny", ["a fantasy dreamed up by a former employee"], q=True),
 A("outhwaite-never", "Davina Outhwaite", ["Outhwaite"], "Ms Outhwaite said", "deny", ["never told any installer to cut corners"], q=True),
 A("merriman-not-void", "Arbogast Merriman, technical adviser at Hartswell Thermal", ["Merriman", "technical adviser", "Hartswell Thermal"], "said", "assert", ["is not void simply because a flush was not done"], q=True),
 A("quellbrook-no-comment", "Quellbrook Heating", ["Quellbrook"], "declined to comment", "assert", ["whether any cleaning was done"], req=False),
 A("quellbrook-email", "Quellbrook Heating", ["Quellbrook"], "In an email to me ..., rejected your claim", "deny", ["left without heating for eleven days", "temporary heater on the fourth day"], via=["email"]),
 A("tolliday-not-case", "Florizel Tolliday, the reader", ["Tolliday", "reader"], "That is simply not the case, you tell me", "deny", ["the heater arrived on day nine"]),
 A("quellbrook-review", "Quellbrook Heating", ["Quellbrook"], "has since told me", "assert", ["review the case"], q=True),
]
denials = [
 {"by": ["Outhwaite", "Quellbrook"], "denied": ["failed to warn you"], "note": "denial verb, with the quote line as positive version"},
 {"by": ["Quellbrook", "Outhwaite"], "denied": ["sludge explanation was nonsense", "the company says you are wrong"], "note": "said-X inversion / positively worded rebuttal (deposits in the filter)"},
 {"by": ["Quellbrook", "Outhwaite"], "denied": ["skip the flush on cheaper jobs", "a fantasy dreamed up by a former employee"], "note": "'called that suggestion ...' + 'We have never told any installer ...' against the anonymous ex-engineer"},
 {"by": ["Quellbrook"], "denied": ["left without heating for eleven days"], "note": "via an email: 'rejected your claim that ...'"},
 {"by": ["Tolliday"], "denied": ["temporary heater on the fourth day", "the heater arrived on day nine"], "note": "'That is simply not the case, you tell me' - the reader rebuts the company"},
]
anon = [{"match": ["engineer"], "note": "former Quellbrook engineer who asked not to be named told the Gazetteer (reportedly skip the flush)"}]
relays = [{"speaker": ["engineer"], "outlets": ["Gazetteer"], "note": "unnamed ex-engineer -> Gazetteer (this paper)"}]
descs = [{"name": "Griselda Hengrave", "description": ["Consumer Champion"]}, {"name": "Davina Outhwaite", "description": ["customer services manager"]},
 {"name": "Arbogast Merriman", "description": ["technical adviser"]}, {"name": "Hartswell Thermal", "description": ["the boiler's maker"]}, {"name": "Florizel Tolliday", "description": ["Fernwood"]}]
hedges = ["reportedly"]
numbers = [{"value": v, "fact": f} for v, f in [("3,480 pounds", "price of the boiler"), ("Eight days", "until it stopped"), ("eleven days", "without heating per the reader"), ("395 pounds", "power flush price"), ("3 November", "date of the quote"), ("fourth day", "heater per Quellbrook"), ("day nine", "heater per the reader"), ("2015", "rules"), ("14 days", "deadline to give")]]
ce = [{"cause": ["sludge in your old radiators"], "effect": ["the fault"]}]
noise = ["By Griselda Hengrave, Consumer Champion", "Saturday 21 March 2026", "Photo caption: The boiler Mr Tolliday says failed eight days after it was fitted. (Picture supplied)", "Read more: What your boiler warranty really covers", "Got a problem? Email the Money Fixer at the address below."]
notes = ("Original fictional consumer Q&A column. The reader's letter (Q:) is the reader's own voice: only the engineer's reported words get an (optional) entry; the columnist's 'I' voice is the article voice (her 'I do not think' opinion optional). 'You told me' / 'you tell me' = Tolliday. "
 "Denials: Outhwaite 'denied that the company had failed to warn you'; positively worded 'the company says you are wrong' + deposits quote; Quellbrook 'called that suggestion \"a fantasy ...\"' + 'We have never told any installer ...' (said-X inversion) against the anonymous ex-engineer; Quellbrook's email 'rejected your claim'; the reader's 'That is simply not the case, you tell me' answering the company. "
 "'accepted that' = confirm; Merriman's 'is not void' is a factual statement with 'not' (assert). No-comment optional. Headline no entry.")
build(N, notes, attrs, denials, anon, relays, descs, hedges, [], [], numbers, ce, noise)
