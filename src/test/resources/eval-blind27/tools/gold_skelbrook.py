from goldlib import *
N="skelbrook-school-meals-education-editor"
notes=("Original fictional education editor's article (straight quotes). Noise: section line, byline, date line, subheads, photo caption, 'Read more:' line. "
"Pronoun/role sources: 'its operations director' = Radomir Fenwarren-Lusk of Plattery Foods; 'she wrote' = Jessamy Orrelwick (via the Facebook group); 'the company insisted' = Plattery; 'she said' (County Hall) = Cllr Ros Maddenwick; 'he said' = Iolo Sallowmere; 'The firm says' = Plattery. "
"The Tollgate's two kitchen assistants are one anonymous entry with the paper as via. Sallowmere's 'Plattery managers had assured him that no jobs would go before 2027' is a third-party relay of a denial (matched by either). "
"Non-denials: 'Plattery dismissed that account.' (content-less, optional deny); Maddenwick 'declined to comment' (optional); the council spokesman 'would neither confirm nor deny' (refusal, optional assert); Orrelwick's 'We are not accusing the cooks' (opinion); Plattery's weighing explanation (assert, not a denial). The X post is labelled false by the article ('That is false: no decision has been taken').")
A_=[
A("plattery-lede","Plattery Foods (school meals contractor)",["contractor","Plattery"],"has rejected claims that","deny",["cut portion sizes to save money"]),
A("plattery-standards","Plattery Foods",["Plattery"],"said","assert",["met the national food standards"]),
A("fl-portions","Radomir Fenwarren-Lusk, operations director, Plattery Foods",["Fenwarren-Lusk","operations director"],"said (inversion)","deny",["Our portions have not changed by a single gram"],q=True),
A("fl-recipes","Radomir Fenwarren-Lusk",["Fenwarren-Lusk"],"(continues the quote)","assert",["the ones we inherited from the council"],q=True,req=False),
A("orrelwick-half","Jessamy Orrelwick, parent",["Orrelwick"],"she wrote","assert",["half of what they were getting last year"],q=True,via=["Facebook group"]),
A("tollgate-ladles","two kitchen assistants (via the Skelbrook Tollgate)",["kitchen assistants","Skelbrook Tollgate"],"According to","assert",["told to use smaller ladles"],anon=True,via=["Skelbrook Tollgate"]),
A("plattery-dismissed","Plattery Foods",["Plattery"],"dismissed","deny",["dismissed that account"],req=False),
A("plattery-no-ladles","Plattery Foods",["company","Plattery"],"the company insisted","deny",["There were no new ladles and no new instructions"]),
A("plattery-savings","Plattery Foods",["firm","Plattery"],"The firm says","predict",["save £1.2 million a year"]),
A("x-post","a post on X",["post"],"claimed","assert",["140 cooks would lose their jobs"],anon=True,via=["X"]),
A("maddenwick-business-case","Cllr Ros Maddenwick, cabinet member for children's services",["Maddenwick","cabinet member"],"said","assert",["had not yet seen a business case"]),
A("maddenwick-signed","Cllr Ros Maddenwick",["Maddenwick"],"she said","deny",["Nobody at County Hall has signed anything"],q=True),
A("maddenwick-no-comment","Cllr Ros Maddenwick",["Maddenwick"],"declined to comment","assert",["declined to comment"],req=False),
A("sallowmere-no-jobs","Iolo Sallowmere (relaying Plattery managers)",["Sallowmere","Plattery managers"],"said ... had assured him","deny",["no jobs would go before 2027"]),
A("sallowmere-word","Iolo Sallowmere",["Sallowmere"],"he said","opinion",["I take them at their word for now"],q=True),
A("sallowmere-reheated","Iolo Sallowmere",["Sallowmere"],"(continues the quote)","opinion",["reheated food is not the same"],q=True,req=False),
A("inspection-weights","the county's public health team (summary released by the council)",["public health team","summary"],"found ... according to","assert",["between 4 and 9 per cent less"]),
A("plattery-tolerance","Plattery Foods",["Plattery"],"said","assert",["within the tolerance set in its contract"]),
A("fairtrays-notices","Fair Trays Skelbrook (parents' campaign)",["Fair Trays Skelbrook","campaign"],"says","assert",["received two formal warning notices"]),
A("fl-never-notice","Radomir Fenwarren-Lusk",["Fenwarren-Lusk"],"told Dunvellan Sound","deny",["We have never had a warning notice from the council, not one"],q=True,via=["Dunvellan Sound"]),
A("council-neither","a council spokesman",["council spokesman"],"would neither confirm nor deny","assert",["contract matters were confidential"],req=False),
A("orrelwick-petition","Jessamy Orrelwick",["Orrelwick"],"said","assert",["petition of 2,400 signatures"]),
A("orrelwick-not-accusing","Jessamy Orrelwick",["Orrelwick"],"she said","opinion",["We are not accusing the cooks of anything"],q=True),
A("orrelwick-best","Jessamy Orrelwick",["Orrelwick"],"(continues the quote)","opinion",["doing their best with what they are given"],q=True,req=False),
]
D_=[{"by":["Plattery","contractor"],"denied":["cut portion sizes to save money"],"note":"lede: contractor rejected claims it cut portions"},
{"by":["Fenwarren-Lusk"],"denied":["Our portions have not changed by a single gram"],"note":"operations director, said-X inversion"},
{"by":["Plattery","company"],"denied":["There were no new ladles and no new instructions"],"note":"'the company insisted', against the Tollgate's kitchen assistants; 'dismissed that account' optional"},
{"by":["Maddenwick"],"denied":["Nobody at County Hall has signed anything"],"note":"cabinet member against the X post"},
{"by":["Sallowmere","Plattery managers"],"denied":["no jobs would go before 2027"],"note":"union organiser relaying managers' assurance"},
{"by":["Fenwarren-Lusk"],"denied":["We have never had a warning notice from the council, not one"],"note":"told Dunvellan Sound, against Fair Trays Skelbrook"}]
AN=[{"match":["kitchen assistants","Skelbrook Tollgate"],"note":"two unnamed kitchen assistants, via the Tollgate"},{"match":["post"],"note":"unnamed post on X"}]
RL=[{"speaker":["kitchen assistants"],"outlets":["Skelbrook Tollgate"],"note":"assistants -> Tollgate"},{"speaker":["Fenwarren-Lusk"],"outlets":["Dunvellan Sound"],"note":"operations director -> station"},{"speaker":["Orrelwick"],"outlets":["Facebook group"],"note":"parent -> Facebook group"}]
DS=[{"name":"Plattery Foods","description":["school meals contractor"]},{"name":"Radomir Fenwarren-Lusk","description":["operations director"]},{"name":"Ros Maddenwick","description":["cabinet member for children's services"]},{"name":"Iolo Sallowmere","description":["regional organiser for the union that represents the cooks"]},{"name":"Fair Trays Skelbrook","description":["The parents' campaign"]}]
H=["would neither confirm nor deny"]
LF=[{"claim":["central kitchen had already been approved","140 cooks would lose their jobs"],"by":"the article ('That is false: no decision has been taken')"}]
NU=[{"value":"14,600 pupils","fact":"pupils fed"},{"value":"£38 million","fact":"contract value"},{"value":"September 2024","fact":"contract start"},{"value":"22 school kitchens","fact":"kitchens to close"},{"value":"£1.2 million a year","fact":"claimed saving"},{"value":"£2.65 a meal","fact":"price"},{"value":"3,000 times","fact":"post shares"},{"value":"140 cooks","fact":"claimed job losses"},{"value":"23 April","fact":"cabinet date"},{"value":"between 4 and 9 per cent","fact":"weight shortfall"},{"value":"2,400 signatures","fact":"petition"}]
CE=[{"cause":["close 22 school kitchens"],"effect":["save £1.2 million a year"],"note":"claimed by Plattery"},{"cause":["because of a second plan"],"effect":["The row has grown"]}]
NO=["SCHOOLS","By Wenna Castellack, Education Editor","Thursday 12 March 2026","Photo caption: Pupils queue for lunch at Cold Athelney Primary, one of three schools where parents have complained. (Picture: Skelbrook Tollgate)","The central kitchen","Cooks and warning notices","Read more: Free school meals: what families in Skelbrook can claim"]
build(N,notes,A_,D_,AN,RL,DS,H,LF,[],NU,CE,NO)
