# Writes the six gold files of eval-blind54 and checks every string against its text (see goldlib.build).
from goldlib import A, D_ as D, N, CE, S, build
ok = True

# 1 road-resurfacing contract row (long)
GBC = ["Garnholt Borough Council", "council", "Hobday"]
HOB = ["Hobday", "highways director", "Garnholt Borough Council", "council"]
HEX = ["Hexbridge Surfacing", "Hexbridge", "firm", "Hembry"]
HEM = ["Hembry", "managing director", "Hexbridge"]
KER = ["Kernaghan", "Independent group", "Councillor"]
FRA = ["Fairhollow Residents' Association", "Residents' Association", "association", "Bettridge"]
BET = ["Bettridge", "chair", "Fairhollow Residents' Association", "association"]
ok &= build("garnholt-road-resurfacing-contract-row", "long",
 "Original fictional road-resurfacing contract row (local democracy report). Section label, byline, date line, 'Photo:' caption, 'Advertisement', newsletter prompt and 'Read more:' are noise. The lede's 'opposition councillors want the work put out to tender again' is an optional assert (a loose group's wish, not a cued statement); 'The contract, worth 14.2 million crowns, was awarded ...', 'The audit committee can ask for any contract to be reviewed ...' and 'Residents can report a pothole ...' are the article's own voice (no entry). Denials: 'The council challenged the figure, saying the gap between the two bids was about 600,000 crowns, not 2.1 million, and that the cheapest bidder had failed its safety checks' (content-less verdict keyed by the reason's words: X-not-Y) against the councillor's 2.1-million claim; the highways director's two-sentence quote named once after it ('The lowest bid came from a firm with two serious accidents ...' counter-evidence: assert; 'We were never going to put that firm on our streets' opinion); 'Hexbridge played down the count, saying most of those holes were in pavements and verges that its contract does not cover' (against the residents' association's 312 potholes); 'The firm said the suggestion was false: every finished street is walked by a council inspector and one of Hexbridge's own engineers ...' (positively worded rebuttal of the anonymous surveyor; keyed by the words after the colon); 'Hobday was just as clear' (no entry) + 'I have the sign-off sheets for all 55 finished streets, and each one carries an inspector's signature ...' he said (second party, same claim; positively worded: deny). Admission: 'The council acknowledged that 41 of the 96 streets had not yet been started' (required confirm). Pronoun-resolved: 'She added' (Kernaghan), 'It said' (the council), 'he said' (Hobday, Hembry), 'She said', 'He added'; short-name back-references 'The council', 'The firm', 'Hexbridge', 'The association's chair'. Anonymous: 'A surveyor who works on the contract, and who asked not to be identified, told the Garnholt Chronicle' (anonymous, hedged, via). Relay: Kernaghan 'told the radio station Elmcross FM' (via). Document sources: 'According to the council's own progress report' (hedged), 'The council's own figures show' (required assert). The Garnholt Roads Watch leaflet's no-tender claim is labelled false ('It was not: ...'): required assert.",
 [A("opp-tender", "opposition councillors", ["opposition councillors", "councillors"], "want", "assert", ["the work put out to tender again"], req=False),
  A("report-55", "the council's own progress report", ["progress report", "Garnholt Borough Council", "council"], "According to", "assert", ["only 55 had been finished by that date"], h=True),
  A("ker-2m", "Councillor Aethelind Kernaghan", KER, "said", "assert", ["Hexbridge's bid had been 2.1 million crowns dearer than the lowest bid"]),
  A("ker-drain", "Aethelind Kernaghan", KER, "She added", "assert", ["charge extra for every street where it found a broken drain"]),
  A("gbc-figure", "Garnholt Borough Council", GBC, "challenged the figure, saying", "deny", ["about 600,000 crowns, not 2.1 million", "the cheapest bidder had failed its safety checks"], h=True),
  A("hob-lowest", "Abelard Hobday, the council's highways director", HOB, "said its highways director, Abelard Hobday", "assert", ["The lowest bid came from a firm with two serious accidents on its record in three years"], q=True),
  A("hob-never", "Abelard Hobday", HOB, "(second sentence of the same quote)", "opinion", ["We were never going to put that firm on our streets"], q=True),
  A("ker-elmcross", "Aethelind Kernaghan", KER, "told the radio station Elmcross FM", "predict", ["ask the council's audit committee to examine the tender"], via=["Elmcross FM"]),
  A("gbc-41", "Garnholt Borough Council", GBC, "acknowledged that", "confirm", ["41 of the 96 streets had not yet been started"]),
  A("gbc-feb", "Garnholt Borough Council", GBC, "It said", "predict", ["all of them would be finished by the end of February 2031", "Hexbridge would pay a penalty of 2,000 crowns for every week"]),
  A("hex-bitumen", "Hexbridge Surfacing", HEX, "said", "assert", ["a national shortage of bitumen last autumn"]),
  A("hem-38km", "Durward Hembry, Hexbridge's managing director", HEM, "said the firm's managing director, Durward Hembry", "assert", ["We have laid 38 kilometres of new surface since last spring"], q=True),
  A("hem-winter", "Durward Hembry", HEM, "(second sentence of the same quote)", "opinion", ["Nobody in this borough has had a harder winter than our crews"], q=True),
  A("fra-312", "the Fairhollow Residents' Association", FRA, "said", "assert", ["counted 312 new potholes on streets that Hexbridge resurfaced in 2029"]),
  A("hex-played", "Hexbridge Surfacing", HEX, "played down the count, saying", "deny", ["most of those holes were in pavements and verges that its contract does not cover"]),
  A("bet-count", "Joscelind Bettridge, the association's chair", BET, "Bettridge said (split quote)", "opinion", ["We are not engineers", "the new roads are breaking up faster than the old ones did"], q=True),
  A("sur-12", "a surveyor who works on the contract (anonymous)", ["surveyor"], "told the Garnholt Chronicle", "assert", ["council inspectors had signed off at least 12 streets without visiting them"], h=True, anon=True, via=["Garnholt Chronicle"]),
  A("hex-false", "Hexbridge Surfacing", HEX, "said the suggestion was false:", "deny", ["every finished street is walked by a council inspector and one of Hexbridge's own engineers"]),
  A("hob-sheets", "Abelard Hobday", HOB, "he said", "deny", ["I have the sign-off sheets for all 55 finished streets", "each one carries an inspector's signature and the date of the visit"], q=True),
  A("leaf-tender", "a leaflet from a group calling itself Garnholt Roads Watch", ["Garnholt Roads Watch", "leaflet"], "claimed", "assert", ["the contract had been handed to Hexbridge without any tender"]),
  A("ker-motion", "Aethelind Kernaghan", KER, "said", "predict", ["table a motion at that meeting"], h=True),
  A("ker-patchwork", "Aethelind Kernaghan", KER, "She said", "opinion", ["a patchwork of promises"], q=True),
  A("hem-review", "Durward Hembry", HEM, "said", "assert", ["Hexbridge would welcome any review"]),
  A("hem-bid", "Durward Hembry", HEM, "he said (split quote)", "assert", ["We bid for the job we were asked to do", "we are doing it to the standard written into the contract"], q=True),
  A("figs-1.3m", "the council's own figures", ["figures", "Garnholt Borough Council", "council"], "show", "assert", ["it paid 1.3 million crowns in compensation for pothole damage"]),
  A("hob-half", "Abelard Hobday", HOB, "said", "predict", ["cut those claims by about half"], h=True),
  A("hob-500k", "Abelard Hobday", HOB, "He added", "assert", ["set aside up to 500,000 crowns"], h=True)],
 [D(["Garnholt Borough Council", "council", "Hobday"], ["Hexbridge's bid had been 2.1 million crowns dearer than the lowest bid"], "'challenged the figure, saying the gap between the two bids was about 600,000 crowns, not 2.1 million' (X-not-Y)"),
  D(["Hexbridge"], ["counted 312 new potholes on streets that Hexbridge resurfaced in 2029"], "'played down the count, saying most of those holes were in pavements and verges that its contract does not cover'"),
  D(["Hexbridge", "firm"], ["council inspectors had signed off at least 12 streets without visiting them"], "'The firm said the suggestion was false: every finished street is walked by a council inspector ...' (against the anonymous surveyor)"),
  D(["Hobday", "highways director"], ["council inspectors had signed off at least 12 streets without visiting them"], "second party, same claim: 'Hobday was just as clear' + 'I have the sign-off sheets for all 55 finished streets ...' he said")],
 [{"match": ["surveyor"], "note": "a surveyor who works on the contract, who asked not to be identified, told the Garnholt Chronicle that inspectors signed off streets without visiting them"}],
 [{"speaker": ["surveyor"], "outlets": ["Garnholt Chronicle"], "note": "anonymous surveyor -> Garnholt Chronicle -> this story"},
  {"speaker": ["Kernaghan"], "outlets": ["Elmcross FM"], "note": "Kernaghan -> radio station Elmcross FM -> this story"}],
 [S("Aethelind Kernaghan", ["who leads the Independent group on the council"]), S("Abelard Hobday", ["its highways director"]), S("Durward Hembry", ["the firm's managing director"]), S("Fairhollow Residents' Association", ["which has been photographing the borough's roads since 2027"]), S("Joscelind Bettridge", ["The association's chair"]), S("Garnholt Roads Watch", ["a group calling itself"]), S("Elmcross FM", ["the radio station"])],
 ["According to the council's own progress report", "about 600,000 crowns", "at least 12 streets", "if the audit committee found", "about half", "up to 500,000 crowns"],
 [{"claim": ["the contract had been handed to Hexbridge without any tender"], "by": "the article itself ('It was not: the council advertised the work in June 2028 and received five bids.')"}],
 ["a patchwork of promises", "handled badly"],
 [N("11 months", "behind schedule"), N("14.2 million crowns", "contract value"), N("96 streets", "due by end of March"), N("only 55", "finished, per the progress report"), N("2.1 million crowns", "bid gap, per Kernaghan"), N("about 600,000 crowns", "bid gap, per the council"), N("41 of the 96 streets", "not started"), N("2,000 crowns", "weekly penalty"), N("38 kilometres", "new surface laid"), N("nine weeks", "crews idle"), N("312 new potholes", "per the association"), N("at least 12 streets", "signed off unvisited, per the surveyor"), N("five bids", "tender"), N("June 18", "full council"), N("1.3 million crowns", "pothole compensation 2029"), N("840,000 crowns", "pothole compensation 2027"), N("up to 500,000 crowns", "patching budget")],
 [CE(["caused by a national shortage of bitumen last autumn"], ["most of the delay"]), CE(["a national shortage of bitumen last autumn"], ["left its crews idle for nine weeks"])],
 ["TRANSPORT", "By Cassiel Daventree, Local Democracy Reporter", "Tuesday 9 April 2030", "Photo: A Hexbridge crew laying new surface on Fairhollow Road last month", "Advertisement", "Sign up for Garnholt This Week, our free weekly newsletter", "Read more: Which Garnholt streets are next in line for new surface"])

# 2 park-tree felling dispute (long)
HCC = ["Hendleby City Council", "council", "Ibbotson"]
IBB = ["Ibbotson", "parks manager", "Hendleby City Council", "council"]
FOC = ["Friends of Carnwold Park", "Friends", "group", "Flitcroft"]
FLI = ["Flitcroft", "chair", "Friends of Carnwold Park", "Friends"]
KIR = ["Kirkbride", "arborist"]
SPW = ["spokeswoman", "Hendleby City Council", "council"]
GLE = ["Glenmarsh Drainage", "Glenmarsh", "Inchbold"]
INC = ["Inchbold", "site manager", "Glenmarsh Drainage", "Glenmarsh"]
BED = ["Beddoe", "environment committee"]
ok &= build("hendleby-carnwold-park-lime-tree-felling", "long",
 "Original fictional park-tree felling dispute (environment desk). Section label, byline, date line, 'Photo:' caption, 'Advertisement', newsletter prompt and 'Read more:' are noise. The lede's 'after a survey found that most of them were infected with bleeding canker' is an optional assert (a finding, not a cued statement); 'The council ordered the survey after ...', 'Nobody was hurt', 'Because the park is a registered historic garden ...', 'The body can comment ...' and 'The council's environment committee meets on December 3' are the article's own voice (no entry). Denials: 'The council contested her survey, saying its own tests had found bleeding canker in 29 of the 38 trees, not six' (X-not-Y against the Friends' arborist; the parks manager's two-sentence quote after it is counter-evidence: assert); 'The council said nothing could be further from the truth: the avenue lies inside a conservation area, and no new building of any kind is allowed there' (keyed by the words after the colon) against the Friends' cafe-and-car-park claim; 'A council spokeswoman gave short shrift to that account, saying the date had been set by the results of the survey and by nothing else' (against the anonymous tree-team member); Glenmarsh Drainage 'said it had never been told when the felling would happen and had no work planned anywhere near the avenue until 2033' + its site manager's two-sentence quote named once 'Our job is 400 metres away ... We have not asked anybody to cut anything down' (second party, same claim; both sentences deny). Admissions: 'The council conceded that it had not written to the 140 households ...' and the parks manager's 'a mistake on our part' (both required confirm). The arborist's reply ('the council's samples had been taken in August ... a second round of tests in the spring could give a very different result') questions the method rather than denying a claim: assert. Pronoun-resolved: 'It said' (the council), 'She told', 'She said', 'She added' (Flitcroft, Kirkbride), 'It estimated', 'He said' (Beddoe); short-name back-references 'The council', 'the group said', 'Ibbotson', 'Kirkbride'. Anonymous: 'A member of the council's own tree team, speaking privately, told the Hendleby Herald' (anonymous, hedged, via). Relay: Flitcroft 'told the radio station Hendleby Sound' (via). The council spokeswoman is the office of a named body: not anonymous. The Hendleby Talk thread's timber-sale claim is labelled false ('No sale is planned: ...'): required assert. Optional: 'Kirkbride stood by her findings'.",
 [A("survey-lede", "a survey (the council's)", ["survey", "Hendleby City Council", "council"], "found", "assert", ["most of them were infected with bleeding canker"], req=False),
  A("kir-six", "Dr Dietlind Kirkbride, the Friends' arborist", KIR, "said", "assert", ["only six of the 38 trees showed any sign of the disease"]),
  A("hcc-contested", "Hendleby City Council", HCC, "contested her survey, saying", "deny", ["bleeding canker in 29 of the 38 trees, not six"]),
  A("hcc-nine", "Hendleby City Council", HCC, "It said", "assert", ["the remaining nine were too close to the diseased trees to be saved"]),
  A("ibb-bark", "Balthus Ibbotson, the council's parks manager", IBB, "said the council's parks manager, Balthus Ibbotson", "assert", ["Bleeding canker does not show on the bark until it is well advanced"], q=True),
  A("ibb-samples", "Balthus Ibbotson", IBB, "(second sentence of the same quote)", "assert", ["Our team took samples from inside every trunk", "the laboratory results are on our website"], q=True),
  A("fli-cafe", "Berengaria Flitcroft, the Friends' chair", FLI, "said", "assert", ["the council wanted the avenue cleared so that it could build a cafe and a car park"]),
  A("hcc-truth", "Hendleby City Council", HCC, "said nothing could be further from the truth:", "deny", ["the avenue lies inside a conservation area", "no new building of any kind is allowed there"]),
  A("ibb-replant", "Balthus Ibbotson", IBB, "said", "predict", ["replanted with 60 young limes in November 2032"]),
  A("fli-1894", "Berengaria Flitcroft", FLI, "Flitcroft said (split quote)", "opinion", ["These trees have stood here since 1894", "they deserve a proper second opinion before anyone starts a chainsaw"], q=True),
  A("fli-court", "Berengaria Flitcroft", FLI, "She told the radio station Hendleby Sound", "predict", ["ask the High Court to review the decision"], h=True, via=["Hendleby Sound"]),
  A("hcc-conceded", "Hendleby City Council", HCC, "conceded that", "confirm", ["it had not written to the 140 households that overlook the avenue"]),
  A("ibb-mistake", "Balthus Ibbotson", IBB, "said", "confirm", ["a mistake on our part"], q=True),
  A("ibb-letters", "Balthus Ibbotson", IBB, "said ... and that", "assert", ["letters had gone out this week"]),
  A("tree-forward", "a member of the council's tree team (anonymous)", ["tree team"], "told the Hendleby Herald", "assert", ["the felling had been brought forward by a year to fit the timetable of a drainage contractor"], h=True, anon=True, via=["Hendleby Herald"]),
  A("spw-shrift", "a spokeswoman for Hendleby City Council", SPW, "gave short shrift to that account, saying", "deny", ["the date had been set by the results of the survey and by nothing else"]),
  A("gle-never", "Glenmarsh Drainage", GLE, "said it had never", "deny", ["had never been told when the felling would happen", "had no work planned anywhere near the avenue until 2033"]),
  A("inc-400", "Hrothgar Inchbold, Glenmarsh's site manager", INC, "said its site manager, Hrothgar Inchbold", "deny", ["Our job is 400 metres away, on the other side of the lake"], q=True),
  A("inc-asked", "Hrothgar Inchbold", INC, "(second sentence of the same quote)", "deny", ["We have not asked anybody to cut anything down"], q=True),
  A("forum-timber", "a thread on the local forum Hendleby Talk", ["Hendleby Talk", "thread", "forum"], "claimed", "assert", ["the timber would be sold to a furniture maker for 90,000 crowns"]),
  A("kir-stood", "Dr Dietlind Kirkbride", KIR, "stood by", "assert", ["her findings"], req=False),
  A("kir-august", "Dr Dietlind Kirkbride", KIR, "She said", "assert", ["the council's samples had been taken in August", "a second round of tests in the spring could give a very different result"], h=True),
  A("kir-health", "Dr Dietlind Kirkbride", KIR, "She added", "opinion", ["in better health than most limes in the county"], q=True),
  A("hcc-storms", "Hendleby City Council", HCC, "said", "assert", ["waiting until spring would leave the trees standing through the winter storms"]),
  A("hcc-75k", "Hendleby City Council", HCC, "It estimated", "predict", ["the felling would cost about 75,000 crowns"], h=True),
  A("bed-stages", "Councillor Hengist Beddoe", BED, "said", "assert", ["split the felling into two stages"]),
  A("bed-decision", "Councillor Hengist Beddoe", BED, "He said", "predict", ["a decision on his request was expected before the Christmas recess"]),
  A("foc-4200", "the Friends of Carnwold Park", FOC, "the group said", "assert", ["had gathered 4,200 signatures by Thursday evening"]),
  A("fli-vigil", "Berengaria Flitcroft", FLI, "said", "predict", ["hold a vigil beneath the limes on the first Sunday of December"])],
 [D(["Hendleby City Council", "council", "Ibbotson"], ["only six of the 38 trees showed any sign of the disease"], "'contested her survey, saying its own tests had found bleeding canker in 29 of the 38 trees, not six' (X-not-Y)"),
  D(["Hendleby City Council", "council"], ["the council wanted the avenue cleared so that it could build a cafe and a car park"], "'said nothing could be further from the truth: the avenue lies inside a conservation area ...'"),
  D(["spokeswoman", "council"], ["the felling had been brought forward by a year to fit the timetable of a drainage contractor"], "'gave short shrift to that account, saying the date had been set by the results of the survey and by nothing else' (against the anonymous tree-team member)"),
  D(["Glenmarsh Drainage", "Glenmarsh", "Inchbold"], ["the felling had been brought forward by a year to fit the timetable of a drainage contractor"], "second party, same claim: 'said it had never been told when the felling would happen ...' + Inchbold's 'Our job is 400 metres away ... We have not asked anybody to cut anything down'")],
 [{"match": ["tree team"], "note": "a member of the council's own tree team, speaking privately, told the Hendleby Herald the felling was brought forward for a drainage contractor"}],
 [{"speaker": ["tree team"], "outlets": ["Hendleby Herald"], "note": "anonymous tree-team member -> Hendleby Herald -> this story"},
  {"speaker": ["Flitcroft"], "outlets": ["Hendleby Sound"], "note": "Flitcroft -> radio station Hendleby Sound -> this story"}],
 [S("Friends of Carnwold Park", ["a volunteer group with about 900 members"]), S("Dietlind Kirkbride", ["Its arborist"]), S("Balthus Ibbotson", ["the council's parks manager"]), S("Berengaria Flitcroft", ["The Friends' chair"]), S("Glenmarsh Drainage", ["which is relaying a sewer beneath the park's southern lawns"]), S("Hrothgar Inchbold", ["its site manager"]), S("Hengist Beddoe", ["who sits on the council's environment committee"]), S("Hendleby Talk", ["the local forum"])],
 ["about 900 members", "could give a very different result", "about 75,000 crowns", "if the council did not pause the felling"],
 [{"claim": ["the timber would be sold to a furniture maker for 90,000 crowns"], "by": "the article itself ('No sale is planned: the wood is to be chipped and spread on the park's own paths.')"}],
 ["before anyone starts a chainsaw"],
 [N("38 lime trees", "to be felled"), N("only six of the 38 trees", "diseased, per Kirkbride"), N("29 of the 38 trees", "diseased, per the council"), N("about 900 members", "Friends"), N("60 young limes", "replanting"), N("November 2032", "replanting"), N("1894", "planted"), N("140 households", "not written to"), N("400 metres", "Glenmarsh's job from the avenue"), N("90,000 crowns", "timber sale, per the forum thread"), N("2033", "Glenmarsh work near the avenue"), N("about 75,000 crowns", "felling cost"), N("4,200 signatures", "petition"), N("December 3", "committee meeting")],
 [CE(["after a survey found that most of them were infected with bleeding canker"], ["will fell 38 lime trees"]), CE(["after two of the avenue's limes dropped large branches onto a footpath during storms in February"], ["The council ordered the survey"]), CE(["Because the park is a registered historic garden"], ["the council must also notify the national heritage body"])],
 ["ENVIRONMENT", "By Gundrada Lowick, Environment Reporter", "Friday 14 November 2031", "Photo: The lime avenue in Carnwold Park, planted in the 1890s", "Advertisement", "Get Green Hendleby, our fortnightly environment newsletter, in your inbox", "Read more: What is bleeding canker, and can a tree recover from it?"])

# 3 youth-football pitch-booking row (medium)
ASH = ["Ashlowe Juniors", "club", "Dunsmore"]
DUN = ["Dunsmore", "chairwoman", "Ashlowe Juniors"]
HLT = ["Hallowmede Leisure Trust", "Leisure Trust", "trust", "Jephcott"]
JEP = ["Jephcott", "general manager", "Hallowmede Leisure Trust", "trust"]
HAN = ["Hanbury", "secretary", "Easterhope Veterans League", "league"]
SPK = ["spokesman", "Hallowmede Leisure Trust", "trust"]
ok &= build("ashlowe-juniors-dunwarren-fields-pitch-bookings", "medium",
 "Original fictional youth-football pitch-booking row (community sport desk). Section label, byline, date line, 'Photo:' caption, 'Advertisement', newsletter prompt and 'Read more:' are noise. The lede is attributed to the club ('says it has lost 11 of its 14 Saturday-morning pitch bookings ...'): required assert. 'The fields are run by ...' and 'The adult league named by the club, the Easterhope Veterans League, has no Saturday fixtures at all' are the article's own voice (no entry). Denials: 'The trust called the claim untrue, saying the club had lost four slots, not 11, and only because two of the nine pitches were being reseeded until April' (X-not-Y; one entry, two keys) + the general manager's two-sentence quote named once ('Junior clubs get first pick of the Saturday slots ...' positively worded rebuttal: deny; 'That has been our rule since 2027 and it has not changed': assert); the adult league's secretary 'told the Hallowmede Gazette that every one of its matches is played on a Sunday afternoon' (second party, same claim; positively worded rebuttal: deny, via; named, so not anonymous); the trust spokesman's quote with no cue word 'Nobody in this building has been told to put adult teams first' (deny; 'Our booking rules are published ...' assert) against the anonymous bookings-staff member. Admission: 'The trust admitted that the club's autumn booking confirmations had been sent out three weeks late' (required confirm). Pronoun-resolved: 'She added', 'she said' (Dunsmore), 'It said' (the trust), 'He said' (Jephcott); short-name back-references 'The trust', 'Dunsmore', 'Jephcott'. Anonymous: 'According to a member of the trust's bookings staff, who asked not to be named' (anonymous, hedged, no via). The trust spokesman is the office of a named body: not anonymous. The Ashlowe Touchline chat-group message that the club would fold is labelled false ('It will not: ...'): required assert. Optional: the borough council's 'the bookings were a matter for the trust' (a non-answer).",
 [A("ash-11", "Ashlowe Juniors", ASH, "says", "assert", ["lost 11 of its 14 Saturday-morning pitch bookings at Dunwarren Fields"]),
  A("hlt-untrue", "Hallowmede Leisure Trust", HLT, "called the claim untrue, saying", "deny", ["the club had lost four slots, not 11", "two of the nine pitches were being reseeded until April"]),
  A("dun-260", "Kelyn Dunsmore, the club's chairwoman", DUN, "said the club's chairwoman, Kelyn Dunsmore (split quote)", "assert", ["We have 260 children on our books", "on Saturday mornings we now have three pitches for all of them"], q=True),
  A("dun-easterhope", "Kelyn Dunsmore", DUN, "She added", "assert", ["two under-9 teams had been forced to play their home games 14 miles away"]),
  A("han-sunday", "Drogo Hanbury, secretary of the Easterhope Veterans League", HAN, "told the Hallowmede Gazette", "deny", ["every one of its matches is played on a Sunday afternoon"], via=["Hallowmede Gazette"]),
  A("hlt-late", "Hallowmede Leisure Trust", HLT, "admitted that", "confirm", ["the club's autumn booking confirmations had been sent out three weeks late"]),
  A("hlt-refund", "Hallowmede Leisure Trust", HLT, "It said", "assert", ["offered a refund of 340 crowns"]),
  A("jep-first", "Engelbert Jephcott, the trust's general manager", JEP, "said the trust's general manager, Engelbert Jephcott", "deny", ["Junior clubs get first pick of the Saturday slots"], q=True),
  A("jep-rule", "Engelbert Jephcott", JEP, "(second sentence of the same quote)", "assert", ["That has been our rule since 2027 and it has not changed"], q=True),
  A("staff-priority", "a member of the trust's bookings staff (anonymous)", ["bookings staff"], "According to", "assert", ["managers were told in January to give priority to any customer paying the full rate"], h=True, anon=True),
  A("spk-nobody", "a spokesman for the Hallowmede Leisure Trust", SPK, "a spokesman for the trust said", "deny", ["Nobody in this building has been told to put adult teams first"], q=True),
  A("spk-published", "a spokesman for the Hallowmede Leisure Trust", SPK, "(second sentence of the same quote)", "assert", ["Our booking rules are published, and anyone can read them"], q=True),
  A("dun-satisfied", "Kelyn Dunsmore", DUN, "said", "opinion", ["would not be satisfied until it had all of its old slots back"]),
  A("dun-coaches", "Kelyn Dunsmore", DUN, "she said", "assert", ["38 volunteer coaches had written to every member of the borough council", "a petition had gathered about 1,100 signatures"], h=True),
  A("chat-fold", "a message in the parents' chat group Ashlowe Touchline", ["Ashlowe Touchline", "message", "chat group"], "claimed", "assert", ["the club would have to fold at the end of the season"]),
  A("jep-meet", "Engelbert Jephcott", JEP, "said", "predict", ["meet the club's committee on March 12"]),
  A("jep-april", "Engelbert Jephcott", JEP, "He said", "predict", ["the two reseeded pitches should reopen by the middle of April", "if the grass is ready"], h=True),
  A("bc-matter", "the borough council", ["borough council"], "said", "assert", ["the bookings were a matter for the trust"], req=False)],
 [D(["Hallowmede Leisure Trust", "trust", "Jephcott"], ["lost 11 of its 14 Saturday-morning pitch bookings at Dunwarren Fields"], "'called the claim untrue, saying the club had lost four slots, not 11' (X-not-Y) + Jephcott's 'Junior clubs get first pick of the Saturday slots'"),
  D(["Hanbury", "Easterhope Veterans League"], ["lost 11 of its 14 Saturday-morning pitch bookings at Dunwarren Fields"], "second party, same claim: positively worded rebuttal told to the Hallowmede Gazette ('every one of its matches is played on a Sunday afternoon')"),
  D(["spokesman", "trust"], ["managers were told in January to give priority to any customer paying the full rate"], "quote with no cue word: 'Nobody in this building has been told to put adult teams first' (against the anonymous bookings-staff member)")],
 [{"match": ["bookings staff"], "note": "according to a member of the trust's bookings staff, who asked not to be named, managers were told to favour full-rate customers"}],
 [{"speaker": ["Hanbury"], "outlets": ["Hallowmede Gazette"], "note": "league secretary -> Hallowmede Gazette -> this story"}],
 [S("Ashlowe Juniors", ["the biggest children's football club in Hallowmede"]), S("Hallowmede Leisure Trust", ["a charity that has managed the town's sports grounds for the borough council since 2019"]), S("Kelyn Dunsmore", ["the club's chairwoman"]), S("Easterhope Veterans League", ["The adult league named by the club"]), S("Drogo Hanbury", ["Its secretary"]), S("Engelbert Jephcott", ["the trust's general manager"]), S("Ashlowe Touchline", ["the parents' chat group"])],
 ["According to a member of the trust's bookings staff", "about 1,100 signatures", "should reopen", "if the grass is ready"],
 [{"claim": ["the club would have to fold at the end of the season"], "by": "the article itself ('It will not: the club has pitches booked through to May ...')"}],
 ["pays double the junior rate"],
 [N("11 of its 14", "Saturday bookings lost, per the club"), N("four slots, not 11", "per the trust"), N("two of the nine pitches", "being reseeded"), N("260 children", "club members"), N("three pitches", "Saturday mornings"), N("14 miles", "to Easterhope"), N("340 crowns", "refund"), N("2027", "junior rule"), N("38 volunteer coaches", "wrote to councillors"), N("about 1,100 signatures", "petition"), N("March 12", "meeting"), N("2019", "trust manages grounds since")],
 [CE(["because two of the nine pitches were being reseeded until April"], ["the club had lost four slots"]), CE(["after a fault in its new online booking system"], ["sent out three weeks late"])],
 ["SPORT", "By Ebbo Goodacre, Community Sport Reporter", "Monday 3 March 2031", "Photo: Under-11 players from Ashlowe Juniors training at Dunwarren Fields", "Advertisement", "Sign up for Hallowmede Weekend Sport, our free Friday newsletter", "Read more: How to find a junior football team near you"])

# 4 hospital car-parking charge story (medium)
EHT = ["Eldenholme Hospitals Trust", "Hospitals Trust", "trust", "Ambleforth"]
AMB = ["Ambleforth", "finance director", "Eldenholme Hospitals Trust", "trust"]
EPV = ["Eldenholme Patients' Voice", "Patients' Voice", "group", "Cowdrey"]
COW = ["Cowdrey", "chair", "Eldenholme Patients' Voice", "Patients' Voice"]
UNI = ["Allied Health Staff Union", "Staff Union"]
ok &= build("eldenholme-general-hospital-parking-charges", "medium",
 "Original fictional hospital car-parking charge story (health desk). Section label, byline, date line, 'Photo:' caption, 'Advertisement', newsletter prompt and 'Read more:' are noise. The lede is attributed ('the Eldenholme Hospitals Trust said on Tuesday'): required assert. Denials ('denied' is used in this text only): 'The trust denied that it made any profit from its car parks, saying it had taken in 1.9 million crowns from parking last year, not 3 million ...' (one entry, two keys) + the finance director's two-sentence quote named once ('Every crown we take at the barrier goes back into the car parks' positively worded rebuttal: deny; 'We would rather not charge anyone at all' opinion) against the patients' group's profit claim; 'The trust said night-shift staff would go on parking free, as they have since 2028' (positively worded rebuttal of the union's 80-crowns claim); after the admission, 'It said all 64 had been open again since April 2 and that none had been taken away' (pronoun-resolved, against the anonymous porter). Admission: 'The trust admitted that 12 blue-badge bays had been closed for three weeks in March ...' (required confirm). Pronoun-resolved: 'It said' (the trust), 'She added', 'She said' (Cowdrey, Ambleforth); short-name back-references 'The trust', 'The group's chair', 'Cowdrey', 'Ambleforth'. Anonymous: 'A porter who has worked at the hospital for 20 years, and who asked that his name be kept out of print, told the Ivelbury Post' (anonymous, hedged, via). Relay: Cowdrey 'told the radio station Eldenholme Radio' (via). The Eldenholme Families post's overnight-charge claim is labelled false ('They will not: ...'): required assert.",
 [A("eht-4", "Eldenholme Hospitals Trust", EHT, "said", "assert", ["will cost 4 crowns an hour from June 1, up from 2.50 crowns"]),
  A("eht-repairs", "Eldenholme Hospitals Trust", EHT, "said", "assert", ["needs about 2.4 million crowns of repairs"], h=True),
  A("epv-profit", "Eldenholme Patients' Voice", EPV, "said", "assert", ["already made a profit of 3 million crowns a year from parking"]),
  A("epv-taxing", "Eldenholme Patients' Voice", EPV, "said", "opinion", ["taxing the sick"], q=True),
  A("eht-denied", "Eldenholme Hospitals Trust", EHT, "denied that ..., saying", "deny", ["it made any profit from its car parks", "1.9 million crowns from parking last year, not 3 million"]),
  A("amb-barrier", "Celestine Ambleforth, the trust's finance director", AMB, "said its finance director, Celestine Ambleforth", "deny", ["Every crown we take at the barrier goes back into the car parks"], q=True),
  A("amb-rather", "Celestine Ambleforth", AMB, "(second sentence of the same quote)", "opinion", ["We would rather not charge anyone at all"], q=True),
  A("cow-petition", "Frideswide Cowdrey, the group's chair", COW, "told the radio station Eldenholme Radio", "predict", ["hand a petition to the trust's board at its meeting on May 29"], via=["Eldenholme Radio"]),
  A("cow-fun", "Frideswide Cowdrey", COW, "Cowdrey said (split quote)", "opinion", ["People do not come here for fun", "they should not be charged as if they had come to do their shopping"], q=True),
  A("uni-80", "the Allied Health Staff Union", UNI, "said", "assert", ["staff on night shifts would pay about 80 crowns a month more"], h=True),
  A("eht-night", "Eldenholme Hospitals Trust", EHT, "said", "deny", ["night-shift staff would go on parking free"]),
  A("porter-bays", "a porter at the hospital (anonymous)", ["porter"], "told the Ivelbury Post", "assert", ["the number of blue-badge bays had been cut from 64 to 40"], h=True, anon=True, via=["Ivelbury Post"]),
  A("eht-admitted", "Eldenholme Hospitals Trust", EHT, "admitted that", "confirm", ["12 blue-badge bays had been closed for three weeks in March"]),
  A("eht-64", "Eldenholme Hospitals Trust", EHT, "It said", "deny", ["all 64 had been open again since April 2", "none had been taken away"]),
  A("page-parents", "a post on the page Eldenholme Families", ["Eldenholme Families", "post", "page"], "claimed", "assert", ["parents staying overnight with a child on the children's ward would have to pay the full hourly charge"]),
  A("cow-welcomed", "Frideswide Cowdrey", COW, "said", "opinion", ["welcomed the free passes", "a bill just for turning up"], q=True),
  A("cow-weekdays", "Frideswide Cowdrey", COW, "She added", "assert", ["the hospital's outpatient clinics were open only on weekdays"]),
  A("amb-bluebadge", "Celestine Ambleforth", AMB, "said", "predict", ["charges for blue-badge holders, who currently park free, would not change"]),
  A("amb-review", "Celestine Ambleforth", AMB, "She said", "predict", ["review all of its charges again in April 2032"])],
 [D(["Eldenholme Hospitals Trust", "trust", "Ambleforth"], ["already made a profit of 3 million crowns a year from parking"], "'denied that it made any profit from its car parks, saying it had taken in 1.9 million crowns ... not 3 million' + Ambleforth's 'Every crown we take at the barrier goes back into the car parks'"),
  D(["trust"], ["staff on night shifts would pay about 80 crowns a month more"], "positively worded rebuttal: 'night-shift staff would go on parking free, as they have since 2028'"),
  D(["trust"], ["the number of blue-badge bays had been cut from 64 to 40"], "'It said all 64 had been open again since April 2 and that none had been taken away' (after admitting a three-week closure; against the anonymous porter)")],
 [{"match": ["porter"], "note": "a porter of 20 years, who asked that his name be kept out of print, told the Ivelbury Post blue-badge bays were cut"}],
 [{"speaker": ["porter"], "outlets": ["Ivelbury Post"], "note": "anonymous porter -> Ivelbury Post -> this story"},
  {"speaker": ["Cowdrey"], "outlets": ["Eldenholme Radio"], "note": "Cowdrey -> radio station Eldenholme Radio -> this story"}],
 [S("Eldenholme Patients' Voice", ["The patients' group"]), S("Celestine Ambleforth", ["its finance director"]), S("Frideswide Cowdrey", ["The group's chair"]), S("Allied Health Staff Union", ["which represents about 1,800 nurses, porters and cleaners at the hospital"]), S("Eldenholme Families", ["the page"])],
 ["about 2.4 million crowns", "about 1,800", "about 80 crowns"],
 [{"claim": ["parents staying overnight with a child on the children's ward would have to pay the full hourly charge"], "by": "the article itself ('They will not: parents of children on the ward get a free pass ...')"}],
 ["taxing the sick", "a bill just for turning up"],
 [N("4 crowns an hour", "new charge"), N("2.50 crowns", "old charge"), N("June 1", "start"), N("about 2.4 million crowns", "repairs"), N("3 million crowns", "profit, per the patients' group"), N("1.9 million crowns", "parking income, per the trust"), N("May 29", "board meeting"), N("about 1,800", "union members"), N("about 80 crowns", "extra a month, per the union"), N("2028", "night shifts free since"), N("20 years", "porter's service"), N("from 64 to 40", "bays, per the porter"), N("12 blue-badge bays", "closed in March"), N("April 2", "all open since"), N("April 2032", "next review")],
 [CE(["because the hospital's multi-storey car park needs about 2.4 million crowns of repairs"], ["the rise was needed"]), CE(["after engineers found crumbling concrete on its top two floors"], ["needs about 2.4 million crowns of repairs"]), CE(["while the concrete beneath them was repaired"], ["12 blue-badge bays had been closed for three weeks in March"])],
 ["HEALTH", "By Hadewych Gammidge, Health Reporter", "Wednesday 7 May 2031", "Photo: The entrance to the multi-storey car park at Eldenholme General", "Advertisement", "Get Health Matters, our weekly newsletter, every Thursday", "Read more: What other hospitals in the region charge for parking"])

# 5 village-hall roof-repair fundraising dispute (short)
GOL = ["Gollancz", "chair", "committee"]
HAL = ["Halmshaw", "former treasurer"]
COM = ["committee", "Gollancz"]
CRA = ["Cradock", "Cradock Roofing", "owner"]
ok &= build("harrowfold-village-hall-roof-appeal-dispute", "short",
 "Original fictional village-hall roof-repair fundraising dispute (village news page). Section label, byline, date line, 'Photo:' caption, 'Advertisement', newsletter prompt and 'Read more:' are noise. The lede (46,000 of 58,000 crowns raised, after a January storm) is the article's own voice: no entry. Denials: the chair 'challenged that account, saying the fete had raised 3,100 crowns, not 8,000, and that every crown had been banked on August 4' (X-not-Y; one entry, two keys) against the former treasurer; 'Gollancz said the committee had paid 650 crowns for a roof survey and nothing to any architect' (plain said, against his architect's-report claim); 'Our scaffolding goes up on March 3. The deposit was paid in October,' said the owner of Cradock Roofing, Adelmar Cradock (quote with no cue word; said-X inversion; first sentence deny, second counter-evidence assert) against the anonymous committee member's 2033 claim. Admission: 'She conceded that the appeal's accounts had not been published since April' (required confirm). Pronoun-resolved: 'She conceded', 'She added' (Gollancz), 'He added' (Halmshaw); short-name back-references 'The committee said', 'Gollancz', 'Halmshaw'. Anonymous: 'One committee member, who did not want to be named, told the parish newsletter Harrowfold Link' (anonymous, hedged, via). The Harrowfold Hall Friends chat-group post's sale claim is labelled false ('It cannot be: ...'): required assert.",
 [A("hal-8000", "Childeric Halmshaw, a former treasurer of the hall", HAL, "says", "assert", ["8,000 crowns raised at the summer fete never reached the appeal's bank account"]),
  A("gol-challenged", "Joachima Gollancz, the committee's chair", GOL, "challenged that account, saying", "deny", ["the fete had raised 3,100 crowns, not 8,000", "every crown had been banked on August 4"]),
  A("gol-conceded", "Joachima Gollancz", GOL, "She conceded that", "confirm", ["the appeal's accounts had not been published since April"]),
  A("hal-tin", "Childeric Halmshaw", HAL, "Halmshaw said (split quote)", "assert", ["I counted the fete takings myself", "I know what I saw in that tin"], q=True),
  A("hal-architect", "Childeric Halmshaw", HAL, "He added", "assert", ["the committee had spent 4,000 crowns on an architect's report"]),
  A("gol-650", "Joachima Gollancz", GOL, "said", "deny", ["the committee had paid 650 crowns for a roof survey and nothing to any architect"]),
  A("gol-statements", "Joachima Gollancz", GOL, "She added", "assert", ["anyone who wished to see the bank statements could ask for them at the hall"]),
  A("mem-2033", "a committee member (anonymous)", ["committee member"], "told the parish newsletter Harrowfold Link", "predict", ["the work would not start until 2033"], h=True, anon=True, via=["Harrowfold Link"]),
  A("cra-scaffold", "Adelmar Cradock, owner of Cradock Roofing", CRA, "said the owner of Cradock Roofing, Adelmar Cradock", "deny", ["Our scaffolding goes up on March 3"], q=True),
  A("cra-deposit", "Adelmar Cradock", CRA, "(second sentence of the same quote)", "assert", ["The deposit was paid in October"], q=True),
  A("com-grant", "the village hall committee", COM, "said", "predict", ["close the gap with a grant of up to 10,000 crowns"], h=True),
  A("chat-sold", "a post in the village chat group Harrowfold Hall Friends", ["Harrowfold Hall Friends", "post", "chat group"], "claimed", "assert", ["the hall would be sold to a developer if the target was missed"]),
  A("gol-noticeboard", "Joachima Gollancz", GOL, "said", "predict", ["the accounts would be pinned to the hall's noticeboard by December 1", "she would welcome an audit by the parish council"])],
 [D(["Gollancz", "chair"], ["8,000 crowns raised at the summer fete never reached the appeal's bank account"], "'challenged that account, saying the fete had raised 3,100 crowns, not 8,000, and that every crown had been banked on August 4' (X-not-Y)"),
  D(["Gollancz"], ["the committee had spent 4,000 crowns on an architect's report"], "plain said: 'the committee had paid 650 crowns for a roof survey and nothing to any architect'"),
  D(["Cradock", "Cradock Roofing"], ["the work would not start until 2033"], "quote with no cue word: 'Our scaffolding goes up on March 3' (against the anonymous committee member)")],
 [{"match": ["committee member"], "note": "one committee member, who did not want to be named, told the parish newsletter Harrowfold Link the work would not start until 2033"}],
 [{"speaker": ["committee member"], "outlets": ["Harrowfold Link"], "note": "anonymous committee member -> parish newsletter Harrowfold Link -> this story"}],
 [S("Childeric Halmshaw", ["A former treasurer of the hall"]), S("Joachima Gollancz", ["The committee's chair"]), S("Adelmar Cradock", ["the owner of Cradock Roofing"]), S("Harrowfold Link", ["the parish newsletter"]), S("Harrowfold Hall Friends", ["the village chat group"])],
 ["up to 10,000 crowns"],
 [{"claim": ["the hall would be sold to a developer if the target was missed"], "by": "the article itself ('It cannot be: the hall is held in trust for the village under a deed of 1921.')"}],
 [],
 [N("46,000 crowns", "raised"), N("58,000", "needed"), N("8,000 crowns", "fete money, per Halmshaw"), N("3,100 crowns", "fete money, per Gollancz"), N("August 4", "banked"), N("4,000 crowns", "architect, per Halmshaw"), N("650 crowns", "roof survey"), N("2033", "start, per the anonymous member"), N("March 3", "scaffolding"), N("up to 10,000 crowns", "grant hoped for"), N("1921", "deed"), N("December 1", "accounts on the noticeboard")],
 [CE(["after a storm in January tore away part of it"], ["to replace the hall's roof"])],
 ["VILLAGE NEWS", "By Kunigunde Eardley", "Saturday 22 November 2031", "Photo: Tarpaulin covering the damaged roof of Harrowfold Village Hall", "Advertisement", "Get Harrowfold Weekly in your inbox every Friday", "Read more: How the January storm hit Harrowfold"])

# 6 allotment-site waiting-list row (short)
FTC = ["Fernleigh Town Council", "council", "Jellicoe"]
FAS = ["Fernleigh Allotment Society", "Allotment Society", "society", "Dunnage"]
DNG = ["Dunnage", "secretary", "Fernleigh Allotment Society", "society"]
JEL = ["Jellicoe", "allotments officer", "Fernleigh Town Council", "council"]
ok &= build("fernleigh-allotment-waiting-list-row", "short",
 "Original fictional allotment-site waiting-list row (gardening page). Section label, byline, date line, 'Photo:' caption, 'Advertisement', newsletter prompt and 'Read more:' are noise. The lede is attributed ('according to figures from Fernleigh Town Council'): required assert, hedged. 'The list has grown since ...' is the article's own voice (no entry). Denials: 'The council said nine plots were vacant, not 37, and that all nine would be let by the end of May' (X-not-Y; one entry, two keys) against the society's 37 empty plots; 'The council said it had never let a plot to anyone who was not at the top of the list' (against the anonymous plot holder); 'Rents are fixed until 2033. Nobody's bill is going up next year,' said the council's allotments officer, Folquet Jellicoe (quote with no cue word, said-X inversion, two sentences named once; both deny) against the society's rents claim. Admission: 'It accepted that the list had not been checked since 2029, and that some of the 410 people on it may have moved away' (pronoun-resolved; required confirm, hedged). Pronoun-resolved: 'It accepted' (the council), 'She said' (Dunnage); short-name back-references 'The council', 'Dunnage'. Anonymous: 'A plot holder who asked not to be named told the Fernleigh Beacon' (anonymous, hedged, via). The Fernleigh Growers Alliance leaflet's housing claim is labelled false ('It is not: ...'): required assert.",
 [A("fig-410", "figures from Fernleigh Town Council", ["figures", "Fernleigh Town Council", "council"], "according to figures from", "assert", ["has reached 410 names", "some people have waited up to six years"], h=True),
  A("fas-37", "the Fernleigh Allotment Society", FAS, "says", "assert", ["37 plots at the council's Kilnworth Road site are standing empty"]),
  A("ftc-nine", "Fernleigh Town Council", FTC, "said", "deny", ["nine plots were vacant, not 37", "all nine would be let by the end of May"]),
  A("ftc-accepted", "Fernleigh Town Council", FTC, "It accepted that", "confirm", ["the list had not been checked since 2029", "some of the 410 people on it may have moved away"], h=True),
  A("dng-six", "Lambertine Dunnage, the society's secretary", DNG, "said the society's secretary, Lambertine Dunnage (split quote)", "opinion", ["We have people who have waited six years", "while brambles grow over plots nobody is using"], q=True),
  A("ph-friends", "a plot holder (anonymous)", ["plot holder"], "told the Fernleigh Beacon", "assert", ["plots had been let to friends of councillors without going through the list"], h=True, anon=True, via=["Fernleigh Beacon"]),
  A("ftc-never", "Fernleigh Town Council", FTC, "said it had never", "deny", ["had never let a plot to anyone who was not at the top of the list"]),
  A("dng-rents", "Lambertine Dunnage", DNG, "also said", "predict", ["rents would double in 2032"]),
  A("jel-fixed", "Folquet Jellicoe, the council's allotments officer", JEL, "said the council's allotments officer, Folquet Jellicoe", "deny", ["Rents are fixed until 2033"], q=True),
  A("jel-nobody", "Folquet Jellicoe", JEL, "(second sentence of the same quote)", "deny", ["Nobody's bill is going up next year"], q=True),
  A("leaf-housing", "a leaflet from a group calling itself Fernleigh Growers Alliance", ["Fernleigh Growers Alliance", "leaflet"], "claimed", "assert", ["the site was to be sold for housing"]),
  A("dng-meeting", "Lambertine Dunnage", DNG, "said", "predict", ["ask to see the council's list at its annual meeting in June"]),
  A("dng-clear", "Lambertine Dunnage", DNG, "She said", "assert", ["members were happy to clear the empty plots themselves"])],
 [D(["Fernleigh Town Council", "council"], ["37 plots at the council's Kilnworth Road site are standing empty"], "X-not-Y: 'nine plots were vacant, not 37'"),
  D(["council"], ["plots had been let to friends of councillors without going through the list"], "'said it had never let a plot to anyone who was not at the top of the list' (against the anonymous plot holder)"),
  D(["Jellicoe", "allotments officer"], ["rents would double in 2032"], "quote with no cue word: 'Rents are fixed until 2033. Nobody's bill is going up next year'")],
 [{"match": ["plot holder"], "note": "a plot holder who asked not to be named told the Fernleigh Beacon plots went to councillors' friends"}],
 [{"speaker": ["plot holder"], "outlets": ["Fernleigh Beacon"], "note": "anonymous plot holder -> Fernleigh Beacon -> this story"}],
 [S("Lambertine Dunnage", ["the society's secretary"]), S("Folquet Jellicoe", ["the council's allotments officer"]), S("Fernleigh Growers Alliance", ["a group calling itself"])],
 ["according to figures from Fernleigh Town Council", "up to six years", "may have moved away"],
 [{"claim": ["the site was to be sold for housing"], "by": "the article itself ('It is not: the land is held as allotment land and the council has no plans to sell it.')"}],
 ["while brambles grow over plots nobody is using"],
 [N("410 names", "waiting list"), N("up to six years", "longest waits"), N("a third of its plots", "lost at Blackmoss Lane"), N("2028", "new school"), N("37 plots", "empty, per the society"), N("nine plots", "vacant, per the council"), N("2029", "list last checked"), N("2032", "rents double, per the society"), N("2033", "rents fixed until")],
 [CE(["since the town's second site, at Blackmoss Lane, lost a third of its plots to a new school in 2028"], ["The list has grown"])],
 ["GARDENING", "By Cunegund Hucknall, Community Reporter", "Thursday 10 April 2031", "Photo: Plot holders at work on the Kilnworth Road allotments", "Advertisement", "Get the Fernleigh Gardener newsletter every month", "Read more: How to get an allotment in Fernleigh"])

print("ALL OK" if ok else "PROBLEMS")
