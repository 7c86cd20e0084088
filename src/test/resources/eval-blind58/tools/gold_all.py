# Writes the six gold files of eval-blind58 and checks every string against its text (see goldlib.build).
from goldlib import A, D_ as D, N, CE, S, build
ok = True

# 1 pharmacy opening-hours cut (short)
FAW = ["Fawsley Chemists", "Fawsley", "chain", "firm", "Dimmerby"]
DIM = ["Dimmerby", "area manager", "Fawsley"]
FOR = ["Dunnersby Patients' Forum", "Patients' Forum", "Forum", "Cullington"]
CUL = ["Cullington", "secretary", "Dunnersby Patients' Forum"]
BRD = ["county health board", "health board", "board"]
LOX = ["Loxley", "Councillor"]
ok &= build("dunnersby-pharmacy-opening-hours-cut", "short",
 "Original fictional pharmacy opening-hours story (health desk). Section label, byline, date line, 'Photo:' caption, 'Advertisement', newsletter prompt and 'Read more:' are noise. Denials: 'Fawsley said it had never asked a single Dunnersby customer to switch to postal orders' (against the patients' forum's postal-service claim; the area manager's two-sentence quote named once, 'We have advertised the job four times since November. Nobody has applied', is counter-evidence: assert); 'The board said that was not the case: it had approved nothing yet and would hold a public meeting on March 21' (against the forum secretary's agreed-without-asking claim; keyed by the reason, not by 'that was not the case'); 'Dimmerby played down that account' (content-less, keyed by its object 'that account') + split quote 'Every assistant in Dunnersby is on the same contract as last year ... not one of them has lost an hour' (positively worded rebuttal: deny) against the anonymous assistant. Admission: 'The firm did admit that it had not told the county health board about the new hours until February 28' (required confirm). Pronoun-resolved: 'It added' (the board), 'he said' (Dimmerby), 'She told' (Loxley); short-name back-references 'The chain', 'The firm', 'The board', 'Fawsley'. Anonymous: 'A pharmacy assistant, who asked not to be named, told the Kellbridge Courier' (anonymous, hedged, via). The Dunnersby Neighbours chat group's close-for-good claim is labelled false ('It will not: ...'): required assert. The lede is attributed ('its owner, Fawsley Chemists, said on Friday'): required predict.",
 [A("faw-hours", "Fawsley Chemists", FAW, "said on Friday", "predict", ["close all day on Wednesdays and at 1pm on Saturdays from April 4"]),
  A("faw-recruit", "Fawsley Chemists", FAW, "The chain said", "assert", ["it had been unable to hire a second pharmacist since the last one left in November"]),
  A("for-postal", "the Dunnersby Patients' Forum", FOR, "said", "assert", ["the real aim was to push customers towards the chain's postal prescription service"]),
  A("cul-2000", "Hedwen Cullington, the forum's secretary", CUL, "said", "assert", ["about 2,000 people used the shop each month"], h=True),
  A("faw-never", "Fawsley Chemists", FAW, "said it had never", "deny", ["had never asked a single Dunnersby customer to switch to postal orders"]),
  A("dim-advertised", "Iorwerth Dimmerby, Fawsley's area manager", DIM, "said its area manager, Iorwerth Dimmerby", "assert", ["We have advertised the job four times since November"], q=True),
  A("dim-nobody", "Iorwerth Dimmerby", DIM, "(second sentence of the same quote)", "assert", ["Nobody has applied"], q=True),
  A("faw-admit", "Fawsley Chemists", FAW, "did admit that", "confirm", ["it had not told the county health board about the new hours until February 28", "three weeks later than the rules require"]),
  A("cul-board", "Hedwen Cullington", CUL, "also said", "assert", ["the board had agreed to the cut without asking patients"]),
  A("brd-nothing", "the county health board", BRD, "said that was not the case:", "deny", ["it had approved nothing yet", "would hold a public meeting on March 21"]),
  A("brd-six-miles", "the county health board", BRD, "It added", "assert", ["the nearest other pharmacy was about six miles away"], h=True),
  A("asst-hours", "a pharmacy assistant (anonymous)", ["pharmacy assistant", "assistant"], "told the Kellbridge Courier", "assert", ["the chain had cut her hours and those of two colleagues in January"], h=True, anon=True, via=["Kellbridge Courier"]),
  A("dim-account", "Iorwerth Dimmerby", DIM, "played down", "deny", ["that account"]),
  A("dim-contract", "Iorwerth Dimmerby", DIM, "he said (split quote)", "deny", ["Every assistant in Dunnersby is on the same contract as last year", "not one of them has lost an hour"], q=True),
  A("chat-close", "a message in the Dunnersby Neighbours chat group", ["Dunnersby Neighbours", "chat group", "message"], "claimed", "assert", ["the pharmacy would close for good in the summer"]),
  A("lox-slap", "Councillor Isotta Loxley", LOX, "said", "opinion", ["a slap in the face for older residents"], q=True),
  A("lox-wednesday", "Councillor Isotta Loxley", LOX, "She told the Kellbridge Courier", "predict", ["she would ask the chain to keep Wednesday mornings open"], via=["Kellbridge Courier"])],
 [D(["Fawsley", "Dimmerby"], ["the real aim was to push customers towards the chain's postal prescription service"], "'Fawsley said it had never asked a single Dunnersby customer to switch to postal orders'"),
  D(["board"], ["the board had agreed to the cut without asking patients"], "'The board said that was not the case: it had approved nothing yet and would hold a public meeting on March 21'"),
  D(["Dimmerby"], ["the chain had cut her hours and those of two colleagues in January"], "'Dimmerby played down that account' + split quote 'Every assistant in Dunnersby is on the same contract as last year ... not one of them has lost an hour' (against the anonymous assistant)")],
 [{"match": ["pharmacy assistant"], "note": "a pharmacy assistant, who asked not to be named, told the Kellbridge Courier that her hours and two colleagues' had been cut"}],
 [{"speaker": ["pharmacy assistant"], "outlets": ["Kellbridge Courier"], "note": "anonymous assistant -> Kellbridge Courier -> this story"},
  {"speaker": ["Loxley"], "outlets": ["Kellbridge Courier"], "note": "the councillor -> Kellbridge Courier -> this story"}],
 [S("Fawsley Chemists", ["its owner"]), S("Hedwen Cullington", ["Its secretary"]), S("Iorwerth Dimmerby", ["its area manager"]), S("Dunnersby Neighbours", ["chat group"])],
 ["about 2,000", "about six miles"],
 [{"claim": ["the pharmacy would close for good in the summer"], "by": "the article itself ('It will not: the chain signed a new ten-year lease in January.')"}],
 ["a slap in the face for older residents"],
 [N("1pm", "Saturday closing"), N("April 4", "new hours start"), N("about 2,000", "people using the shop each month, per the forum"), N("four times", "job advertised"), N("February 28", "board told"), N("three weeks", "late notice"), N("March 21", "public meeting"), N("about six miles", "nearest other pharmacy"), N("two colleagues", "hours cut, per the assistant"), N("ten-year", "new lease")],
 [CE(["because it had been unable to hire a second pharmacist since the last one left in November"], ["the cut was needed"])],
 ["HEALTH", "By Helewise Blakemoor, Health Reporter", "Monday 7 March 2033", "Photo: The Fawsley Chemists shop on Dunnersby High Street", "Advertisement", "Get our Health Check newsletter every Thursday", "Read more: Why small-town pharmacies are struggling to hire"])

# 2 skate-park noise complaint (short)
KDC = ["Kirkwhistle District Council", "council", "Farrowdale"]
FAR = ["Farrowdale", "environmental health manager", "council"]
BQN = ["Bellcombe Quiet Nights", "group", "Elmhirst"]
ELM = ["Elmhirst", "organiser", "Bellcombe Quiet Nights"]
GWC = ["Gallowfield Wheels Club", "Wheels Club", "club", "Bradwell"]
BRA = ["Bradwell", "founder", "Gallowfield Wheels Club"]
ok &= build("gallowfield-skate-park-noise-complaint", "short",
 "Original fictional skate-park noise-complaint story (local news). Section label, byline, date line, 'Photo:' caption, 'Advertisement', newsletter prompt and 'Read more:' are noise. The lede (the 7pm curfew plan 'after residents of Bellcombe Road complained about noise late at night') is the article's own voice: no entry. Denials: 'The council questioned the reading, saying its own officers had measured 61 decibels ...' (content-less object 'the reading' plus the reason) + the environmental health manager's two-sentence quote named once ('Sixty-one decibels is roughly a busy restaurant' counter-evidence: assert; 'It is a real noise, but it is not 85': deny, keyed by 'it is not 85'); 'It said it had logged 12 complaints about the park this year, not 40' (pronoun-resolved X-not-Y against the organiser's 40 complaints); 'The club gave short shrift to that, saying the bottles came from drinkers on the recreation ground after dark, not from skaters' (X-not-Y against the anonymous resident; keyed by the reason). Admission: 'The council did accept that floodlights at the park had stayed on past midnight ...' (required confirm). Pronoun-resolved: 'It said' (the council), 'She added' (Elmhirst); short-name back-references 'The council', 'The club'. Anonymous: 'A resident of Bellcombe Road, who did not want to be named, told the Kirkwhistle Herald' (anonymous, hedged, via). The Gallowfield Talk forum post's demolition claim is labelled false ('It has not: ...'): required assert.",
 [A("bqn-85", "Bellcombe Quiet Nights", BQN, "said", "assert", ["noise from the ramps had reached 85 decibels in gardens next to the park"]),
  A("elm-40", "Godelina Elmhirst, the group's organiser", ELM, "said", "assert", ["the group had sent the council 40 complaints since May"]),
  A("kdc-reading", "Kirkwhistle District Council", KDC, "questioned ..., saying", "deny", ["the reading", "its own officers had measured 61 decibels at the nearest garden fence on two evenings in June"]),
  A("far-restaurant", "Basilia Farrowdale, the council's environmental health manager", FAR, "said its environmental health manager, Basilia Farrowdale", "assert", ["Sixty-one decibels is roughly a busy restaurant"], q=True),
  A("far-not-85", "Basilia Farrowdale", FAR, "(second sentence of the same quote)", "deny", ["it is not 85"], q=True),
  A("kdc-12", "Kirkwhistle District Council", KDC, "It said", "deny", ["it had logged 12 complaints about the park this year, not 40"]),
  A("kdc-accept", "Kirkwhistle District Council", KDC, "did accept that", "confirm", ["floodlights at the park had stayed on past midnight on at least six nights in June"], h=True),
  A("gwc-streets", "the Gallowfield Wheels Club", GWC, "said", "predict", ["the plan would push teenagers onto the streets"]),
  A("bra-clear", "Ioan Bradwell, the club's founder", BRA, "its founder, Ioan Bradwell, said (split quote)", "assert", ["We clear the bowl by ten every night", "we take our litter home with us"], q=True),
  A("res-bottles", "a resident of Bellcombe Road (anonymous)", ["resident of Bellcombe Road", "resident"], "told the Kirkwhistle Herald", "assert", ["skaters had been throwing bottles into gardens"], h=True, anon=True, via=["Kirkwhistle Herald"]),
  A("gwc-drinkers", "the Gallowfield Wheels Club", GWC, "gave short shrift to that, saying", "deny", ["the bottles came from drinkers on the recreation ground after dark, not from skaters"]),
  A("talk-voted", "a post on the Gallowfield Talk forum", ["Gallowfield Talk", "forum", "post"], "claimed", "assert", ["the council had already voted to knock the skate park down"]),
  A("elm-open", "Godelina Elmhirst", ELM, "said", "assert", ["residents wanted the park to stay open"]),
  A("elm-compromise", "Godelina Elmhirst", ELM, "She added", "opinion", ["a fair compromise"], q=True)],
 [D(["Kirkwhistle District Council", "council", "Farrowdale"], ["85 decibels"], "'The council questioned the reading, saying its own officers had measured 61 decibels ...' + Farrowdale's 'It is a real noise, but it is not 85'"),
  D(["council"], ["40 complaints since May"], "pronoun-resolved X-not-Y: 'It said it had logged 12 complaints about the park this year, not 40'"),
  D(["club", "Gallowfield Wheels Club"], ["skaters had been throwing bottles into gardens"], "'The club gave short shrift to that, saying the bottles came from drinkers ..., not from skaters' (against the anonymous resident)")],
 [{"match": ["resident of Bellcombe Road"], "note": "a Bellcombe Road resident, who did not want to be named, told the Kirkwhistle Herald that skaters threw bottles into gardens"}],
 [{"speaker": ["resident of Bellcombe Road"], "outlets": ["Kirkwhistle Herald"], "note": "anonymous resident -> Kirkwhistle Herald -> this story"}],
 [S("Bellcombe Quiet Nights", ["The residents' group"]), S("Godelina Elmhirst", ["Its organiser"]), S("Basilia Farrowdale", ["its environmental health manager"]), S("Ioan Bradwell", ["its founder"]), S("Gallowfield Wheels Club", ["whose petition has 1,400 signatures"])],
 ["could close at 7pm", "roughly a busy restaurant", "at least six nights"],
 [{"claim": ["the council had already voted to knock the skate park down"], "by": "the article itself ('It has not: the only item about the park on the July 20 agenda is the proposed curfew.')"}],
 ["a fair compromise"],
 [N("7pm", "proposed closing time"), N("10pm", "current closing time"), N("July 20", "council meeting"), N("85 decibels", "per the residents' group"), N("40 complaints", "per the organiser"), N("61 decibels", "per the council"), N("12 complaints", "per the council"), N("at least six nights", "floodlights left on"), N("1,400 signatures", "club petition")],
 [CE(["after residents of Bellcombe Road complained about noise late at night"], ["could close at 7pm instead of 10pm"]), CE(["because a timer had failed"], ["floodlights at the park had stayed on past midnight"])],
 ["LOCAL NEWS", "By Edmer Haskelby, Local Reporter", "Wednesday 13 July 2033", "Photo: Skaters on the main bowl at Gallowfield Recreation Ground", "Advertisement", "Get the Kirkwhistle Briefing newsletter every Monday", "Read more: How other towns handle skate-park noise"])

# 3 parking-app overcharging row (medium)
KER = ["Kerbwise", "firm", "Ladbrooke", "spokeswoman"]
LAD = ["Ladbrooke", "chief operating officer", "Kerbwise"]
SPK = ["spokeswoman", "Kerbwise", "firm"]
CDA = ["Crathmoor Drivers' Association", "Drivers' Association", "association", "Dewhirst"]
DEW = ["Dewhirst", "chair", "Crathmoor Drivers' Association", "association"]
CBC = ["Crathmoor Borough Council", "Borough Council", "council"]
ok &= build("kerbwise-parking-app-double-charging-row", "medium",
 "Original fictional parking-app overcharging story (money desk). Section label, byline, date line, 'Photo:' caption, 'Advertisement', newsletter prompt and 'Read more:' are noise. The lede is an admission ('Hundreds of drivers in Crathmoor were charged twice ..., the parking app Kerbwise has admitted'): required confirm. Denials: 'Kerbwise challenged the figure, saying its payment records showed 312 double charges, all on the same three days' (object 'the figure' plus the reason) + the chief operating officer's two-sentence quote named once ('We have checked every transaction since January' counter-evidence: assert; 'The fault lasted 66 hours and it has not come back': deny) against the drivers' association's 8,000 / every-week claim; Crathmoor Borough Council 'said its own audit had found double charges on August 27, 28 and 29 and on no other day this year' (second party, same claim: deny); 'Ladbrooke called the claim that the firm pocketed late refunds untrue' (keyed by the claim's words) + 'Every driver who paid twice has had the money back ...' (positively worded rebuttal, 'he said': deny); the spokeswoman's quote with no cue word 'Nobody at Kerbwise knew about this fault until the first complaints came in on the Sunday, and the fix went out on the Monday night' (against the anonymous former support worker). Admissions: the lede, 'The firm acknowledged that it had not emailed the drivers affected until October 3' and the split quote 'We got the refunds right ... but we got the apology badly wrong' (required confirm). Pronoun-resolved: 'he said' (Ladbrooke), 'she said' (Dewhirst), 'It added' (the council); short-name back-references 'The firm', 'The association', 'The council'. Anonymous: 'A former member of Kerbwise's support team, speaking on condition that she was not identified, told the technology site Byteharbour' (anonymous, hedged, via). The spokeswoman for the firm is the office of a named body: not anonymous. The Crathmoor Parents' Network thread's court claim is labelled false ('They will not: ...'): required assert.",
 [A("ker-admitted", "Kerbwise", KER, "has admitted", "confirm", ["were charged twice for the same parking session over the August bank holiday weekend"]),
  A("ker-update", "Kerbwise", KER, "The firm said", "assert", ["a software update released in the early hours of August 27 had caused the fault", "312 drivers had paid about 4,100 crowns too much between them"], h=True),
  A("cda-8000", "the Crathmoor Drivers' Association", CDA, "said", "assert", ["at least 8,000 drivers had been overcharged, some of them every week since the spring"], h=True),
  A("dew-meter", "Alisoun Dewhirst, the association's chair", DEW, "said", "opinion", ["a meter that never stops running"], q=True),
  A("ker-figure", "Kerbwise", KER, "challenged ..., saying", "deny", ["the figure", "its payment records showed 312 double charges, all on the same three days"]),
  A("lad-checked", "Ingeld Ladbrooke, Kerbwise's chief operating officer", LAD, "said its chief operating officer, Ingeld Ladbrooke", "assert", ["We have checked every transaction since January"], q=True),
  A("lad-66", "Ingeld Ladbrooke", LAD, "(second sentence of the same quote)", "deny", ["The fault lasted 66 hours and it has not come back"], q=True),
  A("cbc-audit", "Crathmoor Borough Council", CBC, "said", "deny", ["its own audit had found double charges on August 27, 28 and 29 and on no other day this year"]),
  A("cda-refunds", "the Crathmoor Drivers' Association", CDA, "also said", "assert", ["Kerbwise held on to any money it had not refunded within 30 days"]),
  A("lad-untrue", "Ingeld Ladbrooke", LAD, "called the claim that ... untrue", "deny", ["the firm pocketed late refunds"]),
  A("lad-money-back", "Ingeld Ladbrooke", LAD, "he said", "deny", ["Every driver who paid twice has had the money back"], q=True),
  A("ker-acknowledged", "Kerbwise", KER, "acknowledged that", "confirm", ["it had not emailed the drivers affected until October 3"]),
  A("lad-apology", "Ingeld Ladbrooke", LAD, "Ladbrooke said (split quote)", "confirm", ["we got the apology badly wrong", "We got the refunds right"], q=True),
  A("sup-week", "a former member of Kerbwise's support team (anonymous)", ["former member of Kerbwise's support team", "support team", "former member"], "told the technology site Byteharbour", "assert", ["managers had known about the fault for a week before they fixed it"], h=True, anon=True, via=["Byteharbour"]),
  A("spk-nobody", "a spokeswoman for Kerbwise", SPK, "said", "deny", ["Nobody at Kerbwise knew about this fault until the first complaints came in on the Sunday", "the fix went out on the Monday night"], q=True),
  A("thread-court", "a thread on the Crathmoor Parents' Network forum", ["Crathmoor Parents' Network", "thread", "forum"], "claimed", "assert", ["drivers who disputed the second charge would be taken to court by the council"]),
  A("dew-trading", "Alisoun Dewhirst", DEW, "told Kilnbeck Radio", "predict", ["the association would pass its complaints to the county's trading standards service next week"], via=["Kilnbeck Radio"]),
  A("dew-trusted", "Alisoun Dewhirst", DEW, "she said (split quote)", "opinion", ["People trusted this app", "it took their money twice without a word of warning"], q=True),
  A("cbc-december", "Crathmoor Borough Council", CBC, "said", "predict", ["decide in December whether to renew the Kerbwise contract"]),
  A("cbc-machines", "Crathmoor Borough Council", CBC, "It added", "assert", ["drivers could still pay at the machines in every car park"])],
 [D(["Kerbwise", "Ladbrooke"], ["at least 8,000 drivers had been overcharged"], "'Kerbwise challenged the figure, saying its payment records showed 312 double charges ...' + Ladbrooke's 'The fault lasted 66 hours and it has not come back'"),
  D(["Crathmoor Borough Council", "council"], ["some of them every week since the spring"], "second party, same claim: the council's audit found double charges on August 27, 28 and 29 'and on no other day this year'"),
  D(["Ladbrooke"], ["Kerbwise held on to any money it had not refunded within 30 days"], "'Ladbrooke called the claim that the firm pocketed late refunds untrue' + 'Every driver who paid twice has had the money back ...'"),
  D(["spokeswoman", "Kerbwise"], ["managers had known about the fault for a week before they fixed it"], "quote with no cue word by the firm's spokeswoman (against the anonymous former support worker)")],
 [{"match": ["former member of Kerbwise's support team"], "note": "a former support worker, not identified, told the technology site Byteharbour that managers knew of the fault for a week"}],
 [{"speaker": ["former member of Kerbwise's support team"], "outlets": ["Byteharbour"], "note": "anonymous former support worker -> Byteharbour -> this story"},
  {"speaker": ["Dewhirst"], "outlets": ["Kilnbeck Radio"], "note": "the association's chair -> Kilnbeck Radio -> this story"}],
 [S("Crathmoor Drivers' Association", ["which has been collecting complaints since September"]), S("Alisoun Dewhirst", ["Its chair"]), S("Ingeld Ladbrooke", ["its chief operating officer"]), S("Crathmoor Borough Council", ["which runs the town's 14 car parks and audits the app's takings each month"]), S("Byteharbour", ["the technology site"])],
 ["about 4,100 crowns", "at least 8,000", "some of them", "about 180,000 crowns"],
 [{"claim": ["drivers who disputed the second charge would be taken to court by the council"], "by": "the article itself ('They will not: the double charges were taken by the app, not by the council ...')"}],
 ["a meter that never stops running", "pocketed"],
 [N("August 27", "update released"), N("312", "drivers charged twice, per the firm"), N("about 4,100 crowns", "overpaid in total"), N("at least 8,000", "per the association"), N("66 hours", "fault length"), N("14 car parks", "council car parks"), N("30 days", "refund window, per the association"), N("10-crown", "credit"), N("October 3", "drivers emailed"), N("five weeks", "delay"), N("about 180,000 crowns a year", "contract value")],
 [CE(["a software update released in the early hours of August 27"], ["the fault"])],
 ["MONEY", "By Dionisia Fotheringale, Consumer Affairs Reporter", "Saturday 22 October 2033", "Photo: A pay-by-app sign at the Bellgate car park in Crathmoor", "Advertisement", "Get the Money Matters newsletter every Wednesday", "Read more: How to check whether a parking app has charged you twice"])

# 4 nursery-place shortage (medium)
ACC = ["Ashenthorpe County Council", "County Council", "council", "Alderwick"]
ALD = ["Alderwick", "director of children's services", "Ashenthorpe County Council", "council"]
HPP = ["Hazelbrigg Parents for Places", "Parents for Places", "group", "Ivesley"]
IVE = ["Ivesley", "founder", "Hazelbrigg Parents for Places"]
EYP = ["Early Years Providers' Alliance", "Providers' Alliance", "alliance", "Eskrigge"]
ESK = ["Eskrigge", "alliance's chair", "Early Years Providers' Alliance", "alliance"]
ok &= build("hazelbrigg-nursery-place-shortage", "medium",
 "Original fictional nursery-place shortage story (education desk). Section label, byline, date line, 'Photo:' caption, 'Advertisement', newsletter prompt and 'Read more:' are noise. The lede ('Parents in Hazelbrigg are struggling ...') is the article's own voice: no entry. Denials: 'The council contested the number, saying its own survey of every nursery in Hazelbrigg had found 410 children waiting in April, not 640' (object 'the number' plus the X-not-Y reason) against the parents' group; the director's two-sentence quote named once ('Some families put their child's name down at three or four nurseries at once. We count each child only once') is explanation: assert; 'The council denied that its hourly rate was the worst in the region, and said two neighbouring councils paid less' (one entry) against the providers' alliance; Alderwick's quote with no cue word 'We have never told a nursery what it may say to anyone. They can talk to whoever they like' (both sentences deny; the second is a positively worded rebuttal) against the anonymous nursery manager. Admission: 'The council did acknowledge that 60 of the 220 new places would not be ready until January' (required confirm). Pronoun-resolved: 'It said' (the alliance), 'She added' (Ivesley); short-name back-references 'The council', 'the alliance's chair'. Said-X inversions: 'said its director of children's services, Frewin Alderwick', 'said the alliance's chair, Juliane Eskrigge' (split quote). Anonymous: 'One nursery manager, who did not want her setting identified, told the parents' podcast Cradle Talk' (anonymous, hedged, via). The Hazelbrigg Families First leaflet's claim is labelled false ('It is not: ...'): required assert. This is the one text of the set that uses 'denied'.",
 [A("acc-220", "Ashenthorpe County Council", ACC, "said", "predict", ["220 new places would open across the town by the end of the year"]),
  A("hpp-640", "Hazelbrigg Parents for Places", HPP, "said", "assert", ["640 children were on nursery waiting lists in the town", "the council had known about the shortage since 2032"]),
  A("ive-job", "Lettia Ivesley, the group's founder", IVE, "said", "opinion", ["being asked to choose between a job and a child"], q=True),
  A("acc-410", "Ashenthorpe County Council", ACC, "contested ..., saying", "deny", ["the number", "its own survey of every nursery in Hazelbrigg had found 410 children waiting in April, not 640"]),
  A("ald-lists", "Frewin Alderwick, the council's director of children's services", ALD, "said its director of children's services, Frewin Alderwick", "assert", ["Some families put their child's name down at three or four nurseries at once"], q=True),
  A("ald-once", "Frewin Alderwick", ALD, "(second sentence of the same quote)", "assert", ["We count each child only once"], q=True),
  A("acc-january", "Ashenthorpe County Council", ACC, "did acknowledge that", "confirm", ["60 of the 220 new places would not be ready until January"]),
  A("eyp-rate", "the Early Years Providers' Alliance", EYP, "said", "assert", ["the council paid nurseries 6.10 crowns an hour for each funded child", "the lowest rate in the region"]),
  A("eyp-closed", "the Early Years Providers' Alliance", EYP, "It said", "assert", ["two nurseries in the town had closed since 2032"]),
  A("acc-rate", "Ashenthorpe County Council", ACC, "denied that ..., and said", "deny", ["its hourly rate was the worst in the region", "two neighbouring councils paid less"]),
  A("esk-yes", "Juliane Eskrigge, the alliance's chair", ESK, "said the alliance's chair, Juliane Eskrigge (split quote)", "opinion", ["Our members want to say yes to every family", "nobody can run a nursery at a loss for long"], q=True),
  A("mgr-warned", "a nursery manager (anonymous)", ["nursery manager", "manager"], "told the parents' podcast Cradle Talk", "assert", ["council officers had warned nurseries not to discuss their waiting lists with journalists"], h=True, anon=True, via=["Cradle Talk"]),
  A("ald-never", "Frewin Alderwick", ALD, "Alderwick said", "deny", ["We have never told a nursery what it may say to anyone"], q=True),
  A("ald-whoever", "Frewin Alderwick", ALD, "(second sentence of the same quote)", "deny", ["They can talk to whoever they like"], q=True),
  A("leaflet-scrap", "a leaflet by Hazelbrigg Families First", ["Hazelbrigg Families First", "leaflet", "group"], "claimed", "assert", ["the council was scrapping free places for three-year-olds"]),
  A("ive-petition", "Lettia Ivesley", IVE, "told the Hazelbrigg Gazette", "predict", ["she would hand a petition of about 2,300 names to the full council on May 25"], h=True, via=["Hazelbrigg Gazette"]),
  A("ive-jobs", "Lettia Ivesley", IVE, "She added", "assert", ["some parents had already turned down jobs"]),
  A("gan-40", "Ganderley Nurseries", ["Ganderley Nurseries", "Ganderley"], "said", "predict", ["it could take up to 40 more children if it found enough staff"], h=True),
  A("ald-helpline", "Frewin Alderwick", ALD, "said", "predict", ["the council would open a waiting-list helpline next month"])],
 [D(["Ashenthorpe County Council", "council"], ["640 children were on nursery waiting lists in the town"], "'The council contested the number, saying its own survey ... had found 410 children waiting in April, not 640'"),
  D(["council"], ["the lowest rate in the region"], "'The council denied that its hourly rate was the worst in the region, and said two neighbouring councils paid less'"),
  D(["Alderwick"], ["council officers had warned nurseries not to discuss their waiting lists with journalists"], "quote with no cue word: 'We have never told a nursery what it may say to anyone. They can talk to whoever they like' (against the anonymous manager)")],
 [{"match": ["nursery manager"], "note": "a nursery manager, who did not want her setting identified, told the podcast Cradle Talk that officers warned nurseries not to talk to journalists"}],
 [{"speaker": ["nursery manager"], "outlets": ["Cradle Talk"], "note": "anonymous manager -> Cradle Talk -> this story"},
  {"speaker": ["Ivesley"], "outlets": ["Hazelbrigg Gazette"], "note": "the group's founder -> Hazelbrigg Gazette -> this story"}],
 [S("Lettia Ivesley", ["Its founder"]), S("Frewin Alderwick", ["its director of children's services"]), S("Early Years Providers' Alliance", ["which speaks for 38 private nurseries in the county"]), S("Juliane Eskrigge", ["the alliance's chair"]), S("Ganderley Nurseries", ["which runs four settings in the town"]), S("Hazelbrigg Families First", ["a group calling itself"]), S("Cradle Talk", ["the parents' podcast"])],
 ["about 2,300", "could take up to 40 more children", "if it found enough staff"],
 [{"claim": ["the council was scrapping free places for three-year-olds"], "by": "the article itself ('It is not: the 15 free hours a week for every three-year-old are set by the government and have not changed.')"}],
 ["being asked to choose between a job and a child"],
 [N("220 new places", "per the council"), N("640 children", "per the parents' group"), N("410 children", "per the council's survey"), N("60 of the 220", "not ready until January"), N("38 private nurseries", "alliance members"), N("6.10 crowns an hour", "funding rate"), N("15 free hours", "three-year-olds"), N("about 2,300 names", "petition"), N("May 25", "full council"), N("up to 40 more children", "per Ganderley")],
 [CE(["because building work at the Hackthorn Street site had been held up by asbestos"], ["60 of the 220 new places would not be ready until January"]), CE(["because they could not cover their costs"], ["two nurseries in the town had closed since 2032"]), CE(["because they could not find a place"], ["some parents had already turned down jobs"])],
 ["EDUCATION", "By Kendra Jellicombe, Education Correspondent", "Tuesday 9 May 2034", "Photo: Children at a nursery in Dunmarsh, Hazelbrigg", "Advertisement", "Get the Early Years newsletter every Friday", "Read more: What the new free hours mean for parents of two-year-olds"])

# 5 cycle-lane removal (long)
FCC = ["Fallowbeck City Council", "City Council", "council", "Knapton"]
KNA = ["Knapton", "cabinet member for transport", "Fallowbeck City Council", "council"]
CTA = ["Calderly Road Traders' Association", "Traders' Association", "traders", "Heskeworth"]
HES = ["Heskeworth", "chair", "Calderly Road Traders' Association"]
FCY = ["Fallowbeck Cycle Campaign", "Cycle Campaign", "campaign", "Dewbury"]
DEW = ["Dewbury", "secretary", "Fallowbeck Cycle Campaign"]
AMB = ["county ambulance service", "ambulance service"]
LAU = ["Lauderwick", "area manager", "fire and rescue service"]
LUM = ["Lumbley", "nurse"]
LYD = ["Lyddington", "opposition leader", "Councillor Bertram Lyddington"]
ok &= build("fallowbeck-calderly-road-cycle-lane-removal", "long",
 "Original fictional cycle-lane removal story (transport desk). Section label, byline, date line, 'Photo:' caption, 'Advertisement', newsletter prompt and 'Read more:' are noise. The lede ('Fallowbeck City Council will remove ...') and the cost line ('The lane cost 2.4 million crowns to build ...') are the article's own voice: no entry. Denials: 'The Fallowbeck Cycle Campaign gave short shrift to that figure, saying the council's own footfall counters had recorded 4 percent more shoppers ...' (object 'that figure' plus the reason) + the secretary's two-sentence quote named once ('More people walked to these shops last year than in any year since the counters went in': positively worded rebuttal, deny; 'The lane brought them here': opinion) against the traders' third-down claim; 'The county ambulance service said the suggestion was false, and that the average time its crews took to cross Calderly Road had not changed since the lane opened' (object plus reason) against the cabinet member's emergency-vehicles claim; the fire and rescue service's split quote 'Our engines go along Calderly Road every day ... and when there is a queue they use the cycle lane, which is wide enough for them' (second party, same claim; 'was of the same view' is a content-less lead-in with no entry; said-X inversion 'said its area manager, Hunwald Lauderwick'); 'The council contested that, saying the cabinet had not discussed the lane until Tuesday's meeting ... and that every response had been read' (against the anonymous transport officer). Admissions: 'Knapton accepted that the council had not counted cyclists on the road since March 2033' and her 'It has not worked for the people who live and trade here, and it is right to say so' (required confirm). Pronoun-resolved: 'She said', 'she said' (Knapton), 'It said' (the council), 'she said' (Lumbley), 'He added' (Heskeworth), 'He said' (Lyddington); short-name back-references 'The council', 'The campaign', 'Knapton', 'Dewbury', 'Heskeworth'. Anonymous: 'A council transport officer, who was not authorised to speak publicly, told Hollinbeck FM' (anonymous, hedged, via). 'according to the council's consultation report' is a document source (required assert). The Fallowbeck Chat post's cycling-ban claim is labelled false ('They will not: ...'): required assert. Optional: 'The association declined to publish the figures behind its estimate' (non-answer, assert). Opinion, not deny: 'relieved, not triumphant' and 'five years, not two' (X-not-Y wording that rebuts no claim).",
 [A("fcc-work", "Fallowbeck City Council", FCC, "the council said", "predict", ["start on July 3 and cost about 900,000 crowns"], h=True),
  A("fcc-1900", "Fallowbeck City Council", FCC, "according to the council", "assert", ["was used by about 1,900 riders a day in its first summer"], h=True),
  A("cta-third", "the Calderly Road Traders' Association", CTA, "said", "assert", ["takings on the street had fallen by about a third since the lane opened"], h=True),
  A("hes-puncture", "Ealdred Heskeworth, the association's chair", HES, "said", "opinion", ["a slow puncture for every business on the road"], q=True),
  A("cta-declined", "the Calderly Road Traders' Association", CTA, "declined to", "assert", ["publish the figures behind its estimate"], req=False),
  A("fcy-figure", "the Fallowbeck Cycle Campaign", FCY, "gave short shrift to ..., saying", "deny", ["that figure", "the council's own footfall counters had recorded 4 percent more shoppers on Calderly Road in 2033 than in 2031"]),
  A("dew-walked", "Aelfwyn Dewbury, the campaign's secretary", DEW, "said its secretary, Aelfwyn Dewbury", "deny", ["More people walked to these shops last year than in any year since the counters went in"], q=True),
  A("dew-brought", "Aelfwyn Dewbury", DEW, "(second sentence of the same quote)", "opinion", ["The lane brought them here"], q=True),
  A("kna-emergency", "Councillor Adeline Knapton, cabinet member for transport", KNA, "said", "assert", ["the lane had also held up emergency vehicles on their way to Fallowbeck General Hospital"]),
  A("amb-false", "the county ambulance service", AMB, "said the suggestion was false, and that", "deny", ["the suggestion", "the average time its crews took to cross Calderly Road had not changed since the lane opened"]),
  A("lau-queue", "Hunwald Lauderwick, area manager of the fire and rescue service", LAU, "said its area manager, Hunwald Lauderwick (split quote)", "deny", ["when there is a queue they use the cycle lane", "Our engines go along Calderly Road every day"], q=True),
  A("kna-accepted", "Councillor Adeline Knapton", KNA, "accepted that", "confirm", ["the council had not counted cyclists on the road since March 2033"]),
  A("kna-relied", "Councillor Adeline Knapton", KNA, "She said", "assert", ["the cabinet had relied instead on the traders' figures and on the consultation"]),
  A("kna-bold", "Councillor Adeline Knapton", KNA, "she said", "opinion", ["We tried something bold"], q=True),
  A("kna-not-worked", "Councillor Adeline Knapton", KNA, "(second sentence of the same quote)", "confirm", ["It has not worked for the people who live and trade here"], q=True),
  A("report-1704", "the council's consultation report", ["consultation report", "council"], "according to", "assert", ["1,704 wanted the lane kept"]),
  A("kna-outside", "Councillor Adeline Knapton", KNA, "said", "assert", ["many of those responses had come from people who did not live in Fallowbeck"]),
  A("off-before", "a council transport officer (anonymous)", ["council transport officer", "transport officer"], "told Hollinbeck FM", "assert", ["the decision to remove the lane had been made before the consultation closed on May 2"], h=True, anon=True, via=["Hollinbeck FM"]),
  A("fcc-contested", "Fallowbeck City Council", FCC, "contested that, saying", "deny", ["the cabinet had not discussed the lane until Tuesday's meeting", "every response had been read"]),
  A("fcc-bays", "Fallowbeck City Council", FCC, "It said", "predict", ["the new parking bays would be free for the first 30 minutes", "buses would keep their own lane on the northern half of the road"]),
  A("chat-banned", "a post on the Fallowbeck Chat page", ["Fallowbeck Chat", "post", "page"], "claimed", "assert", ["cyclists would be banned from Calderly Road once the lane was gone"]),
  A("dew-review", "Aelfwyn Dewbury", DEW, "told Hollinbeck FM", "predict", ["the campaign would ask for a judicial review of the decision"], via=["Hollinbeck FM"]),
  A("lum-driving", "Hawise Lumbley, a nurse who cycles to Fallowbeck General", LUM, "told the Fallowbeck Clarion", "predict", ["she would go back to driving"], via=["Fallowbeck Clarion"]),
  A("lum-brave", "Hawise Lumbley", LUM, "she said", "assert", ["I am not brave enough to ride in the traffic again", "at least four colleagues who feel the same"], q=True, h=True),
  A("hes-relieved", "Ealdred Heskeworth", HES, "said", "opinion", ["relieved, not triumphant"], q=True),
  A("hes-shops", "Ealdred Heskeworth", HES, "He added", "assert", ["several shops had already asked the council about the dates of the roadworks"]),
  A("lyd-throwing", "Councillor Bertram Lyddington, opposition leader", LYD, "said", "opinion", ["throwing away 2.4 million crowns of other people's money"], q=True),
  A("lyd-five", "Councillor Bertram Lyddington", LYD, "He said", "opinion", ["the lane should have been given five years, not two"])],
 [D(["Fallowbeck Cycle Campaign", "Dewbury"], ["takings on the street had fallen by about a third since the lane opened"], "'gave short shrift to that figure, saying the council's own footfall counters had recorded 4 percent more shoppers ...' + Dewbury's 'More people walked to these shops last year ...'"),
  D(["county ambulance service", "ambulance service"], ["held up emergency vehicles"], "'said the suggestion was false, and that the average time its crews took to cross Calderly Road had not changed since the lane opened'"),
  D(["Lauderwick", "fire and rescue service"], ["held up emergency vehicles"], "second party, same claim: split quote 'Our engines go along Calderly Road every day ... when there is a queue they use the cycle lane, which is wide enough for them'"),
  D(["council"], ["the decision to remove the lane had been made before the consultation closed on May 2"], "'The council contested that, saying the cabinet had not discussed the lane until Tuesday's meeting ...' (against the anonymous transport officer)")],
 [{"match": ["council transport officer"], "note": "a council transport officer, not authorised to speak publicly, told Hollinbeck FM the decision was made before the consultation closed"}],
 [{"speaker": ["council transport officer"], "outlets": ["Hollinbeck FM"], "note": "anonymous officer -> Hollinbeck FM -> this story"},
  {"speaker": ["Dewbury"], "outlets": ["Hollinbeck FM"], "note": "the campaign's secretary -> Hollinbeck FM -> this story"},
  {"speaker": ["Lumbley"], "outlets": ["Fallowbeck Clarion"], "note": "a nurse who cycles -> Fallowbeck Clarion -> this story"}],
 [S("Calderly Road Traders' Association", ["which represents 46 shops and cafes"]), S("Ealdred Heskeworth", ["Its chair"]), S("Aelfwyn Dewbury", ["its secretary"]), S("Adeline Knapton", ["The council's cabinet member for transport"]), S("Hunwald Lauderwick", ["its area manager"]), S("Hawise Lumbley", ["a nurse who cycles to Fallowbeck General every day"]), S("Bertram Lyddington", ["The council's opposition leader", "who voted against the removal"])],
 ["about 900,000 crowns", "about 1,900 riders", "about a third", "could delay the work by several months", "at least four colleagues", "according to the council"],
 [{"claim": ["cyclists would be banned from Calderly Road once the lane was gone"], "by": "the article itself ('They will not: cycling on the road will be as legal after July 3 as it was before the lane was built.')"}],
 ["rip out", "a slow puncture for every business on the road", "throwing away 2.4 million crowns of other people's money"],
 [N("six votes to three", "cabinet vote"), N("1.8-kilometre", "lane length"), N("64 parking bays", "to be put back"), N("July 3", "work starts"), N("about 900,000 crowns", "removal cost"), N("2.4 million crowns", "build cost"), N("about 1,900 riders a day", "first summer"), N("46 shops and cafes", "traders' association"), N("about a third", "takings fall, per traders"), N("4 percent", "more shoppers, per the campaign"), N("March 2033", "counter broke"), N("3,112", "consultation responses"), N("1,704", "wanted the lane kept"), N("May 2", "consultation closed"), N("30 minutes", "free parking"), N("June 27", "judicial review deadline")],
 [CE(["because drivers could no longer stop outside"], ["takings on the street had fallen by about a third"]), CE(["because drivers in the single traffic lane had nowhere to pull over"], ["held up emergency vehicles"]), CE(["when its only automatic counter broke"], ["the council had not counted cyclists on the road since March 2033"])],
 ["TRANSPORT", "By Hartley Elstrop, Transport Correspondent", "Thursday 18 May 2034", "Photo: Cyclists on the Calderly Road lane during the morning rush", "Advertisement", "Get our Transport Matters newsletter every Friday", "Read more: What other cities did with their pop-up cycle lanes"])

# 6 lifeboat-station move (long)
CLF = ["Brinsworth Lifeboat Fund", "Lifeboat Fund", "fund", "charity", "Kersal"]
KER = ["Kersal", "operations director", "Brinsworth Lifeboat Fund", "charity"]
COOP = ["Cragholme Fishermen's Co-operative", "Fishermen's Co-operative", "co-operative", "Danthorpe"]
DAN = ["Danthorpe", "secretary", "Cragholme Fishermen's Co-operative", "co-operative"]
CG = ["coastguard", "Gannerwick"]
GAN = ["Gannerwick", "area commander", "coastguard"]
CHA = ["Challoner", "fund's chair", "Brinsworth Lifeboat Fund"]
SPK = ["spokeswoman", "Brinsworth Lifeboat Fund", "fund", "charity"]
ok &= build("cragholme-lifeboat-station-move-hessleby", "long",
 "Original fictional lifeboat-station move story (coast desk). Section label, byline, date line, 'Photo:' caption, 'Advertisement', newsletter prompt and 'Read more:' are noise. The new-boathouse cost line, the station's history, 'During that time, the village's boat launched from Hessleby' and the launch figures are the article's own voice: no entry. Denials: 'The charity said its boat would reach the middle of the bay in 14 minutes from Hessleby, not 40' (X-not-Y against the co-operative's 40 minutes; the operations director's two-sentence quote named once, 'We timed the run ... The slowest was 16 minutes', is counter-evidence: assert); the coastguard 'said in its own review of the move ... that the Hessleby boat would take about 15 minutes' + its area commander's 'Cragholme Bay will be covered as well from Hessleby as it is today' (second party, same claim; positively worded: deny); 'The charity said nothing could be further from the truth, and that the boathouse would be kept as a training base and a shop' (keyed by the reason) + the chair's 'There is no buyer, there is no price, and there is no sale' (no cue word; 'was just as blunt' is a content-less lead-in with no entry) against the hotel-sale claim; 'The charity said the suggestion was false, and that no volunteer had been warned about talking to reporters' + the spokeswoman's 'Every one of our Cragholme volunteers has been offered a place at Hessleby' and 'She said crew members were free to speak to anyone they chose' (positively worded: deny; 'Eleven of the 19 have already signed up' is assert) against the anonymous crew members. Admission: 'Kersal admitted that the Cragholme slipway had been out of use for 11 weeks last winter' (required confirm). Pronoun-resolved: 'he said' (Challoner), 'She said' (the spokeswoman), 'she said' (Danthorpe), 'she told' (Abbotsley), 'He said' (Langstaff); short-name back-references 'The charity', 'the fund', 'The co-operative', 'Kersal'. Anonymous: 'According to two crew members who spoke on condition of anonymity' (anonymous, hedged, no via). The spokeswoman for the fund and the coastguard's area commander are offices of named bodies: not anonymous. The Cragholme Harbour forum thread's Christmas-closure claim is labelled false ('It will not: ...'): required assert.",
 [A("clf-move", "the Brinsworth Lifeboat Fund", CLF, "announced on Thursday", "predict", ["is to move to a new station in Hessleby harbour"]),
  A("clf-slipway", "the Brinsworth Lifeboat Fund", CLF, "The charity said", "assert", ["the Cragholme slipway was too short for the larger boat it plans to bring into service in 2036", "lengthening it would cost about 3.2 million crowns"], h=True),
  A("coop-40", "the Cragholme Fishermen's Co-operative", COOP, "said", "predict", ["the move would add 40 minutes to any rescue in Cragholme Bay"]),
  A("dan-gambling", "Leofrun Danthorpe, the co-operative's secretary", DAN, "said", "opinion", ["gambling with the lives of people who work on the water"], q=True),
  A("clf-14", "the Brinsworth Lifeboat Fund", CLF, "The charity said", "deny", ["its boat would reach the middle of the bay in 14 minutes from Hessleby, not 40"]),
  A("ker-timed", "Egidia Kersal, the fund's operations director", KER, "said its operations director, Egidia Kersal", "assert", ["We timed the run from Hessleby on six different days in August"], q=True),
  A("ker-slowest", "Egidia Kersal", KER, "(second sentence of the same quote)", "assert", ["The slowest was 16 minutes"], q=True),
  A("cg-15", "the coastguard", CG, "said in its own review", "deny", ["the Hessleby boat would take about 15 minutes"], h=True),
  A("gan-covered", "Beornwyn Gannerwick, the coastguard's area commander", GAN, "said its area commander, Beornwyn Gannerwick", "deny", ["Cragholme Bay will be covered as well from Hessleby as it is today"], q=True),
  A("coop-hotel", "the Cragholme Fishermen's Co-operative", COOP, "also said", "assert", ["the fund meant to sell the old Cragholme boathouse to a hotel company"]),
  A("clf-truth", "the Brinsworth Lifeboat Fund", CLF, "said nothing could be further from the truth, and that", "deny", ["the boathouse would be kept as a training base and a shop"]),
  A("cha-nosale", "Ithamar Challoner, the fund's chair", CHA, "he said", "deny", ["There is no buyer, there is no price, and there is no sale"], q=True),
  A("ker-admitted", "Egidia Kersal", KER, "admitted that", "confirm", ["the Cragholme slipway had been out of use for 11 weeks last winter"]),
  A("abb-move", "Alswith Abbotsley, the station's coxswain", ["Abbotsley", "coxswain"], "said", "predict", ["she would move with it"]),
  A("abb-goes", "Alswith Abbotsley", ["Abbotsley", "coxswain"], "she told the Cragholme Chronicle", "assert", ["I go where the boat goes"], q=True, via=["Cragholme Chronicle"]),
  A("crew-lose", "two crew members (anonymous)", ["two crew members", "crew members"], "According to", "assert", ["they would lose their places on the crew if they spoke to the press about the move"], h=True, anon=True),
  A("clf-false", "the Brinsworth Lifeboat Fund", CLF, "said the suggestion was false, and that", "deny", ["the suggestion", "no volunteer had been warned about talking to reporters"]),
  A("spk-offered", "a spokeswoman for the Brinsworth Lifeboat Fund", SPK, "a spokeswoman for the fund said", "deny", ["Every one of our Cragholme volunteers has been offered a place at Hessleby"], q=True),
  A("spk-eleven", "a spokeswoman for the Brinsworth Lifeboat Fund", SPK, "(second sentence of the same quote)", "assert", ["Eleven of the 19 have already signed up"], q=True),
  A("spk-free", "a spokeswoman for the Brinsworth Lifeboat Fund", SPK, "She said", "deny", ["crew members were free to speak to anyone they chose"]),
  A("thread-christmas", "a thread on the Cragholme Harbour forum", ["Cragholme Harbour", "thread", "forum"], "claimed", "assert", ["the village station would close at Christmas"]),
  A("dan-3400", "Leofrun Danthorpe", DAN, "told Harbourlight Radio", "predict", ["the co-operative had collected 3,400 signatures", "would hand them to the charity's trustees on October 19"], via=["Harbourlight Radio"]),
  A("dan-faster", "Leofrun Danthorpe", DAN, "she said (split quote)", "opinion", ["We are not against a faster boat", "a faster boat nine miles away is still nine miles away"], q=True),
  A("lan-mind", "Councillor Elfric Langstaff", ["Langstaff", "Councillor"], "said", "assert", ["the fund had made up its mind long before it asked anyone"]),
  A("lan-data", "Councillor Elfric Langstaff", ["Langstaff", "Councillor"], "He said", "predict", ["ask the coastguard to publish the full data behind its review"]),
  A("fen-room", "Burgred Fenhope, Hessleby's harbour master", ["Fenhope", "harbour master"], "said", "assert", ["there was room for the new boathouse on the north quay", "the town was proud to be chosen"]),
  A("ker-dropin", "Egidia Kersal", KER, "said", "predict", ["the fund would hold two drop-in sessions in the village hall this month", "crews from both stations would train together from November"])],
 [D(["Brinsworth Lifeboat Fund", "charity", "Kersal"], ["the move would add 40 minutes to any rescue in Cragholme Bay"], "X-not-Y: 'its boat would reach the middle of the bay in 14 minutes from Hessleby, not 40'"),
  D(["coastguard", "Gannerwick"], ["the move would add 40 minutes to any rescue in Cragholme Bay"], "second party, same claim: 'the Hessleby boat would take about 15 minutes' + 'Cragholme Bay will be covered as well from Hessleby as it is today'"),
  D(["charity", "Challoner"], ["the fund meant to sell the old Cragholme boathouse to a hotel company"], "'said nothing could be further from the truth, and that the boathouse would be kept as a training base and a shop' + 'There is no buyer, there is no price, and there is no sale'"),
  D(["charity", "spokeswoman"], ["they would lose their places on the crew if they spoke to the press about the move"], "'The charity said the suggestion was false, and that no volunteer had been warned about talking to reporters' + the spokeswoman's quote (against the anonymous crew members)")],
 [{"match": ["two crew members"], "note": "according to two crew members who spoke on condition of anonymity, volunteers were told in July they would lose their places if they spoke to the press"}],
 [{"speaker": ["Danthorpe"], "outlets": ["Harbourlight Radio"], "note": "the co-operative's secretary -> Harbourlight Radio -> this story"},
  {"speaker": ["Abbotsley"], "outlets": ["Cragholme Chronicle"], "note": "the coxswain -> Cragholme Chronicle -> this story"}],
 [S("Cragholme Fishermen's Co-operative", ["which represents 23 boats working out of the village"]), S("Leofrun Danthorpe", ["Its secretary"]), S("Egidia Kersal", ["its operations director"]), S("coastguard", ["which decides which lifeboat to send to each emergency"]), S("Beornwyn Gannerwick", ["its area commander"]), S("Ithamar Challoner", ["the fund's chair"]), S("Alswith Abbotsley", ["The station's coxswain", "who has crewed the Cragholme boat for 22 years"]), S("Elfric Langstaff", ["who represents Cragholme on the district council"]), S("Burgred Fenhope", ["the harbour master"])],
 ["about 3.2 million crowns", "about 2.5 million crowns", "should be finished", "more than 400 lives", "about 15 minutes", "at the earliest"],
 [{"claim": ["the village station would close at Christmas"], "by": "the article itself ('It will not: the Cragholme boat will stay on service at the village until the Hessleby boathouse is finished ...')"}],
 ["gambling with the lives of people who work on the water"],
 [N("140 years", "station age"), N("nine miles", "distance to Hessleby"), N("2036", "larger boat in service"), N("about 3.2 million crowns", "lengthening the slipway"), N("about 2.5 million crowns", "new boathouse"), N("1894", "station opened"), N("more than 400 lives", "saved"), N("23 boats", "co-operative"), N("40 minutes", "per the co-operative"), N("14 minutes", "per the charity"), N("16 minutes", "slowest timed run"), N("about 15 minutes", "per the coastguard"), N("11 weeks", "slipway out of use"), N("22 years", "coxswain's service"), N("Eleven of the 19", "volunteers signed up"), N("61 times", "launches last year"), N("3,400 signatures", "petition"), N("October 19", "petition handed in")],
 [CE(["because the new boat is twice as fast as the old one"], ["reach the middle of the bay in 14 minutes from Hessleby"]), CE(["because a storm in January had torn away its lower section"], ["the Cragholme slipway had been out of use for 11 weeks last winter"]), CE(["two years after a fishing boat sank in the bay with the loss of seven men"], ["The Cragholme station opened in 1894"])],
 ["COAST", "By Jacquetta Hawsworth, Coast and Countryside Reporter", "Friday 6 October 2034", "Photo: The Cragholme lifeboat on its slipway in 2031", "Advertisement", "Sign up for our Coast Letter, sent every Saturday morning", "Read more: How lifeboat crews are trained, from first call to coxswain"])

print("ALL OK" if ok else "PROBLEMS")
