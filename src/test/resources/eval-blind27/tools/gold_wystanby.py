from goldlib import *
N="wystanby-telescope-science-editor"
notes=("Original fictional science editor's article (straight quotes). Noise: section line, byline, date line, subheads, photo caption, 'Related:' line. "
"Pronoun/role sources: 'It said' (telescope moved) and 'it said' (storm damage) = the University of Wystanby; 'said Professor Hamza Quillmoray' is a said-X inversion; 'The website' = the Wystanby Orrery; 'she said' = Dr Ffion Brannoch; 'Its agent' / 'he told the Orrery' = Lochlan Pettrowe of the Fellgarth Estate; 'a spokesman for Wystanby District Council' (named body, not anonymous); 'its members put at' = the Thessary Astronomical Society. "
"The Orrery's estates-team member is one anonymous entry with the Orrery as via. Non-denials: the university 'confirmed' the end of viewing evenings (confirm); a university spokeswoman 'could not discuss negotiations' (refusal, optional); Brannoch's 'not angry' (opinion); Quillmoray 'would not say' (refusal, optional). The Facebook comet post is labelled false by the article ('That is not what happened'). 'is understood to' is the article's hedge.")
A_=[
A("uni-lede","University of Wystanby",["University of Wystanby","university"],"has dismissed reports that","deny",["it is selling the 1891 refracting telescope"]),
A("uni-confirm-june","University of Wystanby",["university"],"confirmed","confirm",["would stop its public viewing evenings at the end of June"]),
A("uni-moved","University of Wystanby",["university"],"It said","assert",["moved to its physics building"]),
A("quillmoray-nobody","Professor Hamza Quillmoray, pro-vice-chancellor for research",["Quillmoray","pro-vice-chancellor"],"said (inversion)","deny",["Nobody has offered to buy it, and we have not asked anyone to"],q=True),
A("quillmoray-stay","Professor Hamza Quillmoray",["Quillmoray"],"(continues the quote)","deny",["it will stay with the university"],q=True,req=False),
A("orrery-sale","the Wystanby Orrery",["Wystanby Orrery","Orrery"],"published ... which said","assert",["offered £400,000 for the instrument"],req=False),
A("estates-member","a member of the university's estates team (via the Orrery)",["estates team","website"],"The website cited","assert",["who had seen the offer"],anon=True,via=["Wystanby Orrery"]),
A("brannoch-visitors","Dr Ffion Brannoch",["Brannoch"],"said","assert",["more than 9,000 people"]),
A("brannoch-museum","Dr Ffion Brannoch",["Brannoch"],"she said","opinion",["you have a museum piece"],q=True),
A("brannoch-corridor","Dr Ffion Brannoch",["Brannoch"],"(continues the quote)","opinion",["not at a corridor"],q=True,req=False),
A("uni-locked-out","University of Wystanby",["university"],"also denied that","deny",["volunteers had been locked out of the building in January"]),
A("uni-storm","University of Wystanby",["university"],"it said","assert",["storm damage had jammed the dome's shutter"]),
A("pettrowe-lease","Lochlan Pettrowe, agent for the Fellgarth Estate",["Pettrowe","agent"],"rejected the suggestion that","deny",["the estate had refused to renew the lease"]),
A("pettrowe-offered","Lochlan Pettrowe",["Pettrowe"],"he told the Orrery","assert",["We offered a ten-year lease in November"],q=True,via=["Orrery"]),
A("spokeswoman-cannot","a university spokeswoman",["spokeswoman"],"said she could not discuss","assert",["could not discuss negotiations"],req=False),
A("facebook-comet","a widely shared Facebook post",["Facebook post"],"said","assert",["discovered a comet from the hill"],anon=True,via=["Facebook"]),
A("brannoch-not-angry","Dr Ffion Brannoch",["Brannoch"],"said","opinion",["not angry with whoever wrote the post"]),
A("brannoch-care","Dr Ffion Brannoch",["Brannoch"],"she said","opinion",["People care about this place"],q=True),
A("campaigners-housing","campaigners",["Campaigners"],"have also claimed","assert",["build student housing on the hill"]),
A("council-no-application","a spokesman for Wystanby District Council",["Wystanby District Council","spokesman"],"said (inversion)","deny",["There is no planning application for the hill, and there has never been one"],q=True),
A("society-offer","the Thessary Astronomical Society",["Thessary Astronomical Society","society"],"confirmed","confirm",["offered to take over the viewing evenings"]),
A("society-brighter","the Thessary Astronomical Society (annual report)",["society","annual report"],"according to","assert",["about 20 per cent brighter"]),
A("quillmoray-listen","Professor Hamza Quillmoray",["Quillmoray"],"said","predict",["listen to every serious proposal"],q=True),
A("quillmoray-would-not","Professor Hamza Quillmoray",["Quillmoray"],"would not say","assert",["would not say whether the telescope could return"],req=False),
]
D_=[{"by":["University of Wystanby","university"],"denied":["it is selling the 1891 refracting telescope"],"note":"lede dismissal"},
{"by":["university"],"denied":["volunteers had been locked out of the building in January"],"note":"'also denied that volunteers had been locked out'"},
{"by":["Quillmoray"],"denied":["Nobody has offered to buy it, and we have not asked anyone to"],"note":"said-X inversion"},
{"by":["Pettrowe"],"denied":["the estate had refused to renew the lease"],"note":"estate agent rejected the suggestion"},
{"by":["Wystanby District Council","spokesman"],"denied":["There is no planning application for the hill, and there has never been one"],"note":"council spokesman against campaigners' housing claim"}]
AN=[{"match":["estates team"],"note":"member of the university's estates team cited by the Orrery"},{"match":["Facebook post"],"note":"unnamed widely shared Facebook post"}]
RL=[{"speaker":["estates team"],"outlets":["Wystanby Orrery"],"note":"estates team member -> Orrery"},{"speaker":["Pettrowe"],"outlets":["Orrery"],"note":"agent -> Orrery"}]
DS=[{"name":"Hamza Quillmoray","description":["pro-vice-chancellor for research"]},{"name":"Wystanby Orrery","description":["a community news website"]},{"name":"Ffion Brannoch","description":["has run the viewing evenings for 14 years"]},{"name":"Lochlan Pettrowe","description":["Its agent"]}]
H=["is understood to","about 20 per cent","about £180,000"]
LF=[{"claim":["discovered a comet from the hill"],"by":"the article ('That is not what happened: the object was a known asteroid')"}]
NU=[{"value":"1891","fact":"telescope date"},{"value":"£400,000","fact":"reported offer"},{"value":"14 years","fact":"Brannoch's service"},{"value":"9,000 people","fact":"visitors 2025"},{"value":"11-metre","fact":"dome"},{"value":"ten-year lease","fact":"estate offer"},{"value":"2009","fact":"asteroid catalogued"},{"value":"£180,000","fact":"repairs"},{"value":"20 per cent","fact":"sky brightening"},{"value":"two miles","fact":"depot distance"}]
CE=[{"cause":["storm damage had jammed the dome's shutter"],"effect":["Access had been suspended for two weekends"]},{"cause":["new floodlights at a distribution depot"],"effect":["about 20 per cent brighter"]},{"cause":["when its lease on the surrounding land expires"],"effect":["stop its public viewing evenings"]}]
NO=["SCIENCE","By Aurelie Vandermoolen, Science Editor","Monday 23 February 2026","The dome","Photo caption: Volunteers open the shutter of the 11-metre dome at Corvenny Hill Observatory. (Picture: Wystanby Orrery)","A comet that wasn't","Dark skies","Related: Why the night sky is getting brighter - and what astronomers can do about it"]
build(N,notes,A_,D_,AN,RL,DS,H,LF,[],NU,CE,NO)
