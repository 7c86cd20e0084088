# Writes the six gold files of eval-blind55 and checks every string against its text (see goldlib.build).
from goldlib import A, D_ as D, N, CE, S, build
ok = True

# 1 street-lighting switch-off row (medium)
CC = ["county council", "council", "Quested", "Stapylton"]
NSG = ["Wyvernhurst Night Safety Group", "Night Safety Group", "group", "Pinnegar"]
PIN = ["Pinnegar", "chair", "Wyvernhurst Night Safety Group", "group"]
POL = ["Wyvernhurst Police", "Police"]
QUE = ["Quested", "highways director", "council"]
WEL = ["Wellacott", "council leader"]
STA = ["Stapylton", "finance director", "council"]
ok &= build("wyvernhurst-street-lights-midnight-switch-off-row", "medium",
 "Original fictional street-lighting switch-off row (local democracy desk). Section label, byline, date line, 'Photo:' caption, 'Advertisement', newsletter prompt and 'Read more:' are noise. 'Two neighbouring counties, Midgehope and Sapperby, have run similar schemes since 2027' is the article's own voice (no entry). Denials: 'Wyvernhurst Police challenged the figure, saying recorded burglaries in Pottlewick had fallen from 61 to 57 during the trial year' (content-less verdict 'the figure': keyed by the reason clause only) against the group's 40-percent burglary claim; the highways director's two-sentence quote 'Crime in Pottlewick went down while the lights were off. We have published every number from the trial,' she said (second party, same claim; first sentence a positively worded rebuttal: deny; second counter-evidence: assert; 'was blunt' gets no entry); 'Wellacott said nothing could be further from the truth, and that Tullimore would go dark at midnight like every other ward' (keyed by the reason clause, never by 'further from the truth'; positively worded: deny); 'The council said no such advice existed, and that the plan had been checked by its road-safety officer in July' (against the anonymous engineer; one entry, two keys). Admission: 'The council admitted that it had not asked groups representing disabled residents for their views' (required confirm). Pronoun-resolved: 'It said' (the council, twice), 'she said' (Quested), 'She added' (Pinnegar); short-name back-references 'The council', 'The group'. Said-X inversion inside a split quote: 'said its finance director, Urbain Stapylton, \"and if ...\"'. Anonymous: 'An engineer with the council's lighting contractor, who asked not to be named, told Radio Wyvernhurst' (anonymous, hedged, via). Relay: Pinnegar 'told the Wyvernhurst Tribune' (via). The council's own report is a document source (required predict, hedged). The Pottlewick leaflet's claim is labelled false ('They will not: ...'): required assert.",
 [A("cc-switch", "the county council", CC, "said", "predict", ["will be switched off between midnight and 5am from November 4"], h=True),
  A("cc-save", "the county council", CC, "The council said", "predict", ["save about 610,000 crowns a year"], h=True),
  A("cc-bill", "the county council", CC, "It said", "assert", ["its electricity bill had risen by 38 percent since 2028"]),
  A("nsg-40", "the Wyvernhurst Night Safety Group", NSG, "said", "assert", ["burglaries in Pottlewick had risen by 40 percent during a trial switch-off there in 2029"]),
  A("pin-darkness", "Norberta Pinnegar, the group's chair", PIN, "said", "opinion", ["whole estates in pitch darkness"], q=True),
  A("pol-challenged", "Wyvernhurst Police", POL, "challenged the figure, saying", "deny", ["recorded burglaries in Pottlewick had fallen from 61 to 57 during the trial year"]),
  A("que-crime", "Valorie Quested, the council's highways director", QUE, "she said", "deny", ["Crime in Pottlewick went down while the lights were off"], q=True),
  A("que-published", "Valorie Quested", QUE, "(second sentence of the same quote)", "assert", ["We have published every number from the trial"], q=True),
  A("nsg-tullimore", "the Wyvernhurst Night Safety Group", NSG, "also said", "assert", ["the lights would stay on all night in Tullimore"]),
  A("wel-tullimore", "Ranulph Wellacott, the council leader", WEL, "said nothing could be further from the truth, and that", "deny", ["Tullimore would go dark at midnight like every other ward"]),
  A("eng-lawyers", "an engineer with the council's lighting contractor (anonymous)", ["engineer with the council's lighting contractor", "engineer"], "told Radio Wyvernhurst", "assert", ["the council's own lawyers had warned in June that the plan could breach its duty to keep roads safe"], h=True, anon=True, via=["Radio Wyvernhurst"]),
  A("cc-no-advice", "the county council", CC, "said ... and that", "deny", ["no such advice existed", "the plan had been checked by its road-safety officer in July"]),
  A("cc-admitted", "the county council", CC, "admitted that", "confirm", ["it had not asked groups representing disabled residents for their views"]),
  A("cc-meeting", "the county council", CC, "It said", "assert", ["a meeting with three of those groups had been arranged for October 21"]),
  A("cc-212", "the county council", CC, "the council said", "predict", ["Lights at 212 pedestrian crossings and at every roundabout will stay on through the night"]),
  A("report-carbon", "the council's own report", ["council's own report", "report", "council"], "says", "predict", ["cut the county's carbon emissions by up to 2,300 tonnes a year"], h=True),
  A("sta-lightly", "Urbain Stapylton, the council's finance director", STA, "said its finance director, Urbain Stapylton (split quote)", "opinion", ["We have not taken this decision lightly"], q=True),
  A("sta-energy", "Urbain Stapylton", STA, "(split quote, second part)", "predict", ["if the price of energy falls we will look at it again"], q=True, h=True),
  A("pin-signatures", "Norberta Pinnegar", PIN, "told the Wyvernhurst Tribune", "assert", ["the group had collected more than 4,000 signatures", "would hand its petition to the council on October 15"], h=True, via=["Wyvernhurst Tribune"]),
  A("pin-torches", "Norberta Pinnegar", PIN, "She added", "predict", ["members would walk the darkened streets with torches"]),
  A("leaflet-columns", "a leaflet pushed through doors in Pottlewick", ["leaflet"], "claimed", "assert", ["the lamp columns would be taken down for good"]),
  A("cc-review", "the county council", CC, "the council said", "predict", ["The switch-off will be reviewed after one year"])],
 [D(["Wyvernhurst Police", "Police"], ["burglaries in Pottlewick had risen by 40 percent during a trial switch-off there in 2029"], "'challenged the figure, saying recorded burglaries in Pottlewick had fallen from 61 to 57 during the trial year'"),
  D(["Quested", "highways director"], ["burglaries in Pottlewick had risen by 40 percent during a trial switch-off there in 2029"], "second party, same claim: 'Crime in Pottlewick went down while the lights were off' (quote, no cue word)"),
  D(["Wellacott", "council leader"], ["the lights would stay on all night in Tullimore"], "'said nothing could be further from the truth, and that Tullimore would go dark at midnight like every other ward'"),
  D(["council"], ["the council's own lawyers had warned in June that the plan could breach its duty to keep roads safe"], "'The council said no such advice existed, and that the plan had been checked by its road-safety officer in July' (against the anonymous engineer)")],
 [{"match": ["engineer with the council's lighting contractor"], "note": "an engineer with the council's lighting contractor, who asked not to be named, told Radio Wyvernhurst the council's lawyers had warned about its road-safety duty"}],
 [{"speaker": ["engineer with the council's lighting contractor"], "outlets": ["Radio Wyvernhurst"], "note": "anonymous engineer -> Radio Wyvernhurst -> this story"},
  {"speaker": ["Pinnegar"], "outlets": ["Wyvernhurst Tribune"], "note": "group chair -> Wyvernhurst Tribune -> this story"}],
 [S("Wyvernhurst Night Safety Group", ["a residents' campaign formed in August"]), S("Norberta Pinnegar", ["Its chair"]), S("Valorie Quested", ["The council's highways director"]), S("Ranulph Wellacott", ["the council leader"]), S("Tullimore", ["the ward of the council leader"]), S("Urbain Stapylton", ["its finance director"]), S("engineer", ["with the council's lighting contractor"])],
 ["About 14,000", "about 610,000 crowns", "could breach", "could also cut", "up to 2,300 tonnes", "if the price of energy falls", "more than 4,000"],
 [{"claim": ["the lamp columns would be taken down for good"], "by": "the article itself ('They will not: the columns and lamps stay in place, and the lights will come back on at 5am every morning.')"}],
 ["whole estates in pitch darkness"],
 [N("About 14,000", "street lights switched off"), N("November 4", "start date"), N("about 610,000 crowns a year", "saving, per the council"), N("38 percent", "rise in electricity bill since 2028"), N("40 percent", "burglary rise, per the group"), N("from 61 to 57", "recorded burglaries, per the police"), N("October 21", "meeting with disabled residents' groups"), N("212 pedestrian crossings", "lights kept on"), N("up to 2,300 tonnes", "carbon cut, per the report"), N("more than 4,000 signatures", "petition"), N("October 15", "petition hand-in")],
 [CE(["because its electricity bill had risen by 38 percent since 2028"], ["the change was needed"])],
 ["NEWS", "By Mirabelle Nutbeam, Local Democracy Reporter", "Tuesday 8 October 2030", "Photo: A lamp column on the Pottlewick Road estate", "Advertisement", "Sign up for our Wyvernhurst Today newsletter", "Read more: How other counties have dimmed their street lights"])

# 2 dog-fouling fine story (short)
MDC = ["district council", "council", "Yeandle"]
PAWS = ["Mossingham Paws", "Paws", "group", "Tolchard"]
VEX = ["Vexholme Patrols", "Vexholme", "firm"]
YEA = ["Yeandle", "environment officer", "council"]
TOL = ["Tolchard", "chair", "Mossingham Paws", "group"]
ok &= build("mossingham-dog-fouling-fines-private-wardens", "short",
 "Original fictional dog-fouling fine story (community desk). Section label, byline, date line, 'Photo:' caption, 'Advertisement', newsletter prompt and 'Read more:' are noise. 'The council hired the enforcement firm Vexholme Patrols in April 2031 after complaints ... rose by a third' and 'The fine is 100 crowns, and most of last year's were issued in Quickthorne Park' are the article's own voice (no entry). Denials: 'The firm said the suggestion was false, and that its wardens were paid a fixed hourly wage' (keyed by the reason clause, never by 'was false'; deny) against Mossingham Paws' bonus claim; 'The council gave short shrift to the bonus claim' (second party, same claim; content-less, keyed by its object 'the bonus claim': required deny) + the environment officer's two-sentence quote named once 'There is no bonus in our contract with Vexholme, and there never has been. Anyone can read the contract on our website,' said its environment officer, Rufina Yeandle (said-X inversion; first sentence deny with no cue word, second counter-evidence assert); 'Vexholme played down the account, saying 20 a week was a rough guide given to new staff, not a target' (X-not-Y against the anonymous former warden: deny). Admission: 'The council accepted that 43 fines had been issued to the wrong people since April' (required confirm). Pronoun-resolved: 'It said' (the council), 'He added' (Tolchard); short-name back-references 'The firm', 'The council', 'Vexholme'. Split quote with said-X inversion: '\"Nobody defends owners who leave a mess,\" the group's chair, Ulick Tolchard, said, \"but ...\"'. Anonymous: 'A former warden, who did not want to be identified, told the Mossingham Courier' (anonymous, hedged, via). The Mossingham Tattle thread's claim is labelled false ('It will not: ...'): required assert.",
 [A("mdc-1240", "figures published by the district council", MDC + ["figures"], "according to figures published by", "assert", ["issued 1,240 fines for dog fouling in the year to March"]),
  A("paws-bonus", "the owners' group Mossingham Paws", PAWS, "said", "assert", ["the wardens were paid a bonus for every fine they issued"]),
  A("vex-wage", "Vexholme Patrols", VEX, "said the suggestion was false, and that", "deny", ["its wardens were paid a fixed hourly wage"]),
  A("mdc-shrift", "the district council", MDC, "gave short shrift to", "deny", ["the bonus claim"]),
  A("yea-nobonus", "Rufina Yeandle, the council's environment officer", YEA, "said its environment officer, Rufina Yeandle", "deny", ["There is no bonus in our contract with Vexholme, and there never has been"], q=True),
  A("yea-read", "Rufina Yeandle", YEA, "(second sentence of the same quote)", "assert", ["Anyone can read the contract on our website"], q=True),
  A("warden-target", "a former warden (anonymous)", ["former warden"], "told the Mossingham Courier", "assert", ["staff had been set a target of 20 fines a week"], h=True, anon=True, via=["Mossingham Courier"]),
  A("vex-guide", "Vexholme Patrols", VEX, "played down the account, saying", "deny", ["20 a week was a rough guide given to new staff, not a target"]),
  A("mdc-43", "the district council", MDC, "accepted that", "confirm", ["43 fines had been issued to the wrong people since April"]),
  A("mdc-cancelled", "the district council", MDC, "It said", "assert", ["every one of them had been cancelled and the money paid back"]),
  A("tol-mess", "Ulick Tolchard, the group's chair", TOL, "the group's chair, Ulick Tolchard, said (split quote)", "opinion", ["Nobody defends owners who leave a mess", "we want every fine checked by the council, not by the firm that issued it"], q=True),
  A("tol-publish", "Ulick Tolchard", TOL, "He added", "predict", ["ask councillors to publish how many fines each warden had issued"], h=True),
  A("tattle-double", "a thread on the local forum Mossingham Tattle", ["Mossingham Tattle", "thread", "forum"], "claimed", "assert", ["the fine would double to 200 crowns in January"])],
 [D(["Vexholme", "firm"], ["the wardens were paid a bonus for every fine they issued"], "'The firm said the suggestion was false, and that its wardens were paid a fixed hourly wage'"),
  D(["council", "Yeandle"], ["the wardens were paid a bonus for every fine they issued"], "second party, same claim: 'The council gave short shrift to the bonus claim' + 'There is no bonus in our contract with Vexholme, and there never has been,' said its environment officer"),
  D(["Vexholme"], ["staff had been set a target of 20 fines a week"], "X-not-Y: 'Vexholme played down the account, saying 20 a week was a rough guide given to new staff, not a target' (against the anonymous former warden)")],
 [{"match": ["former warden"], "note": "a former warden, who did not want to be identified, told the Mossingham Courier staff had a target of 20 fines a week"}],
 [{"speaker": ["former warden"], "outlets": ["Mossingham Courier"], "note": "anonymous former warden -> Mossingham Courier -> this story"}],
 [S("Vexholme Patrols", ["the enforcement firm"]), S("Mossingham Paws", ["The owners' group"]), S("Rufina Yeandle", ["its environment officer"]), S("Ulick Tolchard", ["the group's chair"]), S("Mossingham Tattle", ["the local forum"])],
 ["probably", "until at least 2034", "a rough guide"],
 [{"claim": ["the fine would double to 200 crowns in January"], "by": "the article itself ('It will not: the council has fixed the fine at 100 crowns until at least 2034.')"}],
 ["short shrift"],
 [N("1,240 fines", "year to March"), N("236", "the year before"), N("April 2031", "firm hired"), N("by a third", "rise in complaints"), N("100 crowns", "the fine"), N("20 fines a week", "target, per the former warden"), N("43 fines", "issued to the wrong people"), N("200 crowns", "per the forum thread"), N("2034", "fine fixed until")],
 [CE(["after complaints about fouling in its parks rose by a third"], ["The council hired the enforcement firm Vexholme Patrols in April 2031"])],
 ["COMMUNITY", "By Zuleika Roskilly", "Friday 16 May 2032", "Photo: A warning sign at the gates of Quickthorne Park", "Advertisement", "Sign up for the Mossingham Weekly newsletter", "Read more: Where to find dog bins in Mossingham's parks"])

# 3 primary-school uniform-cost complaint (short)
PAR = ["group of parents", "parents", "Nimmerley Fair Uniform", "campaign", "Scrase"]
CAM = ["Nimmerley Fair Uniform", "campaign", "parents", "Scrase"]
UGL = ["Uglow", "head teacher", "Nimmerley Primary"]
PIL = ["Pilbrow", "owner", "Pilbrow's Schoolwear"]
SCR = ["Scrase", "organiser", "Nimmerley Fair Uniform", "campaign"]
ok &= build("nimmerley-primary-school-uniform-cost-complaint", "short",
 "Original fictional primary-school uniform-cost complaint (education desk). Section label, byline, date line, 'Photo:' caption, 'Advertisement', newsletter prompt and 'Read more:' are noise. The lede 'A group of parents ... has complained to the school's governors that ...' is the parents' claim (required, hedged). Denials: 'The head teacher, Wenonah Uglow, contested the figure, saying a full set of required items cost 96 crowns, not 185, and that the fleece was optional' (X-not-Y against the 185-crown figure; keyed by the reason clauses, not by 'contested the figure'); 'The shop's owner, Maximilian Pilbrow, called the claim untrue, saying he had no agreement with the school beyond a printed price list' (against the campaign's 10-percent claim; positively worded reason: deny); 'Uglow was just as clear' (no entry) + the two-sentence quote named once 'Not one crown from any uniform sale comes back to this school. Our accounts are open to any parent who asks,' she told the Nimmerley Gazette (second party, same claim; first sentence no cue word: deny; second counter-evidence: assert; named relay via the Gazette). Admission: 'Uglow conceded that parents had been given only three weeks' notice of the change' (required confirm). Pronoun-resolved: 'She added' (Uglow), 'she told the Nimmerley Gazette'; short-name back-references 'The campaign also said', 'the shop', 'Uglow'. Split quote with said-X inversion: '\"We are not against uniform,\" said the campaign's organiser, Rosabel Scrase, \"but ...\"'. Anonymous: 'A teaching assistant, speaking on condition that she not be named, told the parenting site Satchel Talk' (anonymous, hedged, via). The Nimmerley Playground Parents message is labelled false ('They will not: ...'); the school's letter inside the correction ('says plain sweatshirts ... will be accepted until Easter') has an explicit cue: required predict.",
 [A("par-185", "a group of parents at Nimmerley Primary School", PAR, "has complained to the school's governors that", "predict", ["new uniform rules will cost families about 185 crowns for each child this year"], h=True),
  A("par-logo", "the parents (campaign Nimmerley Fair Uniform)", CAM, "said", "assert", ["the school now requires a logo sweatshirt, a logo polo shirt, a logo fleece and a logo book bag", "all sold only by Pilbrow's Schoolwear"]),
  A("cam-30", "the campaign Nimmerley Fair Uniform", CAM, "the campaign said", "assert", ["at least 30 families have asked the school for help"], h=True),
  A("ugl-96", "Wenonah Uglow, the head teacher", UGL, "contested the figure, saying", "deny", ["a full set of required items cost 96 crowns, not 185", "the fleece was optional"]),
  A("ugl-sale", "Wenonah Uglow", UGL, "She added", "predict", ["the school would hold a second-hand uniform sale on September 20"]),
  A("cam-10pc", "the campaign Nimmerley Fair Uniform", CAM, "also said", "assert", ["the school received 10 percent of every sale made by the shop"]),
  A("pil-untrue", "Maximilian Pilbrow, the shop's owner", PIL, "called the claim untrue, saying", "deny", ["he had no agreement with the school beyond a printed price list"]),
  A("ugl-notone", "Wenonah Uglow", UGL, "she told the Nimmerley Gazette", "deny", ["Not one crown from any uniform sale comes back to this school"], q=True, via=["Nimmerley Gazette"]),
  A("ugl-accounts", "Wenonah Uglow", UGL, "(second sentence of the same quote)", "assert", ["Our accounts are open to any parent who asks"], q=True, via=["Nimmerley Gazette"]),
  A("ugl-conceded", "Wenonah Uglow", UGL, "conceded that", "confirm", ["parents had been given only three weeks' notice of the change"]),
  A("ta-governors", "a teaching assistant (anonymous)", ["teaching assistant"], "told the parenting site Satchel Talk", "assert", ["governors had agreed the new list in July without asking a single parent"], h=True, anon=True, via=["Satchel Talk"]),
  A("scr-uniform", "Rosabel Scrase, the campaign's organiser", SCR, "said the campaign's organiser, Rosabel Scrase (split quote)", "opinion", ["We are not against uniform", "no family should have to buy it from one shop"], q=True),
  A("chat-sent-home", "a message in the chat group Nimmerley Playground Parents", ["Nimmerley Playground Parents", "message", "chat group"], "claimed", "assert", ["pupils without the logo sweatshirt would be sent home"]),
  A("letter-easter", "the school's letter to parents", ["school's letter", "letter", "school"], "says", "predict", ["plain sweatshirts in the same colour will be accepted until Easter"])],
 [D(["Uglow", "head teacher"], ["new uniform rules will cost families about 185 crowns for each child this year"], "X-not-Y: 'contested the figure, saying a full set of required items cost 96 crowns, not 185, and that the fleece was optional'"),
  D(["Pilbrow"], ["the school received 10 percent of every sale made by the shop"], "'called the claim untrue, saying he had no agreement with the school beyond a printed price list'"),
  D(["Uglow"], ["the school received 10 percent of every sale made by the shop"], "second party, same claim: quote with no cue word 'Not one crown from any uniform sale comes back to this school' (via the Nimmerley Gazette)")],
 [{"match": ["teaching assistant"], "note": "a teaching assistant, speaking on condition that she not be named, told Satchel Talk the governors agreed the list without asking parents"}],
 [{"speaker": ["teaching assistant"], "outlets": ["Satchel Talk"], "note": "anonymous teaching assistant -> parenting site Satchel Talk -> this story"},
  {"speaker": ["Uglow"], "outlets": ["Nimmerley Gazette"], "note": "head teacher -> Nimmerley Gazette -> this story"}],
 [S("Nimmerley Fair Uniform", ["the campaign"]), S("Wenonah Uglow", ["The head teacher"]), S("Maximilian Pilbrow", ["The shop's owner"]), S("Rosabel Scrase", ["the campaign's organiser"]), S("Satchel Talk", ["the parenting site"]), S("Nimmerley Playground Parents", ["the chat group"])],
 ["about 185 crowns", "at least 30 families", "only three weeks' notice"],
 [{"claim": ["pupils without the logo sweatshirt would be sent home"], "by": "the article itself ('They will not: the school's letter to parents says plain sweatshirts in the same colour will be accepted until Easter.')"}],
 [],
 [N("about 185 crowns", "cost per child, per the parents"), N("at least 30 families", "asked for help"), N("96 crowns", "full set, per the head"), N("September 20", "second-hand sale"), N("10 percent", "commission, per the campaign"), N("three weeks' notice", "given to parents")],
 [CE(["Because of the cost"], ["at least 30 families have asked the school for help"])],
 ["EDUCATION", "By Ximena Yabsley, Education Reporter", "Wednesday 3 September 2031", "Photo: Pupils arriving at Nimmerley Primary School", "Advertisement", "Get our Schools Week newsletter", "Read more: What the law says about the cost of school uniform"])

# 4 canal-towpath closure row (long)
UWT = ["Ulphwick Waterways Trust", "Waterways Trust", "trust", "Nankivell", "Penwortham"]
YTU = ["Yelmondby Towpath Users", "Towpath Users", "group", "Merridew"]
MER = ["Merridew", "secretary", "Yelmondby Towpath Users", "group"]
NAN = ["Nankivell", "chief engineer", "trust"]
PEN = ["Penwortham", "chief executive", "trust"]
BOR = ["borough council", "council"]
NOL = ["Nolloth Homes", "Nolloth"]
OGB = ["Ogbourne", "tea room"]
ok &= build("yelmondby-canal-towpath-closure-row", "long",
 "Original fictional canal-towpath closure row (countryside desk). Section label, byline, date line, 'Photo:' caption, 'Advertisement', newsletter prompt and 'Read more:' are noise. 'Cyclists and walkers will be sent on a nine-kilometre diversion ...' and 'The trust will hold a drop-in session ...' are the article's own voice (no entry). Denials: 'The trust said the wall had been inspected every year since 2027 and that repairs had been carried out in 2028 and again in 2030' (positively worded rebuttal of the group's 'had known about cracks ... and had done nothing about them': deny) + the chief engineer's two-sentence quote named once (said-X inversion 'said its chief engineer, Sabra Nankivell'; 'The cracks found in 2027 were repaired within six months' deny; 'What failed in February was a different section of wall ...' counter-evidence: assert); 'The trust said boats would be stopped for 11 weeks in the autumn, not for the whole closure' (X-not-Y against the group's 14-month claim); 'The trust denied that it had any plan to sell land at Umblecote' (against the anonymous member of staff; the only 'denied' in the set) and 'Nolloth Homes ... said it had never made an offer for the field and had no interest in it' (second party, same claim: deny). Admissions: 'The trust admitted that letters to the 46 boat owners ... had gone out only on May 19' and the chief executive's 'We should have written to our boaters in April, and I am sorry that we did not' (said-X inversion, two-sentence quote; both required confirm). Pronoun-resolved: 'it said' (the trust: repair cost), 'It said' (the trust: free moorings), 'He added' (Merridew), 'she said' (Nankivell); short-name back-references 'The trust', 'The group also said'. Split quote: '\"Most of my customers come along the towpath,\" Ogbourne said, \"and ...\"'. Anonymous: 'According to a member of the trust's maintenance staff, who spoke on condition of anonymity' (anonymous, hedged, no outlet). Relay: Merridew 'told the radio station Radio Umblecote' (via). The trust's own counters are a document source ('according to', hedged). The borough council's 30 mph answer to the group's diversion complaint is a response, not a denial (predict). The Narrowline forum post's draining claim is labelled false ('It will not: ...'): required assert.",
 [A("uwt-close", "the Ulphwick Waterways Trust", UWT, "said", "predict", ["will close on June 2 and is not expected to reopen until August 2032"], h=True),
  A("uwt-collapse", "the Ulphwick Waterways Trust", UWT, "The trust said", "assert", ["a 40-metre section of the embankment wall near Umblecote collapsed in February after three weeks of heavy rain"]),
  A("counters-1800", "the trust's own counters", ["trust's own counters", "counters", "trust"], "according to", "assert", ["About 1,800 people use the stretch on a summer weekend"], h=True),
  A("uwt-cost", "the Ulphwick Waterways Trust", UWT, "it said", "assert", ["The repair will cost about 3.2 million crowns", "the borough council is paying 800,000"], h=True),
  A("ytu-neglect", "the Yelmondby Towpath Users", YTU, "said", "assert", ["the trust had known about cracks in the wall since 2027 and had done nothing about them"]),
  A("mer-neglect", "Septimus Merridew, the group's secretary", MER, "said", "opinion", ["the price of ten years of neglect"], q=True),
  A("uwt-inspected", "the Ulphwick Waterways Trust", UWT, "said ... and that", "deny", ["the wall had been inspected every year since 2027", "repairs had been carried out in 2028 and again in 2030"]),
  A("nan-repaired", "Sabra Nankivell, the trust's chief engineer", NAN, "said its chief engineer, Sabra Nankivell", "deny", ["The cracks found in 2027 were repaired within six months"], q=True),
  A("nan-different", "Sabra Nankivell", NAN, "(second sentence of the same quote)", "assert", ["What failed in February was a different section of wall, and it had passed its inspection in October"], q=True),
  A("ytu-60mph", "the Yelmondby Towpath Users", YTU, "The group said", "assert", ["the diversion used 2 kilometres of a road with a 60 mph limit and no pavement"]),
  A("bor-30mph", "the borough council", BOR, "said", "predict", ["the limit on that stretch would be cut to 30 mph for the length of the closure"]),
  A("ytu-boats", "the Yelmondby Towpath Users", YTU, "also said", "assert", ["boats would be barred from the stretch for the whole 14 months"]),
  A("uwt-11weeks", "the Ulphwick Waterways Trust", UWT, "said", "deny", ["boats would be stopped for 11 weeks in the autumn, not for the whole closure"]),
  A("mer-believe", "Septimus Merridew", MER, "said", "opinion", ["when the last boat of the year goes through"], q=True),
  A("staff-sell", "a member of the trust's maintenance staff (anonymous)", ["member of the trust's maintenance staff", "maintenance staff"], "according to ..., who spoke on condition of anonymity", "assert", ["the trust planned to sell the canal-side field at Umblecote to a housing developer once the wall was rebuilt"], h=True, anon=True),
  A("uwt-sell", "the Ulphwick Waterways Trust", UWT, "denied that", "deny", ["it had any plan to sell land at Umblecote"]),
  A("nol-never", "Nolloth Homes", NOL, "said it had never", "deny", ["had never made an offer for the field", "had no interest in it"]),
  A("uwt-admitted", "the Ulphwick Waterways Trust", UWT, "admitted that", "confirm", ["letters to the 46 boat owners with moorings on the stretch had gone out only on May 19"]),
  A("uwt-moorings", "the Ulphwick Waterways Trust", UWT, "It said", "predict", ["those owners would be offered free moorings elsewhere on the canal until the stretch reopens"]),
  A("pen-sorry", "Tancredi Penwortham, the trust's chief executive", PEN, "said the trust's chief executive, Tancredi Penwortham", "confirm", ["We should have written to our boaters in April, and I am sorry that we did not"], q=True),
  A("pen-moor", "Tancredi Penwortham", PEN, "(second sentence of the same quote)", "predict", ["Every one of them will have somewhere to moor by June 1"], q=True),
  A("ogb-half", "Wolfram Ogbourne, who runs the tea room at Trothby Lock", OGB, "said", "predict", ["his takings could fall by half over the summer"], h=True),
  A("ogb-towpath", "Wolfram Ogbourne", OGB, "Ogbourne said (split quote)", "assert", ["Most of my customers come along the towpath", "for 14 months most of them will not be able to reach me"], q=True),
  A("uwt-signs", "the Ulphwick Waterways Trust", UWT, "said ... and that", "predict", ["pay for signs on the diversion directing walkers to the tea room", "it was talking to Ogbourne about help with his rent"]),
  A("mer-walk", "Septimus Merridew", MER, "told the radio station Radio Umblecote", "predict", ["the group would hold a protest walk along the diversion on June 1"], via=["Radio Umblecote"]),
  A("mer-survey", "Septimus Merridew", MER, "He added", "assert", ["it had asked the borough council to pay for an independent survey of the wall"]),
  A("bor-july", "the borough council", BOR, "said", "predict", ["it would look at the request when its cabinet met in July"]),
  A("nan-earlier", "Sabra Nankivell", NAN, "said", "predict", ["the work could finish earlier if the autumn was dry", "the trust would not promise a date before August 2032"], h=True),
  A("nan-piles", "Sabra Nankivell", NAN, "she said", "predict", ["Engineers will drive about 120 steel piles into the bank before the new wall is built"], h=True),
  A("narrowline-drained", "a post on the boaters' forum Narrowline", ["Narrowline", "post", "forum"], "claimed", "assert", ["the canal would be drained along the whole six kilometres"])],
 [D(["Ulphwick Waterways Trust", "trust", "Nankivell"], ["the trust had known about cracks in the wall since 2027 and had done nothing about them"], "positively worded rebuttal: 'the wall had been inspected every year since 2027 and ... repairs had been carried out in 2028 and again in 2030' + 'The cracks found in 2027 were repaired within six months,' said its chief engineer"),
  D(["trust"], ["boats would be barred from the stretch for the whole 14 months"], "X-not-Y: 'boats would be stopped for 11 weeks in the autumn, not for the whole closure'"),
  D(["trust"], ["the trust planned to sell the canal-side field at Umblecote to a housing developer once the wall was rebuilt"], "'The trust denied that it had any plan to sell land at Umblecote' (against the anonymous member of staff)"),
  D(["Nolloth Homes", "Nolloth"], ["the trust planned to sell the canal-side field at Umblecote to a housing developer once the wall was rebuilt"], "second party, same claim: 'said it had never made an offer for the field and had no interest in it'")],
 [{"match": ["member of the trust's maintenance staff"], "note": "a member of the trust's maintenance staff, who spoke on condition of anonymity: the trust planned to sell the field at Umblecote (no outlet)"}],
 [{"speaker": ["Merridew"], "outlets": ["Radio Umblecote"], "note": "group secretary -> radio station Radio Umblecote -> this story"}],
 [S("Yelmondby Towpath Users", ["a group representing cyclists, walkers and anglers"]), S("Septimus Merridew", ["Its secretary"]), S("Sabra Nankivell", ["its chief engineer"]), S("Tancredi Penwortham", ["the trust's chief executive"]), S("Wolfram Ogbourne", ["who runs the tea room at Trothby Lock"]), S("Nolloth Homes", ["which owns the land next to the field"]), S("borough council", ["which is responsible for the road"]), S("Narrowline", ["the boaters' forum"]), S("Radio Umblecote", ["the radio station"])],
 ["not expected to reopen", "About 1,800", "about 3.2 million crowns", "could fall by half", "could finish earlier", "if the autumn was dry", "about 120 steel piles"],
 [{"claim": ["the canal would be drained along the whole six kilometres"], "by": "the article itself ('It will not: only a 300-metre section beside the collapse will be drained, behind two temporary dams ...')"}],
 ["the price of ten years of neglect"],
 [N("six-kilometre", "stretch closed"), N("June 2", "closure date"), N("August 2032", "expected reopening"), N("40-metre", "wall section collapsed"), N("About 1,800 people", "summer weekend users, per the counters"), N("about 3.2 million crowns", "repair cost"), N("800,000", "borough council's share"), N("nine-kilometre", "diversion"), N("60 mph", "road limit, per the group"), N("30 mph", "new limit, per the borough"), N("11 weeks", "boats stopped, per the trust"), N("46 boat owners", "with moorings on the stretch"), N("May 19", "letters sent"), N("about 120 steel piles", "piling"), N("300-metre", "section drained"), N("May 29", "drop-in session")],
 [CE(["because a 40-metre section of the embankment wall near Umblecote collapsed in February"], ["the closure was needed"]), CE(["after three weeks of heavy rain"], ["collapsed in February"])],
 ["OUTDOORS", "By Wilhelmine Whitworthy, Countryside Correspondent", "Saturday 24 May 2031", "Photo: Temporary fencing on the towpath near Umblecote", "Advertisement", "Get the Outdoors newsletter in your inbox every Thursday", "Read more: The canal walks that stay open this summer"])

# 5 rural broadband rollout delay (long)
THW = ["Thwaitley Fibre", "Thwaitley", "firm", "company", "Rattenbury"]
RBN = ["Rossenthwaite Broadband Now", "Broadband Now", "campaign", "Mabbott"]
MAB = ["Mabbott", "chair", "Rossenthwaite Broadband Now", "campaign"]
MIN = ["Ministry for Connectivity", "ministry", "spokeswoman", "Moggeridge"]
SPK = ["spokeswoman", "ministry", "Ministry for Connectivity"]
MOG = ["Moggeridge", "minister"]
WED = ["Weddicombe", "member of parliament"]
RAT = ["Rattenbury", "chief executive", "Thwaitley"]
SPU = ["Spurway"]
ok &= build("rossenthwaite-rural-broadband-rollout-delay", "long",
 "Original fictional rural broadband rollout delay (technology desk). Section label, byline, date line, 'Photo:' caption, 'Advertisement', newsletter prompt and 'Read more:' are noise. Denials: 'The firm put the number at 2,350, not 900' (X-not-Y against Rossenthwaite Broadband Now's 900 homes) and the ministry's 'Our own records show 2,350 homes connected by the end of March,' a spokeswoman for the ministry said (second party, same claim; positively worded: deny; the lead-in 'backed the firm's count' is content-less: optional deny); the chief executive's two-sentence quote named once with no cue word 'We are paid for each home after it is connected, never before. Not one crown has reached us for the homes that are still waiting' (said-X inversion 'said Thwaitley's chief executive, Thomasina Rattenbury'; both deny the MP's paid-in-advance claim); 'The minister, Vanora Moggeridge, said that was simply not the case, and that the ministry had agreed the new timetable with Thwaitley in April' (against the Moorby Times report; keyed by the reason clause, never by 'not the case') + the split quote's 'I am not going to do that to them' (deny; 'Switching builders halfway through would set these villages back by years' opinion). Admissions: 'Rattenbury acknowledged that the firm had underestimated how long it would take to agree access with landowners' and the split quote's 'We got the landowner talks badly wrong' (both required confirm). Pronoun-resolved: 'She added' (Weddicombe), 'It said' (Thwaitley), 'it said' (the ministry), 'he said' (Mabbott), 'He said' (Spurway, Mabbott); short-name back-references 'The firm', 'The ministry', 'Thwaitley', 'the company said'. Anonymous: 'A Thwaitley engineer, who was not authorised to speak publicly, told the Rossenthwaite Voice' (anonymous, hedged, via); the firm's 'did not discuss the deployment of individual crews' is a non-answer (optional assert) and its '38 engineers were now working in Rossenthwaite' is about the present, not March: assert, no denial record. Relay: Mabbott 'told Radio Rossenthwaite' (via). The Moorby Times report is a required assert by the paper. The Rumbleford leaflet's connection-charge claim is labelled false ('They will not: ...'): required assert.",
 [A("thw-2034", "Thwaitley Fibre, the company building the network", THW + ["company building the network"], "said", "predict", ["will wait until the middle of 2034 for full-fibre broadband"]),
  A("thw-cause", "Thwaitley Fibre", THW, "said", "assert", ["the delay had been caused by a national shortage of cable engineers", "slow talks with landowners over access to their fields"]),
  A("rbn-900", "the campaign group Rossenthwaite Broadband Now", RBN, "said", "assert", ["only 900 homes had been connected so far"]),
  A("thw-2350", "Thwaitley Fibre", THW, "put the number at", "deny", ["2,350, not 900"]),
  A("thw-1600", "Thwaitley Fibre", THW, "said", "predict", ["about 1,600 more would be connected by the end of the year"], h=True),
  A("min-backed", "the Ministry for Connectivity", MIN, "backed", "deny", ["the firm's count"], req=False),
  A("spk-records", "a spokeswoman for the ministry", SPK, "a spokeswoman for the ministry said", "deny", ["Our own records show 2,350 homes connected by the end of March"], q=True),
  A("mab-last", "Valentine Mabbott, the campaign's chair", MAB, "said", "opinion", ["the ones that always come last"], q=True),
  A("mab-farms", "Valentine Mabbott", MAB, "he said", "assert", ["Our farms run their businesses on a line slower than a phone from 2010", "Children in Tregorra do their homework in the library car park"], q=True),
  A("spu-market", "Teilo Spurway, a sheep farmer near Yeadingham", SPU, "said", "assert", ["he drove to the market town twice a week to file his farm's records online"]),
  A("spu-promised", "Teilo Spurway", SPU, "He said", "assert", ["he had been promised a connection by the end of 2032"]),
  A("spu-winters", "Teilo Spurway", SPU, "He said (quoted fragment)", "predict", ["at least another two winters"], q=True, h=True),
  A("wed-advance", "Peregrina Weddicombe, the district's member of parliament", WED, "said", "assert", ["Thwaitley had been paid in advance for homes it had not yet connected"]),
  A("wed-written", "Peregrina Weddicombe", WED, "She added", "assert", ["she had written to the minister asking for the money to be returned"]),
  A("rat-after", "Thomasina Rattenbury, Thwaitley's chief executive", RAT, "said Thwaitley's chief executive, Thomasina Rattenbury", "deny", ["We are paid for each home after it is connected, never before"], q=True),
  A("rat-notone", "Thomasina Rattenbury", RAT, "(second sentence of the same quote)", "deny", ["Not one crown has reached us for the homes that are still waiting"], q=True),
  A("rat-underestimated", "Thomasina Rattenbury", RAT, "acknowledged that", "confirm", ["the firm had underestimated how long it would take to agree access with landowners"]),
  A("rat-5000", "Thomasina Rattenbury", RAT, "(relative clause inside the acknowledgement)", "assert", ["payments of up to 5,000 crowns to allow cables across their land"], h=True, req=False),
  A("rat-wrong", "Thomasina Rattenbury", RAT, "Rattenbury said (split quote)", "confirm", ["We got the landowner talks badly wrong"], q=True),
  A("rat-hired", "Thomasina Rattenbury", RAT, "(split quote, second part)", "assert", ["we have since hired two full-time negotiators to put that right"], q=True),
  A("eng-crews", "a Thwaitley engineer (anonymous)", ["Thwaitley engineer", "engineer"], "told the Rossenthwaite Voice", "assert", ["crews had been taken off the district in March and sent to work on a more profitable contract in another region"], h=True, anon=True, via=["Rossenthwaite Voice"]),
  A("thw-nocomment", "Thwaitley Fibre", THW, "The firm said", "assert", ["it did not discuss the deployment of individual crews"], req=False),
  A("thw-38", "Thwaitley Fibre", THW, "It said", "assert", ["38 engineers were now working in Rossenthwaite, more than at any time since the project began"]),
  A("mt-cancel", "the Moorby Times", ["Moorby Times"], "reported", "assert", ["the ministry was preparing to cancel the contract and find a new builder"]),
  A("mog-timetable", "Vanora Moggeridge, the minister", MOG, "said that was simply not the case, and that", "deny", ["the ministry had agreed the new timetable with Thwaitley in April"]),
  A("mog-switching", "Vanora Moggeridge", MOG, "Moggeridge said (split quote)", "opinion", ["Switching builders halfway through would set these villages back by years"], q=True),
  A("mog-not-going", "Vanora Moggeridge", MOG, "(split quote, second part)", "deny", ["I am not going to do that to them"], q=True),
  A("min-penalties", "the Ministry for Connectivity", MIN, "The ministry said", "predict", ["could face penalties of up to 4 million crowns if it misses the new date"], h=True),
  A("min-contract", "the Ministry for Connectivity", MIN, "it said", "assert", ["The penalties are written into the contract and would be paid back into the scheme"]),
  A("min-310000", "the Ministry for Connectivity", MIN, "according to the ministry", "assert", ["About 310,000 rural homes across the country are covered by contracts like Thwaitley's", "most of them are on schedule"], h=True),
  A("mab-list", "Valentine Mabbott", MAB, "told Radio Rossenthwaite", "predict", ["ask the ministry to publish a list showing when each village should expect to be connected"], via=["Radio Rossenthwaite"]),
  A("mab-dates", "Valentine Mabbott", MAB, "He said", "assert", ["farms in Rumbleford and Yeadingham had been told three different dates since 2029"]),
  A("leaflet-1500", "a leaflet handed out at a public meeting in Rumbleford", ["leaflet"], "claimed", "assert", ["households would have to pay 1,500 crowns each to be connected to the new network"]),
  A("thw-800", "Thwaitley Fibre", THW, "The firm said", "predict", ["about 800 homes in the district could get a faster service sooner if they joined a separate voucher scheme run by the ministry"], h=True),
  A("thw-june", "Thwaitley Fibre", THW, "the company said", "predict", ["Thwaitley will publish an updated timetable for each village on its website by the end of June"])],
 [D(["Thwaitley", "firm"], ["only 900 homes had been connected so far"], "X-not-Y: 'The firm put the number at 2,350, not 900'"),
  D(["spokeswoman", "ministry"], ["only 900 homes had been connected so far"], "second party, same claim: 'Our own records show 2,350 homes connected by the end of March,' a spokeswoman for the ministry said (positively worded)"),
  D(["Rattenbury"], ["Thwaitley had been paid in advance for homes it had not yet connected"], "quote with no cue word: 'We are paid for each home after it is connected, never before. Not one crown has reached us ...'"),
  D(["Moggeridge", "minister"], ["the ministry was preparing to cancel the contract and find a new builder"], "'said that was simply not the case, and that the ministry had agreed the new timetable with Thwaitley in April' + split quote 'I am not going to do that to them'")],
 [{"match": ["Thwaitley engineer"], "note": "a Thwaitley engineer, who was not authorised to speak publicly, told the Rossenthwaite Voice crews were moved to a more profitable contract"}],
 [{"speaker": ["Thwaitley engineer"], "outlets": ["Rossenthwaite Voice"], "note": "anonymous engineer -> Rossenthwaite Voice -> this story"},
  {"speaker": ["Mabbott"], "outlets": ["Radio Rossenthwaite"], "note": "campaign chair -> Radio Rossenthwaite -> this story"}],
 [S("Thwaitley Fibre", ["the company building the network"]), S("Ministry for Connectivity", ["which pays for the scheme"]), S("Valentine Mabbott", ["The campaign's chair"]), S("Teilo Spurway", ["who keeps 600 sheep near Yeadingham"]), S("Peregrina Weddicombe", ["The district's member of parliament"]), S("Thomasina Rattenbury", ["Thwaitley's chief executive"]), S("Vanora Moggeridge", ["The minister"])],
 ["about 1,600", "up to 5,000 crowns", "could face", "up to 4 million crowns", "if it misses the new date", "About 310,000", "about 800 homes", "could get", "at least another two winters"],
 [{"claim": ["households would have to pay 1,500 crowns each to be connected to the new network"], "by": "the article itself ('They will not: connection is free for every home in the scheme ...')"}],
 ["the ones that always come last"],
 [N("18 months", "delay"), N("46-million-crown", "contract"), N("7,400 homes", "to be connected"), N("900 homes", "connected, per the campaign"), N("2,350", "connected, per the firm and ministry"), N("about 1,600", "more by end of year"), N("600 sheep", "Spurway's flock"), N("up to 5,000 crowns", "landowner payments asked"), N("38 engineers", "working now"), N("up to 4 million crowns", "penalties"), N("About 310,000", "rural homes under such contracts"), N("1,500 crowns", "per the leaflet"), N("about 800 homes", "voucher scheme")],
 [CE(["caused by a national shortage of cable engineers and by slow talks with landowners"], ["the delay"]), CE(["because it is the only place with a signal"], ["Children in Tregorra do their homework in the library car park"])],
 ["TECHNOLOGY", "By Zenaida Quartermaine, Technology Reporter", "Monday 12 May 2031", "Photo: A drum of fibre cable on a verge near Yeadingham", "Advertisement", "Sign up for our Digital Life newsletter", "Read more: Why the last rural homes are the hardest to connect"])

# 6 food-bank demand-surge story (medium)
OFB = ["Oddingworth Food Bank", "food bank", "Vivash", "Widdicombe"]
VIV = ["Vivash", "manager", "Oddingworth Food Bank", "food bank"]
WPA = ["Welfare Payments Agency", "agency"]
TRE = ["Tremlow", "town council"]
WID = ["Widdicombe", "chair", "food bank"]
OAC = ["Oddingworth Advice Centre", "Advice Centre", "centre", "Orchardleigh"]
ORC = ["Orchardleigh", "director", "Oddingworth Advice Centre"]
YOX = ["spokesman for Yoxley Packaging", "spokesman", "Yoxley Packaging", "Yoxley"]
ok &= build("oddingworth-food-bank-demand-surge", "medium",
 "Original fictional food-bank demand-surge story (social affairs desk). Section label, byline, date line, 'Photo:' caption, 'Advertisement', newsletter prompt and 'Read more:' are noise. Denials: 'The Welfare Payments Agency pushed back, saying the average wait for a first payment in the region had fallen to 19 days this year from 24 days in 2030' (positively worded rebuttal of the manager's 'waits ... had grown longer this year': deny; keyed by the reason clause, never by 'pushed back'); the chair's two-sentence quote named once with no cue word 'Every parcel goes to someone sent to us by a doctor, a school or an adviser. Nobody walks in off the street and walks out with food' (said-X inversion 'said the food bank's chair, Nevan Widdicombe'; both deny the councillor's no-checks claim); 'The Oddingworth Advice Centre ... said each one was checked by an adviser before a voucher was issued' (second party, same claim; positively worded: deny); 'The food bank said no family had been turned away, and that formula had been bought from a supermarket each time stocks ran low' (against the anonymous volunteer; one entry). Admission: 'Vivash admitted that the food bank had cut its parcels from five days' worth of food to three in September' (required confirm). Pronoun-resolved: 'She added' (Vivash), 'she said' (Vivash: 'It could run short ...'); short-name back-references 'The agency', 'The food bank', 'the centre'. Split quote: '\"We have never seen a winter start like this,\" Vivash said, \"and ...\"'. Anonymous: 'A volunteer, who would speak only if not named, told the Oddingworth Herald' (anonymous, hedged, via). Relay: Tremlow 'told Radio Oddingworth' (via). The Yoxley Packaging spokesman (office of a named body: not anonymous) answers no claim in the story: assert, no denial record. The Oddingworth Noticeboard post is labelled false ('It will not: ...'): required assert.",
 [A("viv-3860", "the food bank's manager, Ysolda Vivash", VIV, "its manager said", "assert", ["gave out 3,860 emergency food parcels in October, up 62 percent on the same month last year"]),
  A("viv-waits", "Ysolda Vivash, the food bank's manager", VIV, "said", "assert", ["waits for a first benefit payment had grown longer this year"]),
  A("viv-yoxley", "Ysolda Vivash", VIV, "said ... and that", "assert", ["many families had lost work when Yoxley Packaging closed its Oddingworth plant in August"]),
  A("viv-third", "Ysolda Vivash", VIV, "She added", "assert", ["about a third of the people referred in October had never used a food bank before"], h=True),
  A("wpa-19", "the Welfare Payments Agency", WPA, "pushed back, saying", "deny", ["the average wait for a first payment in the region had fallen to 19 days this year from 24 days in 2030"]),
  A("wpa-40", "the Welfare Payments Agency", WPA, "The agency said", "assert", ["it had moved 40 extra staff to its Oddingworth office in the summer"]),
  A("viv-admitted", "Ysolda Vivash", VIV, "admitted that", "confirm", ["the food bank had cut its parcels from five days' worth of food to three in September"]),
  A("viv-winter", "Ysolda Vivash", VIV, "Vivash said (split quote)", "opinion", ["We have never seen a winter start like this", "we have not reached the cold months yet"], q=True),
  A("tre-anyone", "Wilfrid Tremlow, a member of the town council", TRE, "told Radio Oddingworth", "assert", ["the food bank handed parcels to anyone who asked, without any checks"], via=["Radio Oddingworth"]),
  A("wid-every", "Nevan Widdicombe, the food bank's chair", WID, "said the food bank's chair, Nevan Widdicombe", "deny", ["Every parcel goes to someone sent to us by a doctor, a school or an adviser"], q=True),
  A("wid-nobody", "Nevan Widdicombe", WID, "(second sentence of the same quote)", "deny", ["Nobody walks in off the street and walks out with food"], q=True),
  A("oac-checked", "the Oddingworth Advice Centre", OAC, "said", "deny", ["each one was checked by an adviser before a voucher was issued"]),
  A("orc-double", "Theophila Orchardleigh, the centre's director", ORC, "said", "assert", ["the centre had seen its own waiting list double since the summer"]),
  A("vol-formula", "a volunteer (anonymous)", ["volunteer"], "told the Oddingworth Herald", "assert", ["two families had been turned away in October because the food bank had run out of baby formula"], h=True, anon=True, via=["Oddingworth Herald"]),
  A("ofb-formula", "the Oddingworth Food Bank", OFB, "said ... and that", "deny", ["no family had been turned away", "formula had been bought from a supermarket each time stocks ran low"]),
  A("yox-redundancy", "a spokesman for Yoxley Packaging", YOX, "said", "assert", ["every worker who lost a job in August had received redundancy pay above the legal minimum"]),
  A("noticeboard-christmas", "a post on the community page Oddingworth Noticeboard", ["Oddingworth Noticeboard", "post", "community page"], "claimed", "assert", ["the food bank would close over Christmas"]),
  A("viv-needs", "Ysolda Vivash", VIV, "Vivash said", "assert", ["The food bank needs tinned meat, nappies and long-life milk most urgently"]),
  A("viv-short", "Ysolda Vivash", VIV, "she said", "predict", ["It could run short of all three by the end of the month if donations do not pick up"], h=True)],
 [D(["Welfare Payments Agency", "agency"], ["waits for a first benefit payment had grown longer this year"], "positively worded rebuttal: 'pushed back, saying the average wait ... had fallen to 19 days this year from 24 days in 2030'"),
  D(["Widdicombe"], ["the food bank handed parcels to anyone who asked, without any checks"], "quote with no cue word: 'Every parcel goes to someone sent to us by a doctor, a school or an adviser. Nobody walks in off the street and walks out with food'"),
  D(["Oddingworth Advice Centre", "Advice Centre"], ["the food bank handed parcels to anyone who asked, without any checks"], "second party, same claim: 'said each one was checked by an adviser before a voucher was issued'"),
  D(["food bank"], ["two families had been turned away in October because the food bank had run out of baby formula"], "'The food bank said no family had been turned away, and that formula had been bought ...' (against the anonymous volunteer)")],
 [{"match": ["volunteer"], "note": "a volunteer, who would speak only if not named, told the Oddingworth Herald two families were turned away for lack of formula"}],
 [{"speaker": ["volunteer"], "outlets": ["Oddingworth Herald"], "note": "anonymous volunteer -> Oddingworth Herald -> this story"},
  {"speaker": ["Tremlow"], "outlets": ["Radio Oddingworth"], "note": "town councillor -> Radio Oddingworth -> this story"}],
 [S("Ysolda Vivash", ["The manager"]), S("Wilfrid Tremlow", ["a member of the town council"]), S("Nevan Widdicombe", ["the food bank's chair"]), S("Oddingworth Advice Centre", ["which makes about 1,200 of the referrals each year"]), S("Theophila Orchardleigh", ["Its director"]), S("Oddingworth Noticeboard", ["the community page"])],
 ["about a third", "about 1,200", "could run short", "if donations do not pick up"],
 [{"claim": ["the food bank would close over Christmas"], "by": "the article itself ('It will not: it will open on every weekday except December 25 and 26 and January 1 ...')"}],
 [],
 [N("3,860", "parcels in October"), N("62 percent", "rise on last October"), N("2019", "food bank opened"), N("340 jobs", "lost at Yoxley"), N("about a third", "first-time users"), N("19 days", "average first-payment wait, per the agency"), N("24 days", "wait in 2030"), N("40 extra staff", "agency office"), N("about 1,200", "Advice Centre referrals a year"), N("December 20", "extra Saturday session")],
 [CE(["because donations had not kept pace with demand"], ["cut its parcels from five days' worth of food to three in September"]), CE(["because the food bank had run out of baby formula"], ["two families had been turned away in October"]), CE(["when Yoxley Packaging closed its Oddingworth plant in August"], ["many families had lost work"])],
 ["SOCIAL AFFAIRS", "By Ursuline Undy, Social Affairs Reporter", "Thursday 6 November 2031", "Photo: Volunteers packing parcels at the Oddingworth Food Bank warehouse", "Advertisement", "Sign up for our Oddingworth Weekly newsletter", "Read more: How to donate to the food bank, and what it needs most"])

print("ALL OK" if ok else "PROBLEMS")
