# Writes the six gold files of eval-blind63 and checks every string against its text (see goldlib.build).
from goldlib import A, D_ as D, N, CE, S, build
ok = True

# 1 leisure-boat mooring fee row (short)
TRUST = ["Tremarrow Harbour Trust", "Harbour Trust", "trust", "Tonkin"]
TBA = ["Tremarrow Boat Owners' Association", "Boat Owners' Association", "association", "Retallack"]
RET = ["Retallack", "secretary", "Tremarrow Boat Owners' Association", "association"]
TON = ["Tonkin", "harbourmaster", "Tremarrow Harbour Trust", "trust"]
ok &= build("tremarrow-harbour-mooring-fee-row", "short",
 "Original fictional leisure-boat mooring fee row (local waterfront news). Section label, byline, date line, 'Photo:' caption, 'Advertisement', newsletter prompt and 'Read more:' are noise. The lede ('will pay 2,480 pounds ... after the Tremarrow Harbour Trust approved the rise on Monday') is the article's own voice: no entry. Denials: 'The trust said there was no truth in the association's claim' (content-less verdict keyed by its object 'the association's claim') + the harbourmaster's two-sentence quote named once, said-X inversion ('Every penny of this rise goes into the water' positively worded rebuttal: deny; 'The office was paid for in 2028 out of fishing dues' counter-evidence: assert) against the association's loan claim; 'Tonkin also corrected the association's figure, saying fees had gone up by 38 percent since 2028, not 70 percent' (keyed by the object plus the X-not-Y reason); 'The trust gave short shrift to that suggestion, saying berths are allocated by boat length and by waiting-list date' (against the anonymous berth holder; keyed by the object plus the reason). Admission: 'He did accept that each rise had been above inflation' (pronoun-resolved; required confirm). Pronoun-resolved: 'It said' (the trust: pontoons by June), 'He did accept' (Tonkin), 'she said' (Retallack's split quote); short-name back-references 'The trust', 'the association'. Anonymous: 'One berth holder, who asked not to be named because she feared losing her mooring, told the Tremarrow Wherry' (anonymous, hedged, via). The harbourmaster is the office of a named body: not anonymous. The Slackwater Chat thread's sell-the-harbour claim is labelled false ('It does not: ...'): required assert. Retallack's 'We are not asking for cheap moorings' is part of an opinion split quote, not a denial.",
 [A("trust-storms", "the Tremarrow Harbour Trust", TRUST, "said", "assert", ["January's storms had wrecked two of its four pontoons"]),
  A("trust-june", "the Tremarrow Harbour Trust", TRUST, "It said", "predict", ["the new pontoons should be in the water by June"]),
  A("tba-loan", "the Tremarrow Boat Owners' Association", TBA, "said", "assert", ["using the storm to pay off a loan on its new harbour office"]),
  A("ret-70", "Rohese Retallack, the association's secretary", RET, "said", "assert", ["fees had risen by 70 percent in three years"]),
  A("trust-no-truth", "the Tremarrow Harbour Trust", TRUST, "said there was no truth in", "deny", ["the association's claim"]),
  A("ton-penny", "Savaric Tonkin, the trust's harbourmaster", TON, "said its harbourmaster, Savaric Tonkin", "deny", ["Every penny of this rise goes into the water"], q=True),
  A("ton-office", "Savaric Tonkin", TON, "(second sentence of the same quote)", "assert", ["The office was paid for in 2028 out of fishing dues"], q=True),
  A("ton-38", "Savaric Tonkin", TON, "corrected ..., saying", "deny", ["the association's figure", "38 percent since 2028, not 70 percent"]),
  A("ton-accept", "Savaric Tonkin", TON, "He did accept that", "confirm", ["each rise had been above inflation"]),
  A("anon-outer", "a berth holder (anonymous)", ["berth holder"], "told the Tremarrow Wherry", "assert", ["owners who complained were being moved to the exposed outer pontoon"], h=True, anon=True, via=["Tremarrow Wherry"]),
  A("trust-shrift", "the Tremarrow Harbour Trust", TRUST, "gave short shrift to ..., saying", "deny", ["that suggestion", "berths are allocated by boat length and by waiting-list date"]),
  A("thread-sell", "a thread on the sailing forum Slackwater Chat", ["Slackwater Chat", "thread", "sailing forum"], "claimed", "assert", ["the trust planned to sell the inner harbour to a hotel group"]),
  A("ret-phase", "Rohese Retallack", RET, "said", "predict", ["phase the rise in over two years"]),
  A("ret-cheap", "Rohese Retallack", RET, "she said (split quote)", "opinion", ["We are not asking for cheap moorings", "we should see the repair bills before we are sent them"], q=True)],
 [D(["Tremarrow Harbour Trust", "trust", "Tonkin", "harbourmaster"], ["using the storm to pay off a loan on its new harbour office"], "'said there was no truth in the association's claim' + the harbourmaster's 'Every penny of this rise goes into the water'"),
  D(["Tonkin"], ["fees had risen by 70 percent in three years"], "'corrected the association's figure, saying fees had gone up by 38 percent since 2028, not 70 percent'"),
  D(["trust"], ["owners who complained were being moved to the exposed outer pontoon"], "'gave short shrift to that suggestion, saying berths are allocated by boat length and by waiting-list date' (against the anonymous berth holder)")],
 [{"match": ["berth holder"], "note": "one berth holder, who asked not to be named because she feared losing her mooring, told the Tremarrow Wherry that complainers were moved to the outer pontoon"}],
 [{"speaker": ["berth holder"], "outlets": ["Tremarrow Wherry"], "note": "anonymous berth holder -> Tremarrow Wherry -> this story"}],
 [S("Tremarrow Boat Owners' Association", ["which represents about 260 berth holders"]), S("Rohese Retallack", ["Its secretary"]), S("Savaric Tonkin", ["its harbourmaster"]), S("Slackwater Chat", ["the sailing forum"])],
 ["about 310,000 pounds", "about 260 berth holders", "should be in the water by June"],
 [{"claim": ["the trust planned to sell the inner harbour to a hotel group"], "by": "the article itself ('It does not: the inner harbour is held under an 1890 act and cannot be sold.')"}],
 ["wrecked", "exposed outer pontoon"],
 [N("2,480 pounds", "new yearly fee for a ten-metre berth"), N("1,860 pounds", "old fee"), N("about 310,000 pounds", "cost of replacing two pontoons"), N("about 260", "berth holders in the association"), N("70 percent", "rise in three years, per the association"), N("38 percent", "rise since 2028, per the harbourmaster"), N("2028", "office paid for"), N("1890", "act under which the inner harbour is held")],
 [CE(["because January's storms had wrecked two of its four pontoons"], ["the increase was needed"]), CE(["because she feared losing her mooring"], ["asked not to be named"])],
 ["WATERFRONT", "By Nicasia Prisk, Coastal Reporter", "Tuesday 4 March 2031", "Photo: Yachts on the inner pontoons at Tremarrow", "Advertisement", "Sign up for our weekly waterfront newsletter", "Read more: Storm repairs along the coast top 4 million pounds"])

# 2 community-fridge hygiene complaint (short)
WDC = ["Wraxby District Council", "District Council", "council", "Ustick"]
NUTE = ["Nute", "resident"]
SOB = ["Sobey", "coordinator", "Veddington Open Larder"]
VOL = ["Veddington Open Larder", "Open Larder", "group", "Sobey"]
UST = ["Ustick", "environmental health manager", "Wraxby District Council", "council"]
ok &= build("veddington-community-fridge-hygiene-complaint", "short",
 "Original fictional community-fridge hygiene complaint (local democracy reporting). Section label, byline, date line, 'Photo:' caption, 'Advertisement', newsletter prompt and 'Read more:' are noise. The lede is attributed ('will stay open after a resident complained that it had given out chicken three days past its use-by date, Wraxby District Council said'): the council's decision is an assert and the resident's complaint inside it is a required assert for the resident (explicit cue 'complained that'). Denials: the coordinator 'said the chicken had been donated by a supermarket on the morning of its use-by date, not three days after it' (plain said X-not-Y against the complaint); 'The council flatly disagreed with Nute over the emails, saying it had received one message from him, on August 28, and answered it within a week' (keyed by the reason, not by 'flatly disagreed'); the coordinator's two-sentence quote named once 'That thermometer was replaced on August 2 and has read below 5 degrees every day since. We photograph it every evening' (no cue word; first sentence deny, second counter-evidence assert) against the anonymous volunteer. Admission: 'The group did admit that nobody had signed the daily temperature sheet on six days in August' (required confirm). Pronoun-resolved: 'She added' (Sobey), 'it said' (the group), 'he said' (Ustick), 'He also said' (Nute); short-name back-references 'The council', 'The group'. Said-X inversion: 'said the council's environmental health manager, Rawle Ustick' (partial quote) followed by his split quote. Anonymous: 'A volunteer who did not want to be named told the Wraxby Gazette' (anonymous, hedged, via). The Veddington Noticeboard post's closure-order claim is labelled false ('It has not: ...'): required assert.",
 [A("wdc-open", "Wraxby District Council", WDC, "said", "assert", ["will stay open"]),
  A("nute-complained", "Walkelin Nute, a resident", NUTE, "complained that", "assert", ["it had given out chicken three days past its use-by date"]),
  A("nute-collected", "Walkelin Nute", NUTE, "said", "assert", ["collected the chicken on August 14", "his granddaughter had been ill for two days after eating it"]),
  A("nute-emails", "Walkelin Nute", NUTE, "He also said", "assert", ["emailed the council twice before anyone replied"]),
  A("sob-morning", "Tiphaine Sobey, the fridge's coordinator", SOB, "said", "deny", ["on the morning of its use-by date, not three days after it"]),
  A("sob-120", "Tiphaine Sobey", SOB, "She added", "assert", ["about 120 households use the fridge each week"], h=True),
  A("wdc-one", "Wraxby District Council", WDC, "flatly disagreed with ..., saying", "deny", ["it had received one message from him, on August 28", "answered it within a week"]),
  A("vol-thermo", "a volunteer (anonymous)", ["volunteer who did not want to be named", "volunteer"], "told the Wraxby Gazette", "assert", ["the fridge's thermometer had been broken for most of the summer"], h=True, anon=True, via=["Wraxby Gazette"]),
  A("sob-replaced", "Tiphaine Sobey", SOB, "said Sobey", "deny", ["That thermometer was replaced on August 2"], q=True),
  A("sob-photo", "Tiphaine Sobey", SOB, "(second sentence of the same quote)", "assert", ["We photograph it every evening"], q=True),
  A("grp-admit", "Veddington Open Larder, the volunteer group", VOL, "did admit that", "confirm", ["nobody had signed the daily temperature sheet on six days in August"]),
  A("grp-gaps", "Veddington Open Larder", VOL, "it said", "assert", ["two regular volunteers were away", "a rota of 18 volunteers now covers every day"]),
  A("post-close", "a post on the neighbourhood page Veddington Noticeboard", ["Veddington Noticeboard", "post", "neighbourhood page"], "claimed", "assert", ["the council had ordered the fridge to close"]),
  A("ust-open", "Rawle Ustick, the council's environmental health manager", UST, "said the council's environmental health manager, Rawle Ustick", "opinion", ["open and quick to put things right"], q=True),
  A("ust-good", "Rawle Ustick", UST, "he said (split quote)", "opinion", ["A fridge like this does a great deal of good", "we would rather help it than shut it"], q=True)],
 [D(["Sobey", "coordinator"], ["three days past its use-by date"], "plain said X-not-Y: 'on the morning of its use-by date, not three days after it'"),
  D(["Wraxby District Council", "council"], ["emailed the council twice before anyone replied"], "'flatly disagreed with Nute over the emails, saying it had received one message from him, on August 28'"),
  D(["Sobey"], ["the fridge's thermometer had been broken for most of the summer"], "quote with no cue word: 'That thermometer was replaced on August 2 ...' (against the anonymous volunteer)")],
 [{"match": ["volunteer who did not want to be named"], "note": "a volunteer who did not want to be named told the Wraxby Gazette the thermometer had been broken"}],
 [{"speaker": ["volunteer"], "outlets": ["Wraxby Gazette"], "note": "anonymous volunteer -> Wraxby Gazette -> this story"}],
 [S("Tiphaine Sobey", ["The coordinator", "of the volunteer group Veddington Open Larder"]), S("Walkelin Nute", ["The resident"]), S("Rawle Ustick", ["the council's environmental health manager"]), S("Veddington Noticeboard", ["the neighbourhood page"])],
 ["about 120 households", "most of the summer"],
 [{"claim": ["the council had ordered the fridge to close"], "by": "the article itself ('It has not: council inspectors visited on September 9 and found no food past its date.')"}],
 ["open and quick to put things right"],
 [N("three days", "past use-by date, per the complaint"), N("August 14", "chicken collected"), N("two days", "granddaughter ill"), N("about 120 households", "weekly users"), N("August 28", "the one email the council received"), N("August 2", "thermometer replaced"), N("six days", "unsigned temperature sheet"), N("18 volunteers", "rota"), N("September 9", "inspection")],
 [CE(["because two regular volunteers were away"], ["The gaps came"])],
 ["COMMUNITY", "By Odila Vosey, Local Democracy Reporter", "Friday 19 September 2031", "Photo: The community fridge outside Veddington Methodist Hall", "Advertisement", "Get our Friday newsletter", "Read more: How community fridges work"])

# 3 primary-school admissions mix-up (medium)
MCC = ["Marchwold County Council", "County Council", "council", "Venton"]
QS = ["Quantick Systems", "Quantick", "firm", "Nowell"]
NOW = ["Nowell", "managing director", "Quantick Systems", "Quantick"]
VEN = ["Venton", "director of education", "Marchwold County Council", "council"]
YPF = ["Yandle Parents' Forum", "Parents' Forum", "Opie"]
OPIE = ["Opie", "organiser", "Yandle Parents' Forum", "Parents' Forum"]
WACE = ["Wace", "head teacher"]
ok &= build("yandle-primary-school-admissions-mix-up", "medium",
 "Original fictional primary-school admissions mix-up (education desk). Section label, byline, date line, 'Photo:' caption, 'Advertisement', newsletter prompt and 'Read more:' are noise. 'The school has 30 places for September' and 'The emails went out on offer day, April 16' are the article's own voice. Denials: 'Quantick Systems contradicted that account, saying the spreadsheet it received from the council on April 14 already showed all 87 children as offered places' (keyed by the object 'that account' plus the reason) + split quote with said-X inversion '\"Our software sent exactly what it was given,\" said the firm's managing director, Peverel Nowell, \"and the council's own log shows ...\"' (first half: no cue word, deny; second half counter-evidence: assert), against the council's software-fault account; 'The council said it was not true that anyone at the council had known of the error before offer day, and that its first call about it came at 9.40 on the morning of April 16' (one entry, one key per clause; against the parents' forum); 'The council would not accept that the old nursery could be used for lessons, saying the building had failed a fire inspection in 2029' (against the anonymous teacher) + the head teacher's two-sentence quote named once ('The nursery has been locked since 2029 for good reason' counter-evidence: assert; 'Nobody is going to teach four-year-olds in there' no cue word: deny; second party, same claim). Admissions: 'He accepted that the council should have checked the Yandle list by hand before any emails were sent' and 'We let 87 families down' (both required confirm). The lede ('were wrongly told ..., Marchwold County Council said') is an attributed assert. Pronoun-resolved: 'He accepted', 'he said' (Venton), 'she said' (Opie); short-name back-references 'The council', 'The firm'. Anonymous: 'According to a teacher at the school, who spoke on condition of anonymity' (anonymous, hedged, no via). Relay: Opie 'told Radio Marchwold' (named; via). The Yandle Mums and Dads chat-group message is labelled false ('They will not: ...'): required assert.",
 [A("mcc-wrongly", "Marchwold County Council", MCC, "said", "assert", ["were wrongly told last week that their children had been offered one"]),
  A("mcc-fault", "Marchwold County Council", MCC, "said", "assert", ["a fault in software supplied by Quantick Systems had merged the list of applicants"]),
  A("qs-contradicted", "Quantick Systems", QS, "contradicted that account, saying", "deny", ["that account", "the spreadsheet it received from the council on April 14 already showed all 87 children as offered places"]),
  A("now-exactly", "Peverel Nowell, Quantick's managing director", NOW, "said the firm's managing director, Peverel Nowell (split quote)", "deny", ["Our software sent exactly what it was given"], q=True),
  A("now-log", "Peverel Nowell", NOW, "(second half of the split quote)", "assert", ["the council's own log shows the file was uploaded by council staff"], q=True),
  A("qs-help", "Quantick Systems", QS, "The firm said", "assert", ["offered to help check every other school's list"]),
  A("ven-looking", "Thorold Venton, the council's director of education", VEN, "said", "assert", ["both organisations were still looking at what had gone wrong"]),
  A("ven-accepted", "Thorold Venton", VEN, "He accepted that", "confirm", ["the council should have checked the Yandle list by hand before any emails were sent"]),
  A("ven-down", "Thorold Venton", VEN, "he said", "confirm", ["We let 87 families down"], q=True),
  A("ven-write", "Thorold Venton", VEN, "(second sentence of the same quote)", "predict", ["I will write to each of them this week"], q=True),
  A("ypf-warned", "the Yandle Parents' Forum", YPF, "said", "assert", ["a mother had warned council staff about the mistake by phone on April 15"]),
  A("opie-11", "Maudry Opie, the forum's organiser", OPIE, "said", "assert", ["at least 11 families had already turned down places at other schools"], h=True),
  A("mcc-not-true", "Marchwold County Council", MCC, "said it was not true that ..., and that", "deny", ["anyone at the council had known of the error before offer day", "its first call about it came at 9.40 on the morning of April 16"]),
  A("opie-promise", "Maudry Opie", OPIE, "told Radio Marchwold", "assert", ["the families wanted a written promise that no child would be left without a school"], via=["Radio Marchwold"]),
  A("opie-taken", "Maudry Opie", OPIE, "she said", "opinion", ["We were given good news and then had it taken away"], q=True),
  A("teacher-nursery", "a teacher at the school (anonymous)", ["teacher at the school", "teacher"], "According to", "assert", ["could take a second reception class in its empty former nursery building"], h=True, anon=True),
  A("mcc-not-accept", "Marchwold County Council", MCC, "would not accept that ..., saying", "deny", ["the old nursery could be used for lessons", "the building had failed a fire inspection in 2029"]),
  A("wace-locked", "Petronilla Wace, the school's head teacher", WACE, "said the school's head teacher, Petronilla Wace", "assert", ["The nursery has been locked since 2029 for good reason"], q=True),
  A("wace-nobody", "Petronilla Wace", WACE, "(second sentence of the same quote)", "deny", ["Nobody is going to teach four-year-olds in there"], q=True),
  A("chat-hat", "a message in the parents' chat group Yandle Mums and Dads", ["Yandle Mums and Dads", "message", "chat group"], "claimed", "assert", ["the 30 places would now be decided by drawing names from a hat"]),
  A("mcc-6100", "Marchwold County Council", MCC, "the council said", "assert", ["about 6,100 children were offered reception places this year", "no other school was affected"], h=True)],
 [D(["Quantick Systems", "Quantick", "Nowell"], ["a fault in software supplied by Quantick Systems"], "'contradicted that account, saying the spreadsheet it received ... already showed all 87 children as offered places' + Nowell's 'Our software sent exactly what it was given'"),
  D(["Marchwold County Council", "council"], ["a mother had warned council staff about the mistake by phone on April 15"], "'said it was not true that anyone at the council had known of the error before offer day, and that its first call about it came at 9.40 on the morning of April 16'"),
  D(["council"], ["could take a second reception class in its empty former nursery building"], "'would not accept that the old nursery could be used for lessons, saying the building had failed a fire inspection in 2029' (against the anonymous teacher)"),
  D(["Wace", "head teacher"], ["could take a second reception class in its empty former nursery building"], "second party, same claim: 'Nobody is going to teach four-year-olds in there'")],
 [{"match": ["teacher at the school"], "note": "according to a teacher at the school, who spoke on condition of anonymity, the school could take a second class in the old nursery"}],
 [{"speaker": ["Opie"], "outlets": ["Radio Marchwold"], "note": "the forum's organiser -> Radio Marchwold -> this story"}],
 [S("Peverel Nowell", ["the firm's managing director"]), S("Thorold Venton", ["The council's director of education"]), S("Yandle Parents' Forum", ["set up by families caught up in the mix-up"]), S("Maudry Opie", ["Its organiser"]), S("Petronilla Wace", ["the school's head teacher"]), S("Yandle Mums and Dads", ["the parents' chat group"])],
 ["at least 11 families", "about 6,100 children", "could take a second reception class", "According to"],
 [{"claim": ["the 30 places would now be decided by drawing names from a hat"], "by": "the article itself ('They will not: places are given under the council's published rules ...')"}],
 ["We let 87 families down", "taken away"],
 [N("Eighty-seven", "families wrongly told"), N("30 places", "reception places for September"), N("April 16", "offer day"), N("April 14", "spreadsheet received, per Quantick"), N("April 15", "warning call, per the forum"), N("at least 11 families", "turned down other places"), N("9.40", "first call, per the council"), N("2029", "fire inspection failed"), N("about 6,100 children", "offered places across the county")],
 [CE(["because a fault in software supplied by Quantick Systems had merged the list of applicants"], ["they were sent"])],
 ["EDUCATION", "By Orabel Nesfield, Education Correspondent", "Wednesday 23 April 2031", "Photo: The main gate at Yandle Primary School", "Advertisement", "Sign up for our School Run newsletter", "Read more: How primary school places are decided"])

# 4 recycling-bin contamination fines (medium)
RBC = ["Rowanthorpe Borough Council", "Borough Council", "council", "figures", "Woolcock"]
RRV = ["Rowanthorpe Residents' Voice", "Residents' Voice", "campaign group", "Rawle"]
RAW = ["Rawle", "chair", "Rowanthorpe Residents' Voice", "Residents' Voice"]
POM = ["Pomeroy"]
WOO = ["Woolcock", "cabinet member", "Rowanthorpe Borough Council", "council"]
MRS = ["Moorvale Resource Services", "Moorvale", "firm"]
ok &= build("rowanthorpe-recycling-bin-contamination-fines", "medium",
 "Original fictional recycling-bin contamination fine story (environment desk). Section label, byline, date line, 'Photo:' caption, 'Advertisement', email prompt and 'Read more:' are noise; 'The scrutiny panel meets on November 27' is the article's own voice. Denials: 'The council branded the group's figure misleading, saying 4,000 was the number of warning letters sent out, not the number of fines' (content-less verdict keyed by its object plus the X-not-Y reason, never by 'branded ... misleading'); the cabinet member's two-sentence quote named once with said-X inversion ('Every household that has been fined had two warning letters first' no cue word: deny; 'We keep copies of every one' counter-evidence: assert) against the resident's no-warning claim; 'Moorvale Resource Services ... said that was simply untrue, and that its crews were paid the same hourly rate whatever they found' (keyed by the reason) against the anonymous crew member; 'The council said its contract with Moorvale pays a fixed 4.1 million pounds a year and contains no payment linked to stickers or fines' (second party, same claim; one entry, one key per clause). Admission: 'Woolcock did concede that crews could not tell which household in a block had put the wrong waste in a shared bin' (required confirm). Pronoun-resolved: 'He said' (Woolcock), 'she said' (Pomeroy); short-name back-references 'The council', 'The firm' (Moorvale), 'the group'. Split quote: '\"Nobody here is against recycling,\" Rawle said, \"but ...\"' (the splitter cuts it in two: one key per half). Anonymous: 'A bin crew member, who was not authorised to talk to reporters, told the Rowanthorpe Courier' (anonymous, hedged, via). Relay: Rawle 'told Radio Rowanthorpe' (via). The lede 'according to figures it published on Friday' is a document source (required assert). The leaflet's instant-fine claim is labelled false ('It would not: ...'): required assert.",
 [A("rbc-312", "figures published by Rowanthorpe Borough Council", RBC, "according to figures it published", "assert", ["issued 312 fines of 80 pounds each between April and September"]),
  A("rbc-640", "Rowanthorpe Borough Council", RBC, "said", "assert", ["contamination had cost it 640,000 pounds last year"]),
  A("rrv-4000", "Rowanthorpe Residents' Voice", RRV, "said", "assert", ["more than 4,000 households had been fined since the scheme began"], h=True),
  A("raw-flats", "Tamar Rawle, the group's chair", RAW, "said", "assert", ["the fines fell hardest on flats with shared bins"]),
  A("rbc-branded", "Rowanthorpe Borough Council", RBC, "branded ... misleading, saying", "deny", ["the group's figure", "4,000 was the number of warning letters sent out, not the number of fines"]),
  A("pom-fined", "Noreen Pomeroy, a Vinnicombe estate resident", POM, "said", "assert", ["she had been fined in September without ever receiving a warning"]),
  A("pom-nappies", "Noreen Pomeroy", POM, "she said", "assert", ["Someone put a bag of nappies in our shared bin"], q=True),
  A("pom-letter", "Noreen Pomeroy", POM, "(second sentence of the same quote)", "assert", ["I have never had a letter from the council in my life"], q=True),
  A("woo-every", "Councillor Reinfrid Woolcock, the council's cabinet member for the environment", WOO, "said the council's cabinet member for the environment, Councillor Reinfrid Woolcock", "deny", ["Every household that has been fined had two warning letters first"], q=True),
  A("woo-copies", "Councillor Reinfrid Woolcock", WOO, "(second sentence of the same quote)", "assert", ["We keep copies of every one"], q=True),
  A("woo-concede", "Councillor Reinfrid Woolcock", WOO, "did concede that", "confirm", ["crews could not tell which household in a block had put the wrong waste in a shared bin"]),
  A("woo-pause", "Councillor Reinfrid Woolcock", WOO, "He said", "predict", ["fines for flats would be paused until January"]),
  A("crew-bonus", "a bin crew member (anonymous)", ["bin crew member", "crew member"], "told the Rowanthorpe Courier", "assert", ["crews were paid a bonus for every bin they tagged with a red sticker"], h=True, anon=True, via=["Rowanthorpe Courier"]),
  A("mrs-untrue", "Moorvale Resource Services", MRS, "said that was simply untrue, and that", "deny", ["its crews were paid the same hourly rate whatever they found"]),
  A("rbc-contract", "Rowanthorpe Borough Council", RBC, "said", "deny", ["contains no payment linked to stickers or fines", "its contract with Moorvale pays a fixed 4.1 million pounds a year"]),
  A("mrs-9800", "Moorvale Resource Services", MRS, "The firm said", "assert", ["tagged about 9,800 bins since April"], h=True),
  A("leaflet-pizza", "a leaflet pushed through doors on the Vinnicombe estate", ["leaflet"], "claimed", "assert", ["a single greasy pizza box in a recycling bin would mean an instant fine"]),
  A("raw-scrutiny", "Tamar Rawle", RAW, "told Radio Rowanthorpe", "predict", ["ask the borough's scrutiny panel to review every fine issued to a household in flats"], via=["Radio Rowanthorpe"]),
  A("raw-nobody", "Tamar Rawle", RAW, "Rawle said (split quote)", "opinion", ["Nobody here is against recycling", "fining a whole block for one bag of nappies is not justice"], q=True)],
 [D(["Rowanthorpe Borough Council", "council"], ["more than 4,000 households had been fined"], "'branded the group's figure misleading, saying 4,000 was the number of warning letters sent out, not the number of fines'"),
  D(["Woolcock", "cabinet member"], ["without ever receiving a warning"], "quote with no cue word: 'Every household that has been fined had two warning letters first'"),
  D(["Moorvale Resource Services", "Moorvale"], ["crews were paid a bonus for every bin they tagged with a red sticker"], "'said that was simply untrue, and that its crews were paid the same hourly rate whatever they found' (against the anonymous crew member)"),
  D(["council"], ["crews were paid a bonus for every bin they tagged with a red sticker"], "second party, same claim: 'its contract with Moorvale ... contains no payment linked to stickers or fines'")],
 [{"match": ["bin crew member"], "note": "a bin crew member, not authorised to talk to reporters, told the Rowanthorpe Courier crews were paid a bonus per tagged bin"}],
 [{"speaker": ["bin crew member"], "outlets": ["Rowanthorpe Courier"], "note": "anonymous crew member -> Rowanthorpe Courier -> this story"},
  {"speaker": ["Rawle"], "outlets": ["Radio Rowanthorpe"], "note": "the group's chair -> Radio Rowanthorpe -> this story"}],
 [S("Rowanthorpe Residents' Voice", ["The campaign group"]), S("Tamar Rawle", ["Its chair"]), S("Noreen Pomeroy", ["who lives in a block of 24 flats on the Vinnicombe estate"]), S("Reinfrid Woolcock", ["the council's cabinet member for the environment"]), S("Moorvale Resource Services", ["which collects the borough's bins"])],
 ["more than 4,000 households", "about 9,800 bins", "could land everyone with a penalty"],
 [{"claim": ["a single greasy pizza box in a recycling bin would mean an instant fine"], "by": "the article itself ('It would not: under the council's rules a fine can only follow two written warnings in 12 months ...')"}],
 ["one careless neighbour", "is not justice"],
 [N("312 fines", "issued April to September"), N("80 pounds", "each fine"), N("640,000 pounds", "cost of contamination last year"), N("more than 4,000 households", "fined, per the campaign group"), N("24 flats", "Pomeroy's block"), N("4.1 million pounds", "yearly contract"), N("about 9,800 bins", "tagged since April"), N("12 months", "two warnings within"), N("November 27", "scrutiny panel meets")],
 [CE(["because whole lorry loads had to be sent to landfill when a few bins in them were spoiled"], ["contamination had cost it 640,000 pounds last year"])],
 ["ENVIRONMENT", "By Mahault Whear, Environment Reporter", "Monday 10 November 2031", "Photo: A recycling bin with a red contamination sticker on the Vinnicombe estate", "Advertisement", "Get our weekly environment email", "Read more: What can and cannot go in your recycling bin"])

# 5 wind-damaged church spire appeal (long)
UDY = ["Udy", "vicar"]
YSW = ["Yelverstow Spire Watch", "Spire Watch", "Michell"]
MIC = ["Michell", "founder", "Yelverstow Spire Watch", "Spire Watch"]
MIN = ["Minear", "buildings officer", "Diocese of Wellow", "diocese"]
TUL = ["Tullidge", "architect"]
TM = ["Thornquist Mutual", "Thornquist", "insurer", "firm"]
NST = ["National Spires Trust", "Spires Trust", "Nance"]
NAN = ["Nance", "grants director", "National Spires Trust"]
SCO = ["Scobell", "Yelverstow Town Council"]
YTC = ["Yelverstow Town Council", "town council", "Scobell"]
ok &= build("st-veryans-yelverstow-spire-storm-appeal", "long",
 "Original fictional wind-damaged church spire appeal (faith and heritage desk). Section label, byline, date line, 'Photo:' caption, 'Advertisement', newsletter prompt and 'Read more:' are noise. The lede (appeal launched; spire brought down by gusts during Storm Nonna), 'About six metres of stonework ... fell through the nave roof', the bells correction and 'A concert ... will go to the appeal' are the article's own voice: no entry. Denials: 'The diocese's buildings officer, Serlo Minear, said the claim did not stand up: the 2029 survey had found only loose mortar around two of the spire's openings, and that was repointed the same summer' (keyed by the reason, never by 'did not stand up') + the surveying architect's two-sentence quote named once, relayed 'He told the Yelverstow Times:' ('Nothing in my report suggested the spire was in danger' no cue word: deny; 'I would have shut the church myself if I had thought it was' counter-evidence: assert; second party, same claim; named, so not anonymous; via Yelverstow Times); the vicar's positively worded rebuttal 'every pound given to the appeal is held in a separate account that only the parish's own trustees can draw on' (against the Spire Watch founder's central-funds claim); 'Thornquist Mutual, the insurer, put the record straight, saying it had already paid 180,000 pounds towards the roof and the spire and would pay more once the final bill was known' (positively worded, against the anonymous church council member; one entry, one key per clause). 'The architect ... was blunter' is a content-less lead-in: no entry. Admissions: 'Udy conceded that the appeal was behind where the parish had hoped to be' and 'Minear did acknowledge that the diocese had not carried out its own inspection of the spire since the 2029 survey' (both required confirm). Pronoun-resolved: 'she said' (Udy), 'He said' (Minear), 'It said' (the insurer; the town council), 'he said' (Scobell); short-name back-references 'The diocese', 'The firm' (the insurer), 'The town council'. Said-X inversion + split quote: 'said its grants director, Winfrith Nance, \"and ...\"'. Anonymous: 'A member of the parochial church council, who asked that her name be withheld, told Radio Yelverstow' (anonymous, hedged, via). The Yelverstow Talk thread's smashed-bells claim is labelled false ('They were not: ...'): required assert. Michell's 'the diocese should be paying for the rebuilding, not the people of the town' and 'We are not against the appeal' are opinion, not denials. Optional: 'The diocese declined to comment on her call for it to pay for the rebuilding' (non-answer: optional assert).",
 [A("udy-212", "the Reverend Melangell Udy, the vicar", UDY, "said", "assert", ["raised 212,000 pounds in the first five weeks"]),
  A("udy-money", "the Reverend Melangell Udy", UDY, "she said", "assert", ["People who have never set foot in St Veryan's have sent us money"], q=True),
  A("udy-means", "the Reverend Melangell Udy", UDY, "(second sentence of the same quote)", "opinion", ["That tells you what the spire means to this town"], q=True),
  A("udy-conceded", "the Reverend Melangell Udy", UDY, "conceded that", "confirm", ["the appeal was behind where the parish had hoped to be"]),
  A("udy-300", "the Reverend Melangell Udy", UDY, "she said", "assert", ["The target had been 300,000 pounds by the end of February"]),
  A("ysw-unsafe", "the Yelverstow Spire Watch", YSW, "said", "assert", ["the upper spire was unsafe"]),
  A("mic-paying", "Olave Michell, founder of the Spire Watch", MIC, "said", "opinion", ["the diocese should be paying for the rebuilding"]),
  A("min-stand-up", "Serlo Minear, the diocese's buildings officer", MIN, "said the claim did not stand up:", "deny", ["only loose mortar around two of the spire's openings", "that was repointed the same summer"]),
  A("tul-nothing", "Raffe Tullidge, the architect who carried out the survey", TUL, "He told the Yelverstow Times", "deny", ["Nothing in my report suggested the spire was in danger"], q=True, via=["Yelverstow Times"]),
  A("tul-shut", "Raffe Tullidge", TUL, "(second sentence of the same quote)", "assert", ["I would have shut the church myself if I had thought it was"], q=True, via=["Yelverstow Times"]),
  A("mic-funds", "Olave Michell", MIC, "also said", "assert", ["money given to the appeal could end up in the diocese's central funds"], h=True),
  A("udy-account", "the Reverend Melangell Udy", UDY, "said", "deny", ["every pound given to the appeal is held in a separate account"]),
  A("mic-split", "Olave Michell", MIC, "Michell said (split quote)", "opinion", ["We are not against the appeal", "the people who let the spire fall should be the ones paying for it"], q=True),
  A("dio-no-comment", "the Diocese of Wellow", ["Diocese of Wellow", "diocese", "Minear"], "declined to comment on", "assert", ["her call for it to pay for the rebuilding"], req=False),
  A("pcc-refused", "a member of the parochial church council (anonymous)", ["member of the parochial church council", "parochial church council"], "told Radio Yelverstow", "assert", ["the church's insurer had refused to pay for the spire"], h=True, anon=True, via=["Radio Yelverstow"]),
  A("tm-record", "Thornquist Mutual, the church's insurer", TM, "put the record straight, saying", "deny", ["it had already paid 180,000 pounds towards the roof and the spire", "would pay more once the final bill was known"]),
  A("tm-gap", "Thornquist Mutual", TM, "The firm said", "assert", ["the remaining gap was mostly the cost of matching medieval stone"]),
  A("tm-90000", "Thornquist Mutual", TM, "It said", "assert", ["would have to be cut by hand", "this alone could cost about 90,000 pounds"], h=True),
  A("min-ack", "Serlo Minear", MIN, "did acknowledge that", "confirm", ["the diocese had not carried out its own inspection of the spire since the 2029 survey"]),
  A("min-delayed", "Serlo Minear", MIN, "He said", "assert", ["inspections of listed churches had been delayed across the diocese"]),
  A("nst-grant", "the National Spires Trust", NST, "said", "predict", ["consider a grant of up to 150,000 pounds at its meeting in May"], h=True),
  A("nan-exactly", "Winfrith Nance, the trust's grants director", NAN, "said its grants director, Winfrith Nance (split quote)", "opinion", ["exactly the kind of building we exist to save", "the parish has done everything we would ask of it"], q=True),
  A("sco-10000", "Councillor Warin Scobell, chair of Yelverstow Town Council", SCO, "said", "predict", ["give 10,000 pounds to the appeal from its reserves"]),
  A("sco-crest", "Councillor Warin Scobell", SCO, "he said", "opinion", ["The spire is on our crest and on every sign into town", "We could hardly give nothing"], q=True),
  A("thread-bells", "a thread on the local forum Yelverstow Talk", ["Yelverstow Talk", "thread", "local forum"], "claimed", "assert", ["the church's eight bells had been smashed in the fall"]),
  A("ytc-lane", "Yelverstow Town Council", YTC, "said", "predict", ["Tanners Lane would stay closed to traffic until the scaffolding was complete"], h=True),
  A("ytc-trade", "Yelverstow Town Council", YTC, "It said", "assert", ["trade at shops on the lane had fallen by about a third since the storm"], h=True),
  A("udy-autumn", "the Reverend Melangell Udy", UDY, "said", "predict", ["start rebuilding in the autumn", "services would be held in the church hall until then"])],
 [D(["Minear", "buildings officer", "diocese"], ["the upper spire was unsafe"], "'said the claim did not stand up: the 2029 survey had found only loose mortar around two of the spire's openings'"),
  D(["Tullidge", "architect"], ["the upper spire was unsafe"], "second party, same claim; quote with no cue word: 'Nothing in my report suggested the spire was in danger' (via Yelverstow Times)"),
  D(["Udy", "vicar"], ["could end up in the diocese's central funds"], "positively worded rebuttal: 'every pound given to the appeal is held in a separate account that only the parish's own trustees can draw on'"),
  D(["Thornquist Mutual", "insurer"], ["the church's insurer had refused to pay for the spire"], "'put the record straight, saying it had already paid 180,000 pounds towards the roof and the spire' (against the anonymous church council member)")],
 [{"match": ["member of the parochial church council"], "note": "a member of the parochial church council, who asked that her name be withheld, told Radio Yelverstow the insurer had refused to pay"}],
 [{"speaker": ["member of the parochial church council"], "outlets": ["Radio Yelverstow"], "note": "anonymous church council member -> Radio Yelverstow -> this story"},
  {"speaker": ["Tullidge"], "outlets": ["Yelverstow Times"], "note": "the surveying architect -> Yelverstow Times -> this story"}],
 [S("Melangell Udy", ["The vicar"]), S("Yelverstow Spire Watch", ["a group of residents who have pressed for repairs to the church since 2027"]), S("Olave Michell", ["Its founder"]), S("Serlo Minear", ["The diocese's buildings officer"]), S("Raffe Tullidge", ["The architect who carried out the survey"]), S("Thornquist Mutual", ["the insurer"]), S("National Spires Trust", ["which funds repairs to historic church towers"]), S("Winfrith Nance", ["its grants director"]), S("Warin Scobell", ["who chairs Yelverstow Town Council"]), S("Yelverstow Talk", ["the local forum"])],
 ["up to 94 miles an hour", "About six metres", "could end up", "could cost about 90,000 pounds", "up to 150,000 pounds", "probably in early April", "about a third"],
 [{"claim": ["the church's eight bells had been smashed in the fall"], "by": "the article itself ('They were not: the bells hang in the tower, well below the spire, and an inspection on January 9 found no damage to any of them.')"}],
 ["done nothing about it", "the people who let the spire fall"],
 [N("640,000 pounds", "appeal target"), N("94 miles an hour", "gusts"), N("January 2", "storm"), N("About six metres", "stonework that fell"), N("212,000 pounds", "raised in five weeks"), N("300,000 pounds", "target by end of February"), N("2029", "survey"), N("180,000 pounds", "paid by the insurer"), N("about 90,000 pounds", "hand-cut stone"), N("214 buildings", "diocese's listed churches, two surveyors"), N("up to 150,000 pounds", "possible grant"), N("10,000 pounds", "town council gift"), N("January 9", "bells inspection"), N("March 8", "choir concert")],
 [CE(["gusts of up to 94 miles an hour during Storm Nonna"], ["brought down"]), CE(["because the roof is not safe"], ["the church has been closed since"]), CE(["because it had only two surveyors for 214 buildings"], ["inspections of listed churches had been delayed across the diocese"]), CE(["because the policy did not cover storm damage to towers"], ["the church's insurer had refused to pay for the spire"])],
 ["FAITH AND HERITAGE", "By Nennius Orme, Heritage Correspondent", "Saturday 15 February 2031", "Photo: Scaffolding around the base of the damaged spire at St Veryan's", "Advertisement", "Sign up for our weekly heritage newsletter", "Read more: Storm Nonna: the week the wind came"])

# 6 night-bus cut (long)
QTA = ["Quernmouth Transport Authority", "Transport Authority", "authority", "Wymarc"]
QNSA = ["Quernmouth Night Shift Alliance", "Night Shift Alliance", "alliance", "Parnell"]
PAR = ["Parnell", "coordinator", "Quernmouth Night Shift Alliance", "Night Shift Alliance"]
SAB = ["Sablemoor Buses", "Sablemoor", "firm", "Sayer"]
SAY = ["Sayer", "operations manager", "Sablemoor"]
ODG = ["Odgers", "care worker"]
TWU = ["Transport Workers' Union", "union", "Uren"]
UREN = ["Uren", "regional organiser", "Transport Workers' Union", "union"]
WYM = ["Wymarc", "chair", "Quernmouth Transport Authority", "authority"]
BID = ["business improvement district"]
ok &= build("quernmouth-night-bus-routes-cut", "long",
 "Original fictional night-bus cut story (transport desk). Section label, byline, date line, 'Photo:' caption, 'Advertisement', newsletter prompt and 'Read more:' are noise. The route list ('The routes, the N2, N5, N7 and N9, are run by ...'), the N4 correction and 'Passengers can still use the N1 and N4' are the article's own voice, but the same sentence's 'the authority's own figures suggest about 70 percent ...' is a document source (required assert, hedged). Denials: 'The authority countered that its ticket data showed an average of 11 passengers a trip on the four routes last year, not 40' (reported X-not-Y, keyed by the claim words after 'countered that') + the operator's two-sentence quote named once with said-X inversion ('Forty is a Saturday-night figure for one bus, not an average' X-not-Y quote with no cue word: deny; 'On a Tuesday in February you can count the passengers on one hand' counter-evidence: assert; second party, same claim); 'Sablemoor said the union had its facts wrong: night allowances were fixed by a national agreement and would still be paid to every driver moved onto other late shifts' (keyed by the reason after the colon, never by 'facts wrong'); the authority chair 'said there had been no decision of any kind before the board's vote on May 6, and that every one of the 3,412 consultation responses had been read by officers' (against the anonymous official; one entry, one key per clause). Admissions: 'Wymarc did acknowledge that the authority had not asked the city's hospitals or care firms how their staff got to work' and his 'That was a gap, and we should have filled it' (both required confirm). Pronoun-resolved: 'he said', 'He added' (Wymarc), 'It said' (the authority; the business district), 'He said' (Parnell), 'she said' (Odgers); short-name back-references 'The authority', 'The firm' (Sablemoor), 'the union', 'the alliance'. Split quote: '\"Nobody is pretending these buses are full,\" Uren said, \"but ...\"' (the splitter cuts it in two). Anonymous: 'A senior official at the authority, speaking on condition of anonymity, said' (anonymous but not hedged, as eval-blind47's letters-page trustee; no via). Relay: Parnell 'told Radio Quernmouth' (via). The Quernmouth Night Owls chat-group message is labelled false ('It will not: ...'): required assert. Optional: 'but would not say how many of them work on the four routes' (Sablemoor's non-answer, in the same sentence as its no-job-losses statement: optional assert).",
 [A("qta-stop", "the Quernmouth Transport Authority", QTA, "said", "predict", ["will stop running on June 28"]),
  A("qta-save", "the Quernmouth Transport Authority", QTA, "in a move it expects to", "predict", ["save about 1.3 million pounds a year"], h=True),
  A("qta-fallen", "the Quernmouth Transport Authority", QTA, "said", "assert", ["passenger numbers on the four routes had fallen by more than half since 2027"], h=True),
  A("qnsa-40", "the Quernmouth Night Shift Alliance", QNSA, "said", "assert", ["the buses carried about 40 passengers a trip", "many of its members had no other way home"], h=True),
  A("par-2000", "Zosimo Parnell, the alliance's coordinator", PAR, "said", "predict", ["leave about 2,000 people a night to walk or pay for taxis"], h=True),
  A("qta-countered", "the Quernmouth Transport Authority", QTA, "countered that", "deny", ["an average of 11 passengers a trip on the four routes last year, not 40"]),
  A("say-forty", "Ymber Sayer, Sablemoor's operations manager", SAY, "said Sablemoor's operations manager, Ymber Sayer", "deny", ["Forty is a Saturday-night figure for one bus, not an average"], q=True),
  A("say-tuesday", "Ymber Sayer", SAY, "(second sentence of the same quote)", "assert", ["On a Tuesday in February you can count the passengers on one hand"], q=True),
  A("odg-n5", "Rozenwyn Odgers, a care worker", ODG, "said", "assert", ["the N5 was the only bus that stopped within a mile of her home"]),
  A("odg-taxi", "Rozenwyn Odgers", ODG, "she said", "assert", ["A taxi would cost me 19 pounds a night", "That is more than an hour of my pay"], q=True),
  A("twu-allowances", "the Transport Workers' Union", TWU, "said", "assert", ["Sablemoor wanted to stop paying night-shift allowances"]),
  A("uren-march", "Morcar Uren, the union's regional organiser", UREN, "said", "assert", ["drivers had been told of the plan in March"]),
  A("sab-facts", "Sablemoor Buses", SAB, "said the union had its facts wrong:", "deny", ["night allowances were fixed by a national agreement", "would still be paid to every driver moved onto other late shifts"]),
  A("sab-jobs", "Sablemoor Buses", SAB, "The firm said", "predict", ["none of its drivers would lose their jobs"]),
  A("sab-would-not-say", "Sablemoor Buses", SAB, "but would not say", "assert", ["how many of them work on the four routes"], req=False),
  A("uren-split", "Morcar Uren", UREN, "Uren said (split quote)", "opinion", ["Nobody is pretending these buses are full", "the people on them are the ones who keep this city running at night"], q=True),
  A("anon-february", "a senior official at the authority (anonymous)", ["senior official"], "speaking on condition of anonymity, said", "assert", ["the decision to cut the routes had been taken in February"], anon=True),
  A("wym-no-decision", "Councillor Vitalis Wymarc, the authority's chair", WYM, "said", "deny", ["there had been no decision of any kind before the board's vote on May 6", "every one of the 3,412 consultation responses had been read by officers"]),
  A("wym-ack", "Councillor Vitalis Wymarc", WYM, "did acknowledge that", "confirm", ["the authority had not asked the city's hospitals or care firms how their staff got to work"]),
  A("wym-gap", "Councillor Vitalis Wymarc", WYM, "he said", "confirm", ["That was a gap, and we should have filled it"], q=True),
  A("wym-meet", "Councillor Vitalis Wymarc", WYM, "He added", "predict", ["the authority would meet employers before the cuts took effect"]),
  A("qta-voucher", "the Quernmouth Transport Authority", QTA, "said", "predict", ["run a taxi-voucher trial for night workers living along the four routes from July"], h=True),
  A("qta-5am", "the Quernmouth Transport Authority", QTA, "It said", "predict", ["vouchers would be available to anyone who could show a shift ending between midnight and 5am"]),
  A("par-plaster", "Zosimo Parnell", PAR, "told Radio Quernmouth", "opinion", ["a sticking plaster on a broken leg"], q=True, via=["Radio Quernmouth"]),
  A("par-petition", "Zosimo Parnell", PAR, "told Radio Quernmouth", "predict", ["the alliance would collect signatures for a petition to the city council"], via=["Radio Quernmouth"]),
  A("par-1600", "Zosimo Parnell", PAR, "He said", "assert", ["1,600 people had signed in the first two days"]),
  A("owls-n4", "a message in the chat group Quernmouth Night Owls", ["Quernmouth Night Owls", "message", "chat group"], "claimed", "assert", ["the N4 to the hospital would be scrapped as well"]),
  A("bid-feared", "the city's business improvement district", BID, "said it feared", "predict", ["the cut could push staff to leave for jobs in other towns"], h=True),
  A("bid-shuttle", "the city's business improvement district", BID, "It said", "predict", ["consider paying towards a late-night shuttle"]),
  A("qta-figures-70", "the authority's own figures", ["figures", "Quernmouth Transport Authority", "authority"], "suggest", "assert", ["about 70 percent of night journeys start or end on one of those two routes"], h=True),
  A("qta-january", "the Quernmouth Transport Authority", QTA, "the authority said", "predict", ["The board will look again at the decision in January"])],
 [D(["Quernmouth Transport Authority", "authority"], ["about 40 passengers a trip"], "'countered that its ticket data showed an average of 11 passengers a trip on the four routes last year, not 40'"),
  D(["Sayer", "Sablemoor"], ["about 40 passengers a trip"], "second party, same claim; X-not-Y quote with no cue word: 'Forty is a Saturday-night figure for one bus, not an average'"),
  D(["Sablemoor"], ["Sablemoor wanted to stop paying night-shift allowances"], "'said the union had its facts wrong: night allowances were fixed by a national agreement and would still be paid ...'"),
  D(["Wymarc", "chair"], ["the decision to cut the routes had been taken in February"], "'said there had been no decision of any kind before the board's vote on May 6' (against the anonymous official)")],
 [{"match": ["senior official"], "note": "a senior official at the authority, speaking on condition of anonymity, said the decision was taken in February"}],
 [{"speaker": ["Parnell"], "outlets": ["Radio Quernmouth"], "note": "the alliance's coordinator -> Radio Quernmouth -> this story"}],
 [S("Quernmouth Night Shift Alliance", ["which speaks for cleaners, care workers, bar staff and hospital porters who finish work after midnight"]), S("Zosimo Parnell", ["Its coordinator"]), S("Ymber Sayer", ["Sablemoor's operations manager"]), S("Rozenwyn Odgers", ["a care worker who finishes at 1am in the west of the city"]), S("Transport Workers' Union", ["which represents most of Sablemoor's 140 night drivers"]), S("Morcar Uren", ["Its regional organiser"]), S("Vitalis Wymarc", ["The authority's chair"]), S("Quernmouth Night Owls", ["the chat group"])],
 ["about 1.3 million pounds", "more than half", "about 40 passengers", "about 2,000 people", "up to 200,000 pounds", "could push staff", "suggest about 70 percent", "about 300 bars"],
 [{"claim": ["the N4 to the hospital would be scrapped as well"], "by": "the article itself ('It will not: the N4 is paid for by the hospital under a separate contract that runs until 2034, and it is not part of the cuts.')"}],
 ["a sticking plaster on a broken leg", "empty seats"],
 [N("June 28", "last night of the four routes"), N("about 1.3 million pounds", "yearly saving"), N("more than half", "fall in passengers since 2027"), N("about 40 passengers", "per trip, per the alliance"), N("about 2,000 people", "a night left without a bus, per the alliance"), N("11 passengers", "average per trip, per the authority"), N("19 pounds", "taxi fare a night"), N("140", "night drivers"), N("May 6", "board vote"), N("3,412", "consultation responses"), N("up to 200,000 pounds", "voucher trial"), N("1,600", "petition signatures"), N("2034", "N4 contract runs until"), N("about 300", "bars, clubs and restaurants"), N("about 70 percent", "night journeys on the N1 and N4")],
 [CE(["because passenger numbers on the four routes had fallen by more than half since 2027"], ["the cut was needed"])],
 ["TRANSPORT", "By Yvo Pagan, Transport Correspondent", "Thursday 8 May 2031", "Photo: A night bus at the Quernmouth Exchange stop shortly after 1am", "Advertisement", "Get our weekday travel newsletter", "Read more: Why bus routes in Quernmouth keep getting shorter"])

print("ALL OK" if ok else "PROBLEMS")
