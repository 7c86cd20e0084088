from goldlib import A, build
N = "sperrin-darts-sports-integrity-correspondent"
attrs = [
 A("sperrin-rejected", "Lodovic Sperrin, darts player", ["Sperrin"], "has rejected suggestions that", "deny", ["lost the opening leg of his Dunnerholme Open match on purpose"]),
 A("sperrin-never-thrown", "Lodovic Sperrin", ["Sperrin"], "Sperrin said", "deny", ["I have never thrown a leg in my life"], q=True),
 A("panel-confirmed-alert", "the Darts Integrity Panel", ["Darts Integrity Panel", "panel"], "confirmed that", "confirm", ["received an alert from a betting operator"]),
 A("wagerlight-staked", "Wagerlight, betting-market monitoring firm", ["Wagerlight"], "according to", "assert", ["More than 40,000 pounds was staked", "30 times the usual amount"]),
 A("trade-accounts", "two people who work in the betting trade (unnamed)", ["betting trade", "Throwline"], "told the Throwline", "assert", ["accounts opened in the same week"], anon=True, via=["Throwline"]),
 A("ashbrittle-wrist", "Gwendolyn Ashbrittle, Sperrin's manager", ["Ashbrittle", "manager"], "said", "deny", ["nursing a wrist injury", "a man with a strapped wrist"], q=True),
 A("ashbrittle-accepted", "Gwendolyn Ashbrittle", ["Ashbrittle"], "She accepted that", "confirm", ["had not reported the injury to tournament officials"]),
 A("ashbrittle-pub-talk", "Gwendolyn Ashbrittle", ["Ashbrittle"], "She dismissed as", "deny", ["pub talk", "owed money to a bookmaker"], q=True),
 A("x-questioned", "a post on X", ["post on X"], "claimed", "assert", ["had been questioned by detectives"], via=["X"]),
 A("police-no-player", "Dunnerholme Police", ["Dunnerholme Police", "Police"], "said that ... and called the post", "deny", ["no player had been questioned in connection with the match", "entirely made up"], q=True),
 A("strawless-nothing-odd", "Benedek Strawless, Sperrin's opponent", ["Strawless"], "said", "assert", ["noticed nothing odd about his opponent's play"]),
 A("strawless-declined", "Benedek Strawless", ["Strawless"], "He declined to comment", "assert", ["declined to comment further"], req=False),
 A("qwenby-not-proof", "Leocadia Qwenby, match-fixing researcher, University of Stannerford", ["Qwenby"], "said", "opinion", ["not proof of anything on its own"], q=True),
 A("qwenby-phone", "Leocadia Qwenby", ["Qwenby"], "she said", "predict", ["look at his phone records"], q=True, h=True),
 A("panel-looking", "the Darts Integrity Panel", ["panel", "Darts Integrity Panel"], "said", "assert", ["looking at the matter"], q=True),
 A("panel-would-not-say", "the Darts Integrity Panel", ["panel", "Darts Integrity Panel"], "would not say", "assert", ["whether Sperrin had been interviewed"], req=False),
 A("events-confidence", "Dunnerholme Sports Events, tournament organiser", ["Dunnerholme Sports Events"], "said in an email", "assert", ["full confidence in the integrity of the event"], q=True, via=["email"]),
]
denials = [
 {"by": ["Sperrin"], "denied": ["lost the opening leg of his Dunnerholme Open match on purpose", "I have never thrown a leg in my life"], "note": "lede 'has rejected suggestions that' + quote-then-'Sperrin said'"},
 {"by": ["Ashbrittle"], "denied": ["nursing a wrist injury"], "note": "positively worded rebuttal: the wrist injury explains the leg"},
 {"by": ["Ashbrittle"], "denied": ["owed money to a bookmaker"], "note": "'She dismissed as \"pub talk\" a claim that ...'"},
 {"by": ["Dunnerholme Police"], "denied": ["had been questioned by detectives", "no player had been questioned in connection with the match"], "note": "reported-speech denial + 'called the post \"entirely made up\"', against the X post"},
]
anon = [{"match": ["betting trade"], "note": "two people who work in the betting trade, told the Throwline"}]
relays = [{"speaker": ["betting trade"], "outlets": ["Throwline"], "note": "two unnamed trade sources -> the Throwline (a darts website) -> this article"}]
descs = [{"name": "Wagerlight", "description": ["a firm that monitors betting markets for sports bodies"]}, {"name": "Throwline", "description": ["a darts website"]},
 {"name": "Gwendolyn Ashbrittle", "description": ["Sperrin's manager"]}, {"name": "Leocadia Qwenby", "description": ["studies match-fixing at the University of Stannerford"]},
 {"name": "Dunnerholme Sports Events", "description": ["runs the tournament"]}, {"name": "Benedek Strawless", "description": ["won the match 6-4"]}]
hedges = ["about 30 times", "probably"]
numbers = [{"value": v, "fact": f} for v, f in [("40,000 pounds", "staked on Sperrin losing the first leg"), ("30 times", "the usual amount"), ("28 February", "date of the match"), ("6-4", "score")]]
noise = ["SPORT | Integrity", "By Alaric Hurlstone, Sports Integrity Correspondent", "Published 9 March 2026, 18:40",
 "Photo caption: Lodovic Sperrin at the oche during the Dunnerholme Open. (Picture: Mags Ovenden)",
 "The bets", "Strawless's side", "What happens next", "Related: Darts integrity body's caseload doubles in two years"]
notes = ("Original fictional sports integrity correspondent's article. 'She accepted' and 'She dismissed' = Ashbrittle; 'He declined' = Strawless; 'she said' = Qwenby; 'The panel said' = the Darts Integrity Panel. "
 "Denials: Sperrin's lede 'has rejected suggestions that' and his quote; Ashbrittle's positively worded wrist-injury rebuttal; Ashbrittle's 'dismissed as \"pub talk\" a claim that'; Dunnerholme Police's reported-speech denial plus 'called the post \"entirely made up\"'. "
 "Non-denials: 'The Darts Integrity Panel confirmed' (confirm), 'She accepted that' (admission, confirm), the two anonymous trade sources (one entry, via the Throwline), Strawless's 'noticed nothing odd' (assert) and refusal (optional), "
 "Qwenby's 'not proof of anything on its own' (opinion with 'not') and 'probably' (hedged predict), the panel's 'would not say' (optional). The X post is answered by the police, not labelled false by the article. Headline gets no entry.")
build(N, notes, attrs, denials, anon, relays, descs, hedges, [], [], numbers, [], noise)
