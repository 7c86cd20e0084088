from goldlib import A, build
N = "duckmanton-fire-doors-trade-magazine"
attrs = [
 A("duckmanton-quash", "Duckmanton Joinery (lede)", ["Duckmanton"], "has moved to quash claims that", "deny", ["sold fire doors carrying certification labels they had not earned"]),
 A("audit-lists", "Door Assurance Scheme audit summary", ["audit summary", "Door Assurance Scheme"], "lists (seen by the Review)", "assert", ["14 batches made between June and November 2025"]),
 A("penkridge-branded", "Hesta Penkridge, Duckmanton managing director", ["Penkridge", "Managing director"], "branded the summary", "deny", ["out of date and out of context"], q=True),
 A("penkridge-found", "Hesta Penkridge", ["Penkridge"], "She said", "deny", ["turned up in an archived server folder"]),
 A("person-labels", "a person familiar with the audit who spoke on the understanding they would not be named", ["person familiar with the audit"], "said", "assert", ["blank labels lying loose on a workbench"], h=True, anon=True),
 A("penkridge-adamant", "Hesta Penkridge", ["Penkridge"], "was adamant that", "deny", ["kept in a locked cabinet"]),
 A("penkridge-slipped", "Hesta Penkridge", ["Penkridge"], "made no attempt, however, to defend ... which she said had", "confirm", ["slipped badly"], q=True),
 A("penkridge-rushed", "Hesta Penkridge", ["Penkridge"], "she said", "confirm", ["test sheets were scanned late"]),
 A("challacombe-suspension", "Idwal Challacombe, Door Assurance Scheme technical director", ["Challacombe", "technical director"], "told the Review", "assert", ["until every one of the 14 batches had been re-tested"], via=["Review"]),
 A("challacombe-contradicted", "Idwal Challacombe", ["Challacombe"], "contradicted Ms Penkridge's account of the handover, saying", "deny", ["covered only four of the 14 batches"]),
 A("guild-230", "Guild of Doorset Installers", ["Guild of Doorset Installers"], "said", "assert", ["230 of its members had fitted Duckmanton doors"]),
 A("spokesman-not-recognise", "Duckmanton spokesman", ["Duckmanton spokesman", "Duckmanton"], "said the company did not recognise the figure", "deny", ["did not recognise the figure of 230", "orders from 71 installers"]),
 A("posts-removed", "posts on trade forums", ["posts"], "have said", "assert", ["ordered every Duckmanton door to be removed"]),
 A("joiner-line", "a joiner who worked at the firm until January and asked not to be named", ["joiner"], "said", "assert", ["keep the line moving"], q=True, h=True, anon=True),
 A("duckmanton-sign-off", "Duckmanton Joinery", ["Duckmanton"], "would not be drawn on internal instructions, but said", "deny", ["no door had been dispatched without a supervisor's sign-off"]),
 A("office-no-comment", "Building Fire Standards Office", ["Building Fire Standards Office"], "declined to comment", "assert", ["declined to comment on what it described as an open case"], req=False),
 A("accounts-turnover", "Duckmanton's latest accounts", ["accounts", "Duckmanton"], "according to", "assert", ["turned over 6.4 million pounds"], req=False),
 A("penkridge-weeks", "Hesta Penkridge", ["Penkridge"], "Ms Penkridge said she expected", "predict", ["within weeks, not months"], q=True),
]
denials = [
 {"by": ["Duckmanton"], "denied": ["sold fire doors carrying certification labels they had not earned"], "note": "lede 'has moved to quash claims that'"},
 {"by": ["Penkridge"], "denied": ["no test records could be found"], "note": "'branded the summary \"out of date and out of context\"' + records 'turned up in an archived server folder'"},
 {"by": ["Penkridge"], "denied": ["blank labels lying loose on a workbench"], "note": "'was adamant that' labels are locked away (against the anonymous person familiar with the audit)"},
 {"by": ["Challacombe"], "denied": ["were handed to the scheme on 12 March"], "note": "'contradicted Ms Penkridge's account of the handover, saying' only four of 14 batches"},
 {"by": ["Duckmanton spokesman"], "denied": ["230 of its members had fitted Duckmanton doors"], "note": "'did not recognise the figure of 230' + 71 installers"},
 {"by": ["Duckmanton"], "denied": ["keep the line moving"], "note": "'would not be drawn ... but said no door had been dispatched without a supervisor's sign-off' (against the anonymous joiner)"},
]
anon = [{"match": ["person familiar with the audit"], "note": "spoke on the understanding they would not be named (allegedly blank labels)"},
        {"match": ["joiner"], "note": "former joiner who asked us to withhold his name (reportedly 'keep the line moving')"}]
relays = []
descs = [{"name": "Hesta Penkridge", "description": ["Managing director"]}, {"name": "Idwal Challacombe", "description": ["the scheme's technical director"]},
 {"name": "Door Assurance Scheme", "description": ["certifies fire doors"]}]
hedges = ["allegedly", "reportedly"]
lf = [{"claim": ["ordered every Duckmanton door to be removed"], "by": "the article itself ('That is incorrect: the scheme has asked building owners only to check the labels')"}]
numbers = [{"value": v, "fact": f} for v, f in [("6 March", "licence suspended"), ("14 batches", "without test records"), ("12 March", "files handed over"), ("four of the 14 batches", "covered by files per Challacombe"), ("230 of its members", "per guild"), ("71 installers", "per Duckmanton ledger"), ("58 people", "employees"), ("6.4 million pounds", "turnover")]]
ce = [{"cause": ["Because the move was rushed"], "effect": ["test sheets were scanned late"]}]
noise = ["TIMBER & JOINERY TRADES REVIEW | News | Issue 217, March 2026", "By Maudie Fosdyke, news editor", "Advertisement", "Pictured: A fire door awaiting inspection at a joinery workshop. (Stock image)", "Related: Fire door certification - what installers need to check", "Subscribe to the Review's weekly trade bulletin"]
notes = ("Original fictional trade-magazine news story. Denials: lede 'has moved to quash claims that'; Penkridge 'branded the summary \"out of date and out of context\"' + records 'turned up' (positively worded); 'was adamant that' (against the anonymous audit source); Challacombe 'contradicted Ms Penkridge's account ..., saying' only four batches; spokesman 'did not recognise the figure of 230'; 'would not be drawn on internal instructions, but said no door had been dispatched without ...' (against the anonymous joiner; the not-drawn part has no entry of its own since it shares the sentence). "
 "Admission phrased without an admission verb: 'made no attempt, however, to defend the firm's record-keeping, which she said had \"slipped badly\"' = confirm; her 'Because the move was rushed, test sheets were scanned late' = confirm (continuing the admission; borderline vs assert). Audit summary 'seen by the Review' = document source, no via; Challacombe 'told the Review' = the magazine itself, via Review (as eval-blind34's 'told Northwire'). Two anonymous sources (allegedly / reportedly, no via). Forum posts' removal order labelled false ('That is incorrect'). No-comment and accounts optional.")
build(N, notes, attrs, denials, anon, relays, descs, hedges, lf, [], numbers, ce, noise)
