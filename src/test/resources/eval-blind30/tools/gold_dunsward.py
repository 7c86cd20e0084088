from goldlib import A, build
N = "dunsward-psalter-religious-affairs-correspondent"
AB = ["Stallybrass", "Abbot"]
attrs = [
 A("monks-dismissed", "the monks of Dunsward Abbey", ["monks", "Dunsward Abbey"], "have dismissed claims that", "deny", ["agreed to sell the Dunsward Psalter"]),
 A("abbot-not-on-market", "Abbot Gerwin Stallybrass", AB, "said", "deny", ["The psalter is not on the market", "no one in this house has signed anything"], q=True),
 A("lamp-sale-agreed", "the Askerby Lamp (citing a person familiar with the abbey's finances)", ["Askerby Lamp", "Lamp"], "reported that", "assert", ["had been agreed in principle"], anon=True, via=["Askerby Lamp"]),
 A("abbey-confirms-roof", "Dunsward Abbey", ["abbey", "Dunsward Abbey"], "did confirm that", "confirm", ["2.3 million pounds", "to value the library last autumn"]),
 A("hatherwick-no-buyer", "Brother Wulfram Hatherwick, the abbey's bursar", ["Hatherwick", "bursar"], "told The Cloister", "deny", ["No buyer has set foot in this house"], q=True, via=["The Cloister"]),
 A("pellisant-routine", "Pellisant & Vardaman, auction house", ["Pellisant"], "said in a statement", "deny", ["had never been asked to look for a buyer", "a routine insurance valuation"], via=["statement"]),
 A("monk-hard-choices", "a monk who asked not to be named", ["monk"], "said", "assert", ["told to expect hard choices"], q=True, anon=True),
 A("abbot-rejected-account", "Abbot Gerwin Stallybrass", AB, "rejected that account", "deny", ["The abbot rejected that account"], req=False),
 A("abbot-nobody-spoke", "Abbot Gerwin Stallybrass", AB, "he said", "deny", ["nobody in that room spoke of selling a single book", "had discussed the roof appeal and a new guest house"], q=True),
 A("abbot-accepted-slow", "Abbot Gerwin Stallybrass", AB, "He accepted that", "confirm", ["slow to explain what the valuation was for"], q=True),
 A("abbot-would-not-say", "Abbot Gerwin Stallybrass", AB, "would not say", "assert", ["would not say what figure"], req=False),
 A("glanvill-not-quietly", "Dr Hesper Glanvill, historian of medieval books", ["Glanvill", "historian"], "said", "opinion", ["leave the country quietly"], q=True),
 A("glanvill-licence", "Dr Hesper Glanvill", ["Glanvill"], "she said", "assert", ["An export licence would be needed"]),
 A("panel-none-applied", "the Cultural Export Panel", ["Cultural Export Panel"], "according to", "assert", ["none has been applied for"]),
 A("facebook-shipped", "posts in a Facebook group for former pupils", ["Facebook group", "Posts"], "claimed that", "assert", ["had already been shipped to Switzerland"], via=["Facebook group"]),
 A("order-no-truth", "a spokeswoman for the Order of St Wendrith", ["spokeswoman", "Order of St Wendrith"], "said there was", "deny", ["no truth at all", "its general council had approved a sale"], q=True),
 A("abbey-raised", "Dunsward Abbey", ["abbey"], "the abbey said", "assert", ["about 610,000 pounds"]),
 A("abbey-expects-scaffolding", "Dunsward Abbey", ["abbey", "It"], "It expects", "predict", ["scaffolding to go up"], req=False),
]
attrs[14]["labelled_false"] = True
denials = [
 {"by": ["monks", "Dunsward Abbey"], "denied": ["agreed to sell the Dunsward Psalter"], "note": "lede: 'have dismissed claims that they agreed to sell ...'"},
 {"by": ["Stallybrass", "Abbot"], "denied": ["sale", "The psalter is not on the market"], "note": "said-X inversion after the quote"},
 {"by": ["Hatherwick"], "denied": ["buyer", "No buyer has set foot in this house"], "note": "quote, then role and name, told The Cloister (via)"},
 {"by": ["Pellisant"], "denied": ["had never been asked to look for a buyer"], "note": "auction house statement, positively worded 'routine insurance valuation'"},
 {"by": ["Stallybrass", "abbot"], "denied": ["told to expect hard choices", "nobody in that room spoke of selling a single book"], "note": "against the anonymous monk: 'The abbot rejected that account.' (optional, content-less) + mid-sentence 'he said' with positive wording"},
 {"by": ["spokeswoman", "Order of St Wendrith"], "denied": ["its general council had approved a sale"], "note": "'there was \"no truth at all\" in the suggestion that ...' (spokeswoman of a named body, not anonymous)"},
]
anon = [{"match": ["Askerby Lamp", "Lamp"], "note": "the Lamp cited a person familiar with the abbey's finances: one anonymous entry with the Lamp as via"},
        {"match": ["monk"], "note": "a monk who asked not to be named"}]
relays = [{"speaker": ["Hatherwick"], "outlets": ["The Cloister"], "note": "bursar -> The Cloister -> this article"},
          {"speaker": ["person familiar with the abbey's finances"], "outlets": ["Askerby Lamp"], "note": "unnamed person -> Askerby Lamp -> this article"}]
descs = [{"name": "Gerwin Stallybrass", "description": ["has led the community of 19 monks since 2019"]},
 {"name": "Wulfram Hatherwick", "description": ["the abbey's bursar"]}, {"name": "Pellisant & Vardaman", "description": ["an auction house"]},
 {"name": "The Cloister", "description": ["a religious weekly"]}, {"name": "Hesper Glanvill", "description": ["a historian of medieval books at the University of Carrowdene"]}]
hedges = ["around", "about", "expects"]
lf = [{"claim": ["had already been shipped to Switzerland"], "by": "the article itself ('That is false: the manuscript was on display ...')"}]
numbers = [{"value": v, "fact": f} for v, f in [("1160", "when the psalter was made"), ("19 monks", "size of the community"), ("4 million pounds", "reported sale price"),
 ("2.3 million pounds", "cost of the roof"), ("610,000 pounds", "raised by the roof appeal"), ("2027", "scaffolding expected")]]
ce = [{"cause": ["to pay for repairs to their church roof"], "effect": ["agreed to sell the Dunsward Psalter"], "note": "the claimed motive, denied"}]
noise = ["RELIGION", "By Elspet Tollaster, Religious Affairs Correspondent", "Thursday 12 March 2026",
 "Photo caption: The library tower of Dunsward Abbey, where the community keeps its manuscripts. (Photo: Ennis Pryn)",
 "The roof and the valuation", "What the experts say", "Read more: Why Britain's smaller monasteries are running short of money"]
notes = ("Original fictional religious affairs correspondent's article. Pronoun sources: 'he said' (chapter paragraph) and 'He accepted' = Abbot Stallybrass; "
 "'she said' = Glanvill; 'It expects' = the abbey. The Lamp's report citing 'a person familiar with the abbey's finances' is one anonymous entry with the Lamp as via. "
 "'The abbot rejected that account.' is a content-less optional deny; the content-bearing deny is the next sentence. Non-denials: 'did confirm' (confirm), 'He accepted that' (admission, confirm), "
 "'would not say' (refusal, optional), Glanvill's 'not the kind of object that can leave the country quietly' (opinion with 'not'), the Panel's 'none has been applied for' (counter-evidence, assert), "
 "the Facebook claim labelled false by the article. The headline's 'Monks deny deal' gets no entry.")
build(N, notes, attrs, denials, anon, relays, descs, hedges, lf, [], numbers, ce, noise)
