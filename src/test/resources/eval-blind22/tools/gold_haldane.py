from goldlib import *
N = "haldane-cataract-clinic-health-correspondent"
T = ["trust", "North Haldane Hospitals Trust"]
HV = ["Halloran-Vance", "medical director"]
OK = ["Oyelowo-Kitteridge", "chief operating officer"]
attrs = [
A("trust-lede-rejects", "North Haldane Hospitals Trust (a hospital trust in the north of the county)", T, "has rejected claims", "deny", ["steered hundreds of cataract patients"]),
A("nurses-300", "two nurses who have worked at the Lucent clinic (unnamed)", ["nurses"], "told the Wendlebury Tidings", "assert", ["about 300 operations had been called off"], anon=True, via=["Wendlebury Tidings"]),
A("nurses-night-before", "the two unnamed nurses", ["nurses"], "said", "assert", ["the morning of, or the night before"], q=True, anon=True),
A("halloran-lower", "Dr Ferdia Halloran-Vance, Lucent's medical director", HV, "put the number far lower (verdict)", "deny", ["put the number far lower"], req=False),
A("halloran-31", "Dr Ferdia Halloran-Vance", HV, "he said in a statement", "deny", ["cancelled 31 operations since January, not 300", "new date within a fortnight"], q=True, via=["statement"]),
A("halloran-anaesthetists", "Dr Ferdia Halloran-Vance", HV, "acknowledged", "confirm", ["short of anaesthetists in February"]),
A("halloran-bad-month", "Dr Ferdia Halloran-Vance", HV, "said", "confirm", ["That was a bad month", "patients felt it"], q=True),
A("campaign-pushing", "a local campaign group (Sight First Haldane)", ["campaign group", "Sight First Haldane"], "was accused by", "assert", ["pushing"], q=True),
A("coo-turned-down", "Thandeka Oyelowo-Kitteridge, the trust's chief operating officer", OK, "turned that down flat (content-less verdict)", "deny", ["turned that down flat"], req=False),
A("coo-no-patient", "Thandeka Oyelowo-Kitteridge", OK, "she told the Tidings", "deny", ["No patient has been sent to Lucent without first being offered a date"], q=True, via=["Tidings"]),
A("coo-letter", "Thandeka Oyelowo-Kitteridge", OK, "(continues the quote)", "assert", ["Every referral letter says so"], q=True, req=False),
A("board-papers-list", "the trust's board papers", ["board papers", "trust"], "according to", "assert", ["4,870 in March", "2,610 two years earlier"]),
A("coo-longer", "Thandeka Oyelowo-Kitteridge", OK, "said", "confirm", ["longer than anybody wants", "second theatre at Haldane General"], q=True),
A("trust-no-number", "North Haldane Hospitals Trust", T, "would not put a number on", "assert", ["would not put a number on the Lucent contract"], req=False),
A("vashchenko-four-million", "Bogdan Vashchenko, MP for Haldane North", ["Vashchenko", "MP for Haldane North"], "told Radio Haldane", "assert", ["more than four million pounds last year alone"], q=True, via=["Radio Haldane", "Northern Lamplight"]),
A("lamplight-relay", "Northern Lamplight relaying Vashchenko", ["Northern Lamplight", "Radio Haldane"], "a figure picked up by", "assert", ["more than four million pounds last year alone"], q=True, via=["Radio Haldane", "Northern Lamplight"], req=False),
A("trust-cannot-confirm", "North Haldane Hospitals Trust", T, "said", "assert", ["could not confirm the sum"], req=False),
A("forum-fee", "posts on a local patients' forum", ["Posts", "forum"], "have claimed", "assert", ["paid a fee for each patient they send"], anon=True, via=["local patients' forum"]),
A("guild-tale", "Guild of Independent Opticians", ["Guild of Independent Opticians", "Guild"], "called the story", "deny", ["a tale with nothing underneath it"], q=True),
A("guild-paid-nothing", "Guild of Independent Opticians", ["Guild of Independent Opticians", "Guild"], "In a statement, it said", "deny", ["are paid nothing for a referral", "by Lucent or by anyone else"], q=True, via=["statement"]),
A("lucent-never-offered", "Lucent Eye Partners", ["Lucent"], "said", "deny", ["never offered an optician a fee, a voucher or a lunch"], q=True),
A("tolland-lovely", "Margery Tolland-Birch, 79, from Ashby Cotes", ["Tolland-Birch"], "she said", "opinion", ["The surgeon was lovely", "see the clock from my bed"], q=True),
A("tolland-text", "Margery Tolland-Birch", ["Tolland-Birch"], "(continues the quote)", "assert", ["not one person phoned me", "found out from a text"], q=True, req=False),
A("sightfirst-64", "Sight First Haldane, campaign group", ["Sight First Haldane", "campaign group"], "said", "assert", ["heard from 64 patients"]),
A("idowu-in-house", "Rowan Idowu-Pritchard, chair of Sight First Haldane", ["Idowu-Pritchard", "chair"], "said", "opinion", ["bring the work back in-house"], q=True),
A("fitzwarren-rising", "Dr Amara Fitzwarren, ophthalmologist not involved", ["Fitzwarren", "ophthalmologist"], "said", "predict", ["rising across the country", "likely to keep rising"], h=True),
A("fitzwarren-not-problem", "Dr Amara Fitzwarren", ["Fitzwarren"], "she said", "opinion", ["Sending some of the work out is not the problem"], q=True),
A("fitzwarren-staff", "Dr Amara Fitzwarren", ["Fitzwarren"], "(continues the quote)", "opinion", ["Running out of staff is"], q=True, req=False),
]
denials = [
 {"by": ["trust", "Oyelowo-Kitteridge"], "denied": ["steered hundreds of cataract patients", "pushing", "No patient has been sent to Lucent without first being offered a date"], "note": "Lede's reported rejection (required); 'turned that down flat' (content-less, optional) + the COO's quote told the Tidings (required)."},
 {"by": ["Halloran-Vance"], "denied": ["about 300 operations had been called off", "not 300"], "note": "Medical director's statement: 31 cancelled, not 300 ('put the number far lower' optional)."},
 {"by": ["Guild of Independent Opticians"], "denied": ["paid a fee for each patient they send", "are paid nothing for a referral"], "note": "Description 'a tale with nothing underneath it' and the statement with pronoun source 'it said' (both required)."},
 {"by": ["Lucent"], "denied": ["paid a fee for each patient they send", "never offered an optician a fee"], "note": "The clinic's own reported negation with quoted tail."},
]
anon = [
 {"match": ["nurses"], "note": "two nurses who asked not to be identified because they still do shifts there; told the Wendlebury Tidings about 300 cancellations"},
 {"match": ["Posts", "forum"], "note": "posts on a local patients' forum claiming opticians are paid referral fees"},
]
relays = [{"speaker": ["Vashchenko"], "outlets": ["Radio Haldane", "Northern Lamplight"], "note": "Vashchenko -> Radio Haldane -> Northern Lamplight -> this article"},
          {"speaker": ["nurses"], "outlets": ["Wendlebury Tidings"], "note": "anonymous nurses -> Wendlebury Tidings -> this article"}]
descs = [
 {"name": "Lucent Eye Partners", "description": ["which opened in 2024"]},
 {"name": "Ferdia Halloran-Vance", "description": ["medical director"]},
 {"name": "North Haldane Hospitals Trust", "description": ["which sends about a third of its cataract patients to Lucent"]},
 {"name": "Thandeka Oyelowo-Kitteridge", "description": ["chief operating officer"]},
 {"name": "Bogdan Vashchenko", "description": ["the MP for Haldane North"]},
 {"name": "Rowan Idowu-Pritchard", "description": ["Its chair"]},
 {"name": "Amara Fitzwarren", "description": ["an ophthalmologist who is not involved with either the trust or the clinic"]},
]
hedges = ["about 300", "about a third", "almost doubled", "likely to keep rising", "is expected to"]
lf = [{"claim": ["about 300 operations had been called off"], "by": "Lucent's medical director ('31 operations since January, not 300'); not settled by the article"}]
numbers = [{"value": "300", "fact": "cancelled operations, per the nurses"}, {"value": "31", "fact": "cancellations, per Lucent"},
 {"value": "a fortnight", "fact": "rebooking time, per Lucent"}, {"value": "4,870", "fact": "waiting list in March"}, {"value": "2,610", "fact": "waiting list two years earlier"},
 {"value": "four million pounds", "fact": "paid to the clinic last year, per the MP"}, {"value": "64", "fact": "patients who contacted Sight First Haldane"}, {"value": "79", "fact": "Tolland-Birch's age"}]
ce = [{"cause": ["could not find enough theatre staff"], "effect": ["called off"]},
      {"cause": ["still do shifts there"], "effect": ["asked not to be identified"]}]
noise = ["HEALTH", "By Oonagh Pendlebury-Nash, Health Correspondent", "12 May 2026, 06:00",
 "Photo caption: The Lucent Eye Partners clinic on Maltings Road, Wendlebury, which opened in 2024.", "Referrals", "Opticians", "Patients"]
notes = ("Health correspondent's report (straight quotes). Noise: section line, byline, date/time line, photo caption, subheads. "
 "Pronoun and role sources: 'he said in a statement', 'He acknowledged' = Halloran-Vance; 'she told the Tidings' = Oyelowo-Kitteridge; 'it said' = the Guild; "
 "'she said' = Tolland-Birch, then Fitzwarren; 'Its chair' = chair of Sight First Haldane; 'The nurses' = the anonymous nurses. "
 "'put the number far lower' and 'turned that down flat' are content-less verdicts (optional deny). Non-denials: 'He acknowledged' + 'That was a bad month' (confirm), "
 "'longer than anybody wants' (admission), 'would not put a number on' (refusal, optional), 'could not confirm the sum' (neither confirm nor deny, optional assert), "
 "Fitzwarren's 'not the problem' (opinion about cause, not a denial of a claim), 'is expected to discuss' (article voice). 'told the Tidings' keeps via Tidings: the article's outlet is not the Tidings.")
build(N, notes, attrs, denials, anon, relays, descs, hedges, lf, [], numbers, ce, noise)
