from goldlib import A, build
N = "frettenham-skate-park-podcast-transcript"
G = ["Mordaunt", "GUEST"]
attrs = [
 A("signal-lease", "the Frettenham Signal", ["Frettenham Signal", "Signal"], "reported", "assert", ["hand its lease back to the council"]),
 A("mordaunt-not-agreed", "Yestin Mordaunt (GUEST)", G, "(speaker label)", "deny", ["We have not agreed to hand anything back"]),
 A("mordaunt-2034", "Yestin Mordaunt", G, "(speaker label)", "assert", ["runs until 2034"], req=False),
 A("surveyor-close", "the insurer's surveyor", ["surveyor"], "said", "assert", ["had to close until it was repaired"]),
 A("video-failed", "a video going round", ["video"], "says", "assert", ["failed a safety inspection"]),
 A("mordaunt-passed", "Yestin Mordaunt", G, "(speaker label)", "deny", ["passed every ramp in the park"]),
 A("mordaunt-wrong", "Yestin Mordaunt", G, "(speaker label)", "deny", ["That's just wrong."], req=False),
 A("hartsoe-not-selling", "Cllr Ada Hartsoe, council leader (CLIP)", ["Hartsoe", "council leader"], "(clip label)", "deny", ["This council is not selling Mill Meadow"]),
 A("hartsoe-nonsense", "Cllr Ada Hartsoe", ["Hartsoe"], "(clip label)", "opinion", ["a lot of nonsense talked about Mill Meadow"], req=False),
 A("officer-pencilled", "an unnamed council officer, via the Signal", ["council officer", "Signal"], "quoted ... saying", "assert", ["pencilled in"], q=True, anon=True, via=["Signal"]),
 A("head-property-open-space", "the council's head of property", ["head of property"], "told me", "deny", ["shows Mill Meadow as open space"]),
 A("surveyor-18000", "the surveyor", ["surveyor"], "put it at", "assert", ["about £18,000"], h=True),
 A("mordaunt-insurance", "Yestin Mordaunt", G, "(speaker label)", "assert", ["can't get into the insurance side"], req=False),
 A("people-youth", "people (unnamed)", ["People"], "are saying", "assert", ["stopped the council's youth workers"], anon=True, req=False),
 A("mordaunt-never-happened", "Yestin Mordaunt", G, "(speaker label)", "deny", ["That never happened."], req=False),
 A("mordaunt-offered", "Yestin Mordaunt", G, "(speaker label)", "deny", ["offering them Tuesday evenings for free"]),
 A("dunmead-signal", "Corliss Dunmead, youth service manager", ["Dunmead", "manager"], "told the Signal", "deny", ["has never been refused anything by the trust"], q=True, via=["Signal"]),
 A("mordaunt-accept", "Yestin Mordaunt", G, "(speaker label)", "confirm", ["fair criticism and I accept it"]),
 A("host-not-lying", "Rafferty Lowry (HOST)", ["Lowry", "HOST"], "(speaker label)", "opinion", ["not saying anyone's lying"], req=False),
]
attrs[4]["labelled_false"] = True
denials = [
 {"by": ["Mordaunt"], "denied": ["hand its lease back", "We have not agreed to hand anything back"], "note": "the guest answers the Signal's report"},
 {"by": ["Mordaunt"], "denied": ["failed a safety inspection", "passed every ramp"], "note": "'That's just wrong.' + positive rebuttal"},
 {"by": ["Hartsoe"], "denied": ["selling Mill Meadow"], "note": "the council leader's clip"},
 {"by": ["head of property"], "denied": ["pencilled in", "open space"], "note": "told me (the guest): no via"},
 {"by": ["Mordaunt"], "denied": ["stopped the council's youth workers", "That never happened."], "note": "content-less 'That never happened.' optional + positive rebuttal"},
 {"by": ["Dunmead"], "denied": ["never been refused anything"], "note": "relayed: told the Signal"},
]
anon = [{"match": ["council officer", "Signal"], "note": "unnamed council officer quoted by the Signal"}]
relays = [{"speaker": ["Dunmead"], "outlets": ["Signal"], "note": "Dunmead -> Signal -> guest"}, {"speaker": ["council officer"], "outlets": ["Signal"], "note": "unnamed officer -> Signal"}]
descs = [{"name": "Yestin Mordaunt", "description": ["chairs the Frettenham Skate Park Trust"]}, {"name": "Ada Hartsoe", "description": ["council leader"]},
 {"name": "Corliss Dunmead", "description": ["Their manager"]}, {"name": "Rafferty Lowry", "description": ["HOST"]}]
hedges = ["about"]
lf = [{"claim": ["failed a safety inspection"], "by": "the guest ('That's just wrong. The annual inspection in November passed every ramp')"}]
numbers = [{"value": v, "fact": f} for v, f in [("2034", "lease end"), ("9 January", "surveyor visit"), ("£18,000", "repair"), ("£7,500", "trust's money"), ("20 January", "council meeting")]]
ce = [{"cause": ["the big bowl has a crack in it"], "effect": ["fences"]}]
noise = ["Recorded 21 January 2026. This transcript has been lightly edited for length and clarity.", "[END OF TRANSCRIPT]"]
notes = ("Original fictional podcast transcript (new whole-text form; earlier sets had podcast show notes only). Speaker labels: 'GUEST' / 'GUEST (Yestin Mordaunt)' = Mordaunt, "
 "'HOST' = Lowry, 'CLIP (Cllr Ada Hartsoe, ...)' = Hartsoe; a labelled turn is that speaker's statement (cue '(speaker label)'); the host's questions and relays of "
 "reports are given entries only for the report's source (the Signal, the video). 'told me' = told the guest: no via. Non-denials: 'I can't get into the insurance side' "
 "(optional), 'I accept it' (confirm), host's 'I'm not saying anyone's lying' (opinion, optional), the video's claim labelled false by the guest.")
build(N, notes, attrs, denials, anon, relays, descs, hedges, lf, [], numbers, ce, noise)
