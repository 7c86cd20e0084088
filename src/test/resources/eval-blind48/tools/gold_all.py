# Writes the six gold files of eval-blind48 and checks every string against its text (see goldlib.build).
from goldlib import A, D_ as D, N, CE, S, build
ok = True

# 1 village pub closure rumour (short)
MER = ["Merrowdale Brewery", "Merrowdale", "brewery", "Trebilcock"]
TRE = ["Trebilcock", "estates manager", "Merrowdale"]
SAN = ["Sandiford", "chairman", "parish council"]
PAL = ["Palfreyman", "landlord"]
GRA = ["Wrangthorpe Grapevine", "post", "page"]
ok &= build("wrangthorpe-pub-closure-rumour-brewery", "short",
 "Original fictional village pub closure rumour story (village-life page). Section label, byline, 'Photo:' caption and 'Read more:' are noise. Denials: lede 'Merrowdale Brewery has pushed back on claims that the Whistling Otter, the only pub in Wrangthorpe, will close at the end of the month' (lede deny against the Grapevine post's 'the pub would shut on May 31'); the estates manager's split quote with said-X inversion ('\"The Otter is not for sale,\" said the brewery's estates manager, Yolande Trebilcock, \"and nobody at Merrowdale has ever spoken to a developer about it.\"': deny, one entry holding both halves) against the post's sale claim, followed by 'She added that the landlord's lease had been renewed ...' (pronoun-resolved; counter-evidence: assert); the parish chairman 'flatly contradicted the story of a sale' (second party, same claim; content-less, keyed by its object) + two-sentence quote named by pronoun ('he told Radio Wetherdun', via): 'Nobody has sold the Otter to anybody' (deny, no cue word) and 'Flats would need planning permission, and nobody has asked for it' (counter-evidence: assert); 'The brewery said there was no truth in that report and that the rent had been frozen until 2035' (short-name back-reference 'the brewery'; content-less verdict keyed by its object 'that report' plus the second clause) against the anonymous bar worker's rent claim. Admission: 'The landlord, Wolstan Palfreyman, did admit that he had cut opening hours ...' (required confirm). Anonymous: 'A member of the bar staff, who asked not to be named, told the Wetherdun Post' (anonymous, hedged, via). The Grapevine post's sale claim is labelled false by the article ('It has not been sold: ...'): required assert; the post's shut-on-May-31 claim is a separate required assert from the same sentence. Optional: 'Merrowdale declined to comment on the sale of two of its other pubs'.",
 [A("mer-close", "Merrowdale Brewery, owner of the Whistling Otter", MER, "has pushed back on claims that", "deny", ["the only pub in Wrangthorpe, will close at the end of the month"]),
  A("gra-shut", "a post on the page Wrangthorpe Grapevine", GRA, "claimed", "assert", ["the pub would shut on May 31"]),
  A("gra-sold", "a post on the page Wrangthorpe Grapevine", GRA, "claimed", "assert", ["had been sold to a developer who planned to turn it into six flats"]),
  A("tre-not-for-sale", "Yolande Trebilcock, the brewery's estates manager", TRE, "said the brewery's estates manager, Yolande Trebilcock (split quote)", "deny", ["The Otter is not for sale", "nobody at Merrowdale has ever spoken to a developer about it"], q=True),
  A("tre-lease", "Yolande Trebilcock", TRE, "She added that", "assert", ["the landlord's lease had been renewed in March for another five years"]),
  A("san-story", "Ormond Sandiford, chairman of Wrangthorpe parish council", SAN, "flatly contradicted", "deny", ["the story of a sale"]),
  A("san-nobody-sold", "Ormond Sandiford", SAN, "he told Radio Wetherdun", "deny", ["Nobody has sold the Otter to anybody"], q=True, via=["Radio Wetherdun"]),
  A("san-flats", "Ormond Sandiford", SAN, "(second sentence of the same quote)", "assert", ["Flats would need planning permission, and nobody has asked for it"], q=True, via=["Radio Wetherdun"]),
  A("pal-hours", "Wolstan Palfreyman, the landlord", PAL, "did admit that", "confirm", ["he had cut opening hours to four nights a week since January"]),
  A("pal-trade", "Wolstan Palfreyman", PAL, "he said", "assert", ["Trade had fallen by about a third"], h=True),
  A("staff-rent", "a member of the bar staff (anonymous)", ["member of the bar staff", "bar staff"], "told the Wetherdun Post", "assert", ["the brewery wanted to raise the rent by 40 percent from April"], h=True, anon=True, via=["Wetherdun Post"]),
  A("mer-rent", "Merrowdale Brewery", MER, "said there was no truth in ... and that", "deny", ["that report", "the rent had been frozen until 2035"]),
  A("shop-120", "the village shop", ["village shop", "shop"], "according to", "assert", ["About 120 people signed a letter of support for the pub this week"]),
  A("regulars-saved", "regulars", ["Regulars"], "say", "predict", ["the pub could be saved if more villagers came in on quiet nights"], h=True),
  A("rud-lonely", "Undine Rudgewick, a regular", ["Rudgewick"], "said Undine Rudgewick", "opinion", ["It is not dying, it is just lonely on a Tuesday"], q=True),
  A("pal-mondays", "Wolstan Palfreyman", PAL, "said he hoped", "predict", ["open on Mondays again by the summer"], h=True),
  A("mer-no-comment", "Merrowdale Brewery", ["Merrowdale"], "declined to comment", "assert", ["the sale of two of its other pubs"], req=False)],
 [D(["Merrowdale Brewery", "Merrowdale"], ["the pub would shut on May 31"], "lede deny: 'has pushed back on claims that the Whistling Otter, the only pub in Wrangthorpe, will close at the end of the month'"),
  D(["Trebilcock", "Merrowdale"], ["had been sold to a developer who planned to turn it into six flats"], "split quote with said-X inversion: 'The Otter is not for sale ... and nobody at Merrowdale has ever spoken to a developer about it'"),
  D(["Sandiford", "parish council"], ["had been sold to a developer who planned to turn it into six flats"], "second party, same claim: 'flatly contradicted the story of a sale' + 'Nobody has sold the Otter to anybody' (he told Radio Wetherdun)"),
  D(["brewery", "Merrowdale"], ["the brewery wanted to raise the rent by 40 percent from April"], "short-name back-reference: 'The brewery said there was no truth in that report and that the rent had been frozen until 2035' (against the anonymous bar worker)")],
 [{"match": ["member of the bar staff"], "note": "a member of the bar staff who asked not to be named told the Wetherdun Post the brewery wanted to raise the rent by 40 percent"}],
 [{"speaker": ["Sandiford"], "outlets": ["Radio Wetherdun"], "note": "parish chairman -> Radio Wetherdun -> this story"},
  {"speaker": ["member of the bar staff"], "outlets": ["Wetherdun Post"], "note": "anonymous bar worker -> Wetherdun Post -> this story"}],
 [S("Yolande Trebilcock", ["the brewery's estates manager"]), S("Ormond Sandiford", ["The chairman of Wrangthorpe parish council"]), S("Wolstan Palfreyman", ["The landlord"]), S("Undine Rudgewick", ["a regular for 30 years"]), S("Wrangthorpe Grapevine", ["the page"]), S("Whistling Otter", ["the only pub in Wrangthorpe"])],
 ["about a third", "could", "hoped", "About 120"],
 [{"claim": ["had been sold to a developer who planned to turn it into six flats"], "by": "the article itself ('It has not been sold: the county land register still lists the brewery as the owner, and no planning application has been made.')"}],
 [],
 [N("May 31", "closure date claimed by the post"), N("six flats", "claimed development"), N("five years", "lease renewal"), N("four nights a week", "current opening"), N("about a third", "fall in trade"), N("40 percent", "claimed rent rise"), N("2035", "rent frozen until"), N("About 120 people", "letter of support"), N("30 years", "regular's years at the pub")],
 [CE(["after the last evening bus to Wetherdun was withdrawn"], ["Trade had fallen by about a third"])],
 ["VILLAGE LIFE", "By Merryn Skillicorn", "Photo: The Whistling Otter on Wrangthorpe green", "Read more: Why rural pubs are closing faster than ever"])

# 2 zoo animal escape (short)
ZOO = ["Skelmarsh Zoo", "zoo", "Vossberg"]
VOS = ["Vossberg", "director", "zoo"]
COU = ["Tollbury District Council", "District Council", "council", "spokeswoman"]
WIL = ["Wildhold Watch", "Wildhold"]
VET = ["Nettlesham", "vet", "zoo"]
ok &= build("skelmarsh-zoo-red-panda-escape", "short",
 "Original fictional zoo animal escape story (local news). Section label, byline, 'Photo:' caption and newsletter prompt are noise. The lede (panda found asleep in a garden) and 'Because of the damage, the red panda house will stay closed ...' are the article's own voice: no entry. Denials: 'The zoo's director, Pernille Vossberg, rebuffed that account' (content-less, keyed by its object 'that account') + two-sentence quote named by pronoun ('she said'): 'Nobody reported a fault to me or to my deputy' (deny, no cue word) and 'The fence was inspected on March 2 and passed' (counter-evidence: assert) against the anonymous keeper; 'Tollbury District Council, which licenses the zoo, said it was not the case that the fence had been left broken for weeks' (second party, same claim; 'said X was not the case') + its spokeswoman's 'Its last inspection, in January, found every enclosure in good order' (spokeswoman of a named body: not anonymous; assert); 'The zoo said he had been out for 19 hours, not three days' (X-not-Y against Wildhold Watch; short-name back-reference 'the zoo'), the same sentence's 'keepers had started searching within 20 minutes' a separate assert. Admission: 'The zoo did acknowledge that neighbours were not told until about four hours after the escape' (required confirm) + Vossberg's split quote ('\"We should have knocked on doors sooner,\" Vossberg said, \"and we will next time.\"': confirm, one entry). Anonymous: 'A keeper at the zoo, who asked not to be named, told the Tollbury Echo' (anonymous, hedged, via). The Tollbury Dog Walkers message is labelled false ('It had not: the terrier was hurt on Monday ...'): required assert. Pronoun-resolved: 'She said Tupelo had lost some weight' (the vet). Optional: 'Wildhold Watch did not respond to a request for comment'.",
 [A("zoo-branch", "Skelmarsh Zoo", ZOO, "said", "assert", ["a branch brought down by high winds crushed part of his enclosure fence"]),
  A("keeper-sagging", "a keeper at the zoo (anonymous)", ["keeper at the zoo", "keeper"], "told the Tollbury Echo", "assert", ["the fence had been sagging for weeks", "staff had reported it twice"], h=True, anon=True, via=["Tollbury Echo"]),
  A("vos-account", "Pernille Vossberg, the zoo's director", VOS, "rebuffed", "deny", ["that account"]),
  A("vos-nobody", "Pernille Vossberg", VOS, "she said", "deny", ["Nobody reported a fault to me or to my deputy"], q=True),
  A("vos-inspected", "Pernille Vossberg", VOS, "(second sentence of the same quote)", "assert", ["The fence was inspected on March 2 and passed"], q=True),
  A("council-not-case", "Tollbury District Council", COU, "said it was not the case that", "deny", ["the fence had been left broken for weeks"]),
  A("council-january", "a spokeswoman for Tollbury District Council", ["spokeswoman", "council", "Tollbury District Council"], "a council spokeswoman said", "assert", ["Its last inspection, in January, found every enclosure in good order"]),
  A("wil-three-days", "the campaign group Wildhold Watch", WIL, "said", "assert", ["Tupelo had been missing for three days before the zoo told anyone"]),
  A("zoo-19-hours", "Skelmarsh Zoo", ZOO, "said", "deny", ["he had been out for 19 hours, not three days"]),
  A("zoo-20-minutes", "Skelmarsh Zoo", ZOO, "said ... and that", "assert", ["keepers had started searching within 20 minutes"]),
  A("zoo-ack", "Skelmarsh Zoo", ZOO, "did acknowledge that", "confirm", ["neighbours were not told until about four hours after the escape"], h=True),
  A("vos-doors", "Pernille Vossberg", VOS, "Vossberg said (split quote)", "confirm", ["We should have knocked on doors sooner", "we will next time"], q=True),
  A("walkers-terrier", "a message in the chat group Tollbury Dog Walkers", ["Tollbury Dog Walkers", "message", "chat group"], "claimed", "assert", ["the panda had attacked a terrier on the common"]),
  A("vet-shy", "Dr Malfrid Nettlesham, the zoo's vet", VET, "according to", "assert", ["Red pandas are shy and rarely bite"]),
  A("vet-bamboo", "Dr Malfrid Nettlesham", VET, "She said", "assert", ["Tupelo had lost some weight but was eating bamboo again"]),
  A("wil-no-response", "Wildhold Watch", WIL, "did not respond", "assert", ["a request for comment"], req=False)],
 [D(["Vossberg", "director"], ["the fence had been sagging for weeks"], "'rebuffed that account' + 'Nobody reported a fault to me or to my deputy' (she said)"),
  D(["Tollbury District Council", "council"], ["the fence had been sagging for weeks"], "second party, same claim: 'said it was not the case that the fence had been left broken for weeks'"),
  D(["Skelmarsh Zoo", "zoo"], ["Tupelo had been missing for three days"], "X-not-Y: 'The zoo said he had been out for 19 hours, not three days'")],
 [{"match": ["keeper at the zoo"], "note": "a keeper who asked not to be named told the Tollbury Echo the fence had been sagging for weeks"}],
 [{"speaker": ["keeper at the zoo"], "outlets": ["Tollbury Echo"], "note": "anonymous keeper -> Tollbury Echo -> this story"}],
 [S("Pernille Vossberg", ["The zoo's director"]), S("Tupelo", ["a four-year-old male"]), S("Tollbury District Council", ["which licenses the zoo"]), S("Wildhold Watch", ["The campaign group"]), S("Malfrid Nettlesham", ["the zoo's vet"]), S("Tollbury Dog Walkers", ["the chat group"])],
 ["about four hours", "at least", "according to the zoo's vet"],
 [{"claim": ["the panda had attacked a terrier on the common"], "by": "the article itself ('It had not: the terrier was hurt on Monday, a day before Tupelo got out.')"}],
 [],
 [N("two miles", "where the panda was found"), N("four-year-old", "Tupelo's age"), N("March 2", "fence inspection"), N("three days", "Wildhold Watch's claim"), N("19 hours", "time on the loose, per the zoo"), N("20 minutes", "search began within"), N("about four hours", "delay in telling neighbours")],
 [CE(["after a branch brought down by high winds crushed part of his enclosure fence"], ["got out"]), CE(["Because of the damage"], ["the red panda house will stay closed to visitors until at least Monday"])],
 ["NEWS | Tollbury", "By Sylvan Thwaitesby", "Photo: Tupelo in his enclosure last spring", "Sign up for our Tollbury newsletter"])

# 3 charity fundraising scandal (medium)
SUN = ["Sunward Trust", "trust", "Marchbourne", "Quenington"]
MAR = ["Marchbourne", "chief executive", "Sunward Trust", "trust"]
QUE = ["Quenington", "finance director", "trust"]
MAL = ["Mallowgate Fundraising", "Mallowgate", "agency"]
SEN = ["Wexmoor Sentinel", "Sentinel"]
ROO = ["Rookswade", "former trustee"]
ok &= build("sunward-trust-charity-appeal-fees-row", "medium",
 "Original fictional charity fundraising scandal (social affairs page). Section label, byline, date line, 'Photo:' caption, 'Advertisement', newsletter prompt and 'Read more:' are noise. 'The charity regulator has opened a case.' is the article's own voice: no entry. Denials: 'The trust said the agency had been paid 14 percent of the appeal's takings, not 38 percent' (X-not-Y against the Wexmoor Sentinel's lede report; the chief executive's 'the newspaper had counted the cost of printing and postage twice' is an explanation: assert, as eval-blind46's 'had counted water used by fire crews ... as leakage'); 'The agency, Mallowgate Fundraising, also branded the 38 percent figure false, saying its fee had been fixed in a contract signed in 2031' (second party, same claim; content-less verdict keyed by its object plus the reason); '\"There was no first-class travel. Every ticket is published on our website, and every one of them is standard class,\" said the trust's finance director, Norbert Quenington' (two-sentence quote named once by a said-X inversion; no cue word; both sentences deny: the second says every ticket was standard class) against the former trustee; 'The trust denied that any collector had been paid by the sign-up' + 'Collectors earn a flat day rate of 110 marks, it said' (pronoun-resolved; positively worded rebuttal: deny) against the anonymous fundraiser. Admission: 'The trust did admit that 40,000 marks given for a hydrotherapy pool ... had been used to pay staff wages' (required confirm) and Marchbourne's 'We made one bad decision with the pool money, and we have owned it' (confirm). Anonymous: 'A fundraiser who worked on the winter appeal told Radio Wexmoor, on condition that she not be named' (anonymous, hedged, via). The Tithewatch post's salary claim is labelled false ('She is not: her salary ... is 96,000 marks'): required assert. The regulator's spokesman is not anonymous (office of a body). 'according to parents' is a vague, hedged source (not anonymous: a group, not a withheld name).",
 [A("sen-38", "the Wexmoor Sentinel", SEN, "reported", "assert", ["paid its fundraising agency 38 percent of everything it collected"]),
  A("sun-14", "the Sunward Trust", SUN, "said", "deny", ["the agency had been paid 14 percent of the appeal's takings, not 38 percent"]),
  A("mar-twice", "Seraphine Marchbourne, the trust's chief executive", MAR, "said", "assert", ["the newspaper had counted the cost of printing and postage twice"]),
  A("mar-accounts", "Seraphine Marchbourne", MAR, "she said (split quote)", "assert", ["Every mark of that fee is in our accounts", "the accounts are signed off by an outside auditor"], q=True),
  A("mal-figure", "Mallowgate Fundraising, the agency", MAL, "also branded ... false, saying", "deny", ["the 38 percent figure", "its fee had been fixed in a contract signed in 2031"]),
  A("roo-first-class", "Rosenwyn Rookswade, a former trustee", ROO, "said", "assert", ["senior staff had flown first class to a conference in Oslingen last year"]),
  A("que-no-first-class", "Norbert Quenington, the trust's finance director", QUE, "said the trust's finance director, Norbert Quenington", "deny", ["There was no first-class travel"], q=True),
  A("que-standard", "Norbert Quenington", QUE, "(second sentence of the same quote)", "deny", ["Every ticket is published on our website, and every one of them is standard class"], q=True),
  A("sun-admit", "the Sunward Trust", SUN, "did admit that", "confirm", ["40,000 marks given for a hydrotherapy pool at its Wexmoor centre had been used to pay staff wages last autumn"]),
  A("sun-grant", "the Sunward Trust", SUN, "It said", "assert", ["the money was moved because a grant from a national lottery fund arrived three months late"]),
  A("statements-repaid", "the trust's bank statements", ["trust's bank statements", "bank statements", "trust"], "according to", "assert", ["The pool fund was paid back in full in January"]),
  A("fundraiser-bonus", "a fundraiser who worked on the winter appeal (anonymous)", ["fundraiser who worked on the winter appeal", "fundraiser"], "told Radio Wexmoor, on condition that she not be named", "assert", ["street collectors had been paid a bonus for every donor who signed up for a monthly gift"], h=True, anon=True, via=["Radio Wexmoor"]),
  A("sun-no-bonus", "the Sunward Trust", SUN, "denied that", "deny", ["any collector had been paid by the sign-up"]),
  A("sun-day-rate", "the Sunward Trust", SUN, "it said", "deny", ["Collectors earn a flat day rate of 110 marks"]),
  A("reg-report", "a spokesman for the charity regulator", ["spokesman for the regulator", "regulator", "spokesman"], "said", "predict", ["report by the end of June", "could order an independent audit"], h=True),
  A("tithe-salary", "a post on the blog Tithewatch", ["Tithewatch", "post", "blog"], "claimed", "assert", ["Marchbourne was paid 400,000 marks a year"]),
  A("roo-concerns", "Rosenwyn Rookswade", ROO, "said", "assert", ["she had raised her concerns with the board twice before resigning"]),
  A("roo-nobody", "Rosenwyn Rookswade", ROO, "she told the Sentinel", "opinion", ["Nobody wanted to hear it"], q=True, via=["Sentinel"]),
  A("que-minutes", "Norbert Quenington", QUE, "said", "predict", ["the minutes of every board meeting since 2033 would be published next month"]),
  A("parents-schools", "parents", ["parents"], "according to", "assert", ["at least three schools in Wexmoor have postponed sponsored walks for the trust"], h=True),
  A("sun-donations", "the Sunward Trust", SUN, "said", "assert", ["donations in January were about a fifth lower than a year earlier"], h=True),
  A("mar-not-resign", "Seraphine Marchbourne", MAR, "said", "predict", ["she would not resign"]),
  A("mar-bad-decision", "Seraphine Marchbourne", MAR, "she said", "confirm", ["We made one bad decision with the pool money, and we have owned it"], q=True)],
 [D(["Sunward Trust", "trust"], ["38 percent of everything it collected"], "X-not-Y: 'The trust said the agency had been paid 14 percent of the appeal's takings, not 38 percent'"),
  D(["Mallowgate Fundraising", "Mallowgate"], ["38 percent of everything it collected"], "second party, same claim: 'also branded the 38 percent figure false, saying its fee had been fixed in a contract signed in 2031'"),
  D(["Quenington", "finance director"], ["senior staff had flown first class to a conference in Oslingen last year"], "quote with no cue word, said-X inversion: 'There was no first-class travel. Every ticket ... is standard class'"),
  D(["Sunward Trust", "trust"], ["street collectors had been paid a bonus for every donor who signed up for a monthly gift"], "'The trust denied that any collector had been paid by the sign-up' + 'Collectors earn a flat day rate of 110 marks, it said'")],
 [{"match": ["fundraiser who worked on the winter appeal"], "note": "a fundraiser who asked not to be named told Radio Wexmoor collectors were paid a bonus per monthly donor"}],
 [{"speaker": ["fundraiser who worked on the winter appeal"], "outlets": ["Radio Wexmoor"], "note": "anonymous fundraiser -> Radio Wexmoor -> this story"},
  {"speaker": ["Rookswade"], "outlets": ["Sentinel"], "note": "former trustee -> Wexmoor Sentinel -> this story"}],
 [S("Sunward Trust", ["a children's charity that raised 2.4 million marks in its winter appeal"]), S("Seraphine Marchbourne", ["Its chief executive"]), S("Mallowgate Fundraising", ["The agency"]), S("Rosenwyn Rookswade", ["A former trustee", "who left the board in November"]), S("Norbert Quenington", ["the trust's finance director"]), S("Tithewatch", ["the blog"])],
 ["could", "at least", "about a fifth", "according to parents"],
 [{"claim": ["Marchbourne was paid 400,000 marks a year"], "by": "the article itself ('She is not: her salary, which the trust publishes every year, is 96,000 marks.')"}],
 [],
 [N("2.4 million marks", "winter appeal total"), N("38 percent", "agency share, per the Sentinel"), N("14 percent", "agency share, per the trust"), N("2031", "agency contract signed"), N("40,000 marks", "pool money used for wages"), N("three months", "grant delay"), N("110 marks", "collectors' day rate"), N("400,000 marks", "salary claimed by the blog"), N("96,000 marks", "actual salary"), N("2033", "board minutes since"), N("at least three schools", "walks postponed"), N("about a fifth", "fall in January donations")],
 [CE(["because a grant from a national lottery fund arrived three months late"], ["the money was moved"]), CE(["Because of the row"], ["at least three schools in Wexmoor have postponed sponsored walks for the trust"])],
 ["CHARITY", "By Myfanwy Tallack, Social Affairs Correspondent", "Friday 21 February 2035", "Photo: Collectors for the Sunward Trust outside Wexmoor station in December", "Advertisement", "Sign up for our weekly Giving newsletter", "Read more: How much of your donation reaches the cause?"])

# 4 viral-video verification (medium)
PAGE = ["Orrestad Uncovered", "page", "post"]
VAR = ["Varnum", "a man"]
MAY = ["spokeswoman for the mayor's office", "mayor's office", "spokeswoman"]
SAVE = ["Save Sallowick Baths", "group", "Wendelbo"]
WEN = ["Wendelbo", "organiser", "Save Sallowick Baths"]
VIG = ["Viggo", "administrator"]
POL = ["Orrestad police", "police"]
STR = ["Streamwick", "company"]
MIK = ["Mikkelstrand", "council's leader", "council"]
ok &= build("orrestad-town-hall-video-verification", "medium",
 "Original fictional viral-video verification piece (video desk). Section label, byline, the 'HOW WE CHECKED' heading, the 'Screenshot:' caption, 'Advertisement' and 'Read more:' are noise. The verdict ('It does not show that: the clip was filmed in May 2030 ...') and the method paragraph ('We matched the shop signs ...') are the article's own voice: no entries. Denials: 'A spokeswoman for the mayor's office said the town hall had been locked from Friday evening until Monday morning and that its cameras recorded nobody on the steps after 6 pm on Saturday' (positively worded rebuttal of the page's storming claim: deny; spokeswoman of a named office, not anonymous); Save Sallowick Baths' organiser's split quote '\"We marched, we sang, and we went home,\" its organiser, Tova Wendelbo, said, \"and not one of us went near the town hall doors.\"' (second party, same claim; positively worded: deny; the group's 'its only protest had been a march of about 200 people' is an assert); 'Orrestad police said there was no truth in that, adding that officers had not carried gas on duty since 2032' (against the post's tear-gas claim; the object 'that' cannot be a key, so keyed by the reason clause); 'The page's administrator, who gave his name only as Viggo, contested our findings, saying the people in the clip were wearing winter coats and the cup final had been played in spring' (deny of the article's own finding; keyed by the object 'our findings' plus the reason; 'Viggo' treated as named, as eval-blind44's 'Gjertrud'). Admission: 'Viggo did concede that he had downloaded the clip from another account ...' (required confirm), then 'He said he had taken it down on Tuesday' (pronoun-resolved). Relay: the man who filmed it 'later told Radio Orrestad' (via), named afterwards in the two-sentence quote's said-X inversion 'said the man, Pelle Varnum'. Anonymous: 'According to a person on the review team of the video platform Streamwick, who was not authorised to speak publicly' (anonymous, hedged). 'Weather records show ...' is a document source (required assert). The page's storming claim is labelled false by the verdict: required assert. Short-name back-reference: 'the company said' (Streamwick).",
 [A("page-storming", "the page Orrestad Uncovered", PAGE, "claimed to show", "assert", ["protesters storming Orrestad town hall on Saturday night"]),
  A("var-filmed", "Pelle Varnum, the man who filmed the clip", VAR, "later told Radio Orrestad", "assert", ["he had filmed it from a bus shelter on the night of the final"], via=["Radio Orrestad"]),
  A("var-brother", "Pelle Varnum", VAR, "said the man, Pelle Varnum", "assert", ["I was there with my brother"], q=True),
  A("var-beers", "Pelle Varnum", VAR, "(second sentence of the same quote)", "assert", ["We had both had a few beers, and we were singing"], q=True),
  A("page-gas", "the page Orrestad Uncovered", PAGE, "also claimed that", "assert", ["police had fired tear gas into the crowd"]),
  A("pol-gas", "Orrestad police", POL, "said there was no truth in that, adding that", "deny", ["officers had not carried gas on duty since 2032"]),
  A("may-locked", "a spokeswoman for the mayor's office", MAY, "said", "deny", ["the town hall had been locked from Friday evening until Monday morning", "its cameras recorded nobody on the steps after 6 pm on Saturday"]),
  A("save-march", "Save Sallowick Baths, the campaign group", SAVE, "said", "assert", ["its only protest had been a march of about 200 people on Friday afternoon"], h=True),
  A("wen-home", "Tova Wendelbo, organiser of Save Sallowick Baths", WEN, "its organiser, Tova Wendelbo, said (split quote)", "deny", ["We marched, we sang, and we went home", "not one of us went near the town hall doors"], q=True),
  A("vig-findings", "Viggo, the page's administrator", VIG, "contested ..., saying", "deny", ["our findings", "the people in the clip were wearing winter coats and the cup final had been played in spring"]),
  A("weather-cold", "weather records", ["Weather records", "records"], "show", "assert", ["the evening of May 18, 2030, was one of the coldest that month"]),
  A("vig-concede", "Viggo", VIG, "did concede that", "confirm", ["he had downloaded the clip from another account and had not checked when it was filmed"]),
  A("vig-taken-down", "Viggo", VIG, "He said", "assert", ["he had taken it down on Tuesday"]),
  A("review-reported", "a person on Streamwick's review team (anonymous)", ["person on the review team", "review team"], "according to", "assert", ["the clip had been reported more than 4,000 times by Monday morning"], h=True, anon=True),
  A("str-label", "Streamwick, the video platform", STR, "the company said", "assert", ["Streamwick added a warning label to every copy of the clip on Monday afternoon"]),
  A("mik-baths", "Ottar Mikkelstrand, the council's leader", MIK, "said", "predict", ["the baths would stay open until a new pool was built in 2036"]),
  A("mik-angry", "Ottar Mikkelstrand", MIK, "he said", "opinion", ["People are entitled to be angry about the baths"], q=True),
  A("mik-meeting", "Ottar Mikkelstrand", MIK, "(second sentence of the same quote)", "opinion", ["I would rather they came and told me so at the council meeting on Thursday"], q=True)],
 [D(["mayor's office", "spokeswoman"], ["protesters storming Orrestad town hall on Saturday night"], "positively worded rebuttal: the town hall was locked and its cameras recorded nobody on the steps"),
  D(["Save Sallowick Baths", "Wendelbo"], ["protesters storming Orrestad town hall on Saturday night"], "second party, same claim: split quote 'We marched, we sang, and we went home ... and not one of us went near the town hall doors'"),
  D(["Orrestad police", "police"], ["police had fired tear gas into the crowd"], "'said there was no truth in that, adding that officers had not carried gas on duty since 2032'"),
  D(["Viggo", "administrator"], ["the clip was filmed in May 2030"], "'contested our findings, saying the people in the clip were wearing winter coats ...' (against the article's own verdict)")],
 [{"match": ["person on the review team"], "note": "a person on Streamwick's review team, not authorised to speak publicly: the clip was reported more than 4,000 times"}],
 [{"speaker": ["Varnum", "a man"], "outlets": ["Radio Orrestad"], "note": "the man who filmed the clip -> Radio Orrestad -> this piece"}],
 [S("Orrestad Uncovered", ["the page"]), S("Pelle Varnum", ["the man"]), S("Save Sallowick Baths", ["The group that campaigned against the baths closure"]), S("Tova Wendelbo", ["its organiser"]), S("Viggo", ["The page's administrator", "who gave his name only as"]), S("Streamwick", ["the video platform"]), S("Ottar Mikkelstrand", ["The council's leader"])],
 ["about 1.8 million", "about 200", "more than 4,000", "According to a person on the review team"],
 [{"claim": ["protesters storming Orrestad town hall on Saturday night"], "by": "the article itself ('It does not show that: the clip was filmed in May 2030, when supporters of Orrestad Nomads climbed the town hall steps to celebrate a cup win.')"}],
 [],
 [N("38-second", "length of the clip"), N("about 1.8 million times", "views by Tuesday"), N("May 2030", "when the clip was filmed"), N("May 19, 2030", "earliest copy posted"), N("2032", "police have not carried gas since"), N("6 pm", "cameras show nobody after"), N("about 200 people", "the baths march"), N("May 18, 2030", "evening of the final"), N("6 degrees", "temperature at 10 pm"), N("more than 4,000 times", "reports to the platform"), N("2036", "new pool")],
 [CE(["Because of the reports"], ["Streamwick added a warning label to every copy of the clip on Monday afternoon"])],
 ["VERIFIED", "By Sunnild Tranmere, Video Desk", "HOW WE CHECKED", "Screenshot: A still from the video, with the old bank sign circled", "Advertisement", "Read more: Five questions to ask before you share a video"])

# 5 international fishing-quota negotiation (long)
RMC = ["Rystad Marine Council", "Marine Council", "council", "Norrgard"]
NOR = ["Norrgard", "chief scientist", "Rystad Marine Council", "science council", "council"]
FED = ["Ostrevian Pelagic Federation", "Pelagic Federation", "federation", "Zachariassen"]
ZAC = ["Zachariassen", "chairman", "federation"]
MIN = ["Vessland's fisheries ministry", "fisheries ministry", "Wexelsen", "fisheries minister"]
WEX = ["Wexelsen", "fisheries minister", "Vessland"]
OST = ["Ostrevia", "Sollied", "Ostrevia's chief negotiator"]
SOL = ["Sollied", "Ostrevia's chief negotiator", "Ostrevia"]
ROS = ["Rostholm", "Vessland's chief negotiator"]
OCE = ["spokesperson for the campaign group Oceanwarden", "Oceanwarden", "spokesperson"]
SAL = ["Saltnes Foods", "Saltnes", "Tennvik"]
TEN = ["Tennvik", "managing director", "Saltnes Foods"]
ok &= build("rystad-mackerel-quota-talks-deal", "long",
 "Original fictional international fishing-quota negotiation story (world page). Section label, byline, 'Updated' line, 'Photo:' caption, 'Advertisement', newsletter prompt and 'Read more:' are noise. The lede, the deal's figures, 'The science council took the same view.' (no content), 'Environmental groups were unimpressed.', 'Skippers in Ostrevia were angrier still.' and the closing paragraph are the article's own voice: no entries. Denials: 'Vessland's fisheries ministry said its fleet had landed 212,000 tonnes, not 252,000' (X-not-Y against the Ostrevian Pelagic Federation; the same sentence's 'every landing had been weighed at a registered port' is a separate assert) + the minister's two-sentence quote named once by a said-X inversion ('said the fisheries minister, Tormod Wexelsen'; 'Our figures are checked by inspectors from both countries' and 'The federation has simply counted some catches twice' are counter-evidence and explanation: assert, as eval-blind46's 'had counted water used by fire crews ... as leakage'); Norrgard's split quote '\"The federation's number is wrong,\" Norrgard told the trade paper Netline, \"and our own count ...\"' (second party, same claim; deny, via Netline); 'Ostrevia denied that any access had been promised' + '\"Not one square mile of our waters was part of this deal. The Swarthmoul Bank stays closed to foreign boats, as it has been since 2029,\" said Ostrevia's chief negotiator, Turid Sollied' (both sentences deny: the second is a positively worded rebuttal) against the anonymous sources; 'Rostholm pushed back on that criticism, saying the deal was the deepest cut in mackerel since 2027' (content-less, keyed by its object plus the reason) + 'We did not ignore the science' (deny, no cue word; the quote's second sentence is argument: assert) against Oceanwarden. Admission: 'Wexelsen did acknowledge that Vessland's boats had gone over their herring quota by 3 percent in 2033' (required confirm). Anonymous: 'According to two people briefed on the talks' (anonymous, hedged). Pronoun-resolved: 'He said the extra catch ...' (Wexelsen), 'She added that the two countries would meet again ...' (Sollied), 'she said' (Norrgard). The Trawlerline post's small-boat ban claim is labelled false ('It will not: boats under 12 metres are outside the quota system ...'): required assert. The Oceanwarden spokesperson is not anonymous (office of a named group). Optional: Zachariassen 'said he stood by the report and would send it to the regional fisheries commission'.",
 [A("rmc-cut", "the Rystad Marine Council, the scientific advisers", RMC, "had called for", "assert", ["a cut of 30 percent"]),
  A("nor-quarter", "Dr Yvette Norrgard, the council's chief scientist", NOR, "said", "assert", ["the stock had shrunk by about a quarter since 2030"], h=True),
  A("fed-252", "the Ostrevian Pelagic Federation", FED, "said", "assert", ["Vessland's fleet had landed 252,000 tonnes of mackerel this year"]),
  A("min-212", "Vessland's fisheries ministry", MIN, "said", "deny", ["its fleet had landed 212,000 tonnes, not 252,000"]),
  A("min-weighed", "Vessland's fisheries ministry", MIN, "said ... and that", "assert", ["every landing had been weighed at a registered port"]),
  A("wex-inspectors", "Tormod Wexelsen, Vessland's fisheries minister", WEX, "said the fisheries minister, Tormod Wexelsen", "assert", ["Our figures are checked by inspectors from both countries"], q=True),
  A("wex-twice", "Tormod Wexelsen", WEX, "(second sentence of the same quote)", "assert", ["The federation has simply counted some catches twice"], q=True),
  A("nor-wrong", "Dr Yvette Norrgard", NOR, "Norrgard told the trade paper Netline (split quote)", "deny", ["The federation's number is wrong", "our own count from port records is within 2,000 tonnes of what Vessland reported"], q=True, via=["Netline"]),
  A("zac-stands", "Rolf Zachariassen, the federation's chairman", ZAC, "said", "assert", ["stood by the report", "would send it to the regional fisheries commission"], req=False),
  A("wex-herring", "Tormod Wexelsen", WEX, "did acknowledge that", "confirm", ["Vessland's boats had gone over their herring quota by 3 percent in 2033"]),
  A("wex-taken-off", "Tormod Wexelsen", WEX, "He said", "predict", ["the extra catch would be taken off Vessland's herring quota for next year"]),
  A("wex-fined", "Tormod Wexelsen", WEX, "He said ... and that", "assert", ["two skippers had been fined"]),
  A("briefed-access", "two people briefed on the talks (anonymous)", ["two people briefed on the talks", "people briefed"], "according to", "assert", ["Vessland agreed to the deal only after Ostrevia offered its boats extra access to the Swarthmoul Bank"], h=True, anon=True),
  A("ost-no-access", "Ostrevia", OST, "denied that", "deny", ["any access had been promised"]),
  A("sol-square-mile", "Turid Sollied, Ostrevia's chief negotiator", SOL, "said Ostrevia's chief negotiator, Turid Sollied", "deny", ["Not one square mile of our waters was part of this deal"], q=True),
  A("sol-closed", "Turid Sollied", SOL, "(second sentence of the same quote)", "deny", ["The Swarthmoul Bank stays closed to foreign boats, as it has been since 2029"], q=True),
  A("sol-march", "Turid Sollied", SOL, "She added that", "predict", ["the two countries would meet again in Rystad in March to discuss a joint inspection scheme"]),
  A("ros-proposed", "Ragnfrid Rostholm, Vessland's chief negotiator", ROS, "said", "assert", ["her team had proposed the scheme in October"]),
  A("oce-ignored", "a spokesperson for Oceanwarden", OCE, "said", "assert", ["both governments had ignored the science for the fifth year in a row"]),
  A("oce-gambling", "a spokesperson for Oceanwarden", OCE, "said", "opinion", ["gambling with the last healthy fish stock in the region"], q=True),
  A("ros-criticism", "Ragnfrid Rostholm", ROS, "pushed back on ..., saying", "deny", ["that criticism", "the deal was the deepest cut in mackerel since 2027"]),
  A("ros-not-ignore", "Ragnfrid Rostholm", ROS, "she said", "deny", ["We did not ignore the science"], q=True),
  A("ros-further", "Ragnfrid Rostholm", ROS, "(second sentence of the same quote)", "assert", ["We moved further towards it than any deal in a decade, and we did it without putting a single fleet out of work"], q=True),
  A("sal-four-day", "Saltnes Foods, a processing firm", SAL, "said", "predict", ["move its 340 workers to a four-day week from February"]),
  A("ten-keep", "Ulf Tennvik, managing director of Saltnes Foods", TEN, "said its managing director, Ulf Tennvik", "predict", ["We will keep everyone on, but we cannot pay them for work that is not there"], q=True),
  A("trawlerline-ban", "a post on the skippers' forum Trawlerline", ["Trawlerline", "post", "forum"], "claimed", "assert", ["the deal would ban boats under 12 metres from fishing for mackerel next year"]),
  A("zac-cost", "Rolf Zachariassen", ZAC, "said", "predict", ["the cut would cost Ostrevian trawler owners up to 90 million crowns in lost earnings next year"], h=True),
  A("zac-cheating", "Rolf Zachariassen", ZAC, "He called the agreement", "opinion", ["a reward for cheating"], q=True),
  A("wex-recover", "Tormod Wexelsen", WEX, "said he expected", "predict", ["the stock to recover within three years if both countries kept to their quotas"], h=True),
  A("wex-700k", "Tormod Wexelsen", WEX, "he said", "predict", ["If we do this properly, we will be back at 700,000 tonnes before 2038"], q=True, h=True),
  A("nor-2038", "Dr Yvette Norrgard", NOR, "she said", "predict", ["the stock could recover by 2038"], h=True)],
 [D(["Vessland's fisheries ministry", "fisheries ministry", "Wexelsen"], ["Vessland's fleet had landed 252,000 tonnes of mackerel this year"], "X-not-Y: 'said its fleet had landed 212,000 tonnes, not 252,000'"),
  D(["Norrgard", "science council"], ["Vessland's fleet had landed 252,000 tonnes of mackerel this year"], "second party, same claim: split quote 'The federation's number is wrong ... and our own count ...' (told the trade paper Netline)"),
  D(["Ostrevia", "Sollied"], ["Vessland agreed to the deal only after Ostrevia offered its boats extra access to the Swarthmoul Bank"], "'Ostrevia denied that any access had been promised' + two-sentence quote with said-X inversion"),
  D(["Rostholm"], ["both governments had ignored the science for the fifth year in a row"], "'pushed back on that criticism, saying the deal was the deepest cut in mackerel since 2027' + 'We did not ignore the science'")],
 [{"match": ["two people briefed on the talks"], "note": "two people briefed on the talks: Vessland agreed only after Ostrevia offered extra access to the Swarthmoul Bank (no outlet)"}],
 [{"speaker": ["Norrgard"], "outlets": ["Netline"], "note": "chief scientist -> trade paper Netline -> this story"}],
 [S("Rystad Marine Council", ["which advises both governments"]), S("Yvette Norrgard", ["Its chief scientist"]), S("Ostrevian Pelagic Federation", ["which represents the country's trawler owners"]), S("Tormod Wexelsen", ["the fisheries minister"]), S("Netline", ["the trade paper"]), S("Rolf Zachariassen", ["The federation's chairman"]), S("Turid Sollied", ["Ostrevia's chief negotiator"]), S("Ragnfrid Rostholm", ["Vessland's chief negotiator"]), S("Oceanwarden", ["the campaign group"]), S("Saltnes Foods", ["the processing firm"]), S("Ulf Tennvik", ["its managing director"]), S("Trawlerline", ["the skippers' forum"]), S("Swarthmoul Bank", ["a rich fishing ground off the Ostrevian coast"]), S("Vessport", ["the country's largest fishing harbour"])],
 ["about a quarter", "about 40,000 tonnes", "According to two people briefed on the talks", "up to 90 million crowns", "could", "if both countries kept to their quotas", "only if the catch stayed below 600,000 tonnes"],
 [{"claim": ["the deal would ban boats under 12 metres from fishing for mackerel next year"], "by": "the article itself ('It will not: boats under 12 metres are outside the quota system and are not mentioned in the deal.')"}],
 ["gambling with the last healthy fish stock in the region", "a reward for cheating"],
 [N("18 percent", "catch cut"), N("nine days", "length of talks"), N("612,000 tonnes", "total catch for 2035"), N("746,000 tonnes", "this year's total"), N("36 percent", "Vessland's share"), N("41 percent", "Ostrevia's share"), N("30 percent", "cut advised by scientists"), N("about a quarter", "stock shrinkage since 2030"), N("252,000 tonnes", "Vessland landings, per the federation"), N("about 40,000 tonnes", "over quota, per the federation"), N("212,000 tonnes", "Vessland landings, per its ministry"), N("2,000 tonnes", "science council's margin"), N("3 percent", "herring overshoot in 2033"), N("2029", "Swarthmoul Bank closed since"), N("2027", "deepest cut since"), N("340 workers", "Saltnes Foods staff"), N("12 metres", "small-boat threshold"), N("up to 90 million crowns", "claimed lost earnings"), N("700,000 tonnes", "hoped-for recovery"), N("2038", "recovery date"), N("600,000 tonnes", "catch ceiling for recovery")],
 [CE(["because the spawning stock had fallen below the level it considers safe"], ["had called for a cut of 30 percent"]), CE(["Because of the cut"], ["move its 340 workers to a four-day week from February"])],
 ["WORLD | Fisheries", "By Ragna Stubberud in Rystad", "Updated Sunday 14 December 2034, 18:40", "Photo: Mackerel being landed at Vessport harbour in October", "Advertisement", "Sign up for our Ocean Matters newsletter", "Read more: Why the mackerel are moving north"])

# 6 interim accident-investigation report (tour boat crash, long)
REP = ["interim report", "report", "Sea Safety Investigation Board", "board"]
BOARD = ["Sea Safety Investigation Board", "board", "Polkinghorne"]
POLK = ["Polkinghorne", "chief inspector", "board"]
QUA = ["Quaymark Sea Tours", "Quaymark", "company"]
QSP = ["spokesman for Quaymark", "Quaymark", "spokesman"]
CHR = ["Sealight Chronicle", "Chronicle"]
STE = ["Sternhagen", "lawyer"]
TRU = ["Porthvennor Harbour Trust", "Harbour Trust", "trust", "Pengarth"]
ok &= build("porthvennor-tour-boat-crash-interim-report", "long",
 "Original fictional interim accident-investigation report story (tour boat hits a pier). Section label, byline, date line, 'Photo:' caption, 'Advertisement' and 'Read more:' are noise. The casualty figures, 'The company, which runs about 2,000 trips a year ..., has since replaced the hoses', 'The most serious claim about the crash came from outside the investigation.', 'Passengers described a sudden stop.' and the closing sentence are the article's own voice: no entries. The interim report is a document source (required asserts: 'according to an interim report', 'the report says', 'The report also notes'). Denials: 'The boat's owner, Quaymark Sea Tours, contested the speed finding, saying the boat's own satellite tracker had logged 5.5 knots ...' (content-less verdict keyed by its object plus the reason) against the report's 8 knots; the board's reply about the tracker ('recorded the boat's position only every 30 seconds and could not be used to measure speed so close to the pier') explains the tracker's limits and is kept `assert`; 'The board said the skipper's phone had been in a locked drawer on the lower deck for the whole trip, and that the wheelhouse camera showed both his hands on the wheel' (positively worded rebuttal of the Sealight Chronicle's phone report: deny); 'Mortlock's lawyer, Zephyrine Sternhagen, said the Chronicle's story was untrue from start to finish' (second party, same claim; keyed by its object) + two-sentence quote named by pronoun ('she said'): 'Nathaniel was fighting a wheel that would not turn' and 'In 22 years at sea he has never once picked up a phone at the helm' (both deny); 'Quaymark said there was no record of any complaint in its maintenance log' (against the anonymous deckhand; short-name back-reference). Admission: 'Quaymark did accept that the split hose had not been replaced since 2029' (required confirm). Spokesman of a named company (not anonymous): split quote '\"We have read every line of this report,\" a spokesman for Quaymark said, \"and we will act on every line of it.\"'. Anonymous: 'A deckhand who was on board that night told Radio Porthvennor, on condition that he not be named' (anonymous, hedged, via) and 'A woman who was hurt in the crash, who asked not to be named, reportedly told the Sealight Chronicle' (anonymous, hedged, via). The Safe Quays Now leaflet's 80-passenger claim is labelled false ('It was not: the boat carried 41 passengers ...'): required assert. Pronoun-resolved: 'she added' (the chief inspector), 'It also wants ...' (the board). The harbour master's 'the lights on the north pier had been working' answers no claim made in the text: required assert, not a denial record. Optional: 'Quaymark declined to comment on any legal action'.",
 [A("rep-8-knots", "the Sea Safety Investigation Board's interim report", REP, "according to", "assert", ["was travelling at about 8 knots, twice the harbour limit"], h=True),
  A("rep-steering", "the interim report", REP, "the report says", "assert", ["The boat's steering stopped responding for about 40 seconds before the collision"], h=True),
  A("polk-blame", "Rhoswen Polkinghorne, the board's chief inspector", POLK, "said", "assert", ["the report did not apportion blame"]),
  A("polk-so-far", "Rhoswen Polkinghorne", POLK, "she said", "assert", ["This is what we know so far, not what we have concluded"], q=True),
  A("polk-spring", "Rhoswen Polkinghorne", POLK, "(second sentence of the same quote)", "predict", ["The final report will follow in the spring"], q=True),
  A("polk-interviewed", "Rhoswen Polkinghorne", POLK, "she added", "assert", ["Investigators had interviewed the crew and 30 of the passengers", "the split hose had been sent to a laboratory for tests"]),
  A("qua-speed", "Quaymark Sea Tours, the boat's owner", QUA, "contested ..., saying", "deny", ["the speed finding", "the boat's own satellite tracker had logged 5.5 knots in the last minute before the crash"]),
  A("board-tracker", "the Sea Safety Investigation Board", BOARD, "said", "assert", ["the tracker recorded the boat's position only every 30 seconds", "could not be used to measure speed so close to the pier"]),
  A("qua-hose", "Quaymark Sea Tours", QUA, "did accept that", "confirm", ["the split hose had not been replaced since 2029"]),
  A("qsp-every-line", "a spokesman for Quaymark", QSP, "a spokesman for Quaymark said (split quote)", "predict", ["We have read every line of this report", "we will act on every line of it"], q=True),
  A("chr-phone", "the Sealight Chronicle", CHR, "reported", "assert", ["had been using his mobile phone in the wheelhouse moments before the collision"]),
  A("board-drawer", "the Sea Safety Investigation Board", BOARD, "said", "deny", ["the skipper's phone had been in a locked drawer on the lower deck for the whole trip", "the wheelhouse camera showed both his hands on the wheel"]),
  A("ste-untrue", "Zephyrine Sternhagen, the skipper's lawyer", STE, "said ... was untrue from start to finish", "deny", ["the Chronicle's story"]),
  A("ste-fighting", "Zephyrine Sternhagen", STE, "she said", "deny", ["Nathaniel was fighting a wheel that would not turn"], q=True),
  A("ste-never", "Zephyrine Sternhagen", STE, "(second sentence of the same quote)", "deny", ["In 22 years at sea he has never once picked up a phone at the helm"], q=True),
  A("deckhand-steering", "a deckhand who was on board (anonymous)", ["deckhand who was on board", "deckhand"], "told Radio Porthvennor, on condition that he not be named", "assert", ["the crew had complained about stiff steering twice in July"], h=True, anon=True, via=["Radio Porthvennor"]),
  A("qua-no-record", "Quaymark Sea Tours", QUA, "said", "deny", ["no record of any complaint in its maintenance log"]),
  A("rep-13-hours", "the interim report", REP, "The report also notes that", "assert", ["Mortlock had been on duty for 13 hours when the crash happened"]),
  A("ste-limit", "Zephyrine Sternhagen", STE, "said", "assert", ["that was within the limit set by the harbour's own rules"]),
  A("tre-bang", "Norwenna Trevorrow, a passenger", ["Trevorrow"], "said Norwenna Trevorrow", "assert", ["There was a bang under our feet, and then the pier was just there"], q=True),
  A("tre-skittles", "Norwenna Trevorrow", ["Trevorrow"], "(second sentence of the same quote)", "assert", ["People went over like skittles"], q=True),
  A("amb-hip", "the local ambulance service", ["local ambulance service", "ambulance service"], "according to", "assert", ["A 71-year-old woman broke her hip"]),
  A("tru-limit", "the Porthvennor Harbour Trust", TRU, "the trust said", "assert", ["has cut the speed limit inside the harbour wall from 4 knots to 3"]),
  A("pen-lights", "Maelor Pengarth, the trust's harbour master", ["Pengarth", "harbour master", "trust"], "said", "assert", ["the lights on the north pier had been working that night and had been tested at sunset"]),
  A("leaflet-80", "a leaflet handed out by the group Safe Quays Now", ["Safe Quays Now", "leaflet", "group"], "claimed", "assert", ["the Puffin Star had been carrying 80 passengers, nearly twice its licence"]),
  A("board-manual", "the Sea Safety Investigation Board", BOARD, "has recommended that", "suggest", ["every boat of the Puffin Star's type carry a second, manual steering system by June 2035"]),
  A("board-camera", "the Sea Safety Investigation Board", BOARD, "It also wants", "suggest", ["the harbour trust to put a speed camera at the harbour mouth"]),
  A("qua-fit", "Quaymark Sea Tours", QUA, "said", "predict", ["fit manual steering to its boats before the season begins in April"]),
  A("ste-return", "Zephyrine Sternhagen", STE, "said her client hoped", "predict", ["return to work once the board's final report had been published"], h=True),
  A("woman-sue", "a woman who was hurt in the crash (anonymous)", ["woman who was hurt in the crash", "woman"], "reportedly told the Sealight Chronicle", "assert", ["she was preparing to sue the company"], h=True, anon=True, via=["Sealight Chronicle"]),
  A("qua-no-comment", "Quaymark Sea Tours", ["Quaymark"], "declined to comment", "assert", ["any legal action"], req=False)],
 [D(["Quaymark Sea Tours", "Quaymark"], ["travelling at about 8 knots, twice the harbour limit"], "'contested the speed finding, saying the boat's own satellite tracker had logged 5.5 knots ...'"),
  D(["Sea Safety Investigation Board", "board"], ["had been using his mobile phone in the wheelhouse moments before the collision"], "positively worded rebuttal: the phone was in a locked drawer on the lower deck; the camera showed both his hands on the wheel"),
  D(["Sternhagen"], ["had been using his mobile phone in the wheelhouse moments before the collision"], "second party, same claim: 'said the Chronicle's story was untrue from start to finish' + 'Nathaniel was fighting a wheel that would not turn. In 22 years at sea he has never once picked up a phone at the helm'"),
  D(["Quaymark"], ["the crew had complained about stiff steering twice in July"], "'Quaymark said there was no record of any complaint in its maintenance log' (against the anonymous deckhand)")],
 [{"match": ["deckhand who was on board"], "note": "a deckhand, not named, told Radio Porthvennor the crew had complained about stiff steering twice in July"},
  {"match": ["woman who was hurt in the crash"], "note": "an injured passenger who asked not to be named reportedly told the Sealight Chronicle she was preparing to sue"}],
 [{"speaker": ["deckhand who was on board"], "outlets": ["Radio Porthvennor"], "note": "anonymous deckhand -> Radio Porthvennor -> this story"},
  {"speaker": ["woman who was hurt in the crash"], "outlets": ["Sealight Chronicle"], "note": "anonymous injured passenger -> Sealight Chronicle -> this story"}],
 [S("Puffin Star", ["The sightseeing boat"]), S("Rhoswen Polkinghorne", ["The board's chief inspector"]), S("Quaymark Sea Tours", ["The boat's owner", "which runs about 2,000 trips a year from Porthvennor"]), S("Nathaniel Mortlock", ["the skipper"]), S("Zephyrine Sternhagen", ["Mortlock's lawyer"]), S("Norwenna Trevorrow", ["who was on the upper deck with her two grandchildren"]), S("Maelor Pengarth", ["Its harbour master"]), S("Safe Quays Now", ["the group"])],
 ["about 8 knots", "about 40 seconds", "about 2,000 trips", "reportedly", "is likely to", "at least", "hoped"],
 [{"claim": ["the Puffin Star had been carrying 80 passengers, nearly twice its licence"], "by": "the article itself ('It was not: the boat carried 41 passengers and four crew, and is licensed for 60.')"}],
 [],
 [N("about 8 knots", "speed, per the interim report"), N("August 9", "date of the crash"), N("Nine of the 41 passengers", "injured"), N("three of them seriously", "seriously injured"), N("about 40 seconds", "steering failure"), N("30 of the passengers", "interviewed"), N("5.5 knots", "speed, per Quaymark's tracker"), N("30 seconds", "tracker interval"), N("2029", "hose last replaced"), N("about 2,000 trips a year", "Quaymark trips"), N("22 years", "skipper's years at sea"), N("13 hours", "skipper on duty"), N("14 hours", "harbour limit in summer"), N("71-year-old", "woman who broke her hip"), N("from 4 knots to 3", "new harbour limit"), N("80 passengers", "leaflet's false figure"), N("41 passengers and four crew", "actual numbers on board"), N("licensed for 60", "passenger licence"), N("June 2035", "manual steering deadline")],
 [CE(["after a hydraulic hose split in the engine room"], ["The boat's steering stopped responding for about 40 seconds before the collision"]), CE(["Because of the crash"], ["has cut the speed limit inside the harbour wall from 4 knots to 3"])],
 ["INVESTIGATION", "By Silvio Waverley, Transport Correspondent", "Friday 3 October 2034", "Photo: The Puffin Star tied up at the south pier after the collision", "Advertisement", "Read more: How harbour speed limits are set and policed"])

print("ALL OK" if ok else "PROBLEMS")
