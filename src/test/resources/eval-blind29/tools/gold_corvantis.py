from goldlib import A, build
N = "corvantis-blades-trading-update"
BD = ["Board"]
G = ["Group", "Corvantis"]
attrs = [
 A("group-confirms-fire", "the Group (Corvantis)", G, "the Group confirms that", "confirm", ["closed for nine days following a fire"]),
 A("breck-strong-half", "Hephzibah Breck, Chief Executive", ["Breck", "Chief Executive"], "said:", "assert", ["strong first half despite the fire"], q=True),
 A("wayfarer-approach", "the Sunday Wayfarer, citing two people close to the company", ["Sunday Wayfarer", "two people close to the company"], "stated that (cited)", "assert", ["approach from a private equity group"], anon=True, via=["Sunday Wayfarer"]),
 A("board-no-approach", "the Board of Corvantis", BD, "The Board confirms that", "deny", ["has not received any approach", "not in discussions with any party"]),
 A("board-not-recognise", "the Board", BD, "does not recognise", "deny", ["does not recognise the account they gave"], req=False),
 A("wayfarer-supplier", "the Sunday Wayfarer", ["Sunday Wayfarer", "article"], "The same article reported that", "assert", ["stopped deliveries over unpaid invoices"]),
 A("koslow-deliveries", "Radek Koslow, Maskell Polymers chief executive", ["Koslow", "Maskell"], "told Composites Trade Weekly", "deny", ["have continued every week without a break"], q=True, via=["Composites Trade Weekly"]),
 A("breck-no-problem", "Hephzibah Breck", ["Breck"], "said Breck", "deny", ["There is no problem with the Saltcote order"], q=True),
 A("wayfarer-at-risk", "the Sunday Wayfarer", ["Wayfarer", "article"], "suggested", "assert", ["the order was at risk"], req=False),
 A("northwold-satisfied", "Northwold Offshore, Saltcote Bank's developer", ["Northwold Offshore", "developer"], "was quoted by the Wayfarer as saying", "deny", ["entirely satisfied"], q=True, via=["Wayfarer"]),
 A("harrowby-dismissed", "Quentin Harrowby, Chief Financial Officer", ["Harrowby", "Chief Financial Officer"], "dismissed suggestions that ..., saying", "deny", ["would need to raise new equity", "more than enough"]),
 A("board-no-comment", "the Board", BD, "does not comment", "assert", ["does not comment on movements"], req=False),
 A("board-expects", "the Board", BD, "The Board expects", "predict", ["in line with market expectations", "material effect on full-year profit"], h=True),
 A("breck-expected-line", "Hephzibah Breck", ["Breck", "she"], "said she expected", "predict", ["new finishing line to be open"], h=True),
 A("forums-sold", "a claim circulating on investor forums", ["investor forums", "claim"], "claim", "assert", ["plant is to be sold"], via=["investor forums"]),
]
attrs[2]["labelled_false"] = True
attrs[14]["labelled_false"] = True
denials = [
 {"by": ["Board"], "denied": ["approach from a private equity group", "has not received any approach"], "note": "'The Board confirms that it has not received any approach' (a denial under the verb 'confirms')"},
 {"by": ["Koslow"], "denied": ["stopped deliveries over unpaid invoices", "have continued every week without a break"], "note": "positively worded; relayed through Composites Trade Weekly"},
 {"by": ["Breck"], "denied": ["There is no problem with the Saltcote order"], "note": "said-X inversion"},
 {"by": ["Northwold Offshore"], "denied": ["the order was at risk", "entirely satisfied"], "note": "positively worded rebuttal relayed through the Wayfarer"},
 {"by": ["Harrowby"], "denied": ["would need to raise new equity"], "note": "'dismissed suggestions that ..., saying ... \"more than enough\"'"},
]
anon = [{"match": ["two people close to the company", "Sunday Wayfarer"], "note": "the Wayfarer's approach story cited 'two people close to the company'"}]
relays = [{"speaker": ["Koslow"], "outlets": ["Composites Trade Weekly"], "note": "Koslow -> Composites Trade Weekly -> announcement"},
          {"speaker": ["Northwold Offshore"], "outlets": ["Wayfarer"], "note": "Northwold -> Sunday Wayfarer -> announcement"}]
descs = [{"name": "Corvantis Blades plc", "description": ["designs and makes rotor blades for onshore and offshore wind turbines"]},
 {"name": "Hephzibah Breck", "description": ["Chief Executive"]}, {"name": "Quentin Harrowby", "description": ["Chief Financial Officer"]},
 {"name": "Maskell Polymers", "description": ["the Group's main resin supplier"]}, {"name": "Northwold Offshore", "description": ["Saltcote Bank's developer"]},
 {"name": "Stanegarth Vale Securities", "description": ["Nominated Adviser and Broker"]}]
hedges = ["approximately", "is understood to", "expects", "expected", "in principle"]
lf = [{"claim": ["approach from a private equity group"], "by": "the Board ('confirms that it has not received any approach')"},
      {"claim": ["plant is to be sold"], "by": "the announcement ('is incorrect; the Group has no plans to sell any of its sites')"}]
numbers = [{"value": v, "fact": f} for v, f in [("148 million pounds", "half-year revenue"), ("11 per cent", "revenue growth"), ("612 million pounds", "order book"),
  ("41.2 million pounds", "net cash"), ("nine days", "plant closure after fire"), ("250 pence", "reported offer price"), ("270 blades", "Saltcote order"),
  ("14 per cent", "share fall on Monday"), ("60 million pound", "undrawn facility"), ("10 September 2026", "interim results")]]
ce = [{"cause": ["following a fire in a resin store"], "effect": ["closed for nine days"]}, {"cause": ["after the article suggested that the order was at risk"], "effect": ["fell 14 per cent"]}]
noise = ["Released 07:00, 16 July 2026", "RNS Number: 4417K", "Corvantis Blades plc", "Highlights", "Trading", "Response to press speculation", "Finance", "Outlook",
 "This announcement contains inside information for the purposes of the Market Abuse Regulation.", "Enquiries:",
 "Corvantis Blades plc: Hephzibah Breck, Chief Executive; Quentin Harrowby, Chief Financial Officer", "Stanegarth Vale Securities (Nominated Adviser and Broker): Silas Iredale"]
notes = ("Original fictional stock-exchange trading update (new whole-text form). The company's uncued third-person voice ('Demand ... remained strong', 'is incorrect; the Group has "
 "no plans') is article voice; cued statements of 'The Board' and 'the Group' ('confirms', 'expects', 'does not comment') are entries. 'The Board confirms that it has not received "
 "any approach' is a deny despite the verb. The Wayfarer's approach story, citing 'two people close to the company', is one anonymous entry with the paper as via (the citation "
 "is in the next sentence). 'The same article' = the Sunday Wayfarer. 'the Group confirms that the plant was closed for nine days' is a required confirm. 'does not recognise the "
 "account they gave' is an optional content-less deny; 'does not comment on movements' optional. Northwold's 'entirely satisfied' answers the article's 'at risk' (deny, via Wayfarer); "
 "'it is understood to have brought forward' is the announcement's hedge, no entry. The forum claim is labelled false by the announcement. Highlights bullets are article voice.")
build(N, notes, attrs, denials, anon, relays, descs, hedges, lf, [], numbers, ce, noise)
