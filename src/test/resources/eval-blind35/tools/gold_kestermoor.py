from goldlib import A, build
N = "kestermoor-lido-radio-bulletin"
attrs = [
 A("fennowes-cold-water", "Fennowes Water (lede)", ["Fennowes"], "has poured cold water on reports that", "deny", ["raw sewage flowed into the Kestermoor lido"]),
 A("lifeguard-brown", "a lifeguard speaking on condition that her name was not used", ["lifeguard"], "told Kestermoor Sound", "assert", ["brown water pouring from an outfall pipe"], h=True, anon=True, via=["Kestermoor Sound"]),
 A("thrumley-rainwater", "Esmeray Thrumley, Fennowes Water operations chief", ["Thrumley", "operations chief"], "Here's the water company's operations chief, Esmeray Thrumley: (clip on next line)", "deny", ["carries rainwater off the car park and nothing else"], q=True),
 A("thrumley-no-sewer", "Esmeray Thrumley", ["Thrumley", "operations chief"], "(continues the clip)", "deny", ["no sewer within two hundred metres"], q=True, req=False),
 A("thrumley-none", "Esmeray Thrumley", ["Thrumley"], "was having none of", "deny", ["having none of the lifeguard's account"]),
 A("thrumley-camera", "Esmeray Thrumley", ["Thrumley"], "She said", "deny", ["found it dry and clean"]),
 A("council-ecoli", "Kestermoor Borough Council spokesman", ["council spokesman", "Kestermoor Borough Council"], "said", "assert", ["1,900 units per 100 millilitres"]),
 A("cobbledick-overflow", "Thurstan Cobbledick, chair of Kestermoor Amateur Swimming Club", ["Cobbledick", "Kestermoor Amateur Swimming Club"], "says", "assert", ["discharged for 11 hours on Saturday"]),
 A("cobbledick-straight", "Thurstan Cobbledick", ["Cobbledick"], "he said", "assert", ["People want a straight answer"], q=True),
 A("fennowes-no-spill", "Fennowes Water", ["Fennowes"], "says", "deny", ["recorded no spill at all that day"]),
 A("cobbledick-warned", "Thurstan Cobbledick", ["Cobbledick"], "also claims", "assert", ["warned about the outfall pipe back in 2024"]),
 A("council-repudiated", "Kestermoor Borough Council", ["council"], "repudiated that, telling us", "deny", ["The council repudiated that", "first complaint it ever received about the pipe"]),
 A("fennowes-own-up", "Fennowes Water", ["Fennowes"], "does own up to one failing", "confirm", ["callers waited up to 40 minutes", "customer line was swamped"]),
 A("thrumley-apologise", "Esmeray Thrumley", ["Thrumley"], "Ms Thrumley said", "confirm", ["not good enough and I apologise"], q=True),
 A("board-no-comment", "River Quality Board", ["River Quality Board"], "declined to comment", "assert", ["declined to comment while it gathers its own samples"], req=False),
 A("post-shut", "a community page post", ["post"], "says", "assert", ["shut for good"]),
 A("council-reopen", "Kestermoor Borough Council", ["council"], "the council says", "assert", ["reopen the pool on Tuesday"]),
 A("council-doctor", "Kestermoor Borough Council", ["council"], "it says", "assert", ["call their doctor", "no one has needed hospital treatment"]),
 A("verrall-mood", "Jossiah Verrall, Kestermoor Sound reporter", ["Verrall", "reporter"], "He says", "assert", ["more frustrated than frightened"]),
 A("swimmer-safe", "an unnamed swimmer", ["swimmer"], "one swimmer told him", "assert", ["whether it's safe"], q=True, anon=True, req=False),
]
denials = [
 {"by": ["Fennowes", "Thrumley"], "denied": ["raw sewage flowed into the Kestermoor lido"], "note": "lede 'has poured cold water on reports that' + Thrumley's clip 'carries rainwater ... and nothing else' (cue on the line before)"},
 {"by": ["Thrumley"], "denied": ["brown water pouring from an outfall pipe"], "note": "'was having none of the lifeguard's account' + camera found the outfall 'dry and clean' (against the anonymous lifeguard)"},
 {"by": ["Fennowes"], "denied": ["discharged for 11 hours on Saturday"], "note": "positively worded: monitor 'recorded no spill at all that day', the 11-hour figure belongs to another overflow"},
 {"by": ["council"], "denied": ["warned about the outfall pipe back in 2024"], "note": "'The council repudiated that, telling us' first complaint came last Saturday"},
]
anon = [{"match": ["lifeguard"], "note": "lifeguard speaking on condition her name was not used, told Kestermoor Sound (reportedly)"}]
relays = [{"speaker": ["lifeguard"], "outlets": ["Kestermoor Sound"], "note": "unnamed lifeguard -> Kestermoor Sound (the station itself)"}]
descs = [{"name": "Esmeray Thrumley", "description": ["operations chief"]}, {"name": "Thurstan Cobbledick", "description": ["chair of Kestermoor Amateur Swimming Club"]},
 {"name": "Jossiah Verrall", "description": ["Our reporter"]}]
hedges = ["reportedly"]
lf = [{"claim": ["shut for good"], "by": "the article itself ('That's not right: the council says it still plans to reopen the pool on Tuesday')"}]
numbers = [{"value": v, "fact": f} for v, f in [("38 swimmers", "complained of stomach upsets"), ("1,900 units per 100 millilitres", "E. coli reading"), ("11 hours", "discharge per Cobbledick"), ("40 minutes", "call waits"), ("22 May", "board analysis due"), ("3,000 times", "post shares"), ("2024", "alleged warning"), ("eight miles downstream", "other overflow")]]
ce = [{"cause": ["38 swimmers complained of stomach upsets"], "effect": ["The open-air pool closed on Saturday afternoon"]}]
noise = ["Kestermoor Sound 104.2 - 8 a.m. news bulletin transcript", "Thursday 14 May 2026", "Newsreader: Quintilla Oldroyd", "[Advert break]", "[Travel and weather follow]", "Listen again on the Kestermoor Sound app"]
notes = ("Original fictional local radio bulletin transcript. Denials: lede 'has poured cold water on reports that' + Thrumley clip introduced by 'Here's ... Esmeray Thrumley:' on the line before (the clip's second sentence optional); 'was having none of the lifeguard's account' + camera 'dry and clean' (against the anonymous lifeguard); Fennowes' positively worded 'recorded no spill at all that day'; council 'repudiated that, telling us'. "
 "'does own up to one failing' = confirm, with the apology quote. Anonymous lifeguard 'told Kestermoor Sound' (the station, via) with 'reportedly'. The community post's 'shut for good' is labelled false by the bulletin ('That's not right'). Cobbledick's 'People want a straight answer, and they are not getting one' kept as assert (a factual complaint, not an evaluative opinion) - borderline. The station's own reporter's 'He says' required; the vox-pop swimmer optional, anonymous. No-comment optional. Headline and noise lines no entry.")
build(N, notes, attrs, denials, anon, relays, descs, hedges, lf, [], numbers, ce, noise)
