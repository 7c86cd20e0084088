from goldlib import A, build
N = "tollerbury-market-hall-council-sketch"
attrs = [
 A("catterall-went-at", "Councillor Euphemia Catterall, council leader", ["Catterall", "council leader"], "went straight at the story ..., that", "deny", ["already been sold to Ostrander Hospitality"]),
 A("catterall-nothing-signed", "Councillor Euphemia Catterall", ["Catterall"], "she said", "deny", ["Nothing has been signed, nothing has been sold"], q=True),
 A("pomfret-no-deal", "Roderick Pomfret, Ostrander Hospitality regional director", ["Pomfret", "regional director", "Ostrander"], "told the Gazette much the same thing", "deny", ["no deal, no handshake, nothing", "offer of 1.4 million pounds"], q=True, via=["Gazette"]),
 A("varnham-roof", "Councillor Horatio Varnham, opposition leader", ["Varnham", "opposition leader"], "He told the chamber that", "assert", ["held back on purpose to make a sale look unavoidable"]),
 A("catterall-short-shrift", "Councillor Euphemia Catterall", ["Catterall"], "gave that short shrift", "deny", ["gave that short shrift"]),
 A("catterall-contractor", "Councillor Euphemia Catterall", ["Catterall"], "she said", "deny", ["roofing contractor went into administration in March"]),
 A("varnham-not-worthy", "Councillor Horatio Varnham", ["Varnham"], "said", "opinion", ["not worthy of a town that built that hall"], q=True),
 A("officer-afternoon", "a council officer who asked not to be named", ["council officer", "officer"], "told the Gazette", "assert", ["valuation had allegedly been done in a single afternoon"], h=True, anon=True, via=["Gazette"]),
 A("murrell-eleven-days", "Zillah Murrell, finance director", ["Murrell", "finance director"], "answered that one ...:", "deny", ["the valuation took eleven days"]),
 A("catterall-confessed", "Councillor Euphemia Catterall", ["Catterall"], "confessed that", "confirm", ["too short and too quiet", "said sorry to the 43 stallholders"], q=True),
 A("tansley-rents", "Winnifred Tansley, chair of the Market Traders' Association", ["Tansley", "Market Traders' Association"], "told members that", "assert", ["stall rents had gone up by 30 per cent since 2024", "five traders had left since the summer"]),
 A("varnham-grade-one", "Councillor Horatio Varnham", ["Varnham"], "informed the chamber that", "assert", ["the hall is listed Grade I"]),
 A("papers-grade-two", "the council's own papers and the national heritage register", ["papers", "heritage register"], "list it as", "assert", ["list it as Grade II"], req=False),
 A("pomfret-no-comment", "Roderick Pomfret", ["Pomfret"], "declined to comment", "assert", ["declined to comment on whether a higher offer would follow"], req=False),
]
denials = [
 {"by": ["Catterall"], "denied": ["already been sold to Ostrander Hospitality"], "note": "'went straight at the story ..., that the Market Hall has already been sold' + quoted 'Nothing has been signed, nothing has been sold'"},
 {"by": ["Pomfret", "Ostrander"], "denied": ["already been sold to Ostrander Hospitality"], "note": "second party, same claim: 'told the Gazette much the same thing' - 'no deal, no handshake, nothing'"},
 {"by": ["Catterall"], "denied": ["held back on purpose to make a sale look unavoidable"], "note": "same denier, second claim: 'gave that short shrift' + 'The repairs were late, she said, because the roofing contractor went into administration'"},
 {"by": ["Murrell", "finance director"], "denied": ["valuation had allegedly been done in a single afternoon"], "note": "positively worded: 'answered that one ...: the valuation took eleven days' (against the anonymous officer)"},
]
anon = [{"match": ["council officer", "officer"], "note": "council officer who asked not to be named, told the Gazette (allegedly)"}]
relays = [{"speaker": ["officer"], "outlets": ["Gazette"], "note": "unnamed officer -> the Gazette (the publication)"}, {"speaker": ["Pomfret"], "outlets": ["Gazette"], "note": "Pomfret -> the Gazette"}]
descs = [{"name": "Euphemia Catterall", "description": ["council leader"]}, {"name": "Roderick Pomfret", "description": ["Ostrander's regional director"]},
 {"name": "Horatio Varnham", "description": ["opposition leader"]}, {"name": "Zillah Murrell", "description": ["finance director"]}, {"name": "Winnifred Tansley", "description": ["chairs the Market Traders' Association"]}]
hedges = ["allegedly"]
lf = [{"claim": ["the hall is listed Grade I"], "by": "the article itself ('It is not.')"}]
numbers = [{"value": v, "fact": f} for v, f in [("1.4 million pounds", "Ostrander offer"), ("eleven days", "valuation"), ("43 stallholders", "learned from newspaper"), ("30 per cent", "rent rise"), ("2024", "since"), ("five traders", "left"), ("23 to 19", "vote"), ("8 December", "decision deferred to")]]
ce = [{"cause": ["the roofing contractor went into administration in March"], "effect": ["The repairs were late"]}]
noise = ["THE PUBLIC GALLERY | Our council sketch", "By Marmaduke Scrope", "Friday 6 November 2026", "Advertisement", "Pictured: Councillor Euphemia Catterall addresses the chamber on Thursday evening", "More from The Public Gallery: read last month's sketch"]
notes = ("Original fictional council-meeting sketch (wry first-person-plural press-bench voice). The sketch writer's own colour (walk-outs, applause, 'Mrs Catterall was still talking') gets no entries. "
 "Denials: Catterall 'went straight at the story ..., that the Market Hall has already been sold' + quoted 'Nothing has been signed'; Pomfret 'told the Gazette much the same thing' 'no deal, no handshake, nothing' (second party, same claim; named person, via Gazette); Catterall 'gave that short shrift' (bare sentence, required) + 'The repairs were late, she said, because the roofing contractor went into administration' (same denier, second claim; positively worded, also cause-effect); Murrell 'answered that one ...: the valuation took eleven days' (against the anonymous officer). "
 "'confessed that ... too short and too quiet' = confirm. Varnham's 'not worthy of a town' = opinion. Varnham's 'listed Grade I' labelled false by the sketch ('It is not.'); 'The council's own papers ... list it as Grade II' is a document source, optional assert. Pomfret's no-comment optional.")
build(N, notes, attrs, denials, anon, relays, descs, hedges, lf, [], numbers, ce, noise)
