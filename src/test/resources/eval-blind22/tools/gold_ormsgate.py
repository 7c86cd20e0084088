from goldlib import *
N = "ormsgate-car-park-anpr-motoring-correspondent"
PS = ["ParkSentinel"]
F = ["Ferrabee", "spokesman"]
attrs = [
A("parksentinel-lede-insists", "ParkSentinel UK (the firm that runs the car park)", ["ParkSentinel", "firm"], "has insisted", "deny", ["number-plate cameras are working properly"]),
A("shoppers-charges", "hundreds of shoppers", ["shoppers"], "said", "assert", ["stays well inside the two free hours"], anon=True),
A("posts-hour-fast", "posts in a drivers' Facebook group", ["Posts", "group"], "claim", "assert", ["running an hour fast"], anon=True, via=["Facebook group"]),
A("member-billed", "one member of the Facebook group", ["member"], "wrote", "assert", ["before the shop had even opened"], q=True, anon=True, via=["Facebook group"]),
A("parksentinel-out-of-hand", "ParkSentinel UK", PS, "dismissed the suggestion out of hand (content-less verdict)", "deny", ["dismissed the suggestion out of hand"], req=False),
A("ferrabee-satellite-clock", "Torquil Ferrabee, ParkSentinel spokesman", F, "said in an email", "deny", ["satellite clock", "has not drifted by a second"], q=True, via=["email"]),
A("ferrabee-signs-hidden", "Torquil Ferrabee", F, "he said", "confirm", ["hidden behind a trolley shelter", "cancelled without anyone having to ask"]),
A("ferrabee-accept", "Torquil Ferrabee", F, "did accept", "confirm", ["He did accept one point"], req=False),
A("parksentinel-no-figure", "ParkSentinel UK", PS, "gave no figure", "assert", ["gave no figure"], req=False),
A("drivers-share", "drivers in the Facebook group", ["Drivers", "group"], "have also claimed", "assert", ["takes a share of every charge"], anon=True),
A("estates-not-a-penny", "Ormsgate Estates, owner of the retail park", ["Ormsgate Estates", "owner"], "said in a statement", "deny", ["does not take a penny from the charges"], q=True, via=["statement"]),
A("estates-flat-fee", "Ormsgate Estates (its statement)", ["Ormsgate Estates", "statement"], "the statement said", "assert", ["flat annual fee"]),
A("post-greengage", "one widely shared post", ["post"], "was named in", "assert", ["keep commuters out"], anon=True),
A("quarrington-never-asked", "Bethan Quarrington, Greengage Foods regional manager", ["Quarrington", "regional manager", "Greengage"], "told Radio Ravensholt", "deny", ["We never asked for cameras", "were not consulted about the charges"], q=True, via=["Radio Ravensholt", "Dales Gleaner"]),
A("gleaner-relay-quarrington", "Dales Gleaner / Radio Ravensholt relaying Quarrington", ["Dales Gleaner", "Radio Ravensholt"], "in remarks later carried by", "deny", ["We never asked for cameras"], q=True, via=["Radio Ravensholt", "Dales Gleaner"], req=False),
A("quarrington-refund", "Bethan Quarrington", ["Quarrington"], "She added", "assert", ["refund the cost of a charge", "while this gets sorted out"], q=True),
A("edevane-thrown-out", "Councillor Lucius Edevane", ["Edevane", "Councillor"], "told a council meeting", "assert", ["thrown out every single ticket"], q=True),
A("panel-rejected", "Parking Appeals Panel", ["Parking Appeals Panel"], "rejected that figure (content-less verdict)", "deny", ["rejected that figure"], req=False),
A("panel-not-every-appeal", "a Parking Appeals Panel spokeswoman", ["spokeswoman", "panel", "Parking Appeals Panel"], "said", "deny", ["not allowed every appeal from Ormsgate", "or anything close to it"], q=True),
A("panel-figures", "the panel spokeswoman", ["spokeswoman", "panel"], "she said", "assert", ["147 were allowed", "65 were refused"]),
A("panel-own-evidence", "the panel spokeswoman", ["spokeswoman", "panel"], "she said only", "assert", ["turns on its own evidence"], q=True, req=False),
A("dvla-keeper-details", "Driver and Vehicle Licensing Agency figures", ["Driver and Vehicle Licensing Agency", "figures"], "According to figures from", "assert", ["4,180 vehicles"], h=True),
A("drummond-northern-entrance", "Perpetua Drummond-Ainsley, adviser at the motoring charity Roadwise", ["Drummond-Ainsley", "Roadwise"], "said", "assert", ["turn on the northern entrance"], h=True),
A("drummond-never-sent", "Perpetua Drummond-Ainsley", ["Drummond-Ainsley"], "she said (splits the quote)", "opinion", ["should never have been sent"], q=True),
A("drummond-expect", "Perpetua Drummond-Ainsley", ["Drummond-Ainsley"], "(continues the quote)", "predict", ["cancelled before Christmas"], q=True, h=True, req=False),
A("former-employee-numbers", "a former ParkSentinel employee (unnamed)", ["former ParkSentinel employee", "employee"], "said", "assert", ["get the numbers up"], q=True, anon=True),
A("parksentinel-no-targets", "ParkSentinel UK", PS, "said", "deny", ["did not set targets"]),
A("edevane-write", "Councillor Lucius Edevane", ["Edevane", "Councillor"], "said", "predict", ["write to the firm"]),
]
denials = [
 {"by": ["ParkSentinel", "Ferrabee"], "denied": ["running an hour fast", "working properly", "has not drifted by a second"], "note": "Lede 'has insisted its number-plate cameras are working properly' (reported, required); 'dismissed the suggestion out of hand' (content-less, optional) + the spokesman's emailed quote about the satellite clock."},
 {"by": ["Ormsgate Estates"], "denied": ["takes a share of every charge", "does not take a penny from the charges"], "note": "The landlord's statement against the claim that it takes a share of every charge."},
 {"by": ["Quarrington", "Greengage"], "denied": ["asked for the cameras", "We never asked for cameras"], "note": "Supermarket regional manager, relayed Radio Ravensholt -> Dales Gleaner."},
 {"by": ["Parking Appeals Panel", "spokeswoman"], "denied": ["thrown out every single ticket", "not allowed every appeal from Ormsgate"], "note": "'rejected that figure' (content-less, optional) + the spokeswoman's quote (required); the figures after it are assert."},
 {"by": ["ParkSentinel"], "denied": ["get the numbers up", "did not set targets"], "note": "Reported negation answering the anonymous former employee's claim of pressure to raise numbers."},
]
anon = [
 {"match": ["Posts", "group", "member"], "note": "posts in a drivers' Facebook group of 2,300 members; one member's quoted post"},
 {"match": ["post"], "note": "a widely shared post naming Greengage Foods"},
 {"match": ["former ParkSentinel employee"], "note": "asked not to be named because he had signed a confidentiality agreement"},
]
relays = [{"speaker": ["Quarrington"], "outlets": ["Radio Ravensholt", "Dales Gleaner"], "note": "Quarrington -> Radio Ravensholt -> Dales Gleaner -> this article"}]
descs = [
 {"name": "ParkSentinel UK", "description": ["which installed the cameras in June"]},
 {"name": "Torquil Ferrabee", "description": ["a spokesman"]},
 {"name": "Ormsgate Estates", "description": ["the owner of the retail park"]},
 {"name": "Greengage Foods", "description": ["whose supermarket is the park's largest store"]},
 {"name": "Bethan Quarrington", "description": ["regional manager"]},
 {"name": "Lucius Edevane", "description": ["who represents the ward"]},
 {"name": "Perpetua Drummond-Ainsley", "description": ["who advises drivers for the motoring charity Roadwise"]},
]
hedges = ["reportedly", "appears to", "about three weeks", "I expect"]
lf = [{"claim": ["thrown out every single ticket"], "by": "the Parking Appeals Panel ('rejected that figure'; 147 of 212 allowed)"}]
numbers = [{"value": "£100", "fact": "parking charge"}, {"value": "two free hours", "fact": "free parking"}, {"value": "2,300", "fact": "Facebook group members"},
 {"value": "40-minute", "fact": "visit turned into a charge"}, {"value": "about three weeks", "fact": "signs hidden"}, {"value": "212", "fact": "appeals decided"},
 {"value": "147", "fact": "appeals allowed"}, {"value": "65", "fact": "appeals refused"}, {"value": "4,180", "fact": "keeper details requested June-October"}]
ce = [{"cause": ["running an hour fast"], "effect": ["turning a 40-minute visit into a charge"]},
      {"cause": ["signed a confidentiality agreement"], "effect": ["asked not to be named"]}]
noise = ["MOTORING", "By Idris Kettleborough, Motoring Correspondent", "Saturday 7 November 2026",
 "Photo caption: A camera mast at the entrance to the Ormsgate Retail Park car park in Ravensholt.", "The landlord", "Appeals",
 "Read more: How to appeal a private parking charge"]
notes = ("Motoring correspondent's report (straight quotes). Noise: section line, byline, date, photo caption, subheads, 'Read more:' line. "
 "Pronoun and role sources: 'He did accept', 'he said' = Ferrabee; 'the statement said' = Ormsgate Estates; 'She added' = Quarrington; 'she said' (figures) and 'she said only' = the panel spokeswoman; "
 "'she said' after 'If the signs...' = Drummond-Ainsley. The lede's 'has insisted its number-plate cameras are working properly' is a reported positive counter-statement (required deny). "
 "'dismissed the suggestion out of hand' and 'rejected that figure' are content-less verdicts (optional deny). Non-denials: the signs admission (confirm), 'gave no figure' (refusal, optional), "
 "'she said only that each case turns on its own evidence' (refusal, optional), Drummond-Ainsley's hedge and prediction. 'said it did not set targets' answers the anonymous former employee (required deny).")
build(N, notes, attrs, denials, anon, relays, descs, hedges, lf, [], numbers, ce, noise)
