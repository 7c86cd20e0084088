from goldlib import A, build
N = "crowdecote-power-cut-live-blog"
attrs = [
 A("ingleborrow-fire", "Ingleborrow Power Networks, network operator", ["Ingleborrow"], "according to", "assert", ["lost power at 06:50"]),
 A("ingleborrow-scotched", "Ingleborrow Power Networks", ["Ingleborrow"], "has scotched suggestions circulating online that", "deny", ["the substation was hacked"]),
 A("fire-trench", "the fire service", ["fire service"], "says", "assert", ["started in a cable trench"]),
 A("blackstock-maintenance", "Severine Blackstock, Ingleborrow network director", ["Blackstock", "network director"], "She told us:", "deny", ["Maintenance spending at Aldbury has gone up every year"], q=True),
 A("blackstock-every-year", "Severine Blackstock", ["Blackstock", "network director"], "(continues the quote)", "deny", ["Every single year"], q=True, req=False),
 A("lurgashall-cut", "Gennifer Lurgashall, regional organiser for the Linesworkers' Union", ["Lurgashall", "Linesworkers' Union", "regional organiser"], "says", "assert", ["cut by a third since 2022"]),
 A("lurgashall-cheap", "Gennifer Lurgashall", ["Lurgashall"], "she said", "opinion", ["run a grid on the cheap"], q=True),
 A("engineer-flagged", "a network engineer who did not want to be identified", ["engineer"], "told the Wicklight", "assert", ["flagged as faulty last autumn"], h=True, anon=True, via=["Wicklight"]),
 A("spokeswoman-no-transformer", "Ingleborrow spokeswoman", ["Ingleborrow spokeswoman", "Ingleborrow"], "an Ingleborrow spokeswoman said in response", "deny", ["No transformer at Aldbury was flagged"], q=True),
 A("ruddlestone-9000", "Councillor Oswy Ruddlestone", ["Ruddlestone", "Councillor"], "says", "predict", ["9,000 homes will still be without power overnight"]),
 A("ingleborrow-not-so", "Ingleborrow Power Networks", ["Ingleborrow"], "Not so, says Ingleborrow:", "deny", ["Not so, says Ingleborrow", "all but about 600 homes"]),
 A("blackstock-hands-up", "Severine Blackstock", ["Blackstock"], "held her hands up over one thing", "confirm", ["held her hands up over one thing"]),
 A("blackstock-alerts", "Severine Blackstock", ["Blackstock"], "she said", "confirm", ["text alerts went out two hours late"], q=True),
 A("image-flames", "a widely shared image", ["image"], "claims", "assert", ["flames at Crowdecote General Hospital"]),
 A("trust-generators", "the hospital trust", ["hospital trust"], "said", "assert", ["started within 11 seconds"]),
 A("ruddlestone-slow", "Oswy Ruddlestone", ["Ruddlestone"], "has also accused", "assert", ["slow to open rest centres"]),
 A("council-rubbished", "Crowdecote Council", ["Crowdecote Council", "council"], "rubbished that, pointing out that", "deny", ["The council rubbished that", "three rest centres opened at 09:00"]),
 A("fire-out", "the fire service", ["fire service"], "said", "assert", ["out by 08:05"]),
 A("fire-no-comment", "the fire service", ["fire service"], "It declined to comment", "assert", ["declined to comment on the cause"], req=False),
 A("parents-message", "parents", ["Parents"], "say", "assert", ["got the message just after 7 a.m."], req=False),
]
denials = [
 {"by": ["Ingleborrow"], "denied": ["the substation was hacked"], "note": "'has scotched suggestions circulating online that' (summary post; claim has no named source)"},
 {"by": ["Blackstock"], "denied": ["cut by a third since 2022"], "note": "positively worded 'Maintenance spending ... has gone up every year' - posted above the union claim it answers (reverse-chronological blog)"},
 {"by": ["Ingleborrow spokeswoman"], "denied": ["flagged as faulty last autumn"], "note": "quote-then-speaker 'No transformer ... was flagged ...,' an Ingleborrow spokeswoman said in response (against the anonymous engineer)"},
 {"by": ["Ingleborrow"], "denied": ["9,000 homes will still be without power overnight"], "note": "'Not so, says Ingleborrow:' + 600 homes by 8 p.m."},
 {"by": ["council"], "denied": ["slow to open rest centres"], "note": "'The council rubbished that, pointing out that' three rest centres opened at 09:00"},
]
anon = [{"match": ["engineer"], "note": "network engineer who did not want to be identified, told the Wicklight (reportedly)"}]
relays = [{"speaker": ["engineer"], "outlets": ["Wicklight"], "note": "unnamed engineer -> Crowdecote Wicklight (the blog's own paper)"}]
descs = [{"name": "Severine Blackstock", "description": ["network director"]}, {"name": "Gennifer Lurgashall", "description": ["regional organiser for the Linesworkers' Union"]},
 {"name": "Oswy Ruddlestone", "description": ["Councillor"]}, {"name": "Ingleborrow Power Networks", "description": ["network operator"]}]
hedges = ["reportedly"]
lf = [{"claim": ["flames at Crowdecote General Hospital"], "by": "the article itself ('That is wrong. The hospital did not lose power, and the photo shows a barn fire from 2019.')"}]
numbers = [{"value": v, "fact": f} for v, f in [("41,000 homes", "lost power"), ("06:50", "time of cut"), ("by a third", "maintenance cut per union"), ("9,000 homes", "overnight per Ruddlestone"), ("600 homes", "still off by 8 p.m. per Ingleborrow"), ("two hours late", "text alerts"), ("11 seconds", "generators started"), ("three rest centres", "opened at 09:00"), ("08:05", "fire out"), ("five junctions", "police directing traffic")]]
ce = [{"cause": ["a fire at the Aldbury substation"], "effect": ["Around 41,000 homes lost power"]},
      {"cause": ["the substation feeds the traffic signals on the ring road"], "effect": ["police are directing traffic at five junctions"]}]
noise = ["By the Crowdecote Wicklight live team", "Last updated: 15:10 GMT, Tuesday 3 February 2026", "Pinned", "15:10", "14:52", "14:30", "Advertisement", "13:58", "13:20", "12:45", "12:10", "11:25", "10:40", "09:55", "08:30", "07:15", "Read more: How to report a power cut and what you can claim"]
notes = ("Original fictional live blog, newest post first, timestamp lines are noise. Denials: 'has scotched suggestions circulating online that the substation was hacked' (no named claimant); Blackstock's positively worded 'Maintenance spending ... has gone up every year' (posted above the union claim it answers); quote-then-speaker 'No transformer ... ,' an Ingleborrow spokeswoman said in response (against the anonymous engineer); 'Not so, says Ingleborrow:' + 600 homes; 'The council rubbished that, pointing out that'. "
 "'held her hands up over one thing' = confirm (own entry) + the quoted admission 'that is on us'. Ruddlestone's 9,000 homes 'will still be without power overnight' = predict. Anonymous engineer told the Wicklight (the blog's paper, via), 'reportedly'. The image's 'flames at Crowdecote General Hospital' labelled false by the blog ('That is wrong.'). Lurgashall's 'on the cheap' = opinion. Fire service no-comment and parents optional. Headline no entry.")
build(N, notes, attrs, denials, anon, relays, descs, hedges, lf, [], numbers, ce, noise)
