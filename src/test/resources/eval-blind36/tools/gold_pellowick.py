from goldlib import A, build
N = "pellowick-viaduct-travel-update"
attrs = [
 A("marlcombe-pushed-back", "Marlcombe Rail (lede)", ["Marlcombe"], "has pushed back against claims that", "deny", ["the viaduct is at risk of collapse"]),
 A("marlcombe-lorry", "Marlcombe Rail", ["Marlcombe"], "said", "assert", ["4.10 a.m. on Thursday"]),
 A("marlcombe-bearing", "Marlcombe Rail", ["Marlcombe", "the company"], "the company said", "assert", ["engineers cannot run trains over the span"]),
 A("post-collapse", "a post on a local community page", ["post"], "claimed", "assert", ["could come down at any moment"], q=True),
 A("vantrease-no-truth", "Isadora Vantrease, Marlcombe chief engineer", ["Vantrease", "chief engineer"], "said there was no truth in it", "deny", ["said there was no truth in it"]),
 A("vantrease-sound", "Isadora Vantrease", ["Vantrease", "chief engineer"], "she said", "deny", ["The structure is sound"], q=True),
 A("vantrease-bearing", "Isadora Vantrease", ["Vantrease", "chief engineer"], "(continues the quote) she said", "deny", ["one bearing needs resetting"], q=True, req=False),
 A("ebbwater-took-issue", "Councillor Everard Ebbwater, Pellowick District Council highways chief", ["Ebbwater", "highways chief", "Pellowick District Council"], "also took issue with the post, pointing out that", "deny", ["took issue with the post", "found no cracking in the brickwork"]),
 A("ebbwater-letter", "Councillor Everard Ebbwater", ["Ebbwater"], "said", "assert", ["faded low-bridge signs in a letter in 2023"]),
 A("vantrease-emphatic", "Isadora Vantrease", ["Vantrease"], "was emphatic that", "deny", ["no such letter ever reached the company"]),
 A("driver-trees", "a lorry driver who asked not to be named", ["lorry driver", "driver"], "told the Courier", "assert", ["hidden behind overgrown trees for months"], h=True, anon=True, via=["Courier", "Pellowick Courier"]),
 A("council-brushed", "Pellowick District Council", ["council"], "brushed that aside, saying", "deny", ["The council brushed that aside", "the trees were cut back in August"]),
 A("greywether-no-comment", "Greywether Freight", ["Greywether"], "declined to comment", "assert", ["declined to comment while police inquiries continue"], req=False),
 A("vantrease-frank", "Isadora Vantrease", ["Vantrease"], "was frank about one failing", "confirm", ["was frank about one failing"], req=False),
 A("vantrease-website", "Isadora Vantrease", ["Vantrease"], "she said", "confirm", ["That was our mistake and I am sorry for it"], q=True),
 A("vantrease-website-1", "Isadora Vantrease", ["Vantrease"], "(first sentence of the quote)", "confirm", ["trains were running on Friday morning when they were not"], q=True, req=False),
 A("message-christmas", "a message circulating on neighbourhood chat groups", ["message"], "says", "assert", ["will stay shut until Christmas"]),
 A("marlcombe-thursday", "Marlcombe Rail", ["Marlcombe"], "says it expects to", "predict", ["reopen the line on Thursday"]),
 A("council-road", "Pellowick District Council", ["council"], "hopes to", "predict", ["reopen the road a day later"]),
]
denials = [
 {"by": ["Marlcombe", "Vantrease"], "denied": ["the viaduct is at risk of collapse", "could come down at any moment"], "note": "lede 'has pushed back against claims that' + Vantrease 'said there was no truth in it' + quoted 'The structure is sound'"},
 {"by": ["Ebbwater", "council"], "denied": ["could come down at any moment", "the viaduct is at risk of collapse"], "note": "second party against the same claim: 'also took issue with the post, pointing out that' inspectors found no cracking"},
 {"by": ["Vantrease"], "denied": ["faded low-bridge signs in a letter in 2023"], "note": "same denier, second claim: 'was emphatic that no such letter ever reached the company'"},
 {"by": ["council"], "denied": ["hidden behind overgrown trees for months"], "note": "'The council brushed that aside, saying' the trees were cut back in August (against the anonymous lorry driver)"},
]
anon = [{"match": ["lorry driver", "driver"], "note": "lorry driver who asked not to be named, told the Courier (reportedly)"}]
relays = [{"speaker": ["lorry driver"], "outlets": ["Courier"], "note": "unnamed driver -> the Pellowick Courier (the publication itself)"}]
descs = [{"name": "Isadora Vantrease", "description": ["chief engineer"]}, {"name": "Everard Ebbwater", "description": ["highways chief"]}]
hedges = ["reportedly"]
lf = [{"claim": ["will stay shut until Christmas"], "by": "the article itself ('That is wrong: Marlcombe says ...')"}]
numbers = [{"value": v, "fact": f} for v, f in [("25 minutes", "diversion delay"), ("Thursday 15 October", "earliest rail restart"), ("every 20 minutes", "replacement buses"), ("4.10 a.m.", "lorry strike"), ("6,000 times", "post shares"), ("2023", "alleged letter"), ("A4107", "road"), ("routes 6 and 14", "diverted buses")]]
ce = [{"cause": ["Because the plate moved"], "effect": ["engineers cannot run trains over the span"]}, {"cause": ["a lorry struck the span on Thursday"], "effect": ["the closure is a precaution"]}]
noise = ["TRAVEL AND TRANSPORT | Pellowick Courier", "Updated 07:45, Monday 12 October 2026", "Roads", "Rail", "Advertisement", "Why is the viaduct closed?", "Who is to blame?", "What happens next?", "Pictured: Replacement buses lined up outside Pellowick station on Sunday", "Check before you travel: live map at the Courier website"]
notes = ("Original fictional transport/travel update (timestamped, bulleted roads/rail sections, Q-style subheads). Subheads, timestamp, section label, 'Advertisement', caption and 'Check before you travel' line are noise; bullet lines carry no attribution. "
 "Denials: lede 'has pushed back against claims that'; Vantrease 'said there was no truth in it' + quoted 'The structure is sound' (second quote sentence optional); Ebbwater 'also took issue with the post, pointing out that' (second party, same claim); Vantrease 'was emphatic that no such letter ever reached the company' (same denier, second claim); council 'brushed that aside, saying' (against the anonymous lorry driver). "
 "'was frank about one failing' = optional confirm (bare framing sentence); the quoted 'That was our mistake and I am sorry for it' = required confirm. Anonymous lorry driver 'told the Courier' (the publication itself, via) with 'reportedly'. The chat-group message 'will stay shut until Christmas' is labelled false by the article ('That is wrong'). Marlcombe's 'expects to reopen the line' and the council's 'hopes to reopen the road' = predict. Greywether no-comment optional.")
build(N, notes, attrs, denials, anon, relays, descs, hedges, lf, [], numbers, ce, noise)
