from goldlib import A, build
N = "hexworthy-sweetener-embargoed-study-health-page"
attrs = [
 A("study-higher-bp", "the Hexworthy study (Journal of Clinical Nutrition)", ["study", "Journal of Clinical Nutrition"], "according to a study", "assert", ["slightly higher blood pressure than those who drink none"]),
 A("authors-4-points", "the study's authors", ["authors"], "the authors said", "assert", ["on average 4 points higher"]),
 A("tallamy-not-prove", "Dr Oriwen Tallamy, lead author", ["Tallamy", "lead author"], "told reporters", "assert", ["does not prove that the sweetener raises blood pressure"], q=True),
 A("tallamy-switched", "Dr Oriwen Tallamy", ["Tallamy"], "She said", "suggest", ["may have switched to diet drinks"]),
 A("saffronby-shadow", "Saffronby Ingredients", ["Saffronby"], "called the findings", "deny", ["a statistical shadow"], q=True),
 A("saffronby-40-studies", "Saffronby Ingredients", ["company", "Saffronby"], "In a statement, the company said", "deny", ["more than 40 earlier studies had found no effect"]),
 A("scientist-review", "a Food Standards Directorate scientist who asked not to be named", ["scientist"], "said", "assert", ["planning to look again at the sweetener's safety"], h=True, anon=True),
 A("directorate-took-issue", "Food Standards Directorate", ["directorate", "Food Standards Directorate"], "took issue with that in a statement", "deny", ["no review was planned"]),
 A("bexendale-well-run", "Professor Mostyn Bexendale, heart specialist at Crouchmoor Hospital", ["Bexendale", "heart specialist"], "said", "opinion", ["the study was large and well run"]),
 A("bexendale-four-points", "Professor Mostyn Bexendale", ["Bexendale"], "he said", "opinion", ["matters across a whole population"], q=True),
 A("quarles-dismissed", "Gideonsz Quarles, Saffronby chief scientist", ["Quarles", "chief scientist"], "dismissed out of hand the idea that", "deny", ["measured drinking habits properly"]),
 A("tallamy-pushed-back", "Dr Oriwen Tallamy", ["Tallamy"], "pushed back on that, telling the briefing", "deny", ["supermarket loyalty-card data"]),
 A("social-strokes", "claims on social media", ["social media"], "Claims spread", "assert", ["cause strokes"], q=True),
 A("quarles-refused", "Gideonsz Quarles", ["Quarles"], "also said", "assert", ["refused a copy of the raw data"], h=True),
 A("hexworthy-simply-wrong", "Hexworthy University", ["Hexworthy University"], "said that was simply wrong", "deny", ["that was simply wrong", "shared with any researcher who applied"]),
 A("saffronby-conceded", "Saffronby Ingredients", ["Saffronby"], "conceded that", "confirm", ["part-funded two of the earlier studies"]),
 A("quarles-open", "Gideonsz Quarles", ["Quarles"], "Mr Quarles said", "assert", ["We have always been open about that"], q=True),
 A("ambervale-not-panic", "Ambervale Heart Foundation", ["Ambervale Heart Foundation", "foundation"], "said in a statement", "opinion", ["should not panic or switch to sugary drinks"]),
 A("ambervale-water", "an Ambervale Heart Foundation spokesperson", ["spokesperson", "foundation"], "a foundation spokesperson said", "opinion", ["Water is still the best choice"], q=True),
 A("saffronby-no-comment", "Saffronby Ingredients", ["Saffronby"], "declined to comment", "assert", ["whether its sales had fallen"], req=False),
]
denials = [
 {"by": ["Saffronby", "company"], "denied": ["slightly higher blood pressure than those who drink none", "on average 4 points higher"], "note": "'called the findings \"a statistical shadow\"' + statement on 40 earlier studies"},
 {"by": ["directorate", "Food Standards Directorate"], "denied": ["planning to look again at the sweetener's safety"], "note": "'took issue with that in a statement' against the anonymous regulator scientist"},
 {"by": ["Quarles"], "denied": ["measured drinking habits properly"], "note": "'dismissed out of hand the idea that'"},
 {"by": ["Tallamy"], "denied": ["participants were asked only twice in six years"], "note": "'pushed back on that' answering Quarles (loyalty-card data)"},
 {"by": ["Hexworthy University"], "denied": ["refused a copy of the raw data"], "note": "'said that was simply wrong' against Quarles's alleged refusal"},
]
anon = [{"match": ["scientist"], "note": "Food Standards Directorate scientist who asked not to be named (reportedly planned review)"}]
relays = []
descs = [{"name": "Oriwen Tallamy", "description": ["lead author"]}, {"name": "Mostyn Bexendale", "description": ["a heart specialist at Crouchmoor Hospital"]},
 {"name": "Gideonsz Quarles", "description": ["chief scientist"]}, {"name": "Saffronby Ingredients", "description": ["which makes velmorran"]}, {"name": "Theodosia Penhalurick", "description": ["Health Correspondent"]}]
hedges = ["reportedly", "allegedly"]
lf = [{"claim": ["cause strokes"], "by": "the article itself ('That is incorrect: the paper did not look at strokes')"}]
numbers = [{"value": v, "fact": f} for v, f in [("12,300 adults", "study size"), ("six years", "follow-up"), ("4 points", "blood pressure difference"), ("40 earlier studies", "per Saffronby"), ("31 countries", "approvals"), ("7,800", "loyalty-card participants"), ("two of the earlier studies", "part-funded by Saffronby"), ("8 July 2026", "embargo/publication date")]]
ce = [{"cause": ["already had health problems may have switched to diet drinks"], "effect": ["explain part of the result"]}]
noise = ["HEALTH", "By Theodosia Penhalurick, Health Correspondent", "EMBARGOED until 00:01 GMT Wednesday 8 July 2026", "Published: Wednesday 8 July 2026", "Advertisement", "Read more: What are sweeteners, and are they safe?"]
notes = ("Original fictional health-page story on an embargoed study (EMBARGOED line is noise). Denials: Saffronby 'called the findings \"a statistical shadow\"' + 40-studies statement; directorate 'took issue with that in a statement' against the anonymous regulator scientist (said, reportedly, no via); Quarles 'dismissed out of hand the idea that'; Tallamy 'pushed back on that' (positive counter); Hexworthy University 'said that was simply wrong'. "
 "'conceded that' = confirm; Quarles's 'always been open' quote assert. Tallamy's 'does not prove' = scientific caveat (assert), 'may have switched' = suggest. Social-media 'cause strokes' labelled false by the article ('That is incorrect'). Foundation 'should not panic' = opinion with 'not'. No-comment optional. Headline no entry.")
build(N, notes, attrs, denials, anon, relays, descs, hedges, lf, [], numbers, ce, noise)
