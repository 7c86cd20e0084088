from goldlib import A, build
N = "brantwhistle-residents-newsletter-digest"
attrs = [
 A("dowdeswell-nothing", "Serafina Dowdeswell, Mellingate Health Centre practice manager", ["Dowdeswell", "practice manager"], "told the Bulletin there was", "deny", ["nothing whatsoever"], q=True, via=["Bulletin"]),
 A("dowdeswell-lease", "Serafina Dowdeswell", ["Dowdeswell"], "she said", "deny", ["We have just signed a new lease on the building"], q=True, req=False),
 A("board-went-further", "Southmoor Health Board", ["Southmoor Health Board", "Health Board"], "went further, saying", "deny", ["runs until March 2031"]),
 A("dowdeswell-waits", "Serafina Dowdeswell", ["Dowdeswell"], "said", "assert", ["fallen from 19 days to 11"]),
 A("lanes-doubled", "Brantwhistle Lanes Group", ["Lanes Group"], "says", "assert", ["has doubled since the spring", "well over 300 a week"]),
 A("hobthrush-hit-back", "Hobthrush Aggregates", ["Hobthrush"], "hit back at those numbers, saying", "deny", ["Hobthrush hit back at those numbers", "142 lorries a week"]),
 A("lanes-blasting", "Brantwhistle Lanes Group", ["group", "Lanes Group"], "also blames", "assert", ["blames quarry blasting for a crack"]),
 A("hobthrush-blasting", "Hobthrush Aggregates", ["company", "Hobthrush"], "answered that", "deny", ["its blasting could not have caused it"]),
 A("worker-night", "a quarry worker who asked not to be named", ["quarry worker", "worker"], "told the Bulletin", "assert", ["night-time loading had allegedly begun"], h=True, anon=True, via=["Bulletin"]),
 A("hobthrush-no-comment", "Hobthrush Aggregates", ["Hobthrush"], "declined to comment", "assert", ["declined to comment on its loading hours"], req=False),
 A("tealby-candid", "Algernon Tealby, county libraries manager", ["Tealby", "libraries manager"], "was candid about why: ..., he said", "confirm", ["the boiler missed its summer service"]),
 A("tealby-june", "Algernon Tealby", ["Tealby"], "he said", "confirm", ["should have happened in June"], q=True),
 A("tealby-on-us", "Algernon Tealby", ["Tealby"], "(continues the quote)", "confirm", ["It is on us"], q=True, req=False),
 A("leaflet-bottle-bank", "a leaflet pushed through doors", ["leaflet"], "Some residents have been told by", "assert", ["being taken away for good"]),
 A("parish-moving", "the parish council", ["parish council"], "says", "assert", ["simply moving 50 metres"]),
 A("organisers-fete", "the fete organisers", ["organisers"], "say", "assert", ["raised 3,412 pounds"]),
 A("caddick-dog-show", "Lettice Caddick, organiser", ["Caddick", "Organiser"], "said", "assert", ["dog show alone brought in 600 pounds"]),
]
denials = [
 {"by": ["Dowdeswell"], "denied": ["close its Brantwhistle branch surgery next spring"], "note": "'told the Bulletin there was \"nothing whatsoever\" in the story' (+ optional 'We have just signed a new lease')"},
 {"by": ["Southmoor Health Board", "Health Board"], "denied": ["close its Brantwhistle branch surgery next spring"], "note": "second party, same claim: 'went further, saying the branch contract runs until March 2031'"},
 {"by": ["Hobthrush"], "denied": ["has doubled since the spring", "well over 300 a week"], "note": "'hit back at those numbers, saying its weighbridge logs show 142 lorries a week'"},
 {"by": ["Hobthrush", "company"], "denied": ["blames quarry blasting for a crack"], "note": "same denier, second claim: 'The company answered that its blasting could not have caused it'"},
]
anon = [{"match": ["quarry worker", "worker"], "note": "quarry worker who asked not to be named, told the Bulletin (allegedly)"}]
relays = [{"speaker": ["quarry worker"], "outlets": ["Bulletin"], "note": "unnamed worker -> the Bulletin (the newsletter itself)"}, {"speaker": ["Dowdeswell"], "outlets": ["Bulletin"], "note": "Dowdeswell -> the Bulletin"}]
descs = [{"name": "Serafina Dowdeswell", "description": ["practice manager"]}, {"name": "Algernon Tealby", "description": ["libraries manager"]}, {"name": "Lettice Caddick", "description": ["Organiser"]}]
hedges = ["allegedly"]
lf = [{"claim": ["being taken away for good"], "by": "the newsletter itself ('That is untrue.')"}]
numbers = [{"value": v, "fact": f} for v, f in [("March 2031", "contract end"), ("19 days to 11", "appointment waits"), ("300 a week", "claimed lorries"), ("142 lorries a week", "weighbridge"), ("14 June", "last blast"), ("nine days", "library closure"), ("50 metres", "bottle bank move"), ("23 November", "move date"), ("3,412 pounds", "fete"), ("600 pounds", "dog show")]]
ce = [{"cause": ["its heating failed"], "effect": ["Brantwhistle Library was closed for nine days in October"]}, {"cause": ["the boiler missed its summer service"], "effect": ["a valve seized as a result"]}]
noise = ["THE BRANTWHISTLE BULLETIN | Residents' newsletter, issue 87", "Compiled by Thirza Ullathorne", "November 2026", "In this issue: surgery, quarry, library, bottle bank, fete", "SURGERY STAYS OPEN", "QUARRY LORRIES", "Advertisement: Hartsop Garden Centre, 10% off with this newsletter", "LIBRARY HEATING", "BOTTLE BANK", "FETE TOTAL", "Next issue: January. Items to the compiler by 12 December.", "To stop receiving the Bulletin, reply with UNSUBSCRIBE."]
notes = ("Original fictional residents' newsletter digest: five short items under capitalised item heads (noise), plus masthead, compiler line, contents line, advert, next-issue and unsubscribe lines (noise). "
 "Denials: Dowdeswell 'told the Bulletin there was \"nothing whatsoever\" in the story' (quoted, via the newsletter itself; the following lease quote optional deny); Southmoor Health Board 'went further, saying the branch contract runs until March 2031' (second party, same claim, positively worded); Hobthrush 'hit back at those numbers, saying'; Hobthrush/the company 'answered that its blasting could not have caused it' (same denier, second claim). The village rumour ('Word has gone round') has no named source and no entry. "
 "Tealby 'was candid about why: the boiler missed its summer service, he said' = confirm, with the quote 'should have happened in June' (confirm; 'It is on us' optional). Anonymous quarry worker 'told the Bulletin' with 'allegedly'. The leaflet's 'taken away for good' is labelled false ('That is untrue.'). Hobthrush's no-comment optional.")
build(N, notes, attrs, denials, anon, relays, descs, hedges, lf, [], numbers, ce, noise)
