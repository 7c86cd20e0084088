from goldlib import A, build
N = "quarrendyke-ferry-wire-brief"
attrs = [
 A("skelvarn-disputed", "Skelvarn Lines (lede)", ["Skelvarn"], "flatly disputed reports that", "deny", ["cut lifeboat drills"]),
 A("trasker-weekly", "Ebbeline Trasker, Skelvarn operations director", ["Trasker", "operations director"], "told Northwire", "deny", ["have run every week since the route opened"], q=True, via=["Northwire"]),
 A("trasker-bow-door", "Ebbeline Trasker", ["Trasker"], "She said", "deny", ["not by any shortage of crew"]),
 A("crew-reduced", "a crew member who asked not to be named", ["crew member"], "told the Harbour Ledger", "assert", ["reduced from weekly to monthly"], h=True, anon=True, via=["Harbour Ledger"]),
 A("skelvarn-untrue", "Skelvarn Lines", ["Skelvarn"], "insisted it was untrue that", "deny", ["any drill had been dropped"]),
 A("pennimew-stranded", "councillor Wendelric Pennimew", ["Pennimew", "councillor"], "said", "assert", ["1,140 passengers had been stranded"]),
 A("pennimew-quayside", "Wendelric Pennimew", ["Pennimew"], "Mr Pennimew said", "assert", ["left on a cold quayside with no information"], q=True),
 A("skelvarn-baseless", "Skelvarn Lines", ["Skelvarn"], "called the councillor's figure baseless", "deny", ["figure baseless"]),
 A("skelvarn-612", "Skelvarn Lines", ["company", "Skelvarn"], "According to the company", "deny", ["612 passengers held tickets"]),
 A("skelvarn-accept", "Skelvarn Lines", ["company", "Skelvarn"], "did accept that", "confirm", ["text messages to passengers went out late"]),
 A("trasker-sorry", "Ebbeline Trasker", ["Trasker"], "Ms Trasker said", "confirm", ["We should have told people sooner"], q=True),
 A("bureau-inquiry", "Maritime Safety Bureau", ["Maritime Safety Bureau", "bureau"], "said in a statement", "assert", ["opened an inquiry into the bow door fault"]),
 A("official-hinge", "a bureau official who asked not to be named", ["official"], "said", "assert", ["worn hinge pin"], h=True, anon=True),
 A("post-capsized", "a social media post", ["post"], "claimed", "assert", ["almost capsized"], q=True),
 A("illsley-staffing", "Ozymund Illsley, regional secretary of the Seafarers' Guild", ["Illsley", "regional secretary", "Seafarers' Guild"], "said", "assert", ["fallen from 48 to 39"]),
 A("illsley-goodwill", "Ozymund Illsley", ["Illsley"], "he said", "opinion", ["You cannot run safe crossings on goodwill"], q=True),
 A("skelvarn-no-link", "Skelvarn Lines", ["Skelvarn"], "rejected the suggestion that", "deny", ["had any link to the cancellations"]),
 A("illsley-ballot", "Ozymund Illsley", ["Illsley"], "said", "assert", ["ballot on industrial action"]),
 A("skelvarn-no-comment", "Skelvarn Lines", ["Skelvarn"], "declined to comment", "assert", ["declined to comment on the talks"], req=False),
 A("skelvarn-resumed", "Skelvarn Lines", ["company", "Skelvarn"], "the company said", "assert", ["Sailings resumed on Monday morning"]),
]
denials = [
 {"by": ["Skelvarn", "Trasker"], "denied": ["cut lifeboat drills"], "note": "lede 'flatly disputed reports that' + Trasker's 'have run every week' quote and the bow-door cause"},
 {"by": ["Skelvarn"], "denied": ["reduced from weekly to monthly", "any drill had been dropped"], "note": "'insisted it was untrue that' against the anonymous crew member (logs: 10 drills)"},
 {"by": ["Skelvarn"], "denied": ["1,140 passengers had been stranded"], "note": "'called the councillor's figure baseless' + 'According to the company, 612 ...'"},
 {"by": ["Skelvarn"], "denied": ["fallen from 48 to 39", "had any link to the cancellations"], "note": "'rejected the suggestion that' staffing was linked to the cancellations"},
]
anon = [{"match": ["crew member"], "note": "crew member who asked not to be named told the Harbour Ledger (reportedly reduced drills)"},
        {"match": ["official"], "note": "bureau official who asked not to be named (allegedly worn hinge pin)"}]
relays = [{"speaker": ["crew member"], "outlets": ["Harbour Ledger"], "note": "unnamed crew member -> Harbour Ledger -> Northwire"}]
descs = [{"name": "Ebbeline Trasker", "description": ["operations director"]}, {"name": "Wendelric Pennimew", "description": ["Local councillor"]},
 {"name": "Ozymund Illsley", "description": ["regional secretary of the Seafarers' Guild"]}, {"name": "Skelvarn Lines", "description": ["ferry operator"]}]
hedges = ["reportedly", "allegedly"]
lf = [{"claim": ["almost capsized"], "by": "the article itself ('That claim is false: port radar records show the vessel never left its berth')"}]
numbers = [{"value": v, "fact": f} for v, f in [("1,140 passengers", "stranded per Pennimew"), ("612 passengers", "ticket holders per Skelvarn"), ("10 drills", "per vessel in ten weeks"), ("six hours", "wait per Pennimew"), ("30 April", "bureau findings due"), ("48 to 39", "staffing fall per Illsley"), ("07:40", "first departure Monday"), ("6 p.m.", "rooms or refund offered by")]]
ce = [{"cause": ["a fault in a bow door"], "effect": ["the two cancellations on Saturday"]}]
noise = ["Filed by Northwire staff", "9 March 2026, 14:20 GMT", "Advertisement", "Photo caption: The ferry Marrowind at its berth in Quarrendyke on Sunday. (Northwire)", "(Reporting by Northwire staff; editing by the Quarrendyke desk)"]
notes = ("Original fictional wire-service brief with dateline 'QUARRENDYKE, March 9 (Northwire) -'. Denials: lede 'flatly disputed reports that' + Trasker quote (told Northwire = the wire itself, via Northwire) and 'not by any shortage of crew'; 'insisted it was untrue that' against the anonymous crew member; 'called the councillor's figure baseless' + 'According to the company, 612'; 'rejected the suggestion that' staffing had any link. "
 "'did accept that' = confirm, with the apology quote. Two anonymous sources: crew member (told the Harbour Ledger, reportedly, via) and bureau official (said, allegedly, no via). The social post's 'almost capsized' is labelled false by the article itself ('That claim is false'). Illsley's 'You cannot run ...' = opinion with 'not'. No-comment optional. Headline and dateline no entry.")
build(N, notes, attrs, denials, anon, relays, descs, hedges, lf, [], numbers, ce, noise)
