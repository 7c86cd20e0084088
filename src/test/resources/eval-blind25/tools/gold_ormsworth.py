from goldlib import *
N="ormsworth-tiles-employment-correspondent"
notes=("Original fictional employment correspondent's article (straight quotes). Noise: section line WORK, byline, date-and-time line, photo caption, 'Related:' line. "
"Pronoun/role sources: 'it said' (Portugal sentence) = Brackenholt; 'she said' = Quarrington (managing director); 'Its regional organiser' = Unify Craft's Threadgold; 'he said' (leak quote) = Threadgold; 'He said' (1 in 9) = Elstob. "
"The lede holds a required confirm (180 jobs) and a required deny (over 400 by Christmas) in one sentence. The union's claim that managers told it of a second round is a hearsay claim by a named body (not anonymous). "
"The anonymous night-shift workers are relayed by the Ormsworth Gazette; the company's body denial 'said no such instruction had been given' is required. "
"The works message is labelled false by the article ('That is not what the agreement says: ...'); 'seen by this newspaper' names the article's outlet, no via. "
"'gave no figure of its own' is a refusal (optional assert). 'one person familiar with the talks' is an anonymous source inside a hedged sentence ('is understood to').")
A_=[
A("brackenholt-confirmed","Brackenholt Ceramics",["Brackenholt Ceramics"],"the company confirmed","confirm",["cut 180 jobs at its kiln works"]),
A("brackenholt-denied-400","Brackenholt Ceramics",["Brackenholt Ceramics"],"it denied union claims that","deny",["more than 400 of the site's 610 workers"]),
A("brackenholt-night-shift","Brackenholt Ceramics",["Brackenholt","company"],"The company said","assert",["fall mainly on the night shift"]),
A("brackenholt-portugal","Brackenholt Ceramics",["Brackenholt","company"],"it said","assert",["move to its plant in Portugal","almost tripled since 2021"]),
A("quarrington-hardest","Daphne Quarrington, managing director",["Quarrington","managing director"],"said","opinion",["hardest decision this business has taken"],q=True),
A("quarrington-430","Daphne Quarrington",["Quarrington"],"(continues the quote)","assert",["430 people will still work here"],req=False,q=True),
A("unify-second-round","Unify Craft (union)",["Unify Craft"],"said on Monday","assert",["second round of cuts was planned for the spring"]),
A("threadgold-slice","Ruaraidh Threadgold, regional organiser",["Threadgold","regional organiser"],"said","opinion",["the first slice, not the whole loaf"],q=True),
A("quarrington-rejected","Daphne Quarrington",["Quarrington"],"rejected that","deny",["Ms Quarrington rejected that"],req=False),
A("quarrington-no-second","Daphne Quarrington",["Quarrington"],"she said","deny",["no second round planned","no manager has been authorised"],q=True),
A("workers-gazette","two night-shift workers (unnamed)",["Two workers","Ormsworth Gazette"],"told","assert",["warned not to speak to reporters"],anon=True,via=["Ormsworth Gazette"]),
A("brackenholt-no-instruction","Brackenholt Ceramics",["Brackenholt"],"said","deny",["no such instruction had been given"]),
A("message-severance","a message passed around the works",["message passed around the works"],"claimed","assert",["would lose their severance payment"],anon=True),
A("agreement-keep","the company's agreement with the union",["agreement with the union"],"under","assert",["keep their full payment"],req=False),
A("brackenholt-no-confirm","Brackenholt Ceramics",["Brackenholt","company"],"gave no figure of its own","assert",["gave no figure of its own"],req=False),
A("threadgold-denied-leak","Ruaraidh Threadgold",["Threadgold"],"denied that","deny",["leaked the severance list to the Gazette"]),
A("threadgold-never-list","Ruaraidh Threadgold",["Threadgold"],"he said","deny",["never had a list"],q=True),
A("achterberg-letter","Rosamund Hartopp, local MP",["Hartopp","MP"],"said","assert",["written to the chief executive of the parent company"]),
A("person-familiar-gas","one person familiar with the talks",["person familiar with the talks"],"according to","predict",["cut its energy costs by a third"],h=True,anon=True),
A("elstob-harder","Harvey Elstob, labour economist",["Elstob"],"said","predict",["hit the town harder than the numbers suggest"],q=True,h=True),
A("elstob-1-in-9","Harvey Elstob",["Elstob"],"He said","assert",["1 in 9 jobs"]),
]
D_=[{"by":["Brackenholt Ceramics"],"denied":["more than 400 of the site's 610 workers"],"note":"the company denies union claims that over 400 jobs will go by Christmas"},
{"by":["Quarrington"],"denied":["no second round planned","no manager has been authorised"],"note":"the managing director denies a second round of cuts"},
{"by":["Brackenholt"],"denied":["no such instruction had been given"],"note":"the company denies warning staff not to speak to reporters"},
{"by":["Threadgold"],"denied":["leaked the severance list to the Gazette","never had a list"],"note":"the union organiser denies leaking a severance list"}]
AN=[{"match":["Two workers","Ormsworth Gazette"],"note":"two night-shift workers who did not want to be named, via the Ormsworth Gazette"},
{"match":["message passed around the works"],"note":"an unattributed message claiming early leavers lose severance pay (labelled false)"},
{"match":["person familiar with the talks"],"note":"one person familiar with the gas talks"}]
RL=[{"speaker":["Two workers"],"outlets":["Ormsworth Gazette"],"note":"night-shift workers -> Ormsworth Gazette -> this article"}]
DS=[{"name":"Brackenholt Ceramics","description":["Tile maker"]},{"name":"Daphne Quarrington","description":["Brackenholt's managing director"]},
{"name":"Unify Craft","description":["The union"]},{"name":"Ruaraidh Threadgold","description":["Its regional organiser"]},
{"name":"Rosamund Hartopp","description":["The local MP"]},{"name":"Harvey Elstob","description":["who teaches labour economics at Tolland University"]}]
H=["reportedly","is understood to","could","likely","about","almost"]
LF=[{"claim":["would lose their severance payment"],"by":"the article itself ('That is not what the agreement says: under the company's own agreement with the union ... staff who find work early keep their full payment')"}]
NU=[{"value":"180","fact":"jobs to be cut"},{"value":"400","fact":"job losses the union claimed"},{"value":"610","fact":"workers at the site"},{"value":"30 October","fact":"night shift ends"},
{"value":"2021","fact":"since when gas kiln costs almost tripled"},{"value":"90 years","fact":"age of the business"},{"value":"430","fact":"people still working in January"},
{"value":"four weeks' pay","fact":"reported severance terms per year of service"},{"value":"a third","fact":"possible energy cost cut"},{"value":"1 in 9","fact":"Ormsworth jobs depending on the works"},
{"value":"14 September","fact":"consultation begins"},{"value":"45 days","fact":"minimum consultation"}]
CE=[{"cause":["cost of running the gas kilns"],"effect":["Production of floor tiles will move"]},{"cause":["many of the night-shift workers are couples"],"effect":["hit the town harder"]}]
NO=["WORK","By Ysolde Whitlingham, Employment Correspondent","Tuesday 8 September 2026, 6.40pm","Photo caption: Workers leave the Ormsworth kiln works at the end of a shift. (Ysolde Whitlingham)","Related: What are your rights if your job is cut?"]
build(N,notes,A_,D_,AN,RL,DS,H,LF,[],NU,CE,NO)
