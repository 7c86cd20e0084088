from goldlib import A, build
N = "zandermere-saffron-food-correspondent"
attrs = [
 A("zandermere-denied", "Zandermere Spice Company", ["Zandermere"], "has denied that ..., telling customers that", "deny", ["was bulked out with dyed safflower petals", "every batch had been tested"]),
 A("plateful-tests", "tests commissioned by Plateful", ["Plateful"], "according to", "assert", ["Two of five samples"]),
 A("morrowfield-never-mixed", "Ishaan Morrowfield, founder", ["Morrowfield"], "said", "deny", ["We have never mixed anything into our saffron"], q=True),
 A("morrowfield-called", "Ishaan Morrowfield", ["Morrowfield"], "He called", "deny", ["a mix-up in somebody else's laboratory"], q=True),
 A("qualley-acknowledged", "Petra Qualley, managing director", ["Qualley", "managing director"], "acknowledged that", "confirm", ["had not been sent for outside testing"]),
 A("qualley-gap", "Petra Qualley", ["Qualley"], "she said", "confirm", ["That was a gap"], q=True),
 A("worker-topped-up", "a former warehouse worker who asked not to be named", ["warehouse worker", "Plateful"], "told Plateful", "assert", ["topped up in the back room"], q=True, anon=True, via=["Plateful"]),
 A("brimmacott-back-room", "Tansy Brimmacott, quality manager", ["Brimmacott", "quality manager"], "said", "deny", ["held a weighing machine and a sealing press", "nothing that could be added to a bag of saffron"], q=True),
 A("oskarsen-never", "Oskarsen Trading, the wholesaler", ["Oskarsen", "wholesaler"], "told the trade paper Pestle, according to the Elsbury Gazette", "deny", ["has never bought or sold safflower"], q=True, via=["Pestle", "Elsbury Gazette"]),
 A("trading-standards-no-complaint", "the council's trading standards service", ["trading standards"], "said", "assert", ["received no complaint about Zandermere"]),
 A("chefs-stopped", "chefs at three Elsbury restaurants", ["Chefs"], "said", "assert", ["had stopped buying from the firm"]),
 A("vilcourt-not-crooks", "Bastien Vilcourt, restaurant owner", ["Vilcourt"], "said", "opinion", ["I don't think they are crooks"], q=True),
 A("tiktok-closed", "a video shared on TikTok", ["video", "TikTok"], "claimed that", "assert", ["inspectors had closed the Zandermere shop"], via=["TikTok"]),
 A("fettiplace-stood-by", "Lucasta Fettiplace, Plateful's editor", ["Fettiplace", "editor"], "said", "assert", ["stood by its tests"]),
]
attrs[12]["labelled_false"] = True
denials = [
 {"by": ["Zandermere"], "denied": ["was bulked out with dyed safflower petals"], "note": "lede 'has denied that ..., telling customers that every batch had been tested'"},
 {"by": ["Morrowfield"], "denied": ["We have never mixed anything into our saffron", "a mix-up in somebody else's laboratory"], "note": "said-X inversion + 'He called the magazine's results ...'"},
 {"by": ["Brimmacott"], "denied": ["topped up in the back room", "nothing that could be added to a bag of saffron"], "note": "against the anonymous former worker; positively worded"},
 {"by": ["Oskarsen"], "denied": ["has never bought or sold safflower"], "note": "relayed: Oskarsen -> Pestle -> Elsbury Gazette -> this article"},
]
anon = [{"match": ["warehouse worker"], "note": "a former warehouse worker who asked not to be named, told Plateful"}]
relays = [{"speaker": ["Oskarsen"], "outlets": ["Pestle", "Elsbury Gazette"], "note": "Oskarsen -> Pestle (trade paper) -> Elsbury Gazette -> this article"},
          {"speaker": ["warehouse worker"], "outlets": ["Plateful"], "note": "unnamed worker -> Plateful -> this article"}]
descs = [{"name": "Plateful", "description": ["a consumer food magazine"]}, {"name": "Ishaan Morrowfield", "description": ["founded the company in 1998"]},
 {"name": "Petra Qualley", "description": ["Zandermere's managing director"]}, {"name": "Tansy Brimmacott", "description": ["The company's quality manager"]},
 {"name": "Oskarsen Trading", "description": ["The wholesaler"]}, {"name": "Bastien Vilcourt", "description": ["runs a Spanish restaurant on Fleet Row"]},
 {"name": "Lucasta Fettiplace", "description": ["Plateful's editor"]}]
hedges = ["reportedly"]
lf = [{"claim": ["inspectors had closed the Zandermere shop"], "by": "the article itself ('That is untrue: the shop was open, and busy, on Friday morning.')"}]
numbers = [{"value": v, "fact": f} for v, f in [("Two of five samples", "contained safflower"), ("1998", "company founded"), ("October", "batch bought from a new wholesaler"), ("three Elsbury restaurants", "stopped buying")]]
noise = ["FOOD", "By Odile Brancaster, Food Correspondent", "Saturday 7 March 2026",
 "Photo caption: Saffron threads on the counter at Zandermere Spice Company's shop in Elsbury. (Photo: Trevenna Loame)",
 "What the firm admits", "The kitchens", "Read more: How to tell real saffron from the fakes"]
notes = ("Original fictional food correspondent's article. 'He called' = Morrowfield; 'she said' = Qualley; 'It is reportedly preparing' = trading standards (article hedge, no entry). "
 "Denials: lede (with 'telling customers that' positive words, one entry), Morrowfield's said-X inversion and 'called ... \"a mix-up in somebody else's laboratory\"', "
 "Brimmacott's positively worded answer to the anonymous worker, Oskarsen relayed through Pestle and the Elsbury Gazette. "
 "Non-denials: Qualley 'acknowledged that' and 'That was a gap' (admissions, confirm), trading standards 'received no complaint' (counter-evidence, assert), "
 "Vilcourt's 'I don't think they are crooks' (opinion with 'not'), Fettiplace 'stood by its tests' (assert), the TikTok claim labelled false by the article. Headline gets no entry.")
build(N, notes, attrs, denials, anon, relays, descs, hedges, lf, [], numbers, [], noise)
