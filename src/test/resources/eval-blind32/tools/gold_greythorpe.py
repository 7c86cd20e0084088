from goldlib import A, build
N = "greythorpe-pension-memo-political-correspondent"
attrs = [
 A("memo-freeze", "a leaked Treasury memo seen by the Sunday Hollister", ["Treasury memo", "memo", "Sunday Hollister"], "seen by ... sets out", "assert", ["freeze the state pension for a year", "4.2 billion pounds"], via=["Sunday Hollister"]),
 A("memo-12m", "the memo (eleven-page document)", ["document", "memo"], "estimates that", "assert", ["12.3 million pensioners"]),
 A("greythorpe-denied", "Lavinia Greythorpe, Chancellor", ["Greythorpe", "Chancellor"], "denied that ..., saying", "deny", ["ever been put to the Cabinet", "one of dozens of options papers"]),
 A("pimlott-called", "Ezekiel Pimlott, deputy to the Chancellor", ["Pimlott", "deputy"], "called the story", "deny", ["a holiday brochure of places we are never going to visit"], q=True),
 A("official-anon", "a senior Treasury official who asked not to be named", ["Treasury official", "Hollister"], "told the Hollister", "assert", ["sent to three Cabinet ministers", "views by Friday"], h=True, anon=True, via=["Hollister"]),
 A("spokesperson-nobody", "a Treasury spokesperson", ["Treasury spokesperson", "spokesperson", "Treasury"], "a Treasury spokesperson said", "deny", ["Nobody in this building has ever proposed cutting what pensioners receive"], q=True),
 A("embleton-in-full", "Hippolyta Embleton, Work and Pensions Secretary", ["Embleton", "Work and Pensions Secretary"], "told the Kestrelford Post", "deny", ["in full, in April, exactly as the law requires"], q=True, via=["Kestrelford Post"]),
 A("greythorpe-accepted", "Lavinia Greythorpe", ["Greythorpe"], "accepted that", "confirm", ["costed a range of options for the budget"]),
 A("greythorpe-ten-minutes", "Lavinia Greythorpe", ["Greythorpe"], "She said", "assert", ["turned the idea down"], q=True),
 A("memo-warns", "the memo", ["memo"], "warns that ... and recommends", "assert", ["would be presented as a broken promise", "prepare the ground"], q=True),
 A("dunmallet-not", "Fitzroy Dunmallet, director of the Pension Policy Forum", ["Dunmallet", "Pension Policy Forum"], "said", "opinion", ["not the kind of paper that civil servants write"], q=True),
 A("dunmallet-expect", "Fitzroy Dunmallet", ["Dunmallet"], "He said he expected", "predict", ["come back \"in some form\""], q=True),
 A("wraxall-caught", "Sabine Wraxall, opposition finance spokeswoman", ["Wraxall", "finance spokeswoman"], "said", "assert", ["biscuit tin"], q=True),
 A("pimlott-x", "Ezekiel Pimlott", ["Pimlott"], "In a post on X, rejected Ms Wraxall's claim that ..., writing that", "deny", ["secret budget", "never seen by the Chancellor before January"], via=["post on X"]),
 A("foo-no-comment", "the Fiscal Oversight Office", ["Fiscal Oversight Office"], "declined to comment", "assert", ["declined to comment on the figures in the memo"], req=False),
]
denials = [
 {"by": ["Greythorpe"], "denied": ["ever been put to the Cabinet"], "note": "denial verb with an explanation (options papers), one entry"},
 {"by": ["Pimlott"], "denied": ["a holiday brochure of places we are never going to visit"], "note": "'called the story ...' verdict"},
 {"by": ["Treasury spokesperson"], "denied": ["Nobody in this building has ever proposed cutting what pensioners receive"], "note": "said-X inversion; a spokesperson for a named body, not anonymous"},
 {"by": ["Embleton"], "denied": ["in full, in April, exactly as the law requires"], "note": "positively worded rebuttal of the freeze, via the Kestrelford Post"},
 {"by": ["Pimlott"], "denied": ["secret budget"], "note": "via a post on X: 'rejected Ms Wraxall's claim that ...'"},
]
anon = [{"match": ["Treasury official"], "note": "a senior Treasury official who asked not to be named, told the Hollister (reportedly sent to three ministers)"}]
relays = [{"speaker": ["Treasury official"], "outlets": ["Hollister"], "note": "unnamed official -> Sunday Hollister (this paper)"},
 {"speaker": ["Embleton"], "outlets": ["Kestrelford Post"], "note": "Embleton -> Kestrelford Post -> this article"}]
descs = [{"name": "Lavinia Greythorpe", "description": ["Chancellor"]}, {"name": "Ezekiel Pimlott", "description": ["Her deputy"]},
 {"name": "Hippolyta Embleton", "description": ["Work and Pensions Secretary"]}, {"name": "Fitzroy Dunmallet", "description": ["director of the Pension Policy Forum"]},
 {"name": "Pension Policy Forum", "description": ["a research group"]}, {"name": "Sabine Wraxall", "description": ["the opposition's finance spokeswoman"]},
 {"name": "Fiscal Oversight Office", "description": ["which checks the government's spending plans"]}]
hedges = ["reportedly", "an estimated", "about"]
numbers = [{"value": v, "fact": f} for v, f in [("4.2 billion pounds", "estimated saving"), ("12.3 million", "pensioners affected"), ("eleven-page", "memo length"), ("9 January", "memo date"), ("three Cabinet ministers", "memo recipients, per the anonymous official"), ("28 April", "budget date")]]
noise = ["POLITICS", "By Ninian Fallowmere, Political Correspondent", "Sunday 15 March 2026",
 "Photo caption: The Chancellor, Lavinia Greythorpe, leaves Downing Street after Thursday's Cabinet meeting.",
 "How the memo was written", "Read more: What the budget could mean for your pension"]
notes = ("Original fictional political correspondent's piece. The memo is a document source (assert). 'Her deputy' = Pimlott; 'She said' = Greythorpe; 'He said he expected' = Dunmallet. "
 "Denials: Greythorpe's denial verb, Pimlott's 'called the story', the Treasury spokesperson's said-X inversion, Embleton's positively worded 'in full, in April' via the Kestrelford Post, Pimlott's rejection in a post on X. "
 "Non-denials: 'accepted that officials had costed' (admission, confirm), Dunmallet's 'not the kind of paper' (opinion with 'not'), the Fiscal Oversight Office no-comment (optional). Headline gets no entry.")
build(N, notes, attrs, denials, anon, relays, descs, hedges, [], [], numbers, [], noise)
