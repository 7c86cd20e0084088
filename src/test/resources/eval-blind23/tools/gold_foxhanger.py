from goldlib import *
N = "foxhanger-fields-cracks-property-correspondent"
ST = ["Stellingford", "housebuilder"]
K = ["Kettlewell-Kapoor", "managing director"]
MD = ["Mobberley-Dunne", "customer director"]
TR = ["Trusscote", "insurer"]
WDC = ["Wraybourne District Council", "council"]
AE = ["Arbuthnot-Egwuatu", "chair"]
OB = ["Ogunbanjo-Blenheim", "structural engineer"]
attrs = [
A("headline-denies", "Stellingford Homes (headline)", ST, "denies (headline)", "deny", ["built on an old clay pit"], req=False),
A("survey-cracks", "a survey carried out for the Foxhanger Fields Action Group", ["survey", "Action Group"], "according to", "assert", ["Twenty-two of the 63 homes"]),
A("group-clay-pit", "Foxhanger Fields Action Group", ["Action Group", "group"], "says", "assert", ["old brick-clay pit", "Stellingford Homes, knew it"]),
A("map-brick-pit", "a county map of 1962 (cited by the group)", ["map", "group"], "points to ... which marks", "assert", ["marks a \"brick pit\""], q=True),
A("kettlewell-mince", "Piers Kettlewell-Kapoor, Stellingford's managing director", K, "did not mince his words (content-less verdict)", "deny", ["did not mince his words"], req=False),
A("kettlewell-never-pit", "Piers Kettlewell-Kapoor", K, "he said", "deny", ["never a clay pit under Foxhanger Fields", "dairy farm"], q=True),
A("kettlewell-accepted", "Piers Kettlewell-Kapoor", K, "He accepted", "confirm", ["14 of the homes would need their foundations strengthened"]),
A("kettlewell-september", "Piers Kettlewell-Kapoor", K, "work he said would", "predict", ["start in September"]),
A("kettlewell-no-figure", "Piers Kettlewell-Kapoor", K, "put no figure (refusal)", "assert", ["no figure on the cost"], req=False),
A("residents-5000", "three residents still negotiating with the company (unnamed)", ["residents"], "said", "assert", ["offered £5,000 to sign agreements"], anon=True),
A("resident-kitchen", "one of the three unnamed residents", ["One of them", "residents"], "One of them said", "assert", ["at my kitchen table"], q=True, anon=True),
A("mobberley-no-buyer", "Clemency Mobberley-Dunne, the company's customer director", MD, "said (said-X inversion)", "deny", ["No buyer has been asked to sign away the right to speak to anyone"], q=True),
A("mobberley-papers", "Clemency Mobberley-Dunne", MD, "she said (mid-sentence)", "deny", ["standard repair agreements"]),
A("forum-collapse", "posts on a Wraybourne community forum", ["Posts", "forum"], "have claimed", "assert", ["close to collapse"], anon=True, via=["forum"]),
A("mobberley-38m", "Clemency Mobberley-Dunne", MD, "she said:", "deny", ["£38 million in the bank", "no borrowing at all"], q=True),
A("fenchurch-refused", "Evander Fenchurch-Ndlovu, buyer on the estate", ["Fenchurch-Ndlovu"], "said", "assert", ["own claim had been refused in March"]),
A("trusscote-not-rejected", "Trusscote Warranty, which insures the estate", TR, "told the trade title", "deny", ["not rejected one claim from Foxhanger Fields"], q=True, via=["Build Insurance Weekly", "Wraybourne Echo"]),
A("echo-relay-trusscote", "Wraybourne Echo / Build Insurance Weekly relaying Trusscote", ["Wraybourne Echo", "Build Insurance Weekly"], "according to a report later picked up by", "deny", ["not rejected one claim from Foxhanger Fields"], q=True, via=["Build Insurance Weekly", "Wraybourne Echo"], req=False),
A("trusscote-eleven", "Trusscote Warranty", TR, "the insurer said", "assert", ["Eleven claims were still being assessed"]),
A("trusscote-accepted", "Trusscote Warranty", TR, "It accepted", "confirm", ["worded badly enough to read like a refusal"], q=True),
A("arbuthnot-skip", "Sunniva Arbuthnot-Egwuatu, chair of the action group", AE, "has accused", "assert", ["skip a ground survey"]),
A("council-no-waiver", "Wraybourne District Council", WDC, "The council said", "deny", ["no survey had been waived", "Dunlow Partnership"]),
A("council-portal", "Wraybourne District Council", WDC, "It said", "assert", ["planning portal"]),
A("arbuthnot-read-it", "Sunniva Arbuthnot-Egwuatu", AE, "said", "assert", ["she had read it"], req=False),
A("arbuthnot-borehole", "Sunniva Arbuthnot-Egwuatu", AE, "she said", "assert", ["borehole in every corner of the site"], q=True),
A("oduya-consistent", "Dr Kasimir Ogunbanjo-Blenheim, structural engineer who inspected six houses for residents", OB, "said", "assert", ["consistent with clay shrinking"]),
A("oduya-not-sinking", "Dr Kasimir Ogunbanjo-Blenheim", OB, "he said", "opinion", ["This is not a sinking estate"], q=True),
A("oduya-drainage", "Dr Kasimir Ogunbanjo-Blenheim", OB, "(continues the quote)", "opinion", ["drainage problem and some rushed foundations"], q=True, req=False),
A("oduya-expected", "Dr Kasimir Ogunbanjo-Blenheim", OB, "He expected", "predict", ["more cracks to open"], h=True),
A("understood-paused", "unnamed (is understood to)", ["understood"], "is understood to", "assert", ["paused sales of the last six plots"], h=True, anon=True, req=False),
]
denials = [
 {"by": ["Stellingford", "Kettlewell-Kapoor"], "denied": ["old brick-clay pit", "never a clay pit under Foxhanger Fields"], "note": "'did not mince his words' (content-less, optional) + quote '... there was never a clay pit under Foxhanger Fields; there was a dairy farm ...,' he said (required); the headline's 'denies it built on an old clay pit' is optional."},
 {"by": ["Mobberley-Dunne"], "denied": ["offered £5,000 to sign agreements", "No buyer has been asked to sign away the right to speak to anyone"], "note": "Said-X inversion with role after the name + positive-words mid-sentence pronoun cue ('The papers, she said, were standard repair agreements ...'), both required."},
 {"by": ["Mobberley-Dunne"], "denied": ["close to collapse", "£38 million in the bank"], "note": "Positive-words denial after 'she said:' against anonymous forum posts."},
 {"by": ["Trusscote"], "denied": ["own claim had been refused in March", "not rejected one claim from Foxhanger Fields"], "note": "Relayed: told Build Insurance Weekly, picked up by the Wraybourne Echo; 'It accepted that a letter ... had been worded badly' is an admission (confirm)."},
 {"by": ["Wraybourne District Council", "council"], "denied": ["skip a ground survey", "no survey had been waived"], "note": "Body denial in reported speech against the action group chair's accusation."},
]
anon = [
 {"match": ["residents", "One of them"], "note": "three residents still negotiating, asked not to be named; £5,000 offers"},
 {"match": ["Posts", "forum"], "note": "posts on a Wraybourne community forum claiming the firm is close to collapse"},
 {"match": ["understood"], "note": "Stellingford is understood to have paused sales"},
]
relays = [{"speaker": ["Trusscote"], "outlets": ["Build Insurance Weekly", "Wraybourne Echo"], "note": "Trusscote -> Build Insurance Weekly (trade title) -> Wraybourne Echo -> this article"}]
descs = [
 {"name": "Foxhanger Fields Action Group", "description": ["represents 48 households"]},
 {"name": "Piers Kettlewell-Kapoor", "description": ["Stellingford's managing director"]},
 {"name": "Clemency Mobberley-Dunne", "description": ["the company's customer director"]},
 {"name": "Evander Fenchurch-Ndlovu", "description": ["bought a three-bedroom house on the estate in 2022"]},
 {"name": "Trusscote Warranty", "description": ["which insures the estate"]},
 {"name": "Build Insurance Weekly", "description": ["the trade title"]},
 {"name": "Sunniva Arbuthnot-Egwuatu", "description": ["The action group's chair"]},
 {"name": "Kasimir Ogunbanjo-Blenheim", "description": ["a structural engineer who has inspected six of the houses for residents"]},
]
hedges = ["is understood to", "reportedly", "He expected"]
lf = []
numbers = [{"value": "Twenty-two of the 63 homes", "fact": "homes with cracks"}, {"value": "less than five years", "fact": "since first buyers moved in"},
 {"value": "48 households", "fact": "represented by the action group"}, {"value": "1962", "fact": "county map"}, {"value": "1950", "fact": "dairy farm records"},
 {"value": "14 of the homes", "fact": "need underpinning"}, {"value": "September", "fact": "underpinning starts"}, {"value": "£5,000", "fact": "offer claimed by residents"},
 {"value": "£38 million", "fact": "cash in the bank"}, {"value": "ten-year", "fact": "structural warranty"}, {"value": "Eleven claims", "fact": "still being assessed"},
 {"value": "March 2019", "fact": "ground investigation filed"}, {"value": "six of the houses", "fact": "inspected by Ogunbanjo-Blenheim"}, {"value": "last six plots", "fact": "sales paused"},
 {"value": "25 June", "fact": "residents' meeting with company and council"}]
ce = [{"cause": ["clay shrinking under shallow foundations"], "effect": ["the cracks"]},
      {"cause": ["still negotiating with the company"], "effect": ["asked not to be named"]}]
noise = ["PROPERTY | Homes and money", "By Delphine Arkwright-Sule, Property Correspondent", "Saturday 13 June 2026",
 "Photo caption: A crack runs from a window frame to the ground on a house at Foxhanger Fields, Wraybourne. (Photo: Cormac Etheridge-Lowe)",
 "\"Sign here and stay quiet\"", "The warranty", "The council", "What the experts say", "Related: What a new-home warranty does and does not cover"]
notes = ("Property correspondent's report (straight quotes). Noise: section line, byline, date line, photo caption, four subheads (one in quotation marks), 'Related:' line. "
 "Pronoun and role sources: 'The group' = Foxhanger Fields Action Group; 'he said', 'He accepted', 'he said would start' = Kettlewell-Kapoor; 'One of them said' = one of the anonymous residents; "
 "'she said' (papers), 'she said:' = Mobberley-Dunne; 'the insurer said', 'It accepted' = Trusscote Warranty; 'The council said', 'It said' = Wraybourne District Council; 'she said' (borehole) = Arbuthnot-Egwuatu; "
 "'he said', 'He expected' = Ogunbanjo-Blenheim. 'did not mince his words' is a content-less verdict (optional deny). The headline's 'housebuilder denies it built on an old clay pit' is an optional deny. "
 "Non-denials: 'He accepted that 14 of the homes would need their foundations underpinned' (admission, confirm); 'He put no figure on the cost' (refusal, optional); "
 "'It accepted that a letter ... had been \"worded badly enough to read like a refusal\"' (admission, confirm); 'This is not a sinking estate' (an outside engineer's opinion, denies no claim about himself); "
 "the borehole remark (assert, casts doubt on the council's report but denies nothing); 'No family has yet had to move out' (article voice); 'reportedly pulled out' (article hedge, no entry); 'is understood to' (optional).")
build(N, notes, attrs, denials, anon, relays, descs, hedges, lf, [], numbers, ce, noise)
