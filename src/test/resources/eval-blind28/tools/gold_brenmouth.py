from goldlib import A, build
N = "brenmouth-tram-extension-written-answer"
M = ["Brightlaw", "Minister of State"]
attrs = [
 A("tunstead-question", "Alderic Tunstead MP", ["Tunstead"], "To ask", "assert", ["whether the Brenmouth tram extension to Calverwick has been cancelled"], req=False),
 A("murrelby-question", "Hamnet Murrelby MP", ["Murrelby"], "To ask", "assert", ["how much has been paid to date"], req=False),
 A("minister-not-cancelled", "Teodora Brightlaw, Minister of State (the answer's 'I')", M, "I can assure the hon. Member", "deny", ["the extension has not been cancelled"]),
 A("star-written-off", "the Brenmouth Evening Star", ["Evening Star"], "report", "assert", ["written off"], q=True),
 A("signarc-software", "Signarc Systems", ["Signarc"], "has told my officials", "deny", ["not in the trackside equipment"]),
 A("gyrfalcon-no-damage", "Gyrfalcon Rail Assurance, independent assessor", ["Gyrfalcon Rail Assurance", "assessor"], "reported", "assert", ["found no damage to any trackside signal"]),
 A("official-2029", "an unnamed official, via the Brenmouth Evening Star", ["unnamed official", "newspaper"], "claims ... attributed to", "assert", ["slipped to 2029"], anon=True, h=True, via=["newspaper"]),
 A("minister-no-comment", "Teodora Brightlaw", M, "I do not comment", "assert", ["I do not comment on anonymous briefings"], req=False),
 A("minister-spring-2028", "Teodora Brightlaw", M, "I can confirm", "confirm", ["spring 2028"], h=True),
 A("operator-no-driver", "Brenmouth Metro Trams (operator)", ["Brenmouth Metro Trams", "operator"], "has stated publicly", "deny", ["no driver has been asked to run trams"]),
 A("ors-no-report", "Office of Rail Safety", ["Office of Rail Safety"], "has told my officials", "assert", ["received no report of such an instruction"]),
 A("gawthorpe-rejecting", "Bertil Gawthorpe, Mayor of the Brenmouth Combined Authority", ["Gawthorpe", "Mayor"], "wrote to me ... rejecting", "deny", ["had stopped paying its share of the cost"]),
 A("gawthorpe-paid", "Bertil Gawthorpe", ["Gawthorpe", "he"], "he said", "assert", ["£3.2 million"]),
 A("haskett-solvent", "Ulric Haskett, Signarc chief executive", ["Haskett", "chief executive"], "told the Brenmouth Evening Star", "deny", ["is solvent, profitable and going nowhere"], q=True, via=["Brenmouth Evening Star"]),
 A("department-not-accept", "the Department", ["Department"], "does not accept", "opinion", ["fault of any one party"], req=False),
 A("minister-not-appropriate", "Teodora Brightlaw", M, "It would not be appropriate", "assert", ["not be appropriate for me to comment"], req=False),
]
attrs[3]["labelled_false"] = True
denials = [
 {"by": ["Brightlaw", "Minister of State"], "denied": ["cancelled", "the extension has not been cancelled"], "note": "'I can assure the hon. Member ... that the extension has not been cancelled'"},
 {"by": ["Signarc"], "denied": ["trackside equipment"], "note": "faults 'in the signalling software, not in the trackside equipment' (told my officials: no via)"},
 {"by": ["Brenmouth Metro Trams"], "denied": ["no driver has been asked"], "note": "operator 'has stated publicly'"},
 {"by": ["Gawthorpe"], "denied": ["stopped paying its share"], "note": "'wrote to me ... rejecting any suggestion that'"},
 {"by": ["Haskett"], "denied": ["financial difficulty", "solvent, profitable and going nowhere"], "note": "positive rebuttal relayed through the Evening Star"},
]
anon = [{"match": ["unnamed official"], "note": "claims in the Evening Star attributed to an unnamed official"}]
relays = [{"speaker": ["Haskett"], "outlets": ["Brenmouth Evening Star"], "note": "Haskett -> Evening Star -> written answer"}]
descs = [{"name": "Teodora Brightlaw", "description": ["Minister of State for Regional Transport"]}, {"name": "Gyrfalcon Rail Assurance", "description": ["independent assessor"]},
 {"name": "Bertil Gawthorpe", "description": ["Mayor of the Brenmouth Combined Authority"]}, {"name": "Ulric Haskett", "description": ["chief executive"]},
 {"name": "Alderic Tunstead", "description": ["Brenmouth East"]}]
hedges = ["expected", "about", "around"]
lf = [{"claim": ["written off"], "by": "the minister ('The Evening Star's report that the Department had \"written off\" the extension is not correct')"}]
numbers = [{"value": v, "fact": f} for v, f in [("£11.4 million", "paid to Signarc"), ("£13 million", "contract"), ("£1.6 million", "held back"), ("30 April", "software fix"),
  ("5 February", "assessor report"), ("14 months", "delay"), ("£3.2 million", "authority payment"), ("4.6 kilometres", "extension length"), ("9,000", "daily passengers")]]
ce = [{"cause": ["until the system passes its final tests"], "effect": ["held back"]}]
noise = ["Written answer, Department for Regional Transport", "UIN 40217 and UIN 40233, tabled on 2 February 2026", "Question (UIN 40217)", "Question (UIN 40233)",
 "Asked by Alderic Tunstead MP (Brenmouth East)", "Asked by Hamnet Murrelby MP (Calverwick and Stennow)", "Answer",
 "Answered on 9 February 2026 by Teodora Brightlaw, Minister of State for Regional Transport"]
notes = ("Original fictional parliamentary written answer (new whole-text form). The answer's 'I' is the minister named in the 'Answered ... by' line; the department's "
 "uncued 'we' narration ('We have paid ...') gets no entry. The questions are optional entries. 'told my officials', 'wrote to me' name the author: no via. "
 "'the same newspaper' = the Brenmouth Evening Star. Non-denials: 'I do not comment on anonymous briefings' and 'It would not be appropriate' (refusals, optional), "
 "'I can confirm' (confirm), 'I have no reason to doubt' (no entry), 'does not accept that the delay is the fault' (opinion, optional), the Office of Rail Safety's "
 "'received no report' and Gyrfalcon's 'found no damage' (counter-evidence, assert), the Star's 'written off' labelled false by the minister.")
build(N, notes, attrs, denials, anon, relays, descs, hedges, lf, [], numbers, ce, noise)
