from goldlib import A, build
N = "blackthistle-stadium-club-statement"
attrs = [
 A("forum-post-sale", "the most widely shared post on the Wanderers Talk forum", ["post", "Wanderers Talk"], "claimed that", "assert", ["18 million pounds", "shared stadium outside the town"]),
 A("drummick-denied", "Wenceslas Drummick, club chairman", ["Drummick", "chairman"], "has denied that", "deny", ["any offer for the ground has been received"]),
 A("pettifrew-not-spoken", "Genevra Pettifrew, club secretary", ["Pettifrew", "club secretary"], "said our club secretary", "deny", ["We have not spoken to a single developer about Merrydown Road"], q=True),
 A("forum-user-anon", "a forum user who asked not to be named", ["forum user", "Wexcastle Echo"], "told the Wexcastle Echo", "assert", ["draft drawings"], q=True, h=True, anon=True, via=["Wexcastle Echo"]),
 A("pettifrew-club-shop", "Genevra Pettifrew", ["Pettifrew"], "said", "deny", ["plans for the new club shop"]),
 A("brambling-letter", "Isadore Brambling, head of planning, Wexcastle Borough Council", ["Brambling", "head of planning", "Wexcastle Borough Council"], "In a letter to the Wanderers Supporters' Trust, rejected the forum's claim that ..., stating that", "deny", ["a planning application for the site had been lodged", "of any kind"], q=True, via=["letter"]),
 A("nethercott-called", "Fitzroy Nethercott, manager", ["Nethercott", "manager"], "called a separate rumour ...", "deny", ["news to me and news to my wife"], q=True),
 A("drummick-accepted", "Wenceslas Drummick", ["Drummick"], "accepted that", "confirm", ["met council officers twice in 2025", "we should have told supporters"]),
 A("drummick-debts", "Wenceslas Drummick", ["Drummick"], "He said", "assert", ["1.9 million pounds", "none of it was due for repayment before 2029"]),
 A("redgauntlet-no-comment", "Redgauntlet Homes", ["Redgauntlet Homes"], "declined to comment", "assert", ["declined to comment when contacted"], req=False, via=["Wexcastle Echo"]),
 A("purefoy-not-helpful", "Dorcas Purefoy, chair of the Supporters' Trust", ["Purefoy", "Supporters' Trust"], "said", "opinion", ["was not helpful to anyone"], q=True),
 A("purefoy-seat", "Dorcas Purefoy", ["Purefoy"], "She said", "assert", ["seat at the table"]),
]
denials = [
 {"by": ["Drummick"], "denied": ["any offer for the ground has been received", "18 million pounds"], "note": "the chairman's denial verb against the forum post"},
 {"by": ["Pettifrew"], "denied": ["We have not spoken to a single developer about Merrydown Road"], "note": "said-X inversion ('..., said our club secretary, NAME')"},
 {"by": ["Pettifrew"], "denied": ["draft drawings", "plans for the new club shop"], "note": "positively worded rebuttal of the anonymous forum user's account"},
 {"by": ["Brambling"], "denied": ["a planning application for the site had been lodged"], "note": "via a letter to the Supporters' Trust: 'rejected the forum's claim that ...'"},
 {"by": ["Nethercott"], "denied": ["offered the manager's job at Saddleworth Town", "news to me and news to my wife"], "note": "'called a separate rumour ...' verdict"},
]
anon = [{"match": ["forum user"], "note": "who asked not to be named, told the Wexcastle Echo; a club employee reportedly showed draft drawings"}]
relays = [{"speaker": ["forum user"], "outlets": ["Wexcastle Echo"], "note": "unnamed forum user -> Wexcastle Echo -> this statement"}]
descs = [{"name": "Redgauntlet Homes", "description": ["a housing developer"]}, {"name": "Wenceslas Drummick", "description": ["Our chairman"]},
 {"name": "Genevra Pettifrew", "description": ["our club secretary"]}, {"name": "Isadore Brambling", "description": ["Wexcastle Borough Council's head of planning"]},
 {"name": "Fitzroy Nethercott", "description": ["Our manager"]}, {"name": "Dorcas Purefoy", "description": ["The chair of the Supporters' Trust"]},
 {"name": "Wanderers Talk", "description": ["the independent supporters' forum"]}]
hedges = ["reportedly"]
numbers = [{"value": v, "fact": f} for v, f in [("18 million pounds", "sale price claimed in the forum post"), ("2019", "last planning application for the site"), ("twice in 2025", "meetings with council officers"), ("1.9 million pounds", "club debts"), ("2029", "earliest repayment date"), ("1904", "home since"), ("4,200", "season ticket holders"), ("5 February", "open meeting date")]]
noise = ["OFFICIAL CLUB STATEMENT", "Blackthistle Wanderers FC", "Published: Thursday 22 January 2026, 18:30",
 "Image: Merrydown Road before last Saturday's home match against Wexcastle Orient.", "What we accept",
 "Read more: Ticket information for Saturday's match against Pellingbrook United"]
notes = ("Original fictional football club statement; the club's 'we'/'us'/'our' narration is article voice (no entries: 'We want to set out the facts', 'We understand why supporters worry', the open meeting). "
 "'Mrs Pettifrew said' = club secretary; 'He said' (debts) = Drummick; 'She said' = Purefoy. "
 "Denials: the chairman's 'has denied that', the secretary's said-X inversion and positively worded club-shop explanation against the anonymous forum user, the council's letter to the Supporters' Trust, the manager's 'called a separate rumour ...'. "
 "Non-denials: 'accepted that' (admission, confirm), Purefoy's 'was not helpful' (opinion with 'not'), Redgauntlet's no-comment (optional). The forum post is answered by others, not labelled false by the text. Headline gets no entry.")
build(N, notes, attrs, denials, anon, relays, descs, hedges, [], [], numbers, [], noise)
