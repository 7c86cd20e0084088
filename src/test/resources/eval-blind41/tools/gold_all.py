# Writes the six gold files of eval-blind41 and checks every string against its text (see goldlib.build).
from goldlib import A, D_ as D, N, CE, S, build
ok = True

# 1 Union affairs correspondent's report (leaked trade document)
COM = ["Commission", "Marenko-Vaas"]
MV = ["Marenko-Vaas", "chief trade spokesperson", "spokesperson", "Commission"]
SZ = ["Szekely", "deputy trade minister", "deputy minister", "Quellnia"]
TID = ["Ostreva Tidende", "Tidende"]
UZ = ["Uzcategui-Ferran", "chief negotiator"]
OK_ = ["Oakcombe", "trade analyst"]
ok &= build("sarvane-beef-quota-leak-union-affairs-report", "long",
 "Original fictional Union affairs correspondent's report (the Observer, Haldermark) on a leaked Commission negotiating paper. Byline, date / time line, 'Photo:' caption, 'Advertisement', 'Read more:' and the newsletter prompt are noise; the subheads 'The Quellnian question' and 'Pressure in Haldermark' get no entries. The lede's 'according to an internal negotiating paper leaked this week' is a document source (required assert, not anonymous: the paper is the Commission's own). Denials: 'The Commission denied that it had shifted its position' + spokesperson Marenko-Vaas's two-sentence quote named once after both ('The figure in that paper is not the Union's offer ... Our offer on beef is 99,000 tonnes' - both required deny, the second a positively worded correction) + 'He dismissed the passage on the landing zone as \"an official thinking aloud\"' (deny); Quellnia's deputy trade minister (role first, named only two paragraphs later as Ysabel Szekely) 'rejected the report ..., calling it \"false from the first line to the last\"' + 'Quellnia had never supported a single extra tonne of Sarvane beef, she told the state broadcaster QRT' (pronoun source, via QRT) and, in the same sentence, 'nobody had offered the country anything on lithium' (same denier, second claim: the lithium exchange); 'The Commission also said no member state had asked for a higher beef quota' (second party, same claim as Szekely's; plain said; the Commission's second denied claim). Admission: 'Marenko-Vaas did confirm that the paper was genuine' + split quote '\"It is a real document,\" he said, \"but ...\"' (required confirm). Anonymous: two diplomats 'who spoke on condition of anonymity' (anonymous assert, not hedged) and 'according to a person familiar with her thinking' (anonymous, hedged: 'reportedly'). Relay chain: the Sarvane chief negotiator 'told the Portavel newspaper Diario Austral ..., according to a translation distributed by the Sarvane news agency Sarvapress' (via Diario Austral, then Sarvapress; named, not hedged). Ostreva Tidende's two reports are required asserts (the attache claim is what Szekely and the Commission deny); 'was first reported on Tuesday by Ostreva Tidende' is optional. The farmers' groups' hormone-beef posts are labelled false by the article ('It would not: ...'): required assert by the named carrier. 'did not respond' (economy ministry) and 'declined to say' (Ostreva Tidende) are optional. 'He said he had not seen the leaked paper' is a plain statement about himself, required assert (not a denial of a claim). 'according to Commission figures' is a required document assert.",
 [A("paper-180000", "an internal Commission negotiating paper (leaked)", ["internal negotiating paper", "negotiating paper", "paper"], "according to", "assert", ["let 180,000 tonnes of Sarvane beef into the Union each year without tariffs"]),
  A("tidende-first", "Ostreva Tidende, a left-leaning daily in Quellnia", TID, "was first reported by", "assert", ["was first reported on Tuesday"], req=False),
  A("paper-landing-zone", "the leaked paper", ["document", "paper"], "describes", "assert", ["negotiators could offer the four-country Sarvane Customs Pact"]),
  A("com-denied", "the Vessarine Commission", COM, "denied that", "deny", ["had shifted its position"]),
  A("mv-not-offer", "Cosmin Marenko-Vaas, the Commission's chief trade spokesperson", MV, "told the midday briefing", "deny", ["The figure in that paper is not the Union's offer and never has been"], q=True),
  A("mv-99000", "Cosmin Marenko-Vaas", MV, "(second sentence of the same quote)", "deny", ["Our offer on beef is 99,000 tonnes"], q=True),
  A("mv-genuine", "Cosmin Marenko-Vaas", MV, "did confirm that", "confirm", ["the paper was genuine"]),
  A("mv-real-document", "Cosmin Marenko-Vaas", MV, "he said (split quote)", "confirm", ["It is a real document", "one of dozens of working notes that officials write to test ideas"], q=True),
  A("mv-thinking-aloud", "Cosmin Marenko-Vaas", MV, "dismissed ... as", "deny", ["an official thinking aloud"], q=True),
  A("ufc-sellout", "the Union Farmers' Council", ["Union Farmers' Council", "council"], "called", "opinion", ["a sell-out drafted in a back office"], q=True),
  A("ufc-nine-million", "the Union Farmers' Council", ["Union Farmers' Council", "council"], "says", "assert", ["speaks for nine million farmers"], req=False),
  A("rautavaara-afraid", "Ulrike Rautavaara, president of the Union Farmers' Council", ["Rautavaara", "president"], "said the council's president", "opinion", ["farmers have every reason to be afraid"], q=True),
  A("tidende-attache", "Ostreva Tidende", TID, "also reported that", "assert", ["trade attache had backed the higher quota"]),
  A("diplomats-flexibility", "two diplomats from other member states (anonymous)", ["diplomats from other member states", "diplomats"], "said", "assert", ["flexibility on beef", "had not named a figure"], q=True, anon=True),
  A("sz-rejected", "Ysabel Szekely, Quellnia's deputy trade minister", SZ, "rejected ..., calling it", "deny", ["false from the first line to the last"]),
  A("sz-never", "Ysabel Szekely", SZ, "she told the state broadcaster QRT", "deny", ["had never supported a single extra tonne of Sarvane beef"], via=["QRT"]),
  A("sz-lithium", "Ysabel Szekely", SZ, "she told the state broadcaster QRT (same sentence)", "deny", ["nobody had offered the country anything on lithium"], via=["QRT"]),
  A("com-no-member", "the Vessarine Commission", ["Commission"], "also said", "deny", ["no member state had asked for a higher beef quota"]),
  A("lisowski-sold", "Oddvar Lisowski, opposition farm spokesman", ["Lisowski", "Opposition farm spokesman"], "said", "opinion", ["sold our farmers for a handful of batteries"], q=True),
  A("economy-no-response", "the Quellnian economy ministry", ["Quellnian economy ministry", "economy ministry"], "did not respond", "assert", ["did not respond to a request for comment"], req=False),
  A("tidende-declined", "Ostreva Tidende", TID, "declined to say", "assert", ["declined to say how it had obtained the document"], req=False),
  A("asheford-version", "Mikkel Asheford-Imbert, chair of the Union Parliament's trade committee", ["Asheford-Imbert", "chair"], "said", "assert", ["which version of the Commission is negotiating on our behalf"], q=True),
  A("familiar-furious", "a person familiar with the commissioner's thinking (anonymous)", ["person familiar with her thinking", "person familiar"], "according to", "assert", ["furious about the leak", "security office"], h=True, anon=True),
  A("com-figures", "Commission figures", ["Commission figures", "Commission"], "according to", "assert", ["2.1 billion marks"]),
  A("uz-closer", "Faustino Uzcategui-Ferran, the Sarvane Customs Pact's chief negotiator", UZ, "told the Portavel newspaper Diario Austral, according to a translation distributed by Sarvapress", "assert", ["a good agreement is closer than it has ever been"], q=True, via=["Diario Austral", "Sarvapress"]),
  A("uz-not-seen", "Faustino Uzcategui-Ferran", UZ, "He said", "assert", ["had not seen the leaked paper"]),
  A("groups-hormone", "several farmers' groups (posts on social media)", ["farmers' groups", "posts on social media"], "shared posts ... claiming", "assert", ["allow hormone-treated beef into the Union"], via=["social media"]),
  A("oakcombe-unusual", "Brigida Oakcombe, trade analyst at the Haldermark Centre for Economic Policy", OK_, "said Brigida Oakcombe", "opinion", ["very unusual for a landing zone to leak before the last round", "weakens the Commission's hand"], q=True),
  A("oakcombe-hold-out", "Brigida Oakcombe", OK_, "She said ... could", "predict", ["hold out for a figure closer to 180,000 tonnes"], h=True)],
 [D(["Commission", "Marenko-Vaas"], ["180,000 tonnes", "landing zone"], "'The Commission denied that it had shifted its position' + spokesperson's two-sentence quote ('not the Union's offer ... Our offer on beef is 99,000 tonnes') + 'dismissed the passage on the landing zone as \"an official thinking aloud\"' (against the leaked paper as reported by Ostreva Tidende)"),
  D(["deputy trade minister", "Szekely"], ["trade attache had backed the higher quota"], "Quellnia's deputy trade minister (named later: Ysabel Szekely) 'rejected the report ..., calling it \"false from the first line to the last\"' + 'had never supported a single extra tonne', she told QRT"),
  D(["deputy trade minister", "Szekely"], ["early access to Sarvane lithium contracts"], "same denier, second claim: 'nobody had offered the country anything on lithium'"),
  D(["Commission"], ["trade attache had backed the higher quota"], "second party, same claim (and the Commission's second denied claim): 'no member state had asked for a higher beef quota' (plain said)")],
 [{"match": ["diplomats from other member states"], "note": "two diplomats from other member states, on condition of anonymity: the attache argued for 'flexibility on beef' but named no figure"},
  {"match": ["person familiar with her thinking"], "note": "a person familiar with the commissioner's thinking: Sarkissian reportedly furious, security office asked to find the leaker (no outlet)"}],
 [{"speaker": ["Uzcategui-Ferran"], "outlets": ["Diario Austral", "Sarvapress"], "note": "chief negotiator -> Diario Austral (Portavel newspaper) -> Sarvapress translation -> this article"},
  {"speaker": ["deputy trade minister"], "outlets": ["QRT"], "note": "deputy minister -> the state broadcaster QRT -> this article"},
  {"speaker": ["Ostreva Tidende"], "outlets": ["Observer"], "note": "leaked paper first reported by Ostreva Tidende, since seen by the Observer"}],
 [S("Ostreva Tidende", ["a left-leaning daily in Quellnia"]), S("QRT", ["the state broadcaster"]), S("Sarvapress", ["the Sarvane news agency"]), S("Diario Austral", ["the Portavel newspaper"]), S("Cosmin Marenko-Vaas", ["its chief trade spokesperson"]), S("Union Farmers' Council", ["which says it speaks for nine million farmers"]), S("Ulrike Rautavaara", ["the council's president", "who keeps beef cattle in northern Quellnia"]), S("Ysabel Szekely", ["Quellnia's deputy trade minister", "has led Quellnia's trade policy since January"]), S("Mikkel Asheford-Imbert", ["The committee's chair", "a Green member from Quellnia"]), S("Brigida Oakcombe", ["a trade analyst at the Haldermark Centre for Economic Policy"]), S("Faustino Uzcategui-Ferran", ["The Pact's chief negotiator"]), S("Oddvar Lisowski", ["Opposition farm spokesman"])],
 ["reportedly", "could", "almost"],
 [{"claim": ["allow hormone-treated beef into the Union"], "by": "the article itself ('It would not: the Union's ban on hormone-treated meat is not part of the negotiations')"}],
 ["a sell-out drafted in a back office", "false from the first line to the last", "sold our farmers for a handful of batteries", "an official thinking aloud"],
 [N("180,000 tonnes", "tariff-free beef quota in the leaked paper"), N("April 28", "date of the paper"), N("June 2", "final round opens in Portavel"), N("99,000 tonnes", "the Commission's public offer"), N("nine million", "farmers the council says it speaks for"), N("May 22", "farmers' protest"), N("May 6", "closed meeting of member-state officials"), N("May 20", "trade committee hearing"), N("2.1 billion marks", "Sarvane beef exports to the Union last year")],
 [CE(["Because of the leak"], ["summoned Trade Commissioner Zuzana Sarkissian to a hearing on May 20"]), CE(["in return for early access to Sarvane lithium contracts"], ["backed the higher quota"])],
 ["By Liesbeth Vorstmann-Kade, Union affairs correspondent, Haldermark", "Wednesday 14 May 2031, 18:20 CET", "Photo: Union and Sarvane negotiators at the start of the ninth round of talks in Haldermark in March. Observer/Ivett Salcedo", "Advertisement", "Read more: What is in the Sarvane trade deal, and who stands to lose?", "Sign up to Haldermark Briefing, our free weekly newsletter on Union politics"])

# 2 national broadcaster's website (hospital waiting-list figure)
MIN = ["health ministry", "ministry", "Berrisford"]
SP = ["ministry spokeswoman", "spokeswoman", "ministry"]
BER = ["Berrisford", "health minister", "minister"]
NAC = ["National Audit Chamber", "audit chamber", "chamber", "audit"]
LAZ = ["Lazenby", "director", "chamber"]
TRU = ["Truscott", "chief executive", "head of the trust"]
OY = ["Oyston", "orthopaedic surgeon"]
CO = ["Coldicott", "Opposition health spokesman"]
ok &= build("kestria-waiting-list-figure-national-broadcaster", "long",
 "Original fictional national broadcaster's website report (KRV News, health). The section line 'KRV News | Health', 'Updated 3 hours ago', byline, 'Image caption:' line, 'Advertisement' and 'Read more:' are noise; the subheads 'Lists \"cleaned up\"' and 'Why the lists are growing' get no entries. Denials: lede 'The Kestrian health ministry has rejected an audit finding ..., saying the real number is far lower' + 'The ministry said the figure was 286,000, not 412,000' (plain said correction) + the spokeswoman's reason ('counted tens of thousands of people who were only waiting for a routine follow-up appointment', positively worded rebuttal) + minister Berrisford's two-sentence quote named once after both ('The 412,000 figure is simply wrong. It mixes up ...', both required deny; he told KRV's Morning Programme); the ministry spokeswoman's '\"That is not the case. Hospitals were asked to check ..., and nobody has been taken off a list without a doctor's decision\"' (denial as a correction after 'that is not the case'; same denier, second claim: Nordbladet's list-cleaning report; the quote splits into two sentences, one entry with keys in each); the Kestrian Hospitals Association 'also rejected the claim, saying ...' (second party, same claim); 'the head of the trust that runs Varnholt General' (role first; named in the next sentences as the chief executive, Grainne Truscott) 'dismissed the Nordbladet report as \"a rumour dressed up as news\"' + 'Her trust had not removed a single patient without a clinical review, she said' (third party, same claim). Admission: chamber director Lazenby 'acknowledged that the total included about 38,000 patients waiting for follow-up appointments' + split quote (required confirm). Relay chains: an unnamed senior manager 'told Nordbladet ..., according to a report in the national daily Kestria Dagsavis' (anonymous, hedged, via Nordbladet then Kestria Dagsavis); surgeon Oyston 'told the regional broadcaster Radio Nordkyst ...' and 'His comments were later carried by KRV's regional service' (via Radio Nordkyst, KRV; named, not hedged); his following two-sentence quote ('he said') is given without via. Anonymous: 'According to officials who spoke on condition of anonymity' (anonymous, hedged: 'up to'). The opposition spokesman's 'tripled under this government' is labelled false by the article ('They have not: ...'): required assert. Truscott's sentence holds two entries: '41,200 patients waiting more than 18 weeks' (assert) and 'which she said was \"far too many ...\"' (opinion). 'The chamber stood by its work', 'Hospital managers say the backlog has several causes', the union's 'wants ...' and the two declined-to-comment lines are optional. The audit figure in the lede is an optional chamber assert sharing its key with nobody else (the ministry's deny keys are 'rejected an audit finding' / 'real number is far lower').",
 [A("min-rejected", "the Kestrian health ministry", MIN, "has rejected ..., saying", "deny", ["rejected an audit finding", "real number is far lower"]),
  A("nac-412000", "the National Audit Chamber", NAC, "audit finding", "assert", ["412,000 patients were waiting more than 18 weeks for planned hospital treatment"], req=False),
  A("nac-risen", "the National Audit Chamber", NAC, "said", "assert", ["had risen by about 40 percent", "one in five patients on the list had been waiting longer than a year"]),
  A("nac-records", "the National Audit Chamber", NAC, "said", "assert", ["hospital records it had collected directly from all 27 hospital trusts"]),
  A("min-286000", "the Kestrian health ministry", MIN, "said", "deny", ["the figure was 286,000, not 412,000"]),
  A("sp-follow-up", "a health ministry spokeswoman", SP, "a ministry spokeswoman said", "deny", ["only waiting for a routine follow-up appointment", "those patients are not waiting for treatment"]),
  A("ber-wrong", "Konstantin Berrisford, health minister", BER, "he told KRV's Morning Programme", "deny", ["The 412,000 figure is simply wrong"], q=True, via=["Morning Programme", "KRV"]),
  A("ber-mixes", "Konstantin Berrisford", BER, "(second sentence of the same quote)", "deny", ["It mixes up people who need an operation with people who need a check-up"], q=True, via=["Morning Programme", "KRV"]),
  A("nac-stood-by", "the National Audit Chamber", NAC, "stood by", "assert", ["stood by its work"], req=False),
  A("laz-acknowledged", "Florentyna Lazenby, director of the National Audit Chamber", LAZ, "acknowledged that", "confirm", ["the total included about 38,000 patients waiting for follow-up appointments"]),
  A("laz-wider", "Florentyna Lazenby", LAZ, "she said (split quote)", "confirm", ["Our number is wider than the ministry's", "we explained exactly why in the footnotes"], q=True),
  A("nordbladet-remove", "Nordbladet, a regional newspaper", ["Nordbladet"], "reported", "assert", ["hospitals had been told to remove patients from waiting lists"]),
  A("manager-clean-up", "a senior manager at a hospital in the north (anonymous)", ["senior manager at a hospital in the north", "senior manager"], "told Nordbladet, according to a report in Kestria Dagsavis", "assert", ["clean up the list by any means"], q=True, h=True, anon=True, via=["Nordbladet", "Kestria Dagsavis"]),
  A("sp-not-the-case", "the health ministry spokeswoman", SP, "the ministry spokeswoman said", "deny", ["That is not the case", "nobody has been taken off a list without a doctor's decision", "still wanted and needed treatment"], q=True),
  A("kha-rejected", "the Kestrian Hospitals Association", ["Kestrian Hospitals Association", "Hospitals Association"], "also rejected the claim, saying", "deny", ["also rejected the claim", "the checks were routine and were carried out every autumn"]),
  A("tru-rumour", "Grainne Truscott, chief executive of the trust that runs Varnholt General", TRU, "dismissed ... as", "deny", ["a rumour dressed up as news"]),
  A("tru-not-removed", "Grainne Truscott", TRU, "she said", "deny", ["Her trust had not removed a single patient without a clinical review"]),
  A("tru-41200", "Grainne Truscott", TRU, "added that", "assert", ["Varnholt had 41,200 patients waiting more than 18 weeks"]),
  A("tru-too-many", "Grainne Truscott", TRU, "which she said was", "opinion", ["far too many, and I have never pretended otherwise"], q=True),
  A("nordbladet-no-comment", "Nordbladet", ["Nordbladet"], "declined to comment", "assert", ["declined to comment further on its source"], req=False),
  A("managers-causes", "hospital managers", ["Hospital managers"], "say", "assert", ["the backlog has several causes"], req=False),
  A("report-anaesthetists", "the chamber's report", ["chamber's report", "chamber"], "according to", "assert", ["shortage of anaesthetists", "about 300 posts were vacant in September"]),
  A("min-strike", "the Kestrian health ministry", ["ministry"], "the ministry said", "assert", ["added an estimated 22,000 patients to the list"], h=True),
  A("oyston-hip", "Kjeld Oyston, orthopaedic surgeon in Skelby", OY, "told the regional broadcaster Radio Nordkyst (later carried by KRV)", "assert", ["waiting two years for a hip replacement"], via=["Radio Nordkyst", "KRV"]),
  A("oyston-walk", "Kjeld Oyston", OY, "he said", "assert", ["Some of them can no longer walk to the shops"], q=True),
  A("oyston-spreadsheet", "Kjeld Oyston", OY, "(second sentence of the same quote)", "opinion", ["These are not numbers on a spreadsheet"], q=True),
  A("groups-missed", "patients' groups", ["Patients' groups"], "said", "opinion", ["missed the point"]),
  A("nyqvist-pain", "Bartek Nyqvist, chairman of the Kestrian Patients' Union", ["Nyqvist", "chairman"], "said Bartek Nyqvist", "opinion", ["each of those people is in pain and waiting"], q=True),
  A("union-publish", "the Kestrian Patients' Union", ["Kestrian Patients' Union", "union"], "wants", "assert", ["publish waiting times for every hospital every month"], req=False),
  A("co-tripled", "Xaver Coldicott, opposition health spokesman", CO, "wrote on social media", "assert", ["tripled under this government"], q=True, via=["social media"]),
  A("co-creative", "Xaver Coldicott", CO, "called", "opinion", ["creative accounting from a government that has run out of excuses"], q=True),
  A("min-spend", "the Kestrian health ministry", ["ministry"], "said it would", "predict", ["1.3 billion kronor over three years", "first of eight new surgical centres"]),
  A("officials-private", "officials who spoke on condition of anonymity", ["officials who spoke on condition of anonymity", "officials"], "according to", "assert", ["asked private clinics to take on up to 15,000 patients"], h=True, anon=True),
  A("ber-no-comment", "Konstantin Berrisford", BER, "declined to comment", "assert", ["declined to comment on talks with private clinics"], req=False)],
 [D(["health ministry", "Berrisford"], ["412,000"], "lede 'has rejected an audit finding ..., saying the real number is far lower' + 'said the figure was 286,000, not 412,000' (plain said) + spokeswoman's follow-up reason + minister's quote 'The 412,000 figure is simply wrong. It mixes up ...' (against the National Audit Chamber)"),
  D(["ministry spokeswoman", "ministry"], ["hospitals had been told to remove patients from waiting lists"], "same denier, second claim: '\"That is not the case. Hospitals were asked to check ..., and nobody has been taken off a list without a doctor's decision\"' (correction after 'that is not the case'; against Nordbladet)"),
  D(["Kestrian Hospitals Association"], ["hospitals had been told to remove patients from waiting lists"], "second party, same claim: 'also rejected the claim, saying the checks were routine'"),
  D(["head of the trust", "Truscott"], ["hospitals had been told to remove patients from waiting lists"], "third party, same claim, by a person named by role first: 'the head of the trust that runs Varnholt General dismissed the Nordbladet report as \"a rumour dressed up as news\"' + 'Her trust had not removed a single patient without a clinical review, she said' (named next: the chief executive, Grainne Truscott)")],
 [{"match": ["senior manager at a hospital in the north"], "note": "unnamed senior manager told Nordbladet staff were asked to 'clean up the list by any means' (relayed by Kestria Dagsavis)"},
  {"match": ["officials who spoke on condition of anonymity"], "note": "officials: the minister asked private clinics to take up to 15,000 patients (no outlet)"}],
 [{"speaker": ["senior manager"], "outlets": ["Nordbladet", "Kestria Dagsavis"], "note": "anonymous manager -> Nordbladet (regional newspaper) -> Kestria Dagsavis (national daily) -> this report"},
  {"speaker": ["Oyston"], "outlets": ["Radio Nordkyst", "KRV"], "note": "surgeon -> Radio Nordkyst (regional broadcaster) -> KRV's regional service -> this report"},
  {"speaker": ["Berrisford"], "outlets": ["Morning Programme"], "note": "minister -> KRV's Morning Programme (the broadcaster itself)"}],
 [S("Nordbladet", ["the regional newspaper"]), S("Kestria Dagsavis", ["the national daily"]), S("Radio Nordkyst", ["the regional broadcaster"]), S("Konstantin Berrisford", ["The health minister"]), S("Florentyna Lazenby", ["its director"]), S("Grainne Truscott", ["the head of the trust that runs Varnholt General", "The chief executive"]), S("Kjeld Oyston", ["an orthopaedic surgeon in Skelby"]), S("Bartek Nyqvist", ["chairman of the Kestrian Patients' Union"]), S("Kestrian Patients' Union", ["which represents about 90 patient organisations"]), S("Xaver Coldicott", ["Opposition health spokesman"])],
 ["an estimated", "up to", "about"],
 [{"claim": ["tripled under this government"], "by": "the article itself ('They have not: even on the audit chamber's count, the number of long waits has grown by about 40 percent since 2028.')"}],
 ["simply wrong", "a rumour dressed up as news", "clean up the list by any means", "creative accounting from a government that has run out of excuses"],
 [N("412,000", "patients waiting more than 18 weeks, per the audit chamber"), N("18 weeks", "waiting threshold"), N("40 percent", "rise in long waits since 2028"), N("27 hospital trusts", "trusts whose records the chamber collected"), N("286,000", "the ministry's figure"), N("38,000", "follow-up patients in the chamber's total"), N("2009", "records began"), N("41,200", "Varnholt's long waits"), N("300 posts", "vacant anaesthetist posts"), N("22,000", "patients added by the junior doctors' strike"), N("1.3 billion kronor", "extra spending over three years"), N("15,000", "patients private clinics were asked to take")],
 [CE(["because of the gaps"], ["cancelled up to a quarter of planned operations"]), CE(["A four-week strike by junior doctors in March"], ["added an estimated 22,000 patients to the list"]), CE(["shortage of anaesthetists"], ["the backlog"])],
 ["KRV News | Health", "Updated 3 hours ago", "By Wendeline Castellow, health correspondent", "Image caption: Patients in the outpatient hall of Varnholt General Hospital, which has the longest waits in the country", "Advertisement", "Read more: How long will I wait? Check the waiting times at your hospital"])

# 3 tech policy site (app data-sharing, regulator's statement)
BC = ["Bloomcount", "company"]
FER = ["Ferreol", "chief executive", "Bloomcount"]
JES = ["Jessop", "spokesman", "Adquarry"]
PIP = ["researchers at the Pipewell Institute", "Pipewell Institute", "researchers"]
DPA = ["Data Protection Authority", "authority"]
KIR = ["Kirkgate", "privacy lawyer"]
ok &= build("bloomcount-data-sharing-tech-policy-site", "medium",
 "Original fictional tech policy site story (Policywire, policy / privacy section). Section label, byline, the date / read-time line, 'Screenshot:' caption, 'Advertisement', 'Read more:' and the newsletter prompt are noise. Denials: 'Bloomcount said no health data had been shared' (plain said, negating the researchers' pregnancy-code finding raised just before) + 'The code, it said in a statement to Policywire, was \"a generic screen label\" ..., not what a user had entered' (positively worded correction; attribution in mid-sentence; pronoun source; via the site itself); 'Adquarry denied receiving any health information from Bloomcount' + spokesman Jessop's quote 'We have never received, stored or sold pregnancy data ...' (second party, same claim; denial in a quote) + 'He said the data was used only to count ..., not to target advertising' (deny); chief executive Ferreol 'called that claim false' + 'Bloomcount had never sold user data and had received no payment from Adquarry, she said' (same denier as the first, second claim: the researchers' 'earned money' claim). Admission: Ferreol 'did acknowledge that device identifiers and the times the app was opened had been sent' + quote (required confirm). Brevoort's two-sentence quote named once after both (said-X inversion): both required. Regulator: 'The Data Protection Authority said in a statement ... that it had opened an inquiry into \"...\"' (required assert); 'It declined to comment further' (optional). Anonymous: 'A person familiar with the inquiry said' (anonymous, hedged). The Threadline posts' photographs claim is labelled false ('It had not: ...'): required assert. 'according to the local paper, the Calvergate Sentinel' carries the cause-effect sentence (required assert). Kirkgate's split quote: one entry with both halves.",
 [A("pip-passed", "researchers at the Pipewell Institute", PIP, "according to an analysis published by", "assert", ["passed device identifiers and details of how people used the app"]),
  A("pip-code", "the Pipewell researchers", PIP, "The researchers said", "assert", ["a code that changed when a user logged a positive pregnancy test"]),
  A("brv-anyone", "Tuomas Brevoort, who led the analysis", ["Brevoort"], "said Tuomas Brevoort", "assert", ["Anyone who can read that code knows the user is pregnant"], q=True),
  A("brv-target", "Tuomas Brevoort", ["Brevoort"], "(second sentence of the same quote)", "assert", ["You do not need her name to target her"], q=True),
  A("bc-no-health", "Bloomcount", BC, "said", "deny", ["no health data had been shared"]),
  A("bc-screen-label", "Bloomcount", BC, "it said in a statement to Policywire", "deny", ["a generic screen label", "not what a user had entered"], via=["Policywire"]),
  A("fer-acknowledged", "Jovanka Ferreol, Bloomcount's chief executive", FER, "did acknowledge that", "confirm", ["device identifiers and the times the app was opened had been sent to Adquarry's analytics tool"]),
  A("fer-toolkit", "Jovanka Ferreol", FER, "she said", "confirm", ["We used a standard toolkit", "we should have checked more carefully what it collected"], q=True),
  A("adq-denied", "Adquarry", ["Adquarry", "Jessop"], "denied", "deny", ["denied receiving any health information from Bloomcount"]),
  A("jes-never", "Emeric Jessop, Adquarry spokesman", JES, "said Emeric Jessop", "deny", ["We have never received, stored or sold pregnancy data from this or any other app"], q=True),
  A("jes-count", "Emeric Jessop", JES, "He said", "deny", ["count how many people opened the app each day", "not to target advertising"]),
  A("pip-earned", "the Pipewell researchers", PIP, "also said ..., calling it", "assert", ["Bloomcount had earned money from the arrangement", "a quiet trade in women's most private moments"]),
  A("fer-false", "Jovanka Ferreol", FER, "called that claim false", "deny", ["called that claim false"]),
  A("fer-never-sold", "Jovanka Ferreol", FER, "she said", "deny", ["Bloomcount had never sold user data", "had received no payment from Adquarry"]),
  A("dpa-inquiry", "the Data Protection Authority", DPA, "said in a statement", "assert", ["the transfer of personal data by the Bloomcount application to third parties", "it had opened an inquiry into"], via=["statement"]),
  A("dpa-no-comment", "the Data Protection Authority", DPA + ["It"], "declined to comment", "assert", ["It declined to comment further"], req=False),
  A("familiar-contracts", "a person familiar with the inquiry (anonymous)", ["person familiar with the inquiry", "person familiar"], "said", "assert", ["hand over their contracts by May 20"], h=True, anon=True),
  A("threadline-photos", "several posts on the forum Threadline", ["posts on the forum Threadline", "Threadline"], "claimed", "assert", ["Bloomcount had sold photographs of users' pregnancy tests"]),
  A("sentinel-hospitals", "the Calvergate Sentinel, the local paper", ["Calvergate Sentinel", "local paper"], "according to", "assert", ["at least two hospital groups in Calvergate have stopped recommending the app"]),
  A("kir-showed", "Rasmina Kirkgate, privacy lawyer", KIR, "said", "opinion", ["how little most app makers knew about the software kits they built in"]),
  A("kir-blame", "Rasmina Kirkgate", KIR, "she said (split quote)", "opinion", ["The companies blame the toolkit", "the users are left in the dark"], q=True)],
 [D(["Bloomcount"], ["a code that changed when a user logged a positive pregnancy test", "health data"], "'Bloomcount said no health data had been shared' (plain said) + 'The code, it said in a statement to Policywire, was \"a generic screen label\"' (against the Pipewell researchers)"),
  D(["Adquarry", "Jessop"], ["a code that changed when a user logged a positive pregnancy test", "health information"], "second party, same claim: 'Adquarry denied receiving any health information' + quote 'We have never received, stored or sold pregnancy data' + 'not to target advertising'"),
  D(["Ferreol", "Bloomcount"], ["Bloomcount had earned money from the arrangement"], "same denier, second claim: 'Ferreol called that claim false' + 'Bloomcount had never sold user data and had received no payment from Adquarry, she said'")],
 [{"match": ["person familiar with the inquiry"], "note": "a person familiar with the inquiry: the authority asked both companies for their contracts by May 20 (no outlet)"}],
 [{"speaker": ["Bloomcount"], "outlets": ["Policywire"], "note": "company statement -> Policywire (the publishing site itself)"},
  {"speaker": ["Calvergate Sentinel"], "outlets": ["Calvergate Sentinel"], "note": "hospital groups' decision as reported by the local paper"}],
 [S("Bloomcount", ["a pregnancy and fertility tracking app with about 3.2 million users"]), S("Adquarry", ["the advertising technology firm"]), S("Tuomas Brevoort", ["who led the analysis"]), S("Jovanka Ferreol", ["Its chief executive"]), S("Emeric Jessop", ["a spokesman for the Calvergate-based firm"]), S("Calvergate Sentinel", ["the local paper"]), S("Rasmina Kirkgate", ["a privacy lawyer"]), S("Threadline", ["the forum"])],
 ["about", "up to", "at least"],
 [{"claim": ["Bloomcount had sold photographs of users' pregnancy tests"], "by": "the article itself ('It had not: the app has no feature for uploading photographs.')"}],
 ["a quiet trade in women's most private moments", "left in the dark"],
 [N("3.2 million", "Bloomcount users"), N("March 2029", "identifiers sent since"), N("May 20", "deadline for contracts"), N("4 percent", "maximum fine as share of annual turnover"), N("two hospital groups", "stopped recommending the app")],
 [CE(["Because of the report"], ["at least two hospital groups in Calvergate have stopped recommending the app"])],
 ["POLICY / PRIVACY", "By Fenna Mateus", "May 6, 2031 at 7:45 a.m. | 6 min read", "Screenshot: Network traffic captured by the Pipewell researchers, with the label highlighted", "Advertisement", "Read more: The apps that know you are pregnant before your family does", "Policywire's Privacy Brief lands every Friday. Sign up here."])

# 4 regional paper (factory pollution complaint)
CM = ["Corrowen Metals", "Corrowen", "company"]
VIC = ["Vickery", "plant manager", "Corrowen"]
HOB = ["Hobbard"]
MAD = ["Maddock", "inspector"]
AG = ["regional environment agency", "environment agency", "agency"]
ok &= build("corrowen-smelter-dust-regional-paper", "short",
 "Original fictional regional newspaper report (the Lowdrake Chronicle). Byline, date line, 'Photo:' caption, 'Advertisement' and 'Read more:' are noise. The headline's 'company blames building site' gets no entry. Denials: 'Corrowen Metals denied that the dust came from its site' + plant manager Vickery 'said the smelter's filters had been replaced in June and that the dust was more likely to come from the bypass construction site' (positively worded rebuttal; hedged: 'more likely'); 'He dismissed talk online of a \"toxic cloud\" as \"scaremongering\"' (same denier, second claim); residents' chair Hobbard's quote 'Nobody from Corrowen has ever knocked on a door in this street' (denial in a quote, against the company's claim of two open meetings, after the article's 'That is not what residents remember'); the agency 'said no such order was being considered' (plain said, against the residents' group post, which the article itself calls false: 'It has not'). Hobbard's two-sentence opening quote named once (said-X inversion): both required. Inspector Maddock's report 'seen by the Chronicle' is a required assert by the report / inspector (the paper itself, no via). Admission: 'Vickery admitted that a filter ... had failed for six hours on August 14' + split quote (required confirm). Anonymous: 'According to a person familiar with the inspection' (anonymous, hedged). 'Corrowen declined to comment on the request' is optional.",
 [A("residents-dust", "residents of Quarry Row", ["Residents of Quarry Row", "Residents"], "say", "assert", ["a fine black dust from the Corrowen Metals smelter"]),
  A("hob-wipe", "Radomira Hobbard, chair of the Quarry Row Residents' Group", HOB, "said Radomira Hobbard", "assert", ["it's black again by lunch"], q=True),
  A("hob-asthma", "Radomira Hobbard", HOB, "(second sentence of the same quote)", "assert", ["My grandson's asthma has never been this bad"], q=True),
  A("cm-denied", "Corrowen Metals", CM + ["Vickery"], "denied that", "deny", ["denied that the dust came from its site"]),
  A("vic-filters", "Berengar Vickery, Corrowen's plant manager", VIC, "said", "deny", ["filters had been replaced in June", "more likely to come from the bypass construction site"], h=True),
  A("vic-scaremongering", "Berengar Vickery", VIC, "dismissed ... as", "deny", ["scaremongering"]),
  A("cm-meetings", "Corrowen Metals", CM, "also said", "assert", ["held two open meetings with residents"]),
  A("hob-nobody", "Radomira Hobbard", HOB, "Hobbard said", "deny", ["Nobody from Corrowen has ever knocked on a door in this street"], q=True),
  A("report-lead", "inspector Athol Maddock's report", ["report", "Maddock"], "found", "assert", ["found lead in dust samples from four gardens"]),
  A("mad-levels", "Athol Maddock, inspector, regional environment agency", MAD, "said", "assert", ["well below the point where they are a risk to health"], q=True),
  A("post-close", "a post shared in a residents' group", ["post shared in a residents' group", "residents' group"], "claimed", "assert", ["the agency had ordered the smelter to close"]),
  A("ag-no-order", "the regional environment agency", AG, "said", "deny", ["no such order was being considered"]),
  A("familiar-monitor", "a person familiar with the inspection (anonymous)", ["person familiar with the inspection", "person familiar"], "according to", "assert", ["install a dust monitor at its boundary fence by October 1"], h=True, anon=True),
  A("cm-no-comment", "Corrowen Metals", CM, "declined to comment", "assert", ["Corrowen declined to comment on the request"], req=False),
  A("vic-admitted", "Berengar Vickery", VIC, "admitted that", "confirm", ["a filter on the second furnace had failed for six hours on August 14"]),
  A("vic-fixed", "Berengar Vickery", VIC, "he said (split quote)", "confirm", ["It was fixed the same day", "we reported it ourselves"], q=True)],
 [D(["Corrowen Metals", "Vickery"], ["a fine black dust from the Corrowen Metals smelter"], "'Corrowen Metals denied that the dust came from its site' + plant manager: filters replaced, dust 'more likely' from the bypass site"),
  D(["Vickery"], ["toxic cloud"], "same denier, second claim: 'dismissed talk online of a \"toxic cloud\" as \"scaremongering\"'"),
  D(["Hobbard"], ["held two open meetings with residents"], "residents' chair against the company's claim: quote 'Nobody from Corrowen has ever knocked on a door in this street'"),
  D(["environment agency"], ["the agency had ordered the smelter to close"], "'the agency said no such order was being considered' (plain said, against the residents' group post)")],
 [{"match": ["person familiar with the inspection"], "note": "a person familiar with the inspection: the agency asked Corrowen for a boundary dust monitor by October 1 (no outlet)"}],
 [],
 [S("Radomira Hobbard", ["who chairs the Quarry Row Residents' Group"]), S("Berengar Vickery", ["Its plant manager"]), S("Athol Maddock", ["An inspector from the regional environment agency"])],
 ["more likely", "According to a person familiar"],
 [{"claim": ["the agency had ordered the smelter to close"], "by": "the article itself ('It has not')"}],
 ["toxic cloud", "scaremongering"],
 [N("July", "second furnace restarted"), N("212 households", "signatures on the complaint"), N("June", "filters replaced"), N("half a mile", "distance to the bypass site"), N("four gardens", "lead found in samples"), N("October 1", "monitor deadline"), N("six hours", "filter failure"), N("August 14", "date of the filter failure")],
 [CE(["since the plant's second furnace restarted in July"], ["settling on their cars, washing and windowsills"]), CE(["after the complaint"], ["visited Quarry Row last week"])],
 ["By Ferdinanda Darrow, Chronicle reporter", "Friday, 19 September 2031", "Photo: Black dust on a garden table in Lowdrake", "Advertisement", "Read more: Bypass works to close Lowdrake High Street for three weeks"])

# 5 science news agency (disputed fossil, two museums)
ASH = ["Ashwick Museum of Natural History", "Ashwick museum", "Ashwick", "museum"]
VAN = ["Vantreck", "head of palaeontology", "Ashwick"]
TOR = ["Tornmere University Museum", "Tornmere", "team"]
UBA = ["Ubaldi"]
ok &= build("glenvarr-fossil-dispute-science-news-agency", "medium",
 "Original fictional science news agency report (Geoscope News Agency). Section label, agency line, 'Published' line, byline, 'Image:' caption, 'Advertisement' and 'Read more:' are noise. The headline's quoted 'oldest flying reptile' gets no entry. Lede: 'scientists at a rival museum said on Tuesday' (required assert; match includes Tornmere, named in the third paragraph). Denials: 'The Ashwick museum rejected the findings' + its head of palaeontology Vantreck 'said the material between the bones was a resin ..., not glue added to fake a join' (plain said correction); his quote 'We have every scan, every photograph and every invoice for that resin' is counter-evidence (assert); Vantreck 'called that suggestion \"insulting to the people who spent two summers in that quarry\"' + 'The specimen was excavated by a museum team in 2029 and 2030, he said' (same denier, second claim: bought from Drossel Minerals); 'Drossel Minerals also denied any involvement, saying it had never handled material from the Glenvarr quarry' (second party, same claim). Ubaldi's two-sentence quote named once after both (said-X inversion): both required. Admission: 'Vantreck did admit that the age of the rock had been estimated from a single ash layer' + split quote (required confirm). Anonymous: 'A person familiar with the review said' (anonymous, hedged). Relay: a council spokesperson (of a named body: not anonymous) 'told the local radio station Radio Glenvarr' (via Radio Glenvarr). The video's removal claim is labelled false ('It has not; ...'): required assert. 'Independent experts were cautious' and the museum's 'did not respond' are optional. 'According to a statement from the journal' is a required document assert.",
 [A("rival-lede", "scientists at a rival museum (the Tornmere team)", ["scientists at a rival museum", "rival museum", "Tornmere"], "said", "assert", ["the body of one animal joined to the wing of another"]),
  A("ash-announced", "the Ashwick Museum of Natural History", ASH, "announced", "assert", ["was about 232 million years old", "some 15 million years older than any pterosaur described before"]),
  A("tor-composite", "a team at the Tornmere University Museum", TOR, "says", "assert", ["the fossil is a composite"]),
  A("tor-glue", "the Tornmere team", TOR, "the team wrote that", "assert", ["a layer of modern glue between the wing and the shoulder", "the rock around the wing was of a different age"]),
  A("uba-body", "Yevgenia Ubaldi, who led the Tornmere study", UBA, "said Yevgenia Ubaldi", "assert", ["The body is real, and it is interesting"], q=True),
  A("uba-wing", "Yevgenia Ubaldi", UBA, "(second sentence of the same quote)", "assert", ["The wing belongs to something else"], q=True),
  A("ash-rejected", "the Ashwick museum", ASH + ["Vantreck"], "rejected", "deny", ["rejected the findings"]),
  A("van-resin", "Ambrogio Vantreck, Ashwick's head of palaeontology", VAN, "said", "deny", ["a resin used by the museum's own preparators in 2031", "not glue added to fake a join"]),
  A("van-invoice", "Ambrogio Vantreck", VAN, "he said", "assert", ["every invoice for that resin"], q=True),
  A("tor-dealer", "Ubaldi's team", TOR + ["Ubaldi"], "questioned ..., saying", "assert", ["bought it from the mineral dealer Drossel Minerals"]),
  A("van-insulting", "Ambrogio Vantreck", VAN, "called that suggestion", "deny", ["insulting to the people who spent two summers in that quarry"], q=True),
  A("van-excavated", "Ambrogio Vantreck", VAN, "he said", "deny", ["excavated by a museum team in 2029 and 2030"]),
  A("drossel-denied", "Drossel Minerals, mineral dealer", ["Drossel Minerals"], "also denied ..., saying", "deny", ["denied any involvement", "never handled material from the Glenvarr quarry"]),
  A("van-admit", "Ambrogio Vantreck", VAN, "did admit that", "confirm", ["the age of the rock had been estimated from a single ash layer"]),
  A("van-second-date", "Ambrogio Vantreck", VAN, "he said (split quote)", "confirm", ["A second date would have been better", "sent samples to two other laboratories"], q=True),
  A("experts-cautious", "independent experts", ["Independent experts"], "were cautious", "opinion", ["were cautious"], req=False),
  A("osv-either", "Pavlina Osvaldo, palaeontologist at the University of Fellhaven", ["Osvaldo", "palaeontologist"], "said", "opinion", ["could support either reading", "the simplest test would be to take the wing off"], h=True),
  A("journal-data", "the journal Fossil Record Letters (statement)", ["statement from the journal", "journal"], "according to a statement from", "assert", ["asked both teams for their raw data"]),
  A("familiar-concern", "a person familiar with the review (anonymous)", ["person familiar with the review", "person familiar"], "said", "assert", ["expression of concern"], q=True, h=True, anon=True),
  A("council-postponed", "a Glenvarr regional council spokesperson", ["council spokesperson", "Glenvarr regional council", "council"], "told the local radio station Radio Glenvarr", "assert", ["postponed plans for a fossil visitor centre at the quarry"], via=["Radio Glenvarr"]),
  A("video-removed", "a widely shared video", ["widely shared video", "video"], "claimed", "assert", ["the Ashwick museum had removed the fossil from display"]),
  A("ash-no-response", "the Ashwick museum", ASH, "did not respond", "assert", ["did not respond to questions about whether it would allow the wing to be removed"], req=False)],
 [D(["Ashwick", "Vantreck"], ["the fossil is a composite", "modern glue"], "'The Ashwick museum rejected the findings' + Vantreck 'said the material between the bones was a resin ..., not glue added to fake a join' (against the Tornmere team)"),
  D(["Vantreck", "Ashwick"], ["bought it from the mineral dealer Drossel Minerals"], "same denier, second claim: 'called that suggestion \"insulting ...\"' + 'The specimen was excavated by a museum team in 2029 and 2030, he said'"),
  D(["Drossel Minerals"], ["bought it from the mineral dealer Drossel Minerals"], "second party, same claim: 'also denied any involvement, saying it had never handled material from the Glenvarr quarry'")],
 [{"match": ["person familiar with the review"], "note": "a person familiar with the journal's review: an 'expression of concern' is being considered (no outlet)"}],
 [{"speaker": ["council spokesperson"], "outlets": ["Radio Glenvarr"], "note": "council spokesperson -> Radio Glenvarr (local radio) -> this report"}],
 [S("Yevgenia Ubaldi", ["who led the Tornmere study"]), S("Ambrogio Vantreck", ["Its head of palaeontology"]), S("Drossel Minerals", ["the mineral dealer"]), S("Pavlina Osvaldo", ["a palaeontologist at the University of Fellhaven who was not involved in either study"]), S("Radio Glenvarr", ["the local radio station"])],
 ["about", "some", "could"],
 [{"claim": ["the Ashwick museum had removed the fossil from display"], "by": "the article itself ('It has not; the specimen was still on show on Tuesday afternoon.')"}],
 ["insulting to the people who spent two summers in that quarry", "fake a join"],
 [N("232 million years", "claimed age"), N("15 million years", "older than earlier pterosaurs"), N("2031", "resin used by preparators"), N("2029 and 2030", "excavation years"), N("two other laboratories", "new dating samples")],
 [CE(["Because of the Tornmere paper"], ["postponed plans for a fossil visitor centre at the quarry"])],
 ["SCIENCE | PALAEONTOLOGY", "Geoscope News Agency", "Published 11 March 2032", "By Quirin Elsworth", "Image: The disputed specimen on display at the Ashwick Museum of Natural History. Credit: Ashwick Museum", "Advertisement", "Read more: How scientists spot a fake fossil"])

# 6 Wikinews-style short report (airport strike) with a Sources list
GAC = ["Grevholt Airport Company", "company", "operator"]
UN = ["Transport and Aviation Workers' Union", "union"]
KIT = ["Kittredge", "Union spokesman", "union"]
SEL = ["Selbourne", "operations director"]
ok &= build("grevholt-airport-strike-wikinews-report", "short",
 "Original fictional Wikinews-style short neutral report. The date line and the 'Sources' list at the end (heading and two source lines) are noise; no byline. Denials: the operator Grevholt Airport Company 'said the number was 84, not 200, and that most long-haul flights had left on time' (plain said correction of the union's 'more than 200 flights'); union spokesman Kittredge 'denied that any such offer had been put on the table' + his two-sentence quote named once by 'he said' ('We have not seen a single number in writing' deny; 'If there is an offer, they should send it to us' assert) (against the company's 6 percent offer); the transport ministry 'rejected the report, saying it had \"given no instructions of any kind\"' (against the Grevholt Tribune). Relay chain: 'A baggage handler reportedly told Radio Norhaven ..., according to the Grevholt Tribune' (anonymous, hedged, via Radio Norhaven then Grevholt Tribune). Admission: operations director Selbourne 'admitted that some passengers had waited more than three hours' + split quote (required confirm). The passengers' closure claim on social media is labelled false ('It was not: ...'): required assert. Skyhaul 'declined to comment' is optional.",
 [A("union-200", "the Transport and Aviation Workers' Union", UN, "said", "assert", ["more than 200 flights had been cancelled"]),
  A("gac-84", "Grevholt Airport Company, the airport's operator", GAC, "said", "deny", ["the number was 84, not 200", "most long-haul flights had left on time"]),
  A("gac-6pct", "Grevholt Airport Company", GAC, "said", "assert", ["offered a 6 percent rise over two years"]),
  A("kit-denied", "Vidar Kittredge, union spokesman", KIT, "denied that", "deny", ["denied that any such offer had been put on the table"]),
  A("kit-not-seen", "Vidar Kittredge", KIT, "he said", "deny", ["We have not seen a single number in writing"], q=True),
  A("kit-send", "Vidar Kittredge", KIT, "(second sentence of the same quote)", "assert", ["If there is an offer, they should send it to us"], q=True),
  A("handler-2028", "a baggage handler (anonymous)", ["baggage handler"], "reportedly told Radio Norhaven, according to the Grevholt Tribune", "assert", ["staff had not had a pay rise since 2028"], h=True, anon=True, via=["Radio Norhaven", "Grevholt Tribune"]),
  A("passengers-closed", "some passengers (on social media)", ["passengers"], "said on social media", "assert", ["the airport had been closed"], via=["social media"]),
  A("sel-admitted", "Isidora Selbourne, operations director of Grevholt Airport Company", SEL, "admitted that", "confirm", ["some passengers had waited more than three hours to check in"]),
  A("sel-short", "Isidora Selbourne", SEL, "she said (split quote)", "confirm", ["We were short of staff", "I understand why people were angry"], q=True),
  A("tribune-ministry", "the Grevholt Tribune", ["Tribune", "Grevholt Tribune"], "also reported that", "assert", ["the transport ministry had told the company to hire temporary staff from abroad"]),
  A("ministry-rejected", "the transport ministry", ["transport ministry", "ministry"], "rejected the report, saying", "deny", ["rejected the report", "given no instructions of any kind"]),
  A("skyhaul-no-comment", "Skyhaul, the airport's largest airline", ["Skyhaul"], "declined to comment", "assert", ["declined to comment on compensation claims"], req=False)],
 [D(["Grevholt Airport Company"], ["more than 200 flights had been cancelled"], "'said the number was 84, not 200' (plain said correction, against the union)"),
  D(["Kittredge"], ["offered a 6 percent rise over two years"], "'denied that any such offer had been put on the table' + quote 'We have not seen a single number in writing' (against the company)"),
  D(["transport ministry", "ministry"], ["hire temporary staff from abroad"], "'rejected the report, saying it had \"given no instructions of any kind\"' (against the Grevholt Tribune)")],
 [{"match": ["baggage handler"], "note": "a baggage handler reportedly told Radio Norhaven staff had had no pay rise since 2028 (relayed by the Grevholt Tribune)"}],
 [{"speaker": ["baggage handler"], "outlets": ["Radio Norhaven", "Grevholt Tribune"], "note": "anonymous handler -> Radio Norhaven -> Grevholt Tribune -> this report"}],
 [S("Transport and Aviation Workers' Union", ["which represents about 1,400 baggage handlers, check-in agents and aircraft cleaners at the airport"]), S("Grevholt Airport Company", ["The airport's operator"]), S("Isidora Selbourne", ["The company's operations director"]), S("Skyhaul", ["the airport's largest airline"]), S("Vidar Kittredge", ["Union spokesman"])],
 ["reportedly", "about"],
 [{"claim": ["the airport had been closed"], "by": "the article itself ('It was not: the terminals stayed open all day and 11 of the 14 gates were in use.')"}],
 [],
 [N("24-hour", "strike length"), N("1,400", "staff the union represents"), N("200", "flights cancelled, per the union"), N("84", "flights cancelled, per the operator"), N("6 percent", "pay offer the company says it made"), N("2028", "last pay rise, per the handler"), N("11 of the 14 gates", "gates in use"), N("three hours", "check-in waits"), N("August 15", "second strike")],
 [CE(["Because of the strike"], ["passengers were advised to check their flight status"]), CE(["after talks on pay broke down on Tuesday"], ["The union called the strike"])],
 ["Saturday, August 9, 2031", "Sources", "\"Strike cancels flights at Grevholt\" - Grevholt Tribune, August 8, 2031", "\"Statement on industrial action\" - Grevholt Airport Company, August 8, 2031"])

print("ALL OK" if ok else "PROBLEMS")
