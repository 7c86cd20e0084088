from goldlib import A, build
N = "pennistow-market-garden-appeal-press-summary"
D = ["Delphy"]
O = ["Ormerind", "Lady Justice Ormerind"]
attrs = [
 A("letter-alleged", "an anonymous letter to the committee", ["anonymous letter", "letter"], "alleged that", "assert", ["connected a hosepipe to the mains supply at night"], anon=True),
 A("delphy-always-denied", "Mrs Aveline Delphy, appellant", D, "has always denied that", "deny", ["she took any water from the mains"]),
 A("delphy-never-touched", "Mrs Aveline Delphy", D, "she said in her witness statement", "deny", ["I have never touched that tap"], q=True, via=["witness statement"]),
 A("delphy-decided-before", "Mrs Aveline Delphy", D + ["She"], "She also said that", "assert", ["had decided to expel her before it heard her side", "complained about the chair's new shed"]),
 A("society-denied-vote", "Pennistow and District Market Garden Society", ["society", "Market Garden Society"], "denied that ..., saying that", "deny", ["the vote was taken before her hearing on 9 May", "had met only once that month"]),
 A("society-accepted-minutes", "Pennistow and District Market Garden Society", ["society"], "accepted that", "confirm", ["no minutes were kept"]),
 A("plot-holder-hose", "a plot holder not named in the judgment", ["plot holder"], "told the committee", "assert", ["a green hose running to plot 17"], q=True, anon=True),
 A("tallantire-no-quarrel", "Mr Lancelyn Tallantire, the society's chair", ["Tallantire", "chair"], "said in evidence", "deny", ["played no part", "no quarrel with Mrs Delphy"], q=True),
 A("county-judge-dismissed", "the judge in the County Court", ["judge in the County Court", "County Court", "judge"], "dismissed", "deny", ["dismissed Mrs Delphy's claim"], req=False),
 A("ormerind-rejected", "Lady Justice Ormerind", O, "rejected the society's argument that", "deny", ["rule 14 allowed the committee to expel a member without hearing her first"]),
 A("ormerind-rule-14", "Lady Justice Ormerind", O + ["Rule 14"], "(continues the reasons)", "assert", ["cannot be satisfied by a hearing held after the decision has been made"], q=True, req=False),
 A("brenchfield-no-sign", "Mr Ebenezer Brenchfield, the water company's meter engineer", ["Brenchfield", "meter engineer"], "said in evidence", "assert", ["showed no sign of interference"]),
 A("ormerind-untrue", "Lady Justice Ormerind", O, "held", "deny", ["was therefore untrue"]),
 A("court-no-view", "the Court of Appeal", ["Court"], "expresses no view", "assert", ["expresses no view on whether Mrs Delphy took water"], req=False),
]
denials = [
 {"by": ["Delphy"], "denied": ["connected a hosepipe to the mains supply", "she took any water from the mains", "I have never touched that tap"], "note": "'has always denied that she took any water from the mains' + her witness statement quote"},
 {"by": ["society"], "denied": ["had decided to expel her before it heard her side", "the vote was taken before her hearing on 9 May"], "note": "'The society denied that the vote was taken before her hearing ..., saying that ...'"},
 {"by": ["Tallantire"], "denied": ["complained about the chair's new shed", "played no part"], "note": "the chair's evidence that her complaint about his shed 'played no part'"},
 {"by": ["Ormerind"], "denied": ["rule 14 allowed the committee to expel a member without hearing her first"], "note": "the lead judge rejected the society's argument"},
 {"by": ["Ormerind"], "denied": ["tampered with", "was therefore untrue"], "note": "the anonymous letter's meter claim held untrue, after the engineer's evidence"},
]
anon = [{"match": ["anonymous letter"], "note": "the anonymous letter to the committee"}, {"match": ["plot holder"], "note": "a plot holder not named in the judgment"}]
descs = [{"name": "Aveline Delphy", "description": ["held plot 17 at the society's Brook Lane site for 22 years"]}, {"name": "Lancelyn Tallantire", "description": ["the society's chair"]},
 {"name": "Ebenezer Brenchfield", "description": ["The water company's meter engineer"]}, {"name": "Lady Justice Ormerind", "description": ["gives the lead judgment"]}]
lf = [{"claim": ["tampered with"], "by": "Lady Justice Ormerind ('was therefore untrue')"}]
numbers = [{"value": v, "fact": f} for v, f in [("plot 17", "Mrs Delphy's plot"), ("22 years", "how long she held it"), ("May 2024", "expulsion"), ("9 May", "her hearing"), ("[2026] EWCA Civ 214", "neutral citation"), ("24 March 2026", "judgment given")]]
ce = [{"cause": ["showed no sign of interference"], "effect": ["was therefore untrue"]}]
noise = ["PRESS SUMMARY", "Court of Appeal (Civil Division)", "Delphy v Pennistow and District Market Garden Society [2026] EWCA Civ 214", "On appeal from the County Court at Harlowby",
 "Judges: Lady Justice Ormerind, Lord Justice Pashley and Lady Justice Quintrell", "Judgment given on 24 March 2026", "Background to the appeal", "The issues", "Judgment", "Reasons for the judgment",
 "References in square brackets are to paragraphs in the judgment.",
 "NOTE: This summary is provided to help in understanding the Court's decision. It does not form part of the reasons for the decision. The full judgment of the Court is the only authoritative document."]
notes = ("Original fictional court press summary of a judgment (new whole-text form). The summary's own voice (background, issues, 'The Court of Appeal unanimously allows the appeal', the order) is article voice. "
 "'She also said' = Delphy; 'the judge in the County Court' is a different judge from Lady Justice Ormerind; 'Rule 14 requires ...' is Ormerind's uncued reasoning (optional). "
 "Denials: Delphy's 'has always denied that' and her witness statement (via 'witness statement'), the society's 'denied that ..., saying that', the chair's 'played no part' (against the shed motive), "
 "Ormerind's 'rejected the society's argument that', and 'was therefore untrue, Lady Justice Ormerind held' (labels the anonymous letter's 'tampered with' false). "
 "Non-denials: 'The society accepted that no minutes were kept' (confirm), the engineer's 'showed no sign of interference' (counter-evidence, assert), 'The Court expresses no view' (optional), "
 "the County Court judge's dismissal of the claim (a ruling; optional deny), the anonymous letter and the unnamed plot holder (anonymous).")
build(N, notes, attrs, denials, anon, [], descs, [], lf, [], numbers, ce, noise)
