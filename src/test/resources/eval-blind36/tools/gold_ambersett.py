from goldlib import A, build
N = "ambersett-fish-deaths-what-we-know"
attrs = [
 A("walkers-reported", "walkers", ["Walkers"], "first reported", "assert", ["dead roach and chub near the Mill Weir footbridge"], req=False),
 A("hawkridge-1200", "Dr Ulrica Hawkridge, Riverwatch Agency incident officer", ["Hawkridge", "Riverwatch Agency", "incident officer"], "said", "assert", ["about 1,200 dead fish by Tuesday evening"]),
 A("anglers-5000", "Lowbeck Anglers", ["Lowbeck Anglers", "Anglers"], "put the figure at", "assert", ["put the figure at more than 5,000"]),
 A("hawkridge-too-high", "Dr Ulrica Hawkridge", ["Hawkridge"], "said that number was far too high, since", "deny", ["that number was far too high"]),
 A("dunnock-confessed", "Dunnock Water", ["Dunnock"], "has confessed that", "confirm", ["failed for six hours on 4 September"]),
 A("agency-oxygen", "Riverwatch Agency", ["agency", "Riverwatch"], "said", "assert", ["stripped oxygen from the water", "the fish suffocated as a result"]),
 A("dunnock-let-down", "a Dunnock Water spokesman", ["Dunnock Water spokesman", "spokesman", "Dunnock"], "said", "confirm", ["We let the river down"], q=True),
 A("social-dye", "many people on local social media", ["social media", "Many people"], "blamed ..., claiming", "assert", ["claiming it had dumped dye into the river"]),
 A("cawthorne-wrong-headed", "Silvanus Cawthorne, Colridge managing director", ["Cawthorne", "managing director", "Colridge"], "said that was simply wrong-headed:", "deny", ["simply wrong-headed", "outfall valve has been shut since 2 September"]),
 A("hawkridge-ruled-out", "Dr Ulrica Hawkridge", ["Hawkridge"], "ruled the dye works out as the source, saying", "deny", ["ruled the dye works out as the source"]),
 A("employee-tank", "a Colridge employee who asked not to be named", ["Colridge employee", "employee"], "told the Standard", "assert", ["storage tank had reportedly overflowed"], h=True, anon=True, via=["Standard", "Lowbeck Standard"]),
 A("cawthorne-no-tank", "Silvanus Cawthorne", ["Cawthorne"], "said ..., and pointed to", "deny", ["no tank had overflowed"]),
 A("forum-tap-water", "posts on a neighbourhood forum", ["Posts", "neighbourhood forum"], "say", "assert", ["no longer safe to drink"]),
 A("dunnock-supplies", "Dunnock Water", ["Dunnock"], "says", "assert", ["found no problem with supplies"]),
 A("agency-keep-out", "Riverwatch Agency", ["agency"], "advises", "assert", ["keep out of the river until further notice"]),
 A("hawkridge-six-weeks", "Dr Ulrica Hawkridge", ["Hawkridge", "agency"], "expects to ..., Dr Hawkridge said", "predict", ["publish its full findings within six weeks"]),
 A("council-no-comment", "Lowbeck Town Council", ["Lowbeck Town Council", "Town Council"], "declined to comment", "assert", ["declined to comment on whether the regatta"], req=False),
 A("yarrowby-restock", "Rowena Yarrowby, anglers' secretary", ["Yarrowby", "secretary"], "said", "assert", ["wanted Dunnock Water to restock the river"]),
 A("yarrowby-not-good-enough", "Rowena Yarrowby", ["Yarrowby", "secretary"], "said ... that it was", "opinion", ["not good enough to say sorry and walk away"], q=True),
]
denials = [
 {"by": ["Hawkridge"], "denied": ["more than 5,000"], "note": "'said that number was far too high, since the agency's teams had walked and counted every bank'"},
 {"by": ["Cawthorne", "Colridge"], "denied": ["dumped dye into the river"], "note": "'said that was simply wrong-headed: its outfall valve has been shut since 2 September'"},
 {"by": ["Hawkridge"], "denied": ["dumped dye into the river"], "note": "second party, same claim (and Hawkridge's second claim): 'ruled the dye works out as the source'"},
 {"by": ["Cawthorne"], "denied": ["storage tank had reportedly overflowed"], "note": "same denier, second claim: 'said no tank had overflowed, and pointed to alarm records' (against the anonymous employee)"},
]
anon = [{"match": ["Colridge employee", "employee"], "note": "Colridge employee who asked not to be named, told the Standard (reportedly)"}]
relays = [{"speaker": ["employee"], "outlets": ["Standard"], "note": "unnamed employee -> the Lowbeck Standard (the publication)"}]
descs = [{"name": "Ulrica Hawkridge", "description": ["incident officer"]}, {"name": "Silvanus Cawthorne", "description": ["Colridge's managing director"]}, {"name": "Rowena Yarrowby", "description": ["The anglers' secretary"]}]
hedges = ["reportedly"]
lf = [{"claim": ["the tap water in Lowbeck is no longer safe to drink"], "by": "the article itself ('That is incorrect.')"}]
numbers = [{"value": v, "fact": f} for v, f in [("three-mile stretch", "affected river"), ("Saturday 5 September", "first reports"), ("1,200", "agency count"), ("5,000", "anglers' count"), ("six hours", "pumping failure"), ("4 September", "failure date"), ("2 September", "valve shut since"), ("six weeks", "findings"), ("19 September", "regatta")]]
ce = [{"cause": ["its pumping station at Glaisdale Meadow failed for six hours"], "effect": ["letting untreated sewage into the river"]}, {"cause": ["the sewage stripped oxygen from the water"], "effect": ["the fish suffocated as a result"]}]
noise = ["EXPLAINER | Lowbeck Standard", "By Amyas Wragby", "Last updated 16:20, Wednesday 9 September 2026", "What happened?", "What caused it?", "Advertisement", "What about the dye works?", "Is it safe?", "What happens next?", "Read more: Ambersett regatta in doubt", "Read more: How river pollution is measured"]
notes = ("Original fictional 'what we know so far' explainer: question subheads (noise) over bullet points, each bullet its own sentence(s). "
 "Denials: Hawkridge 'said that number was far too high' (against the anglers' 5,000); Cawthorne 'said that was simply wrong-headed:' + valve shut (against the social-media dye claim); Hawkridge 'ruled the dye works out as the source' (second party, same claim; Hawkridge's second denial); Cawthorne 'said no tank had overflowed' (same denier, second claim, against the anonymous employee). "
 "Dunnock 'has confessed that' = confirm, with the spokesman's quote 'We let the river down' (a spokesman for a named body, not anonymous). The forum posts' 'no longer safe to drink' is labelled false ('That is incorrect.'); Dunnock's 'found no problem with supplies' = assert (counter-evidence). Yarrowby's sentence carries an assert (restock) and an opinion ('not good enough'). 'Walkers first reported' optional. Council no-comment optional.")
build(N, notes, attrs, denials, anon, relays, descs, hedges, lf, [], numbers, ce, noise)
