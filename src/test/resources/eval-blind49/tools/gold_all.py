# Writes the six gold files of eval-blind49 and checks every string against its text (see goldlib.build).
from goldlib import A, D_ as D, N, CE, S, build
ok = True

# 1 library book-removal row (short)
CC = ["county council", "council", "Kemble"]
KEM = ["Kemble", "head of libraries", "council"]
CFB = ["Concerned Families of Brackenlow", "Concerned Families", "group", "Elverley"]
ELV = ["Elverley", "Concerned Families of Brackenlow", "group"]
CWC = ["Children's Writers' Circle", "Writers' Circle", "Circle", "Cadogan"]
CAD = ["Cadogan", "Children's Writers' Circle", "Circle"]
ok &= build("brackenlow-library-teen-books-removal-row", "short",
 "Original fictional library book-removal row (arts desk). Section label, byline, date line, 'Photo:' caption, 'Advertisement', newsletter prompt and 'Read more:' are noise. The lede's move of 38 books is the county council's (required assert). Denials: 'The council poured cold water on that, saying the list had arrived unasked in an email on January 9' (keyed by the reason clause, not the cue; against Elverley's asked-for-a-list claim); 'The council said they had been moved upstairs, not banned, and could still be borrowed ...' (plain said X-not-Y against the Circle's banned-outright claim); the head of libraries' two-sentence quote named once with a said-X inversion, no cue word: 'Nobody was given a deadline. Every one of the 38 books was read by two of our staff before it was moved' (both sentences deny the anonymous librarian's claim; the second is a positively worded rebuttal). Admission: 'The council accepted that it should have told readers before the books were moved' (required confirm). Pronoun-resolved: 'It said' (the council), 'she told Radio Brackenlow' (Cadogan), 'She said' (Elverley); short-name back-references 'The council', 'the Circle'. Anonymous: 'A librarian at the branch, who asked not to be named, told the Brackenlow Herald' (anonymous, hedged, via). Relay: Cadogan's split quote 'told Radio Brackenlow' (via). The Brackenlow Talks post's pulped claim is labelled false ('They have not been: ...'): required assert. Optional: 'Elverley would not say how many families belong to her group'.",
 [A("cc-38", "the county council", CC, "said", "assert", ["moved 38 books from its teenage shelves to the adult floor"]),
  A("cfb-stumble", "Concerned Families of Brackenlow, a parents' group", CFB, "said", "opinion", ["full of things no 13-year-old should stumble on"], q=True),
  A("elv-asked", "Annora Elverley, the group's chair", ELV, "said", "assert", ["the council had asked the group to send in a list"]),
  A("cc-unasked", "the county council", CC, "poured cold water on that, saying", "deny", ["the list had arrived unasked in an email on January 9"]),
  A("cwc-banned", "the Children's Writers' Circle", CWC, "said", "assert", ["the library had banned the books outright"]),
  A("cc-upstairs", "the county council", CC, "said", "deny", ["moved upstairs, not banned", "could still be borrowed by readers of any age"], h=True),
  A("lib-week", "a librarian at the branch (anonymous)", ["librarian"], "told the Brackenlow Herald", "assert", ["staff had been given a week to clear the shelves", "had not been allowed to read the books first"], h=True, anon=True, via=["Brackenlow Herald"]),
  A("kem-deadline", "Iestyn Kemble, the council's head of libraries", KEM, "said the council's head of libraries, Iestyn Kemble", "deny", ["Nobody was given a deadline"], q=True),
  A("kem-read", "Iestyn Kemble", KEM, "(second sentence of the same quote)", "deny", ["Every one of the 38 books was read by two of our staff"], q=True),
  A("cc-accepted", "the county council", CC, "accepted that", "confirm", ["it should have told readers before the books were moved"]),
  A("cc-june", "the county council", CC, "It said", "predict", ["the list would be looked at again in June"]),
  A("post-pulped", "a post on the forum Brackenlow Talks", ["Brackenlow Talks", "post", "forum"], "claimed", "assert", ["the books had been pulped"]),
  A("cad-worse", "Dilys Cadogan, who chairs the Circle", CAD, "said", "opinion", ["the move had left young readers worse off"]),
  A("cad-hide", "Dilys Cadogan", CAD, "she told Radio Brackenlow (split quote)", "opinion", ["Moving a book upstairs is how you hide it", "a hidden book is a banned book in all but name"], q=True, via=["Radio Brackenlow"]),
  A("elv-families", "Annora Elverley", ELV, "would not say", "assert", ["how many families belong to her group"], req=False),
  A("elv-quarrel", "Annora Elverley", ELV, "She said", "assert", ["no quarrel with librarians"], q=True)],
 [D(["county council", "council"], ["the council had asked the group to send in a list"], "'The council poured cold water on that, saying the list had arrived unasked in an email on January 9'"),
  D(["county council", "council"], ["the library had banned the books outright"], "plain said X-not-Y: 'they had been moved upstairs, not banned, and could still be borrowed by readers of any age'"),
  D(["Kemble", "head of libraries"], ["staff had been given a week to clear the shelves"], "two-sentence quote with no cue word: 'Nobody was given a deadline. Every one of the 38 books was read by two of our staff before it was moved' (against the anonymous librarian)")],
 [{"match": ["librarian"], "note": "a librarian at the branch, who asked not to be named, told the Brackenlow Herald staff had a week to clear the shelves and could not read the books first"}],
 [{"speaker": ["librarian"], "outlets": ["Brackenlow Herald"], "note": "anonymous librarian -> Brackenlow Herald -> this story"},
  {"speaker": ["Cadogan"], "outlets": ["Radio Brackenlow"], "note": "Circle chair -> Radio Brackenlow -> this story"}],
 [S("Concerned Families of Brackenlow", ["a parents' group"]), S("Annora Elverley", ["Its chair"]), S("Children's Writers' Circle", ["which speaks for about 400 authors"]), S("Iestyn Kemble", ["the council's head of libraries"]), S("Dilys Cadogan", ["who chairs the Circle"]), S("Brackenlow Talks", ["the forum"])],
 ["about 400 authors", "could still be borrowed"],
 [{"claim": ["the books had been pulped"], "by": "the article itself ('They have not been: all 38 are on the second floor and can be borrowed.')"}],
 ["full of things no 13-year-old should stumble on", "a hidden book is a banned book in all but name"],
 [N("38 books", "moved off the teenage shelves"), N("13-year-old", "in the group's quote"), N("January 9", "list arrived, per the council"), N("about 400 authors", "Circle membership"), N("two of our staff", "read each book, per Kemble")],
 [CE(["after complaints from a parents' group"], ["has moved 38 books from its teenage shelves to the adult floor"])],
 ["BOOKS AND ARTS", "By Gwyneira Blethyn, Arts Reporter", "Tuesday 4 March 2034", "Photo: The teenage section at Brackenlow Central Library", "Advertisement", "Sign up for our Friday culture newsletter", "Read more: Who decides what goes on a library shelf?"])

# 2 water-bill price rise (short)
ASH = ["Ashgill Water", "Ashgill", "firm", "Ackroyd"]
KBP = ["Keldholme Bill Payers", "Bill Payers", "group", "Lumb"]
LUM = ["Lumb", "chair", "Keldholme Bill Payers", "group"]
WCB = ["Water Charges Board", "board"]
ACK = ["Ackroyd", "customer director", "Ashgill"]
ok &= build("ashgill-water-bill-price-rise", "short",
 "Original fictional water-bill price-rise story (household money desk). Section label, byline, date line, 'Photo:' caption, 'Advertisement', newsletter prompt and 'Read more:' are noise. Denials: 'Ashgill said the figure bore no relation to its accounts and that it had paid no dividend since 2031' (content-less verdict: keyed by the reason clause only, never by 'bore no relation'; against the Bill Payers' shareholders figure); 'The Water Charges Board ... backed the company on that point: its own audit found no dividend payments in the last three years' (second party, same claim; positively worded rebuttal after a content-less lead-in: deny, keyed by the clause after the colon); 'The firm said that was simply untrue, and that 9,000 lead pipes would be replaced in 2034' (against the anonymous engineer; keyed by the reason clause); the customer director's two-sentence quote named once with a said-X inversion 'No customer on a meter will pay more than 14 percent extra. The meter shows what each home uses' (no cue word; first sentence deny against Lumb's meters claim, second counter-evidence assert). Admission: 'Ashgill admitted that about 1,200 customers had been sent bills at the wrong rate in January' (required confirm). Pronoun-resolved: 'It said' (Ashgill, refunds); short-name back-references 'The firm', 'Ashgill', 'the group's chair', 'The board'. Anonymous: 'An engineer at the firm, who asked not to be named, told the Ashgill Courier' (anonymous, hedged, via). Split quote: Lumb's 'People are being asked to pay more for less,' said the group's chair, Berwyn Lumb, 'and ...' (said-X inversion). The Ashgill Won't Pay leaflet's no-action claim is labelled false ('That is not true: ...'): required assert. 'The board will publish its decision on March 20' is the article's own voice (no entry).",
 [A("ash-612", "Ashgill Water", ASH, "said", "predict", ["go up to 612 crowns a year from April"]),
  A("ash-electricity", "Ashgill Water", ASH, "said ... because", "assert", ["the price of electricity for its 140 pumping stations had almost doubled since 2032"], h=True),
  A("kbp-40", "the Keldholme Bill Payers group", KBP, "said", "assert", ["about 40 crowns of every bill would go to shareholders"], h=True),
  A("ash-dividend", "Ashgill Water", ASH, "said the figure bore no relation to its accounts and that", "deny", ["it had paid no dividend since 2031"]),
  A("wcb-audit", "the Water Charges Board", WCB, "backed the company on that point:", "deny", ["its own audit found no dividend payments in the last three years"]),
  A("lum-split", "Berwyn Lumb, the group's chair", LUM, "said the group's chair, Berwyn Lumb (split quote)", "opinion", ["People are being asked to pay more for less", "nobody at Ashgill has explained where the money goes"], q=True),
  A("eng-halved", "an engineer at the firm (anonymous)", ["engineer"], "told the Ashgill Courier", "assert", ["the programme to replace lead pipes had been cut by half this year"], h=True, anon=True, via=["Ashgill Courier"]),
  A("ash-9000", "Ashgill Water", ASH, "said that was simply untrue, and that", "deny", ["9,000 lead pipes would be replaced in 2034"]),
  A("lum-meters", "Berwyn Lumb", LUM, "also said", "predict", ["households on meters would be hit hardest"]),
  A("ack-14", "Delyth Ackroyd, Ashgill's customer director", ACK, "said Ashgill's customer director, Delyth Ackroyd", "deny", ["No customer on a meter will pay more than 14 percent extra"], q=True),
  A("ack-shows", "Delyth Ackroyd", ACK, "(second sentence of the same quote)", "assert", ["The meter shows what each home uses"], q=True),
  A("ash-1200", "Ashgill Water", ASH, "admitted that", "confirm", ["about 1,200 customers had been sent bills at the wrong rate in January"], h=True),
  A("ash-refund", "Ashgill Water", ASH, "It said", "predict", ["all of them would get a refund by the end of March"]),
  A("leaflet-noaction", "a leaflet from a group calling itself Ashgill Won't Pay", ["Ashgill Won't Pay", "leaflet"], "claimed", "assert", ["customers who stopped paying would face no action"])],
 [D(["Ashgill"], ["about 40 crowns of every bill would go to shareholders"], "'Ashgill said the figure bore no relation to its accounts and that it had paid no dividend since 2031'"),
  D(["Water Charges Board", "board"], ["about 40 crowns of every bill would go to shareholders"], "second party, same claim: 'backed the company on that point: its own audit found no dividend payments in the last three years'"),
  D(["Ashgill", "firm"], ["the programme to replace lead pipes had been cut by half this year"], "'The firm said that was simply untrue, and that 9,000 lead pipes would be replaced in 2034' (against the anonymous engineer)"),
  D(["Ackroyd", "customer director"], ["households on meters would be hit hardest"], "quote with no cue word: 'No customer on a meter will pay more than 14 percent extra'")],
 [{"match": ["engineer"], "note": "an engineer at the firm, who asked not to be named, told the Ashgill Courier the lead-pipe programme had been cut by half"}],
 [{"speaker": ["engineer"], "outlets": ["Ashgill Courier"], "note": "anonymous engineer -> Ashgill Courier -> this story"}],
 [S("Water Charges Board", ["which must approve the rise"]), S("Berwyn Lumb", ["the group's chair"]), S("Delyth Ackroyd", ["Ashgill's customer director"]), S("Ashgill Won't Pay", ["a group calling itself"])],
 ["about 40 crowns", "almost doubled", "about 1,200"],
 [{"claim": ["customers who stopped paying would face no action"], "by": "the article itself ('That is not true: unpaid bills can be passed to debt collectors and taken to court ...')"}],
 ["pay more for less"],
 [N("612 crowns", "average yearly bill from April"), N("14 percent", "rise"), N("140 pumping stations", "Ashgill's"), N("2032", "electricity price base year"), N("about 40 crowns", "per bill to shareholders, per the group"), N("2031", "last dividend, per Ashgill"), N("9,000 lead pipes", "to be replaced in 2034, per Ashgill"), N("about 1,200 customers", "wrong bills in January"), N("March 20", "board decision")],
 [CE(["because the price of electricity for its 140 pumping stations had almost doubled since 2032"], ["the rise was needed"])],
 ["HOUSEHOLD MONEY", "By Eilidh Jagger, Consumer Affairs Reporter", "Friday 14 February 2034", "Photo: A pumping station beside Keldholme reservoir", "Advertisement", "Get our weekly money-saving newsletter", "Read more: How water bills are set"])

# 3 school-closure consultation (medium)
HCC = ["Harrowdale County Council", "council", "Goscombe"]
DOC = ["consultation document", "document", "council"]
KGL = ["Keep Glenholt Learning", "campaign", "Gillibrand"]
GIL = ["Gillibrand", "Keep Glenholt Learning", "campaign"]
GOS = ["Goscombe", "cabinet member for schools", "council"]
HAW = ["Haworth", "headteacher", "Inchbeck"]
ok &= build("glenholt-primary-school-closure-consultation", "medium",
 "Original fictional school-closure consultation story (education desk). Section label, byline, date line, 'Photo:' caption, 'Advertisement', newsletter prompt and 'Read more:' are noise. The lede (consultation opened) is the article's own voice: no entry; 'about 200 people came to a meeting', 'It had expected 39 pupils at Glenholt in September, and 46 turned up' and 'The consultation closes on December 3' are also the article's voice. The consultation document is a document source ('according to figures in', 'The document says', 'It puts ... down to', 'the document says', 'it says'): required entries. Denials: 'The council pushed back, saying no decision would be taken until its cabinet met on December 11' + the cabinet member's two-sentence quote named once with a said-X inversion ('Nothing has been decided' deny; 'I have not yet seen a single recommendation from officers' counter-evidence assert) against Gillibrand's behind-closed-doors claim; 'The council said the bus journey would take about 15 minutes, not an hour, and that it would pay for the bus' (X-not-Y; one entry, two keys); the Inchbeck headteacher's split quote '\"No class at Inchbeck will have more than 30 children,\" said its headteacher, Jestyn Haworth, \"and I have told every parent that in writing.\"' (first part deny with no cue word, second part assert) and 'The council said there was no truth in the Echo's report, and that Inchbeck had room for 70 more pupils ...' (second party, same claim; content-less verdict keyed by its object 'the Echo's report' plus the reason) against the anonymous teacher. Admission: 'The council conceded that its forecast for this year had been wrong' (required confirm). Pronoun-resolved: 'She added' (Goscombe), 'She said' (Gillibrand), 'it says' (the document); short-name back-references 'The council', 'The document', 'the Echo's report'. Anonymous: 'A teacher at Glenholt, who asked that she not be identified, told the Harrowdale Echo' (anonymous, hedged, via). Relay: Gillibrand 'told Harrowdale Sound' (via). The Glenholt Parents Chat message's playing-field claim is labelled false ('It has not: ...'): required assert. Optional: 'The council would not say whether other village schools were being looked at'.",
 [A("doc-46", "figures in the consultation document", DOC + ["figures"], "according to figures in", "assert", ["The school has 46 pupils, down from 88 in 2028"]),
  A("doc-31", "Harrowdale County Council (the consultation document)", DOC + ["figures"], "expects ..., according to figures in", "predict", ["the roll to fall to about 31 by 2037"], h=True),
  A("doc-save", "the consultation document", DOC, "says", "predict", ["closing the school could save about 310,000 crowns a year"], h=True),
  A("doc-prices", "the consultation document", DOC, "It puts the fall down to house prices, saying", "assert", ["fewer young families can afford to live in the village"]),
  A("doc-215", "the consultation document", DOC, "the document says", "assert", ["has 142 pupils and room for 215"]),
  A("doc-roof", "the consultation document", DOC, "it says", "predict", ["will need a new roof within five years", "at a cost of about 180,000 crowns"], h=True),
  A("gil-agreed", "Briallen Gillibrand, chair of Keep Glenholt Learning", GIL, "said", "assert", ["the closure had been agreed behind closed doors in June"]),
  A("hcc-cabinet", "Harrowdale County Council", HCC, "pushed back, saying", "deny", ["no decision would be taken until its cabinet met on December 11"]),
  A("gos-nothing", "Elswyth Goscombe, the cabinet member for schools", GOS, "said the cabinet member for schools, Elswyth Goscombe", "deny", ["Nothing has been decided"], q=True),
  A("gos-officers", "Elswyth Goscombe", GOS, "(second sentence of the same quote)", "assert", ["I have not yet seen a single recommendation from officers"], q=True),
  A("gos-published", "Elswyth Goscombe", GOS, "She added", "predict", ["every response to the consultation would be published"]),
  A("gil-hour", "Briallen Gillibrand", GIL, "also said", "predict", ["the journey to Inchbeck would take an hour each way on winter roads"]),
  A("hcc-15", "Harrowdale County Council", HCC, "said", "deny", ["about 15 minutes, not an hour", "it would pay for the bus"], h=True),
  A("tch-34", "a teacher at Glenholt (anonymous)", ["teacher at Glenholt", "teacher"], "told the Harrowdale Echo", "assert", ["parents at Inchbeck had been warned their children's classes would grow to 34"], h=True, anon=True, via=["Harrowdale Echo"]),
  A("haw-30", "Jestyn Haworth, headteacher of Inchbeck Primary", HAW, "said its headteacher, Jestyn Haworth (split quote)", "deny", ["No class at Inchbeck will have more than 30 children"], q=True),
  A("haw-writing", "Jestyn Haworth", HAW, "(second part of the split quote)", "assert", ["I have told every parent that in writing"], q=True),
  A("hcc-echo", "Harrowdale County Council", HCC, "said there was no truth in ..., and that", "deny", ["the Echo's report", "Inchbeck had room for 70 more pupils without opening a new class"]),
  A("hcc-forecast", "Harrowdale County Council", HCC, "conceded that", "confirm", ["its forecast for this year had been wrong"]),
  A("chat-field", "a message shared in the Glenholt Parents Chat group", ["Glenholt Parents Chat", "message", "Chat group"], "said", "assert", ["the school's playing field had already been sold to a housebuilder"]),
  A("gil-dying", "Briallen Gillibrand", GIL, "told Harrowdale Sound", "opinion", ["A village without a school is a village that is slowly dying"], q=True, via=["Harrowdale Sound"]),
  A("gil-survey", "Briallen Gillibrand", GIL, "She said", "predict", ["the campaign would run its own survey of every family with children under five"]),
  A("hcc-other", "Harrowdale County Council", HCC, "would not say", "assert", ["whether other village schools were being looked at"], req=False)],
 [D(["Harrowdale County Council", "council", "Goscombe"], ["the closure had been agreed behind closed doors in June"], "'The council pushed back, saying no decision would be taken until its cabinet met on December 11' + Goscombe's 'Nothing has been decided'"),
  D(["council"], ["the journey to Inchbeck would take an hour each way on winter roads"], "X-not-Y: 'the bus journey would take about 15 minutes, not an hour'"),
  D(["Haworth", "headteacher"], ["parents at Inchbeck had been warned their children's classes would grow to 34"], "split quote with no cue word: 'No class at Inchbeck will have more than 30 children'"),
  D(["council"], ["parents at Inchbeck had been warned their children's classes would grow to 34"], "second party, same claim: 'The council said there was no truth in the Echo's report, and that Inchbeck had room for 70 more pupils without opening a new class'")],
 [{"match": ["teacher at Glenholt"], "note": "a teacher at Glenholt, who asked that she not be identified, told the Harrowdale Echo Inchbeck parents had been warned of classes of 34"}],
 [{"speaker": ["teacher at Glenholt"], "outlets": ["Harrowdale Echo"], "note": "anonymous teacher -> Harrowdale Echo -> this story"},
  {"speaker": ["Gillibrand"], "outlets": ["Harrowdale Sound"], "note": "campaign chair -> Harrowdale Sound -> this story"}],
 [S("Briallen Gillibrand", ["Its chair"]), S("Elswyth Goscombe", ["the cabinet member for schools"]), S("Jestyn Haworth", ["its headteacher"]), S("Keep Glenholt Learning", ["a campaign"]), S("Glenholt Parents Chat", ["group"])],
 ["about 31", "could save about 310,000 crowns", "mostly", "about 180,000 crowns", "about 15 minutes", "about 200 people"],
 [{"claim": ["the school's playing field had already been sold to a housebuilder"], "by": "the article itself ('It has not: the field belongs to a village trust, and the council has no power to sell it.')"}],
 ["behind closed doors", "slowly dying"],
 [N("46 pupils", "on the roll"), N("88 in 2028", "roll in 2028"), N("about 31 by 2037", "forecast roll"), N("about 310,000 crowns", "yearly saving"), N("142 pupils", "at Inchbeck"), N("about 180,000 crowns", "new roof"), N("December 11", "cabinet meeting"), N("about 15 minutes", "bus journey, per the council"), N("34", "class size, per the anonymous teacher"), N("30 children", "class cap, per Haworth"), N("70 more pupils", "room at Inchbeck, per the council"), N("39 pupils", "forecast for September"), N("December 3", "consultation closes")],
 [CE(["fewer young families can afford to live in the village"], ["the fall"]), CE(["closing the school"], ["could save about 310,000 crowns a year"])],
 ["EDUCATION", "By Bronach Leverett, Education Correspondent", "Wednesday 8 October 2034", "Photo: Pupils leaving Glenholt Primary School at the end of the day", "Advertisement", "Sign up for our weekly schools newsletter", "Read more: Why small schools are closing across the county"])

# 4 bird-flu outbreak on a poultry farm (medium)
MIN = ["Ministry of Agriculture", "ministry", "Aysgarth"]
AYS = ["Aysgarth", "chief vet", "ministry"]
COB = ["Cobbledene Farm", "Cobbledene", "farm", "Elphick", "Ilkley"]
ELP = ["Elphick", "owner", "Cobbledene"]
ILK = ["Ilkley", "farm's manager", "manager", "Cobbledene"]
CHW = ["Cleasby Hen Watch", "Hen Watch", "welfare group"]
GFU = ["Grassington Farmers' Union", "union", "Burnsall"]
BUR = ["Burnsall", "poultry chair", "union"]
ok &= build("cobbledene-farm-bird-flu-outbreak", "medium",
 "Original fictional bird-flu outbreak story (agriculture desk). Section label, byline, date line, 'Photo:' caption, 'Advertisement', newsletter prompt and 'Read more:' are noise. The lede's cull is the ministry's ('the Ministry of Agriculture said on Friday'; required predict). Denials: 'Cobbledene flatly contradicted that, saying every shed had been netted since October and checked twice a week' (keyed by the reason clause; against Cleasby Hen Watch's ignored-warnings claim) + the chief vet's 'her inspectors had found the netting whole on a visit on November 2' (second party, same claim; positively worded rebuttal: deny); the farm manager's two-sentence quote named once with a said-X inversion, no cue word: 'We rang the ministry within an hour of finding the first dead hens' (deny, against the anonymous worker) + 'The call log shows it at 6.40 on Tuesday morning' (counter-evidence: assert); 'The ministry dismissed that as scaremongering, saying no egg had left the farm since the disease was confirmed on Tuesday' (keyed by the reason clause; against the councillor's eggs-on-sale claim). Admission: 'Elphick did accept that a feed lorry had driven onto the site on Monday without going through the wheel wash' (required confirm). Pronoun-resolved: 'it said' (the ministry: keepers indoors), 'She added' (Elphick); short-name back-references 'Cobbledene', 'The ministry', 'the union'. Anonymous: 'One worker, who did not want to be named, told the farming paper Hedgerow Weekly' (anonymous, hedged, via). Split quote with said-X inversion: the union's poultry chair, Ithel Burnsall. 'according to the union' is a required hedged predict. The Henkeepers' Corner thread's backyard-cull claim is labelled false ('They will not: ...'): required assert. Optional: 'Cleasby Hen Watch would not say who had sent it the warnings about wild ducks'.",
 [A("min-cull", "the Ministry of Agriculture", MIN, "said", "predict", ["all 42,000 hens on the site will be culled"]),
  A("min-indoors", "the Ministry of Agriculture", MIN, "it said", "assert", ["Keepers within 3 kilometres of the farm must keep their birds indoors", "poultry cannot be moved in or out of a wider 10-kilometre zone without a licence"]),
  A("elp-300", "Ardith Elphick, the farm's owner", ELP, "said", "assert", ["about 300 hens died in two sheds over two days"], h=True),
  A("min-21", "the Ministry of Agriculture", MIN, "said", "predict", ["the cull would take about four days", "left empty for at least 21 days"], h=True),
  A("elp-hammer", "Ardith Elphick", ELP, "said", "opinion", ["a hammer blow"], q=True),
  A("chw-ducks", "the animal welfare group Cleasby Hen Watch", CHW, "said", "assert", ["the farm had ignored warnings that wild ducks were getting into its sheds"]),
  A("cob-netted", "Cobbledene Farm", COB, "flatly contradicted that, saying", "deny", ["every shed had been netted since October and checked twice a week"]),
  A("ays-netting", "Dr Heledd Aysgarth, the ministry's chief vet", AYS, "said", "deny", ["her inspectors had found the netting whole on a visit on November 2"]),
  A("wrk-week", "one worker at the farm (anonymous)", ["worker"], "told the farming paper Hedgerow Weekly", "assert", ["sick birds had been seen in one shed a week before the farm rang the ministry"], h=True, anon=True, via=["Hedgerow Weekly"]),
  A("ilk-hour", "Geraint Ilkley, the farm's manager", ILK, "said the farm's manager, Geraint Ilkley", "deny", ["We rang the ministry within an hour of finding the first dead hens"], q=True),
  A("ilk-log", "Geraint Ilkley", ILK, "(second sentence of the same quote)", "assert", ["The call log shows it at 6.40 on Tuesday morning"], q=True),
  A("elp-lorry", "Ardith Elphick", ELP, "did accept that", "confirm", ["a feed lorry had driven onto the site on Monday without going through the wheel wash"]),
  A("elp-banned", "Ardith Elphick", ELP, "She added", "assert", ["the driver had since been banned from the farm"]),
  A("ben-eggs", "Carwyn Benthall, a district councillor", ["Benthall", "councillor"], "said", "assert", ["eggs from Cobbledene were still on sale in Eskerby shops on Thursday"]),
  A("min-scare", "the Ministry of Agriculture", MIN, "dismissed that as scaremongering, saying", "deny", ["no egg had left the farm since the disease was confirmed on Tuesday"]),
  A("ays-safe", "Dr Heledd Aysgarth", AYS, "said", "assert", ["properly cooked eggs and chicken were safe to eat", "very low"]),
  A("gfu-60", "the Grassington Farmers' Union", GFU, "said", "assert", ["about 60 farms in the county had already kept their birds indoors since October"], h=True),
  A("bur-sky", "Ithel Burnsall, the union's poultry chair", BUR, "said the union's poultry chair, Ithel Burnsall (split quote)", "opinion", ["Every keeper in this county is watching the sky", "hoping the ducks fly somewhere else"], q=True),
  A("gfu-250k", "the Grassington Farmers' Union", GFU, "according to the union", "predict", ["Cobbledene could receive about 250,000 crowns"], h=True),
  A("thread-backyard", "a thread on the forum Henkeepers' Corner", ["Henkeepers' Corner", "thread", "forum"], "claimed", "assert", ["every backyard hen within 10 kilometres would be killed"]),
  A("chw-nosay", "Cleasby Hen Watch", CHW, "would not say", "assert", ["who had sent it the warnings about wild ducks"], req=False)],
 [D(["Cobbledene"], ["the farm had ignored warnings that wild ducks were getting into its sheds"], "'Cobbledene flatly contradicted that, saying every shed had been netted since October and checked twice a week'"),
  D(["Aysgarth", "chief vet"], ["the farm had ignored warnings that wild ducks were getting into its sheds"], "second party, same claim, positively worded: 'her inspectors had found the netting whole on a visit on November 2'"),
  D(["Ilkley", "farm's manager"], ["sick birds had been seen in one shed a week before the farm rang the ministry"], "quote with no cue word: 'We rang the ministry within an hour of finding the first dead hens' (against the anonymous worker)"),
  D(["ministry"], ["eggs from Cobbledene were still on sale in Eskerby shops on Thursday"], "'The ministry dismissed that as scaremongering, saying no egg had left the farm since the disease was confirmed on Tuesday'")],
 [{"match": ["worker"], "note": "one worker, who did not want to be named, told the farming paper Hedgerow Weekly sick birds were seen a week before the farm rang the ministry"}],
 [{"speaker": ["worker"], "outlets": ["Hedgerow Weekly"], "note": "anonymous worker -> Hedgerow Weekly -> this story"}],
 [S("Ardith Elphick", ["the farm's owner"]), S("Cleasby Hen Watch", ["The animal welfare group"]), S("Heledd Aysgarth", ["The ministry's chief vet"]), S("Hedgerow Weekly", ["the farming paper"]), S("Geraint Ilkley", ["the farm's manager"]), S("Carwyn Benthall", ["A district councillor"]), S("Ithel Burnsall", ["the union's poultry chair"]), S("Henkeepers' Corner", ["the forum"])],
 ["about 300 hens", "about four days", "at least 21 days", "about 60 farms", "could receive about 250,000 crowns", "according to the union"],
 [{"claim": ["every backyard hen within 10 kilometres would be killed"], "by": "the article itself ('They will not: only the birds at Cobbledene are being culled ...')"}],
 ["a hammer blow", "scaremongering"],
 [N("42,000 hens", "to be culled"), N("3 kilometres", "indoor zone"), N("10-kilometre zone", "movement licence zone"), N("about 300 hens", "died in two days"), N("at least 21 days", "sheds left empty"), N("1961", "family farming since"), N("14 staff", "at the farm"), N("November 2", "ministry visit"), N("6.40 on Tuesday morning", "call to the ministry, per Ilkley"), N("about 60 farms", "birds indoors since October, per the union"), N("about 250,000 crowns", "possible compensation, per the union")],
 [CE(["after about 300 hens died in two sheds over two days"], ["The disease was found"]), CE(["because wild birds were carrying the virus along the coast"], ["had already kept their birds indoors since October"])],
 ["AGRICULTURE", "By Aderyn Hilbery, Agriculture Correspondent", "Saturday 15 November 2034", "Photo: Ministry staff in protective suits at the gate of Cobbledene Farm", "Advertisement", "Get our weekly farming newsletter", "Read more: How a bird flu zone works"])

# 5 football-stadium safety certificate (long)
BBC = ["Bressingham Borough Council", "council", "Farnhill"]
FAR = ["Farnhill", "head of licensing", "council"]
CTC = ["Cottesmore Town", "club", "Grimshaw", "Cononley"]
GRI = ["Grimshaw", "chairman", "Cottesmore Town", "club"]
TRU = ["Cottesmore Town Supporters' Trust", "Supporters' Trust", "trust", "Embsay"]
EMB = ["Embsay", "Supporters' Trust", "trust"]
GAR = ["Gargrave", "lead engineer", "Hathercote"]
CON = ["Cononley", "safety officer", "club"]
ok &= build("cottesmore-town-elmcroft-park-safety-certificate", "long",
 "Original fictional football-stadium safety-certificate story (football desk). Section label, byline, date line, 'Photo:' caption, 'Advertisement', newsletter prompt and 'Read more:' are noise. The lede (capacity cut to 4,200) and 'Elmcroft Park was built in 1921 ...' are the article's own voice (no entry); 'Two other clubs in the league have reportedly asked Hathercote ...' is a hedge with no source (no entry, as eval-blind46's 'reportedly pressing'). 'According to the report' is a document source (required hedged assert). Denials: 'The council said the club had been sent the report on September 12, six weeks before the decision, not two days' (plain said X-not-Y against Grimshaw's 48 hours); 'The club was having none of it, saying the rust had first been found in a survey in August this year' (keyed by the reason clause; against the supporters' trust's since-2031 claim) + Hathercote's lead engineer 'told the Cottesmore Echo that the firm's previous inspection of the roof, in May 2033, had found the steel sound' (second party, same claim; positively worded rebuttal, named, via; 'Hathercote Structural, the firm that carried out the survey, backed the club' is a content-less lead-in: no entry); the safety officer's two-sentence quote named once with a said-X inversion: 'Not a single person sat in the East Stand on Saturday' (no cue word: deny, against the anonymous steward) + 'I walked every row of it myself at half-time' (counter-evidence: assert). Admission: 'Grimshaw acknowledged that a repainting of the roof, planned for 2034, had been put off to pay for new floodlights' (required confirm). Pronoun-resolved: 'it said' (the council), 'He added' (Farnhill; Grimshaw), 'It said' (the club), 'he said' (Grimshaw), 'she said' (Embsay); short-name back-references 'The council', 'The club', 'Town's chairman', 'the trust', 'The league'. Anonymous: 'A steward at the ground, who asked not to be named, told the Cottesmore Echo' (anonymous, hedged, via). Relays: Gargrave to the Cottesmore Echo, Grimshaw to Radio Cottesmore (via). Split quotes: Grimshaw's '\"We will fix the roof,\" Grimshaw said, \"but ...\"' and Embsay's. The Elmcroft Terrace Talk thread's thrown-out claim is labelled false ('It will not: ...'): required assert. Optional: 'The club would not say whether its insurance covered the roof'.",
 [A("bbc-corroded", "Bressingham Borough Council", BBC, "said it had acted after", "assert", ["an engineer's report found corroded steel in the roof of the East Stand"]),
  A("bbc-closed", "Bressingham Borough Council", BBC, "it said", "predict", ["The stand will stay closed until its roof has been repaired"]),
  A("rep-trusses", "the engineer's report", ["report"], "According to the report", "assert", ["five of the 14 steel trusses that hold up the roof have lost up to a third of their thickness to rust"], h=True),
  A("gri-48", "Hubert Grimshaw, Town's chairman", GRI, "said", "assert", ["the club had been given only 48 hours to answer the report"]),
  A("bbc-six-weeks", "Bressingham Borough Council", BBC, "said", "deny", ["the club had been sent the report on September 12", "six weeks before the decision, not two days"]),
  A("far-lightly", "Digby Farnhill, the council's head of licensing", FAR, "said the council's head of licensing, Digby Farnhill", "opinion", ["We do not cut a certificate lightly"], q=True),
  A("far-wind", "Digby Farnhill", FAR, "(second sentence of the same quote)", "opinion", ["I will not sign off a roof that engineers tell me could fail in a high wind"], q=True),
  A("far-plan", "Digby Farnhill", FAR, "He added", "predict", ["the certificate would be looked at again as soon as the club sent in a repair plan"]),
  A("ctc-3100", "Cottesmore Town", CTC, "the club said", "predict", ["about 3,100 season-ticket holders whose seats are in the East Stand will be moved"], h=True),
  A("ctc-40000", "Cottesmore Town", CTC, "It said", "predict", ["lose about 40,000 crowns in ticket money at every home game"], h=True),
  A("tru-2031", "the Cottesmore Town Supporters' Trust", TRU, "said", "assert", ["the club had known about the rust since 2031 and had done nothing about it"]),
  A("emb-right", "Angharad Embsay, the trust's chair", EMB, "said", "opinion", ["a right to know what the board knew, and when"], q=True),
  A("ctc-august", "Cottesmore Town", CTC, "was having none of it, saying", "deny", ["the rust had first been found in a survey in August this year"]),
  A("gar-sound", "Kester Gargrave, Hathercote Structural's lead engineer", GAR, "told the Cottesmore Echo", "deny", ["the firm's previous inspection of the roof, in May 2033, had found the steel sound"], via=["Cottesmore Echo"]),
  A("gri-paint", "Hubert Grimshaw", GRI, "acknowledged that", "confirm", ["a repainting of the roof, planned for 2034, had been put off to pay for new floodlights"]),
  A("gri-joints", "Hubert Grimshaw", GRI, "He added", "assert", ["fresh paint would not have stopped rust that was already inside the joints"]),
  A("stw-200", "a steward at the ground (anonymous)", ["steward"], "told the Cottesmore Echo", "assert", ["about 200 fans had been let into the closed stand during Saturday's match against Cracoe Rovers"], h=True, anon=True, via=["Cottesmore Echo"]),
  A("con-single", "Llinos Cononley, the club's safety officer", CON, "said the club's safety officer, Llinos Cononley", "deny", ["Not a single person sat in the East Stand on Saturday"], q=True),
  A("con-walked", "Llinos Cononley", CON, "(second sentence of the same quote)", "assert", ["I walked every row of it myself at half-time"], q=True),
  A("gri-1-8m", "Hubert Grimshaw", GRI, "told Radio Cottesmore", "predict", ["the repairs could cost up to 1.8 million crowns"], h=True, via=["Radio Cottesmore"]),
  A("gri-fortnight", "Hubert Grimshaw", GRI, "Grimshaw said (split quote)", "predict", ["We will fix the roof", "nobody can fix a roof like that in a fortnight"], q=True),
  A("gri-banks", "Hubert Grimshaw", GRI, "said", "assert", ["the club had spoken to two banks and to the league about a loan"]),
  A("gri-second", "Hubert Grimshaw", GRI, "he said", "predict", ["a second engineering firm to look at the roof", "expects its report within a month"]),
  A("ctc-insurance", "Cottesmore Town", CTC, "would not say", "assert", ["whether its insurance covered the roof"], req=False),
  A("thread-christmas", "a thread on the fan forum Elmcroft Terrace Talk", ["Elmcroft Terrace Talk", "thread", "fan forum", "forum"], "claimed", "assert", ["the club would be thrown out of the Ellesmoor Football League if the stand was not open again by Christmas"]),
  A("lea-elsewhere", "the Ellesmoor Football League", ["Ellesmoor Football League", "league"], "said", "predict", ["would not ask Cottesmore to play its home games anywhere else"]),
  A("tru-publish", "the Cottesmore Town Supporters' Trust", TRU, "said it would", "predict", ["ask the council to publish the engineer's report in full"]),
  A("bbc-publish", "Bressingham Borough Council", BBC, "said", "predict", ["once the club had seen the final version, probably next week"], h=True),
  A("emb-meeting", "Angharad Embsay", EMB, "said", "predict", ["hold an open meeting for fans at the Elmcroft Park social club on November 4"]),
  A("emb-sink", "Angharad Embsay", EMB, "she said (split quote)", "opinion", ["We are not here to sink the club", "we are not here to pretend everything is fine either"], q=True)],
 [D(["council"], ["the club had been given only 48 hours to answer the report"], "plain said X-not-Y: 'the club had been sent the report on September 12, six weeks before the decision, not two days'"),
  D(["club", "Cottesmore Town"], ["the club had known about the rust since 2031 and had done nothing about it"], "'The club was having none of it, saying the rust had first been found in a survey in August this year'"),
  D(["Gargrave", "Hathercote"], ["the club had known about the rust since 2031 and had done nothing about it"], "second party, same claim, positively worded, told the Cottesmore Echo: 'the firm's previous inspection of the roof, in May 2033, had found the steel sound'"),
  D(["Cononley", "safety officer"], ["about 200 fans had been let into the closed stand during Saturday's match against Cracoe Rovers"], "quote with no cue word: 'Not a single person sat in the East Stand on Saturday' (against the anonymous steward)")],
 [{"match": ["steward"], "note": "a steward at the ground, who asked not to be named, told the Cottesmore Echo about 200 fans were let into the closed stand"}],
 [{"speaker": ["steward"], "outlets": ["Cottesmore Echo"], "note": "anonymous steward -> Cottesmore Echo -> this story"},
  {"speaker": ["Gargrave"], "outlets": ["Cottesmore Echo"], "note": "Hathercote's lead engineer -> Cottesmore Echo -> this story"},
  {"speaker": ["Grimshaw"], "outlets": ["Radio Cottesmore"], "note": "club chairman -> Radio Cottesmore -> this story"}],
 [S("Hubert Grimshaw", ["Town's chairman"]), S("Digby Farnhill", ["the council's head of licensing"]), S("Angharad Embsay", ["Its chair"]), S("Hathercote Structural", ["the firm that carried out the survey"]), S("Kester Gargrave", ["Its lead engineer"]), S("Llinos Cononley", ["the club's safety officer"]), S("Elmcroft Terrace Talk", ["the fan forum"]), S("Cottesmore Town Supporters' Trust", ["which has about 1,300 members"])],
 ["up to a third", "about 3,100", "about 40,000 crowns", "about 1,300 members", "about 200 fans", "up to 1.8 million crowns", "reportedly", "probably next week", "could fail in a high wind"],
 [{"claim": ["the club would be thrown out of the Ellesmoor Football League if the stand was not open again by Christmas"], "by": "the article itself ('It will not: the league's rules set no deadline for reopening a closed stand ...')"}],
 ["having none of it", "sink the club"],
 [N("4,200 fans", "new capacity"), N("9,800", "old capacity"), N("5,600 people", "East Stand capacity"), N("14 steel trusses", "roof trusses"), N("48 hours", "per Grimshaw"), N("September 12", "report sent, per the council"), N("about 3,100", "season-ticket holders moved"), N("about 40,000 crowns", "lost per home game"), N("about 1,300 members", "trust"), N("May 2033", "previous inspection"), N("about 200 fans", "let in, per the steward"), N("up to 1.8 million crowns", "repair cost, per Grimshaw"), N("November 4", "trust meeting")],
 [CE(["after an engineer's report found corroded steel in the roof of the East Stand"], ["The council said it had acted"]), CE(["Because of the cut"], ["about 3,100 season-ticket holders whose seats are in the East Stand will be moved"]), CE(["to pay for new floodlights"], ["had been put off"])],
 ["FOOTBALL", "By Cadi Linton, Football Reporter", "Monday 27 October 2036", "Photo: The closed East Stand at Elmcroft Park on Saturday", "Advertisement", "Sign up for our Cottesmore Town newsletter", "Read more: What a stadium safety certificate covers"])

# 6 bridge-closure engineering report (long)
LDC = ["Lothersdale District Council", "council", "Draughton"]
DRA = ["Draughton", "director of highways", "council"]
ELL = ["Ellerholt Partners", "Ellerholt", "firm", "Hellifield"]
HEL = ["Hellifield", "lead engineer", "Ellerholt"]
REP = ["report", "Ellerholt Partners", "Ellerholt"]
ATA = ["Aldbeck Traders' Association", "Traders' Association", "association", "Cleasby"]
CLE = ["Cleasby", "Aldbeck Traders' Association", "association"]
ING = ["Ingleton", "opposition group"]
ok &= build("aldbeck-bridge-closure-engineering-report", "long",
 "Original fictional bridge-closure engineering-report story (transport desk). Section label, byline, date line, 'Photo:' caption, 'Advertisement', newsletter prompt and 'Read more:' are noise. The lede (closed after an engineering report found cracks), 'Drivers now face a diversion ...', 'The bridge, which carries the main road ..., was last strengthened in 1962 ...' and the leaflet correction are the article's own voice (no entry). The report is a document source ('says', 'It found', 'recommends'): required entries. Denials: 'The council denied that it had held the report for months, and said the final version reached it on August 26' (the set's only 'denied'; one entry, two keys, neither holding the cue; against the traders' since-February claim) + Ellerholt's 'The firm said it had finished its testing only in mid-August and had sent the report to the council the following week' (second party, same claim; positively worded: deny; 'Ellerholt Partners, which wrote the report, also took the council's side' is a content-less lead-in: no entry); 'The firm said the cracks came from rust in the joints, not from lorries' (plain said X-not-Y against Ingleton) + the lead engineer's two-sentence quote named once with a said-X inversion, no cue word: 'A lorry did not do this. More than 140 winters did' (both deny; the second is a positively worded rebuttal); the director of highways' 'The report gave us one safe option, and that was to close the bridge to every vehicle' (positively worded, no cue word: deny, against the anonymous council engineer) + 'I am not going to gamble with a school bus on those beams' (opinion). Admission: 'The council conceded that the bridge's last full inspection, due in 2031, had not been carried out until 2033' (required confirm). Pronoun-resolved: 'it said' (the council: footway), 'It found' (the report), 'She added' (Hellifield), 'He added' / 'He said' (Draughton; Cleasby), 'She said' (Ingleton); short-name back-references 'The council', 'The firm', 'the association's chair'. Anonymous: 'A council engineer, speaking on condition of anonymity, told the Aldbeck Advertiser' (anonymous, hedged, via). Relay: Cleasby 'told Lothersdale Live' (via). 'Traders in the old town say' is a collective source (required assert). The market leaflet's pull-down claim is labelled false ('It does not: ...'): required assert.",
 [A("ldc-14m", "Lothersdale District Council", LDC, "said", "predict", ["the bridge would stay closed for at least 14 months", "repairs could cost up to 6.5 million crowns"], h=True),
  A("ldc-footway", "Lothersdale District Council", LDC, "it said", "assert", ["Pedestrians and cyclists may still cross", "the footway rests on a separate stone arch"]),
  A("rep-1894", "the report by Ellerholt Partners", REP, "says", "assert", ["the beams were cast in 1894", "water getting into their joints has rusted the bolts"]),
  A("rep-40cm", "the report", REP, "It found", "assert", ["one crack about 40 centimetres long on the underside of the central beam"], h=True),
  A("rep-replace", "the report", REP, "recommends", "suggest", ["replacing the two cracked beams with steel ones of the same shape"]),
  A("ldc-9000", "the council's own traffic counts", ["traffic counts", "council"], "according to", "assert", ["About 9,000 vehicles crossed the bridge on an average weekday last year"], h=True),
  A("ata-feb", "the Aldbeck Traders' Association", ATA, "said", "assert", ["the council had been sitting on the report since February"]),
  A("ldc-months", "Lothersdale District Council", LDC, "denied that ..., and said", "deny", ["it had held the report for months", "the final version reached it on August 26"]),
  A("ell-august", "Ellerholt Partners", ELL, "The firm said", "deny", ["it had finished its testing only in mid-August", "had sent the report to the council the following week"]),
  A("ing-lorries", "Cordelia Ingleton, leader of the council's opposition group", ING, "said", "assert", ["the cracks had been caused by lorries ignoring the bridge's 7.5-tonne weight limit"]),
  A("ell-rust", "Ellerholt Partners", ELL, "said", "deny", ["the cracks came from rust in the joints, not from lorries"]),
  A("hel-lorry", "Juliana Hellifield, the firm's lead engineer", HEL, "said the firm's lead engineer, Juliana Hellifield", "deny", ["A lorry did not do this"], q=True),
  A("hel-winters", "Juliana Hellifield", HEL, "(second sentence of the same quote)", "deny", ["More than 140 winters did"], q=True),
  A("hel-sound", "Juliana Hellifield", HEL, "She added", "assert", ["the other three beams were sound and could be kept"]),
  A("eng-cars", "a council engineer (anonymous)", ["council engineer"], "told the Aldbeck Advertiser", "assert", ["the bridge could have stayed open to cars with a three-tonne limit"], h=True, anon=True, via=["Aldbeck Advertiser"]),
  A("dra-option", "Geraint Draughton, the council's director of highways", DRA, "said the council's director of highways, Geraint Draughton", "deny", ["The report gave us one safe option, and that was to close the bridge to every vehicle"], q=True),
  A("dra-gamble", "Geraint Draughton", DRA, "(second sentence of the same quote)", "opinion", ["I am not going to gamble with a school bus on those beams"], q=True),
  A("ldc-inspection", "Lothersdale District Council", LDC, "conceded that", "confirm", ["the bridge's last full inspection, due in 2031, had not been carried out until 2033"]),
  A("dra-shortage", "Geraint Draughton", DRA, "said", "assert", ["the delay had been caused by a shortage of bridge inspectors across the county"]),
  A("dra-ontime", "Geraint Draughton", DRA, "He added", "assert", ["every other bridge in the district had been inspected on time since then"]),
  A("dra-grant", "Geraint Draughton", DRA, "He said", "assert", ["the council had asked the government for an emergency grant of 4.5 million crowns"]),
  A("traders-shoppers", "traders in the old town", ["Traders in the old town", "Traders"], "say", "assert", ["the closure has already cut the number of shoppers"]),
  A("cle-winter", "Iwan Cleasby, the association's chair", CLE, "said the association's chair, Iwan Cleasby (split quote)", "opinion", ["We can survive a bad winter", "but not a winter with no bridge"], q=True),
  A("cle-third", "Iwan Cleasby", CLE, "told Lothersdale Live", "predict", ["some shops expected to lose about a third of their trade before Christmas"], h=True, via=["Lothersdale Live"]),
  A("cle-rates", "Iwan Cleasby", CLE, "He said", "predict", ["ask the council for a cut in business rates while the bridge was shut"]),
  A("ing-cameras", "Cordelia Ingleton", ING, "said", "opinion", ["the council should have put cameras on the bridge years ago"]),
  A("ing-inquiry", "Cordelia Ingleton", ING, "She said", "predict", ["ask for a full inquiry at the council's meeting on September 25"]),
  A("fla-timetable", "Flasby Coaches", ["Flasby Coaches"], "said", "assert", ["still working out a new timetable", "hoped to publish it by Friday"]),
  A("leaflet-pulldown", "a leaflet handed out at Aldbeck market", ["leaflet"], "claimed", "assert", ["the council planned to pull the bridge down and not replace it"]),
  A("ldc-dropin", "Lothersdale District Council", LDC, "said", "predict", ["hold a drop-in session for residents at Aldbeck library on September 18"]),
  A("ldc-january", "Lothersdale District Council", LDC, "the council said", "predict", ["Work on a temporary steel frame under the central beam could start in January"], h=True)],
 [D(["council"], ["the council had been sitting on the report since February"], "'The council denied that it had held the report for months, and said the final version reached it on August 26'"),
  D(["Ellerholt", "firm"], ["the council had been sitting on the report since February"], "second party, same claim, positively worded: 'it had finished its testing only in mid-August and had sent the report to the council the following week'"),
  D(["Ellerholt", "Hellifield"], ["the cracks had been caused by lorries ignoring the bridge's 7.5-tonne weight limit"], "plain said X-not-Y 'the cracks came from rust in the joints, not from lorries' + quote with no cue word 'A lorry did not do this. More than 140 winters did'"),
  D(["Draughton", "director of highways"], ["the bridge could have stayed open to cars with a three-tonne limit"], "positively worded quote with no cue word: 'The report gave us one safe option, and that was to close the bridge to every vehicle' (against the anonymous council engineer)")],
 [{"match": ["council engineer"], "note": "a council engineer, speaking on condition of anonymity, told the Aldbeck Advertiser the bridge could have stayed open to cars"}],
 [{"speaker": ["council engineer"], "outlets": ["Aldbeck Advertiser"], "note": "anonymous council engineer -> Aldbeck Advertiser -> this story"},
  {"speaker": ["Cleasby"], "outlets": ["Lothersdale Live"], "note": "traders' chair -> Lothersdale Live -> this story"}],
 [S("Ellerholt Partners", ["the engineering firm", "which wrote the report"]), S("Cordelia Ingleton", ["who leads the opposition group on the council"]), S("Juliana Hellifield", ["the firm's lead engineer"]), S("Geraint Draughton", ["the council's director of highways"]), S("Iwan Cleasby", ["the association's chair"]), S("Flasby Coaches", ["which runs the 41 bus"])],
 ["at least 14 months", "up to 6.5 million crowns", "about 40 centimetres", "about 22 miles", "About 9,000 vehicles", "about a third", "could start in January"],
 [{"claim": ["the council planned to pull the bridge down and not replace it"], "by": "the article itself ('It does not: the council has set aside 2 million crowns for the repair ...')"}],
 ["sitting on the report", "gamble with a school bus"],
 [N("11 miles", "no other road crossing"), N("five cast-iron beams", "bridge"), N("at least 14 months", "closure"), N("up to 6.5 million crowns", "repair cost"), N("1894", "beams cast"), N("about 40 centimetres", "crack length"), N("1962", "last strengthened"), N("about 22 miles", "diversion"), N("About 9,000 vehicles", "average weekday"), N("August 26", "report reached the council"), N("7.5-tonne", "weight limit"), N("140 winters", "per Hellifield"), N("three-tonne", "limit, per the anonymous engineer"), N("2031", "inspection due"), N("2033", "inspection done"), N("4.5 million crowns", "grant asked"), N("September 25", "council meeting"), N("2 million crowns", "set aside"), N("September 18", "drop-in session")],
 [CE(["after an engineering report found cracks in two of its five cast-iron beams"], ["was closed to all traffic on Monday"]), CE(["because the footway rests on a separate stone arch"], ["Pedestrians and cyclists may still cross"]), CE(["a shortage of bridge inspectors across the county"], ["the delay"]), CE(["water getting into their joints"], ["has rusted the bolts"])],
 ["TRANSPORT", "By Flavia Kildwick, Transport Correspondent", "Tuesday 9 September 2036", "Photo: Barriers across the western end of Aldbeck Bridge on Monday", "Advertisement", "Sign up for our weekly Lothersdale newsletter", "Read more: Why so many Victorian bridges are failing at once"])

print("ALL OK" if ok else "PROBLEMS")
