from goldlib import A, build
N = "tarnished-eel-licence-review-decision-notice"
attrs = [
 A("bevingstoke-admitted", "PC Tadhg Bevingstoke, Brackendale Police", ["Bevingstoke"], "stated that", "assert", ["admit customers at 2.40am"]),
 A("gorringe-denied", "Mr Cassius Gorringe, designated premises supervisor", ["Gorringe", "designated premises supervisor"], "denied that", "deny", ["let anyone in after 2am that night"]),
 A("rostrevor-cctv", "Ms Zenobia Rostrevor, solicitor for the licence holder", ["Rostrevor", "solicitor"], "said that", "deny", ["showed the front doors locked at 1.55am", "not opened again until the premises closed"]),
 A("resident-music", "a resident of Wharfside Lane whose name is withheld", ["resident"], "stated that", "assert", ["until 4am on most Saturdays"], anon=True),
 A("gorringe-taxi-rank", "Mr Cassius Gorringe", ["Gorringe"], "described that account as", "deny", ["a description of the taxi rank, not of our bar"], q=True),
 A("police-suggestion-fights", "Brackendale Police (the police's suggestion)", ["police"], "the police's suggestion that", "assert", ["had started in The Tarnished Eel"], req=False),
 A("adesanmi-queue", "Mr Hamid Adesanmi, who runs the takeaway next door", ["Adesanmi"], "In a letter ..., rejected ..., stating that", "deny", ["began in the queue for his own counter"], via=["letter"]),
 A("gorringe-accepted", "Mr Cassius Gorringe", ["Gorringe"], "accepted that", "confirm", ["noise limiter had been switched off on 14 February"]),
 A("gorringe-declined", "Mr Cassius Gorringe", ["Gorringe"], "He declined to say", "assert", ["who had switched it off"], req=False),
 A("penderel-no-complaints", "Ms Perdita Penderel, the council's environmental health officer", ["Penderel", "environmental health officer"], "stated that", "assert", ["recorded no noise complaints"]),
 A("residents-not-answer", "the Wharfside Residents' Association", ["Wharfside Residents' Association", "Residents' Association"], "said in its written representation that it did not think", "opinion", ["did not think closing the bar was the answer"], via=["written representation"]),
 A("police-side-door", "Brackendale Police", ["police"], "which the police say", "assert", ["which the police say was used"]),
]
denials = [
 {"by": ["Gorringe"], "denied": ["let anyone in after 2am that night"], "note": "2.2 reported-speech denial against PC Bevingstoke's 2.1"},
 {"by": ["Rostrevor"], "denied": ["showed the front doors locked at 1.55am"], "note": "2.3 positively worded rebuttal (the CCTV), against 2.1"},
 {"by": ["Gorringe"], "denied": ["a description of the taxi rank, not of our bar"], "note": "2.5 'described that account as ...' against the anonymous resident (2.4)"},
 {"by": ["Adesanmi"], "denied": ["had started in The Tarnished Eel", "began in the queue for his own counter"], "note": "2.6 in a letter, 'rejected the police's suggestion that ..., stating that ...'"},
]
anon = [{"match": ["resident"], "note": "a resident of Wharfside Lane who asked that her name be withheld"}]
relays = []
descs = [{"name": "Tadhg Bevingstoke", "description": ["PC"]}, {"name": "Cassius Gorringe", "description": ["The designated premises supervisor"]},
 {"name": "Zenobia Rostrevor", "description": ["solicitor for the licence holder"]}, {"name": "Hamid Adesanmi", "description": ["who runs the takeaway next door"]},
 {"name": "Perdita Penderel", "description": ["The council's environmental health officer"]}, {"name": "Agatha Rundlestone", "description": ["Chair of the Licensing Sub-Committee"]}]
hedges = []
numbers = [{"value": v, "fact": f} for v, f in [("2.40am", "time customers were admitted, per the police"), ("1.55am", "doors locked on the CCTV"), ("4am", "music heard until"), ("1am", "new last entry time"), ("21 days", "appeal period")]]
noise = ["BRACKENDALE BOROUGH COUNCIL", "Licensing Act 2003: Licensing Sub-Committee", "DECISION NOTICE", "Premises: The Tarnished Eel, 12 Wharfside Lane, Brackendale",
 "Premises licence holder: Eelhouse Leisure Ltd", "Date of hearing: 5 March 2026", "1. The application", "2. Representations", "3. Findings", "4. Decision", "5. Right of appeal",
 "Signed: Councillor Agatha Rundlestone, Chair of the Licensing Sub-Committee", "Date: 9 March 2026"]
notes = ("Original fictional licensing sub-committee decision notice on a premises licence review (a whole-text form). The Sub-Committee's own findings, decision and conditions (sections 1, 3, 4, 5) are article voice, "
 "except 3.1's 'which the police say was used' (the police's statement). 'He declined' = Gorringe; 'that account' (2.5) = the resident's account in 2.4. "
 "Denials: 2.2 Gorringe 'denied that door staff had let anyone in after 2am'; 2.3 Rostrevor's positively worded CCTV rebuttal; 2.5 'described that account as \"a description of the taxi rank, not of our bar.\"'; 2.6 Adesanmi's letter 'rejected the police's suggestion that ..., stating that ...'. "
 "Non-denials: 2.1 PC Bevingstoke (assert), 2.4 the anonymous resident (assert), 2.7 'accepted that' (admission, confirm) and refusal (optional), 2.8 'recorded no noise complaints' (counter-evidence, assert), 2.9 'did not think closing the bar was the answer' (opinion with 'not'); 4.1 'The licence is not revoked' is the decision (article voice).")
build(N, notes, attrs, denials, anon, relays, descs, hedges, [], [], numbers, [], noise)
