from goldlib import A, build
N = "hollybeck-lodge-fire-improvement-notice"
P = ["Pitkeathly", "registered manager"]
attrs = [
 A("complaint-alleged", "an anonymous complaint to the Authority", ["anonymous complaint", "complaint"], "alleging that", "assert", ["were being wedged open at night", "before its fire alarm was working"], anon=True),
 A("pitkeathly-denied", "Ms Hannelore Pitkeathly, registered manager", P, "denied that", "deny", ["staff had been told to wedge doors open"]),
 A("pitkeathly-storeroom", "Ms Hannelore Pitkeathly", ["Pitkeathly", "She"], "She stated that", "deny", ["taken from a storeroom by a visiting contractor"], req=False),
 A("night-staff-propped", "a member of the night staff (name not recorded)", ["night staff", "member of the night staff"], "told the inspecting officer", "assert", ["propped every night"], q=True, anon=True),
 A("pitkeathly-described", "Ms Hannelore Pitkeathly", ["Pitkeathly"], "described that account as", "deny", ["not how this home has ever been run"], q=True),
 A("brandwhistle-no-resident", "Mr Caius Brandwhistle, Sunvessel's regional director", ["Brandwhistle", "regional director"], "stated that", "deny", ["no resident had slept in the annexe"]),
 A("vantrell-confirmed", "Vantrell Systems, the alarm installer", ["Vantrell", "alarm installer"], "confirmed in writing that", "confirm", ["commissioned and tested on 19 January"]),
 A("company-accepted", "Sunvessel Care Ltd (the responsible person)", ["company", "Sunvessel"], "accepted that", "confirm", ["should have been reviewed in 2024"]),
 A("gammage-rejected", "Gammage Thorne LLP, Sunvessel's solicitors", ["Gammage Thorne", "solicitors"], "In a letter ... rejected", "deny", ["one night worker had been left alone with 31 residents", "three waking staff on every night in January"], q=True, via=["letter"]),
 A("pitkeathly-bad-faith", "Ms Hannelore Pitkeathly", ["Pitkeathly"], "said she did not think", "opinion", ["had been made in bad faith"]),
]
denials = [
 {"by": ["Pitkeathly"], "denied": ["staff had been told to wedge doors open"], "note": "3.1 'denied that staff had been told to wedge doors open' (against the complaint); the storeroom explanation is an optional deny"},
 {"by": ["Pitkeathly"], "denied": ["propped every night", "not how this home has ever been run"], "note": "3.3 'described that account as \"not how this home has ever been run\"' against the unnamed night worker (3.2)"},
 {"by": ["Brandwhistle"], "denied": ["residents had been moved into the new garden annexe", "no resident had slept in the annexe"], "note": "3.4, against the anonymous complaint"},
 {"by": ["Gammage Thorne", "solicitors"], "denied": ["one night worker had been left alone with 31 residents"], "note": "3.7, in a letter (via), positive detail 'three waking staff on every night'"},
]
anon = [{"match": ["anonymous complaint"], "note": "the complaint of 2 February"}, {"match": ["night staff"], "note": "a member of the night staff who asked that their name not be recorded"}]
descs = [{"name": "Hannelore Pitkeathly", "description": ["The registered manager"]}, {"name": "Caius Brandwhistle", "description": ["Sunvessel's regional director"]},
 {"name": "Vantrell Systems", "description": ["The alarm installer"]}, {"name": "Gammage Thorne LLP", "description": ["Sunvessel's solicitors"]},
 {"name": "Sunvessel Care Ltd", "description": ["the responsible person for Hollybeck Lodge"]}]
numbers = [{"value": v, "fact": f} for v, f in [("2 February", "complaint received"), ("02.10 on 5 February", "unannounced inspection"), ("June 2023", "date of the fire risk assessment"),
 ("19 January", "annexe alarm commissioned"), ("31 residents", "alleged to be with one night worker"), ("18 April 2026", "deadline for the steps"), ("21 days", "time to appeal")]]
ce = [{"cause": ["this had been missed when the previous manager left"], "effect": ["should have been reviewed in 2024"]}, {"cause": ["An appeal"], "effect": ["suspends the notice"]}]
noise = ["WESTMARROW FIRE AND RESCUE AUTHORITY", "Fire Safety (Premises) Act - Improvement Notice", "Notice number: WFRA/IN/2026/0147", "Date of issue: 18 February 2026",
 "To: Sunvessel Care Ltd, the responsible person for Hollybeck Lodge, 14 Fothergale Row, Westmarrow",
 "1. Why this notice has been issued", "2. Matters found on inspection", "3. Representations made by the responsible person", "4. Steps required", "5. Right of appeal",
 "Signed: Station Manager Ottaline Drewsbury, Inspecting Officer", "For and on behalf of Westmarrow Fire and Rescue Authority"]
notes = ("Original fictional fire authority improvement notice (new whole-text form). The Authority's own voice (section 1 narrative, section 2 findings, section 4 steps, section 5) is article voice: "
 "the findings in section 2 ('held open by timber wedges', 'showed no faults') are stated, not attributed, and get no entries. In section 3 the numbered representations' 'denied that', 'stated that', "
 "'described that account as', 'confirmed in writing', 'accepted that' are the named people's and bodies' statements. 'She stated that' (3.1) = Pitkeathly, an explanation kept as an optional deny. "
 "'The company' (3.6) = Sunvessel. The anonymous complaint and the unnamed night worker are anonymous entries. Non-denials: Vantrell's written confirmation (confirm), the company's admission (required confirm), "
 "Pitkeathly's 'did not think the complaint had been made in bad faith' (opinion with 'not'). The notice has no labelled-false claim: the complaint's wedge claim is partly borne out by the findings.")
build(N, notes, attrs, denials, anon, [], descs, [], [], [], numbers, ce, noise)
