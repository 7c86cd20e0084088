from goldlib import *
N = "veil-and-bloom-bridal-consumer-affairs"
MT = ["Thackwray", "owner"]
JA = ["Abernant"]
HR = ["Hartsmere Recovery", "liquidators"]
IB = ["Broadbent", "partner handling the case"]
BC = ["Caldicot", "Vellora"]
PO = ["Oduro", "consumer lawyer"]
attrs = [
A("headline-denies", "Marisol Thackwray (headline)", ["owner"], "denies (headline)", "deny", ["taking deposits she knew she could not honour"], req=False),
A("abernant-in-country", "Jolene Abernant, customer", JA, "she said", "assert", ["my dress was in the country"], q=True),
A("abernant-nobody", "Jolene Abernant", JA, "(continues the quote)", "assert", ["Nobody has told me anything since"], q=True, req=False),
A("thackwray-denied", "Marisol Thackwray, owner", MT, "denied that", "deny", ["taken deposits after she knew the business would close"]),
A("thackwray-split", "Marisol Thackwray", ["Thackwray"], "said Ms Thackwray (quote split by attribution)", "deny", ["did not know until 19 October", "I took the last deposit on 2 October"], q=True),
A("thackwray-admitted", "Marisol Thackwray", ["Thackwray"], "She admitted that", "confirm", ["had not told her four staff"]),
A("thackwray-worst", "Marisol Thackwray", ["Thackwray"], "a decision she called", "opinion", ["the worst thing I have done"], q=True, req=False),
A("employee-new-company", "a former employee (unnamed)", ["former employee"], "told me", "assert", ["registered a new company in September", "reopen under another name"], anon=True),
A("thackwray-waved", "Marisol Thackwray", ["Thackwray"], "waved that away", "deny", ["waved that away"], req=False),
A("thackwray-dormant-shell", "Marisol Thackwray", ["Thackwray"], "She said", "deny", ["a dormant shell my accountant set up in 2019"], q=True),
A("companies-house", "Companies House records", ["Companies House"], "records show", "assert", ["incorporated in May 2019", "never filed a trading account"]),
A("posts-resale", "posts in a Cresswick brides' Facebook group", ["Posts", "Facebook group"], "said", "assert", ["sold on a resale website"], anon=True, via=["Facebook group"]),
A("liquidators-not-sold", "Hartsmere Recovery, the liquidators", HR, "said", "deny", ["the stock had not been sold", "locked unit on the Stanway Road estate"]),
A("broadbent-matched", "Ignatius Broadbent, partner at Hartsmere Recovery", IB, "said", "assert", ["41 dresses had already been matched"]),
A("broadbent-hoped", "Ignatius Broadbent", IB, "he hoped", "predict", ["before the end of November"], h=True),
A("letters-destroyed", "several letters (rumour)", ["rumour", "several letters"], "repeated in", "assert", ["destroyed orders it had not been paid for"], anon=True, req=False),
A("caldicot-not-thrown", "Beatrix Caldicot, founder of Vellora Gowns", BC, "told Bridal Trade Review, in remarks later repeated by the Cresswick Spectator", "deny", ["has not thrown away a single dress"], q=True, via=["Bridal Trade Review", "Cresswick Spectator"]),
A("courier-relay", "Cresswick Spectator / Bridal Trade Review relaying Caldicot", ["Cresswick Spectator", "Bridal Trade Review"], "later repeated by", "deny", ["has not thrown away a single dress"], q=True, via=["Bridal Trade Review", "Cresswick Spectator"], req=False),
A("caldicot-at-cost", "Beatrix Caldicot", BC, "She said", "assert", ["22 finished gowns", "sell them to the brides at cost"]),
A("post-debit-card", "a post shared widely on a local community page", ["post shared widely", "community page"], "have been told", "assert", ["paid by debit card cannot get their money back"], anon=True, via=["community page"]),
A("oduro-contact", "Peregrine Oduro, consumer lawyer at Coinwell Money", PO, "said", "assert", ["contact their card provider now"]),
A("oduro-donation", "Peregrine Oduro", PO, "he said", "opinion", ["A deposit is not a donation"], q=True),
A("oduro-law", "Peregrine Oduro", PO, "(continues the quote)", "assert", ["part payment for goods"], q=True, req=False),
A("oduro-expected", "Peregrine Oduro", PO, "He expected", "predict", ["within eight weeks"], h=True),
A("ts-no-comment", "Cresswick Trading Standards", ["Trading Standards"], "said it could not comment", "assert", ["could not comment on an individual business"], req=False),
A("ts-37", "Cresswick Trading Standards", ["Trading Standards"], "confirmed that", "confirm", ["received 37 complaints"]),
A("understood-insurer", "unnamed (It is understood)", ["It is understood"], "It is understood", "assert", ["cover extends to customers' deposits"], h=True, anon=True, req=False),
]
denials = [
 {"by": ["Thackwray", "owner"], "denied": ["taken deposits after she knew the business would close", "did not know until 19 October"], "note": "Reported 'denied that' + a quote split by its attribution (denial in the second half)."},
 {"by": ["Thackwray"], "denied": ["registered a new company in September", "a dormant shell"], "note": "'waved that away' (content-less, optional) + pronoun-sourced positive-words denial against the anonymous former employee."},
 {"by": ["Hartsmere Recovery", "liquidators"], "denied": ["sold on a resale website", "the stock had not been sold"], "note": "Organisation denial in reported speech against Facebook group posts."},
 {"by": ["Caldicot", "Vellora"], "denied": ["destroyed orders it had not been paid for", "has not thrown away a single dress"], "note": "Relayed: told Bridal Trade Review, repeated by the Cresswick Spectator."},
]
anon = [
 {"match": ["former employee"], "note": "asked not to be named because she is owed wages; says a new company was registered"},
 {"match": ["Posts", "Facebook group"], "note": "dresses being sold on a resale website"},
 {"match": ["post shared widely", "community page"], "note": "debit-card claim, labelled false"},
]
relays = [{"speaker": ["Caldicot"], "outlets": ["Bridal Trade Review", "Cresswick Spectator"], "note": "Caldicot -> Bridal Trade Review -> Cresswick Spectator -> this column"}]
descs = [
 {"name": "Veil & Bloom Bridal", "description": ["traded from a converted chapel on Cresswick's Market Row for 14 years"]},
 {"name": "Marisol Thackwray", "description": ["The owner"]},
 {"name": "Hartsmere Recovery", "description": ["The liquidators"]},
 {"name": "Ignatius Broadbent", "description": ["the partner handling the case"]},
 {"name": "Beatrix Caldicot", "description": ["Its founder"]},
 {"name": "Peregrine Oduro", "description": ["a consumer lawyer at the advice charity Coinwell Money"]},
]
hedges = ["at least 63", "he hoped", "reportedly", "are expected to", "It is understood", "He expected"]
lf = [{"claim": ["paid by debit card cannot get their money back"], "by": "the article itself ('That is a mistake: debit card payments can be reclaimed through the chargeback scheme')"}]
numbers = [{"value": "14 years", "fact": "shop traded"}, {"value": "21 October", "fact": "shop closed"}, {"value": "63", "fact": "brides who wrote in"},
 {"value": "£1,800", "fact": "Abernant's deposit"}, {"value": "2 October", "fact": "last deposit"}, {"value": "19 October", "fact": "bank pulled overdraft"},
 {"value": "41 dresses", "fact": "matched so far"}, {"value": "22 finished gowns", "fact": "held by Vellora"}, {"value": "£100", "fact": "section 75 threshold"},
 {"value": "eight weeks", "fact": "card claims expected settled"}, {"value": "37 complaints", "fact": "received by Trading Standards"}, {"value": "20 November", "fact": "liquidators to write by"}]
ce = [{"cause": ["the bank would pull the overdraft"], "effect": ["shut its doors without warning"]}]
noise = ["CONSUMER AFFAIRS | Your money, your rights", "By Hermione Quarrendon, Consumer Affairs Editor", "Saturday 7 November 2026",
 "Photo caption: The locked doors of Veil & Bloom Bridal on Market Row. (Reader photo)", "The new company", "Where are the dresses?", "Your rights",
 "Write to: Consumer Affairs, PO Box 2217, Cresswick"]
notes = ("Original fictional article (straight quotes). Consumer affairs column in the editor's first person ('My postbag', 'told me', 'write to me'): 'told me' names the column's own author and gets no outlet via. "
 "Pronoun sources: 'she said' (first quote) = Abernant; 'She admitted', 'She said' (dormant shell) = Thackwray; 'She said' (22 gowns) = Caldicot; 'he said', 'He expected' = Oduro; 'he hoped' = Broadbent. "
 "Planted non-denials: 'She admitted that ...' (admission, confirm), 'could not comment on an individual business' (refusal, optional), 'A deposit is not a donation' (opinion with not), Companies House records (counter-evidence, assert), "
 "'reportedly', 'are expected to', 'It is understood' (article hedges). 'waved that away' is an optional content-less deny. The debit-card claim is labelled false by the article itself. Headline deny optional.")
build(N, notes, attrs, denials, anon, relays, descs, hedges, lf, [], numbers, ce, noise)
