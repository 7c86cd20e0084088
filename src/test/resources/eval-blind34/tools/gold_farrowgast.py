from goldlib import A, build
N = "farrowgast-scaffold-court-report"
attrs = [
 A("owner-never-ordered", "Hadrianus Drummaquin, owner of Tarrowby Scaffold (lede)", ["owner", "Drummaquin"], "told a jury ... that he had never", "deny", ["never ordered his workers to take off their safety harnesses"]),
 A("drummaquin-denies-charge", "Hadrianus Drummaquin", ["Drummaquin"], "denies a charge of", "deny", ["failing to ensure the safety of his employees"]),
 A("prosecution-fell", "the prosecution", ["prosecution"], "The prosecution says", "assert", ["fell nine metres from a platform"]),
 A("drummaquin-rejected-outright", "Hadrianus Drummaquin", ["Drummaquin"], "rejected outright the prosecution's case that", "deny", ["harnesses were treated as optional"]),
 A("drummaquin-every-man", "Hadrianus Drummaquin", ["Drummaquin"], "he said", "deny", ["Every man on my scaffolds wears a harness"], q=True),
 A("plaskett-faffing", "prosecutor Crispinian Plaskett", ["Plaskett", "Prosecutor"], "put it to him that", "assert", ["stop faffing with clips"], q=True),
 A("drummaquin-not-spoken", "Hadrianus Drummaquin", ["Drummaquin"], "said he had not spoken those words", "deny", ["had not spoken those words"]),
 A("foreman-bonus", "a former Tarrowby foreman who asked not to be named", ["foreman"], "told the Farrowgast Beacon-Post", "assert", ["paid a bonus for finishing early"], h=True, anon=True, via=["Beacon-Post"]),
 A("drummaquin-no-bonus", "Hadrianus Drummaquin", ["Drummaquin"], "told the court that no such", "deny", ["no such bonus had ever existed"]),
 A("hethersett-invented", "Gwendrith Hethersett, defence lawyer", ["Hethersett", "lawyer"], "described the story as", "deny", ["invented from start to finish"], q=True),
 A("papers-14", "court papers", ["Court papers"], "Court papers show", "assert", ["list 14 harnesses on the site"], req=False),
 A("yarrowfell-none-left", "Joost Yarrowfell, the injured labourer", ["Yarrowfell"], "told the jury", "assert", ["there were none left"], h=True),
 A("drummaquin-not-right", "Hadrianus Drummaquin", ["Drummaquin"], "said that could not be right", "deny", ["that could not be right"]),
 A("drummaquin-accepted", "Hadrianus Drummaquin", ["Drummaquin"], "accepted that", "confirm", ["no one had checked the harness log"]),
 A("drummaquin-on-me", "Hadrianus Drummaquin", ["Drummaquin"], "he said", "confirm", ["that is on me"], q=True),
 A("quonby-rail", "Marisela Quonby, Workplace Safety Authority inspector", ["Quonby", "inspector", "Workplace Safety Authority"], "told the court", "assert", ["guard rail on the platform had been removed"]),
 A("quonby-nothing-to-stop", "Marisela Quonby", ["Quonby"], "she said", "assert", ["had nothing to stop a fall"]),
 A("hethersett-answer", "Gwendrith Hethersett", ["Hethersett"], "said in a statement", "assert", ["will answer every question put to him"], q=True),
 A("defence-source-subcontractor", "a source close to the defence who asked not to be named", ["source"], "said", "assert", ["taken down by a subcontractor"], anon=True),
 A("reports-never-walk", "some reports after the first day", ["reports"], "said", "assert", ["would never walk again"]),
 A("yarrowfell-stick", "Joost Yarrowfell", ["Yarrowfell"], "he told the jury", "assert", ["walks with a stick"]),
]
denials = [
 {"by": ["owner", "Drummaquin"], "denied": ["never ordered his workers to take off their safety harnesses"], "note": "lede: 'told a jury ... that he had never ordered'; also 'denies a charge of'"},
 {"by": ["Drummaquin"], "denied": ["harnesses were treated as optional"], "note": "'rejected outright the prosecution's case that' + 'Every man on my scaffolds ...' quote"},
 {"by": ["Drummaquin"], "denied": ["stop faffing with clips"], "note": "'said he had not spoken those words or anything like them' against the prosecutor's put-to"},
 {"by": ["Drummaquin", "Hethersett"], "denied": ["paid a bonus for finishing early"], "note": "'no such bonus had ever existed' + lawyer 'described the story as \"invented from start to finish\"' against the anonymous foreman"},
 {"by": ["Drummaquin"], "denied": ["there were none left"], "note": "'said that could not be right' against Yarrowfell's evidence"},
]
anon = [{"match": ["foreman"], "note": "former foreman who asked not to be named told the Farrowgast Beacon-Post (reportedly bonus)"},
        {"match": ["source"], "note": "a source close to the defence, who asked not to be named"}]
relays = [{"speaker": ["foreman"], "outlets": ["Beacon-Post"], "note": "unnamed ex-foreman -> Farrowgast Beacon-Post"}]
descs = [{"name": "Hadrianus Drummaquin", "description": ["director of Tarrowby Scaffold Ltd"]}, {"name": "Joost Yarrowfell", "description": ["labourer"]},
 {"name": "Crispinian Plaskett", "description": ["Prosecutor"]}, {"name": "Gwendrith Hethersett", "description": ["his lawyer"]}, {"name": "Marisela Quonby", "description": ["An inspector from the Workplace Safety Authority"]}]
hedges = ["reportedly", "allegedly"]
lf = [{"claim": ["would never walk again"], "by": "the article itself ('That is not true: he told the jury he now walks with a stick')"}]
numbers = [{"value": v, "fact": f} for v, f in [("52", "Drummaquin's age"), ("11 August 2024", "date of the fall"), ("23", "Yarrowfell's age then"), ("nine metres", "height of the fall"), ("30 years", "harness rule per Drummaquin"), ("14 harnesses", "in the firm's records"), ("crew of 9", "crew size"), ("22 May", "expected end of trial")]]
ce = [{"cause": ["he was not clipped on"], "effect": ["fell nine metres from a platform"]}, {"cause": ["removal of the rail"], "effect": ["had nothing to stop a fall"]}]
noise = ["By Corbeleth Amsworth, Courts Reporter", "Thursday 14 May 2026", "Advertisement", "Read more: How safe are building sites in the county?"]
notes = ("Original fictional court report (third day of a jury trial). Denials: lede 'told a jury ... he had never ordered' (source named only in paragraph 2; 'denies a charge of' also deny); 'rejected outright the prosecution's case that' + quote; 'said he had not spoken those words or anything like them' against the prosecutor's put-to (the prosecutor's words are an assert, quoted); 'no such bonus had ever existed' + lawyer 'described the story as \"invented ...\"' against the anonymous foreman; 'said that could not be right' against the victim's evidence. "
 "'accepted that' under cross-examination = confirm, with 'that is on me' quote. Two anonymous sources: foreman (reportedly, via Beacon-Post) and a source close to the defence (not hedged). Yarrowfell's 'allegedly told by a supervisor' = hedged assert by Yarrowfell (supervisor not a separate entry). 'Some reports ... would never walk again' labelled false by the article ('That is not true'). Court papers optional (documentary). Headline no entry.")
build(N, notes, attrs, denials, anon, relays, descs, hedges, lf, [], numbers, ce, noise)
