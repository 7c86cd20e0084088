from goldlib import *
N = "kilbrannock-whisky-press-release"
K = ["Kilbrannock"]
E = ["Ellerbeck-Tay", "master distiller"]
D = ["Drummond-Falconer", "managing director"]
P = ["Harbinger"]
attrs = [
A("headline-rejects", "Kilbrannock Distillery (headline)", K, "rejects (headline)", "deny", ["tanker whisky"], q=True, req=False),
A("kilbrannock-lede-rejects", "Kilbrannock Distillery", K, "today rejected claims", "deny", ["spirit made at another distillery had been filled into its casks"]),
A("packet-tankers", "the Sunday Harbinger's report, relying on a former warehouse worker (unnamed)", P + ["former warehouse worker"], "The Harbinger's report, which relied on ..., said", "assert", ["road tankers from the mainland"], anon=True, via=["Harbinger"]),
A("understood-left", "unnamed (is understood to)", ["understood"], "is understood to", "assert", ["left the distillery in 2016"], h=True, anon=True, req=False),
A("ellerbeck-every-drop", "Ishbel Ellerbeck-Tay, the distillery's master distiller", E, "said (said-X inversion)", "deny", ["run off our two stills"], q=True),
A("ellerbeck-no-tanker", "Ishbel Ellerbeck-Tay", E, "(continues the quote)", "deny", ["No tanker has ever brought spirit onto this island"], q=True, req=False),
A("ellerbeck-lorries", "Ishbel Ellerbeck-Tay", E, "she said (mid-sentence)", "deny", ["taking away draff"]),
A("drummond-not-one-cask", "Fergus Drummond-Falconer, managing director", D, "said (quote split by attribution)", "deny", ["not one cask in our warehouses"], q=True),
A("drummond-confirmed", "Fergus Drummond-Falconer", D, "confirmed", "confirm", ["240 empty sherry casks"]),
A("drummond-colour", "Fergus Drummond-Falconer", D, "he said", "confirm", ["gets its colour"], q=True),
A("packet-fiction", "the Sunday Harbinger", P, "described ... as", "assert", ["a fiction"], q=True),
A("drummond-short", "Fergus Drummond-Falconer", D, "kept his reply short (content-less verdict)", "deny", ["kept his reply short"], req=False),
A("drummond-youngest", "Fergus Drummond-Falconer", D, "he said", "deny", ["filled on 3 March 2014"], q=True),
A("ardcruinn-never-sold", "Ardcruinn Distillery", ["Ardcruinn"], "told the trade magazine", "deny", ["never sold so much as a sample bottle"], q=True, via=["Spirit & Cask", "Radio Vessaig"]),
A("radio-relay-ardcruinn", "Radio Vessaig / Spirit & Cask relaying Ardcruinn", ["Radio Vessaig", "Spirit & Cask"], "according to a report later read out on", "deny", ["never sold so much as a sample bottle"], q=True, via=["Spirit & Cask", "Radio Vessaig"], req=False),
A("excise-no-irregularity", "Spirits Excise Office (inspection summary)", ["Spirits Excise Office", "inspection summary"], "found ..., according to the inspection summary", "assert", ["found no irregularity"]),
A("ellerbeck-hurt", "Ishbel Ellerbeck-Tay", E, "said", "opinion", ["hurt people who had worked at the distillery for decades"]),
A("ellerbeck-not-row", "Ishbel Ellerbeck-Tay", E, "she said", "opinion", ["This is not a row any of us wanted"], q=True),
A("ellerbeck-books-open", "Ishbel Ellerbeck-Tay", E, "(continues the quote)", "opinion", ["our books open"], q=True, req=False),
A("spokesperson-legal", "a Kilbrannock spokesperson", ["spokesperson"] + K, "said ... would not be talking about", "assert", ["would not be talking about whether it was considering legal action"], req=False),
A("drummond-expects", "Fergus Drummond-Falconer", D, "expects", "predict", ["most-read thing on the island"], q=True, h=True),
]
denials = [
 {"by": ["Kilbrannock", "Ellerbeck-Tay"], "denied": ["spirit made at another distillery had been filled into its casks", "run off our two stills"], "note": "Lede's reported 'today rejected claims, first published in the Sunday Harbinger ..., that ...' (required) + the master distiller's said-X inversion (positive words, required); her uncued 'No tanker has ever brought spirit onto this island for us.' is an optional deny."},
 {"by": ["Ellerbeck-Tay"], "denied": ["road tankers from the mainland", "taking away draff"], "note": "Mid-sentence pronoun cue ('The lorries ..., she said, had been taking away draff ...'): positive-words denial of the night-tanker account."},
 {"by": ["Drummond-Falconer"], "denied": ["spirit made at another distillery", "not one cask in our warehouses"], "note": "Quote split by its attribution; the denial is in the second half of the one sentence."},
 {"by": ["Drummond-Falconer"], "denied": ["a fiction", "filled on 3 March 2014"], "note": "'kept his reply short' (content-less, optional) + positive-words quote with a date against the Harbinger's 'a fiction'."},
 {"by": ["Ardcruinn"], "denied": ["source of the spirit", "never sold so much as a sample bottle"], "note": "Relayed: told Spirit & Cask, read out on Radio Vessaig."},
]
anon = [
 {"match": ["former warehouse worker", "Harbinger"], "note": "the Harbinger's report relied on an unnamed former warehouse worker"},
 {"match": ["understood"], "note": "the former worker is understood to have left in 2016"},
]
relays = [{"speaker": ["Ardcruinn"], "outlets": ["Spirit & Cask", "Radio Vessaig"], "note": "Ardcruinn -> Spirit & Cask (trade magazine) -> Radio Vessaig -> this press release"},
          {"speaker": ["former warehouse worker"], "outlets": ["Harbinger"], "note": "former warehouse worker -> Sunday Harbinger -> this press release"}]
descs = [
 {"name": "Ishbel Ellerbeck-Tay", "description": ["the distillery's master distiller"]},
 {"name": "Fergus Drummond-Falconer", "description": ["managing director"]},
 {"name": "Ardcruinn Distillery", "description": ["which the Harbinger named as the source of the spirit"]},
 {"name": "Spirit & Cask", "description": ["the trade magazine"]},
 {"name": "Spirits Excise Office", "description": ["licenses and audits every bonded warehouse in the country"]},
 {"name": "Isla Penwarden-Ross", "description": ["Communications Manager"]},
]
hedges = ["is understood to", "expects", "about 900,000", "roughly 4,200"]
lf = []
numbers = [{"value": "5 July", "fact": "Sunday Harbinger report"}, {"value": "2014 and 2015", "fact": "years of the alleged night deliveries"},
 {"value": "2016", "fact": "former worker left"}, {"value": "two stills", "fact": "stills at Port Vessaig"}, {"value": "240", "fact": "empty sherry casks bought in 2015"},
 {"value": "3 March 2014", "fact": "youngest cask filled"}, {"value": "March 2026", "fact": "latest excise inspection"}, {"value": "15 July", "fact": "ledgers open to visitors"},
 {"value": "1887", "fact": "distillery founded"}, {"value": "1951", "fact": "Drummond family ownership since"}, {"value": "900,000 litres", "fact": "annual production"},
 {"value": "4,200 casks", "fact": "casks held"}, {"value": "46% ABV", "fact": "bottling strength"}]
ce = [{"cause": ["draff"], "effect": ["lorries that neighbours saw leaving at night"]}]
noise = ["FOR IMMEDIATE RELEASE", "Wednesday 8 July 2026", "ENDS", "Notes to editors",
 "Media contact: Isla Penwarden-Ross, Communications Manager, press@kilbrannock.example.com, 01496 555 0192"]
notes = ("Company press release (straight quotes) in the company's third-person voice, with a dateline glued to the lede ('PORT VESSAIG, Isle of Vessaig - Kilbrannock Distillery today rejected claims ...'). "
 "Noise: 'FOR IMMEDIATE RELEASE', date line, 'ENDS', 'Notes to editors' head, media contact line; the numbered notes are the company's own facts (article voice, no entries). "
 "Pronoun and role sources: 'she said' (lorries, 'not a row') = Ellerbeck-Tay; 'he said' (colour, youngest cask), 'kept his reply short', 'expects' = Drummond-Falconer; 'The Harbinger' = the Sunday Harbinger. "
 "The Harbinger's report relying on 'a former warehouse worker' is one entry flagged anonymous with via Harbinger. 'kept his reply short' is a content-less verdict (optional deny). The headline's 'rejects \"tanker whisky\" report' is an optional deny. "
 "Non-denials: 'confirmed that in 2015 Kilbrannock bought 240 empty sherry casks' + 'we have never made a secret of it' (admission, confirm); 'The Spirits Excise Office found no irregularity ..., according to the inspection summary' (counter-evidence, assert, required); "
 "'This is not a row any of us wanted' (opinion with 'not'); 'would not be talking about whether it was considering legal action' (refusal, optional); 'expects the ledgers to become ...' (prediction); 'is understood to' (optional); "
 "note 3's 'not by the Office' (article voice).")
build(N, notes, attrs, denials, anon, relays, descs, hedges, lf, [], numbers, ce, noise)
