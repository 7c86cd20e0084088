from goldlib import *
N = "saltmarrow-oysters-crime-reporter"
SV = ["Venables"]
CA = ["Aldwinckle", "managing director"]
PE = ["Pellingham", "Detective Inspector"]
AW = ["Wolstenholme", "harbour authority"]
IF = ["Fairbrass", "shellfish biologist"]
attrs = [
A("headline-rejects", "Drayhithe Shellfish (headline)", ["neighbouring shellfish firm"], "rejects (headline)", "deny", ["\"turf war\" claims"], q=True, req=False),
A("drayhithe-lede-rejects", "Drayhithe Shellfish (a neighbouring shellfish company)", ["neighbouring shellfish company", "Drayhithe"], "has rejected claims that", "deny", ["its boats were on the beds on the night they were emptied"]),
A("venables-stock", "Rhiannon Venables, oyster farmer", SV, "said", "assert", ["three seasons of growth", "roughly £60,000"], h=True),
A("venables-trestles", "Rhiannon Venables", SV, "she said", "assert", ["which trestles to go to"], q=True),
A("venables-watched", "Rhiannon Venables", SV, "(continues the quote)", "assert", ["watched us work"], q=True, req=False),
A("fisherman-workboat", "a fisherman who moors at Gullhythe (unnamed)", ["fisherman"], "said", "assert", ["flat-bottomed workboat", "lights off"], anon=True),
A("posts-drayhithe-boat", "posts on a Gullhythe community Facebook page", ["Posts", "Facebook page"], "claimed", "assert", ["the boat belonged to Drayhithe Shellfish"], anon=True, via=["Facebook page"]),
A("aldwinckle-no-boats", "Crispin Aldwinckle, managing director of Drayhithe Shellfish", CA, "said", "deny", ["None of our boats left the mooring", "tracker logs"], q=True),
A("aldwinckle-hire-boat", "Crispin Aldwinckle", CA, "he said (mid-sentence)", "deny", ["was a hire boat"]),
A("aldwinckle-acknowledged", "Crispin Aldwinckle", CA, "He did not hide that", "confirm", ["in dispute over the boundary"]),
A("aldwinckle-film", "Crispin Aldwinckle", CA, "called the idea ...", "deny", ["something out of a film"], q=True, req=False),
A("pellingham-footage", "Detective Inspector Ruairi Pellingham, Merrowdown Constabulary", PE, "said", "assert", ["footage from a camera on the harbour wall", "spoken to 14 people"]),
A("post-arrested", "a post shared more than 2,000 times (unnamed)", ["post shared"], "said", "assert", ["two men had been arrested at the slipway"], anon=True),
A("force-no-arrest", "Merrowdown Constabulary (the force)", ["force", "Merrowdown Constabulary"], "The force said", "deny", ["no one had been arrested", "questioned under caution"]),
A("pellingham-would-not-say", "Det Insp Pellingham", ["Pellingham"], "gave no view on", "assert", ["whether the footage showed a boat"], req=False),
A("page-marlstow", "the same Facebook page (second claim)", ["second claim", "same page"], "(claim on the page)", "assert", ["turned up for sale at Marlstow fish market"], anon=True, req=False),
A("venables-quoted-alarm", "Rhiannon Venables", SV, "Ms Venables said", "assert", ["quoted £9,000"]),
A("village-van", "some in the village (unnamed)", ["Some in the village"], "believe", "assert", ["loaded the oysters into a van"], anon=True, h=True, req=False),
A("wolstenholme-gate", "Ingeborg Wolstenholme, harbour authority chief executive", AW, "told Shellfish Trade News, in comments later broadcast by Radio Gullhythe", "deny", ["was locked at 10pm"], q=True, via=["Shellfish Trade News", "Radio Gullhythe"]),
A("radio-relay-gate", "Radio Gullhythe / Shellfish Trade News relaying Wolstenholme", ["Radio Gullhythe", "Shellfish Trade News"], "later broadcast by", "deny", ["was locked at 10pm"], q=True, via=["Shellfish Trade News", "Radio Gullhythe"], req=False),
A("wolstenholme-records", "Ingeborg Wolstenholme", AW, "She said", "predict", ["hand its gate records to the police"]),
A("fairbrass-exposed", "Dr Isolde Fairbrass, shellfish biologist", IF, "said", "opinion", ["how exposed small growers had become"]),
A("fairbrass-whim", "Dr Isolde Fairbrass", IF, "she said", "opinion", ["not a crime anyone commits on a whim"], q=True),
A("fairbrass-tide", "Dr Isolde Fairbrass", IF, "(continues the quote)", "assert", ["a tide table"], q=True, req=False),
A("fairbrass-price", "Dr Isolde Fairbrass", IF, "She expected", "predict", ["rise by as much as 10%"], h=True),
A("venables-lighting", "Rhiannon Venables", SV, "Ms Venables said", "assert", ["lighting on the slipway three times"]),
A("council-lighting", "a council spokeswoman", ["council spokeswoman"], "said", "assert", ["approved in September", "installed in January"]),
A("understood-assessor", "unnamed (It is understood)", ["It is understood"], "It is understood", "assert", ["sent an assessor"], h=True, anon=True, req=False),
]
denials = [
 {"by": ["Drayhithe", "neighbouring shellfish company", "Aldwinckle"], "denied": ["its boats were on the beds", "None of our boats left the mooring"], "note": "Lede's reported 'has rejected claims that' + the managing director's said-X inversion."},
 {"by": ["Aldwinckle"], "denied": ["the boat belonged to Drayhithe Shellfish", "was a hire boat"], "note": "Positive-words denial with a mid-sentence pronoun cue against the Facebook posts; 'something out of a film' is an optional content-less dismissal."},
 {"by": ["force", "Merrowdown Constabulary"], "denied": ["two men had been arrested at the slipway", "no one had been arrested"], "note": "Body denial in reported speech against a widely shared post."},
 {"by": ["Wolstenholme", "harbour authority"], "denied": ["loaded the oysters into a van", "was locked at 10pm"], "note": "Relayed (Shellfish Trade News -> Radio Gullhythe) positive-words denial against the village's van theory."},
]
anon = [
 {"match": ["fisherman"], "note": "asked not to be named because he still sells to both companies; saw a workboat with lights off"},
 {"match": ["Posts", "Facebook page"], "note": "posts claiming the boat belonged to Drayhithe"},
 {"match": ["post shared"], "note": "post claiming two arrests"},
]
relays = [{"speaker": ["Wolstenholme"], "outlets": ["Shellfish Trade News", "Radio Gullhythe"], "note": "Wolstenholme -> Shellfish Trade News -> Radio Gullhythe -> this article"}]
descs = [
 {"name": "Rhiannon Venables", "description": ["has farmed the creek for 11 years"]},
 {"name": "Crispin Aldwinckle", "description": ["managing director of Drayhithe Shellfish"]},
 {"name": "Drayhithe Shellfish", "description": ["farms the next bay along"]},
 {"name": "Ruairi Pellingham", "description": ["who is leading the inquiry"]},
 {"name": "Ingeborg Wolstenholme", "description": ["The harbour authority's chief executive"]},
 {"name": "Isolde Fairbrass", "description": ["a shellfish biologist at Gullhythe Marine Station", "has surveyed the creek since 2019"]},
]
hedges = ["about 40,000", "roughly", "reportedly", "is expected to", "It is understood", "She expected", "believe"]
lf = [{"claim": ["turned up for sale at Marlstow fish market"], "by": "the article itself ('is untrue: the market does not open on Mondays')"}]
numbers = [{"value": "40,000", "fact": "oysters stolen"}, {"value": "11 years", "fact": "Venables has farmed the creek"},
 {"value": "£60,000", "fact": "value of the stock"}, {"value": "2am", "fact": "time the workboat was seen"},
 {"value": "2024", "fact": "boundary dispute since"}, {"value": "14 people", "fact": "spoken to by police"},
 {"value": "2,000", "fact": "shares of the arrest post"}, {"value": "£9,000", "fact": "alarm quote"},
 {"value": "10pm", "fact": "gate locked"}, {"value": "6am", "fact": "gate opened"}, {"value": "10%", "fact": "expected price rise"},
 {"value": "41/22817/26", "fact": "crime number"}]
ce = [{"cause": ["the theft showed how exposed small growers had become"], "effect": ["rise by as much as 10%"]}]
noise = ["CRIME", "By Leontyne Farquharson, Crime Reporter", "Thursday 12 November 2026",
 "Photo caption: Empty oyster trestles at low tide on Saltmarrow Creek. (Staff photo)", "The inquiry", "The harbour gate",
 "What the growers want", "Read more: Why native oysters have become a target for thieves"]
notes = ("Original fictional article (straight quotes). Crime reporter's report: section line, byline, date, photo caption glued after the lede, three subheads, 'Read more:' line. "
 "Pronoun sources: 'she said' = Venables, 'he said' (mid-sentence, hire boat) and 'He did not hide' = Aldwinckle, 'The force' = Merrowdown Constabulary, 'She said' (gate records) = Wolstenholme, 'she said'/'She expected' = Fairbrass. "
 "Planted non-denials: 'He did not hide that ...' (admission worded with not, confirm), 'gave no view on whether' (refusal, optional), 'This is not a crime anyone commits on a whim' (opinion with not), 'No oysters have been recovered' (article voice), "
 "'reportedly', 'is expected to', 'It is understood' (article hedges). The Marlstow market claim is labelled false by the article itself. Headline deny is optional.")
build(N, notes, attrs, denials, anon, relays, descs, hedges, lf, [], numbers, ce, noise)
