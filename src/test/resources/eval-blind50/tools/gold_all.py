# Writes the six gold files of eval-blind50 and checks every string against its text (see goldlib.build).
# Modelled on eval-blind47's gold_all.py.
from goldlib import A, D_ as D, N, CE, S, build
ok = True

# 1 restaurant-review legal-threat story (short)
OWN = ["Saltorchard", "owners", "Quarley", "solicitors", "letter"]
REV = ["review", "Ombersley", "Pellaby Mercury"]
SQ = ["Sidony Quarley", "co-owner", "Quarley", "Saltorchard"]
OMB = ["Ombersley", "critic"]
YAR = ["Yarwell", "editor", "Mercury"]
RQ = ["Roderic Quarley", "chef", "Quarley", "Saltorchard"]
ok &= build("pellaby-saltorchard-restaurant-review-legal-threat", "short",
 "Original fictional restaurant-review legal-threat story (food desk). Section label, byline, date line, 'Photo:' caption, 'Advertisement', newsletter prompt and 'Read more:' are noise. The lede's 'has threatened to sue the critic' is the article's voice; its relative clause 'that its owners say cost them 40 bookings in a week' is the owners' (required assert). The review (a document source in the Pellaby Mercury) gets an assert ('served straight from the freezer') and an opinion ('the price of a small car'). Denials: the owners' solicitors' letter 'say the scallops are bought fresh each morning from the harbour' (positively worded rebuttal: deny) + the co-owner's two-sentence quote named once with a said-X inversion ('We have never owned a freezer big enough for a tray of scallops' deny, no cue word; 'Our fishmonger's receipts are dated and stamped' counter-evidence: assert); 'Ombersley said he had never asked any restaurant for a free meal' (said-never: deny, against the letter's free-meal/grudge claim); 'The Mercury's editor, Tibor Yarwell, gave short shrift to the suggestion, saying the paper pays for every meal its critics eat' (second party, same claim; keyed by the reason clause, not by 'short shrift'). Admission: 'Roderic Quarley, the chef, admitted that one delivery in February had come from a wholesaler rather than the harbour boats' (required confirm; cause 'because storms had kept the fleet in port for four days'). Pronoun-resolved: 'He said' twice (Ombersley; Roderic Quarley). Short-name back-references: 'The letter also says', 'The Mercury's editor'. Split quote: Yarwell (opinion). Anonymous: 'A waiter at Saltorchard, who asked not to be named, told the food blog Platewatch' (anonymous, hedged, via Platewatch). The Pellaby Natter thread's closed-for-good claim is labelled false by the article ('It has not: ...'): required assert.",
 [A("own-40", "the owners of Saltorchard", OWN, "say", "assert", ["cost them 40 bookings in a week"]),
  A("rev-freezer", "Wulfstan Ombersley's review in the Pellaby Mercury", REV, "said", "assert", ["served straight from the freezer"], q=True),
  A("rev-price", "Wulfstan Ombersley's review in the Pellaby Mercury", REV, "called", "opinion", ["the price of a small car"], q=True),
  A("own-fresh", "the owners of Saltorchard, in a letter from their solicitors", OWN, "say", "deny", ["the scallops are bought fresh each morning from the harbour"]),
  A("sq-freezer", "Sidony Quarley, the co-owner", SQ, "said the co-owner, Sidony Quarley", "deny", ["We have never owned a freezer big enough for a tray of scallops"], q=True),
  A("sq-receipts", "Sidony Quarley", SQ, "(second sentence of the same quote)", "assert", ["Our fishmonger's receipts are dated and stamped"], q=True),
  A("letter-meal", "the owners' letter", ["letter", "owners", "Saltorchard", "Quarley", "solicitors"], "also says", "assert", ["once asked for a free meal", "bore a grudge after he was turned away"]),
  A("omb-never", "Wulfstan Ombersley", OMB, "said", "deny", ["never asked any restaurant for a free meal"]),
  A("omb-cold", "Wulfstan Ombersley", OMB, "He said", "assert", ["eaten at Saltorchard twice in February", "still cold in the middle"]),
  A("yar-pays", "Tibor Yarwell, the Mercury's editor", YAR, "gave short shrift to the suggestion, saying", "deny", ["the paper pays for every meal its critics eat"]),
  A("yar-critic", "Tibor Yarwell", YAR, "Yarwell said (split quote)", "opinion", ["A critic who pays for his own dinner", "is entitled to tell readers it was cold"], q=True),
  A("rq-wholesaler", "Roderic Quarley, the chef", RQ, "admitted that", "confirm", ["one delivery in February had come from a wholesaler rather than the harbour boats"]),
  A("rq-court", "Roderic Quarley", RQ, "He said", "predict", ["go to court only if the Mercury refused to print a reply"], h=True),
  A("waiter-empty", "a waiter at Saltorchard (anonymous)", ["waiter"], "told the food blog Platewatch", "assert", ["half empty since the autumn"], q=True, h=True, anon=True, via=["Platewatch"]),
  A("thread-closed", "a thread on the forum Pellaby Natter", ["Pellaby Natter", "thread", "forum"], "claimed", "assert", ["Saltorchard had already closed for good"])],
 [D(["Saltorchard", "owners", "Quarley"], ["served straight from the freezer"], "positively worded rebuttal in the solicitors' letter ('the scallops are bought fresh each morning from the harbour') + the co-owner's 'We have never owned a freezer big enough for a tray of scallops' (no cue word)"),
  D(["Ombersley"], ["once asked for a free meal"], "'Ombersley said he had never asked any restaurant for a free meal'"),
  D(["Yarwell", "Mercury's editor"], ["once asked for a free meal"], "second party, same claim: 'gave short shrift to the suggestion, saying the paper pays for every meal its critics eat'")],
 [{"match": ["waiter"], "note": "a waiter at Saltorchard, who asked not to be named, told the food blog Platewatch the dining room had been half empty since the autumn"}],
 [{"speaker": ["waiter"], "outlets": ["Platewatch"], "note": "anonymous waiter -> food blog Platewatch -> this story"}],
 [S("Saltorchard", ["a seafood restaurant on Pellaby's harbour front"]), S("Wulfstan Ombersley", ["the critic"]), S("Sidony Quarley", ["the co-owner"]), S("Tibor Yarwell", ["The Mercury's editor"]), S("Roderic Quarley", ["the chef"]), S("Platewatch", ["the food blog"]), S("Pellaby Natter", ["the forum"])],
 ["about 20 diners", "only if"],
 [{"claim": ["Saltorchard had already closed for good"], "by": "the article itself ('It has not: the restaurant was open as usual on Monday night, with about 20 diners.')"}],
 ["the price of a small car", "bore a grudge"],
 [N("40 bookings", "lost in a week, per the owners"), N("February 26", "review published"), N("96 crowns", "bill for two"), N("four days", "storms kept the fleet in port"), N("about 20 diners", "Monday night")],
 [CE(["because storms had kept the fleet in port for four days"], ["one delivery in February had come from a wholesaler rather than the harbour boats"]), CE(["a one-star review"], ["cost them 40 bookings in a week"])],
 ["FOOD AND DRINK", "By Marjolein Sowden, Food Editor", "Tuesday 8 March 2033", "Photo: Saltorchard's dining room", "Advertisement", "Sign up for our weekly food newsletter", "Read more: Eating out in Pellaby"])

# 2 teachers' strike-ballot story (short)
UN = ["Union of Schoolteachers", "union", "Wrencombe"]
WR = ["Wrencombe", "regional secretary", "Union of Schoolteachers", "union"]
CC = ["county council", "council", "Yeldham"]
YEL = ["Yeldham", "education director", "council"]
ok &= build("scarrowdale-teachers-strike-ballot", "short",
 "Original fictional teachers' strike-ballot story (education desk). Section label, byline, date line, 'Photo:' caption, 'Advertisement', newsletter prompt and 'Read more:' are noise. The lede is attributed ('the Union of Schoolteachers said on Thursday'): required assert. 'Because that turnout is above the legal threshold of 50 percent, the walkouts can go ahead' is the article's voice (cause-effect, no entry). Denials (all by the county council): 'The council challenged the figure, saying pay had fallen by about 4 percent over that period, not 12' (X-not-Y, keyed by the correction, not by 'challenged the figure'); 'The council said the suggestion was false and that its budget for 2033 kept every school open' (content-less verdict keyed by its reason clause); 'The council played down the report, saying only two schools had asked about cover so far' (against the anonymous head teacher). The education director's two-sentence quote named once (said-X inversion) is counter-evidence, not a denial of a stated claim: both sentences assert. Admission: 'Wrencombe accepted that the turnout was lower than in the union's last ballot' (required confirm). Pronoun-resolved: 'she told Radio Scarrowdale' (split quote, named relay, via), 'She said' (Wrencombe, predict, hedged 'could' / 'if'). Short-name back-references: 'The union', 'The council', 'Its regional secretary'. Anonymous: 'One head teacher, speaking on condition that her school was not identified, told the Scarrowdale Warden' (anonymous, hedged, via). The chat-group message's exams claim is labelled false ('They will not: ...'): required assert.",
 [A("un-strike", "the Union of Schoolteachers", UN, "said", "assert", ["voted to strike on three days in June"]),
  A("un-71", "the Union of Schoolteachers", UN, "The union said", "assert", ["71 percent of the members who took part had backed a strike"]),
  A("wr-12", "Sabrina Wrencombe, the union's regional secretary", WR, "said", "assert", ["teachers' pay had fallen by 12 percent in real terms since 2029"]),
  A("wr-leaving", "Sabrina Wrencombe", WR, "she told Radio Scarrowdale (split quote)", "assert", ["People are leaving us for supermarket jobs", "we lost 60 teachers last summer alone"], q=True, via=["Radio Scarrowdale"]),
  A("cc-4pc", "the county council", CC, "challenged the figure, saying", "deny", ["about 4 percent over that period, not 12"], h=True),
  A("yel-rise", "Rudyard Yeldham, the council's education director", YEL, "said its education director, Rudyard Yeldham", "assert", ["Every teacher in Scarrowdale got a rise of 6 percent last September"], q=True),
  A("yel-staff", "Rudyard Yeldham", YEL, "(second sentence of the same quote)", "assert", ["No other council staff received as much"], q=True),
  A("un-close", "the Union of Schoolteachers", UN, "also says", "assert", ["close three village schools to pay for any settlement"]),
  A("cc-budget", "the county council", CC, "said the suggestion was false and that", "deny", ["its budget for 2033 kept every school open"]),
  A("head-supply", "a head teacher (anonymous)", ["head teacher"], "told the Scarrowdale Warden", "assert", ["several schools had already booked supply staff for the strike days"], h=True, anon=True, via=["Scarrowdale Warden"]),
  A("cc-two", "the county council", CC, "played down the report, saying", "deny", ["only two schools had asked about cover so far"]),
  A("wr-turnout", "Sabrina Wrencombe", WR, "accepted that", "confirm", ["the turnout was lower than in the union's last ballot"]),
  A("wr-talks", "Sabrina Wrencombe", WR, "She said", "predict", ["talks could resume next week if the council made a new offer"], h=True),
  A("chat-exams", "a message in the parents' chat group Scarrowdale School Gate", ["Scarrowdale School Gate", "chat group", "message"], "claimed", "assert", ["exams would be cancelled on the strike days"])],
 [D(["council", "county council"], ["teachers' pay had fallen by 12 percent in real terms since 2029"], "'challenged the figure, saying pay had fallen by about 4 percent over that period, not 12' (X-not-Y)"),
  D(["council"], ["close three village schools to pay for any settlement"], "'said the suggestion was false and that its budget for 2033 kept every school open'"),
  D(["council"], ["several schools had already booked supply staff for the strike days"], "'played down the report, saying only two schools had asked about cover so far' (against the anonymous head teacher)")],
 [{"match": ["head teacher"], "note": "a head teacher, speaking on condition that her school was not identified, told the Scarrowdale Warden that schools had booked supply staff"}],
 [{"speaker": ["head teacher"], "outlets": ["Scarrowdale Warden"], "note": "anonymous head teacher -> Scarrowdale Warden -> this story"},
  {"speaker": ["Wrencombe"], "outlets": ["Radio Scarrowdale"], "note": "the union's regional secretary -> Radio Scarrowdale -> this story"}],
 [S("Union of Schoolteachers", ["the union"]), S("Sabrina Wrencombe", ["Its regional secretary"]), S("Rudyard Yeldham", ["its education director"]), S("Scarrowdale School Gate", ["the parents' chat group"])],
 ["about 4 percent", "several", "so far", "could", "if the council made a new offer"],
 [{"claim": ["exams would be cancelled on the strike days"], "by": "the article itself ('They will not: no exams are timetabled on any of the three days.')"}],
 [],
 [N("46", "state schools"), N("71 percent", "backed a strike"), N("54 percent", "turnout"), N("50 percent", "legal threshold"), N("12 percent", "real-terms pay fall, per the union"), N("60 teachers", "lost last summer, per the union"), N("about 4 percent", "pay fall, per the council"), N("6 percent", "rise last September"), N("2033", "budget year"), N("61 percent", "turnout in 2030")],
 [CE(["after pay talks with the county council broke down in April"], ["have voted to strike on three days in June"]), CE(["Because that turnout is above the legal threshold of 50 percent"], ["the walkouts can go ahead"])],
 ["EDUCATION", "By Nuala Rundell, Education Reporter", "Friday 14 May 2032", "Photo: Pupils leaving Wyrmstone Road primary school in Scarrowdale", "Advertisement", "Get our schools newsletter every Monday", "Read more: What the strike means for parents"])

# 3 lottery-grant row (medium)
PPF = ["People's Prize Fund", "fund", "Saltcoates"]
POST = ["Quaymouth Post", "Post"]
SAL = ["Saltcoates", "chief executive", "People's Prize Fund", "fund"]
TEN = ["Umfrey Tennock", "Tennock", "board member"]
PPW = ["Public Purse Watch", "campaign group", "Poynter"]
POY = ["Poynter", "director", "Public Purse Watch"]
CLUB = ["Mossgiel Lane Boxing Club", "club"]
MOR = ["Morwick", "head coach", "club"]
ok &= build("mardlebury-boxing-club-lottery-grant-row", "medium",
 "Original fictional lottery-grant row (community / local democracy desk). Section label, byline, date line, 'Photo:' caption, 'Advertisement', newsletter prompt and 'Read more:' are noise. The lede's 'has defended a grant' is content-less (no entry); its 'after the Quaymouth Post reported that the club's chairman is the brother of one of the fund's board members' is the Post's (required assert; not disputed by anyone). Denials: 'The fund contested that account, saying Tennock had left the room before the bid was discussed' (content-less object 'that account' plus the reason) + the chief executive's two-sentence quote named once with a said-X inversion ('The minutes record that Mr Tennock stepped out before item six' positively worded rebuttal: deny; 'The four members who remained voted without him' counter-evidence: assert); 'Tennock ... said nothing could be further from the truth, and that he had declared his brother's role in writing ...' (second party, same claim; keyed by the reason clause, never by 'nothing could be further from the truth'); 'The fund called the claim untrue, saying 212 groups had applied in the same round and 31 had been funded' (keyed by the reason); the head coach's 'That minibus takes our boxers to every away bout' (positively worded, no cue word: deny; 'It has covered 14,000 miles since March' assert) against the anonymous volunteer. Admission: 'The fund acknowledged that the minutes of the May meeting had not been published until October' (required confirm). Pronoun-resolved: 'He added' (Tennock), 'It said' (the fund), 'She said' (Saltcoates). Short-name back-references: 'The Post', 'The fund', 'The club'. Anonymous: 'A former volunteer at the club, who did not want to be identified, told the Post' (anonymous, hedged, via). 'Mungo Tennock ... said he would not comment while the review was under way' is a non-answer: optional assert. The Mardlebury Speaks post's withdrawn-grant claim is labelled false ('It has not: ...'): required assert.",
 [A("post-brother", "the Quaymouth Post", POST, "reported that", "assert", ["the club's chairman is the brother of one of the fund's board members"]),
  A("club-300", "the Mossgiel Lane Boxing Club", CLUB, "which says", "assert", ["trains about 300 young people a week"], h=True),
  A("post-voted", "the Quaymouth Post", POST, "The Post said", "assert", ["had voted for the club's bid at a meeting on May 11"]),
  A("ppf-contested", "the People's Prize Fund", PPF, "contested that account, saying", "deny", ["that account", "Tennock had left the room before the bid was discussed"]),
  A("sal-minutes", "Morwen Saltcoates, the fund's chief executive", SAL, "said the fund's chief executive, Morwen Saltcoates", "deny", ["The minutes record that Mr Tennock stepped out before item six"], q=True),
  A("sal-four", "Morwen Saltcoates", SAL, "(second sentence of the same quote)", "assert", ["The four members who remained voted without him"], q=True),
  A("ten-declared", "Umfrey Tennock, the board member", TEN, "said nothing could be further from the truth, and that", "deny", ["he had declared his brother's role in writing when the club first applied in 2031"]),
  A("ten-stepdown", "Umfrey Tennock", TEN, "He added", "predict", ["step down from the board if a review found he had broken any rule"], h=True),
  A("ppw-nocall", "the campaign group Public Purse Watch", PPW, "said", "assert", ["awarded without the usual open call for bids"]),
  A("ppf-212", "the People's Prize Fund", PPF, "called the claim untrue, saying", "deny", ["212 groups had applied in the same round", "31 had been funded"]),
  A("poy-public", "Selwyn Poynter, the group's director", POY, "Poynter said (split quote)", "opinion", ["Lottery money is public money", "people have a right to know who decided how it was spent"], q=True),
  A("vol-minibus", "a former volunteer at the club (anonymous)", ["former volunteer", "volunteer"], "told the Post", "assert", ["money from an earlier grant had been spent on a minibus used mostly by committee members"], h=True, anon=True, via=["Post"]),
  A("mor-bout", "Tirzah Morwick, the club's head coach", MOR, "said the club's head coach, Tirzah Morwick", "deny", ["That minibus takes our boxers to every away bout"], q=True),
  A("mor-miles", "Tirzah Morwick", MOR, "(second sentence of the same quote)", "assert", ["It has covered 14,000 miles since March"], q=True),
  A("ppf-minutes", "the People's Prize Fund", PPF, "acknowledged that", "confirm", ["the minutes of the May meeting had not been published until October"]),
  A("ppf-auditor", "the People's Prize Fund", PPF, "It said", "predict", ["an outside auditor, Wraybrook Partners, would review the grant"]),
  A("mungo-comment", "Mungo Tennock, the club's chairman", ["Mungo Tennock", "chairman"], "said he would not comment", "assert", ["while the review was under way"], req=False),
  A("sal-40m", "Morwen Saltcoates", SAL, "said", "assert", ["about 40 million crowns in the county since 2025"], h=True),
  A("sal-publish", "Morwen Saltcoates", SAL, "She said", "predict", ["publish the auditor's report in full"]),
  A("page-withdrawn", "a post on the page Mardlebury Speaks", ["Mardlebury Speaks", "page"], "claimed", "assert", ["the grant had already been withdrawn"])],
 [D(["People's Prize Fund", "fund", "Saltcoates"], ["had voted for the club's bid at a meeting on May 11"], "'contested that account, saying Tennock had left the room before the bid was discussed' + the chief executive's 'The minutes record that Mr Tennock stepped out before item six'"),
  D(["Tennock"], ["had voted for the club's bid at a meeting on May 11"], "second party, same claim: 'said nothing could be further from the truth, and that he had declared his brother's role in writing'"),
  D(["fund"], ["awarded without the usual open call for bids"], "'called the claim untrue, saying 212 groups had applied in the same round and 31 had been funded'"),
  D(["Morwick", "head coach"], ["money from an earlier grant had been spent on a minibus used mostly by committee members"], "quote with no cue word: 'That minibus takes our boxers to every away bout' (against the anonymous volunteer)")],
 [{"match": ["former volunteer"], "note": "a former volunteer at the club, who did not want to be identified, told the Post an earlier grant bought a minibus used mostly by committee members"}],
 [{"speaker": ["former volunteer"], "outlets": ["Post"], "note": "anonymous former volunteer -> Quaymouth Post -> this story"}],
 [S("People's Prize Fund", ["which shares out lottery money among good causes"]), S("Umfrey Tennock", ["the board member", "a retired harbour pilot"]), S("Morwen Saltcoates", ["the fund's chief executive"]), S("Public Purse Watch", ["The campaign group"]), S("Selwyn Poynter", ["the group's director"]), S("Tirzah Morwick", ["the club's head coach"]), S("Mungo Tennock", ["the club's chairman"]), S("Mardlebury Speaks", ["the page"])],
 ["about 300", "about 40 million crowns", "if a review found", "mostly"],
 [{"claim": ["the grant had already been withdrawn"], "by": "the article itself ('It has not: the first payment of 200,000 crowns was made in September ...')"}],
 ["nothing could be further from the truth"],
 [N("850,000 crowns", "grant"), N("about 300", "young people a week, per the club"), N("1978", "club opened"), N("May 11", "board meeting"), N("2031", "first application"), N("212 groups", "applied in the round, per the fund"), N("31", "funded"), N("14,000 miles", "minibus since March"), N("three months", "minutes late"), N("about 40 million crowns", "paid out since 2025"), N("20,000 crowns", "most grants below"), N("200,000 crowns", "first payment")],
 [CE(["after the Quaymouth Post reported that the club's chairman is the brother of one of the fund's board members"], ["has defended a grant of 850,000 crowns"]), CE(["because of the row"], ["would review the grant"])],
 ["COMMUNITY", "By Rosmund Vennard, Local Democracy Reporter", "Wednesday 2 November 2033", "Photo: The Mossgiel Lane Boxing Club gym in Mardlebury", "Advertisement", "Sign up for our weekly community newsletter", "Read more: How lottery grants are decided"])

# 4 city bike-share scheme failure (medium)
CC = ["Saltrigg City Council", "council", "Pask"]
VEL = ["Veloria Mobility", "Veloria", "company", "Rendlesham"]
REN = ["Rendlesham", "managing director", "Veloria"]
PASK = ["Pask", "transport chair", "council"]
ok &= build("saltrigg-spokeway-bike-share-suspended", "medium",
 "Original fictional city bike-share scheme failure story (transport desk). Section label, byline, date line, 'Photo:' caption, 'Advertisement', newsletter prompt and 'Read more:' are noise. The lede is attributed ('the council said on Friday'): required assert, with its cause 'because only 90 of its 600 bikes were still fit to ride'. 'About 2,300 annual passes were still running when the scheme was suspended' is the article's voice (no entry). Denials: 'Veloria took exception to that account, saying it had repaired more than 2,000 bikes since the scheme began' (content-less object 'that account' plus the reason) + the managing director's two-sentence quote named once with a said-X inversion ('We fixed every bike we were allowed to fix' positively worded: deny; 'After April we were fixing them for nothing' assert); the transport chair 'put the amount in dispute at about 300,000 crowns, not 1.2 million' (X-not-Y against Veloria's 'leaving the company owed 1.2 million crowns'); 'Veloria flatly contradicted that, saying its parts store had been restocked every month and had never run empty' (against the anonymous mechanic). Admission: 'Pask acknowledged that the council had chosen the cheapest of four bids' (required confirm). Pronoun-resolved: 'It said' (Veloria, after the photo caption), 'She added' / 'she said' / 'She told' (Pask), 'she said' (Upcott). Short-name back-references: 'The council', 'Veloria', 'The company'. Anonymous: 'According to a mechanic who worked at Veloria's depot until June and would speak only anonymously' (anonymous, hedged, no outlet). Named relay: Pask 'told the cycling podcast Wheelnut' (via). 'The company did not say how many mechanics it employed' is a non-answer: optional assert. The Saltrigg Spokes thread's scrap claim is labelled false ('They will not: ...'): required assert.",
 [A("cc-90", "Saltrigg City Council", CC, "said", "assert", ["only 90 of its 600 bikes were still fit to ride"]),
  A("cc-users", "the council's own figures", ["council's own figures", "council", "figures"], "according to", "assert", ["about 9,000 registered users", "about 1,400 times a day in its first summer"], h=True),
  A("cc-save", "Saltrigg City Council", CC, "The council said", "predict", ["save it about 40,000 crowns a month"], h=True),
  A("cc-blame", "Saltrigg City Council", CC, "blamed ..., saying", "assert", ["failed to repair bikes damaged by vandals", "missed 11 monthly maintenance targets in a row"]),
  A("vel-2000", "Veloria Mobility", VEL, "took exception to that account, saying", "deny", ["that account", "more than 2,000 bikes since the scheme began"]),
  A("ren-fixed", "Zofia Rendlesham, Veloria's managing director", REN, "said its managing director, Zofia Rendlesham", "deny", ["We fixed every bike we were allowed to fix"], q=True),
  A("ren-nothing", "Zofia Rendlesham", REN, "(second sentence of the same quote)", "assert", ["After April we were fixing them for nothing"], q=True),
  A("vel-invoices", "Veloria Mobility", VEL, "It said", "assert", ["stopped paying its invoices in April", "leaving the company owed 1.2 million crowns"]),
  A("pask-300k", "Councillor Melusine Pask, the council's transport chair", PASK, "put the amount in dispute at", "deny", ["about 300,000 crowns, not 1.2 million"], h=True),
  A("pask-withheld", "Melusine Pask", PASK, "She added", "assert", ["withheld payments only for work that was never done"]),
  A("mech-parts", "a former mechanic at Veloria's depot (anonymous)", ["mechanic"], "According to", "assert", ["spare parts ran out in March", "broken bikes were stripped to keep others on the road"], h=True, anon=True),
  A("vel-restocked", "Veloria Mobility", VEL, "flatly contradicted that, saying", "deny", ["its parts store had been restocked every month", "had never run empty"]),
  A("vel-mechanics", "Veloria Mobility", VEL, "did not say", "assert", ["how many mechanics it employed"], req=False),
  A("pask-cheapest", "Melusine Pask", PASK, "acknowledged that", "confirm", ["chosen the cheapest of four bids, against the advice of its own transport officers"]),
  A("pask-graveyard", "Melusine Pask", PASK, "she said (split quote)", "opinion", ["Saltrigg wanted a bike scheme", "for the last six months it has had a bike graveyard"], q=True),
  A("pask-wheelnut", "Melusine Pask", PASK, "She told the cycling podcast Wheelnut", "predict", ["look for a new operator", "restart the scheme in the spring of 2032"], h=True, via=["Wheelnut"]),
  A("cc-refunds", "Saltrigg City Council", CC, "the council said", "predict", ["get back the unused part of their fees"]),
  A("thread-scrap", "a thread on the forum Saltrigg Spokes", ["Saltrigg Spokes", "thread", "forum"], "claimed", "assert", ["the bikes would be sold for scrap at 5 crowns each"]),
  A("upc-gaveup", "Ottavia Upcott, a former daily rider", ["Upcott"], "said", "assert", ["given up after finding three broken bikes in a row"]),
  A("upc-idea", "Ottavia Upcott", ["Upcott"], "she said", "opinion", ["The idea was good", "The bikes were not"], q=True),
  A("ren-smaller", "Zofia Rendlesham", REN, "said", "predict", ["consider running a smaller scheme if its unpaid bills were settled first"], h=True)],
 [D(["Veloria", "Rendlesham"], ["failed to repair bikes damaged by vandals"], "'took exception to that account, saying it had repaired more than 2,000 bikes' + the managing director's 'We fixed every bike we were allowed to fix'"),
  D(["Pask", "transport chair"], ["leaving the company owed 1.2 million crowns"], "X-not-Y: 'put the amount in dispute at about 300,000 crowns, not 1.2 million'"),
  D(["Veloria"], ["spare parts ran out in March"], "'flatly contradicted that, saying its parts store had been restocked every month and had never run empty' (against the anonymous mechanic)")],
 [{"match": ["mechanic"], "note": "a mechanic who worked at Veloria's depot until June and would speak only anonymously (According to ...; no outlet): parts ran out in March"}],
 [{"speaker": ["Pask"], "outlets": ["Wheelnut"], "note": "the council's transport chair -> cycling podcast Wheelnut -> this story"}],
 [S("Veloria Mobility", ["the operator"]), S("Zofia Rendlesham", ["its managing director"]), S("Melusine Pask", ["The council's transport chair"]), S("Wheelnut", ["the cycling podcast"]), S("Ottavia Upcott", ["who rode a Spokeway bike to work every day for a year"]), S("Saltrigg Spokes", ["the forum"])],
 ["about 9,000", "about 1,400", "about 40,000 crowns", "about 300,000 crowns", "probably", "According to", "if its unpaid bills were settled first"],
 [{"claim": ["the bikes would be sold for scrap at 5 crowns each"], "by": "the article itself ('They will not: the bikes belong to Veloria, which has begun taking them back to its depot on the ring road.')"}],
 ["a bike graveyard"],
 [N("14 months", "scheme ran"), N("90", "bikes fit to ride"), N("600 bikes", "fleet"), N("about 9,000", "registered users"), N("about 1,400", "rides a day"), N("about 40,000 crowns", "monthly saving, per the council"), N("11", "missed targets, per the council"), N("more than 2,000", "bikes repaired, per Veloria"), N("1.2 million crowns", "owed, per Veloria"), N("about 300,000 crowns", "in dispute, per Pask"), N("2032", "hoped restart"), N("About 2,300", "annual passes"), N("5 crowns", "scrap claim")],
 [CE(["because only 90 of its 600 bikes were still fit to ride"], ["has suspended its bike-share scheme, Spokeway"]), CE(["stopped paying its invoices in April"], ["leaving the company owed 1.2 million crowns"])],
 ["TRANSPORT", "By Waldo Oakleigh, Transport Correspondent", "Monday 6 October 2031", "Photo: Broken Spokeway bikes at a docking station on Quay Street", "Advertisement", "Get our transport newsletter every Friday", "Read more: Why bike-share schemes fail"])

# 5 car-factory job-cuts story (long)
ROT = ["Rothwey Automotive", "Rothwey", "company", "Struan"]
STR = ["Struan", "chief executive", "Rothwey"]
MMWU = ["Motor and Metal Workers' Union", "union", "Yarnold"]
YARN = ["Yarnold", "convenor", "union"]
WCT = ["Westhope Chamber of Trade", "Chamber of Trade", "Sarratt"]
SAR = ["Sarratt", "Westhope Chamber of Trade", "Chamber of Trade"]
SENT = ["Vellaby Sentinel", "Sentinel"]
MIN = ["business ministry", "spokeswoman", "ministry"]
PIT = ["Pitchford", "mayor"]
WOL = ["Wolstencroft", "analyst", "Torvane Insight"]
ok &= build("rothwey-vellaby-car-plant-job-cuts", "long",
 "Original fictional car-factory job-cuts story (business desk). Section label, byline, date line, 'Photo:' caption, 'Advertisement', newsletter prompt and 'Read more:' are noise. The lede is attributed ('the company said on Wednesday'): required assert, with its cause 'after sales of the saloon built there fell by a third in two years'. Article's voice (no entry): 'Rothwey's shares rose by 4 percent on Wednesday', 'The union's convenor at the plant, Nimue Yarnold, was not persuaded' (content-less lead-in; the split quote carries the content), the 'It will not: ...' correction. Denials: 'Rothwey denied that any Vellaby work was being moved abroad, and said the Osterveld plant built only vans' (the only 'denied' in this set; one entry, two keys) + the chief executive's two-sentence quote named once with a said-X inversion ('The electric saloon will be built in Vellaby, on a new line, from 2036' positively worded rebuttal: deny; 'We are cutting jobs now so that there is still a plant here to build it' assert) against the union's moving-to-Osterveld claim; 'The Westhope Chamber of Trade challenged the figure, saying its own survey ... put the likely loss at about 600 jobs, not 2,000' (X-not-Y, keyed by the correction); 'Rothwey said it had never asked for a subsidy of any kind' and, second party on the same claim, 'A spokeswoman for the business ministry said no request for money had been received from the company in the past two years' (both deny the Vellaby Sentinel's report). Admission: 'Rothwey did accept that many staff had first heard about the cuts on a news website' (required confirm). Pronoun-resolved: 'He said' (Struan), 'She said' (Yarnold, Pitchford, Wolstencroft), 'It said' / 'it said' (Rothwey), 'he said' (Moy). Short-name back-references: 'Rothwey', 'The company', 'The union', 'Its chief executive'. Anonymous: 'A supervisor on the night shift, who spoke on condition that he was not named, told Radio Wendholm' (anonymous, hedged, via). Named relay: the mayor 'told the Vellaby Sentinel' (via). The ministry spokeswoman is the office of a named body: not anonymous. The Vellaby Line Two chat-group post's redundancy-cap claim is labelled false: required assert.",
 [A("rot-1150", "Rothwey Automotive", ROT, "the company said", "assert", ["1,150 of the 4,300 jobs", "fell by a third in two years"]),
  A("rot-140k", "Rothwey Automotive", ROT, "the company said", "assert", ["The night shift will close", "140,000 cars a year instead of 210,000"]),
  A("rot-voluntary", "Rothwey Automotive", ROT, "Rothwey said", "predict", ["most of the cuts would come through voluntary redundancy", "no more than 300 compulsory redundancies"], h=True),
  A("un-osterveld", "the Motor and Metal Workers' Union", MMWU, "said", "assert", ["the first step in moving the company's new electric saloon to its plant in Osterveld"]),
  A("rot-abroad", "Rothwey Automotive", ROT, "denied that ..., and said", "deny", ["any Vellaby work was being moved abroad", "the Osterveld plant built only vans"]),
  A("str-built", "Valdemar Struan, Rothwey's chief executive", STR, "said Rothwey's chief executive, Valdemar Struan", "deny", ["The electric saloon will be built in Vellaby, on a new line, from 2036"], q=True),
  A("str-cutting", "Valdemar Struan", STR, "(second sentence of the same quote)", "assert", ["We are cutting jobs now so that there is still a plant here to build it"], q=True),
  A("str-450", "Valdemar Struan", STR, "He said", "predict", ["cost about 450 million crowns", "employ about 1,800 people"], h=True),
  A("yarn-coming", "Nimue Yarnold, the union's convenor at the plant", YARN, "Yarnold said (split quote)", "assert", ["the electric car was coming here", "three years later we are counting redundancies"], q=True),
  A("yarn-ballot", "Nimue Yarnold", YARN, "She said", "predict", ["ballot its members on industrial action if any compulsory redundancies were announced"], h=True),
  A("un-2000", "the Motor and Metal Workers' Union", MMWU, "also said", "predict", ["as many as 2,000 more jobs could go at suppliers in the area"], h=True),
  A("wct-600", "the Westhope Chamber of Trade", WCT, "challenged the figure, saying", "deny", ["about 600 jobs, not 2,000"], h=True),
  A("sar-hours", "Sigbert Sarratt, the chamber's chief executive", SAR, "said", "assert", ["most suppliers also sold parts to other carmakers", "would cut hours before they cut staff"]),
  A("sent-subsidy", "the Vellaby Sentinel", SENT, "reported that", "assert", ["asked the government for 60 million crowns to keep the night shift running"]),
  A("rot-never", "Rothwey Automotive", ROT, "said it had never", "deny", ["never asked for a subsidy of any kind"]),
  A("min-none", "a spokeswoman for the business ministry", MIN, "said", "deny", ["no request for money had been received from the company in the past two years"]),
  A("rot-website", "Rothwey Automotive", ROT, "did accept that", "confirm", ["many staff had first heard about the cuts on a news website"]),
  A("rot-leaked", "Rothwey Automotive", ROT, "It said", "assert", ["the news had leaked from outside the company", "apologised to staff in a letter on Wednesday evening"]),
  A("sup-october", "a supervisor on the night shift (anonymous)", ["supervisor"], "told Radio Wendholm", "assert", ["managers had known about the cuts since October", "nobody on the shop floor"], h=True, anon=True, via=["Radio Wendholm"]),
  A("moy-retire", "Sten Moy, a paint-line worker", ["Moy"], "said", "predict", ["probably take early retirement"], h=True),
  A("moy-58", "Sten Moy", ["Moy"], "he said", "predict", ["I am 58", "If they offer me a fair deal, I will go"], q=True, h=True),
  A("pit-heart", "Sybilla Pitchford, the town's mayor", PIT, "told the Vellaby Sentinel", "opinion", ["the heart of this town"], q=True, via=["Vellaby Sentinel"]),
  A("pit-meet", "Sybilla Pitchford", PIT, "told the Vellaby Sentinel", "predict", ["meet the company's board in February"], via=["Vellaby Sentinel"]),
  A("pit-households", "Sybilla Pitchford", PIT, "She said", "assert", ["about one in six households in Vellaby"], h=True),
  A("wol-20", "Pelagia Wolstencroft, an analyst at Torvane Insight", WOL, "said", "predict", ["could fall by a further 20 percent by 2036"], h=True),
  A("wol-risk", "Pelagia Wolstencroft", WOL, "She said", "opinion", ["Vellaby was not the only plant at risk", "doing early what others will have to do later"]),
  A("chat-cap", "a post in the workers' chat group Vellaby Line Two", ["Vellaby Line Two", "chat group", "post"], "claimed", "assert", ["redundancy pay would be capped at 10,000 crowns"]),
  A("rot-offers", "Rothwey Automotive", ROT, "The company said", "predict", ["the first voluntary redundancy offers would be sent out in March", "a bonus of three months' pay"]),
  A("rot-dayshift", "Rothwey Automotive", ROT, "it said", "predict", ["about 400 workers will be asked to move to day shifts from April"], h=True),
  A("un-monday", "the Motor and Metal Workers' Union", MMWU, "The union said", "predict", ["meet Rothwey's managers on Monday"]),
  A("yarn-start", "Nimue Yarnold", YARN, "said", "opinion", ["the meeting was a start", "but only a start"])],
 [D(["Rothwey", "Struan"], ["the first step in moving the company's new electric saloon to its plant in Osterveld"], "'Rothwey denied that any Vellaby work was being moved abroad, and said the Osterveld plant built only vans' + the chief executive's 'The electric saloon will be built in Vellaby, on a new line, from 2036'"),
  D(["Westhope Chamber of Trade", "Chamber of Trade"], ["as many as 2,000 more jobs could go at suppliers in the area"], "X-not-Y: 'challenged the figure, saying its own survey of 60 local suppliers put the likely loss at about 600 jobs, not 2,000'"),
  D(["Rothwey"], ["asked the government for 60 million crowns to keep the night shift running"], "'Rothwey said it had never asked for a subsidy of any kind'"),
  D(["business ministry", "spokeswoman"], ["asked the government for 60 million crowns to keep the night shift running"], "second party, same claim: 'no request for money had been received from the company in the past two years'")],
 [{"match": ["supervisor"], "note": "a supervisor on the night shift, who spoke on condition that he was not named, told Radio Wendholm that managers had known since October"}],
 [{"speaker": ["supervisor"], "outlets": ["Radio Wendholm"], "note": "anonymous supervisor -> Radio Wendholm -> this story"},
  {"speaker": ["Pitchford"], "outlets": ["Vellaby Sentinel"], "note": "the mayor -> Vellaby Sentinel -> this story"}],
 [S("Rothwey Automotive", ["The carmaker"]), S("Motor and Metal Workers' Union", ["which represents about 3,100 of the plant's staff"]), S("Valdemar Struan", ["Rothwey's chief executive"]), S("Nimue Yarnold", ["The union's convenor at the plant"]), S("Sigbert Sarratt", ["Its chief executive"]), S("Sten Moy", ["who has worked on the paint line for 22 years"]), S("Sybilla Pitchford", ["The town's mayor"]), S("Pelagia Wolstencroft", ["an analyst at the research firm Torvane Insight"]), S("Vellaby Line Two", ["the workers' chat group"])],
 ["about 3,100", "as many as 2,000", "about 600 jobs", "could", "probably", "about 450 million crowns", "about 1,800", "about one in six", "about 400", "no more than 300", "if any compulsory redundancies were announced"],
 [{"claim": ["redundancy pay would be capped at 10,000 crowns"], "by": "the article itself ('It will not: the terms agreed with the union in 2029 pay a month's wages for every year worked, with no upper limit.')"}],
 ["the heart of this town"],
 [N("1,150", "jobs cut"), N("4,300", "jobs at the plant"), N("140,000 cars", "new annual output"), N("210,000", "old annual output"), N("300", "maximum compulsory redundancies"), N("4 percent", "share rise"), N("about 3,100", "union members at the plant"), N("2036", "electric saloon start"), N("about 450 million crowns", "new line cost"), N("about 1,800", "new line jobs"), N("2,000", "supplier jobs, per the union"), N("60 local suppliers", "chamber survey"), N("about 600 jobs", "supplier loss, per the chamber"), N("60 million crowns", "subsidy, per the Sentinel"), N("22 years", "Moy's service"), N("about one in six", "households with a plant or supplier job"), N("20 percent", "further fall in demand, per the analyst"), N("10,000 crowns", "false cap"), N("2029", "redundancy terms agreed"), N("about 400 workers", "moving to day shifts")],
 [CE(["after sales of the saloon built there fell by a third in two years"], ["will cut 1,150 of the 4,300 jobs at its Vellaby plant"]), CE(["Because the night shift is ending"], ["about 400 workers will be asked to move to day shifts from April"])],
 ["BUSINESS", "By Mabon Prewitt, Industry Correspondent", "Thursday 19 January 2034", "Photo: Workers leaving the Rothwey plant in Vellaby after Wednesday's announcement", "Advertisement", "Sign up for our business briefing, every weekday morning", "Read more: The carmakers betting everything on electric"])

# 6 archaeological-find ownership dispute (long)
PAR = ["Pardewell"]
STN = ["Strandling", "farmer"]
EST = ["Rookhurst estate", "estate", "Mayhew"]
MAY = ["Mayhew", "land agent", "Rookhurst estate"]
MUS = ["Ulverholm Museum", "museum", "Quenton"]
QUE = ["Quenton", "keeper of coins", "Ulverholm Museum", "museum"]
PAN = ["Treasure Valuation Panel", "panel"]
VEN = ["Vennacott", "finds officer"]
ok &= build("wyncote-moor-silver-hoard-ownership-dispute", "long",
 "Original fictional archaeological-find ownership dispute (history / heritage desk). Section label, byline, date line, 'Photo:' caption, 'Advertisement', newsletter prompt and 'Read more:' are noise. Article's voice (no entry): the lede, 'Hoards from the period are rare in the north ...', 'Under the law, a museum that buys a hoard pays the valuation ...', 'If Strandling is right about the permission, Pardewell could lose his share altogether', 'A coroner's inquest in Ulverholm will decide on October 3 ...', and the 'It cannot: ...' correction. Denials: 'Strandling contested that account, saying the permission she signed covered only the lower meadow, not the hill field where the hoard was found' (content-less object 'that account' plus the X-not-Y reason) + her quote to Yardstick Weekly ('I never once mentioned the hill' deny; 'I let him walk the meadow because it floods and nothing grows there' counter-evidence: assert; both via); 'Strandling said the suggestion was false and that the boundary had been fixed by a survey in 1987' (against the Rookhurst estate's boundary claim; keyed by the reason); 'Pardewell called the claim untrue, saying he had handed every coin to the county finds officer within 48 hours' (against the anonymous team member) and, second party on the same claim, the finds officer's two-sentence quote named once with a said-X inversion ('I counted the coins myself on March 14, and there were 412' positively worded rebuttal: deny; 'Every one of them is photographed and numbered' assert). The panel's 'its figure was based on the prices paid for three similar hoards since 2028' explains its valuation rather than contradicting Pardewell's: assert. Admission: 'Pardewell conceded that he had not filled in the finder's agreement form' (required confirm). Pronoun-resolved: 'He said' (Pardewell, twice), 'she told' (Strandling), 'She said' (Vennacott), 'she said' / 'She added' (Quenton), 'it said' (the museum), 'he said' (Pardewell). Short-name back-references: 'The estate's land agent', 'The panel', 'the museum'. Anonymous: 'A member of the team that excavated the site in April, who asked that her name be withheld, told the history magazine Quernstone' (anonymous, hedged, via). Named relays: Strandling to Yardstick Weekly, Mayhew to the Wyncote Courier (via). The Signal Ground thread's no-payment claim is labelled false: required assert.",
 [A("mus-870", "the Ulverholm Museum", MUS, "according to", "assert", ["buried in about the year 870"], h=True),
  A("pan-180k", "the Treasure Valuation Panel", PAN, "has put its value at", "assert", ["its value at 180,000 crowns"]),
  A("par-permission", "Ossian Pardewell, the finder", PAR, "He said", "assert", ["had given him written permission to search the whole farm in 2032"]),
  A("stn-contested", "Mehitabel Strandling, the farmer", STN, "contested that account, saying", "deny", ["that account", "the permission she signed covered only the lower meadow, not the hill field where the hoard was found"]),
  A("stn-meadow", "Mehitabel Strandling", STN, "she told the farming paper Yardstick Weekly", "assert", ["I let him walk the meadow because it floods and nothing grows there"], q=True, via=["Yardstick Weekly"]),
  A("stn-hill", "Mehitabel Strandling", STN, "she told the farming paper Yardstick Weekly", "deny", ["I never once mentioned the hill"], q=True, via=["Yardstick Weekly"]),
  A("par-form", "Ossian Pardewell", PAR, "conceded that", "confirm", ["had not filled in the finder's agreement form"]),
  A("par-handshake", "Ossian Pardewell", PAR, "He said", "assert", ["trusted a handshake"]),
  A("est-30m", "the Rookhurst estate", EST, "says", "assert", ["the hoard lay about 30 metres inside its boundary", "the money should go to the estate, not to Strandling"], h=True),
  A("stn-1987", "Mehitabel Strandling", STN, "said the suggestion was false and that", "deny", ["the boundary had been fixed by a survey in 1987"]),
  A("stn-share", "Mehitabel Strandling", STN, "said", "predict", ["share any reward with Pardewell if a court told her to"], h=True),
  A("may-court", "Tristram Mayhew, the estate's land agent", MAY, "told the Wyncote Courier", "predict", ["it would go to court if necessary"], h=True, via=["Wyncote Courier"]),
  A("team-dozen", "a member of the team that excavated the site (anonymous)", ["member of the team"], "told the history magazine Quernstone", "assert", ["about a dozen coins were missing when the finds were first counted"], h=True, anon=True, via=["Quernstone"]),
  A("par-handed", "Ossian Pardewell", PAR, "called the claim untrue, saying", "deny", ["he had handed every coin to the county finds officer within 48 hours"]),
  A("ven-412", "Siwan Vennacott, the county finds officer", VEN, "said the county finds officer, Siwan Vennacott", "deny", ["I counted the coins myself on March 14, and there were 412"], q=True),
  A("ven-photo", "Siwan Vennacott", VEN, "(second sentence of the same quote)", "assert", ["Every one of them is photographed and numbered"], q=True),
  A("ven-checked", "Siwan Vennacott", VEN, "She said", "assert", ["the count had been checked twice by the museum"]),
  A("par-low", "Ossian Pardewell", PAR, "also said", "assert", ["valued the hoard far too low", "worth at least 500,000 crowns"], h=True),
  A("pan-basis", "the Treasure Valuation Panel", PAN, "The panel said", "assert", ["based on the prices paid for three similar hoards since 2028"]),
  A("que-only", "Dr Ysobel Quenton, the museum's keeper of coins", QUE, "said", "assert", ["the arm-ring was the only one of its kind found in the region"]),
  A("que-important", "Dr Ysobel Quenton", QUE, "Quenton said (split quote)", "opinion", ["This is the most important find in the county for a century", "it belongs in a public museum, whoever is paid for it"], q=True),
  A("que-trader", "Dr Ysobel Quenton", QUE, "she said", "assert", ["Most of the coins were struck in the kingdoms to the south", "the hoard belonged to a trader rather than a raider"]),
  A("que-appeal", "Dr Ysobel Quenton", QUE, "She added", "predict", ["raised about 120,000 crowns so far", "launch a public appeal for the rest"], h=True),
  A("mus-offer", "the Ulverholm Museum", MUS, "it said", "assert", ["the museum cannot make a formal offer"]),
  A("thread-state", "a thread on the detecting forum Signal Ground", ["Signal Ground", "thread", "forum"], "claimed", "assert", ["the state could take the hoard without paying anyone"]),
  A("cor-courts", "the coroner's office", ["coroner's office", "coroner"], "said", "predict", ["the question of who is paid would be settled separately"], h=True),
  A("par-hoped", "Ossian Pardewell", PAR, "said he hoped", "opinion", ["the three sides could still reach an agreement before then"]),
  A("par-ground", "Ossian Pardewell", PAR, "he said", "opinion", ["It has been in the ground for 1,100 years", "It can wait a few more months for lawyers"], q=True)],
 [D(["Strandling"], ["had given him written permission to search the whole farm in 2032"], "'contested that account, saying the permission she signed covered only the lower meadow, not the hill field' + 'I never once mentioned the hill' (told Yardstick Weekly)"),
  D(["Strandling"], ["the hoard lay about 30 metres inside its boundary"], "'said the suggestion was false and that the boundary had been fixed by a survey in 1987'"),
  D(["Pardewell"], ["about a dozen coins were missing when the finds were first counted"], "'called the claim untrue, saying he had handed every coin to the county finds officer within 48 hours' (against the anonymous team member)"),
  D(["Vennacott", "finds officer"], ["about a dozen coins were missing when the finds were first counted"], "second party, same claim, no cue word: 'I counted the coins myself on March 14, and there were 412'")],
 [{"match": ["member of the team"], "note": "a member of the excavation team, who asked that her name be withheld, told the history magazine Quernstone about a dozen coins were missing"}],
 [{"speaker": ["member of the team"], "outlets": ["Quernstone"], "note": "anonymous team member -> history magazine Quernstone -> this story"},
  {"speaker": ["Strandling"], "outlets": ["Yardstick Weekly"], "note": "the farmer -> farming paper Yardstick Weekly -> this story"},
  {"speaker": ["Mayhew"], "outlets": ["Wyncote Courier"], "note": "the estate's land agent -> Wyncote Courier -> this story"}],
 [S("Ossian Pardewell", ["a retired postman who has been detecting for 30 years"]), S("Mehitabel Strandling", ["the farmer"]), S("Rookhurst estate", ["which owns the woodland on the other side of the hedge"]), S("Tristram Mayhew", ["The estate's land agent"]), S("Siwan Vennacott", ["the county finds officer"]), S("Ysobel Quenton", ["The museum's keeper of coins"]), S("Treasure Valuation Panel", ["An independent body"]), S("Quernstone", ["the history magazine"]), S("Yardstick Weekly", ["the farming paper"]), S("Signal Ground", ["the detecting forum"])],
 ["about the year 870", "about 30 metres", "about a dozen", "at least 500,000 crowns", "about 120,000 crowns", "probably", "could", "if necessary", "usually"],
 [{"claim": ["the state could take the hoard without paying anyone"], "by": "the article itself ('It cannot: the museum must pay the full valuation before the coins become its property.')"}],
 ["the most important find in the county for a century"],
 [N("412", "silver coins"), N("870", "year buried, per the museum"), N("180,000 crowns", "panel valuation"), N("30 years", "Pardewell detecting"), N("March 9", "first coins found"), N("2032", "permission, per Pardewell"), N("30 metres", "inside the estate's boundary, per the estate"), N("1987", "boundary survey"), N("1911", "Strandling family farming since"), N("48 hours", "coins handed over, per Pardewell"), N("March 14", "count by the finds officer"), N("500,000 crowns", "dealer's value, per Pardewell"), N("2028", "comparable hoards since"), N("120,000 crowns", "raised by the museum"), N("October 3", "inquest"), N("1,100 years", "in the ground")],
 [CE(["after heavy ploughing brought them close to the surface"], ["found the first coins on March 9"]), CE(["Because of the dispute"], ["the museum cannot make a formal offer"])],
 ["HISTORY", "By Ursel Naismith, Heritage Correspondent", "Saturday 12 August 2034", "Photo: Some of the Wyncote Moor coins at the Ulverholm Museum", "Advertisement", "Sign up for our weekly history newsletter", "Read more: The greatest hoards found in the north"])

print("ALL OK" if ok else "PROBLEMS")
