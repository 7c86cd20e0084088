from goldlib import A, build
N = "dunmerrow-recycling-fire-radio-bulletin"
WF = ["Winterflood", "group manager"]
RK = ["Rookwell", "managing director", "Carradine"]
attrs = [
 A("fire-service-unhurt", "Hartmoor Fire and Rescue", ["Hartmoor Fire and Rescue", "Fire and Rescue"], "says", "assert", ["nobody was hurt"]),
 A("posts-asbestos", "posts shared widely on social media", ["Posts", "social media"], "claimed", "assert", ["the smoke contained asbestos"]),
 A("winterflood-nothing", "Blaise Winterflood, fire service group manager", WF + ["fire service"], "told Hartmoor Sound there was nothing in that", "deny", ["there was nothing in that"], via=["Hartmoor Sound"]),
 A("winterflood-readings", "Blaise Winterflood", WF, "he said", "deny", ["showed no asbestos fibres at all"]),
 A("winterflood-windows", "Blaise Winterflood", WF, "(first sentence of the quote) Mr Winterflood said", "opinion", ["people were right to keep their windows shut"], q=True),
 A("winterflood-paper", "Blaise Winterflood", WF, "Mr Winterflood said", "deny", ["it was smoke from paper and plastic, and nothing more"], q=True),
 A("rookwell-no-sheets", "Jacinta Rookwell, Carradine Recycling managing director", RK, "said the plant had not taken in", "deny", ["had not taken in roofing sheets or any other asbestos waste"]),
 A("rookwell-licensed", "Jacinta Rookwell", RK, "She said", "assert", ["licensed for paper, card and plastics only"], req=False),
 A("clean-air-third", "Dunmerrow Clean Air residents' group", ["Dunmerrow Clean Air", "Residents' group"], "says", "assert", ["the third fire at the plant in a year"]),
 A("rookwell-miscount", "Jacinta Rookwell", RK, "said that was simply a miscount", "deny", ["that was simply a miscount", "small bin fires put out by staff within minutes"]),
 A("rookwell-first", "Jacinta Rookwell", RK, "she said (split quote)", "deny", ["is the first fire that has needed a single fire engine"], q=True),
 A("worker-sprinklers", "a former worker who did not want to be identified", ["former worker", "worker"], "told Hartmoor Sound", "assert", ["switched off last month to save money"], h=True, anon=True, via=["Hartmoor Sound"]),
 A("winterflood-sprinklers", "Blaise Winterflood", WF, "said his crews found", "deny", ["found the sprinklers working when they arrived"]),
 A("rookwell-two-hours", "Jacinta Rookwell", RK, "confirmed", "confirm", ["took two hours to tell neighbours about the fire"]),
 A("rookwell-doors", "Jacinta Rookwell", RK, "she said", "confirm", ["We should have been knocking on doors by eleven"], q=True),
 A("council-no-comment", "the council's environmental health team", ["environmental health"], "declined to comment", "assert", ["declined to comment until it has seen"], req=False),
 A("listeners-school", "some listeners", ["listeners"], "have been messaging the station to say", "assert", ["Dunmerrow Primary School is closed today"]),
 A("winterflood-stay", "Blaise Winterflood", WF, "said crews would", "predict", ["stay at the site for at least two more days"]),
]
denials = [
 {"by": ["Winterflood"], "denied": ["the smoke contained asbestos"], "note": "Winterflood 'told Hartmoor Sound there was nothing in that' + air readings showed no asbestos fibres + quoted 'But it was smoke from paper and plastic, and nothing more'"},
 {"by": ["Rookwell"], "denied": ["the smoke contained asbestos"], "note": "second party, same claim: 'said the plant had not taken in roofing sheets or any other asbestos waste since it opened in 2016'"},
 {"by": ["Rookwell"], "denied": ["the third fire at the plant in a year"], "note": "same denier, second claim: 'said that was simply a miscount' + split quote 'This,' she said, 'is the first fire that has needed a single fire engine.'"},
 {"by": ["Winterflood"], "denied": ["switched off last month to save money"], "note": "Winterflood 'said his crews found the sprinklers working' (positively worded, against the anonymous former worker); Winterflood also denies two claims"},
]
anon = [{"match": ["former worker"], "note": "former worker who did not want to be identified, told Hartmoor Sound (reportedly)"}]
relays = [{"speaker": ["former worker"], "outlets": ["Hartmoor Sound"], "note": "anonymous worker -> the station itself"}, {"speaker": ["Winterflood"], "outlets": ["Hartmoor Sound"], "note": "told the station itself"}]
descs = [{"name": "Blaise Winterflood", "description": ["group manager"]}, {"name": "Jacinta Rookwell", "description": ["managing director"]}, {"name": "Dunmerrow Clean Air", "description": ["Residents' group"]}]
hedges = ["reportedly"]
lf = [{"claim": ["Dunmerrow Primary School is closed today"], "by": "the article itself ('That's not right. The school is open as normal.')"}]
numbers = [{"value": v, "fact": f} for v, f in [("just after ten last night", "start"), ("60 firefighters", "crews"), ("11 engines", "engines"), ("2016", "plant opened"), ("third fire", "residents' claim"), ("two hours", "delay telling neighbours"), ("by eleven", "doors"), ("at least two more days", "crews stay")]]
ce = [{"cause": ["to save money"], "effect": ["switched off last month"]}, {"cause": ["the sprinklers working"], "effect": ["helped stop the fire spreading to the main shed"]}, {"cause": ["because of the smoke"], "effect": ["Dunmerrow Primary School is closed today"]}]
noise = ["Hartmoor Sound 97.4 FM | Newsroom", "08:00 bulletin, Monday 22 February 2027", "Read by Domenica Gansey", "Travel and weather after the news.", "Sport is coming up next.", "Listen again on the Hartmoor Sound app."]
notes = ("Original fictional local radio news bulletin written as prose (not a transcript of speakers' lines). Station line, bulletin timestamp, 'Read by' line and the presenter's links ('Travel and weather after the news.', 'Sport is coming up next.', 'Listen again ...') are noise; 'Good morning.' opens the first paragraph and gets no entry. "
 "Denials: Winterflood 'told Hartmoor Sound there was nothing in that' + 'Air readings ... showed no asbestos fibres at all, he said' + two-sentence quote named once ('people were right to keep their windows shut' opinion; 'But it was smoke from paper and plastic, and nothing more' required deny); Rookwell 'said the plant had not taken in roofing sheets or any other asbestos waste' (second party, same claim; 'licensed for paper, card and plastics only' optional assert); Rookwell 'said that was simply a miscount' + split quote 'This,' she said, 'is the first fire ...' (same denier, second claim); Winterflood 'said his crews found the sprinklers working' (positively worded, against the anonymous former worker; Winterflood also denies two claims). "
 "'told Hartmoor Sound' names the station itself: via for Winterflood and the anonymous worker ('reportedly'). Admission: 'Ms Rookwell confirmed the company took two hours to tell neighbours' + quoted 'We should have been knocking on doors by eleven' (required confirm). Listeners' school-closed messages labelled false ('That's not right.'); listeners = required assert, not anonymous-flagged. Council environmental health no-comment optional.")
build(N, notes, attrs, denials, anon, relays, descs, hedges, lf, [], numbers, ce, noise)
