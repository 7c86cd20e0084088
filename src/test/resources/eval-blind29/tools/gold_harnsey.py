from goldlib import A, build
N = "harnsey-recycling-rate-data-correspondent"
C = ["Harnsey County Council", "council"]
H = ["Harcastle", "cabinet member for the environment"]
attrs = [
 A("council-lede-denied", "Harnsey County Council", C, "has denied that", "deny", ["inflated its record recycling rate"]),
 A("council-reported-61", "Harnsey County Council", C, "reported", "assert", ["recycled 61 per cent of household waste"]),
 A("harcastle-nothing-fiddled", "Cllr Clemmie Harcastle, cabinet member for the environment", H, "said there was", "deny", ["nothing hidden and nothing fiddled"], q=True),
 A("harcastle-every-tonne", "Cllr Clemmie Harcastle", ["Harcastle", "she"], "she said", "assert", ["Every tonne is counted the way the national guidance"], q=True),
 A("council-acknowledged-ash", "Harnsey County Council", C, "acknowledged that", "confirm", ["added to the recycling figures in 2025"]),
 A("ows-disputed", "Office for Waste Statistics (a spokesman)", ["Office for Waste Statistics", "spokesman"], "disputed ...; A spokesman said", "deny", ["does not allow incinerator bottom ash to be counted"], q=True),
 A("ows-disputed-lead", "Office for Waste Statistics", ["Office for Waste Statistics"], "disputed", "deny", ["disputed the council's reading of the rules"], req=False),
 A("gorvane-denied", "Gorvane Energy", ["Gorvane Energy", "Gorvane"], "denied in the strongest terms that", "deny", ["advised the council to reclassify the ash"]),
 A("venning-never-told", "Caradoc Venning, managing director of Gorvane Energy", ["Venning", "managing director"], "told Resource Trade Journal", "deny", ["never told any council how to report its figures"], q=True, via=["Resource Trade Journal"]),
 A("former-officer-find-tonnes", "a former data officer at the council (unnamed)", ["former data officer"], "said", "assert", ["find the tonnes"], q=True, anon=True),
 A("council-no-instruction", "Harnsey County Council", C, "said", "deny", ["no such instruction had ever been given"], q=True),
 A("plainsman-memo", "the Harnsey Plainsman", ["Harnsey Plainsman"], "according to", "assert", ["raised concerns about the change in a memo"], h=True, via=["Harnsey Plainsman"]),
 A("council-would-not-say", "Harnsey County Council", C, "refused to say", "assert", ["whether the memo existed"], req=False),
 A("leaflet-half-abroad", "a leaflet", ["leaflet"], "says", "assert", ["shipped abroad"], q=True),
 A("prendergast-common", "Dr Wilmot Prendergast, statistician", ["Prendergast", "statistician"], "said", "assert", ["the ash question was common"]),
 A("prendergast-footnote", "Dr Wilmot Prendergast", ["Prendergast", "he"], "he said", "opinion", ["ought to come with a footnote"], q=True),
 A("prendergast-expected", "Dr Wilmot Prendergast", ["Prendergast", "He"], "He expected", "predict", ["restate their figures"], h=True),
 A("harcastle-look-again", "Cllr Clemmie Harcastle", ["Harcastle"], "said ... but added:", "assert", ["look again", "We will not apologise"], q=True),
]
attrs[13]["labelled_false"] = True
denials = [
 {"by": ["Harnsey County Council", "council"], "denied": ["inflated its record recycling rate"], "note": "lede 'has denied that it inflated its record recycling rate by counting ash'"},
 {"by": ["Harcastle"], "denied": ["nothing hidden and nothing fiddled"], "note": "'said there was \"nothing hidden and nothing fiddled\"'"},
 {"by": ["Office for Waste Statistics"], "denied": ["the council's reading of the rules", "does not allow incinerator bottom ash to be counted"], "note": "disputes the council's reading; its spokesman quoted"},
 {"by": ["Gorvane Energy", "Venning"], "denied": ["advised the council to reclassify the ash", "never told any council how to report its figures"], "note": "company denies 'in the strongest terms'; managing director relayed through Resource Trade Journal"},
 {"by": ["council"], "denied": ["find the tonnes", "no such instruction had ever been given"], "note": "reported-speech denial of the former officer's account"},
]
anon = [{"match": ["former data officer"], "note": "asked not to be named because she still works in local government"}]
relays = [{"speaker": ["Venning"], "outlets": ["Resource Trade Journal"], "note": "Venning -> Resource Trade Journal -> this article"}]
descs = [{"name": "Clemmie Harcastle", "description": ["cabinet member for the environment"]}, {"name": "Office for Waste Statistics", "description": ["publishes the national tables"]},
 {"name": "Gorvane Energy", "description": ["runs the Grimsett plant under a 25-year contract"]}, {"name": "Caradoc Venning", "description": ["managing director"]},
 {"name": "Wilmot Prendergast", "description": ["a statistician at the University of Caddenham", "has studied recycling returns for a decade"]}, {"name": "Aldo Gascoyne", "description": ["head of waste services"]}]
hedges = ["about 47 per cent", "is understood to", "just under", "expected"]
lf = [{"claim": ["shipped abroad"], "by": "the article itself ('That is not supported by the council's returns, which show that just under 3 per cent ... was exported')"}]
numbers = [{"value": v, "fact": f} for v, f in [("61 per cent", "reported recycling rate 2025"), ("44 per cent", "rate a year earlier"), ("14,200 tonnes", "bottom ash counted"),
  ("about 47 per cent", "rate without the ash"), ("25-year", "Gorvane contract"), ("60 per cent", "target"), ("3 per cent", "waste exported"), ("17 points", "jump in a year")]]
ce = [{"cause": ["used in road building"], "effect": ["counted as recycled"]}, {"cause": ["Without that ash"], "effect": ["about 47 per cent"]}]
noise = ["DATA", "By Bedwyr Strangeways, Data Correspondent", "Published 22 April 2026", "Photo: Lorries queue at the Grimsett waste plant outside Harnsey. (Picture: Strangeways)",
 "What the guidance says", "Other claims", "How we did it", "Read more: Which councils recycle the most, and how the figures are made"]
notes = ("Original fictional data correspondent's article. Noise: section line, byline, 'Published' line, 'Photo:' line, three subheads, 'Read more:' line. "
 "The paper's own analysis ('Our analysis ... shows') is article voice, no entry. Pronoun sources: 'she said' (first) = Harcastle; 'he said', 'He expected' = Prendergast. "
 "'The council acknowledged that' is a required confirm. The OWS sentence 'disputed the council's reading of the rules' carries no content of its own (optional deny); its spokesman's "
 "quoted 'does not allow' is the required deny (matched by the office or 'spokesman'). 'Gascoyne did not answer messages' gets no entry; 'refused to say whether the memo existed' is optional. "
 "The Plainsman's 'is understood to have raised concerns ... according to' is one entry with the paper as source and via, hedged (unnamed sourcing; not flagged anonymous because the paper is named). "
 "The leaflet's 'shipped abroad' is labelled false by the article. Prendergast's 'I don't think Harnsey set out to mislead anybody, but ... ought to come with a footnote' is an opinion. "
 "Harcastle's 'We will not apologise' is an assert with a cue ('added:').")
build(N, notes, attrs, denials, anon, relays, descs, hedges, lf, [], numbers, ce, noise)
