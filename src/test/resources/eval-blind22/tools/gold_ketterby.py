from goldlib import *
N = "ketterby-road-bin-crews-union-circular"
S = ["Oglethorpe-Reid", "Branch Secretary"]
H = ["Hatherleigh", "Our chair"]
C = ["council spokeswoman", "spokeswoman"]
attrs = [
A("bugle-streets", "Hallowmere Bugle", ["Bugle"], "reported", "assert", ["leaving whole streets off their rounds"], q=True),
A("resident-missed", "a resident of Fallowfield Road quoted by the Bugle (unnamed)", ["resident"], "The paper quoted a resident ... who said", "assert", ["missed three weeks running"], anon=True, via=["Bugle"]),
A("secretary-on-record", "Danny Oglethorpe-Reid, Branch Secretary (the circular's author)", S, "Let me put this on the record:", "deny", ["no crew from Ketterby Road has missed a bin on purpose", "no instruction to do so"]),
A("fleet-log", "the council's fleet log", ["fleet log"], "which ... shows", "assert", ["split hydraulic hose"]),
A("editor-stands-by", "Frances Maudsley-Quaye, editor of the Hallowmere Bugle", ["Maudsley-Quaye", "editor"], "told us on the phone", "assert", ["stands by what the resident told us", "look again at the rest"], q=True),
A("management-agreed", "depot management", ["Management"], "told crews", "assert", ["branch had agreed the new four-day rota"]),
A("hatherleigh-answered", "Kwabena Hatherleigh, branch chair", H, "answered that at the gate (content-less)", "deny", ["answered that at the gate"], req=False),
A("hatherleigh-never-signed", "Kwabena Hatherleigh", H, "said (said-X inversion)", "deny", ["The branch has never signed that rota", "a vote of 41 to 3"], q=True),
A("hatherleigh-ready", "Kwabena Hatherleigh", H, "He added", "assert", ["ready to talk about a rota tomorrow"], q=True),
A("facebook-privatise", "a post on a Hallowmere community Facebook page", ["post", "Facebook page"], "says", "assert", ["private contractor", "three loaders to two"], anon=True, via=["Facebook page"]),
A("venmore-no-contract", "Anjali Venmore-Quill, the council's head of waste services", ["Venmore-Quill", "head of waste services"], "told the Bugle", "deny", ["no contract for refuse collection is being drafted", "invited to bid for one"], q=True, via=["Bugle", "Radio Hallowmere"]),
A("radio-relay", "Radio Hallowmere reading out Venmore-Quill's comments", ["Radio Hallowmere"], "in comments later read out on", "deny", ["no contract for refuse collection is being drafted"], q=True, via=["Bugle", "Radio Hallowmere"], req=False),
A("spokeswoman-misreading", "a council spokeswoman", C, "called the loaders story", "deny", ["a misreading of a spreadsheet"], q=True),
A("spokeswoman-no-loader", "the council spokeswoman", C, "she said", "deny", ["No loader's job is being cut"], q=True),
A("supervisor-floated", "one supervisor who asked not to be named", ["supervisor"], "has told the branch", "assert", ["floated in a meeting last autumn and dropped"], q=True, anon=True),
A("quarmby-expects", "Siobhan Quarmby-Lutz, regional organiser", ["Quarmby-Lutz", "regional organiser"], "expects", "predict", ["come back to the table"], q=True, h=True),
A("management-no-tell", "depot management", ["Management"], "would not tell us", "assert", ["would not tell us whether it will start in April"], req=False),
]
denials = [
 {"by": ["Oglethorpe-Reid", "Branch Secretary"], "denied": ["leaving whole streets off their rounds", "missed a bin on purpose"], "note": "The circular author's colon cue 'Let me put this on the record:' against the Bugle's go-slow story; cause given from the fleet log."},
 {"by": ["Hatherleigh"], "denied": ["branch had agreed the new four-day rota", "never signed that rota"], "note": "'answered that at the gate' (optional) + said-X inversion with a description after the name."},
 {"by": ["Venmore-Quill"], "denied": ["private contractor", "no contract for refuse collection is being drafted"], "note": "Relayed: told the Bugle, read out on Radio Hallowmere."},
 {"by": ["council spokeswoman", "spokeswoman"], "denied": ["three loaders to two", "No loader's job is being cut"], "note": "Description 'a misreading of a spreadsheet' + 'she said' quote (both required)."},
]
anon = [
 {"match": ["resident"], "note": "an unnamed Fallowfield Road resident quoted by the Bugle"},
 {"match": ["post", "Facebook page"], "note": "a Facebook post shared more than 600 times"},
 {"match": ["supervisor"], "note": "one supervisor, who asked the branch not to print his name"},
]
relays = [{"speaker": ["Venmore-Quill"], "outlets": ["Bugle", "Radio Hallowmere"], "note": "Venmore-Quill -> Hallowmere Bugle -> Radio Hallowmere -> this circular"},
          {"speaker": ["resident"], "outlets": ["Bugle"], "note": "resident -> the Bugle -> this circular"}]
descs = [
 {"name": "Danny Oglethorpe-Reid", "description": ["Branch Secretary"]},
 {"name": "Frances Maudsley-Quaye", "description": ["Its editor"]},
 {"name": "Kwabena Hatherleigh", "description": ["Our chair", "who has driven the Ketterby Road recycling round for 17 years"]},
 {"name": "Anjali Venmore-Quill", "description": ["The council's head of waste services"]},
 {"name": "Siobhan Quarmby-Lutz", "description": ["Our regional organiser"]},
]
hedges = ["expects", "more than 600"]
lf = [{"claim": ["leaving whole streets off their rounds"], "by": "the branch secretary; the fleet log gives the lorry breakdown as cause"}]
numbers = [{"value": "19 March", "fact": "branch meeting"}, {"value": "three weeks", "fact": "lorry off the road / bin missed"}, {"value": "6 March", "fact": "management briefing"},
 {"value": "9 February", "fact": "branch meeting that voted on the rota"}, {"value": "41 to 3", "fact": "vote against the rota"}, {"value": "17 years", "fact": "Hatherleigh on the round"},
 {"value": "600", "fact": "shares of the Facebook post"}, {"value": "9 April", "fact": "ballot opens"}, {"value": "2 April", "fact": "wrong ballot date in Circular 13"}]
ce = [{"cause": ["split hydraulic hose"], "effect": ["Fallowfield Road was missed"]}]
noise = ["FEDERATION OF PUBLIC SERVICE WORKERS | HALLOWMERE BRANCH", "Branch Circular No. 14/2026", "To: all members at Ketterby Road depot (refuse, recycling and garden waste crews)",
 "From: Danny Oglethorpe-Reid, Branch Secretary", "Date: 11 March 2026", "Please display on depot noticeboards. Not for publication.", "Colleagues,",
 "1. \"Crews are missing bins on purpose\"", "2. The rota", "3. Privatisation and the loaders", "A correction", "Looking ahead", "In solidarity,", "Danny Oglethorpe-Reid",
 "Branch Secretary, Hallowmere Branch", "Branch office: 01924 555 0147 | hallowmere.branch@fpsw.example.org"]
notes = ("Trade union branch circular in the branch secretary's first person plural/singular (straight quotes). Noise: union masthead, circular number, To/From/Date lines, display notice, greeting, numbered heads, sign-off, office line. "
 "The author has an entry only where a cue marks the statement ('Let me put this on the record:'). 'told us on the phone', 'has told the branch' and 'would not tell us' name the circular's own author: no via. "
 "Pronoun and role sources: 'He added' = Hatherleigh; 'she said' = the council spokeswoman; 'Its editor' = the Bugle's editor; 'The paper' = the Bugle. "
 "Non-denials: the editor 'stands by what the resident told us' (standing by a report, assert), 'They have not replied' (article voice), the 'A correction' paragraph (the circular correcting itself, article voice), "
 "'would not tell us whether' (refusal, optional), the organiser's prediction, the anonymous supervisor's 'floated ... and dropped' (a partial confirmation of the idea, assert).")
build(N, notes, attrs, denials, anon, relays, descs, hedges, lf, [], numbers, ce, noise)
