from goldlib import A, build
N = "tarnhollow-runway-aviation-correspondent"
attrs = [
 A("airport-rejects", "Tarnhollow Airport", ["Tarnhollow Airport", "airport"], "has rejected claims", "deny", ["cracks in its only runway", "caused by fog"]),
 A("glidepath-crack", "the Glidepath forum post", ["Glidepath", "post"], "claimed", "assert", ["crack about a metre long"], q=True, via=["Glidepath"]),
 A("verrick-no-crack", "Odalys Verrick, chief executive", ["Verrick", "chief executive"], "told Radio Quarnholt", "deny", ["There is no crack on that runway"], q=True, via=["Radio Quarnholt"]),
 A("airport-visibility", "Tarnhollow Airport", ["airport", "Tarnhollow"], "said", "assert", ["150 metres", "weather station"]),
 A("skyrenne-confirms", "Skyrenne", ["Skyrenne"], "confirmed", "confirm", ["because of visibility, and only visibility"], q=True),
 A("controllers-damage", "two air traffic controllers (unnamed)", ["air traffic controllers", "controllers"], "said", "assert", ["surface damage"], q=True, anon=True),
 A("controller-rewritten", "one of the controllers (unnamed)", ["One of them", "controller"], "said", "assert", ["had been \"rewritten\""], q=True, anon=True),
 A("verrick-nobody-rewritten", "Odalys Verrick", ["Verrick"], "she said", "deny", ["Nobody has rewritten a single line"], q=True),
 A("fendell-rubber", "Ludovit Fendell, operations director", ["Fendell", "operations director"], "insisted", "deny", ["nothing worse than rubber deposits"]),
 A("fendell-swept", "Ludovit Fendell", ["Fendell"], "he said", "assert", ["swept away within an hour"], req=False),
 A("glidepath-refused", "the Glidepath post", ["Glidepath", "post"], "also claimed", "assert", ["had refused to land on a damaged runway"], via=["Glidepath"]),
 A("dalcross-gazette", "Imrie Dalcross, Skyrenne head of flight operations", ["Dalcross", "head of flight operations"], "was quoted by ... as saying", "deny", ["no pilot of ours refused anything"], q=True, via=["Vellstrand Gazette"]),
 A("courier-brought-forward", "a person at Grayle Surfacing, via the Tarnhollow Courier", ["Tarnhollow Courier", "a person at the firm"], "reported ... citing", "assert", ["quietly brought forward"], q=True, anon=True, via=["Tarnhollow Courier"]),
 A("grayle-neither", "Grayle Surfacing", ["Grayle Surfacing"], "would neither confirm nor deny", "assert", ["neither confirm nor deny"], req=False),
 A("verrick-no-talk", "Odalys Verrick", ["Verrick"], "said:", "assert", ["not going to talk about a contract"], q=True, req=False),
 A("glidepath-regulator", "the Glidepath post", ["post", "Glidepath"], "further claimed", "assert", ["sent inspectors to the airport"]),
 A("board-nobody", "spokeswoman for the Aerodrome Licensing Board", ["Aerodrome Licensing Board", "spokeswoman"], "said", "deny", ["had sent nobody to Tarnhollow", "not investigating the airport"]),
 A("post-closed-night", "the Glidepath post", ["post", "Glidepath"], "said", "assert", ["closed at night for a week"], q=True),
 A("strathy-log", "Benno Strathy, pilots' union", ["Strathy", "regional organiser"], "said", "assert", ["wanted to see the Friday inspection log"]),
 A("strathy-not-engineer", "Benno Strathy", ["Strathy"], "he said", "opinion", ["I am not a runway engineer"], q=True),
 A("owners-buyer", "(hedged report)", ["owners"], "reportedly", "assert", ["looking for a buyer"], h=True, req=False),
 A("verrick-publish", "Odalys Verrick", ["Verrick"], "said", "assert", ["publish the Friday inspection summary"]),
 A("verrick-read", "Odalys Verrick", ["Verrick"], "she said", "assert", ["People can read it for themselves"], q=True, req=False),
]
attrs[17]["labelled_false"] = True
denials = [
 {"by": ["Tarnhollow Airport", "Verrick"], "denied": ["cracks in its only runway", "There is no crack on that runway"], "note": "lede 'has rejected claims that cracks ... forced three flights to divert' + said-X inversion quote via Radio Quarnholt"},
 {"by": ["Verrick"], "denied": ["rewritten"], "note": "'Nobody has rewritten a single line of any log' against the controller's claim"},
 {"by": ["Fendell"], "denied": ["rubber deposits", "surface damage"], "note": "positive rebuttal: 'insisted that the Friday inspection had found nothing worse than rubber deposits'"},
 {"by": ["Dalcross", "Skyrenne"], "denied": ["refused to land", "no pilot of ours refused anything"], "note": "relayed through the Vellstrand Gazette"},
 {"by": ["Aerodrome Licensing Board"], "denied": ["sent inspectors", "had sent nobody to Tarnhollow"], "note": "regulator in reported speech"},
]
anon = [{"match": ["air traffic controllers"], "note": "asked not to be named; surface damage, log rewritten"},
        {"match": ["Tarnhollow Courier", "a person at the firm"], "note": "Courier's source at Grayle"}]
relays = [{"speaker": ["Dalcross"], "outlets": ["Vellstrand Gazette"], "note": "Dalcross -> Vellstrand Gazette -> this article"},
          {"speaker": ["Verrick"], "outlets": ["Radio Quarnholt"], "note": "told Radio Quarnholt"}]
descs = [{"name": "Odalys Verrick", "description": ["chief executive"]}, {"name": "Ludovit Fendell", "description": ["operations director"]},
         {"name": "Imrie Dalcross", "description": ["head of flight operations"]}, {"name": "Benno Strathy", "description": ["regional organiser of the pilots' union"]},
         {"name": "Glidepath", "description": ["plane-spotting forum"]}]
hedges = ["is understood to", "reportedly", "around", "about"]
lf = [{"claim": ["closed at night for a week"], "by": "the article itself ('That is untrue: the airport's published notices show night arrivals')"}]
numbers = [{"value": v, "fact": f} for v, f in [("4,000", "shares of the post"), ("150 metres", "visibility recorded"), ("550 metres", "visibility needed"),
  ("14 September", "resurfacing start"), ("£6.2 million", "resurfacing contract"), ("£90,000", "estimated loss"), ("412,000", "passengers last year")]]
ce = [{"cause": ["caused by fog"], "effect": ["forced three flights to divert"]}, {"cause": ["because of the diversions"], "effect": ["£90,000"]}]
noise = ["AVIATION", "By Lusia Brenkard, Aviation Correspondent", "Monday 9 March 2026",
 "Photo: A Skyrenne turboprop taxis at Tarnhollow Airport in February. (Tarnhollow Airport)",
 "Read more: Which regional airports are cutting routes this summer?", "Fog or fractures?", "Resurfacing contract", "Pilots want the log"]
notes = ("Original fictional article, aviation correspondent (straight quotes). Noise: section line, byline, date, photo line, three subheads, 'Read more:'. "
 "Pronouns: 'she said' = Verrick; 'he said' (rubber, log quote) = Fendell / Strathy; 'One of them' = one of the two controllers. Headline not given an entry. "
 "Non-denials: Skyrenne 'confirmed' (confirm), Grayle 'would neither confirm nor deny' and Verrick's refusal (optional), Strathy's 'I am not a runway engineer' (opinion), "
 "the night-closure claim labelled false by the article ('That is untrue').")
build(N, notes, attrs, denials, anon, relays, descs, hedges, lf, [], numbers, ce, noise)
