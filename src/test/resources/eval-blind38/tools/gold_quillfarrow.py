from goldlib import A, build
N = "quillfarrow-school-board-meeting-report"
BR = ["Brisbois", "Superintendent", "superintendent"]
attrs = [
 A("district-insisted", "district leaders, Quillfarrow Unified School District (lede)", ["district leaders", "Quillfarrow Unified School District", "district"], "insisted the closure had nothing to do with", "deny", ["had nothing to do with a housing development"]),
 A("brisbois-enrollment", "Superintendent Orsolya Brisbois", BR, "told the board that", "assert", ["fallen from 412 students in 2019 to 236 this year"]),
 A("brisbois-gap", "Orsolya Brisbois", BR, "she said", "assert", ["$3.1 million budget gap next year", "federal pandemic relief money ran out in September"]),
 A("flyer-sale", "a flyer by the Save Tenbrook campaign", ["flyer", "Save Tenbrook"], "claimed", "assert", ["agreed to sell the site to Culverhay Homes for $8 million"]),
 A("brisbois-adamant", "Orsolya Brisbois", BR, "was adamant that", "deny", ["no sale had been discussed with anyone"]),
 A("brisbois-no-buyer", "Orsolya Brisbois", BR, "she said", "deny", ["There is no buyer, there is no price and there is no deal"], q=True),
 A("brisbois-stays", "Orsolya Brisbois", BR, "(second sentence of the same quote) she said", "deny", ["The building stays in district hands for the foreseeable future"], q=True),
 A("gillow-never", "Maelle Gillow, land director at Culverhay Homes", ["Gillow", "Culverhay", "land director"], "said flatly that", "deny", ["had never made an offer for Tenbrook"]),
 A("saffery-not-persuaded", "Clovis Saffery", ["Saffery", "Board member"], "was not persuaded by", "opinion", ["was not persuaded by the superintendent's figures"], req=False),
 A("saffery-stretched", "Clovis Saffery, board member", ["Saffery", "Board member"], "Saffery said (split quote)", "assert", ["were stretched to reach the answer the district wanted all along"], q=True),
 A("saffery-undercounted", "Clovis Saffery", ["Saffery"], "said", "assert", ["enrollment had been undercounted"]),
 A("brisbois-countered", "Orsolya Brisbois", BR, "countered that", "deny", ["have never counted toward school enrollment"]),
 A("teacher-warned", "a Tenbrook teacher who spoke on condition of anonymity", ["teacher"], "told the Ledger", "assert", ["raising the closure with parents could cost them their jobs"], h=True, anon=True, via=["Ledger", "Quillfarrow Ledger"]),
 A("esquivel-no-warning", "Inigo Esquivel, board president", ["Esquivel", "Board president"], "said no such warning had ever been given", "deny", ["no such warning had ever been given"]),
 A("brisbois-letter", "Orsolya Brisbois", BR, "confirmed that", "confirm", ["had given the wrong date for the vote"]),
 A("brisbois-error", "Orsolya Brisbois", BR, "she said", "confirm", ["That was our error"], q=True),
 A("post-bus", "a post on a parents' Facebook group", ["post", "Facebook group"], "said", "assert", ["bus rides of up to 40 minutes"]),
 A("route-maps", "the district's published route maps", ["route maps", "district"], "put", "assert", ["the longest ride at 14 minutes"], req=False),
 A("qta-no-comment", "Quillfarrow Teachers Association", ["Teachers Association"], "declined to comment", "assert", ["declined to comment ahead of a members' meeting"], req=False),
 A("esquivel-not-wanted", "Inigo Esquivel", ["Esquivel"], "said", "opinion", ["not something anyone on the board had wanted"]),
 A("brisbois-april", "Orsolya Brisbois", BR, "said ... would", "predict", ["would go to the board on April 6"]),
]
denials = [
 {"by": ["district leaders", "Brisbois"], "denied": ["agreed to sell the site to Culverhay Homes for $8 million"], "note": "lede 'insisted the closure had nothing to do with a housing development' + Brisbois 'was adamant that no sale had been discussed' + two-sentence quote 'There is no buyer ... stays in district hands'"},
 {"by": ["Gillow", "Culverhay Homes"], "denied": ["agreed to sell the site to Culverhay Homes for $8 million"], "note": "second party, same claim: 'said flatly that the company had never made an offer for Tenbrook'"},
 {"by": ["Brisbois"], "denied": ["enrollment had been undercounted", "were stretched to reach the answer the district wanted all along"], "note": "same denier, second claim: 'countered that preschool places ... have never counted toward school enrollment'"},
 {"by": ["Esquivel"], "denied": ["raising the closure with parents could cost them their jobs"], "note": "Esquivel 'said no such warning had ever been given' (against the anonymous teacher)"},
]
anon = [{"match": ["teacher"], "note": "Tenbrook teacher who spoke on condition of anonymity, told the Ledger (allegedly)"}]
relays = [{"speaker": ["teacher"], "outlets": ["Ledger"], "note": "anonymous teacher -> the Quillfarrow Ledger (the publication itself)"}]
descs = [{"name": "Orsolya Brisbois", "description": ["Superintendent"]}, {"name": "Maelle Gillow", "description": ["land director at Culverhay Homes"]}, {"name": "Clovis Saffery", "description": ["Board member"]}, {"name": "Inigo Esquivel", "description": ["Board president"]}]
hedges = ["allegedly"]
lf = [{"claim": ["bus rides of up to 40 minutes"], "by": "the article itself ('That is not true: the district's published route maps ...')"}]
numbers = [{"value": v, "fact": f} for v, f in [("4-3", "vote"), ("More than 200 parents", "attendance"), ("412 students in 2019", "past enrollment"), ("236 this year", "enrollment"), ("$3.1 million", "budget gap"), ("$8 million", "alleged sale price"), ("31 preschool children", "preschool"), ("40 minutes", "false bus claim"), ("14 minutes", "longest ride"), ("19 staff", "staff"), ("April 6", "transition plan")]]
ce = [{"cause": ["federal pandemic relief money ran out in September"], "effect": ["$3.1 million budget gap next year"]}, {"cause": ["the district left out 31 preschool children"], "effect": ["enrollment had been undercounted"]}]
noise = ["EDUCATION | Quillfarrow Ledger", "By Thessaly Wheatcliffe, Staff Writer", "Published 10:12 p.m., Tuesday, March 9, 2027", "Advertisement", "Pictured: Parents hold signs outside Hollingrake Middle School before Tuesday's vote", "Read more: Quillfarrow bus routes for next year"]
notes = ("Original fictional school-board meeting report (American). Section label, byline, timestamp, 'Advertisement', caption and 'Read more:' line are noise. "
 "Denials: lede 'district leaders insisted the closure had nothing to do with a housing development'; Brisbois 'was adamant that no sale had been discussed with anyone' + two-sentence quote with the speaker named once by pronoun (both sentences required deny; the second is a positively worded rebuttal of the sale claim); Gillow (Culverhay Homes) 'said flatly that the company had never made an offer' (second party, same claim); Brisbois 'countered that' preschool places have never counted (same denier, second claim, against Saffery); Esquivel 'said no such warning had ever been given' (against the anonymous teacher). "
 "Saffery's split quote ('The numbers,' Saffery said, 'were stretched ...') = required assert; the narrator's 'was not persuaded by the superintendent's figures' = optional. Anonymous teacher 'told the Ledger' (the publication itself, via) with 'allegedly'. Admission: 'Brisbois confirmed that a letter ... had given the wrong date' + quoted 'That was our error' (required confirm). The Facebook post's 40-minute bus rides are labelled false ('That is not true'); the route maps = optional assert. Teachers Association no-comment optional. Esquivel 'was not something anyone on the board had wanted' = opinion; 'would go to the board on April 6' = predict.")
build(N, notes, attrs, denials, anon, relays, descs, hedges, lf, [], numbers, ce, noise)
