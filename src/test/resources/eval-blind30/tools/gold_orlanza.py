from goldlib import A, build
N = "orlanza-containers-maritime-correspondent"
SK = ["Skellmark"]
attrs = [
 A("skellmark-rejected", "Skellmark Shipping", SK, "has rejected claims that", "deny", ["ignored a storm warning"]),
 A("skellmark-six-hours", "Skellmark Shipping", SK + ["company"], "The company said", "deny", ["more than six hours before any gale warning"]),
 A("weather-log", "the Brenlish Weather Office's public log", ["Brenlish Weather Office", "log"], "shows that", "assert", ["issued at 20.35"]),
 A("crew-push-on", "two crew members (unnamed), via the Gullhaven Lookout", ["crew members", "Gullhaven Lookout"], "speaking to ... said", "assert", ["decided to push on", "told by radio at about 18.00"], q=True, anon=True, via=["Gullhaven Lookout"]),
 A("quennock-no-conversation", "Torvald Quennock, Skellmark's operations director", ["Quennock", "operations director"], "said", "deny", ["That conversation did not take place"], q=True),
 A("quennock-recorded", "Torvald Quennock", ["Quennock"], "(continues the quote)", "deny", ["there is no call at six o'clock"], q=True, req=False),
 A("crew-stacked", "the same crew members (unnamed)", ["crew members", "Lookout"], "told the Lookout", "assert", ["two tiers higher than usual"], q=True, anon=True, via=["Lookout"]),
 A("harbour-board-limits", "the harbour board at Port Varrick", ["harbour board"], "was quoted by Radio Brenlish as saying", "deny", ["were inside the limits", "were checked before departure"], q=True, via=["Radio Brenlish"]),
 A("post-coastguard-order", "a post shared widely on social media", ["post"], "claimed that", "assert", ["had ordered the ship to stay in port"], via=["social media"]),
 A("coastguard-no-order", "a spokesman for the Brenlish Coastguard", ["Brenlish Coastguard", "spokesman"], "said", "deny", ["There was no such order"], q=True),
 A("skellmark-confirmed", "Skellmark Shipping", SK, "confirmed that", "confirm", ["held plastic goods and trainers", "pay for the clean-up"]),
 A("haverfoot-bags", "Merrilee Haverfoot, coordinator of the Gullhaven Shore Trust", ["Haverfoot", "coordinator", "Gullhaven Shore Trust"], "according to", "assert", ["300 bags"]),
 A("haverfoot-not-tidy-up", "Merrilee Haverfoot", ["Haverfoot"], "said", "opinion", ["not a tidy-up after a picnic", "in the sand for years"], q=True),
 A("salcombe-not-unusual", "Dr Oriane Salcombe-Tresize, marine ecologist", ["Salcombe-Tresize", "ecologist"], "said", "opinion", ["not unusual in a winter storm"], q=True),
 A("salcombe-rise", "Dr Oriane Salcombe-Tresize", ["Salcombe-Tresize", "ecologist"], "said ... were likely to rise", "predict", ["likely to rise"], h=True, req=False),
 A("skellmark-would-not", "Skellmark Shipping", SK, "would not discuss", "assert", ["whether the master remained on duty"], req=False),
]
denials = [
 {"by": ["Skellmark"], "denied": ["ignored a storm warning"], "note": "lede 'has rejected claims that ...' + 'The company said the ship had left ... more than six hours before any gale warning' (positively worded)"},
 {"by": ["Quennock"], "denied": ["decided to push on", "That conversation did not take place"], "note": "against the anonymous crew members' account; quote then role-name-said"},
 {"by": ["harbour board"], "denied": ["two tiers higher than usual", "were inside the limits"], "note": "quoted by Radio Brenlish (via), positively worded against the crew's stacking claim"},
 {"by": ["Brenlish Coastguard", "spokesman"], "denied": ["had ordered the ship to stay in port", "There was no such order"], "note": "against a social media post; spokesman of a named body, not anonymous"},
]
anon = [{"match": ["crew members"], "note": "two crew members speaking to the Gullhaven Lookout on condition of anonymity (two statements)"}]
relays = [{"speaker": ["crew members"], "outlets": ["Gullhaven Lookout"], "note": "crew -> Gullhaven Lookout -> this article"},
          {"speaker": ["harbour board"], "outlets": ["Radio Brenlish"], "note": "harbour board -> Radio Brenlish -> this article"}]
descs = [{"name": "Skellmark Shipping", "description": ["Skellmark"]}, {"name": "Torvald Quennock", "description": ["Skellmark's operations director"]},
 {"name": "Merrilee Haverfoot", "description": ["the trust's coordinator"]}, {"name": "Oriane Salcombe-Tresize", "description": ["Marine ecologist"]}]
hedges = ["about", "likely", "is expected to", "reportedly"]
numbers = [{"value": v, "fact": f} for v, f in [("41 containers", "lost overboard"), ("14.10", "departure time"), ("20.35", "gale warning issued"), ("18.00", "radio call alleged by crew"),
 ("12 of the lost containers", "held plastic goods and trainers"), ("300 bags", "filled by volunteers"), ("12 months", "inquiry report expected"), ("Four of the containers", "still afloat")]]
ce = [{"cause": ["to make up for a cancelled sailing"], "effect": ["two tiers higher than usual"], "note": "the crew's claim"}]
noise = ["MARITIME | Ports and shipping", "By Rosmerta Oxborrow, Maritime Correspondent", "Published 3 February 2026, 07:40",
 "Photo caption: Crates of trainers and plastic toys on Gullhaven beach on Monday. (Picture: Renny Halsgrove)",
 "What the crew say", "On the beach", "What happens next", "Related: How a container ship is loaded, and why stacks fall"]
notes = ("Original fictional maritime correspondent's article. 'The company said' = Skellmark; 'Haverfoot said' after 'according to the trust's coordinator'. "
 "The two crew members speak to the Gullhaven Lookout on condition of anonymity (anonymous, via the Lookout), twice. "
 "Denials: lede rejection, the company's positively worded timing, Quennock's quote against the crew, the harbour board quoted by Radio Brenlish, the coastguard spokesman against a social media post. "
 "Non-denials: the Weather Office log (document as subject, assert), 'Skellmark confirmed' (confirm), Haverfoot's 'This is not a tidy-up' and the ecologist's 'not unusual' (opinions with 'not'), "
 "'would not discuss' (refusal, optional), 'is expected to report' and 'reportedly still afloat' (article hedges, no entry). The headline gets no entry. "
 "The social media coastguard claim is answered by the coastguard only, not labelled false by the article.")
build(N, notes, attrs, denials, anon, relays, descs, hedges, [], [], numbers, ce, noise)
