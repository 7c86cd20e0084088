from goldlib import A, build
N = "gallowcroft-recycling-radio-bulletin"
attrs = [
 A("gallowcroft-denied", "Gallowcroft Waste Services (the company that collects recycling)", ["company that collects recycling", "Gallowcroft"], "has denied claims that", "deny", ["sorted plastic is being tipped at a landfill site"]),
 A("driver-anon", "a driver for the firm who asked not to be named", ["driver", "Wexcastle Sound"], "told Wexcastle Sound", "assert", ["three or four times a week", "Nethercott landfill site"], q=True, h=True, anon=True, via=["Wexcastle Sound"]),
 A("ofelkirk-not-one", "Winslow Ofelkirk, operations director", ["Ofelkirk", "operations director"], "says the firm's operations director", "deny", ["Not one sorted bottle from Wexcastle has gone into that hole in the ground"], q=True),
 A("ofelkirk-every-tonne", "Winslow Ofelkirk (clip)", ["Ofelkirk"], "CLIP (OFELKIRK):", "deny", ["Every tonne we collect goes to the sorting plant at Mudford", "weighbridge tickets"], q=True),
 A("scarrowfield-called", "Councillor Hortensia Scarrowfield, cabinet member for the environment", ["Scarrowfield", "cabinet member"], "called the driver's account", "deny", ["a story about one lorry on one bad day"], q=True),
 A("nethercott-tip-soil", "Nethercott Tip Limited, landfill operator", ["Nethercott Tip Limited", "landfill's operator"], "says", "deny", ["delivering soil from a building site"]),
 A("gallowcroft-letter", "Gallowcroft Waste Services", ["Gallowcroft"], "In a letter sent to every household ..., rejected the suggestion that ..., stating that", "deny", ["a waste of time", "94 per cent of what it collected last year"], via=["letter"]),
 A("gallowcroft-accepted", "Gallowcroft Waste Services", ["firm", "Gallowcroft"], "has accepted that", "confirm", ["around 40 tonnes of recycling did go to landfill"]),
 A("ofelkirk-sorry", "Winslow Ofelkirk (clip)", ["Ofelkirk"], "CLIP (OFELKIRK):", "confirm", ["We should have told people about those two days"], q=True),
 A("stallwood-says", "Zebedee Stallwood, local campaigner", ["Stallwood", "campaigner"], "says", "opinion", ["should not give up on their recycling boxes"]),
 A("stallwood-clip", "Zebedee Stallwood (clip)", ["Stallwood"], "CLIP (STALLWOOD):", "opinion", ["not a reason to stop", "This is not your fault"], q=True),
 A("wro-no-comment", "the Waste Regulation Office", ["Waste Regulation Office"], "declined to comment, saying", "assert", ["asked to look into the claims", "declined to comment"], req=False),
 A("hospital-car-park", "Wexcastle General Hospital", ["Wexcastle General Hospital", "Hospital"], "says", "assert", ["open a week late"]),
]
denials = [
 {"by": ["Gallowcroft"], "denied": ["sorted plastic is being tipped at a landfill site"], "note": "presenter's lede: 'has denied claims that ...'"},
 {"by": ["Ofelkirk"], "denied": ["Not one sorted bottle from Wexcastle has gone into that hole in the ground", "weighbridge tickets"], "note": "said-X inversion in the present tense ('..., says NAME') + positively worded clip against the anonymous driver"},
 {"by": ["Scarrowfield"], "denied": ["a story about one lorry on one bad day"], "note": "'called the driver's account ...' verdict"},
 {"by": ["Nethercott Tip Limited"], "denied": ["delivering soil from a building site"], "note": "positively worded rebuttal by the landfill operator"},
 {"by": ["Gallowcroft"], "denied": ["a waste of time"], "note": "via a letter to households: 'rejected the suggestion that ...'"},
]
anon = [{"match": ["driver"], "note": "a driver for the firm, who asked not to be named, told Wexcastle Sound (lorries reportedly emptied at landfill)"}]
relays = [{"speaker": ["driver"], "outlets": ["Wexcastle Sound"], "note": "unnamed driver -> Wexcastle Sound (this station)"}]
descs = [{"name": "Gallowcroft Waste Services", "description": ["The company that collects recycling from homes in Wexcastle"]},
 {"name": "Winslow Ofelkirk", "description": ["the firm's operations director"]}, {"name": "Hortensia Scarrowfield", "description": ["cabinet member for the environment"]},
 {"name": "Nethercott Tip Limited", "description": ["The landfill's operator"]}, {"name": "Zebedee Stallwood", "description": ["Local campaigner", "who first shared the driver's claims online"]}]
hedges = ["reportedly", "about", "around"]
numbers = [{"value": v, "fact": f} for v, f in [("12,000 households", "households served"), ("3.1 million pounds", "yearly contract value"), ("94 per cent", "share of collections sold on for reuse, per the firm"), ("40 tonnes", "recycling sent to landfill in January"), ("16 March", "new car park opening")]]
ce = [{"cause": ["when the Mudford plant was flooded"], "effect": ["40 tonnes of recycling did go to landfill"]}, {"cause": ["because of the wet weather"], "effect": ["open a week late"]}]
noise = ["WEXCASTLE SOUND 105.2 - NEWS BULLETIN SCRIPT", "0800, Tuesday 3 March 2026", "Newsreader: Tabitha Brindlecombe / Reporter: Ottavio Velloway", "[STING]", "[END OF BULLETIN]"]
notes = ("Original fictional radio news bulletin script. PRESENTER: and REPORTER: lines are article voice (the station); 'CLIP (NAME):' lines are that person's recorded words (quoted). Present-tense 'says' throughout. "
 "Denials: the presenter's lede ('has denied claims that'), Ofelkirk's said-X inversion ('..., says the firm's operations director, NAME') and positively worded clip, Scarrowfield's 'called the driver's account', the landfill operator's positively worded 'delivering soil', the firm's letter to households. "
 "Non-denials: 'has accepted that' (admission, confirm) and the sorry clip (confirm), Stallwood's 'should not give up' and 'not a reason to stop' (opinion with 'not'), the Waste Regulation Office no-comment (optional). The hospital item is a second story. Headline gets no entry.")
build(N, notes, attrs, denials, anon, relays, descs, hedges, [], [], numbers, ce, noise)
