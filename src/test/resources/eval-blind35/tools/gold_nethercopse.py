from goldlib import A, build
N = "nethercopse-field-letters-page-row"
attrs = [
 A("stobbart-not-for-sale", "Winsome Stobbart, parish council chair (lede)", ["Stobbart", "Parish council chair"], "has written to the Tatler to say, in terms that leave little room for doubt, that", "deny", ["the Nethercopse playing field is not for sale"], via=["Tatler"]),
 A("pruett-sell", "Piran Pruett, retired surveyor", ["Pruett", "retired surveyor"], "in which he wrote that", "assert", ["sell the field to Gatcombe Estates for 1.2 million pounds"]),
 A("councillor-drawings", "a parish councillor who asked not to be named", ["parish councillor"], "later told the Tatler", "assert", ["drawings for 40 houses"], h=True, anon=True, via=["Tatler"]),
 A("stobbart-no-dealings", "Winsome Stobbart", ["Stobbart"], "she wrote", "deny", ["has had no dealings with Gatcombe Estates"]),
 A("stobbart-pavilion", "Winsome Stobbart", ["Stobbart"], "she answered that", "deny", ["new changing pavilion costing 85,000 pounds"]),
 A("gatcombe-differ", "Gatcombe Estates", ["Gatcombe"], "begged to differ with the suggestion that", "deny", ["it had ever bid for the land"]),
 A("faggetter-not-looked", "Ancilla Faggetter, Gatcombe land director", ["Faggetter", "land director"], "wrote that", "deny", ["has not looked at Nethercopse"], q=True),
 A("gaunson-nothing", "Ebbrell Gaunson, parish clerk", ["Gaunson", "parish clerk"], "he told Tuesday's meeting", "deny", ["so much as mentions a sale"], q=True),
 A("stobbart-allowed", "Winsome Stobbart", ["Stobbart"], "allowed that", "confirm", ["could have been clearer in its minutes of 3 March"]),
 A("stobbart-vague", "Winsome Stobbart", ["Stobbart"], "she said", "assert", ["set the rumours going"]),
 A("pruett-stood", "Piran Pruett", ["Pruett"], "In a further letter this week he stood by every word", "assert", ["stood by every word of his first"]),
 A("pruett-told", "Piran Pruett", ["Pruett"], "he wrote", "assert", ["I know what I was told and who told me"], q=True),
 A("pruett-heart", "Piran Pruett", ["Pruett"], "(continues the quote)", "opinion", ["sold its heart"], q=True, req=False),
 A("huxtable-gifted", "Ermentrude Huxtable, correspondent", ["Huxtable", "correspondent"], "wrote that", "assert", ["gifted to the village for ever"], q=True),
 A("sedgecombe-no-comment", "Sedgecombe District Council", ["Sedgecombe District Council"], "declined to comment", "assert", ["declined to comment on what it called"], req=False),
 A("stobbart-publish", "Winsome Stobbart", ["Stobbart"], "Mrs Stobbart said", "assert", ["full list of its land holdings by 31 July"]),
]
denials = [
 {"by": ["Stobbart"], "denied": ["agreed in private to sell the field to Gatcombe Estates"], "note": "lede 'has written to the Tatler to say ... that the ... field is not for sale' (via the paper) + 'has had no dealings with Gatcombe Estates'"},
 {"by": ["Stobbart"], "denied": ["drawings for 40 houses"], "note": "'she answered that the only plans ... were for a new changing pavilion' (against the anonymous councillor, positively worded)"},
 {"by": ["Gatcombe", "Faggetter"], "denied": ["sell the field to Gatcombe Estates for 1.2 million pounds"], "note": "'begged to differ with the suggestion that it had ever bid' + Faggetter's 'has not looked at Nethercopse'"},
 {"by": ["Gaunson"], "denied": ["agreed in private to sell the field"], "note": "quoted 'nothing in the council's files ... that so much as mentions a sale,' he told Tuesday's meeting (no deny verb)"},
]
anon = [{"match": ["parish councillor"], "note": "parish councillor who asked not to be named, told the Tatler (reportedly)"}]
relays = [{"speaker": ["parish councillor"], "outlets": ["Tatler"], "note": "unnamed councillor -> Nethercopse Tatler"}]
descs = [{"name": "Winsome Stobbart", "description": ["Parish council chair"]}, {"name": "Piran Pruett", "description": ["retired surveyor"]},
 {"name": "Ancilla Faggetter", "description": ["land director"]}, {"name": "Ebbrell Gaunson", "description": ["parish clerk"]}]
hedges = ["reportedly"]
lf = [{"claim": ["gifted to the village for ever"], "by": "the article itself ('The Tatler has checked the land registry, and that is not true')"}]
numbers = [{"value": v, "fact": f} for v, f in [("120 residents", "at parish meeting"), ("13 June", "Pruett letter"), ("1.2 million pounds", "alleged sale price"), ("40 houses", "alleged drawings"), ("85,000 pounds", "pavilion cost"), ("3 March", "minutes"), ("1923", "alleged deed"), ("1961", "field bought"), ("900 pounds", "purchase price"), ("31 July", "land list due")]]
ce = [{"cause": ["That vague wording"], "effect": ["set the rumours going"]}]
noise = ["FROM OUR LETTERS PAGES", "By Bellamy Tremough, letters editor", "Published Saturday 27 June 2026", "Advertisement", "Letters on this subject are now closed. We thank everyone who wrote in.", "Pictured: Children playing football on the Nethercopse field on Tuesday evening.", "Write to us at the address on page 2. Letters may be shortened."]
notes = ("Original fictional news item built from a newspaper's letters page. Denials: lede 'has written to the Tatler to say, in terms that leave little room for doubt, that the ... field is not for sale' (via Tatler, the paper itself) + 'she wrote' no dealings; 'she answered that' the only plans were a pavilion (against the anonymous councillor); Gatcombe 'begged to differ with the suggestion that' + Faggetter 'has not looked at Nethercopse'; Gaunson's quoted 'nothing ... that so much as mentions a sale' with the cue trailing. "
 "'Mrs Stobbart's reply takes each point in turn.' and 'The parish clerk ... went further.' are framing sentences, no entries. 'allowed that the council could have been clearer' = confirm; 'That vague wording ... set the rumours going' = assert + cause-effect. Pruett 'stood by every word' = assert (reaffirmation); his 'A village that sells its green has sold its heart' = opinion, continuation optional. Huxtable's 1923 deed claim labelled false ('that is not true'). 'Letters on this subject are now closed' treated as noise (housekeeping line). No-comment optional.")
build(N, notes, attrs, denials, anon, relays, descs, hedges, lf, [], numbers, ce, noise)
