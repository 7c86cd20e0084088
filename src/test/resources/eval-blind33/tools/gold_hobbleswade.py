from goldlib import A, build
N = "hobbleswade-sheep-farming-weekly"
attrs = [
 A("ahd-rejected", "Animal Health Directorate", ["Animal Health Directorate"], "has rejected claims", "deny", ["overstated an outbreak of sheep scab"]),
 A("ahd-17", "Animal Health Directorate", ["directorate"], "says", "assert", ["confirmed on 17 holdings"]),
 A("bellweather-ban", "Dr Kestevan Bellweather, chief veterinary adviser", ["Bellweather", "chief veterinary adviser"], "said", "assert", ["the only way to stop the mite"], q=True),
 A("farmers-lower", "farmers in the valley", ["Farmers in the valley", "Farmers"], "say", "assert", ["say the number is lower"], req=False),
 A("hobbleswade-six", "Ondine Hobbleswade, farmer", ["Hobbleswade"], "told a meeting", "assert", ["only six of the 17 farms"]),
 A("hobbleswade-blood", "Ondine Hobbleswade", ["Hobbleswade"], "she said", "assert", ["positive on a blood test and nothing else"], q=True),
 A("bellweather-misreading", "Dr Kestevan Bellweather", ["Bellweather"], "called that account", "deny", ["a misreading of how the disease works"], q=True),
 A("bellweather-weeks", "Dr Kestevan Bellweather", ["Bellweather"], "He said", "deny", ["weeks before a single fleece is rubbed"], q=True),
 A("vet-kits", "a vet who asked not to be named", ["vet"], "told Farm News", "assert", ["batch of test kits that was later withdrawn"], h=True, anon=True, via=["Farm News"]),
 A("ahd-denied-kits", "Animal Health Directorate", ["directorate"], "denied that", "deny", ["any faulty kits had been used"]),
 A("spokesperson-second-lab", "directorate spokesperson", ["directorate spokesperson", "spokesperson"], "a directorate spokesperson said", "deny", ["confirmed by a second laboratory"], q=True),
 A("dunstable-260k", "Godric Dunstable, chair of the Graziers' Association", ["Dunstable", "Graziers' Association"], "said", "assert", ["260,000 pounds"]),
 A("dunstable-blanket", "Godric Dunstable", ["Dunstable"], "he said", "opinion", ["This is not a disease control measure"], q=True),
 A("federation-letter", "National Sheep Breeders' Federation", ["National Sheep Breeders' Federation", "federation"], "In a letter to Farm News, ... rejected the graziers' claim", "deny", ["lowland flocks were not at risk"], via=["letter", "Farm News"]),
 A("dunstable-not-case", "Godric Dunstable", ["Dunstable"], "That is simply not the case, Mr Dunstable said", "deny", ["traced to sheep bought at a sale in another region"]),
 A("bellweather-accepted", "Dr Kestevan Bellweather", ["Bellweather"], "accepted that", "confirm", ["less than 24 hours' notice"]),
 A("bellweather-sorry", "Dr Kestevan Bellweather", ["Bellweather"], "he said", "confirm", ["I am sorry we did not"], q=True),
 A("mart-no-comment", "Crennock Auction Mart", ["Crennock Auction Mart"], "declined to comment", "assert", ["runs one of the closed markets"], req=False),
 A("ahd-review", "Animal Health Directorate", ["directorate"], "said", "predict", ["review the zone on 27 March"]),
]
denials = [
 {"by": ["Animal Health Directorate", "directorate"], "denied": ["overstated an outbreak of sheep scab"], "note": "lede 'has rejected claims ... that it overstated'"},
 {"by": ["Bellweather"], "denied": ["only six of the 17 farms", "a misreading of how the disease works"], "note": "'called that account ...' + positive explanation of the blood test"},
 {"by": ["directorate", "spokesperson"], "denied": ["batch of test kits that was later withdrawn", "any faulty kits had been used"], "note": "denial verb + said-X inversion (second laboratory) against the anonymous vet"},
 {"by": ["federation", "National Sheep Breeders' Federation"], "denied": ["lowland flocks were not at risk"], "note": "via a letter to Farm News"},
 {"by": ["Dunstable"], "denied": ["two cases in the neighbouring county", "traced to sheep bought at a sale in another region"], "note": "'That is simply not the case, Mr Dunstable said of the federation's warning'"},
]
anon = [{"match": ["vet"], "note": "vet who asked not to be named told Farm News (reportedly faulty kits)"}]
relays = [{"speaker": ["vet"], "outlets": ["Farm News"], "note": "unnamed vet -> Farm News (this paper)"}]
descs = [{"name": "Kestevan Bellweather", "description": ["chief veterinary adviser"]}, {"name": "Ondine Hobbleswade", "description": ["who runs 900 ewes at Hobbleswade"]},
 {"name": "Godric Dunstable", "description": ["who chairs the Graziers' Association"]}, {"name": "Crennock Auction Mart", "description": ["which runs one of the closed markets"]}]
hedges = ["reportedly", "at least"]
numbers = [{"value": v, "fact": f} for v, f in [("17 holdings", "confirmed holdings"), ("4,200 sheep", "inside the zone"), ("10-kilometre", "zone radius"), ("900 ewes", "Hobbleswade's flock"), ("only six", "farms with clinical signs per Hobbleswade"), ("at least three", "results from withdrawn kits per the vet"), ("260,000 pounds", "lost sales"), ("24 hours", "notice given"), ("27 March", "zone review")]]
ce = [{"cause": ["movement ban"], "effect": ["closed two livestock markets"]}]
noise = ["FARM NEWS | Livestock", "By Ambrosine Wetherall, Livestock Editor", "Friday 13 March 2026", "Picture caption: Ewes on the Hobbleswade estate, inside the restricted zone. (Photo: Ambrosine Wetherall)", "Read more: Sheep scab - what the new rules mean for your flock", "Advertisement"]
notes = ("Original fictional farming weekly report. 'The directorate says' / 'Its chief veterinary adviser' = Animal Health Directorate; 'she said' = Ondine Hobbleswade (person; the farm has the same name); 'He said' / 'he said' = Bellweather, then Dunstable. "
 "Denials: lede 'has rejected claims ... that it overstated'; Bellweather 'called that account \"a misreading ...\"' + positively worded blood-test explanation; directorate 'denied that any faulty kits had been used' + spokesperson's second-laboratory inversion (named body, not anonymous) against the anonymous vet; federation's letter 'rejected the graziers' claim'; Dunstable's 'That is simply not the case'. "
 "'Farmers in the valley say the number is lower' optional; 'accepted that' = confirm; Dunstable's 'not a disease control measure' = opinion. Mart no-comment optional. Headline ('question') no entry.")
build(N, notes, attrs, denials, anon, relays, descs, hedges, [], [], numbers, ce, noise)
