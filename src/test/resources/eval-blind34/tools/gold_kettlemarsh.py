from goldlib import A, build
N = "kettlemarsh-biscuit-factory-business-section"
attrs = [
 A("ravelstoke-confirmed", "Ravelstoke Foods (lede)", ["company", "Ravelstoke"], "the company confirmed", "confirm", ["putting 310 jobs at risk"], req=False),
 A("ravelstoke-costly", "Ravelstoke Foods, statement to the stock exchange", ["Ravelstoke"], "In a statement to the stock exchange, Ravelstoke said", "assert", ["too costly to run"]),
 A("ravelstoke-move", "Ravelstoke Foods", ["Ravelstoke"], "it said", "assert", ["will move to a newer site in Osterbeck"]),
 A("dunnolly-not-wages", "Quistorp Dunnolly, Ravelstoke chief executive", ["Dunnolly", "Chief executive"], "told analysts on a call", "deny", ["was not about wages and was not about the workforce"], q=True),
 A("dunnolly-best", "Quistorp Dunnolly", ["Dunnolly"], "He said", "opinion", ["among the best we have"], q=True, req=False),
 A("union-planning", "union officials", ["union officials"], "said", "assert", ["planning the move for at least a year"]),
 A("cragthorne-ovens", "Eulalie Cragthorne, area organiser, Bakers' and Millers' Union", ["Cragthorne", "area organiser", "Bakers' and Millers' Union"], "said", "assert", ["bought new ovens for Osterbeck last summer"], h=True),
 A("ravelstoke-nonsense", "Ravelstoke Foods", ["Ravelstoke"], "dismissed as nonsense the idea that", "deny", ["workers had been misled"]),
 A("spokesperson-worn", "a Ravelstoke spokesperson", ["spokesperson", "Ravelstoke"], "A company spokesperson said", "deny", ["ordered to replace worn equipment", "no decision on Kettlemarsh was taken"]),
 A("manager-train", "a plant manager who spoke on condition of anonymity", ["manager"], "told the Kettlemarsh Weekly Almanack", "assert", ["train Osterbeck workers on the Kettlemarsh lines"], h=True, anon=True, via=["Almanack"]),
 A("ravelstoke-without-foundation", "Ravelstoke Foods", ["Ravelstoke"], "said any suggestion of that kind was wholly without foundation", "deny", ["wholly without foundation"]),
 A("analysts-save", "analysts at Pemberthy & Snedden", ["Pemberthy & Snedden", "Analysts"], "said", "assert", ["save the company about 19 million pounds a year"]),
 A("gallowmere-heart", "Hesperine Gallowmere, local MP", ["Gallowmere", "MP"], "said", "assert", ["rip the heart out of the town"], q=True),
 A("gallowmere-grant", "Hesperine Gallowmere", ["Gallowmere"], "She also said", "assert", ["on condition that it kept the factory open"]),
 A("ravelstoke-contested", "Ravelstoke Foods", ["company", "Ravelstoke"], "contested that account", "deny", ["carried no such condition"]),
 A("posts-foreign-buyer", "online posts", ["posts"], "said", "assert", ["owned by a foreign buyer"]),
 A("report-owns", "Ravelstoke's annual report", ["annual report", "Ravelstoke"], "according to", "assert", ["still owns Osterbeck outright"], req=False),
 A("dunnolly-conceded", "Quistorp Dunnolly", ["Dunnolly"], "conceded that", "confirm", ["had not told staff in person"]),
 A("dunnolly-regret", "Quistorp Dunnolly", ["Dunnolly"], "he said", "confirm", ["The timing was wrong and I regret it"], q=True),
 A("ravelstoke-offer", "Ravelstoke Foods", ["company", "Ravelstoke"], "The company said", "assert", ["offered a job in Osterbeck"]),
 A("cragthorne-doubted", "Eulalie Cragthorne", ["Cragthorne"], "said she doubted", "opinion", ["doubted many families would move"]),
 A("cragthorne-uproot", "Eulalie Cragthorne", ["Cragthorne"], "she said", "opinion", ["People do not uproot children for a biscuit line"], q=True),
 A("ravelstoke-no-comment", "Ravelstoke Foods", ["Ravelstoke"], "declined to comment", "assert", ["whether the site would be sold"], req=False),
]
denials = [
 {"by": ["Dunnolly"], "denied": ["was not about wages and was not about the workforce"], "note": "pre-emptive quoted denial to analysts ('was not about ...')"},
 {"by": ["Ravelstoke", "spokesperson"], "denied": ["bought new ovens for Osterbeck last summer", "workers had been misled"], "note": "'dismissed as nonsense the idea that' + spokesperson's positive account (worn equipment, no decision before 28 May)"},
 {"by": ["Ravelstoke"], "denied": ["train Osterbeck workers on the Kettlemarsh lines"], "note": "'any suggestion of that kind was wholly without foundation' against the anonymous manager"},
 {"by": ["Ravelstoke"], "denied": ["on condition that it kept the factory open"], "note": "'contested that account' + 'carried no such condition' against the MP"},
]
anon = [{"match": ["manager"], "note": "plant manager who spoke on condition of anonymity told the Kettlemarsh Weekly Almanack (allegedly asked to train Osterbeck workers)"}]
relays = [{"speaker": ["manager"], "outlets": ["Almanack"], "note": "unnamed manager -> Kettlemarsh Weekly Almanack"}]
descs = [{"name": "Quistorp Dunnolly", "description": ["Chief executive"]}, {"name": "Eulalie Cragthorne", "description": ["area organiser for the Bakers' and Millers' Union"]},
 {"name": "Hesperine Gallowmere", "description": ["Local MP"]}, {"name": "Pemberthy & Snedden", "description": ["the broker"]}, {"name": "Ravelstoke Foods", "description": ["The snack maker"]}]
hedges = ["reportedly", "allegedly"]
lf = [{"claim": ["owned by a foreign buyer"], "by": "the article itself ('That is false: Ravelstoke still owns Osterbeck outright')"}]
numbers = [{"value": v, "fact": f} for v, f in [("310 jobs", "at risk"), ("58-year-old", "plant age"), ("41 per cent", "energy bill rise"), ("28 May", "board meeting"), ("3.2 per cent", "share rise"), ("19 million pounds", "annual saving from 2027"), ("2 million pound", "2021 grant"), ("140 miles", "distance to Osterbeck"), ("45 days", "consultation"), ("8 June", "consultation start")]]
ce = [{"cause": ["energy bills rose by 41 per cent in two years"], "effect": ["too costly to run"]}]
noise = ["BUSINESS", "By Mirabeth Salterne, Industry Editor", "Tuesday 2 June 2026", "Advertisement", "Photo caption: Workers leaving the Kettlemarsh plant after Monday's announcement."]
notes = ("Original fictional business-section story on a factory closure. Denials: Dunnolly's pre-emptive quoted 'was not about wages'; 'dismissed as nonsense the idea that' + spokesperson's positive account (required deny) against the union; 'said any suggestion of that kind was wholly without foundation' against the anonymous manager ('spoke on condition of anonymity ... told the Kettlemarsh Weekly Almanack', allegedly, via); 'contested that account' + 'no such condition' against the MP. "
 "'conceded that' = confirm, with the regret quote. Cragthorne's 'reportedly' hedges a named source. Online posts' 'foreign buyer' labelled false by the article; 'according to the company's own annual report' in that sentence optional. Lede 'confirmed' optional. 'People do not uproot children' = opinion with 'not'. No-comment optional. Headline no entry.")
build(N, notes, attrs, denials, anon, relays, descs, hedges, lf, [], numbers, ce, noise)
