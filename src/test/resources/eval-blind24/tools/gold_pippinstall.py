from goldlib import *
N = "pippinstall-cider-business-desk"
OG = ["Garroway", "chief executive"]
HC = ["Pippinstall"]
SEN = ["Financial Bellwether", "Bellwether"]
CS = ["Castellane spokesman", "Castellane"]
LP = ["Sweetapple", "Brindleford Fruit Growers' Association"]
TW = ["Wrenfield", "drinks analyst"]
attrs = [
A("headline-rejects", "Pippinstall Cider (headline)", ["Pippinstall Cider"], "rejects (headline)", "deny", ["report of sale talks with Castellane"], req=False),
A("hollowmere-lede-rejects", "Pippinstall Cider", HC, "has rejected a report that", "deny", ["it is in talks to sell itself"]),
A("sentinel-price", "the Financial Bellwether, citing three people briefed on the discussions (unnamed)", SEN + ["three people briefed"], "reported ... citing", "assert", ["agreed a price", "announcement could come before Christmas"], anon=True, via=["Financial Bellwether"]),
A("garroway-no-talks", "Ottoline Garroway, chief executive", OG, "said ..., in a call with analysts", "deny", ["There are no talks", "there is no price"], q=True, via=["call with analysts"]),
A("garroway-confirmed", "Ottoline Garroway", ["Garroway"], "confirmed that", "confirm", ["hired advisers at the investment bank Lydgate Partners"]),
A("garroway-refinancing", "Ottoline Garroway", ["Garroway"], "but said", "deny", ["working on a refinancing of its bank debt"]),
A("garroway-would-not", "Ottoline Garroway", ["Garroway"], "She would not give", "assert", ["size of the refinancing"], req=False),
A("quelch-rubbish", "Barnaby Quelch, finance director", ["Quelch", "finance director"], "he said", "deny", ["Rubbish"], q=True, req=False),
A("castellane-not-looking", "a Castellane spokesman", CS, "told Drinks Signal, in comments later carried by Radio Perrymead", "deny", ["not looking at any cider business"], q=True, via=["Drinks Signal", "Radio Perrymead"]),
A("radio-relay-castellane", "Radio Perrymead / Drinks Signal relaying Castellane", ["Radio Perrymead", "Drinks Signal"], "later carried by", "deny", ["not looking at any cider business"], q=True, via=["Drinks Signal", "Radio Perrymead"], req=False),
A("growers-contracts-cut", "two growers (unnamed), passing on a buyer at the mill", ["Two growers", "buyer at the mill"], "said they had heard from", "assert", ["contracts would be cut from next season"], anon=True, h=True),
A("garroway-renewed", "Ottoline Garroway", ["Garroway"], "Ms Garroway said (mid-sentence)", "deny", ["renewed in August for five years", "bound by them"]),
A("pardoe-silence", "Lemuel Sweetapple, chair of the Brindleford Fruit Growers' Association", LP, "said", "opinion", ["more worried by the silence"], q=True),
A("pardoe-not-saying", "Lemuel Sweetapple", ["Sweetapple"], "he said", "opinion", ["I am not saying the company has lied to us"], q=True),
A("pardoe-newspaper", "Lemuel Sweetapple", ["Sweetapple"], "(continues the quote)", "assert", ["found out from a newspaper"], q=True, req=False),
A("sentinel-orchard", "the Financial Bellwether", SEN, "also reported", "assert", ["put part of its orchard land up for sale"]),
A("hollowmere-orchards", "Pippinstall Cider (statement to the stock exchange)", ["company", "Pippinstall"], "said in a statement to the stock exchange", "deny", ["none of its 310 acres of orchard had been sold"], via=["statement to the stock exchange"]),
A("hollowmere-trees", "Pippinstall Cider", ["company", "Pippinstall"], "(same statement)", "assert", ["planted 12,000 new trees"], req=False),
A("land-agents", "land agents in the area (unnamed)", ["Land agents"], "reportedly valued", "assert", ["between £9 million and £11 million"], anon=True, h=True, req=False),
A("forum-suspended", "a post on a shareholder forum", ["post on a shareholder forum"], "claimed", "assert", ["trading in the shares had been suspended"], anon=True, via=["shareholder forum"]),
A("accounts-sales", "Pippinstall's annual accounts", ["annual accounts"], "according to", "assert", ["rose 7% to £58.3 million"]),
A("wrenfield-not-sell", "Thaddeus Wrenfield, drinks analyst at Sternfield Securities", TW, "said:", "opinion", ["not a business that needs to sell"], q=True),
A("wrenfield-debt", "Thaddeus Wrenfield", TW, "(continues the quote)", "assert", ["It needs cheaper debt"], q=True, req=False),
A("wrenfield-expected", "Thaddeus Wrenfield", ["Wrenfield"], "He expected", "predict", ["announced with the half-year results in February"], h=True),
A("sentinel-stood-by", "the Financial Bellwether", SEN, "said it stood by", "assert", ["stood by its report"]),
A("understood-board", "unnamed (It is understood)", ["It is understood"], "It is understood", "assert", ["its board met on Monday"], h=True, anon=True, req=False),
A("hollowmere-no-approach", "Pippinstall Cider", ["Pippinstall"], "Pippinstall said", "deny", ["received no approach from Castellane"]),
]
denials = [
 {"by": ["Pippinstall", "Garroway"], "denied": ["in talks to sell itself", "There are no talks", "received no approach from Castellane"], "note": "Lede's reported rejection, the chief executive's said-X inversion in a call with analysts, her 'but said ... not on a sale' and the company's closing 'received no approach'; the finance director's 'Rubbish' is an optional content-less deny."},
 {"by": ["Castellane"], "denied": ["agreed a price", "not looking at any cider business"], "note": "Relayed: a Castellane spokesman told Drinks Signal, carried by Radio Perrymead."},
 {"by": ["Garroway"], "denied": ["contracts would be cut from next season", "renewed in August for five years"], "note": "Positive-words denial with a mid-sentence cue 'Ms Garroway said' against two anonymous growers' hearsay."},
 {"by": ["Pippinstall", "company"], "denied": ["put part of its orchard land up for sale", "none of its 310 acres of orchard had been sold"], "note": "Company statement to the stock exchange against the Bellwether's second claim."},
]
anon = [
 {"match": ["three people briefed", "Financial Bellwether"], "note": "the Bellwether's three people briefed on the discussions"},
 {"match": ["Two growers", "buyer at the mill"], "note": "two growers, farms not identified, passing on what a buyer at the mill said"},
 {"match": ["post on a shareholder forum"], "note": "suspension claim, labelled false"},
]
relays = [{"speaker": ["Castellane spokesman"], "outlets": ["Drinks Signal", "Radio Perrymead"], "note": "spokesman -> Drinks Signal -> Radio Perrymead -> this report"},
          {"speaker": ["three people briefed"], "outlets": ["Financial Bellwether"], "note": "unnamed people -> Financial Bellwether -> this report"}]
descs = [
 {"name": "Pippinstall Cider", "description": ["the Brindleford cider maker listed on the junior market since 2015"]},
 {"name": "Ottoline Garroway", "description": ["the company's chief executive"]},
 {"name": "Barnaby Quelch", "description": ["The finance director"]},
 {"name": "Lemuel Sweetapple", "description": ["chairs the Brindleford Fruit Growers' Association"]},
 {"name": "Thaddeus Wrenfield", "description": ["a drinks analyst at Sternfield Securities who has covered the company since its listing"]},
 {"name": "Castellane", "description": ["makes beer and spirits in five countries"]},
]
hedges = ["about £140 million", "reportedly", "is expected to", "It is understood", "He expected", "could come"]
lf = [{"claim": ["trading in the shares had been suspended"], "by": "the article itself ('The shares were not suspended')"}]
numbers = [{"value": "£140 million", "fact": "reported price"}, {"value": "46 farms", "fact": "apple suppliers"}, {"value": "310 acres", "fact": "orchard land"},
 {"value": "12,000", "fact": "new trees planted"}, {"value": "4%", "fact": "share rise"}, {"value": "212p", "fact": "closing share price"},
 {"value": "£58.3 million", "fact": "sales"}, {"value": "£2.1 million", "fact": "pre-tax profit"}, {"value": "£4.6 million", "fact": "previous profit"}]
ce = [{"cause": ["after the cost of apples and bottles rose"], "effect": ["pre-tax profit fell to £2.1 million"]}, {"cause": ["The report unsettled"], "effect": ["46 farms"]}]
noise = ["BUSINESS", "By Ansel Marchbanks, Business Desk", "Wednesday 18 November 2026, 18:40",
 "Photo caption: Apple presses at Pippinstall's mill in Brindleford. (Company handout)", "The growers", "The orchards", "The numbers",
 "Related: Small drinks makers squeezed by bottle and fruit costs"]
notes = ("Original fictional article (straight quotes). Business desk report: section line, byline, date-and-time line, photo caption after the third paragraph, three subheads, 'Related:' line. "
 "Pronoun/role sources: 'She would not give' = Garroway; 'he said' ('Rubbish', content-less, optional deny) = Quelch; 'he said' (not saying) = Sweetapple; 'He expected' = Wrenfield; 'The company said' = Pippinstall. "
 "Planted non-denials: 'Ms Garroway confirmed that ...' (admission, confirm), 'She would not give' (refusal, optional), 'I am not saying the company has lied to us' and 'Pippinstall is not a business that needs to sell' (opinions with not), "
 "'The Financial Bellwether said it stood by its report' (assert), 'reportedly', 'is expected to', 'It is understood' (article hedges), 'The shares were not suspended' (article voice, labels the forum claim false).")
build(N, notes, attrs, denials, anon, relays, descs, hedges, lf, [], numbers, ce, noise)
