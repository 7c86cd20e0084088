from goldlib import A, build
N = "gansbury-timetable-transport-correspondent"
attrs = [
 A("skelbury-denied", "Skelbury Rail", ["Skelbury Rail"], "has denied that", "deny", ["save money on drivers"]),
 A("skelbury-86", "Skelbury Rail (the operator)", ["Skelbury Rail", "operator"], "says", "assert", ["average of 86 passengers"]),
 A("dunmallow-20min", "Swithin Dunmallow, commercial director", ["Dunmallow", "commercial director"], "said", "predict", ["every 20 minutes"]),
 A("dunmallow-seats", "Swithin Dunmallow", ["Dunmallow"], "Mr Dunmallow said", "assert", ["putting seats where the people are"], q=True),
 A("group-wrong", "Gansbury Rail Users' Group", ["Rail Users' Group"], "says", "assert", ["says that figure is wrong"], req=False),
 A("ormsgill-200", "Honoria Ormsgill, chair of the users' group", ["Ormsgill", "chair"], "told a public meeting", "assert", ["more than 200 people"]),
 A("ormsgill-halfterm", "Honoria Ormsgill", ["Ormsgill"], "she said", "assert", ["counted the wrong week"], q=True),
 A("dunmallow-snapshot", "Swithin Dunmallow", ["Dunmallow"], "called the group's count", "deny", ["a snapshot taken on the four busiest days"], q=True),
 A("driver-warned", "a driver at the Gansbury depot who asked not to be named", ["driver"], "told the Gansbury Intelligencer", "assert", ["14 driver posts would stay empty"], h=True, anon=True, via=["Gansbury Intelligencer"]),
 A("driver-rota", "the unnamed driver", ["driver"], "The driver said", "assert", ["fill the rota"], q=True, anon=True, req=False),
 A("spokesperson-not-one", "Skelbury Rail spokesperson", ["Skelbury Rail spokesperson", "spokesperson"], "a Skelbury Rail spokesperson said", "deny", ["not one driver shortage shaped this timetable"], q=True),
 A("spokesperson-trainees", "Skelbury Rail spokesperson", ["spokesperson"], "The spokesperson said", "deny", ["11 trainee drivers"]),
 A("regulator-430", "Office for Track Standards", ["Office for Track Standards", "rail regulator"], "said", "assert", ["430 complaints"]),
 A("regulator-no-comment", "Office for Track Standards spokesperson", ["spokesperson", "Office for Track Standards"], "declined to comment", "assert", ["review the decision"], req=False),
 A("treadgold-letter", "Bartram Treadgold MP", ["Treadgold", "MP"], "In a letter to the Gansbury Intelligencer ... rejected the operator's claim", "deny", ["passengers had been consulted", "only nine days over Christmas"], via=["letter", "Gansbury Intelligencer"]),
 A("skelbury-not-the-case", "Skelbury Rail", ["Skelbury Rail"], "That account is simply not the case, according to", "deny", ["That account is simply not the case", "1,260 responses"]),
 A("dunmallow-accepted", "Swithin Dunmallow", ["Dunmallow"], "accepted that", "confirm", ["should have published the passenger counts"]),
 A("dunmallow-order", "Swithin Dunmallow", ["Dunmallow"], "he said", "confirm", ["We got the order of things wrong"], q=True),
 A("kettlewick-samples", "Rohesia Kettlewick, transport economist", ["Kettlewick", "transport economist"], "said", "opinion", ["both sides were using small samples"]),
 A("kettlewick-not-evidence", "Rohesia Kettlewick", ["Kettlewick"], "she said", "opinion", ["Four mornings is not evidence"], q=True),
 A("kettlewick-restore", "Rohesia Kettlewick", ["Kettlewick"], "She expected", "predict", ["restore the train"], q=True),
 A("ormsgill-petition", "Honoria Ormsgill", ["Ormsgill"], "said", "assert", ["3,100 signatures"]),
]
denials = [
 {"by": ["Skelbury Rail"], "denied": ["save money on drivers"], "note": "lede denial verb"},
 {"by": ["Dunmallow"], "denied": ["more than 200 people", "a snapshot taken on the four busiest days"], "note": "'called the group's count ...' verdict"},
 {"by": ["Skelbury Rail spokesperson", "spokesperson"], "denied": ["14 driver posts would stay empty", "not one driver shortage shaped this timetable"], "note": "said-X inversion against the anonymous driver, with the positive account (11 trainees qualified, one record)"},
 {"by": ["Treadgold"], "denied": ["passengers had been consulted"], "note": "MP's rejection in a letter to the paper"},
 {"by": ["Skelbury Rail"], "denied": ["only nine days over Christmas", "That account is simply not the case"], "note": "'simply not the case, according to' + positive version (seven weeks, 1,260 responses)"},
]
anon = [{"match": ["driver"], "note": "a driver who asked not to be named told the Gansbury Intelligencer (reportedly warned of 14 empty posts)"}]
relays = [{"speaker": ["driver"], "outlets": ["Gansbury Intelligencer"], "note": "unnamed driver -> Gansbury Intelligencer (this paper)"}]
descs = [{"name": "Swithin Dunmallow", "description": ["commercial director"]}, {"name": "Honoria Ormsgill", "description": ["chair"]},
 {"name": "Office for Track Standards", "description": ["The rail regulator"]}, {"name": "Bartram Treadgold", "description": ["the line's local MP"]},
 {"name": "Rohesia Kettlewick", "description": ["a transport economist at Hallamore University"]}]
hedges = ["reportedly"]
numbers = [{"value": v, "fact": f} for v, f in [("17 May", "date the 07:12 is cut"), ("86 passengers", "average daily load of the 07:12 per the operator"), ("310", "average on the 06:58"), ("20 minutes", "evening peak frequency"), ("more than 200", "boarders counted by the users' group"), ("14 driver posts", "empty posts per the driver"), ("11 trainee drivers", "qualified since December"), ("430 complaints", "complaints to the regulator"), ("nine days", "consultation length per the MP"), ("seven weeks", "consultation length per the operator"), ("1,260 responses", "consultation responses"), ("3,100 signatures", "petition size"), ("24 March", "petition date")]]
ce = [{"cause": ["free a train"], "effect": ["every 20 minutes in the evening peak"]}]
noise = ["By Evadne Fanshawe, Transport Correspondent", "Monday 9 March 2026", "Photo caption: Passengers wait on platform two at Gansbury Junction. (Picture: Evadne Fanshawe)", "Read more: Full list of timetable changes on the Skelbury line", "Advertisement"]
notes = ("Original fictional transport correspondent piece. 'Its commercial director' = Skelbury Rail; 'Its chair' = the users' group; 'she said' = Ormsgill then Kettlewick; 'The driver said' = the anonymous driver (optional continuation). "
 "Denials: lede 'has denied that'; 'called the group's count \"a snapshot ...\"'; said-X inversion by the spokesperson (named body, not anonymous) + positive account of trainees (two entries, one record); MP's letter 'rejected the operator's claim'; 'That account is simply not the case, according to Skelbury Rail' + positive version. "
 "'The Gansbury Rail Users' Group says that figure is wrong' is a counter-claim about a figure (assert, optional). 'accepted that' = confirm; Kettlewick 'not evidence' = opinion. Regulator no-comment optional. Headline no entry.")
build(N, notes, attrs, denials, anon, relays, descs, hedges, [], [], numbers, ce, noise)
