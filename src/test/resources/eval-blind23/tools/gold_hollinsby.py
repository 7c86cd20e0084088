from goldlib import *
N = "hollinsby-footbridge-town-council-minutes"
CL = ["Clerk", "Vautier"]
attrs = [
A("hollowbread-no-interest", "Cllr Nkechi Hollowbread", ["Hollowbread"], "said", "assert", ["no interest to declare"]),
A("facebook-promised", "posts on the Hollinsby Noticeboard Facebook group", ["posts", "Facebook group"], "a claim, made in posts", "assert", ["promised the contract to repair the Weir Lane footbridge"], anon=True, via=["Facebook group"]),
A("hollowbread-rejected", "Cllr Nkechi Hollowbread", ["Hollowbread"], "She rejected a claim ... and said", "deny", ["promised the contract to repair the Weir Lane footbridge", "had not bid for it"]),
A("resident-shut", "a resident of Weir Lane (unnamed member of the public)", ["resident"], "said", "assert", ["shut for 11 weeks", "more than a mile"], anon=True),
A("resident-contractor", "a contractor working on the riverbank, as told to the Weir Lane resident (unnamed)", ["contractor", "resident"], "She said a contractor ... had told her", "assert", ["coming down and not going back up"], q=True, anon=True),
A("clerk-no-decision", "Crispin Vautier, Town Clerk", CL, "The Clerk said", "deny", ["taken no decision to remove the bridge", "no such proposal had been put to any committee"]),
A("member-sell-land", "a second member of the public who asked that his name not be minuted", ["member of the public"], "said he had heard", "assert", ["sell the riverside land"], anon=True, h=True),
A("clerk-no-information", "Crispin Vautier, Town Clerk", CL, "The Clerk said", "assert", ["no information about any such sale"], req=False),
A("clerk-engineer-closed", "Crispin Vautier, Town Clerk (reporting the county's structures engineer)", CL + ["structures engineer"], "The Clerk reported", "assert", ["corrosion in two of its four steel beams"]),
A("clerk-61000", "Crispin Vautier, Town Clerk", CL, "(continues the report)", "assert", ["£61,000"], req=False),
A("clerk-two-tenders", "Crispin Vautier, Town Clerk", CL, "The Clerk understood", "assert", ["received two tenders"], h=True),
A("clerk-not-discuss", "Crispin Vautier, Town Clerk", CL, "said he could not discuss", "assert", ["could not discuss their contents"], req=False),
A("marchbank-never", "Cllr Leontine Marchbank, the county's cabinet member for highways", ["Marchbank", "cabinet member for highways"], "had told the Hollinsby Standard", "deny", ["never had the Weir Lane bridge on any list for demolition"], q=True, via=["Hollinsby Standard", "Radio Hollin"]),
A("elphicke-relay", "Cllr Barnaby Elphicke reporting Marchbank's words", ["Elphicke"], "reported that", "deny", ["never had the Weir Lane bridge on any list for demolition"], q=True, via=["Hollinsby Standard", "Radio Hollin"], req=False),
A("radio-relay", "Radio Hollin / Hollinsby Standard relaying Marchbank", ["Radio Hollin", "Hollinsby Standard"], "in an interview later repeated on", "deny", ["never had the Weir Lane bridge on any list for demolition"], q=True, via=["Hollinsby Standard", "Radio Hollin"], req=False),
A("standard-finished", "a report in the Hollinsby Standard", ["Standard", "report"], "a report in the Standard that", "assert", ["Hollinsby Anglers' annual dinner"], q=True),
A("quarrington-colon", "Cllr Lysander Quarrington", ["Quarrington"], "asked that his words be minuted in full:", "deny", ["I did not tell anyone at that dinner that the bridge was finished"], q=True),
A("quarrington-summer", "Cllr Lysander Quarrington", ["Quarrington"], "(continues the quote)", "assert", ["the summer was finished"], q=True, req=False),
A("ormerod-penny", "Cllr Pauline Ormerod-Vance", ["Ormerod-Vance"], "said she did not think", "opinion", ["pay a penny towards a bridge the county owned"]),
A("tremlett-900", "Cllr Aziz Tremlett-Hussain", ["Tremlett-Hussain"], "disagreed, and said", "assert", ["more than 900 people a day"], h=True),
A("clerk-expected", "Crispin Vautier, Town Clerk", CL, "The Clerk expected", "predict", ["by the end of June"], h=True),
A("posts-chain", "posts on social media", ["posts", "social media"], "posts ... claiming", "assert", ["£9,000 on a new mayoral chain"], anon=True, via=["social media"]),
A("mayor-chain", "Cllr Winifred Scattergood, the Mayor", ["Mayor", "Scattergood"], "The Mayor said ... were untrue:", "deny", ["no new chain had been ordered", "£640", "£9,000 on a new mayoral chain"]),
A("abernethy-not-reopen", "Cllr Gwyneth Abernethy-Soyinka", ["Abernethy-Soyinka"], "said", "predict", ["would not reopen until the bridge did"]),
]
denials = [
 {"by": ["Hollowbread"], "denied": ["promised the contract to repair the Weir Lane footbridge", "had not bid for it"], "note": "Reported 'She rejected a claim, made in posts on the ... Facebook group, that ...' + 'said her brother's firm had not bid for it' (one required entry)."},
 {"by": ["Clerk", "Vautier"], "denied": ["coming down and not going back up", "taken no decision to remove the bridge"], "note": "Body denial in reported speech by the Town Clerk ('the Town Council had taken no decision ... no such proposal had been put to any committee') against the resident's second-hand contractor claim."},
 {"by": ["Marchbank"], "denied": ["coming down and not going back up", "never had the Weir Lane bridge on any list for demolition"], "note": "Relayed: the county cabinet member told the Hollinsby Standard, repeated on Radio Hollin, reported to the meeting by Cllr Elphicke (optional relay entries)."},
 {"by": ["Quarrington"], "denied": ["the bridge was \"finished.\"", "I did not tell anyone at that dinner that the bridge was finished"], "note": "Colon cue 'He asked that his words be minuted in full:' against the Standard's report; the second sentence is an optional continuation."},
 {"by": ["Mayor", "Scattergood"], "denied": ["£9,000 on a new mayoral chain", "no new chain had been ordered"], "note": "'The Mayor said that posts ... were untrue:' + positive-words detail (£640 repair)."},
]
anon = [
 {"match": ["posts", "Facebook group"], "note": "posts on the Hollinsby Noticeboard Facebook group about the footbridge contract"},
 {"match": ["resident"], "note": "a resident of Weir Lane (members of the public are not named in the minutes)"},
 {"match": ["contractor", "resident"], "note": "a contractor on the riverbank, second-hand through the resident"},
 {"match": ["member of the public"], "note": "a member of the public who asked that his name not be minuted"},
 {"match": ["posts", "social media"], "note": "posts on social media about a £9,000 mayoral chain"},
]
relays = [{"speaker": ["Marchbank"], "outlets": ["Hollinsby Standard", "Radio Hollin"], "note": "Marchbank -> Hollinsby Standard -> Radio Hollin -> Cllr Elphicke at the meeting -> the minutes"}]
descs = [
 {"name": "Winifred Scattergood", "description": ["Mayor, in the Chair"]},
 {"name": "Crispin Vautier", "description": ["Town Clerk"]},
 {"name": "Maud Eckersley", "description": ["Deputy Clerk, minutes"]},
 {"name": "Leontine Marchbank", "description": ["the county's cabinet member for highways"]},
 {"name": "resident", "description": ["A resident of Weir Lane"]},
]
hedges = ["he had heard", "The Clerk understood", "reportedly", "The Clerk expected", "more than 900"]
lf = [{"claim": ["£9,000 on a new mayoral chain"], "by": "the Mayor ('were untrue'), no independent evidence"}]
numbers = [{"value": "12 May 2026", "fact": "meeting date"}, {"value": "23 members of the public", "fact": "attendance"},
 {"value": "£18,400", "fact": "corrected figure in minute 26/041"}, {"value": "11 weeks", "fact": "footbridge shut"},
 {"value": "24 February", "fact": "bridge closed"}, {"value": "two of its four steel beams", "fact": "corroded beams"},
 {"value": "£61,000", "fact": "estimated repair cost"}, {"value": "two tenders", "fact": "received by the county"},
 {"value": "more than 900 people a day", "fact": "bridge use before closure"}, {"value": "6 votes for, 1 against", "fact": "vote on the resolution"},
 {"value": "£5,000", "fact": "offered towards signs and a shuttle bus"}, {"value": "£9,000", "fact": "claimed cost of a new chain"},
 {"value": "£640", "fact": "actual cost of cleaning and repairing the chain"}, {"value": "9 June 2026", "fact": "next meeting"}]
ce = [{"cause": ["finding corrosion in two of its four steel beams"], "effect": ["closed the bridge on 24 February"]},
      {"cause": ["shut for 11 weeks"], "effect": ["walk of more than a mile"]}]
noise = ["HOLLINSBY TOWN COUNCIL",
 "MINUTES of the meeting of the Full Council held in the Corn Exchange, Market Street, Hollinsby, on Tuesday 12 May 2026 at 7.00pm",
 "Present: Cllr Winifred Scattergood (Mayor, in the Chair), Cllr Barnaby Elphicke, Cllr Nkechi Hollowbread, Cllr Lysander Quarrington, Cllr Pauline Ormerod-Vance, Cllr Aziz Tremlett-Hussain, Cllr Gwyneth Abernethy-Soyinka",
 "In attendance: Crispin Vautier (Town Clerk), Maud Eckersley (Deputy Clerk, minutes), 23 members of the public, and a reporter from the Hollinsby Standard",
 "26/051 Apologies for absence", "26/052 Declarations of interest", "26/053 Minutes of the previous meeting", "26/054 Public participation",
 "26/055 Weir Lane footbridge", "26/056 Any other business", "26/057 Date of next meeting",
 "Signed ............................ (Chair)    Date .............."]
notes = ("Town council minutes in the clerk's impersonal reported speech (straight quotes). Noise: council masthead, 'MINUTES of the meeting ...' line, 'Present:' and 'In attendance:' lists, numbered item heads (26/051 ...), signature line; the first line is the title. "
 "Speakers are named 'Cllr SURNAME', 'The Clerk' (= Crispin Vautier, Town Clerk) and 'The Mayor' (= Cllr Winifred Scattergood, in the Chair). Pronoun sources: 'She rejected', 'said her brother's firm' = Hollowbread; 'She said a contractor' = the Weir Lane resident; "
 "'He asked that his words be minuted in full:' = Quarrington. Members of the public are not named in minutes: the Weir Lane resident and the second member of the public are anonymous. "
 "Non-denials: 'had no interest to declare' (assert); the correction of minute 26/041 (article voice, no entry); 'The Clerk said he had no information about any such sale' (no knowledge, not a denial, optional); "
 "'could not discuss their contents while the tender was open' (refusal, optional); 'did not think the Town Council should pay a penny' (opinion with 'not'); 'Cllr Tremlett-Hussain disagreed' (disagrees with an opinion, assert); "
 "'The Clerk expected ...' (prediction); the RESOLVED line (article voice); 'would not reopen until the bridge did, and she would not pretend otherwise' (prediction, denies no claim).")
build(N, notes, attrs, denials, anon, relays, descs, hedges, lf, [], numbers, ce, noise)
