from goldlib import A, build
N = "ruddervale-nitrate-study-science-correspondent"
attrs = [
 A("study-61", "a study in the Journal of Applied Hydrochemistry", ["study", "Journal of Applied Hydrochemistry"], "reported", "assert", ["61 milligrams per litre"]),
 A("hushwell-samples", "Dr Melisande Hushwell, lead author, Glenrothy University", ["Hushwell", "lead author"], "said", "assert", ["412 samples from 38 homes"]),
 A("ruddervale-denied", "Ruddervale Water", ["Ruddervale Water"], "denied that ..., saying", "deny", ["broken the limit at any point in that period", "never found more than 42 milligrams"]),
 A("stirrop-called", "Dr Osgood Stirrop, head of water quality", ["Stirrop", "head of water quality"], "called the findings", "deny", ["a measurement of the kettle, not the tap"], q=True),
 A("stirrop-standpipes", "Dr Osgood Stirrop", ["Stirrop"], "He said", "deny", ["garden standpipes"]),
 A("stirrop-every-standard", "Dr Osgood Stirrop", ["Stirrop"], "Dr Stirrop said", "deny", ["Our water has met every standard set for it this year"], q=True),
 A("lab-scientist-anon", "a scientist at the regional testing laboratory who asked not to be named", ["scientist at the regional testing laboratory", "Chronicle"], "told the Chronicle", "assert", ["two or three spikes"], q=True, h=True, anon=True, via=["Chronicle"]),
 A("hushwell-accepted", "Dr Melisande Hushwell", ["Hushwell"], "accepted that", "confirm", ["sampled from outside taps rather than kitchen taps"]),
 A("hushwell-still-above", "Dr Melisande Hushwell", ["Hushwell"], "She said that", "assert", ["still left readings above 50 milligrams"]),
 A("hushwell-stand-by", "Dr Melisande Hushwell", ["Hushwell"], "she said", "assert", ["We stand by every number in that paper"], q=True),
 A("oakenshaw-letter", "Pellam Oakenshaw, Ruddervale Water chief executive", ["Oakenshaw", "chief executive", "Ruddervale Water"], "In a letter to the journal, rejected the paper's claim that ..., stating that", "deny", ["families had been put at risk", "describe no tap that anyone drinks from"], via=["letter", "journal"]),
 A("gallowcroft-not", "Professor Alvar Kesterby, hydrologist, Crookhallow Institute", ["Kesterby", "hydrologist"], "said", "opinion", ["not something a single study of 38 homes can settle"], q=True),
 A("gallowcroft-three-months", "Professor Alvar Kesterby", ["Kesterby"], "He said ..., which he estimated", "assert", ["test the same taps on the same days", "about three months"]),
 A("wsa-no-comment", "the Water Standards Authority", ["Water Standards Authority"], "declined to comment", "assert", ["declined to comment while it reviews both sets of data"], req=False),
 A("thurgood-peer-review", "Dr Corvin Thurgood, the journal's editor", ["Thurgood", "editor"], "said", "assert", ["normal peer review", "received the company's letter"], q=True),
]
denials = [
 {"by": ["Ruddervale Water"], "denied": ["broken the limit at any point in that period"], "note": "denial verb with counter-figure (42 milligrams), one entry"},
 {"by": ["Stirrop"], "denied": ["a measurement of the kettle, not the tap"], "note": "'called the findings ...' verdict"},
 {"by": ["Stirrop"], "denied": ["garden standpipes", "Our water has met every standard set for it this year"], "note": "positively worded explanation of the high readings + said-X inversion"},
 {"by": ["Oakenshaw"], "denied": ["families had been put at risk"], "note": "via a letter to the journal: 'rejected the paper's claim that ...'"},
]
anon = [{"match": ["scientist at the regional testing laboratory"], "note": "who asked not to be named, told the Chronicle; the company's monitoring reportedly showed spikes"}]
relays = [{"speaker": ["scientist at the regional testing laboratory"], "outlets": ["Chronicle"], "note": "unnamed scientist -> the Chronicle (this paper)"}]
descs = [{"name": "Melisande Hushwell", "description": ["lead author", "Glenrothy University"]}, {"name": "Osgood Stirrop", "description": ["head of water quality"]},
 {"name": "Pellam Oakenshaw", "description": ["chief executive"]}, {"name": "Alvar Kesterby", "description": ["a hydrologist at the Crookhallow Institute", "who was not involved in the study"]},
 {"name": "Water Standards Authority", "description": ["which regulates suppliers"]}, {"name": "Corvin Thurgood", "description": ["The journal's editor"]}]
hedges = ["reportedly", "up to", "about", "usually", "can be"]
numbers = [{"value": v, "fact": f} for v, f in [("61 milligrams per litre", "highest nitrate reading in the study"), ("50", "legal limit, milligrams per litre"), ("412 samples", "samples collected"), ("38 homes", "homes sampled"), ("42 milligrams per litre", "company's highest reading"), ("nine of the 38 homes", "homes sampled from outside taps"), ("three months", "time for joint testing, Kesterby's estimate")]]
ce = [{"cause": ["fertiliser washed off farmland"], "effect": ["Nitrate in drinking water"]}]
noise = ["SCIENCE", "By Zinnia Crannock, Science Correspondent", "Thursday 9 April 2026",
 "Photo caption: Water samples waiting to be tested at a laboratory in Glenrothy. (Picture: Folliott Yarncliffe)",
 "What the researchers say", "Read more: How to find out what is in your tap water"]
notes = ("Original fictional science correspondent's report. 'Its lead author' = Hushwell; 'He said' (standpipes) and 'Dr Stirrop said' = Stirrop; 'She said', 'she said' = Hushwell; 'He said ... he estimated' = Kesterby. "
 "Denials: Ruddervale Water's denial verb with counter-figure, Stirrop's 'called the findings', his positively worded standpipe explanation and said-X inversion, Oakenshaw's letter to the journal. "
 "Non-denials: Hushwell 'accepted that' (admission, confirm), Kesterby's 'not something a single study ... can settle' (opinion with 'not'), the Authority's no-comment (optional). The nitrate/fertiliser sentence is article voice. Headline gets no entry.")
build(N, notes, attrs, denials, anon, relays, descs, hedges, [], [], numbers, ce, noise)
