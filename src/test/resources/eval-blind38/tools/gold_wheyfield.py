from goldlib import A, build
N = "wheyfield-milk-price-farming-news"
WQ = ["Quaife", "managing director", "Wheyfield"]
AT = ["Attwater", "county dairy chair"]
attrs = [
 A("wheyfield-announced", "Wheyfield Dairies", ["Wheyfield", "processor"], "the processor announced", "assert", ["cut the price it pays farmers by 2.5p a litre from 1 April"]),
 A("quaife-insisted", "Berenike Quaife, Wheyfield managing director (lede)", WQ, "has insisted the cut is not a sign that", "deny", ["is not a sign that the company's Lambhollow creamery is about to close"]),
 A("union-cost", "the county farmers' union", ["union", "Attwater"], "says", "predict", ["cost an average 180-cow herd about £27,000 a year"]),
 A("attwater-edge", "Tiberius Attwater, the union's county dairy chair", AT + ["union"], "said", "assert", ["Some of our members are on the edge already"], q=True),
 A("attwater-sell", "Tiberius Attwater", AT + ["union"], "(second sentence of the same quote)", "suggest", ["This could be the thing that makes them sell the cows"], q=True),
 A("mart-closing", "word in the auction mart, repeated by several farmers", ["farmers", "auction mart"], "repeated ... to this paper", "assert", ["to cover the cost of shutting Lambhollow"], anon=True),
 A("quaife-long-future", "Berenike Quaife", WQ, "said the creamery had", "deny", ["a long future", "£1.8 million on a new cheese line"]),
 A("trelissick-contract", "Trelissick Foods", ["Trelissick"], "said", "deny", ["runs until 2030"]),
 A("trelissick-renew", "Trelissick Foods", ["Trelissick"], "(same sentence) and that it expects to", "predict", ["expects to renew it"], req=False),
 A("attwater-bottling", "Tiberius Attwater", AT, "also said", "assert", ["pay for Wheyfield's new bottling plant"]),
 A("quaife-firm", "Berenike Quaife", WQ, "was firm that", "deny", ["the plant was paid for two years ago"]),
 A("quaife-market", "Berenike Quaife", WQ, "she said", "assert", ["fallen by 18 per cent since October"]),
 A("quaife-pay", "Berenike Quaife", WQ, "she said", "assert", ["We pay what the market pays us"], q=True),
 A("quaife-change", "Berenike Quaife", WQ, "(second sentence of the same quote)", "assert", ["our farmers' price has to change too"], q=True),
 A("quaife-agree", "Berenike Quaife", WQ, "did agree that", "confirm", ["farmers had been given too little warning"]),
 A("quaife-four-weeks", "Berenike Quaife", WQ, "Mrs Quaife said (split quote)", "confirm", ["Four weeks is not enough notice"], q=True),
 A("quaife-eight", "Berenike Quaife", WQ, "(second half of the split quote)", "predict", ["we will give at least eight in future"], q=True),
 A("driver-skip", "a tanker driver, not named", ["tanker driver", "driver"], "told The Corsendale Farmer", "assert", ["skip the smallest farms on icy days"], h=True, anon=True, via=["The Corsendale Farmer", "Corsendale Farmer"]),
 A("moxham-collected", "Yannick Moxham, Wheyfield transport manager", ["Moxham", "transport manager"], "said", "deny", ["every farm on the round had been collected on every day this winter"]),
 A("whatsapp-5p", "a message on a farmers' WhatsApp group", ["message", "WhatsApp"], "said", "assert", ["the cut would be 5p a litre"]),
 A("pasturelink-no-comment", "Pasturelink", ["Pasturelink"], "declined to comment", "assert", ["declined to comment until its board has met"], req=False),
 A("attwater-meeting", "Tiberius Attwater", AT + ["union"], "said the union would", "predict", ["ask Wheyfield for a meeting before the end of March"]),
 A("attwater-not-way", "Tiberius Attwater", AT, "he added", "opinion", ["the way to treat families who had supplied the same dairy"]),
]
denials = [
 {"by": ["Quaife"], "denied": ["to cover the cost of shutting Lambhollow", "about to close"], "note": "lede 'has insisted the cut is not a sign that ... Lambhollow creamery is about to close' + 'said the creamery had \"a long future\"' and £1.8 million spent (positively worded)"},
 {"by": ["Trelissick"], "denied": ["to cover the cost of shutting Lambhollow"], "note": "second party, same claim: supply contract 'runs until 2030' (positively worded rebuttal)"},
 {"by": ["Quaife"], "denied": ["pay for Wheyfield's new bottling plant"], "note": "same denier, second claim: 'was firm that the plant was paid for two years ago'"},
 {"by": ["Moxham"], "denied": ["skip the smallest farms on icy days"], "note": "Moxham: every farm collected every day this winter (positively worded, against the anonymous tanker driver)"},
]
anon = [{"match": ["tanker driver"], "note": "tanker driver, told The Corsendale Farmer on condition he was not named (reportedly)"}, {"match": ["farmers"], "note": "word in the auction mart, repeated by several farmers to this paper"}]
relays = [{"speaker": ["tanker driver"], "outlets": ["The Corsendale Farmer"], "note": "anonymous driver -> the paper itself"}]
descs = [{"name": "Berenike Quaife", "description": ["managing director"]}, {"name": "Tiberius Attwater", "description": ["county dairy chair"]}, {"name": "Yannick Moxham", "description": ["transport manager"]}]
hedges = ["reportedly"]
lf = [{"claim": ["the cut would be 5p a litre"], "by": "the article itself ('That figure is wrong; it is half that.')"}]
numbers = [{"value": v, "fact": f} for v, f in [("2.5p a litre", "cut"), ("1 April", "start"), ("34.1p", "new price"), ("180-cow", "average herd"), ("£27,000 a year", "cost"), ("64 people", "creamery jobs"), ("£1.8 million", "cheese line"), ("2030", "contract"), ("18 per cent", "price fall"), ("Four weeks", "notice"), ("5p a litre", "false claim"), ("40 of Wheyfield's suppliers", "cooperative"), ("three generations", "families")]]
ce = [{"cause": ["wholesale butter and milk powder prices have fallen by 18 per cent since October"], "effect": ["The cut"]}, {"cause": ["the cut"], "effect": ["cost an average 180-cow herd about £27,000 a year"]}]
noise = ["DAIRY | The Corsendale Farmer", "By Ruadhan Drummock, Agriculture Correspondent", "Thursday 4 March 2027", "Advertisement", "Pictured: Cows being brought in for milking near Lambhollow on Tuesday", "Market prices and auction reports: pages 14-15"]
notes = ("Original fictional farming/agriculture news story (British farming weekly). Section label, byline, date, 'Advertisement', caption and the 'Market prices' pointer are noise. "
 "Denials: lede Quaife 'has insisted the cut is not a sign that the ... creamery is about to close' + 'said the creamery had \"a long future\"' (positively worded, required); Trelissick Foods 'said its supply contract with Lambhollow runs until 2030' (second party, same claim, positively worded rebuttal); Quaife 'was firm that the plant was paid for two years ago' (same denier, second claim, against Attwater); Moxham 'said every farm ... had been collected on every day this winter' (positively worded, against the anonymous tanker driver). "
 "Borderline: 'Word in the auction mart on Monday, repeated by several farmers to this paper' = required assert, anonymous (unnamed farmers; 'this paper' is not a name so no via). The tanker driver 'told The Corsendale Farmer, on condition that he was not named' (via the paper itself, 'reportedly'). Attwater's quote split across two sentences by 'said Tiberius Attwater' and Quaife's two-sentence quote (named once, 'she said'): all sentences required. Admission: 'She did agree that farmers had been given too little warning' + split quote 'Four weeks is not enough notice,' Mrs Quaife said, 'and we will give at least eight in future' (confirm + predict in one sentence). WhatsApp 5p claim labelled false ('That figure is wrong'). Pasturelink no-comment and Trelissick's 'expects to renew it' optional. Attwater 'It was not, he added, the way to treat families ...' = opinion.")
build(N, notes, attrs, denials, anon, relays, descs, hedges, lf, [], numbers, ce, noise)
