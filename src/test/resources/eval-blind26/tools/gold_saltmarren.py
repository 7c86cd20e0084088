from goldlib import *
N="saltmarren-lido-faq-page"
notes=("Original fictional FAQ page of a lido trust in the trust's first person plural (straight quotes). Noise: breadcrumb line, updated line, question subheads, contact line. "
"The trust's uncued answers ('No.', 'That is not true: the lido was closed for painting that day', 'Yes.', 'We are not suggesting that anyone invented that story.', 'We cannot comment on individual members of staff.', 'is understood to', 'has reportedly offered') are the text's own voice: no entries; 'That is not true' labels the X post false. "
"'has told us', 'told us' name the authors: no via. Pronoun/role sources: 'She said' = Marisol Quennell-Ababio (operations manager); 'our treasurer ... said' (split quote) = Mr Emlyn Castellanos-Prout; 'who added' = Mrs Bronwen Achara-Lightfoot (chair). "
"The X post is from a named account (Saltmarren Watch) and is not flagged anonymous; the lifeguard hearsay passed on by bathers is one anonymous entry matched by either. 'A rumour ... is wrong, said Mrs Achara-Lightfoot' is a said-X inversion denial (required). Non-denial: the chair's 'had not yet seen a design that met the safety rules' (assert).")
A_=[
A("council-no-plans","the borough council",["borough council","council"],"has told us that","deny",["no plans to sell the lido or the car park"]),
A("fennimore-wrote","Mr Ruairi Fennimore-Osei, director of place",["Fennimore-Osei","director of place"],"wrote to the trust","deny",["The council is not selling the lido","has not been asked to sell it"],q=True),
A("atwater-never-seen","Councillor Delphine Atwater-Mensah",["Atwater-Mensah","Councillor"],"told Radio Saltmarren","deny",["never seen a paper, a report or an email"],q=True,via=["Radio Saltmarren"]),
A("x-post-chlorine","a post on X from an account calling itself Saltmarren Watch",["Saltmarren Watch","post"],"said","assert",["11 bathers were taken to hospital"],via=["X"]),
A("fire-no-leak","the county fire and rescue service",["fire and rescue service"],"said","deny",["found no leak of any kind"]),
A("ambulance-no-one","the ambulance service",["ambulance service"],"told us","deny",["took no one to hospital from the lido"]),
A("lifeguard-testing","a lifeguard who asked not to be named (via bathers)",["lifeguard","bathers"],"say they were told by","assert",["testing had stopped to save money"],anon=True),
A("quennell-tested","Marisol Quennell-Ababio, operations manager",["Quennell-Ababio","operations manager"],"said","deny",["tested every two hours while we are open"],q=True),
A("quennell-cost","Marisol Quennell-Ababio",["Quennell-Ababio"],"She said","assert",["about £3,100 a season"]),
A("echo-190","the Saltmarren Echo",["Saltmarren Echo","Echo"],"reported","assert",["would rise to £190"]),
A("castellanos-figures","Mr Emlyn Castellanos-Prout, treasurer",["Castellanos-Prout","treasurer"],"said (split quote)","deny",["The figures are wrong","we told the reporter so before the story ran"],q=True),
A("achara-design","Mrs Bronwen Achara-Lightfoot, chair",["Achara-Lightfoot","chair"],"said","assert",["not yet seen a design"]),
A("achara-rumour","Mrs Bronwen Achara-Lightfoot",["Achara-Lightfoot"],"said (inversion)","deny",["given to a national chain is wrong"]),
A("achara-lease","Mrs Bronwen Achara-Lightfoot",["Achara-Lightfoot"],"who added that","assert",["signed a new five-year lease in April"]),
]
D_=[{"by":["council","Fennimore-Osei"],"denied":["no plans to sell the lido or the car park","The council is not selling the lido"],"note":"the council and its director of place: no sale"},
{"by":["Atwater-Mensah"],"denied":["never seen a paper, a report or an email"],"note":"councillor via Radio Saltmarren"},
{"by":["fire and rescue service"],"denied":["found no leak of any kind"],"note":"fire service: no leak (against the X post)"},
{"by":["ambulance service"],"denied":["took no one to hospital from the lido"],"note":"ambulance service: nobody taken to hospital"},
{"by":["Quennell-Ababio"],"denied":["tested every two hours while we are open"],"note":"operations manager, positive-worded, against the lifeguard hearsay"},
{"by":["Castellanos-Prout"],"denied":["The figures are wrong"],"note":"treasurer, split quote, against the Echo's £190"},
{"by":["Achara-Lightfoot"],"denied":["given to a national chain is wrong"],"note":"chair, said-X inversion, cafe lease rumour"}]
AN=[{"match":["lifeguard","bathers"],"note":"a lifeguard who asked not to be named, relayed by bathers"}]
RL=[{"speaker":["Atwater-Mensah"],"outlets":["Radio Saltmarren"],"note":"councillor -> Radio Saltmarren"},{"speaker":["Saltmarren Watch"],"outlets":["X"],"note":"account -> X"}]
DS=[{"name":"Ruairi Fennimore-Osei","description":["Its director of place"]},{"name":"Delphine Atwater-Mensah","description":["who chairs the council's leisure committee"]},
{"name":"Marisol Quennell-Ababio","description":["our operations manager"]},{"name":"Emlyn Castellanos-Prout","description":["our treasurer"]},{"name":"Bronwen Achara-Lightfoot","description":["Our chair"]}]
H=["appears to have held","reportedly","is understood to"]
LF=[{"claim":["11 bathers were taken to hospital"],"by":"the FAQ itself ('That is not true: ...')"}]
NU=[{"value":"6 June","fact":"opening"},{"value":"13 September","fact":"closing"},{"value":"2041","fact":"lease end"},{"value":"28 May","fact":"letter date"},{"value":"11 bathers","fact":"claimed"},
{"value":"more than 300 metres","fact":"distance"},{"value":"about £3,100","fact":"testing cost"},{"value":"£190","fact":"reported price"},{"value":"from £118 to £126","fact":"actual price"},{"value":"£45","fact":"children's ticket"},{"value":"£27,500","fact":"repair"},{"value":"about 20 more volunteers","fact":"volunteers needed"}]
CE=[{"cause":["lifted after a storm"],"effect":["Part of the tiled floor at the deep end"]}]
NO=["Saltmarren Lido Trust | Visiting | FAQ","Page updated 2 June 2026","Is the lido closing for good?","Was there a chlorine leak on 24 May?","Is the water being tested?","How much will a season ticket cost?","Why was the deep end roped off last September?","Is it true the diving board is coming back?","Will the cafe be open?","How can I help?","Contact: office@saltmarrenlido.example | Kiosk: 01632 960 418"]
build(N,notes,A_,D_,AN,RL,DS,H,LF,[],NU,CE,NO)
