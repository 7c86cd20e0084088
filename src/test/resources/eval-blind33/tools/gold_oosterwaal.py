from goldlib import A, build
N = "oosterwaal-harbour-arts-page"
attrs = [
 A("ch-1652", "Cheverell & Gaskarth, auction house", ["Cheverell & Gaskarth", "auction house"], "says", "assert", ["painted around 1652"]),
 A("cranwinkle-tree-ring", "Eldon Cranwinkle, head of Old Masters", ["Cranwinkle", "head of Old Masters"], "said", "assert", ["no earlier than 1646"]),
 A("vellenhoek-pupil", "Professor Saskia Vellenhoek", ["Vellenhoek", "Professor"], "said", "assert", ["the work of a pupil"]),
 A("vellenhoek-water", "Professor Saskia Vellenhoek", ["Vellenhoek"], "she said", "opinion", ["not by the woman herself"], q=True),
 A("ch-denied", "Cheverell & Gaskarth", ["Cheverell & Gaskarth"], "denied that", "deny", ["ignored her view"]),
 A("cranwinkle-images", "Eldon Cranwinkle", ["Cranwinkle"], "said", "deny", ["taken her comments into account"], q=True),
 A("dealer-400k", "a dealer who asked not to be named", ["dealer"], "told the Brushwork Review", "assert", ["offered 400,000 pounds"], h=True, anon=True, via=["Brushwork Review"]),
 A("cranwinkle-gossip", "Eldon Cranwinkle", ["Cranwinkle"], "called that story", "deny", ["saleroom gossip with no document behind it"], q=True),
 A("spokesperson-never", "auction house spokesperson", ["spokesperson", "auction house"], "a spokesperson for the auction house said", "deny", ["never offered this painting to anyone"], q=True),
 A("ch-no-comment", "Cheverell & Gaskarth", ["auction house", "Cheverell & Gaskarth"], "declined to comment", "assert", ["how long the family had owned the work"], req=False),
 A("pollexfen-signature", "Dr Sefton Pollexfen, conservator", ["Pollexfen", "conservator"], "said", "assert", ["in the same paint layer as the sky"], q=True),
 A("pollexfen-letter", "Dr Sefton Pollexfen", ["Pollexfen"], "In a letter to the Brushwork Review, he rejected", "deny", ["added by a dealer in the 19th century"], via=["letter", "Brushwork Review"]),
 A("vellenhoek-not-case", "Professor Saskia Vellenhoek", ["Vellenhoek"], "That is simply not the case, ... replied in the same paper", "deny", ["a later signature can sit in the same layer"], via=["Brushwork Review"]),
 A("cranwinkle-accepted", "Eldon Cranwinkle", ["Cranwinkle"], "accepted that", "confirm", ["will never be beyond argument"], q=True),
 A("ravenhill-unlikely", "Velma Ravenhill, adviser to collectors", ["Ravenhill", "adviser to collectors"], "said", "predict", ["unlikely to hurt the price"], h=True),
 A("ravenhill-story", "Velma Ravenhill", ["Ravenhill"], "she said", "opinion", ["not paying for certainty"], q=True),
]
denials = [
 {"by": ["Cheverell & Gaskarth", "Cranwinkle"], "denied": ["ignored her view"], "note": "denial verb + positive account (images sent in October)"},
 {"by": ["Cranwinkle"], "denied": ["offered 400,000 pounds", "saleroom gossip with no document behind it"], "note": "'called that story ...' against the anonymous dealer"},
 {"by": ["spokesperson", "auction house"], "denied": ["offered 400,000 pounds", "never offered this painting to anyone"], "note": "said-X inversion by the auction house spokesperson"},
 {"by": ["Pollexfen"], "denied": ["added by a dealer in the 19th century"], "note": "letter to the Brushwork Review: 'rejected Professor Vellenhoek's claim'"},
 {"by": ["Vellenhoek"], "denied": ["in the same paint layer as the sky", "a later signature can sit in the same layer"], "note": "'That is simply not the case, Professor Vellenhoek replied in the same paper'"},
]
anon = [{"match": ["dealer"], "note": "dealer who asked not to be named told the Brushwork Review (allegedly offered 400,000 pounds)"}]
relays = [{"speaker": ["dealer"], "outlets": ["Brushwork Review"], "note": "unnamed dealer -> Brushwork Review -> this article"}]
descs = [{"name": "Cheverell & Gaskarth", "description": ["The auction house"]}, {"name": "Eldon Cranwinkle", "description": ["head of Old Masters"]},
 {"name": "Saskia Vellenhoek", "description": ["who catalogued Oosterwaal's paintings in 2011"]}, {"name": "Sefton Pollexfen", "description": ["a conservator who cleaned the panel last year"]},
 {"name": "Velma Ravenhill", "description": ["an adviser to collectors"]}]
hedges = ["allegedly", "most likely", "unlikely", "around 1652"]
numbers = [{"value": v, "fact": f} for v, f in [("1.8 million to 2.5 million pounds", "estimate"), ("26 March", "sale date"), ("41 by 58 centimetres", "panel size"), ("1652", "date of painting per the house"), ("1904", "last seen in public"), ("1646", "tree-ring earliest date"), ("2011", "catalogue"), ("400,000 pounds", "alleged 2019 offer"), ("34 paintings", "known works"), ("20 March", "viewing from")]]
ce = []
noise = ["ARTS | Saleroom", "By Ignatia Brumwell, Arts Correspondent", "Thursday 5 March 2026", "Caption: \"Harbour at Dusk\", offered with an estimate of 1.8 million to 2.5 million pounds. (Courtesy of Cheverell & Gaskarth)", "Read more: Five Old Master sales to watch this spring"]
notes = ("Original fictional arts-page report. 'Its head of Old Masters' = Cheverell & Gaskarth; 'she said' = Vellenhoek then Ravenhill; 'he rejected' = Pollexfen. "
 "Denials: house 'denied that it had ignored her view' + Cranwinkle's positive account; Cranwinkle 'called that story \"saleroom gossip ...\"'; said-X inversion by the house spokesperson (named body, not anonymous) against the anonymous dealer; Pollexfen's letter 'rejected Professor Vellenhoek's claim'; Vellenhoek's 'That is simply not the case ... replied in the same paper'. "
 "Vellenhoek's attribution to a pupil is a scholarly claim (assert), her 'not by the woman herself' opinion; 'accepted that' = confirm; Ravenhill 'not paying for certainty' = opinion. No-comment optional. Headline no entry.")
build(N, notes, attrs, denials, anon, relays, descs, hedges, [], [], numbers, ce, noise)
