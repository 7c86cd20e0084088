from goldlib import *
N="wethercote-field-school-governors-minutes"
notes=("Original fictional school governors' minutes (straight quotes). Noise: meeting line, Present/In attendance/Apologies lines, numbered section headings, the date of the next meeting, closing time and signature line. "
"In the minutes 'The Chair' (Mrs Orrell), 'The Headteacher' (Mr Asante-Hale), 'The Clerk' and governors by surname are the speakers; 'She asked' / 'She' = the Chair; 'He said', 'he said' in 2.3 = the Headteacher; 'he said' in 3.3 = Bewsher; 'He said' in 4.1 = Vantreight. "
"The Facebook post (author unnamed) is anonymous with the page as via and is labelled false by the minutes' own voice ('Governors agreed that the post was untrue'), which gets no entry. "
"The parent who told Dr Ellerker is anonymous hearsay matched by either. The county council's words reached the meeting through Mrs Sollas ('told her in writing'): a body denial, required, matched by either. "
"The Clerk's check of the minutes is counter-evidence (assert). 'the field was not the governors' to sell' is kept as assert (a correction of the premise, not a denial of the post). "
"The parents' letter in the Wethercote Valley Echo (group unnamed) is anonymous with the Echo as via.")
A_=[
A("facebook-post-sell","a post on the Wethercote Cross Parents Facebook page",["post on the Wethercote Cross Parents Facebook page","Facebook page"],"which claimed","assert",["sell the lower field to a firm of builders"],anon=True,via=["Wethercote Cross Parents Facebook page"]),
A("chair-never-discussed","Mrs Perpetua Orrell, Chair",["Chair","Orrell"],"The Chair said that","deny",["never discussed selling any part of the field","no offer had been received"]),
A("clerk-minutes","the Clerk (Ms Tamsin Redgrove)",["Clerk"],"The Clerk confirmed","assert",["did not appear in any minutes since 2019"]),
A("head-not-to-sell","the Headteacher (Mr Kwabena Asante-Hale)",["Headteacher"],"The Headteacher said","assert",["not the governors' to sell"]),
A("head-county-trust","the Headteacher",["Headteacher"],"He said","assert",["held in trust for the school","consent of the Secretary of State"]),
A("head-diggers","the Headteacher",["Headteacher"],"he said","opinion",["lie down in front of the diggers"],q=True),
A("parent-surveyors","a parent (unnamed), via Dr Ellerker",["parent","Ellerker"],"had told her","assert",["surveyors had been seen measuring the field"],anon=True),
A("head-engineers","the Headteacher",["Headteacher"],"The Headteacher said","deny",["drainage engineers from the county council","9 December"]),
A("council-no-plans","the county council (via Mrs Sollas)",["county council","Sollas"],"had told her in writing that","deny",["no plans to dispose of the Wethercote Cross field","received no application"],q=True,via=["in writing"]),
A("chair-write","governors",["Governors"],"agreed","assert",["write to all parents by Friday"],req=False),
A("head-year4","the Headteacher",["Headteacher"],"reported that","assert",["left at Christmas"]),
A("echo-letter-seven","a group of parents, letter in the Wethercote Valley Echo",["group of parents","Wethercote Valley Echo"],"claimed","assert",["lost seven teachers in a year"],anon=True,via=["Wethercote Valley Echo"]),
A("head-incorrect","the Headteacher",["Headteacher"],"said that figure was incorrect","deny",["three teachers had left in 2025"]),
A("bewsher-denied","Mr Lucan Bewsher, staff governor",["Bewsher","staff governor"],"denied that","deny",["told not to talk to parents about the field"]),
A("bewsher-quiet","Mr Lucan Bewsher",["Bewsher"],"he said","deny",["Nobody has told me to keep quiet"],q=True),
A("vantreight-deficit","Mr Rhodri Vantreight, Chair of the Finance Committee",["Vantreight","Finance Committee"],"said","predict",["deficit of about £18,000"],h=True),
A("vantreight-cleared","Mr Rhodri Vantreight",["Vantreight"],"He said","predict",["cleared within two years"],h=True),
A("head-grant","the Headteacher",["Headteacher"],"said","assert",["drainage grant of £46,000"],h=True),
A("orrell-email","Mrs Orrell",["Orrell"],"said","assert",["email the Clerk at any time"],req=False),
A("vantreight-declared","Mr Vantreight",["Vantreight"],"declared that","assert",["his daughter attends the school"],req=False),
]
D_=[{"by":["Chair","Orrell"],"denied":["never discussed selling any part of the field","no offer had been received"],"note":"the Chair denies the Facebook post's claim that governors agreed to sell the field"},
{"by":["Headteacher"],"denied":["drainage engineers from the county council","three teachers had left in 2025"],"note":"the Headteacher answers the surveyors story (positive words) and calls the seven-teachers figure incorrect"},
{"by":["county council","Sollas"],"denied":["no plans to dispose of the Wethercote Cross field","received no application"],"note":"the county council, in writing to Mrs Sollas, denies any plan to dispose of the field"},
{"by":["Bewsher"],"denied":["told not to talk to parents about the field","Nobody has told me to keep quiet"],"note":"the staff governor denies staff were gagged"}]
AN=[{"match":["Facebook page"],"note":"a post on the parents' Facebook page, shared more than 300 times"},
{"match":["parent"],"note":"a parent who asked not to be named, via Dr Ellerker"},
{"match":["group of parents","Wethercote Valley Echo"],"note":"a letter from a group of parents in the Wethercote Valley Echo"}]
RL=[{"speaker":["group of parents"],"outlets":["Wethercote Valley Echo"],"note":"parents' letter -> Wethercote Valley Echo -> the meeting"},
{"speaker":["county council"],"outlets":["in writing","Sollas"],"note":"county council letter -> Mrs Sollas -> the minutes"}]
DS=[{"name":"Perpetua Orrell","description":["Chair"]},{"name":"Kwabena Asante-Hale","description":["Headteacher"]},{"name":"Tamsin Redgrove","description":["Clerk"]},
{"name":"Lucan Bewsher","description":["staff governor"]},{"name":"Rhodri Vantreight","description":["The Chair of the Finance Committee"]}]
H=["likely","is expected to","is understood to","reportedly","about"]
LF=[{"claim":["sell the lower field to a firm of builders"],"by":"the minutes' own voice ('Governors agreed that the post was untrue')"},
{"claim":["lost seven teachers in a year"],"by":"the Headteacher ('that figure was incorrect')"}]
NU=[{"value":"300","fact":"times the post was shared"},{"value":"£1.2 million","fact":"sale price claimed in the post"},{"value":"2019","fact":"since when the field was only in the minutes for drainage"},
{"value":"9 December","fact":"drainage engineers' visit"},{"value":"15 January","fact":"date of the council's letter"},{"value":"seven","fact":"teachers claimed lost"},{"value":"three teachers","fact":"teachers who actually left in 2025"},
{"value":"£18,000","fact":"expected deficit"},{"value":"two years","fact":"time to clear the deficit"},{"value":"£46,000","fact":"drainage grant"},{"value":"18 March 2026","fact":"next meeting"}]
CE=[{"cause":["cost of supply teachers"],"effect":["deficit of about £18,000"]},{"cause":["because of a post on the Wethercote Cross Parents Facebook page"],"effect":["added this item"]}]
NO=["Meeting held on Wednesday 21 January 2026 at 6pm in the school library","In attendance: Ms Tamsin Redgrove (Clerk)","Apologies: Mr Oswin Fairless","1. Welcome and declarations of interest","2. The school field","3. Staffing","4. Budget","5. Any other business","6. Date of next meeting","6.1 Wednesday 18 March 2026 at 6pm.","The meeting closed at 7.35pm.","Signed ........................ (Chair)   Date .................."]
build(N,notes,A_,D_,AN,RL,DS,H,LF,[],NU,CE,NO)
