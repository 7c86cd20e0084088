from goldlib import A, build
N = "ormsby-sands-pier-cabinet-decision-notice"
V = ["Varnam", "Leader"]
P = ["Pennefather", "Director of Place"]
attrs = [
 A("cabinet-resolved", "the Cabinet of Fenlowe District Council", ["Cabinet"], "RESOLVED that:", "assert", ["be closed to the public with immediate effect"], req=False),
 A("survey-corrosion", "structural survey by Kilnsey Ardle Engineers", ["survey", "Kilnsey Ardle Engineers"], "found", "assert", ["corrosion in 23 of the 96 cast iron columns"]),
 A("survey-concluded", "the structural survey", ["survey"], "concluded that", "assert", ["could not safely carry crowds"]),
 A("varnam-rejected-private", "Cllr Hesketh Varnam, Leader of the Council", V, "rejected claims ... stating that", "deny", ["no option had been chosen before the survey was received"]),
 A("public-questions-private", "public questions", ["public questions"], "claims made in", "assert", ["agreed in private months ago"], q=True, req=False),
 A("pennefather-no-demolition", "Dervla Pennefather, Director of Place", P, "stated that", "deny", ["did not recommend demolition of any part of the pier"], q=True),
 A("goodliffe-warned", "Cllr Perrin Goodliffe, opposition group leader", ["Goodliffe", "opposition group leader"], "said that", "assert", ["traders had been warned of the closure in March"]),
 A("varnam-not-true", "Cllr Hesketh Varnam", V, "said ... in reply, adding that", "deny", ["the first anyone outside the engineers saw of the survey"], q=True),
 A("gazette-officer", "an unnamed council officer, via the Fenlowe Gazette (raised by Cllr Goodliffe)", ["unnamed council officer", "Fenlowe Gazette", "Goodliffe"], "report ... reportedly told", "assert", ["look for other premises"], q=True, anon=True, h=True, via=["Fenlowe Gazette"]),
 A("varnam-no-knowledge", "Cllr Hesketh Varnam", V, "said he had no knowledge", "assert", ["no knowledge of any such conversation"], req=False),
 A("rosewarne-never-offered", "Demelza Rosewarne, chair of the Friends of Ormsby Sands Pier", ["Rosewarne", "Friends of Ormsby Sands Pier"], "disputed ..., saying", "deny", ["never once been offered the lease"], q=True),
 A("rosewarne-ready", "Demelza Rosewarne", ["Rosewarne", "She"], "She said", "assert", ["ready to bid"]),
 A("kilnsey-never-advised", "Cuthbert Kilnsey, director of Kilnsey Ardle Engineers", ["Kilnsey"], "In it ... said that (statement read out)", "deny", ["never advised closing the whole pier"], q=True, via=["statement"]),
 A("kilnsey-no-sides", "Cuthbert Kilnsey", ["Kilnsey"], "had earlier told the Gazette", "assert", ["would not take sides"], q=True, via=["Gazette"], req=False),
 A("elvey-confirmed", "Cllr Marjory Elvey, Cabinet Member for Finance", ["Elvey", "Cabinet Member for Finance"], "confirmed that", "confirm", ["would come from capital receipts"]),
 A("leaflet-sold", "a leaflet distributed on the seafront", ["leaflet"], "claim in", "assert", ["already sold the pier to a developer"], q=True),
 A("pennefather-incorrect", "Dervla Pennefather", P, "stated that this was incorrect and that", "deny", ["the pier remains in the council's ownership"]),
 A("monitoring-officer", "the Monitoring Officer", ["Monitoring Officer"], "advised that", "assert", ["would not be appropriate for the Cabinet to discuss"], req=False),
 A("elvey-expected", "Cllr Marjory Elvey", ["Elvey"], "said she expected", "predict", ["around eighteen months"], h=True),
]
attrs[15]["labelled_false"] = True
denials = [
 {"by": ["Varnam", "Leader"], "denied": ["agreed in private months ago", "no option had been chosen"], "note": "4.1 'rejected claims ... stating that no option had been chosen'"},
 {"by": ["Pennefather", "Director of Place"], "denied": ["did not recommend demolition"], "note": "4.2 'contrary to posts on social media'"},
 {"by": ["Varnam"], "denied": ["traders had been warned of the closure in March", "That is simply wrong"], "note": "4.3 said-X inversion with 'adding that'"},
 {"by": ["Rosewarne"], "denied": ["paragraph 2.4 of the officers' report", "never once been offered the lease"], "note": "4.5 'disputed paragraph 2.4 ..., saying'"},
 {"by": ["Kilnsey"], "denied": ["the engineers had wanted the whole pier shut", "never advised closing the whole pier"], "note": "4.6 in a statement read out"},
 {"by": ["Pennefather", "Director of Place"], "denied": ["already sold the pier to a developer", "this was incorrect"], "note": "4.8 leaflet claim"},
]
anon = [{"match": ["unnamed council officer", "Fenlowe Gazette"], "note": "4.4 an unnamed council officer who 'reportedly told' traders, in a Gazette report cited by Cllr Goodliffe"}]
relays = [{"speaker": ["unnamed council officer"], "outlets": ["Fenlowe Gazette"], "note": "officer -> Fenlowe Gazette -> Cllr Goodliffe -> the record"},
          {"speaker": ["Kilnsey"], "outlets": ["statement"], "note": "Kilnsey -> written statement read out by the Director of Place -> the record"}]
descs = [{"name": "Hesketh Varnam", "description": ["The Leader of the Council"]}, {"name": "Dervla Pennefather", "description": ["The Director of Place"]},
 {"name": "Perrin Goodliffe", "description": ["opposition group leader"]}, {"name": "Demelza Rosewarne", "description": ["The chair of the Friends of Ormsby Sands Pier"]},
 {"name": "Cuthbert Kilnsey", "description": ["the firm's director"]}, {"name": "Marjory Elvey", "description": ["The Cabinet Member for Finance"]}]
hedges = ["reportedly", "expected", "around"]
lf = [{"claim": ["already sold the pier to a developer"], "by": "the Director of Place ('stated that this was incorrect')"}]
numbers = [{"value": v, "fact": f} for v, f in [("1.8 million pounds", "set aside for repairs"), ("14 May 2026", "survey received"), ("23 of the 96", "corroded columns"),
  ("eighteen months", "expected repair time"), ("12 June 2026", "call-in deadline"), ("five non-executive members", "needed for call-in")]]
ce = [{"cause": ["corrosion in 23 of the 96 cast iron columns"], "effect": ["could not safely carry crowds"]},
      {"cause": ["on cost and heritage grounds"], "effect": ["Demolition of the seaward section was considered and rejected"]}]
noise = ["Fenlowe District Council", "Record of Decision taken by the Cabinet", "Decision reference: CAB/2026/031", "Date of meeting: 3 June 2026", "Date of publication: 5 June 2026",
 "Call-in deadline: 5pm, 12 June 2026", "1. Decision", "2. Reasons for the decision", "3. Alternatives considered and rejected", "4. Representations and statements at the meeting",
 "5. Declarations of interest", "6. Call-in", "Contact: Democratic Services, Fenlowe District Council"]
notes = ("Original fictional council cabinet decision notice (new whole-text form: a Record of Decision with 'RESOLVED that:', reasons, alternatives, representations, call-in). "
 "The RESOLVED clauses are the Cabinet's decision (one optional entry); sections 2 and 3 are the record's own voice except the survey's findings ('found', 'concluded'). "
 "'The Leader' = Varnam; 'She said' (4.5) = Rosewarne; 'In it the firm's director' = Kilnsey, in a statement read out (via 'statement'); 'the Gazette' in 4.6 = the Fenlowe Gazette. "
 "'That is simply wrong,' said Cllr Varnam in reply, adding that ... is one sentence: one required deny entry keyed on the content. Non-denials: 'said he had no knowledge' (optional assert), "
 "Kilnsey's 'would not take sides' (optional, via Gazette), 'confirmed that' (required confirm), the Monitoring Officer's 'would not be appropriate' (optional), 'Cllr Elvey said she expected' "
 "(predict). Section 3's 'considered and rejected' rejects options, not claims: no entry. The Gazette's unnamed officer is one anonymous entry matched also by Goodliffe, who raised it.")
build(N, notes, attrs, denials, anon, relays, descs, hedges, lf, [], numbers, ce, noise)
