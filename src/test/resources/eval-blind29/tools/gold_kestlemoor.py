from goldlib import A, build
N = "kestlemoor-conservatoire-universities-correspondent"
U = ["Kestlemoor University", "university"]
Q = ["Quilliam", "vice-chancellor"]
attrs = [
 A("university-lede-rejected", "Kestlemoor University", U, "has rejected reports that", "deny", ["will close at the end of next year"]),
 A("quilliam-not-closing", "Professor Anneliese Quilliam, vice-chancellor", Q, "said (split quote)", "deny", ["The conservatoire is staying open", "nobody has been asked to put a valuation on Varley Hall"], q=True),
 A("bulletin-wind-down", "Higher Ed Bulletin", ["Higher Ed Bulletin"], "said", "assert", ["a managed wind-down"], q=True),
 A("bulletin-council-members", "two council members, according to the Bulletin", ["two council members", "Bulletin"], "According to the Bulletin ... reportedly argued", "assert", ["could no longer be carried"], anon=True, h=True, via=["Bulletin"]),
 A("university-confirm-review", "Kestlemoor University", U, "did confirm", "confirm", ["commissioned a review of the conservatoire's finances"]),
 A("aldervane-would-not-say", "Aldervane Partners", ["Aldervane"], "refused to say", "assert", ["refused to say what it had been asked to look at"], req=False),
 A("students-told-paused", "students", ["Students"], "said", "assert", ["recruitment for 2027 had been paused"]),
 A("spokeswoman-not-the-case", "a university spokeswoman", ["spokeswoman"], "said it was", "deny", ["auditions would run in November as usual", "simply not the case"], q=True),
 A("lecturer-corridor", "a senior lecturer at the conservatoire (unnamed)", ["senior lecturer"], "said", "assert", ["told in a corridor, never in writing"], q=True, anon=True),
 A("post-resigned", "a widely shared post", ["post"], "said", "assert", ["resigned in protest at marks being raised"], via=["post"]),
 A("marrick-not-resigned", "Dr Helka Marrick, external examiner", ["Marrick", "external examiner"], "said she had not", "deny", ["had not resigned over marks at all"], q=True),
 A("post-hotel-sold", "the widely shared post", ["post", "Its other claim"], "claim", "assert", ["already been sold to a hotel group"]),
 A("figures-applications", "figures the university publishes each year", ["figures the university publishes", "university"], "according to", "assert", ["fell by 18 per cent"]),
 A("sowerbutts-believe", "Orla Sowerbutts, students' union president", ["Sowerbutts", "president of the students' union"], "said she would believe", "opinion", ["when it is written into next year's budget"], q=True),
 A("sowerbutts-not-lying", "Orla Sowerbutts", ["Sowerbutts", "she"], "she said", "opinion", ["I do not think anyone here is lying"], q=True),
 A("tindall-exaggerated", "Professor Bram Tindall, chair of the finance committee", ["Tindall", "finance committee"], "was quoted by Radio Kestle as saying", "deny", ["greatly exaggerated", "closer to 900,000 pounds"], q=True, via=["Radio Kestle"]),
 A("tindall-expects-summer", "Professor Bram Tindall", ["Tindall", "He"], "He said he expected", "predict", ["finished by the summer"], h=True),
 A("quilliam-publish", "Professor Anneliese Quilliam", ["Quilliam"], "said she would", "assert", ["in full, whatever they say"], q=True),
 A("union-wait", "a spokesman for the lecturers' union", ["spokesman for the union", "spokesman"], "said", "assert", ["wait for the review before taking any action"]),
 A("union-no-ballot", "the lecturers' union spokesman", ["spokesman", "he"], "he said", "opinion", ["not going to ballot anyone on a rumour"], q=True),
]
attrs[11]["labelled_false"] = True
denials = [
 {"by": ["Kestlemoor University", "university"], "denied": ["will close at the end of next year"], "note": "lede 'has rejected reports that its conservatoire will close'"},
 {"by": ["Quilliam"], "denied": ["The conservatoire is staying open"], "note": "quote split by its attribution: one sentence, one entry"},
 {"by": ["spokeswoman"], "denied": ["recruitment for 2027 had been paused", "simply not the case"], "note": "'said it was \"simply not the case\" and that auditions would run in November as usual'"},
 {"by": ["Marrick"], "denied": ["resigned in protest at marks being raised", "had not resigned over marks at all"], "note": "reported-speech denial"},
 {"by": ["Tindall"], "denied": ["2.3 million pounds", "greatly exaggerated"], "note": "disputes the Bulletin's loss figure; relayed through Radio Kestle"},
]
anon = [{"match": ["two council members", "Bulletin"], "note": "two council members who 'reportedly argued', according to Higher Ed Bulletin"},
        {"match": ["senior lecturer"], "note": "asked not to be named"}]
relays = [{"speaker": ["Tindall"], "outlets": ["Radio Kestle"], "note": "Tindall -> Radio Kestle -> this article"},
          {"speaker": ["two council members"], "outlets": ["Higher Ed Bulletin"], "note": "unnamed council members -> Higher Ed Bulletin -> this article"}]
descs = [{"name": "Anneliese Quilliam", "description": ["the vice-chancellor"]}, {"name": "Higher Ed Bulletin", "description": ["a trade newsletter"]},
 {"name": "Aldervane Partners", "description": ["a consultancy"]}, {"name": "Helka Marrick", "description": ["an external examiner"]},
 {"name": "Orla Sowerbutts", "description": ["president of the students' union"]}, {"name": "Bram Tindall", "description": ["chairs the university's finance committee"]}]
hedges = ["reportedly", "is understood to", "expected", "more than", "closer to"]
lf = [{"claim": ["already been sold to a hotel group"], "by": "the article itself ('is false: land records still list the university as the owner')"}]
numbers = [{"value": v, "fact": f} for v, f in [("6,000", "petition signatures"), ("2.3 million pounds", "losses per the Bulletin"), ("18 per cent", "fall in applications 2023-2025"),
  ("61 to 54", "teaching staff"), ("900,000 pounds", "losses per Tindall"), ("26 March", "next council meeting"), ("2,000", "shares of the post")]]
ce = [{"cause": ["because she had taken a post abroad"], "effect": ["not resigned over marks"]}]
noise = ["EDUCATION", "By Tamsyn Ebsworth, Universities Correspondent", "Monday 9 March 2026, 6.40pm",
 "Photo caption: Students rehearse in the Varley Hall practice rooms at Kestlemoor. (Photo: Ebsworth)", "Auditions and the examiner", "Figures and feelings",
 "Related: How three other universities have merged their music schools since 2020"]
notes = ("Original fictional universities correspondent's article. Noise: section line, byline, date-and-time line, photo caption, two subheads, 'Related:' line. "
 "Pronoun sources: 'She was speaking' = Quilliam; 'she said' (second quote) = Sowerbutts; 'He said he expected' = Tindall; 'he said' (last quote) = the union spokesman. "
 "The Bulletin's two council members are one anonymous entry with the Bulletin as via (hedged 'reportedly'); the Bulletin's own 'managed wind-down' is a required assert. "
 "'did confirm' is confirm; Aldervane's 'refused to say' is optional. Sowerbutts's 'I do not think anyone here is lying' and the union's 'We are not going to ballot' are opinions. "
 "Tindall's 'greatly exaggerated' with the 900,000 figure disputes the Bulletin's 2.3 million (deny, via Radio Kestle). The post's hotel-sale claim is labelled false by the article; "
 "'Applications ... fell by 18 per cent ..., according to figures the university publishes' is a required assert (a cited document, matched by 'university' too).")
build(N, notes, attrs, denials, anon, relays, descs, hedges, lf, [], numbers, ce, noise)
