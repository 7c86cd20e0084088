from goldlib import A, build
N = "mossbrook-festival-qa-interview"
Y = ["Yelverton", "festival director"]
attrs = [
 A("yelverton-firm", "Dulcie Yelverton, Mossbrook Fields festival director", Y, "She is firm that", "deny", ["the festival was not oversold"]),
 A("trethowan-packed", "Marrable Trethowan's ticket holders' group", ["Trethowan", "ticket holders' group"], "says (in the interviewer's question)", "assert", ["packed far beyond what it could hold"]),
 A("yelverton-sold", "Dulcie Yelverton", Y, "(A: answer in the Q&A)", "deny", ["We sold 14,200 tickets"]),
 A("steward-gates", "a steward who worked the main stage, not named", ["steward"], "told the Weekender, on condition we did not name them", "assert", ["left open for 40 minutes"], h=True, anon=True, via=["Weekender"]),
 A("yelverton-gates", "Dulcie Yelverton", Y, "(A: answer in the Q&A)", "deny", ["The gates shut at 8.10 p.m."]),
 A("yelverton-logs", "Dulcie Yelverton", Y, "(A: answer in the Q&A)", "assert", ["I have the turnstile logs"], req=False),
 A("yelverton-thin", "Dulcie Yelverton", Y, "(A: answer in the Q&A)", "confirm", ["Our stewarding there was thin for about 20 minutes"]),
 A("yelverton-responsibility", "Dulcie Yelverton", Y, "(A: answer in the Q&A)", "confirm", ["That is my responsibility"]),
 A("story-cider", "a story going round (interviewer's question)", ["story"], "There is a story going round that", "assert", ["pushed for the headliner to start late"], req=False),
 A("yelverton-rubbish", "Dulcie Yelverton", Y, "(A: answer in the Q&A)", "deny", ["It's rubbish"]),
 A("purbright-no-say", "Purbright Cider", ["Purbright"], "in a statement sent after the interview, said", "deny", ["had no say whatsoever over stage times"], q=True),
 A("yelverton-approved", "Dulcie Yelverton", Y, "(A: answer in the Q&A)", "assert", ["approved our crowd management plan in April"]),
 A("council-different", "Ludmoor Council", ["Ludmoor Council"], "gave a different picture", "deny", ["Ludmoor Council gave a different picture"]),
 A("spokeswoman-not-to-approve", "Ludmoor Council spokeswoman", ["council spokeswoman", "Ludmoor Council"], "A council spokeswoman said", "deny", ["not the council's to approve"]),
 A("posts-died", "social media posts", ["Posts"], "claiming", "assert", ["a festival-goer died at Mossbrook Fields"]),
 A("yelverton-refunds", "Dulcie Yelverton", Y, "(A: answer in the Q&A)", "assert", ["can claim half their ticket price back"]),
 A("trethowan-start", "Marrable Trethowan", ["Trethowan"], "said", "opinion", ["a start, but not an apology"], q=True),
 A("trethowan-members", "Marrable Trethowan", ["Trethowan"], "He said", "assert", ["2,300 members"]),
 A("insurer-no-comment", "the festival's insurer", ["insurer"], "declined to comment", "assert", ["The festival's insurer declined to comment"], req=False),
 A("yelverton-next-year", "Dulcie Yelverton", Y, "(A: answer in the Q&A)", "predict", ["with a second exit on the east side"]),
]
denials = [
 {"by": ["Yelverton"], "denied": ["packed far beyond what it could hold"], "note": "intro 'She is firm that the festival was not oversold' + answer 'We sold 14,200 tickets' (licence 16,000)"},
 {"by": ["Yelverton"], "denied": ["left open for 40 minutes"], "note": "answer 'No. The gates shut at 8.10 p.m.' (against the anonymous steward in the question)"},
 {"by": ["Yelverton", "Purbright"], "denied": ["pushed for the headliner to start late"], "note": "answer 'It's rubbish.' + Purbright's statement 'had no say whatsoever over stage times'"},
 {"by": ["Ludmoor Council"], "denied": ["approved our crowd management plan in April"], "note": "'Ludmoor Council gave a different picture.' + spokeswoman 'not the council's to approve'"},
]
anon = [{"match": ["steward"], "note": "steward who worked the main stage told the Weekender on condition of not being named (reportedly)"}]
relays = [{"speaker": ["steward"], "outlets": ["Weekender"], "note": "unnamed steward -> Weekender magazine (the publication itself)"}]
descs = [{"name": "Dulcie Yelverton", "description": ["festival director"]}, {"name": "Marrable Trethowan", "description": ["ticket holders' group"]}]
hedges = ["reportedly"]
lf = [{"claim": ["a festival-goer died at Mossbrook Fields"], "by": "the article itself (bracketed editor's insert: 'Posts claiming ... are false')"}]
numbers = [{"value": v, "fact": f} for v, f in [("17 people", "first aid"), ("16,000 people", "licence"), ("14,200 tickets", "sold"), ("300 guest passes", "given out"), ("40 minutes", "gates open per steward"), ("8.10 p.m.", "gates shut"), ("14,500", "count at closing"), ("20 minutes", "thin stewarding"), ("45 pounds", "refund"), ("31 August", "refund deadline"), ("2,300 members", "group size"), ("60 more stewards", "next year")]]
ce = [{"cause": ["two teams came off a shift change late"], "effect": ["Our stewarding there was thin for about 20 minutes"]},
      {"cause": ["a crowd surge at the main stage"], "effect": ["left 17 people needing first aid"]}]
noise = ["THE INTERVIEW", "Interview by Kenwyn Threapwood | Weekender magazine, 18 July 2026", "This interview has been edited for length and clarity.", "Advertisement", "Read more: What a crowd surge feels like, and how organisers can prevent one", "Pictured: The main stage at Mossbrook Fields on the festival's opening night. (Weekender)"]
notes = ("Original fictional Q&A interview write-up. Every 'A:' line is Dulcie Yelverton's voice (source resolved from the format, cue noted as '(A: answer in the Q&A)'); 'Q:' lines are the interviewer's and carry other people's claims (Trethowan's group 'says', the anonymous steward 'told the Weekender', 'a story going round' - optional). Denials: intro 'She is firm that the festival was not oversold' + answer 'We sold 14,200 tickets'; 'A: No. The gates shut at 8.10 p.m.' (the bare 'A: No.' has no entry); 'It's rubbish.' + Purbright statement; bare 'Ludmoor Council gave a different picture.' + spokeswoman 'not the council's to approve' (both required deny). "
 "Admission without an admission verb: 'Our stewarding there was thin ...' + 'That is my responsibility' = confirm. Bracketed editor's insert labels the death posts false. Trethowan's 'a start, but not an apology' = opinion. Next-year answer = predict. Insurer no-comment and turnstile-logs answer optional.")
build(N, notes, attrs, denials, anon, relays, descs, hedges, lf, [], numbers, ce, noise)
