from goldlib import A, build
N = "skarrow-scallop-reef-fisheries-correspondent"
B = ["Skarrow Inshore Fisheries Board", "board"]
T = ["Threlkeld", "chief officer"]
attrs = [
 A("board-lede-dismissed", "Skarrow Inshore Fisheries Board", B, "has dismissed claims that", "deny", ["quietly lifted its ban on dredging"]),
 A("threlkeld-no-licence", "Osric Threlkeld, the board's chief officer", T, "said", "deny", ["No licence has been issued for the reef zone"], q=True),
 A("threlkeld-ban-in-force", "Osric Threlkeld", ["Threlkeld", "He"], "He said", "assert", ["remained in force", "introduced in 2021"], q=True),
 A("poster-forty-tonnes", "the man who posted the video on a Saltinby fishing forum", ["man who posted it"], "wrote that", "assert", ["forty tonnes"], q=True, via=["forum"]),
 A("board-confirm-trackers", "Skarrow Inshore Fisheries Board", B, "did confirm", "confirm", ["switched off their satellite trackers"]),
 A("threlkeld-asked-explain", "Osric Threlkeld", ["Threlkeld"], "said", "assert", ["asked to explain themselves"]),
 A("pellowe-never-dredge", "Kenver Pellowe, director of Pellowe Shellfish", ["Kenver Pellowe", "director"], "told Fishing Lines Weekly", "deny", ["have never put a dredge inside the reef line"], q=True, via=["Fishing Lines Weekly"]),
 A("pellowe-wiring", "Kenver Pellowe", ["Pellowe", "He"], "He said", "assert", ["wiring fault"]),
 A("second-owner-nothing", "the owner of the second boat", ["owner of the second boat"], "said", "assert", ["nothing to add"], req=False),
 A("skipper-everyone-knows", "a skipper who fishes from Saltinby (unnamed)", ["skipper"], "said", "assert", ["everyone on the quay knows"], q=True, anon=True),
 A("sounder-private-meeting", "a person who was in the room, via the Saltinby Sounder", ["person who was in the room", "Saltinby Sounder"], "reported, citing", "assert", ["raised the night trips at a private meeting"], anon=True, h=True, via=["Saltinby Sounder"]),
 A("board-contested-account", "Skarrow Inshore Fisheries Board", B, "contested that account, saying that", "deny", ["no report of night dredging had reached it"]),
 A("trewhella-fresh-scars", "Ysella Trewhella, marine ecologist", ["Trewhella", "marine ecologist"], "said", "assert", ["fresh scars"], q=True),
 A("trewhella-not-fisherman", "Ysella Trewhella", ["Trewhella", "she"], "she said", "opinion", ["did not do that to itself"], q=True),
 A("benthica-no-marks", "Benthica Marine (survey for the board)", ["Benthica Marine", "survey"], "found", "assert", ["found no fresh dredge marks"]),
 A("trewhella-disputed", "Ysella Trewhella", ["Trewhella"], "disputed that survey, saying", "deny", ["the wrong corner of the reef"], q=True),
 A("hosking-open-grounds", "Locryn Hosking, harbourmaster", ["Hosking", "harbourmaster"], "insisted that", "deny", ["fished the open grounds east of the Carrack buoy"]),
 A("hosking-accepted", "Locryn Hosking", ["Hosking", "He"], "He accepted that", "confirm", ["filled in by the skippers themselves"]),
 A("merchants-blame", "some merchants", ["merchants"], "blame", "opinion", ["boats from outside the bay"], req=False),
 A("association-watching", "the merchants' association", ["merchants' association"], "said", "assert", ["watching closely"], q=True),
 A("threlkeld-expects-june", "Osric Threlkeld", ["Threlkeld"], "said he expected", "predict", ["by the end of June"], h=True),
 A("threlkeld-be-found", "Osric Threlkeld", ["Threlkeld"], "said", "assert", ["they will be found"], q=True),
 A("threlkeld-embarrassed", "Osric Threlkeld", ["Threlkeld"], "(continues the quote)", "opinion", ["rather be embarrassed than blind"], q=True, req=False),
]
attrs[3]["labelled_false"] = True
denials = [
 {"by": ["Skarrow Inshore Fisheries Board", "board"], "denied": ["quietly lifted its ban on dredging"], "note": "lede: 'has dismissed claims that it quietly lifted its ban'"},
 {"by": ["Threlkeld"], "denied": ["No licence has been issued for the reef zone"], "note": "said-X inversion: '\"No licence has been issued ...,\" said Osric Threlkeld'"},
 {"by": ["Kenver Pellowe"], "denied": ["have never put a dredge inside the reef line"], "note": "relayed through Fishing Lines Weekly"},
 {"by": ["board"], "denied": ["raised the night trips at a private meeting", "no report of night dredging had reached it"], "note": "'The board contested that account, saying that no report ... had reached it before 9 May' (against the Sounder's unnamed source)"},
 {"by": ["Trewhella"], "denied": ["survey", "the wrong corner of the reef"], "note": "'disputed that survey, saying its camera sled had covered \"the wrong corner of the reef\"'"},
 {"by": ["Hosking"], "denied": ["fished the open grounds east of the Carrack buoy"], "note": "positively worded rebuttal: every boat 'had fished the open grounds'"},
]
anon = [{"match": ["skipper"], "note": "a Saltinby skipper who asked not to be named"},
        {"match": ["person who was in the room", "Saltinby Sounder"], "note": "the Sounder, citing a person who was in the room; 'reportedly'"}]
relays = [{"speaker": ["Kenver Pellowe"], "outlets": ["Fishing Lines Weekly"], "note": "Pellowe -> Fishing Lines Weekly -> this article"},
          {"speaker": ["person who was in the room"], "outlets": ["Saltinby Sounder"], "note": "unnamed person -> Saltinby Sounder -> this article"}]
descs = [{"name": "Osric Threlkeld", "description": ["the board's chief officer"]}, {"name": "Pellowe Shellfish", "description": ["a family firm with four dredgers"]},
 {"name": "Ysella Trewhella", "description": ["a marine ecologist at the University of Penwithick", "has dived the reef since 2019"]},
 {"name": "Locryn Hosking", "description": ["The harbourmaster"]}]
hedges = ["reportedly", "appeared to show", "about a fifth", "expected", "up to"]
lf = [{"claim": ["forty tonnes"], "by": "the article itself ('That figure is wrong: harbour landing records for the whole bay show 11 tonnes')"}]
numbers = [{"value": v, "fact": f} for v, f in [("2021", "ban introduced"), ("11 tonnes", "landed in the bay in the two weeks"), ("2 May", "trackers switched off"),
  ("four dredgers", "Pellowe fleet"), ("9 May", "board says first report reached it"), ("11 May", "Benthica survey"), ("50,000 pounds", "maximum fine"), ("three nights a week", "patrol")]]
ce = [{"cause": ["wiring fault"], "effect": ["had failed"]}, {"cause": ["boats from outside the bay"], "effect": ["fallen by about a fifth"]}]
noise = ["FISHERIES", "By Merrin Colquhoun, Fisheries Correspondent", "Thursday 14 May 2026", "Photo: Dredgers tied up at Saltinby harbour on Tuesday morning.",
 "Trackers switched off", "What the divers found", "Read more: Why maerl beds take a century to grow back", "What happens next"]
notes = ("Original fictional fisheries correspondent's article (straight quotes). Noise: section line, byline, date line, 'Photo:' line, three subheads, 'Read more:' line. "
 "Pronoun sources: 'He said' (ban paragraph) = Threlkeld; 'He said' (wiring) = Pellowe; 'she said' = Trewhella; 'He accepted' = Hosking. The board's 'did confirm' is confirm; "
 "Hosking's 'He accepted that logbooks are filled in by the skippers themselves' is a required confirm (admission with a cue). Trewhella's 'I'm not a fisherman ... did not do that to itself' "
 "is an opinion, not a denial. Benthica's 'found no fresh dredge marks' is counter-evidence (assert). The forum poster's 'forty tonnes' is labelled false by the article. "
 "The skipper is anonymous; the Sounder's 'person who was in the room' is one anonymous entry with the Sounder as via (hedged 'reportedly'). The second boat owner's 'nothing to add' is optional.")
build(N, notes, attrs, denials, anon, relays, descs, hedges, lf, [], numbers, ce, noise)
