from goldlib import *
N = "thistledown-kennels-appeal-decision"
AP = ["appellant", "Warboys"]
CO = ["Council"]
attrs = [
A("council-since-2021", "Valeside District Council (its statement)", ["Council's statement", "Council"], "says that", "assert", ["operated at more than 24 dogs without permission since 2021"]),
A("appellant-disputes", "Mrs Delphine Warboys, the appellant", AP, "disputes this, and says that", "deny", ["never held more than 24 dogs at any time"]),
A("linnet-occupier", "the occupier of Linnet Cottage (unnamed)", ["occupier of Linnet Cottage"], "states in a written representation", "assert", ["dogs are left outside and bark through the night"], anon=True, via=["written representation"]),
A("appellant-indoors", "the appellant (written statement)", ["appellant"], "answers that point directly:", "deny", ["Every dog is indoors from 8pm until 7am", "no dog has ever spent a night outside"], q=True, via=["written statement"]),
A("dunmore-measured", "Mr Leofric Dunmarrow, the appellant's acoustic consultant", ["Dunmarrow", "acoustic consultant"], "measured ... and found", "assert", ["no higher than those of the lane"]),
A("dunmore-predicts", "Mr Leofric Dunmarrow (his report)", ["Dunmarrow", "His report"], "His report predicts", "predict", ["less than 2 decibels"]),
A("eho-not-object", "the Council's environmental health officer", ["environmental health officer"], "told the Council's planning committee ... according to the committee minutes", "predict", ["would not object to the scheme"], q=True, via=["committee minutes"]),
A("inspector-accept", "the Inspector (author)", ["Inspector", "Tregarthen"], "I accept that", "confirm", ["noisier in the daytime"], req=False),
A("inspector-not-harmful", "the Inspector (author)", ["Inspector", "Tregarthen"], "I do not consider that", "opinion", ["would be harmful at 180 metres"], req=False),
A("reps-suspended", "several representations (unnamed)", ["Several representations", "representations"], "state that", "assert", ["suspended the kennels' animal boarding licence in 2025"], anon=True),
A("rudge-never-suspended", "Mr Anselm Rudge, the Council's licensing officer", ["Rudge", "licensing officer"], "who told the Valeside Enquirer (quoted in the parish council's letter)", "deny", ["has never been suspended", "rated four stars"], q=True, via=["Valeside Enquirer", "letter"]),
A("parish-letter-relay", "Stoke Ferrand Parish Council's letter quoting Rudge via the Gazette", ["Parish Council's letter", "Valeside Enquirer"], "quotes", "deny", ["has never been suspended"], q=True, via=["Valeside Enquirer", "letter"], req=False),
A("rep-green-belt", "one representation (unnamed)", ["One representation"], "says that", "assert", ["the site lies within the Green Belt"], anon=True),
A("parish-not-consulted", "Stoke Ferrand Parish Council", ["parish council"], "argues that", "assert", ["failed to consult it on the application"]),
A("council-denies-consult", "Valeside District Council", CO, "denies that", "deny", ["failed to consult the parish council"]),
A("appellant-accepts", "the appellant", ["appellant"], "accepts that", "confirm", ["paddock fence is higher than the 2 metres"]),
A("appellant-campaign", "the appellant", ["appellant"], "describes the objections as", "deny", ["a campaign by two households"], q=True, req=False),
A("warboys-jobs", "Mrs Delphine Warboys", ["Warboys"], "says that", "assert", ["employs nine people", "five more"]),
A("objectors-traffic", "objectors (unnamed)", ["Objectors"], "say that ... reportedly", "assert", ["reportedly doubled since 2021"], anon=True, h=True),
]
denials = [
 {"by": ["appellant", "Warboys"], "denied": ["operated at more than 24 dogs without permission since 2021", "never held more than 24 dogs"], "note": "'The appellant disputes this, and says that ...' against the Council's statement."},
 {"by": ["appellant"], "denied": ["dogs are left outside and bark through the night", "no dog has ever spent a night outside"], "note": "Colon cue 'answers that point directly:' with a quote from the written statement; 'a campaign by two households' is an optional dismissal."},
 {"by": ["Rudge", "licensing officer"], "denied": ["suspended the kennels' animal boarding licence", "has never been suspended"], "note": "Relayed: Rudge -> Valeside Enquirer -> the parish council's letter -> the decision."},
 {"by": ["Council"], "denied": ["failed to consult the parish council"], "note": "Reported 'The Council denies that ...' against the parish council's argument."},
]
anon = [
 {"match": ["occupier of Linnet Cottage"], "note": "named only by address, as in appeal decisions"},
 {"match": ["Several representations"], "note": "licence-suspension claim"},
 {"match": ["One representation"], "note": "Green Belt claim, labelled incorrect by the Inspector"},
 {"match": ["Objectors"], "note": "traffic claim, hedged 'reportedly'"},
]
relays = [{"speaker": ["Rudge"], "outlets": ["Valeside Enquirer", "letter"], "note": "Rudge -> Valeside Enquirer -> Stoke Ferrand Parish Council's letter -> this decision"}]
descs = [
 {"name": "Rosamund Tregarthen", "description": ["an Inspector appointed by the Secretary of State"]},
 {"name": "Delphine Warboys", "description": ["The appeal is made by Mrs Delphine Warboys"]},
 {"name": "Leofric Dunmarrow", "description": ["The appellant's acoustic consultant"]},
 {"name": "Anselm Rudge", "description": ["the Council's licensing officer"]},
]
hedges = ["about 400 metres", "reportedly", "is expected to", "predicts"]
lf = [{"claim": ["the site lies within the Green Belt"], "by": "the Inspector ('That is incorrect: the site is outside the Green Belt')"}]
numbers = [{"value": "24", "fact": "existing kennels"}, {"value": "60 kennels", "fact": "proposed"}, {"value": "400 metres", "fact": "site from village"},
 {"value": "180 metres", "fact": "Linnet Cottage from kennel building"}, {"value": "2 decibels", "fact": "predicted increase"}, {"value": "14 May 2026", "fact": "committee minutes"},
 {"value": "1.2 kilometres", "fact": "Green Belt boundary"}, {"value": "11 February 2026", "fact": "consultation letter"}, {"value": "nine people", "fact": "employed"},
 {"value": "6 October 2026", "fact": "site visit"}, {"value": "2 November 2026", "fact": "decision date"}]
ce = [{"cause": ["given the acoustic evidence"], "effect": ["would be harmful at 180 metres"]}, {"cause": ["For the reasons given above"], "effect": ["the appeal should be allowed"]}]
noise = ["Site visit made on 6 October 2026", "by Rosamund Tregarthen BA (Hons) MRTPI", "an Inspector appointed by the Secretary of State", "Decision date: 2 November 2026",
 "Appeal Ref: APP/K4417/W/26/3390215", "Thistledown Kennels, Hembury Lane, Stoke Ferrand", "Decision", "Main issue", "Reasons", "Other matters", "Conclusion",
 "Rosamund Tregarthen", "INSPECTOR", "Schedule of conditions"]
notes = ("Original fictional text (straight quotes). A planning inspector's appeal decision: heading block (site visit, inspector, decision date, appeal reference), bullet lines, numbered paragraphs, subheads, signature, schedule of conditions. "
 "The Inspector is the author: her 'I accept that' and 'I do not consider that' are optional (author's narration); 'That is incorrect' labels the Green Belt claim false in the author's voice; 'The Council did not dispute those figures', 'The Council has not produced noise measurements' and 'I make no finding on that' are article voice (no entries). "
 "Members of the public are named by address or not at all (anonymous). Planted non-denials: 'would not object to the scheme' (a prediction with not, via the committee minutes), 'The appellant accepts that ...' (admission, confirm), "
 "'reportedly doubled' (hedged), 'is expected to' (author's hedge). The schedule of conditions is article voice.")
build(N, notes, attrs, denials, anon, relays, descs, hedges, lf, [], numbers, ce, noise)
