from goldlib import A, build
N = "ebbridge-scaffold-solicitors-letter"
C = ["Halberstock", "Our client"]
attrs = [
 A("farrowgate-forum", "Mr Farrowgate (the recipient, 'you')", ["Farrowgate"], "you wrote", "assert", ["came down on my car in the night"], q=True, via=["Ebbridge Residents Forum"]),
 A("farrowgate-cards", "Mr Farrowgate", ["Farrowgate"], "You told the Echo", "assert", ["didn't have a single safety card"], q=True, via=["Echo"]),
 A("client-denies-fell", "Halberstock Scaffolding Ltd (our client)", C, "denies", "deny", ["any part of its scaffold fell onto your car"]),
 A("record-in-place", "the inspection record", ["inspection record"], "shows", "assert", ["every tube, board and tie in place"]),
 A("client-no-truth", "Halberstock Scaffolding Ltd", C, "There is no truth in", "deny", ["the workers on site were unqualified"]),
 A("gorrell-no-threat", "Mr Dai Gorrell, site manager", ["Gorrell", "site manager"], "insists", "deny", ["he made no threat of any kind"]),
 A("gorrell-two-minutes", "Mr Dai Gorrell", ["Gorrell", "He"], "He says", "assert", ["less than two minutes"]),
 A("building-control-confirmed", "Ebbridge Borough Council's building control officer", ["building control officer"], "confirmed to our client in writing", "confirm", ["complete and properly tied"], q=True),
 A("quenneville-rusty", "Ms Anwen Quenneville, owner of 22 Tenter Row", ["Quenneville", "owner of 22 Tenter Row"], "has told us", "deny", ["already there, and rusty"], q=True),
 A("neighbour-crash", "a neighbour (unnamed), via the post", ["neighbour"], "is said to have heard", "assert", ["a crash"], q=True, anon=True, h=True),
 A("echo-skip", "the Ebbridge Echo", ["Echo"], "reported", "assert", ["a skip being emptied"]),
 A("orbeck-lorry", "Mr Tavish Orbeck, yard owner", ["Orbeck"], "told the Echo", "assert", ["our lorry, at five in the morning"], q=True, via=["Echo"]),
 A("client-no-comment-hire", "Halberstock Scaffolding Ltd", C, "makes no comment", "assert", ["no comment at this stage on your claim"], req=False),
 A("editor-stands-by", "the editor of the Ebbridge Echo", ["editor"], "has told us", "assert", ["stands by its reporting"]),
 A("editor-never-suggested", "the editor of the Ebbridge Echo", ["editor"], "(same sentence)", "deny", ["never suggested the statements were true"], q=True),
]
denials = [
 {"by": ["Halberstock", "Our client"], "denied": ["any part of its scaffold fell onto your car", "came down on my car"], "note": "'Our client denies that ...'"},
 {"by": ["Halberstock", "Our client"], "denied": ["unqualified", "didn't have a single safety card"], "note": "'There is no truth in your statement that ...'"},
 {"by": ["Gorrell"], "denied": ["threat", "threatened to put me in hospital"], "note": "'insists that he made no threat of any kind'"},
 {"by": ["Quenneville"], "denied": ["already there, and rusty"], "note": "positively worded: the damage was already there (told us: no via)"},
 {"by": ["editor"], "denied": ["never suggested the statements were true"], "note": "the Echo's editor, told us: no via"},
]
anon = [{"match": ["neighbour"], "note": "a neighbour whom the post does not name"}]
relays = [{"speaker": ["Orbeck"], "outlets": ["Echo"], "note": "Orbeck -> Echo -> letter"}, {"speaker": ["Farrowgate"], "outlets": ["Ebbridge Echo"], "note": "interview published by the Echo"}]
descs = [{"name": "Dai Gorrell", "description": ["site manager"]}, {"name": "Anwen Quenneville", "description": ["owner of 22 Tenter Row"]},
 {"name": "Tavish Orbeck", "description": ["the yard's owner"]}, {"name": "Merriden Hawtrey LLP", "description": ["Solicitors"]}]
hedges = ["is said to", "may"]
lf = []
numbers = [{"value": v, "fact": f} for v, f in [("5 January", "scaffold erected"), ("6 February", "scaffold removed"), ("14 January", "forum post"), ("21 January", "Echo interview"),
  ("15 January", "inspection"), ("nine", "scaffolders"), ("two minutes", "conversation"), ("19 January", "building control letter"), ("14 days", "deadline")]]
ce = []
noise = ["Merriden Hawtrey LLP, Solicitors", "Our ref: MH/HS/0419", "Date: 16 February 2026", "By email and first class post", "Dear Mr Farrowgate,",
 "Our client: Halberstock Scaffolding Ltd", "Yours sincerely,", "Merriden Hawtrey LLP", "Enc. Scaffold inspection record (15 January 2026); nine scaffolder's cards; proposed correction"]
notes = ("Original fictional solicitors' letter before claim (new whole-text form, replacing council cabinet minutes because town council, committee and governors' minutes "
 "were used before). Authors' 'we' (Merriden Hawtrey) get no entries for uncued narration ('We do not suggest that you acted out of malice', 'We accept that your car was damaged'). "
 "'Our client' / 'its' = Halberstock Scaffolding Ltd; 'you' = Mr Farrowgate; 'He says' = Gorrell. 'has told us', 'confirmed to our client' name the authors or their client: no via. "
 "Non-denials: building control 'confirmed' (confirm), the client's 'makes no comment' on the hire car (optional), the editor's 'stands by its reporting' (assert), "
 "the neighbour's crash (anonymous, hedged 'is said to'), Orbeck's lorry admission (assert). The editor's sentence holds two entries (stands by / never suggested).")
build(N, notes, attrs, denials, anon, relays, descs, hedges, lf, [], numbers, ce, noise)
