from goldlib import *
N="drenlow-dialysis-health-editor"
notes=("Original fictional health editor's article (straight quotes). Noise: section line, byline, date line, photo caption, subheads, 'Read more:' line. "
"Pronoun/role sources: 'she said' (split quote), 'she said' (last paragraph) = Dr Ifeoma Brackenridge-Hale (medical director); 'It said' = the trust; 'She said she expected' = Ottilie Quarendon; 'he said' = Gethin Abernathy-Rowe; 'The paper' = the Drenlow Lamplighter. "
"The Lamplighter's report citing two unnamed nurses is one anonymous entry with the paper as via. The split quote is one sentence, one entry. Vashti-Coombe relays the managers' denial: one required deny entry matched by either. "
"'That is not what the contract says: the agreement, seen by this newspaper, runs until March 2028' labels the Facebook claim false (own outlet, no via; the agreement entry optional). "
"Non-denials: 'was not calling anyone a liar' (opinion), the commissioning board's refusal (optional), 'confident in its sources' (assert), 'is understood to' and 'is reportedly reviewing' (article hedges, no entries). Headline 'will stay open' is an optional deny.")
A_=[
A("headline-stay-open","the trust (headline)",["Hospital trust","trust"],"says","deny",["will stay open"],req=False),
A("trust-denied","Calderwick and Drenlow Hospitals Trust",["Calderwick and Drenlow Hospitals Trust","trust"],"has denied reports that","deny",["close the kidney dialysis unit at Drenlow Community Hospital"]),
A("lamplighter-nurses","the Drenlow Lamplighter, citing two nurses who asked not to be named",["Lamplighter","nurses"],"reported ... citing","assert",["would shut in September","38 miles away"],anon=True,via=["Drenlow Lamplighter"]),
A("brackenridge-not-true","Dr Ifeoma Brackenridge-Hale, medical director",["Brackenridge-Hale","medical director"],"said ... in a letter sent to patients","deny",["That is not true"],q=True,via=["letter sent to patients"]),
A("brackenridge-no-decision","Dr Ifeoma Brackenridge-Hale",["Brackenridge-Hale","medical director"],"she said (split quote)","deny",["No decision to close Drenlow has been made","no plan to close it is being drawn up"],q=True),
A("trust-lease","the trust",["trust"],"said","assert",["ran until 2031"]),
A("trust-spent","the trust",["trust"],"It said","assert",["£410,000"]),
A("quarendon-never","Ottilie Quarendon, lead nurse",["Quarendon","lead nurse"],"said ... in an interview with","deny",["never been asked to plan for a closure"],q=True,via=["Radio Calderwick"]),
A("quarendon-expects","Ottilie Quarendon",["Quarendon"],"She said she expected","predict",["filled by June"]),
A("lamplighter-cost","the Drenlow Lamplighter",["Lamplighter"],"also reported","assert",["£1.2 million a year more"]),
A("spokesman-figures","a trust spokesman",["spokesman","trust"],"a trust spokesman said","deny",["Those figures are wrong"],q=True),
A("spokesman-difference","a trust spokesman",["spokesman","trust"],"adding that","assert",["about £180,000"]),
A("lamplighter-confident","the Drenlow Lamplighter (the paper)",["paper","Lamplighter"],"said","assert",["confident in its sources"]),
A("facebook-transport","a post in a Facebook group for kidney patients",["post","Facebook group"],"claimed","assert",["cancelled the patient transport contract"],anon=True,via=["Facebook group for kidney patients"]),
A("agreement-runs","the transport agreement (seen by this newspaper)",["agreement","contract"],"runs until","assert",["runs until March 2028"],req=False),
A("vashti-assured","Petronella Vashti-Coombe, relaying managers",["Vashti-Coombe","regional organiser","managers"],"said managers had assured her","deny",["no closure was planned","no nurse would be moved to Calderwick"]),
A("abernathy-liar","Gethin Abernathy-Rowe",["Abernathy-Rowe"],"said","opinion",["not calling anyone a liar"]),
A("abernathy-writing","Gethin Abernathy-Rowe",["Abernathy-Rowe"],"he said","assert",["with a date on it"],q=True),
A("abernathy-miles","Gethin Abernathy-Rowe",["Abernathy-Rowe"],"(continues the quote)","predict",["would finish me"],q=True,req=False),
A("official-staffed","an official at the regional commissioning board, not authorised to speak",["official","commissioning board"],"said","assert",["about how the units are staffed"],q=True,anon=True),
A("board-declined","the regional commissioning board",["commissioning board"],"declined to comment","assert",["publish its findings in the summer"],req=False),
A("brackenridge-rejected","Dr Ifeoma Brackenridge-Hale",["Brackenridge-Hale"],"rejected the suggestion that","deny",["kept patients in the dark"]),
A("brackenridge-wrote","Dr Ifeoma Brackenridge-Hale",["Brackenridge-Hale"],"she said","assert",["within a day of the story"],q=True),
A("brackenridge-nobody","Dr Ifeoma Brackenridge-Hale",["Brackenridge-Hale"],"(continues the quote)","deny",["Nobody was told anything by us"],q=True,req=False),
]
D_=[{"by":["trust"],"denied":["close the kidney dialysis unit at Drenlow Community Hospital"],"note":"lede: the trust denies it plans to close the unit"},
{"by":["Brackenridge-Hale"],"denied":["That is not true","No decision to close Drenlow has been made"],"note":"medical director: no closure decision (letter to patients; split quote)"},
{"by":["Quarendon"],"denied":["never been asked to plan for a closure"],"note":"lead nurse, said-X inversion, via Radio Calderwick"},
{"by":["spokesman"],"denied":["Those figures are wrong"],"note":"trust spokesman rejects the £1.2 million cost figure"},
{"by":["Vashti-Coombe","managers"],"denied":["no closure was planned"],"note":"third-party: union organiser relays managers' denial"},
{"by":["Brackenridge-Hale"],"denied":["kept patients in the dark"],"note":"medical director rejects the suggestion patients were kept in the dark"}]
AN=[{"match":["nurses","Lamplighter"],"note":"two nurses who asked not to be named, via the Drenlow Lamplighter"},
{"match":["Facebook group","post"],"note":"a widely shared post in a Facebook group (labelled false)"},
{"match":["official","commissioning board"],"note":"an official at the commissioning board who was not authorised to speak publicly"}]
RL=[{"speaker":["nurses"],"outlets":["Drenlow Lamplighter"],"note":"nurses -> Lamplighter -> article"},
{"speaker":["Quarendon"],"outlets":["Radio Calderwick"],"note":"lead nurse -> Radio Calderwick -> article"},
{"speaker":["managers"],"outlets":["Vashti-Coombe"],"note":"trust managers -> union organiser -> article"}]
DS=[{"name":"Ifeoma Brackenridge-Hale","description":["the trust's medical director"]},{"name":"Ottilie Quarendon","description":["the unit's lead nurse"]},
{"name":"Petronella Vashti-Coombe","description":["a regional organiser for the Allied Clinical Staff Union"]},{"name":"Gethin Abernathy-Rowe","description":["71"]}]
H=["is understood to","reportedly"]
LF=[{"claim":["cancelled the patient transport contract"],"by":"the article ('That is not what the contract says: ...')"}]
NU=[{"value":"62 patients","fact":"patients treated"},{"value":"38 miles","fact":"distance to Calderwick"},{"value":"2031","fact":"lease end"},{"value":"£410,000","fact":"spent last year"},
{"value":"14 treatment chairs","fact":"chairs replaced"},{"value":"four of its 19 nursing posts","fact":"vacancies"},{"value":"£1.2 million","fact":"reported extra cost"},{"value":"about £180,000","fact":"trust's figure"},
{"value":"March 2028","fact":"transport contract end"},{"value":"all six","fact":"satellite units under review"}]
CE=[{"cause":["cost of a separate water plant"],"effect":["the difference was about £180,000"]}]
NO=["HEALTH","By Clementine Oyelaran-Finch, Health Editor","Published 14 March 2026, 06:00","The satellite unit at Drenlow Community Hospital opened in 2009. Photograph: Lorcan Dimitriou-Beck","Staff shortages","Patients want it in writing","Read more: Calderwick renal centre wins £3m for home dialysis"]
build(N,notes,A_,D_,AN,RL,DS,H,LF,[],NU,CE,NO)
