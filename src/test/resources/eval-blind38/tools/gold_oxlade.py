from goldlib import A, build
N = "oxlade-cold-water-study-science-news"
SC = ["Scantlebury", "lead author", "physiologist"]
TH = ["Throssell", "epidemiologist"]
attrs = [
 A("study-third", "a study from the University of Oxlade", ["study", "University of Oxlade"], "according to", "assert", ["take about a third fewer sick days"]),
 A("scantlebury-insisted", "Professor Hortense Scantlebury, lead author (lede)", SC, "has insisted the work was not paid for by", "deny", ["was not paid for by the outdoor swimming industry"]),
 A("study-reports", "the study", ["study", "Scantlebury"], "the study reports", "assert", ["2.1 days off sick over the winter"]),
 A("scantlebury-trains", "Professor Hortense Scantlebury", SC, "Professor Scantlebury said", "suggest", ["regular cold exposure trains the body's stress response"], q=True),
 A("scantlebury-bugs", "Professor Hortense Scantlebury", SC, "(second sentence of the same quote)", "suggest", ["shrugged off more of the ordinary winter bugs"], q=True),
 A("throssell-fitter", "Dr Ephraim Throssell, Harbisher University epidemiologist", TH + ["Harbisher"], "said", "assert", ["likely to be fitter and healthier to begin with"]),
 A("throssell-sample", "Dr Ephraim Throssell", TH, "he said (split quote)", "opinion", ["tells us who likes cold water, not what cold water does"], q=True),
 A("throssell-dropped", "Dr Ephraim Throssell", TH, "also claimed that", "assert", ["17 swimmers who dropped out had been left out of the results"]),
 A("scantlebury-included", "Professor Hortense Scantlebury", SC, "said", "deny", ["all 17 were included in the main analysis"]),
 A("column-fulbeck", "a column in a national newspaper", ["column", "national newspaper"], "said", "assert", ["had been funded by Fulbeck Neoprene"]),
 A("scantlebury-grant", "Professor Hortense Scantlebury", SC, "said", "deny", ["paid for entirely by a university grant of £96,000"]),
 A("fulbeck-never", "Fulbeck Neoprene", ["Fulbeck"], "said it had never given money", "deny", ["had never given money to the University of Oxlade"]),
 A("member-overruled", "a member of the research team, speaking on condition of anonymity", ["member of the research team", "research team"], "told Research News", "assert", ["asked for the results to be checked again before publication"], h=True, anon=True, via=["Research News"]),
 A("spokeswoman-checked", "a University of Oxlade spokeswoman", ["spokeswoman", "university", "University of Oxlade"], "said", "deny", ["every result had been checked twice by a statistician outside the team"]),
 A("scantlebury-confirmed", "Professor Hortense Scantlebury", SC, "confirmed that", "confirm", ["had overstated the result"]),
 A("scantlebury-mistake", "Professor Hortense Scantlebury", SC, "she said", "confirm", ["That was a mistake in the release, not in the paper"], q=True),
 A("release-halved", "the university's press release", ["press release"], "saying", "assert", ["saying sick days were halved"], req=False),
 A("websites-colds", "several websites", ["websites"], "have since reported that", "assert", ["prevents colds"]),
 A("club-no-comment", "the Oxlade Open Water Club", ["Open Water Club"], "declined to comment", "assert", ["declined to comment on the study"], req=False),
 A("scantlebury-trial", "Professor Hortense Scantlebury", SC, "said ... would", "predict", ["would begin in October if funding is approved"]),
]
denials = [
 {"by": ["Scantlebury"], "denied": ["had been funded by Fulbeck Neoprene"], "note": "lede 'has insisted the work was not paid for by the outdoor swimming industry' + 'said the study was paid for entirely by a university grant of £96,000' (positively worded)"},
 {"by": ["Fulbeck"], "denied": ["had been funded by Fulbeck Neoprene"], "note": "second party, same claim: 'said it had never given money to the University of Oxlade'"},
 {"by": ["Scantlebury"], "denied": ["17 swimmers who dropped out had been left out of the results"], "note": "same denier, second claim: 'said all 17 were included in the main analysis' (positively worded, against Throssell)"},
 {"by": ["spokeswoman"], "denied": ["asked for the results to be checked again before publication"], "note": "university spokeswoman: every result checked twice by an outside statistician (positively worded, against the anonymous team member)"},
]
anon = [{"match": ["member of the research team"], "note": "member of the research team speaking on condition of anonymity, told Research News (reportedly)"}]
relays = [{"speaker": ["member of the research team"], "outlets": ["Research News"], "note": "anonymous team member -> Research News (the publication itself)"}]
descs = [{"name": "Hortense Scantlebury", "description": ["physiologist", "lead author"]}, {"name": "Ephraim Throssell", "description": ["epidemiologist at Harbisher University"]}, {"name": "Fulbeck Neoprene", "description": ["which makes wetsuits"]}]
hedges = ["reportedly", "may"]
lf = [{"claim": ["prevents colds"], "by": "the article itself ('It does not.')"}]
numbers = [{"value": v, "fact": f} for v, f in [("at least twice a week", "swimming"), ("about a third fewer", "sick days"), ("240 office workers", "sample"), ("November 2025 to March 2026", "period"), ("2.1 days", "swimmers"), ("3.2 days", "non-swimmers"), ("17 swimmers", "drop-outs"), ("£96,000", "grant"), ("volume 14", "journal")]]
ce = [{"cause": ["regular cold exposure trains the body's stress response"], "effect": ["the swimmers shrugged off more of the ordinary winter bugs"]}, {"cause": ["the swimmers had chosen to swim"], "effect": ["likely to be fitter and healthier to begin with"]}]
noise = ["SCIENCE | Research News", "By Xanthe Bellairs, Science Correspondent", "Wednesday 27 January 2027, 00:01 GMT", "Journal reference: Winter Physiology Letters, volume 14", "Advertisement", "Read more: How to swim safely in cold water", "Notes: The study was published in Winter Physiology Letters. Research News is a service of the Culture and Science Desk."]
notes = ("Original fictional science/university research story about a disputed study. Section label, byline, embargo-style timestamp, 'Journal reference:' line, 'Advertisement', 'Read more:' and the closing 'Notes:' line are noise. "
 "Denials: lede 'Its lead author has insisted the work was not paid for by the outdoor swimming industry' + Scantlebury 'said the study was paid for entirely by a university grant' (positively worded, required); Fulbeck Neoprene 'said it had never given money to the University of Oxlade' (second party, same claim); Scantlebury 'said all 17 were included in the main analysis' (same denier, second claim, positively worded, against Throssell); university spokeswoman 'said every result had been checked twice by a statistician outside the team' (positively worded, against the anonymous team member). "
 "Borderline: Throssell's 'fitter and healthier' critique and his split quote are not denials of a claim (critique of method = assert / opinion). 'Not everyone is persuaded.' is the article's own framing (no entry). Anonymous team member 'told Research News' (the publication itself, via) with 'reportedly'. Admission: 'Professor Scantlebury confirmed that the university's own press release ... had overstated the result' + quoted 'That was a mistake in the release, not in the paper' (required confirm); the release's 'sick days were halved' = optional assert. Websites' 'prevents colds' labelled false ('It does not.'). Scantlebury's two-sentence quote (named once) = two required suggest entries. Open Water Club no-comment optional.")
build(N, notes, attrs, denials, anon, relays, descs, hedges, lf, [], numbers, ce, noise)
