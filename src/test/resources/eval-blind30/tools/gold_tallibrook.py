from goldlib import A, build
N = "tallibrook-payroll-post-incident-report"
AF = ["Abernethy-Fane", "chief executive"]
RA = ["Rathmoy", "head of engineering"]
attrs = [
 A("ceo-sorry", "Marisa Abernethy-Fane, chief executive", AF, "said", "confirm", ["We got this wrong, and we are sorry"], q=True),
 A("ceo-let-down", "Marisa Abernethy-Fane", AF, "(continues the quote)", "assert", ["plan their rent and their shopping around payday"], q=True, req=False),
 A("cordwain-not-arrived", "Cordwain Bank, settlement bank", ["Cordwain"], "reported that", "assert", ["the first file had not arrived"]),
 A("posts-ransomware", "posts on LinkedIn and in a payroll managers' forum", ["Posts", "forum", "LinkedIn"], "claimed that", "assert", ["caused by a ransomware attack", "the regulator had opened an investigation"], via=["LinkedIn", "forum"]),
 A("quellwood-no-data", "Anders Quellwood, chief technology officer", ["Quellwood", "chief technology officer"], "said that", "deny", ["no customer data left our systems", "nobody has asked us for a ransom"], q=True),
 A("ceo-called-rumour", "Marisa Abernethy-Fane", AF + ["Ms Abernethy-Fane"], "called", "deny", ["a rumour with nothing under it"], q=True),
 A("wagebook-engineer", "an unnamed engineer quoted by Wagebook", ["engineer", "Wagebook"], "quoted ... as saying", "assert", ["pushed out against the test team's advice"], q=True, anon=True, via=["Wagebook"]),
 A("rathmoy-signed-off", "Kerensa Rathmoy, head of engineering", RA, "has said that", "deny", ["signed off by the test lead on 25 February", "passed every check we ran"]),
 A("customers-staff-heard", "some customers, passing on what their staff had heard", ["customers", "staff"], "told us ... had heard", "assert", ["Cordwain Bank had lost the file"], anon=True, req=False),
 A("cordwain-statement", "Cordwain Bank", ["Cordwain"], "said in a statement", "deny", ["arrived late and was paid out within 40 minutes"], q=True, via=["statement"]),
 A("authority-no-investigation", "the Payments Conduct Authority", ["Payments Conduct Authority"], "told Wagebook", "deny", ["had not opened an investigation"], via=["Wagebook"]),
 A("authority-routine", "the Payments Conduct Authority", ["Payments Conduct Authority"], "told Wagebook", "assert", ["as a matter of routine"], q=True, via=["Wagebook"], req=False),
 A("rathmoy-accepted", "Kerensa Rathmoy", RA + ["Ms Rathmoy"], "accepted that", "confirm", ["the size our largest customers send"]),
 A("ceo-cannot-promise", "Marisa Abernethy-Fane", AF, "said", "opinion", ["can promise it will never have a bad day"], q=True),
 A("ceo-not-again", "Marisa Abernethy-Fane", AF, "said", "predict", ["will not happen this way again"], q=True, req=False),
]
denials = [
 {"by": ["Quellwood"], "denied": ["caused by a ransomware attack", "no customer data left our systems"], "note": "the CTO, against the LinkedIn and forum posts"},
 {"by": ["Abernethy-Fane"], "denied": ["caused by a ransomware attack", "a rumour with nothing under it"], "note": "'called the ransomware story \"a rumour with nothing under it\"'"},
 {"by": ["Rathmoy"], "denied": ["pushed out against the test team's advice", "signed off by the test lead"], "note": "positively worded, against Wagebook's unnamed engineer"},
 {"by": ["Cordwain"], "denied": ["Cordwain Bank had lost the file", "arrived late and was paid out within 40 minutes"], "note": "positively worded statement against second-hand staff rumour"},
 {"by": ["Payments Conduct Authority"], "denied": ["the regulator had opened an investigation", "had not opened an investigation"], "note": "told Wagebook (via)"},
]
anon = [{"match": ["engineer"], "note": "an unnamed engineer quoted by Wagebook"}, {"match": ["customers"], "note": "hearsay: customers' staff had heard the bank lost the file"}]
relays = [{"speaker": ["engineer"], "outlets": ["Wagebook"], "note": "unnamed engineer -> Wagebook -> report"}, {"speaker": ["Payments Conduct Authority"], "outlets": ["Wagebook"], "note": "regulator -> Wagebook -> report"}]
descs = [{"name": "Marisa Abernethy-Fane", "description": ["our chief executive"]}, {"name": "Anders Quellwood", "description": ["Our chief technology officer"]},
 {"name": "Kerensa Rathmoy", "description": ["Our head of engineering"]}, {"name": "Cordwain Bank", "description": ["Our settlement bank"]}, {"name": "Wagebook", "description": ["The trade newsletter"]}]
hedges = ["About"]
numbers = [{"value": v, "fact": f} for v, f in [("1,843 employers", "affected"), ("About 96,000 people", "affected"), ("between four and nine hours late", "delay"), ("19.20", "last payment"),
 ("500 payments", "batch size that triggered the error"), ("batches of 200", "test batch size"), ("40 minutes", "Cordwain's processing time"), ("30 April", "claim deadline")]]
ce = [{"cause": ["when a batch held more than 500 payments"], "effect": ["stopped the payment file from being sent"]}, {"cause": ["because of the delay"], "effect": ["bank charges or late fees"]}]
noise = ["Tallibrook Systems Ltd", "Incident reference: TSI-2026-009", "Status: Resolved", "Published: 6 March 2026", "Summary", "Timeline", "What caused it",
 "What has been said about this incident", "What we are changing"]
notes = ("Original fictional software company post-incident report (new whole-text form). The company's uncued 'we'/'our' (summary, timeline actions, cause, changes) is article voice; "
 "'told us' names the author (no via). The timeline line '07.45 - Our settlement bank, Cordwain Bank, reported that ...' is Cordwain's. 'Ms Abernethy-Fane', 'Ms Rathmoy' resolve to the named people. "
 "Denials: Quellwood's 'said that \"no customer data left ...\"', Abernethy-Fane's 'called the ransomware story ...', Rathmoy's positively worded 'signed off by the test lead', Cordwain's statement, the regulator told Wagebook. "
 "Non-denials: 'We got this wrong, and we are sorry' (admission, confirm), Rathmoy 'accepted that' (confirm), the CEO's 'I do not think any payroll firm can promise ...' (opinion with 'not'), "
 "the Wagebook engineer (anonymous, via), the customers' second-hand rumour (anonymous, optional). No claim is labelled false by the report's own voice.")
build(N, notes, attrs, denials, anon, relays, descs, hedges, [], [], numbers, ce, noise)
