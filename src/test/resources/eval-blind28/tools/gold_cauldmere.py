from goldlib import A, build
N = "cauldmere-church-bells-heritage-correspondent"
attrs = [
 A("penderrick-lede", "the Rev Ewart Penderrick, vicar", ["vicar", "Penderrick"], "has denied", "deny", ["intends to sell the tower's eight bells"]),
 A("penderrick-statement", "the Rev Ewart Penderrick", ["Penderrick"], "said in a statement", "deny", ["The bells are not for sale"], q=True, via=["statement"]),
 A("oakhanger-no-reason", "Bryony Oakhanger, ringers' captain", ["Oakhanger", "ringers' captain"], "said", "assert", ["no reason at all"], q=True),
 A("chronicle-valuation", "the Cauldmere Chronicle", ["Cauldmere Chronicle"], "reported", "assert", ["£38,000"]),
 A("pcc-member-discussed", "a PCC member (unnamed), via the Chronicle", ["member of the parochial church council", "paper", "Cauldmere Chronicle"], "quoted ... as saying", "assert", ["had been discussed more than once"], q=True, anon=True, via=["Cauldmere Chronicle"]),
 A("braithwick-inspection", "Ilsabet Braithwick, Pemberlow managing director", ["Braithwick", "managing director"], "said", "deny", ["a safety inspection, not a valuation"]),
 A("braithwick-nobody-asked", "Ilsabet Braithwick", ["Braithwick"], "she said", "deny", ["Nobody asked us what the bells were worth"], q=True),
 A("braithwick-sound", "Ilsabet Braithwick", ["Braithwick"], "(same quote)", "assert", ["whether the frame was sound"], q=True, req=False),
 A("penderrick-confirms", "the Rev Ewart Penderrick", ["Penderrick"], "did confirm", "confirm", ["the long-term future of the ring"], q=True),
 A("penderrick-minutes", "the Rev Ewart Penderrick", ["Penderrick", "he"], "he said he would not discuss", "assert", ["would not discuss the minutes"], req=False),
 A("pellew-frame", "Harcourt Pellew, churchwarden", ["Pellew", "churchwarden"], "said", "assert", ["14 millimetres"]),
 A("pellew-silent", "Harcourt Pellew", ["Pellew"], "he said", "opinion", ["silent tower for a year"], q=True),
 A("villagers-noise", "some villagers", ["villagers"], "have suggested", "assert", ["shut out because of noise complaints"], req=False),
 A("pellew-not-noise", "Harcourt Pellew", ["Pellew"], "said Pellew", "deny", ["not locked out because of noise"], q=True),
 A("council-no-complaint", "Fernstable District Council", ["Fernstable District Council", "council"], "said", "assert", ["received no complaint about the bells"]),
 A("diocese-application", "spokesman for the Diocese of Fernstable", ["Diocese of Fernstable", "spokesman"], "said", "assert", ["no application to remove the bells"]),
 A("diocese-no-truth", "spokesman for the Diocese of Fernstable", ["Diocese of Fernstable", "spokesman"], "he said", "deny", ["pressing parishes to sell their bells"], q=True),
 A("trust-no-comment", "Westmarch Historic Churches Trust", ["Westmarch Historic Churches Trust"], "said it could not comment", "assert", ["could not comment on an individual parish"], req=False),
 A("facebook-lorry", "a post in a village Facebook group", ["Facebook group", "post"], "claimed", "assert", ["driven away on a lorry"], q=True, via=["Facebook group"]),
 A("oakhanger-villain", "Bryony Oakhanger", ["Oakhanger"], "she said", "opinion", ["anyone at St Aldric's is a villain"], q=True),
 A("braithwick-six-weeks", "Ilsabet Braithwick", ["Braithwick"], "said", "predict", ["within six weeks"]),
 A("penderrick-easter", "the Rev Ewart Penderrick", ["Penderrick"], "said he hoped", "predict", ["Easter 2027"]),
]
attrs[18]["labelled_false"] = True
denials = [
 {"by": ["Penderrick", "vicar"], "denied": ["sell the tower's eight bells", "not for sale"], "note": "lede 'has denied that the parish intends to sell' + statement read at the service"},
 {"by": ["Braithwick"], "denied": ["valuation", "what the bells were worth"], "note": "positive rebuttal 'a safety inspection, not a valuation' + 'Nobody asked us'"},
 {"by": ["Pellew"], "denied": ["noise"], "note": "said-X inversion 'The ringers were not locked out because of noise ...,' said Pellew"},
 {"by": ["Diocese of Fernstable", "spokesman"], "denied": ["pressing parishes to sell their bells"], "note": "'There is no truth whatever in the idea that ...'"},
]
anon = [{"match": ["member of the parochial church council", "Cauldmere Chronicle"], "note": "PCC member whom the Chronicle did not name"}]
relays = [{"speaker": ["member of the parochial church council"], "outlets": ["Cauldmere Chronicle"], "note": "unnamed PCC member -> Chronicle -> this article"}]
descs = [{"name": "Ewart Penderrick", "description": ["vicar of St Aldric's Church"]}, {"name": "Bryony Oakhanger", "description": ["ringers' captain"]},
 {"name": "Ilsabet Braithwick", "description": ["managing director"]}, {"name": "Harcourt Pellew", "description": ["churchwarden"]},
 {"name": "Westmarch Historic Churches Trust", "description": ["gave the church a £21,000 grant"]}]
hedges = ["reportedly", "is understood to", "about", "roughly"]
lf = [{"claim": ["driven away on a lorry"], "by": "the article itself ('That is false: the Chronicle photographed all eight bells in the tower on Tuesday')"}]
numbers = [{"value": v, "fact": f} for v, f in [("1742", "two bells cast"), ("11", "ringers in the band"), ("3 February", "lockout began"), ("£38,000", "scrap value in the valuation"),
  ("14 millimetres", "frame shift"), ("£21,000", "trust grant 2019"), ("£60,000", "repair cost"), ("£48,000", "parish annual income"), ("six weeks", "time to make frame safe")]]
ce = [{"cause": ["frame holding the bells had shifted"], "effect": ["the tower had been closed"]}]
noise = ["HERITAGE", "By Lasse Brackwen, Heritage Correspondent", "Thursday 12 February 2026",
 "Photo caption: The ringing chamber at St Aldric's, where the ropes have been tied up since 3 February. (Lasse Brackwen)",
 "Related: The bell foundries keeping a 600-year-old craft alive", "A valuation in the vestry", "Safety first, says churchwarden", "A rumour that travelled"]
notes = ("Original fictional article, heritage correspondent. Pronouns: 'he said' = Penderrick / Pellew / the diocese spokesman by paragraph; 'she said' = Braithwick / Oakhanger; "
 "'The paper' = the Cauldmere Chronicle. Headline not given an entry. Non-denials: Penderrick 'did confirm' (confirm) and 'would not discuss the minutes' (optional); "
 "the trust 'could not comment' (optional); the council's 'received no complaint' (counter-evidence, assert); Oakhanger's 'I don't think anyone ... is a villain' (opinion); "
 "the Facebook lorry post labelled false by the article.")
build(N, notes, attrs, denials, anon, relays, descs, hedges, lf, [], numbers, ce, noise)
