# Writes the six gold files of eval-blind47 and checks every string against its text (see goldlib.build).
from goldlib import A, D_ as D, N, CE, S, build
ok = True

# 1 airport-noise consultation story (long)
AIR = ["Farrowmere Airport", "airport", "spokeswoman", "Ellingsworth", "Drabblecote"]
BAG = ["Bexenford Action Group", "Action Group", "group", "Coppelstone"]
COP = ["Coppelstone", "chair", "Bexenford Action Group"]
DRA = ["Drabblecote", "chief executive", "Farrowmere"]
FCC = ["Flight Corridor Commission", "commission"]
ELL = ["Ellingsworth", "operations director", "Farrowmere Airport", "airport"]
ARM = ["Armistead"]
LIN = ["Lindenbrook", "acoustics researcher", "Eastholm University"]
ok &= build("farrowmere-airport-flight-path-noise-consultation", "long",
 "Original fictional airport-noise consultation story (local news). Section label, byline, date line, 'Photo:' caption, 'Advertisement', newsletter prompt and 'Read more:' are noise. The lede ('has opened a 12-week public consultation ... after three airlines asked ...') is the article's own voice: no entry. Denials: 'The airport took issue with the group's estimate, saying its own noise maps put the number of homes affected at about 9,000, not 40,000' (content-less object 'the group's estimate' plus the X-not-Y reason) + the spokeswoman's two-sentence quote named once ('We counted every house ...' counter-evidence: assert; 'Nine thousand is the honest number' positively worded rebuttal: deny); the chief executive 'categorically ruled out any rise in night flights' + split quote 'The night quota is 3,000 ... and it will still be 3,000 on the day I retire' (deny); the Flight Corridor Commission 'said reports of a higher night quota were wide of the mark, because any change would need its approval ...' (second party, same claim; keyed by the claim's words plus the reason, not by 'wide of the mark'); 'The airport hit back, saying that no aircraft had used the proposed route ...' (against the anonymous controller). Admissions: 'The airport did concede that its noise monitor in Gildencote had been switched off for three weeks in May' and the operations director's 'That should not have happened, and we should have told people sooner' (said-X inversion; both required confirm). Pronoun-resolved: 'It said' (the airport: cable cut), 'He added' (Ellingsworth), 'She said' (Lindenbrook); short-name back-references 'The airport', 'The commission', 'The group', 'The airline'. Anonymous: 'An air traffic controller at Farrowmere, who was not authorised to speak to the press, told the Lannerbeck Courier' (anonymous, hedged, via). Relay: Coppelstone 'told the broadcaster Dunhobble Live' (via). The spokeswoman for Farrowmere Airport and the spokesman for Fenloft Airways are offices of named bodies: not anonymous. The consultation papers are a document source (required predict, hedged). The Gildencote Clear Air leaflet's claim is labelled false ('It has not: ...'): required assert. Optional: 'The airline declined to say how many extra flights it planned ...'.",
 [A("bag-40000", "the Bexenford Action Group", BAG, "said", "assert", ["bring aircraft noise to more than 40,000 homes"]),
  A("cop-done-deal", "Brannagh Coppelstone, the group's chair", COP, "said", "opinion", ["dressing up a done deal as a conversation"], q=True),
  A("air-estimate", "Farrowmere Airport", AIR, "took issue with ..., saying", "deny", ["the group's estimate", "about 9,000, not 40,000"], h=True),
  A("spk-counted", "a spokeswoman for Farrowmere Airport", ["spokeswoman", "Farrowmere Airport", "airport"], "said", "assert", ["We counted every house inside the 57-decibel line, street by street"], q=True),
  A("spk-honest", "a spokeswoman for Farrowmere Airport", ["spokeswoman", "Farrowmere Airport", "airport"], "(second sentence of the same quote)", "deny", ["Nine thousand is the honest number"], q=True),
  A("bag-night", "the Bexenford Action Group", BAG, "also says", "assert", ["double its cap on night flights"]),
  A("dra-ruled-out", "Isambard Drabblecote, Farrowmere's chief executive", DRA, "categorically ruled out", "deny", ["any rise in night flights"]),
  A("dra-quota", "Isambard Drabblecote", DRA, "he said (split quote)", "deny", ["The night quota is 3,000", "it will still be 3,000 on the day I retire"], q=True),
  A("fcc-wide", "the Flight Corridor Commission", FCC, "said reports of ... were wide of the mark", "deny", ["a higher night quota", "any change would need its approval"]),
  A("fcc-2033", "the Flight Corridor Commission", FCC, "The commission added", "predict", ["unlikely before the summer of 2033"], h=True),
  A("papers-600", "the consultation papers", ["consultation papers", "papers", "consultation", "airport"], "say", "predict", ["could create up to 600 jobs"], h=True),
  A("cop-sky", "Brannagh Coppelstone", COP, "described the jobs figure as", "opinion", ["a number pulled out of the sky"], q=True),
  A("cop-meetings", "Brannagh Coppelstone", COP, "told the broadcaster Dunhobble Live", "predict", ["hold public meetings in both villages"], via=["Dunhobble Live"]),
  A("atc-sundays", "an air traffic controller at Farrowmere (anonymous)", ["air traffic controller", "controller"], "told the Lannerbeck Courier", "assert", ["pilots had been flying the new route on quiet Sunday mornings since March"], h=True, anon=True, via=["Lannerbeck Courier"]),
  A("air-hit-back", "Farrowmere Airport", AIR, "hit back, saying", "deny", ["no aircraft had used the proposed route", "none would until the commission had ruled on it"]),
  A("air-concede", "Farrowmere Airport", AIR, "did concede that", "confirm", ["its noise monitor in Gildencote had been switched off for three weeks in May"]),
  A("air-cable", "Farrowmere Airport", AIR, "It said", "assert", ["contractors working on the Hobbleford road had cut through its power cable"]),
  A("ell-sooner", "Eberhard Ellingsworth, the airport's operations director", ELL, "said its operations director, Eberhard Ellingsworth", "confirm", ["That should not have happened, and we should have told people sooner"], q=True),
  A("ell-publish", "Eberhard Ellingsworth", ELL, "He added", "predict", ["readings from the other 11 monitors"]),
  A("arm-woken", "Albinia Armistead, a Bexenford resident", ARM, "said", "assert", ["woken by the first departure on most mornings"]),
  A("arm-alarm", "Albinia Armistead", ARM, "she said", "assert", ["The 5.50 flight is my alarm clock now"], q=True),
  A("arm-2029", "Albinia Armistead", ARM, "(second sentence of the same quote)", "assert", ["I have not needed a real one since 2029"], q=True),
  A("lin-wake", "Dr Agathe Lindenbrook, acoustics researcher", LIN, "said", "assert", ["a single night departure could wake several thousand people"], h=True),
  A("lin-narrow", "Dr Agathe Lindenbrook", LIN, "She said", "opinion", ["not wrong, but narrow", "counted only the homes inside the 57-decibel line"], q=True),
  A("leaflet-approved", "a leaflet by the group Gildencote Clear Air", ["Gildencote Clear Air", "leaflet"], "claimed", "assert", ["the commission had already approved the new route"]),
  A("council-response", "the district council", ["district council", "council"], "said", "predict", ["send a formal response before the deadline"]),
  A("ban-glazing", "Councillor Hywel Bancroft-Ley, the council's planning chair", ["Bancroft-Ley", "planning chair", "district council"], "said he wanted", "opinion", ["pay for double glazing in every home under the new route"]),
  A("fen-early", "a spokesman for Fenloft Airways", ["Fenloft Airways", "Fenloft", "spokesman"], "said", "predict", ["reach business meetings across the continent before lunch"]),
  A("fen-declined", "Fenloft Airways", ["Fenloft Airways", "Fenloft", "airline"], "declined to say", "assert", ["how many extra flights it planned"], req=False)],
 [D(["Farrowmere Airport", "airport", "spokeswoman"], ["more than 40,000 homes"], "'took issue with the group's estimate, saying its own noise maps put the number ... at about 9,000, not 40,000' + the spokeswoman's 'Nine thousand is the honest number'"),
  D(["Drabblecote", "chief executive"], ["double its cap on night flights"], "'categorically ruled out any rise in night flights' + split quote 'The night quota is 3,000 ...'"),
  D(["Flight Corridor Commission", "commission"], ["double its cap on night flights"], "second party, same claim: 'said reports of a higher night quota were wide of the mark, because any change would need its approval'"),
  D(["airport"], ["pilots had been flying the new route on quiet Sunday mornings since March"], "'The airport hit back, saying that no aircraft had used the proposed route' (against the anonymous controller)")],
 [{"match": ["air traffic controller"], "note": "an air traffic controller at Farrowmere, not authorised to speak to the press, told the Lannerbeck Courier that pilots had flown the new route on Sunday mornings"}],
 [{"speaker": ["air traffic controller"], "outlets": ["Lannerbeck Courier"], "note": "anonymous controller -> Lannerbeck Courier -> this story"},
  {"speaker": ["Coppelstone"], "outlets": ["Dunhobble Live"], "note": "the group's chair -> broadcaster Dunhobble Live -> this story"}],
 [S("Bexenford Action Group", ["which represents households under the existing flight path"]), S("Brannagh Coppelstone", ["Its chair"]), S("Isambard Drabblecote", ["Farrowmere's chief executive"]), S("Flight Corridor Commission", ["which licenses flight paths"]), S("Eberhard Ellingsworth", ["its operations director"]), S("Albinia Armistead", ["who has lived in Bexenford for 31 years"]), S("Agathe Lindenbrook", ["an acoustics researcher at Eastholm University"]), S("Hywel Bancroft-Ley", ["Its planning chair"]), S("Fenloft Airways", ["one of the three airlines that asked for more slots"]), S("Gildencote Clear Air", ["a group calling itself"])],
 ["about 9,000", "could create up to 600 jobs", "unlikely before the summer of 2033", "could wake several thousand people", "about 1,200 homes"],
 [{"claim": ["the commission had already approved the new route"], "by": "the article itself ('It has not: the commission will not consider the route until the consultation closes on December 7 ...')"}],
 ["dressing up a done deal as a conversation", "a number pulled out of the sky"],
 [N("12-week", "consultation length"), N("more than 40,000 homes", "per the action group"), N("about 9,000", "per the airport"), N("57-decibel", "noise line"), N("3,000 a year to 6,000", "night-flight cap, per the group"), N("2033", "earliest decision"), N("up to 600 jobs", "per the consultation papers"), N("2036", "jobs by"), N("three weeks in May", "monitor switched off"), N("11 monitors", "other monitors"), N("31 years", "Armistead in Bexenford"), N("5.50", "first departure"), N("December 7", "consultation closes"), N("about 1,200 homes", "double glazing since 2027")],
 [CE(["after three airlines asked for more early-morning slots"], ["has opened a 12-week public consultation"]), CE(["because contractors working on the Hobbleford road had cut through its power cable"], ["the monitor went dark"])],
 ["LOCAL NEWS", "By Dellwyn Habbergate, Transport Reporter", "Tuesday 14 September 2032", "Photo: A departing jet over rooftops in Bexenford. Farrowmere Airport", "Advertisement", "Get our Transport Briefing in your inbox every Friday", "Read more: How night flights are counted, and who counts them"])

# 2 space-mission delay science story (long)
ISA = ["Idrevan Space Agency", "agency", "Anfield", "Beckwith"]
BEC = ["Beckwith", "mission manager", "Idrevan Space Agency"]
ANF = ["Anfield", "director general", "Idrevan Space Agency"]
DAL = ["Dalverne Aerospace", "Dalverne", "company", "Haddersley"]
HAD = ["Haddersley", "engineering director", "Dalverne"]
ING = ["Inglethorpe", "science minister", "minister"]
JER = ["Jerrowby", "planetary scientist", "University of Arlingbrook"]
ok &= build("calyx-asteroid-probe-launch-delay-valve", "long",
 "Original fictional space-mission delay story (science desk). Section label, byline, date line, 'Photo:' caption, 'Advertisement', newsletter prompt and 'Read more:' are noise. The lede (launch put back by 18 months) is the article's own voice; 'Scientists who have waited years ... were disappointed but not surprised' is too (no entry). Denials: 'Dalverne disputed that account, saying the valve had passed every pressure check at its own plant ...' (content-less object 'that account' plus the reason) + 'The part left our factory in perfect condition, and we have the test records to prove it' (said-X inversion 'said its engineering director, Frida Haddersley'; positively worded rebuttal: deny) against the director general's flaw-in-the-metal claim; 'The agency rejected the Ledger's figure, saying the extra cost would be about 140 million crowns, not 400 million' (X-not-Y; keyed by object plus reason); 'The agency said it had no record of any such warning' (against the anonymous engineers); the science minister's two-sentence quote with no cue word 'Calyx will fly. I would not have put my name to a new launch date for a probe I meant to scrap' (both deny the forum's cancellation claim; 'she told the science podcast Far Fields': via). Admissions: 'The company did accept that the valve had reached the agency four months later than its contract required' and 'Anfield acknowledged that the later launch would cost the mission time at the other end' (required confirm). Pronoun-resolved: 'It said' (Dalverne: alloy shortage), 'she said' (Beckwith), 'She added' (Jerrowby), 'She said' (Beckwith); short-name back-references 'The agency', 'The company', 'Dalverne'. 'told a press conference' is not an outlet (no via). Anonymous: 'According to two engineers who work on the probe and spoke on condition of anonymity' (anonymous, hedged, no via). The ministry's spokeswoman is the office of a named body: not anonymous. The Deep Field Babble thread's cancellation claim is labelled false ('It has not: ...'): required assert.",
 [A("isa-crack", "the Idrevan Space Agency", ISA, "said", "assert", ["the crack had been found during vibration tests", "three others of the same design would be replaced"]),
  A("bec-health", "Dr Jorunn Beckwith, mission manager", BEC, "said", "opinion", ["in good health"], q=True),
  A("bec-looking", "Dr Jorunn Beckwith", BEC, "she said", "assert", ["We found the crack because we went looking for it"], q=True),
  A("bec-campaign", "Dr Jorunn Beckwith", BEC, "(second sentence of the same quote)", "opinion", ["That is exactly what a test campaign is for"], q=True),
  A("anf-flaw", "Dr Cyprian Anfield, the agency's director general", ANF, "told a press conference", "assert", ["the crack had started with a flaw in the metal", "the valve had come from the contractor Dalverne Aerospace"]),
  A("dal-disputed", "Dalverne Aerospace", DAL, "disputed ..., saying", "deny", ["that account", "the valve had passed every pressure check at its own plant"]),
  A("had-perfect", "Frida Haddersley, Dalverne's engineering director", HAD, "said its engineering director, Frida Haddersley", "deny", ["The part left our factory in perfect condition"], q=True),
  A("dal-accept", "Dalverne Aerospace", DAL, "did accept that", "confirm", ["the valve had reached the agency four months later than its contract required"]),
  A("dal-alloy", "Dalverne Aerospace", DAL, "It said", "assert", ["a shortage of a nickel alloy had held up production"]),
  A("ledger-400", "the business paper the Kelstow Ledger", ["Kelstow Ledger", "Ledger", "business paper"], "reported", "assert", ["the delay would add 400 million crowns to the cost of the mission"]),
  A("isa-140", "the Idrevan Space Agency", ISA, "rejected ..., saying", "deny", ["the Ledger's figure", "about 140 million crowns, not 400 million"], h=True),
  A("eng-warned", "two engineers who work on the probe (anonymous)", ["two engineers who work on the probe", "engineers"], "According to", "assert", ["managers were warned about the valve design early in 2031"], h=True, anon=True),
  A("isa-no-record", "the Idrevan Space Agency", ISA, "said", "deny", ["no record of any such warning", "every design review since 2029 had been published"]),
  A("anf-ack", "Dr Cyprian Anfield", ANF, "acknowledged that", "confirm", ["the later launch would cost the mission time at the other end"]),
  A("isa-2038", "the Idrevan Space Agency", ISA, "the agency said", "assert", ["will reach Dellagrange in 2038, two years later than planned", "swing past Earth twice instead of once"]),
  A("thread-cancelled", "a thread on the space forum Deep Field Babble", ["Deep Field Babble", "thread"], "claimed", "assert", ["the government had quietly cancelled the mission"]),
  A("ing-fly", "Lisbeta Inglethorpe, the science minister", ING, "she told the science podcast Far Fields", "deny", ["Calyx will fly"], q=True, via=["Far Fields"]),
  A("ing-scrap", "Lisbeta Inglethorpe", ING, "(second sentence of the same quote)", "deny", ["I would not have put my name to a new launch date for a probe I meant to scrap"], q=True, via=["Far Fields"]),
  A("ministry-visit", "a spokeswoman for the science ministry", ["spokeswoman", "ministry"], "said", "predict", ["visit Cobbenhall later this month"]),
  A("jer-painful", "Professor Ailsa Jerrowby, planetary scientist", JER, "said", "opinion", ["painful but survivable"], q=True),
  A("jer-leave", "Professor Ailsa Jerrowby", JER, "She added", "predict", ["could leave the field if their funding ran out"], h=True),
  A("jer-sitting", "Professor Ailsa Jerrowby", JER, "Jerrowby said (split quote)", "opinion", ["Dellagrange has been sitting there for four billion years", "it will still be there in 2038"], q=True),
  A("jad-tests", "the Jadeport Institute", ["Jadeport Institute", "Jadeport", "Gansbeck"], "said", "predict", ["run a second set of tests on the drill's motor"]),
  A("gan-asked", "Dr Klemens Gansbeck, director of the Jadeport Institute", ["Gansbeck", "director", "Jadeport"], "said", "assert", ["already asked for the extra time last year"]),
  A("bec-apart", "Dr Jorunn Beckwith", BEC, "said", "predict", ["taken apart over the winter"]),
  A("bec-months", "Dr Jorunn Beckwith", BEC, "She said", "predict", ["expected to take about five months", "back in the test chamber by the middle of 2033"], h=True),
  A("edd-grip", "Gaspard Eddleston, Civic League science spokesman", ["Eddleston", "Civic League"], "said", "opinion", ["lost its grip on its suppliers", "an independent review of the contract with Dalverne"], q=True)],
 [D(["Dalverne", "Haddersley"], ["the crack had started with a flaw in the metal"], "'Dalverne disputed that account, saying the valve had passed every pressure check at its own plant' + 'The part left our factory in perfect condition ...' (said-X inversion)"),
  D(["Idrevan Space Agency", "agency"], ["the delay would add 400 million crowns to the cost of the mission"], "'The agency rejected the Ledger's figure, saying the extra cost would be about 140 million crowns, not 400 million'"),
  D(["agency"], ["managers were warned about the valve design early in 2031"], "'The agency said it had no record of any such warning' (against the anonymous engineers)"),
  D(["Inglethorpe", "science minister"], ["the government had quietly cancelled the mission"], "quote with no cue word: 'Calyx will fly. I would not have put my name to a new launch date for a probe I meant to scrap' (told the podcast Far Fields)")],
 [{"match": ["two engineers who work on the probe"], "note": "two engineers on the probe, speaking on condition of anonymity: managers warned about the valve design in 2031 (no outlet)"}],
 [{"speaker": ["Inglethorpe"], "outlets": ["Far Fields"], "note": "science minister -> science podcast Far Fields -> this story"}],
 [S("Jorunn Beckwith", ["Its mission manager"]), S("Cyprian Anfield", ["The agency's director general"]), S("Dalverne Aerospace", ["the contractor"]), S("Frida Haddersley", ["its engineering director"]), S("Kelstow Ledger", ["The business paper"]), S("Lisbeta Inglethorpe", ["The science minister"]), S("Ailsa Jerrowby", ["a planetary scientist at the University of Arlingbrook who is not involved in the mission"]), S("Jadeport Institute", ["which built the drill"]), S("Klemens Gansbeck", ["Its director"]), S("Gaspard Eddleston", ["who speaks on science for the opposition Civic League"])],
 ["about 140 million crowns", "According to two engineers", "could leave the field", "if their funding ran out", "about five months", "must have been damaged"],
 [{"claim": ["the government had quietly cancelled the mission"], "by": "the article itself ('It has not: the new launch date was signed off by the science ministry on Wednesday.')"}],
 ["lost its grip on its suppliers", "a cover story"],
 [N("18 months", "delay"), N("April 2033", "old launch date"), N("October 2034", "new launch date"), N("three others", "valves to be replaced"), N("four months", "late delivery"), N("400 million crowns", "extra cost, per the Kelstow Ledger"), N("about 140 million crowns", "extra cost, per the agency"), N("1.9 billion crowns", "expected cost before the delay"), N("2031", "warning, per the engineers"), N("2038", "arrival at Dellagrange"), N("four billion years", "per Jerrowby"), N("30 centimetres", "drill depth"), N("about five months", "rebuild")],
 [CE(["after engineers found a cracked valve in its fuel system"], ["has been put back by 18 months"]), CE(["a shortage of a nickel alloy"], ["had held up production across the industry in 2031"]), CE(["Because of the new date"], ["the probe will have to swing past Earth twice instead of once"])],
 ["SCIENCE", "By Jovan Birkinshaw-Lees, Science Correspondent", "Friday 5 November 2032", "Photo: Engineers inspect the Calyx probe in the clean room at Cobbenhall. Idrevan Space Agency", "Advertisement", "Sign up for our monthly newsletter on space and astronomy", "Read more: What Dellagrange could tell us about the birth of the planets"])

# 3 hospital waiting-times statistics story (medium)
CDB = ["Clinical Data Bureau", "bureau", "figures"]
GLD = ["Jessingham Consultants' Guild", "Consultants' Guild", "guild", "Elvingham"]
ELV = ["Elvingham", "chair", "Consultants' Guild", "guild"]
TRU = ["Jessingham Hospitals Trust", "trust", "Faulconbridge"]
GIL = ["Gillamoor", "health scrutiny committee"]
ok &= build("jessingham-hospital-waiting-list-figures", "medium",
 "Original fictional hospital waiting-times statistics story (health desk). Section label, byline, date line, 'Photo:' caption, email prompt and 'Read more:' are noise. 'The trust still missed all three of its national targets', 'Waits for hip and knee operations got longer over the summer' and 'The bureau's next figures ... are due on October 14' are the article's own voice (no entry). Denials: 'The trust said the fall came from 2,100 extra operations carried out at weekends, not from removing names' (plain said X-not-Y against the guild) + the medical director's 'Every patient who left our list this summer either had their treatment or told us they no longer needed it' (said-X inversion; positively worded rebuttal: deny); 'The trust denied that anyone had been removed over one missed call, and said its rules required two calls and a letter' (against the anonymous nurse; one entry); the Clinical Data Bureau spokesman's two-sentence quote named once 'Nothing about the way we count waiting times has changed since 2029. Anyone can compare ...' (no cue word; first sentence deny, second counter-evidence assert) against the guild's counting claim. Admission: 'The trust accepted that about 400 patients had been removed after they failed to reply to letters' (required confirm); the guild chair's 'the guild did not doubt that the weekend lists had helped' is a concession (required confirm). Pronoun-resolved: 'It said' (the trust), 'She said' (Gillamoor), 'he said' (Elvingham); short-name back-references 'the bureau said', 'The guild also said', 'The trust'. Anonymous: 'A senior nurse at Jessingham General, who did not want to be identified, told the Ilbury Echo' (anonymous, hedged, via). The bureau's spokesman is the office of a named body: not anonymous. The Jessingham Patients Together post's cataract-referrals claim is labelled false ('It has not: ...'): required assert.",
 [A("cdb-41300", "figures from the Clinical Data Bureau", CDB, "according to figures published ... by", "assert", ["fell to 41,300 at the end of August"]),
  A("cdb-6800", "the Clinical Data Bureau", CDB, "the bureau said", "assert", ["About 6,800 patients had waited more than 18 weeks", "212 had waited more than a year"], h=True),
  A("guild-removing", "the Jessingham Consultants' Guild", GLD, "said", "assert", ["taking patients off the list rather than by treating them"]),
  A("elv-1500", "Ciaran Elvingham, the guild's chair", ELV, "said", "assert", ["about 1,500 names had been removed since June"], h=True),
  A("trust-2100", "Jessingham Hospitals Trust", TRU, "said", "deny", ["2,100 extra operations carried out at weekends, not from removing names"]),
  A("fau-every", "Dr Idunna Faulconbridge, the trust's medical director", ["Faulconbridge", "medical director", "trust"], "said its medical director, Dr Idunna Faulconbridge", "deny", ["Every patient who left our list this summer either had their treatment"], q=True),
  A("trust-accepted", "Jessingham Hospitals Trust", TRU, "accepted that", "confirm", ["about 400 patients had been removed after they failed to reply to letters"], h=True),
  A("trust-phoned", "Jessingham Hospitals Trust", TRU, "It said", "assert", ["each of them had been phoned twice"]),
  A("nurse-struck", "a senior nurse at Jessingham General (anonymous)", ["senior nurse", "nurse"], "told the Ilbury Echo", "assert", ["some patients had been struck off for missing a single phone call"], h=True, anon=True, via=["Ilbury Echo"]),
  A("trust-one-call", "Jessingham Hospitals Trust", TRU, "denied that ... and said", "deny", ["anyone had been removed over one missed call", "its rules required two calls and a letter"]),
  A("guild-counting", "the Jessingham Consultants' Guild", GLD, "also said", "assert", ["the bureau had changed the way it counted waits in June"]),
  A("cdb-nothing", "a spokesman for the Clinical Data Bureau", ["spokesman", "Clinical Data Bureau", "bureau"], "said", "deny", ["Nothing about the way we count waiting times has changed since 2029"], q=True),
  A("cdb-compare", "a spokesman for the Clinical Data Bureau", ["spokesman", "Clinical Data Bureau", "bureau"], "(second sentence of the same quote)", "assert", ["Anyone can compare this year's tables with last year's"], q=True),
  A("trust-700", "Jessingham Hospitals Trust", TRU, "said", "assert", ["about 700 operations had been postponed in June", "most had since been rebooked"], h=True),
  A("gil-fog", "Hilaria Gillamoor, chair of the health scrutiny committee", GIL, "said", "opinion", ["a fog of good news"], q=True),
  A("gil-question", "Hilaria Gillamoor", GIL, "She said", "predict", ["question the trust's chief executive in October"]),
  A("post-cataract", "a post on the community page Jessingham Patients Together", ["Jessingham Patients Together", "post", "community page"], "claimed", "assert", ["the trust had stopped taking new referrals for cataract surgery"]),
  A("elv-helped", "Ciaran Elvingham", ELV, "said ... did not doubt that", "confirm", ["the weekend lists had helped"]),
  A("elv-saturday", "Ciaran Elvingham", ELV, "he said (split quote)", "opinion", ["My colleagues have worked every Saturday since May", "a shorter list is only good news if the people who left it were treated"], q=True)],
 [D(["Jessingham Hospitals Trust", "trust", "Faulconbridge"], ["taking patients off the list rather than by treating them"], "plain said X-not-Y: 'the fall came from 2,100 extra operations carried out at weekends, not from removing names' + the medical director's positively worded quote"),
  D(["trust"], ["some patients had been struck off for missing a single phone call"], "'The trust denied that anyone had been removed over one missed call, and said its rules required two calls and a letter' (against the anonymous nurse)"),
  D(["Clinical Data Bureau", "spokesman"], ["the bureau had changed the way it counted waits in June"], "quote with no cue word: 'Nothing about the way we count waiting times has changed since 2029'")],
 [{"match": ["senior nurse"], "note": "a senior nurse at Jessingham General, who did not want to be identified, told the Ilbury Echo patients were struck off for one missed call"}],
 [{"speaker": ["senior nurse"], "outlets": ["Ilbury Echo"], "note": "anonymous nurse -> Ilbury Echo -> this story"}],
 [S("Jessingham Consultants' Guild", ["which represents senior doctors at the trust's two hospitals"]), S("Ciaran Elvingham", ["Its chair"]), S("Idunna Faulconbridge", ["its medical director"]), S("Hilaria Gillamoor", ["who chairs the county's health scrutiny committee"]), S("Jessingham Patients Together", ["the community page"])],
 ["About 6,800", "about 1,500", "about 400", "about 700", "mainly"],
 [{"claim": ["the trust had stopped taking new referrals for cataract surgery"], "by": "the article itself ('It has not: the trust carried out 310 cataract operations in August ...')"}],
 ["a fog of good news"],
 [N("41,300", "waiting at end of August"), N("43,050", "waiting in May"), N("About 6,800", "waited more than 18 weeks"), N("212", "waited more than a year"), N("about 1,500", "names removed, per the guild"), N("2,100", "extra weekend operations, per the trust"), N("about 400", "removed after not replying, per the trust"), N("2029", "counting unchanged since"), N("about 700", "operations postponed in June"), N("310", "cataract operations in August"), N("October 14", "next figures")],
 [CE(["because of a two-day strike by theatre staff"], ["about 700 operations had been postponed in June"]), CE(["after they failed to reply to letters"], ["about 400 patients had been removed"])],
 ["HEALTH", "By Dorolind Aldersyde, Health Correspondent", "Thursday 16 September 2032", "Photo: The outpatients entrance at Jessingham General Hospital", "Get the weekly Health Check email from our newsroom", "Read more: How hospital waiting lists are measured"])

# 4 farm-gate milk-price dispute (medium)
DAL = ["Dallowfield Creameries", "Dallowfield", "processor", "Carrodus"]
LEA = ["Hillcote Dairy League", "Dairy League", "league", "Fairlamb"]
FAI = ["Fairlamb", "president", "Hillcote Dairy League"]
ELD = ["Elderwyke Stores", "Elderwyke", "supermarket"]
CAR = ["Carrodus", "finance director", "Dallowfield"]
LAR = ["Larkhall", "agriculture minister", "minister"]
ok &= build("dallowfield-creameries-farm-gate-milk-price-dispute", "medium",
 "Original fictional farm-gate milk-price dispute (farming desk). Section label, byline, date line, 'Photo:' caption, newsletter prompt and 'Read more:' are noise. Denials: 'Elderwyke refuted the league's claim, saying it had not changed the price it pays Dallowfield since January and had no say in what farmers receive' (keyed by the object 'the league's claim' plus the reason); 'Dallowfield also disputed the league's account' (second party, same claim; content-less, keyed by its object) + the finance director's quote with no cue word 'This has nothing to do with Elderwyke' (said-X inversion 'said its finance director, Kasimira Carrodus'; deny) and its continuation 'Butter and milk powder prices have fallen by a fifth since February ...' (counter-evidence: assert); 'Carrodus described the league's profit figure as nonsense, saying it counted the one-off sale of a cheese plant ...' (content-less verdict keyed by its object plus the reason); 'A spokesman for Dallowfield said suppliers were free to speak to anyone they liked' (positively worded rebuttal of the anonymous farmer: deny). Admission: 'The processor admitted that it had given its suppliers two weeks' notice of the cut, rather than the 30 days set out in their contracts' (required confirm). Pronoun-resolved: 'It said' (the processor), 'she said' (Larkhall); short-name back-references 'the processor', 'the league', 'Elderwyke'. The opening 'the processor said in a letter sent to its 420 suppliers' is Dallowfield's (required). Anonymous: 'One farmer, who asked not to be named because she feared losing her contract, told the farming weekly Hayloft Journal' (anonymous, hedged, via). Relay: Fairlamb 'told the radio station Calderbeck FM' (via). The Dallowfield spokesman is the office of a named body: not anonymous. The Hillcote Herd Chat message is labelled false ('It will not: ...'): required assert. Optional: the processor's letter 'to confirm that collections will continue' inside the correction.",
 [A("dal-33", "Dallowfield Creameries (letter to suppliers)", DAL + ["letter"], "the processor said in a letter", "predict", ["paid 33 cents a litre for their milk from June 1"]),
  A("league-36000", "the Hillcote Dairy League", LEA, "said", "predict", ["cost a typical family farm about 36,000 crowns a year"], h=True),
  A("fai-price-war", "Gavrilla Fairlamb, the league's president", FAI, "said", "opinion", ["making farmers pay for a price war they did not start"], q=True),
  A("league-forced", "the Hillcote Dairy League", LEA, "said", "assert", ["the cut had been forced on the processor by the supermarket chain Elderwyke Stores"]),
  A("eld-refuted", "Elderwyke Stores", ELD, "refuted ..., saying", "deny", ["the league's claim", "had not changed the price it pays Dallowfield since January", "no say in what farmers receive"]),
  A("dal-disputed", "Dallowfield Creameries", DAL, "also disputed", "deny", ["the league's account"]),
  A("car-nothing", "Kasimira Carrodus, Dallowfield's finance director", CAR, "said its finance director, Kasimira Carrodus", "deny", ["This has nothing to do with Elderwyke"], q=True),
  A("car-butter", "Kasimira Carrodus", CAR, "(quote continued after the attribution)", "assert", ["Butter and milk powder prices have fallen by a fifth since February"], q=True),
  A("league-48m", "the Hillcote Dairy League", LEA, "also said", "assert", ["a record profit of 48 million crowns last year"]),
  A("car-nonsense", "Kasimira Carrodus", CAR, "described ... as nonsense, saying", "deny", ["the league's profit figure as nonsense", "the one-off sale of a cheese plant", "trading profit had been 11 million crowns"]),
  A("dal-admitted", "Dallowfield Creameries", DAL, "admitted that", "confirm", ["given its suppliers two weeks' notice of the cut"]),
  A("dal-old-price", "Dallowfield Creameries", DAL, "It said", "predict", ["pay the old price for the first half of June"]),
  A("farmer-warned", "a farmer who supplies Dallowfield (anonymous)", ["One farmer", "farmer"], "told the farming weekly Hayloft Journal", "assert", ["Dallowfield had warned suppliers not to talk to reporters about the cut"], h=True, anon=True, via=["Hayloft Journal"]),
  A("dal-free", "a spokesman for Dallowfield", ["spokesman", "Dallowfield"], "said", "deny", ["suppliers were free to speak to anyone they liked"]),
  A("chat-80-cows", "a message in the chat group Hillcote Herd Chat", ["Hillcote Herd Chat", "message", "chat group"], "claimed", "assert", ["stop collecting milk from farms with fewer than 80 cows"]),
  A("dal-collections", "Dallowfield Creameries (letter to suppliers)", DAL, "has written ... to confirm that", "assert", ["collections will continue"], req=False),
  A("league-herds", "the Hillcote Dairy League", LEA, "the league said", "assert", ["at least two farms near Hillcote have already sold part of their herds"], h=True),
  A("fai-more", "Gavrilla Fairlamb", FAI, "told the radio station Calderbeck FM", "predict", ["more would follow if the price stayed below 35 cents"], h=True, via=["Calderbeck FM"]),
  A("lar-meet", "Elsabeth Larkhall, the agriculture minister", LAR, "said", "predict", ["meet both the league and the processor next week"]),
  A("lar-flowing", "Elsabeth Larkhall", LAR, "she said (split quote)", "opinion", ["Nobody wins if the milk stops flowing", "I intend to get both sides into the same room"], q=True),
  A("dal-august", "Dallowfield Creameries", DAL, "said", "predict", ["review the price again in August", "a recovery in butter prices could allow it to raise what it pays"], h=True)],
 [D(["Elderwyke"], ["the cut had been forced on the processor by the supermarket chain Elderwyke Stores"], "'Elderwyke refuted the league's claim, saying it had not changed the price it pays Dallowfield since January'"),
  D(["Dallowfield", "Carrodus"], ["the cut had been forced on the processor by the supermarket chain Elderwyke Stores"], "second party, same claim: 'Dallowfield also disputed the league's account' + 'This has nothing to do with Elderwyke,' said its finance director"),
  D(["Carrodus"], ["a record profit of 48 million crowns last year"], "'Carrodus described the league's profit figure as nonsense, saying it counted the one-off sale of a cheese plant'"),
  D(["spokesman for Dallowfield", "Dallowfield"], ["Dallowfield had warned suppliers not to talk to reporters about the cut"], "positively worded rebuttal: 'suppliers were free to speak to anyone they liked' (against the anonymous farmer)")],
 [{"match": ["One farmer"], "note": "a farmer who asked not to be named because she feared losing her contract told the Hayloft Journal suppliers were warned not to talk to reporters"}],
 [{"speaker": ["One farmer"], "outlets": ["Hayloft Journal"], "note": "anonymous farmer -> farming weekly Hayloft Journal -> this story"},
  {"speaker": ["Fairlamb"], "outlets": ["Calderbeck FM"], "note": "league president -> radio station Calderbeck FM -> this story"}],
 [S("Hillcote Dairy League", ["which represents about 900 farmers in the region"]), S("Gavrilla Fairlamb", ["Its president"]), S("Elderwyke Stores", ["the supermarket chain"]), S("Kasimira Carrodus", ["its finance director"]), S("Hayloft Journal", ["the farming weekly"]), S("Elsabeth Larkhall", ["The agriculture minister"])],
 ["about 36,000 crowns", "at least two farms", "if the price stayed below 35 cents", "could allow it"],
 [{"claim": ["stop collecting milk from farms with fewer than 80 cows"], "by": "the article itself ('It will not: the processor has written to every supplier ... to confirm that collections will continue.')"}],
 ["making farmers pay for a price war they did not start", "nonsense"],
 [N("33 cents a litre", "new price from June 1"), N("38 cents", "old price"), N("420 suppliers", "Dallowfield suppliers"), N("about 900 farmers", "league members"), N("about 36,000 crowns a year", "cost per family farm, per the league"), N("by a fifth", "butter and milk powder price fall"), N("48 million crowns", "profit, per the league"), N("11 million crowns", "trading profit, per Carrodus"), N("two weeks' notice", "given"), N("30 days", "contract notice"), N("80 cows", "per the chat message"), N("35 cents", "threshold, per Fairlamb")],
 [CE(["Because of the cut"], ["at least two farms near Hillcote have already sold part of their herds"])],
 ["FARMING", "By Jessaline Blackaby, Agriculture Editor", "Monday 3 May 2032", "Photo: Cows waiting for milking on a farm near Hillcote. Jessaline Blackaby", "Get our Farm and Field newsletter every Tuesday", "Read more: Why the price of butter matters to every dairy farm"])

# 5 right-of-reply / letters-page rebuttal piece (short)
AXE = ["Axenfield", "chair", "Cuddingworth Lido Trust", "trust"]
LYN = ["Lyndhurst", "column"]
BOR = ["borough council", "borough", "council", "Idlewood"]
ok &= build("cuddingworth-lido-trust-right-of-reply", "short",
 "Original fictional right-of-reply piece on a letters page. Section label, 'Compiled by' line, 'Photo:' caption, 'Have your say:' prompt and 'Read more:' are noise. The 'Editor's note:' paragraph is the paper's own voice (no entry). The column is Lyndhurst's (two claims, two entries). Denials: Axenfield's two-sentence quote named once ('Not one crown of the grant went to consultants. Every invoice is on our website ...,' Axenfield writes): first sentence denies with no cue word (deny), second is counter-evidence (assert); 'She says ... that the pool will reopen in June 2033, not stay shut until 2035' (pronoun-resolved X-not-Y: deny; the same sentence's 'the lido closed in 2031 because its old filter failed, that the grant paid for a new filter and new tiles' is a separate assert); 'The borough council ... was equally firm that none of the money had gone to consultants' + 'The trust has accounted for every crown it received from us,' said its grants officer, Kennard Idlewood (second party, same claim; said-X inversion; positively worded: deny). Admissions: Axenfield's split quote 'Our accounts for 2031 were filed four months late ... and that was our fault, not the borough's' (required confirm; the lead-in 'Axenfield does accept one point made in the column' is content-less: optional confirm) and 'He accepted that he had not asked the trust to show him its invoices' (Lyndhurst; pronoun-resolved; required confirm). Anonymous: 'A former trustee, speaking on condition of anonymity, said' (anonymous, not hedged, no outlet). The Cuddingworth Chinwag post's hotel-sale claim is labelled false ('It cannot: ...'): required assert. Optional: 'Lyndhurst said he stood by his column'.",
 [A("col-consultants", "Aelred Lyndhurst's column", LYN, "said", "assert", ["had spent 90,000 crowns of a council grant on consultants"]),
  A("col-2035", "Aelred Lyndhurst's column", LYN, "The column also said", "assert", ["the lido would stay shut until 2035"]),
  A("axe-no-crown", "Caerwen Axenfield, chair of the Cuddingworth Lido Trust", AXE, "Axenfield writes", "deny", ["Not one crown of the grant went to consultants"], q=True),
  A("axe-invoice", "Caerwen Axenfield", AXE, "(second sentence of the same quote)", "assert", ["Every invoice is on our website, and the borough has seen all of them"], q=True),
  A("axe-filter", "Caerwen Axenfield", AXE, "She says", "assert", ["the lido closed in 2031 because its old filter failed", "the grant paid for a new filter and new tiles"]),
  A("axe-reopen", "Caerwen Axenfield", AXE, "She says", "deny", ["the pool will reopen in June 2033, not stay shut until 2035"]),
  A("bor-firm", "the borough council", BOR, "was equally firm that", "deny", ["none of the money had gone to consultants"]),
  A("idl-accounted", "Kennard Idlewood, the borough's grants officer", ["Idlewood", "grants officer", "borough"], "said its grants officer, Kennard Idlewood", "deny", ["The trust has accounted for every crown it received from us"], q=True),
  A("axe-one-point", "Caerwen Axenfield", AXE, "does accept", "confirm", ["one point made in the column"], req=False),
  A("axe-late", "Caerwen Axenfield", AXE, "she writes (split quote)", "confirm", ["Our accounts for 2031 were filed four months late", "that was our fault, not the borough's"], q=True),
  A("trustee-warned", "a former trustee (anonymous)", ["former trustee", "trustee"], "speaking on condition of anonymity, said", "assert", ["the board had been warned in 2030 that the old filter would fail within two years"], anon=True),
  A("chinwag-sell", "a post on the local forum Cuddingworth Chinwag", ["Cuddingworth Chinwag", "post", "forum"], "claimed", "assert", ["the trust planned to sell the lido site to a hotel group"]),
  A("lyn-stood", "Aelred Lyndhurst", ["Lyndhurst"], "said", "assert", ["stood by his column"], req=False),
  A("lyn-accepted", "Aelred Lyndhurst", ["Lyndhurst"], "He accepted that", "confirm", ["he had not asked the trust to show him its invoices"])],
 [D(["Axenfield"], ["had spent 90,000 crowns of a council grant on consultants"], "quote with no cue word: 'Not one crown of the grant went to consultants.' (two-sentence quote named once, 'Axenfield writes')"),
  D(["Axenfield"], ["the lido would stay shut until 2035"], "pronoun-resolved X-not-Y: 'She says ... the pool will reopen in June 2033, not stay shut until 2035'"),
  D(["borough council", "Idlewood"], ["had spent 90,000 crowns of a council grant on consultants"], "second party, same claim: 'was equally firm that none of the money had gone to consultants' + 'The trust has accounted for every crown it received from us,' said its grants officer")],
 [{"match": ["former trustee"], "note": "a former trustee, speaking on condition of anonymity: the board was warned in 2030 the filter would fail (no outlet)"}],
 [],
 [S("Aelred Lyndhurst", ["a column by"]), S("Caerwen Axenfield", ["The trust's chair"]), S("Kennard Idlewood", ["its grants officer"]), S("borough council", ["which awarded the grant"])],
 ["within two years"],
 [{"claim": ["the trust planned to sell the lido site to a hotel group"], "by": "the article itself ('It cannot: the site belongs to the borough and is leased to the trust until 2061.')"}],
 [],
 [N("August 21", "column date"), N("90,000 crowns", "per the column"), N("2035", "closure until, per the column"), N("2031", "lido closed; accounts late"), N("June 2033", "reopening, per Axenfield"), N("four months late", "accounts"), N("2030", "warning, per the former trustee"), N("2061", "lease until")],
 [CE(["because its old filter failed"], ["the lido closed in 2031"])],
 ["LETTERS AND REPLIES", "Compiled by Faustyn Heathcote-Loxby, Letters Editor", "Photo: The drained main pool at Cuddingworth Lido in August", "Have your say: letters can be sent to the Letters Editor at the address on page 2", "Read more: Cuddingworth Lido through the years, in pictures"])

# 6 music-festival cancellation story (short)
LAN = ["Lanternhill Events", "Lanternhill", "organiser", "Langtry"]
LGT = ["Langtry", "director", "Lanternhill"]
ok &= build("kestleby-fields-music-festival-cancellation", "short",
 "Original fictional music-festival cancellation story (music desk). Section label, byline, 'Photo:' caption, email prompt and 'Read more:' are noise. The lede's 'has been cancelled because heavy rain left the main arena ... under water, its organiser, Lanternhill Events, said on Sunday' is Lanternhill's (required assert). Denials: 'Lanternhill said the site's figure was out by a long way: 17,400 tickets had been sold by the end of July, not 6,000' (X-not-Y against Jukebox Digest's report); the landowner 'told the Kestleby Gazette that the arena had drained within two days and was \"as dry as a cricket pitch\" by Friday afternoon' (positively worded rebuttal of the organiser's waterlogged-site account, named, via; the quoted fragment is a second deny entry); the director's two-sentence quote with no cue word 'Every act on the bill has been paid in full. Nobody has walked away from this festival' (said-X inversion 'said Lanternhill's director, Ildiko Langtry'; both deny the anonymous crew member's claim). Admission: 'Langtry admitted that the company had not taken out cancellation insurance this year' + split quote (required confirm). Pronoun-resolved: 'She said' / 'she said' (Langtry); short-name back-references 'Lanternhill', 'the site's figure'. Anonymous: 'A crew member ..., who asked not to be named, reportedly told Jukebox Digest' (anonymous, hedged, via). The fan page's no-refund claim is labelled false ('They will: ...'); 'Lanternhill has said that refunds will go out automatically within 14 days' inside the correction is a required predict. The district council's spend figure is a hedged assert ('up to').",
 [A("lan-rain", "Lanternhill Events, the festival's organiser", LAN, "said", "assert", ["heavy rain left the main arena and two of its three campsites under water"]),
  A("jd-6000", "the music site Jukebox Digest", ["Jukebox Digest", "music site"], "reported", "assert", ["only 6,000 of the festival's 20,000 tickets had been sold"]),
  A("lan-17400", "Lanternhill Events", LAN, "said", "deny", ["the site's figure was out by a long way", "17,400 tickets had been sold by the end of July, not 6,000"]),
  A("dun-drained", "Alarick Dunkerswell, the farmer who owns the land", ["Dunkerswell", "farmer who owns the land", "farmer"], "told the Kestleby Gazette", "deny", ["the arena had drained within two days"], via=["Kestleby Gazette"]),
  A("dun-dry", "Alarick Dunkerswell", ["Dunkerswell", "farmer who owns the land", "farmer"], "told the Kestleby Gazette (quoted fragment)", "deny", ["as dry as a cricket pitch"], q=True, via=["Kestleby Gazette"]),
  A("crew-unpaid", "a crew member who had been building the main stage (anonymous)", ["crew member"], "reportedly told Jukebox Digest", "assert", ["had pulled out because it had not been paid"], h=True, anon=True, via=["Jukebox Digest"]),
  A("lgt-paid", "Ildiko Langtry, Lanternhill's director", LGT, "said Lanternhill's director, Ildiko Langtry", "deny", ["Every act on the bill has been paid in full"], q=True),
  A("lgt-walked", "Ildiko Langtry", LGT, "(second sentence of the same quote)", "deny", ["Nobody has walked away from this festival"], q=True),
  A("lgt-gutted", "Ildiko Langtry", LGT, "She said", "opinion", ["as gutted as we are"], q=True),
  A("lgt-admit", "Ildiko Langtry", LGT, "admitted that", "confirm", ["had not taken out cancellation insurance this year"]),
  A("lgt-quotes", "Ildiko Langtry", LGT, "she said (split quote)", "confirm", ["The quotes we were given were higher than the whole stage budget", "I took a gamble that did not pay off"], q=True),
  A("fan-refunds", "a post on the fan page Kestleby Fields Family", ["Kestleby Fields Family", "post", "fan page"], "claimed", "assert", ["ticket holders would not get their money back"]),
  A("lan-refunds", "Lanternhill Events", LAN, "has said that", "predict", ["refunds will go out automatically within 14 days"]),
  A("council-2m", "the district council", ["district council", "council"], "said", "assert", ["brought up to 2 million crowns into local businesses each summer"], h=True)],
 [D(["Lanternhill"], ["only 6,000 of the festival's 20,000 tickets had been sold"], "X-not-Y: 'the site's figure was out by a long way: 17,400 tickets had been sold by the end of July, not 6,000'"),
  D(["Dunkerswell", "farmer who owns the land"], ["heavy rain left the main arena and two of its three campsites under water"], "positively worded rebuttal told to the Kestleby Gazette: 'the arena had drained within two days and was \"as dry as a cricket pitch\"'"),
  D(["Langtry", "Lanternhill"], ["had pulled out because it had not been paid"], "quote with no cue word: 'Every act on the bill has been paid in full. Nobody has walked away from this festival' (against the anonymous crew member)")],
 [{"match": ["crew member"], "note": "a crew member building the main stage, not named, reportedly told Jukebox Digest the headline act pulled out over pay"}],
 [{"speaker": ["crew member"], "outlets": ["Jukebox Digest"], "note": "anonymous crew member -> music site Jukebox Digest -> this story"},
  {"speaker": ["Dunkerswell"], "outlets": ["Kestleby Gazette"], "note": "landowner -> Kestleby Gazette -> this story"}],
 [S("Lanternhill Events", ["its organiser"]), S("Jukebox Digest", ["The music site"]), S("Alarick Dunkerswell", ["The farmer who owns the land"]), S("Ildiko Langtry", ["Lanternhill's director"]), S("Hollowbright Kites", ["the headline act"]), S("Kestleby Fields Family", ["the festival's unofficial fan page"])],
 ["reportedly", "about 15,000 people", "up to 2 million crowns"],
 [{"claim": ["ticket holders would not get their money back"], "by": "the article itself ('They will: Lanternhill has said that refunds will go out automatically within 14 days to every buyer.')"}],
 ["as dry as a cricket pitch", "as gutted as we are"],
 [N("6,000", "tickets sold, per Jukebox Digest"), N("20,000 tickets", "capacity"), N("17,400 tickets", "sold, per Lanternhill"), N("two days", "arena drained, per Dunkerswell"), N("14 days", "refunds"), N("about 15,000 people", "2031 attendance"), N("up to 2 million crowns", "local spend, per the council")],
 [CE(["because heavy rain left the main arena and two of its three campsites under water"], ["has been cancelled"]), CE(["because it had not been paid"], ["had pulled out"])],
 ["MUSIC", "By Ianthe Corrigall, Music Reporter", "Photo: Standing water on the main arena at Kestleby Fields last weekend", "Get our weekly gig guide by email", "Read more: The summer festivals that did go ahead"])

print("ALL OK" if ok else "PROBLEMS")
