from goldlib import A, build
N = "wyndlecote-rent-strike-student-paper"
attrs = [
 A("university-denied", "Wyndlecote University (lede)", ["Wyndlecote University", "university"], "has denied", "deny", ["charging students in Perrimore Hall for rooms they never used"]),
 A("organisers-214", "strike organisers", ["Organisers"], "Organisers say", "assert", ["214 students are now withholding rent"]),
 A("hallibrand-spreadsheet", "Dorcasta Hallibrand, director of accommodation", ["Hallibrand", "director of accommodation"], "told the Ombrelle", "assert", ["would be corrected by 13 February"], q=True, via=["Ombrelle"]),
 A("hallibrand-penny", "Dorcasta Hallibrand", ["Hallibrand"], "she said", "assert", ["No student will pay a penny more"], q=True),
 A("vantongeren-cleaning", "Gorsley Vantongeren, strike organiser", ["Vantongeren", "organiser"], "said", "assert", ["charged a cleaning fee for kitchens"]),
 A("vantongeren-cleaners", "Gorsley Vantongeren", ["Vantongeren"], "he said", "assert", ["We paid for cleaners who never came"], q=True),
 A("university-disputed", "Wyndlecote University", ["university"], "disputed that entirely", "deny", ["The university disputed that entirely"]),
 A("spokesperson-12-days", "a university spokesperson", ["spokesperson", "university"], "A spokesperson said", "deny", ["closed for 12 days, not three months", "no cleaning fee had been applied"]),
 A("staff-savings", "a residences staff member who asked not to be named", ["member of the residences staff", "staff"], "told the Ombrelle", "assert", ["find savings"], q=True, h=True, anon=True, via=["Ombrelle"]),
 A("hallibrand-refused", "Dorcasta Hallibrand", ["Hallibrand"], "refused to accept that", "deny", ["any such target existed"]),
 A("hallibrand-no-target", "Dorcasta Hallibrand", ["Hallibrand"], "she said", "deny", ["There is no savings target for halls"], q=True),
 A("wetherlam-backed", "Prinny Wetherlam, students' union president", ["Wetherlam", "president"], "said", "assert", ["the union backed the strike"]),
 A("wetherlam-careless", "Prinny Wetherlam", ["Wetherlam"], "She said", "opinion", ["careless at best"], q=True),
 A("post-thrown-out", "a post on the Wyndlecote Confessions page", ["post", "Wyndlecote Confessions"], "claimed", "assert", ["thrown out of halls"]),
 A("hallibrand-acknowledged", "Dorcasta Hallibrand", ["Hallibrand"], "acknowledged that", "confirm", ["should have written to residents before the bills went out"]),
 A("hallibrand-apologise", "Dorcasta Hallibrand", ["Hallibrand"], "she said", "confirm", ["We got the communication badly wrong"], q=True),
 A("vantongeren-heating", "Gorsley Vantongeren", ["Vantongeren"], "also claimed that", "assert", ["failed on six nights in January"], h=True),
 A("university-invented", "Wyndlecote University", ["university"], "dismissed the figure of six as", "deny", ["only two heating faults", "simply invented"]),
 A("ashburnham-review", "Professor Kinvara Ashburnham, vice-chancellor", ["Ashburnham", "vice-chancellor"], "said in a statement", "assert", ["a full review of how halls are billed"], q=True),
 A("university-no-comment", "Wyndlecote University", ["university"], "declined to comment", "assert", ["the university declined to comment"], req=False),
 A("committee-withhold", "the strike committee", ["strike committee"], "said", "assert", ["keep withholding rent until corrected bills arrive"]),
]
denials = [
 {"by": ["Wyndlecote University", "university"], "denied": ["charging students in Perrimore Hall for rooms they never used"], "note": "lede 'has denied charging ...' (gerund object)"},
 {"by": ["university", "spokesperson"], "denied": ["charged a cleaning fee for kitchens", "We paid for cleaners who never came"], "note": "'disputed that entirely' + spokesperson '12 days, not three months', no fee"},
 {"by": ["Hallibrand"], "denied": ["find savings", "any such target existed"], "note": "'refused to accept that any such target existed' + 'There is no savings target' quote, against the anonymous staff member"},
 {"by": ["university"], "denied": ["failed on six nights in January"], "note": "positive counter-figure (two faults) + 'dismissed the figure of six as \"simply invented\"'"},
]
anon = [{"match": ["member of the residences staff", "staff"], "note": "residences staff member who asked not to be named told the Ombrelle (reportedly 'find savings')"}]
relays = [{"speaker": ["member of the residences staff"], "outlets": ["Ombrelle"], "note": "unnamed staff member -> the Ombrelle (this paper)"}]
descs = [{"name": "Dorcasta Hallibrand", "description": ["director of accommodation"]}, {"name": "Gorsley Vantongeren", "description": ["third-year history student"]},
 {"name": "Prinny Wetherlam", "description": ["students' union president"]}, {"name": "Kinvara Ashburnham", "description": ["vice-chancellor"]}]
hedges = ["reportedly", "allegedly"]
lf = [{"claim": ["thrown out of halls"], "by": "the article itself ('That is not true: the university's tenancy rules do not allow eviction during a term')"}]
numbers = [{"value": v, "fact": f} for v, f in [("214 students", "withholding rent"), ("18 per cent", "bill rise"), ("13 February", "correction date"), ("12 days", "kitchen closure per university"), ("300,000 pounds", "alleged savings target"), ("six nights", "heating failures per Vantongeren"), ("two heating faults", "per university"), ("16 February", "vote date"), ("Issue 412", "paper issue")]]
ce = [{"cause": ["bills showing a rise of 18 per cent"], "effect": ["The strike began on Monday"]}]
noise = ["The Thistlegarth Ombrelle - Wyndlecote University's independent student newspaper", "Issue 412, Friday 6 February 2026", "NEWS", "By Fiachra Caddaway, News Editor", "Advertisement", "Photo caption: Residents outside Perrimore Hall on Tuesday. (Ombrelle / Fiachra Caddaway)", "Got a story? Contact the news desk."]
notes = ("Original fictional student-newspaper story (the Ombrelle is the paper itself: 'told the Ombrelle' gets via Ombrelle). Denials: lede 'has denied charging' (gerund); 'disputed that entirely' (bare verdict sentence; key is the whole short sentence) + spokesperson's '12 days, not three months'; 'refused to accept that any such target existed' + quote, against the anonymous staff member; counter-figure + 'dismissed the figure of six as \"simply invented\"'. "
 "'acknowledged that' = confirm, with apology quote. Vantongeren's 'allegedly' hedges a named claimant. Confessions post labelled false by the article ('That is not true'). Hallibrand's spreadsheet/penny lines are assert (explanation, promise), not deny. Headline quote no entry. No-comment optional.")
build(N, notes, attrs, denials, anon, relays, descs, hedges, lf, [], numbers, ce, noise)
