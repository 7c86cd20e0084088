from goldlib import *
N="tolvern-narrowboat-travel-editor"
notes=("Original fictional travel editor's article (straight quotes). Noise: section line, byline, date line, photo caption, subheads, 'Read more:' line. "
"Pronoun/role sources: 'It said' = Kestlebrook Boat Holidays (the company); 'its head of operations' = the Fennick Waterways Board's Crispin Ngata-Wolde; 'he told Radio Fennick' = Bartholomew Ezeani-Pryce; 'Its chair' = the Canal Holiday Operators Association's. "
"'No such repair was ever made ..., the company said' is a required deny (said-X after the content). The former engineer via Towpath & Tiller is anonymous with via. The forum post is labelled false by the article ('That is false: the company's filed accounts show ...'; the accounts entry optional). "
"Non-denials: 'would not speculate' (refusal, optional), 'was not blaming anyone' and 'I am not saying the company lied to me' (opinion), the association chair's 'declined to comment' (optional), 'is understood to' and 'appear to show' (article hedges; the early findings are a hedged required assert), a person familiar with the talks (anonymous).")
A_=[
A("headline-safe","the firm (headline)",["firm"],"says","deny",["its boats are safe"],req=False),
A("kestlebrook-rejected","Kestlebrook Boat Holidays (the canal holiday company)",["canal holiday company","Kestlebrook"],"has rejected suggestions that","deny",["its boats are unsafe after one of its narrowboats sank"]),
A("ferreira-passed","Jocasta Ferreira-Dunmore, managing director",["Ferreira-Dunmore","managing director"],"said ... in a statement","deny",["passed its safety examination this year"],q=True,via=["statement"]),
A("ferreira-no-fault","Jocasta Ferreira-Dunmore",["Ferreira-Dunmore"],"(continues the quote)","deny",["did not sink because of a fault in the boat"],q=True,req=False),
A("ezeani-jammed","Bartholomew Ezeani-Pryce, the hirer",["Ezeani-Pryce","hirer"],"told the Tolvern Gazette","assert",["had jammed open"],via=["Tolvern Gazette"]),
A("staff-patched","boatyard staff (via the hirer)",["Ezeani-Pryce","staff"],"had told him","assert",["had been \"patched\" the week before"],via=["Tolvern Gazette"]),
A("company-no-repair","Kestlebrook (the company)",["company","Kestlebrook"],"the company said","deny",["No such repair was ever made to the Marigold Dawn"]),
A("company-log","Kestlebrook (the company)",["company","Kestlebrook"],"It said","assert",["no work on the hull since it was blacked"]),
A("board-disputed","the Fennick Waterways Board",["Fennick Waterways Board","board"],"disputed","deny",["disputed the family's account of the sluice"],req=False),
A("ngata-did-not-fail","Crispin Ngata-Wolde, head of operations",["Ngata-Wolde","head of operations"],"said","deny",["The gear on Lock 17 did not fail"],q=True),
A("ngata-never","Crispin Ngata-Wolde",["Ngata-Wolde"],"(continues the quote)","deny",["That never happened","checked it within an hour"],q=True),
A("board-findings","the board's early findings",["findings","board"],"appear to show","assert",["caught on the lock cill"],h=True),
A("ngata-speculate","Crispin Ngata-Wolde",["Ngata-Wolde"],"said he would not speculate","assert",["would not speculate"],req=False),
A("ezeani-not-blaming","Bartholomew Ezeani-Pryce",["Ezeani-Pryce"],"said","opinion",["was not blaming anyone yet"]),
A("ezeani-not-lied","Bartholomew Ezeani-Pryce",["Ezeani-Pryce"],"he told","opinion",["not saying the company lied to me"],q=True,via=["Radio Fennick"]),
A("ezeani-want-know","Bartholomew Ezeani-Pryce",["Ezeani-Pryce"],"(continues the quote)","assert",["want to know what happened"],q=True,req=False,via=["Radio Fennick"]),
A("engineer-checks","a former engineer at the Kestlebrook yard who asked not to be named",["former engineer","engineer"],"told the boating magazine","assert",["cut from two days a boat to one"],anon=True,via=["Towpath & Tiller"]),
A("ferreira-not-correct","Jocasta Ferreira-Dunmore",["Ferreira-Dunmore"],"said","deny",["That is not correct"],q=True),
A("ferreira-two-days","Jocasta Ferreira-Dunmore",["Ferreira-Dunmore"],"(continues the quote)","deny",["two full working days"],q=True,req=False),
A("forum-administration","a post on a boating forum",["post","forum"],"claimed","assert",["gone into administration"],anon=True,via=["boating forum"]),
A("accounts-profit","the company's filed accounts",["filed accounts","accounts"],"show","assert",["a profit of £212,000"],req=False),
A("person-familiar-talks","a person familiar with the talks",["person familiar"],"said","assert",["had not yet accepted"],anon=True),
A("association-sinkings","the Canal Holiday Operators Association",["Canal Holiday Operators Association","association"],"said","assert",["14 sinkings in locks in 2025"]),
A("association-declined","Wilhelmus Tarrant-Obuya, chair",["Tarrant-Obuya","chair"],"declined to comment","assert",["declined to comment on the Tolvern case"],req=False),
A("association-advice","the association",["association"],"advises","assert",["keep a boat well forward"]),
]
D_=[{"by":["Kestlebrook","canal holiday company"],"denied":["its boats are unsafe after one of its narrowboats sank"],"note":"lede: the company rejects suggestions its boats are unsafe"},
{"by":["Ferreira-Dunmore"],"denied":["passed its safety examination this year","That is not correct"],"note":"managing director: statement; and 'That is not correct' to the former engineer's claim"},
{"by":["company","Kestlebrook"],"denied":["No such repair was ever made to the Marigold Dawn"],"note":"no such repair was ever made (against the hirer's 'patched')"},
{"by":["Ngata-Wolde","Fennick Waterways Board"],"denied":["The gear on Lock 17 did not fail","That never happened"],"note":"the board disputes the sluice account"}]
AN=[{"match":["former engineer"],"note":"a former engineer who asked not to be named, via Towpath & Tiller"},
{"match":["forum","post"],"note":"a post on a boating forum (labelled false)"},{"match":["person familiar"],"note":"a person familiar with the talks"}]
RL=[{"speaker":["Ezeani-Pryce"],"outlets":["Tolvern Gazette"],"note":"hirer -> Tolvern Gazette"},{"speaker":["Ezeani-Pryce"],"outlets":["Radio Fennick"],"note":"hirer -> Radio Fennick"},
{"speaker":["former engineer"],"outlets":["Towpath & Tiller"],"note":"engineer -> magazine"}]
DS=[{"name":"Jocasta Ferreira-Dunmore","description":["managing director of Kestlebrook Boat Holidays"]},{"name":"Crispin Ngata-Wolde","description":["its head of operations"]},
{"name":"Bartholomew Ezeani-Pryce","description":["The hirer"]},{"name":"Wilhelmus Tarrant-Obuya","description":["Its chair"]}]
H=["is understood to","appear to show"]
LF=[{"claim":["gone into administration"],"by":"the article ('That is false: ...')"}]
NU=[{"value":"six","fact":"people on board"},{"value":"Lock 17","fact":"lock"},{"value":"28 boats","fact":"fleet"},{"value":"£212,000","fact":"2025 profit"},{"value":"£1,480","fact":"refund"},{"value":"14 sinkings","fact":"2025"},{"value":"nine in 2024","fact":"2024 sinkings"}]
CE=[{"cause":["caught on the lock cill"],"effect":["a common cause of sinkings"]}]
NO=["TRAVEL","By Perpetua Lindqvist-Adeyemi, Travel Editor","Saturday 18 April 2026","The Marigold Dawn being lifted from Lock 17 on Wednesday. Photograph: Cosimo Adebayo-Thirlwell","Who runs the lock?","Checks and refunds","What hirers should check","Read more: Ten quiet canal routes for a first boating holiday"]
build(N,notes,A_,D_,AN,RL,DS,H,LF,[],NU,CE,NO)
