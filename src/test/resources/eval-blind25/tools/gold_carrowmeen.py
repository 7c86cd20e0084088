from goldlib import *
N="carrowmeen-potato-price-agriculture-reporter"
notes=("Original fictional agriculture reporter's article (straight quotes). Noise: section line FARMING, byline, date line, photo caption, 'Read more:' line. "
"Pronoun/role sources: 'He said the co-operative would review' = Tregembo; 'she said' (liar quote) = Rowse; 'she told Radio Trevanion' = Jago; 'he said'/'He expected' = Carnsew. "
"'told this newspaper' names the article's own outlet: no via. Haulm Weekly's report citing two unnamed board members is one anonymous entry with Haulm Weekly as via. "
"The WhatsApp cheese-plant rumour is labelled false by the article ('That is mistaken: title register records show ...'); title register records cited as subject are required assert. "
"Rowse's 'I am not calling anyone a liar' is opinion with 'not' (planted non-denial). Headline 'rejects claims' is an optional deny.")
A_=[
A("headline-rejects","Carrowmeen Potato Marketing",["Potato co-operative"],"rejects claims (headline)","deny",["cut its price again in spring"],req=False),
A("quenby-lede-rejects","Carrowmeen Potato Marketing",["Carrowmeen Potato Marketing"],"has dismissed reports that","deny",["preparing a second cut"]),
A("parlour-board-members","two unnamed board members via Haulm Weekly",["board members","Haulm Weekly"],"said ..., citing","assert",["further cut of £15","planned for April"],anon=True,via=["Haulm Weekly"]),
A("board-members-contract","two unnamed board members",["board members"],"were quoted as saying","assert",["large crisp contract had been lost"],anon=True,via=["Haulm Weekly"]),
A("penhallow-no-cut","Idris Tregembo, chief executive",["Tregembo","chief executive"],"said ..., in a statement to members","deny",["no April cut on the table","no contract has been lost"],q=True,via=["statement to members"]),
A("penhallow-2027","Idris Tregembo",["Tregembo"],"(continues the quote)","deny",["runs until the end of 2027"],req=False,q=True),
A("penhallow-cream","Idris Tregembo",["Tregembo"],"told this newspaper","assert",["fall in prices for processing potatoes","18 per cent"]),
A("penhallow-june","Idris Tregembo",["Tregembo"],"He said","assert",["review the price in June"]),
A("fenmarsh-denied","Fenmarsh Crisps",["Fenmarsh Crisps"],"also denied the report","deny",["also denied the report"],req=False),
A("fenmarsh-spokeswoman","spokeswoman for Fenmarsh Crisps",["spokeswoman","crisp maker"],"A spokeswoman ... said","deny",["has not been cancelled, suspended or reopened","placed no new orders"],q=True),
A("rowse-hold-steady","Gwenllian Rowse, farmer",["Rowse"],"said","assert",["hold steady for the year","cut them twice"],q=True),
A("rowse-liar","Gwenllian Rowse",["Rowse"],"she said","opinion",["not calling anyone a liar"],q=True),
A("rowse-before","Gwenllian Rowse",["Rowse"],"(continues the quote)","opinion",["heard this before"],req=False,q=True),
A("whatsapp-cheese-plant","a rumour in a WhatsApp group for arable farmers",["WhatsApp group","rumour"],"claimed","assert",["sold its grading plant at Lanreath"],anon=True,via=["WhatsApp group"]),
A("land-registry","title register records",["title register records"],"show","assert",["still owned by Carrowmeen Potato Marketing","90,000 tonnes"]),
A("whatsapp-jago","another message in the WhatsApp group",["message in the same group"],"said","assert",["had resigned"],anon=True,via=["same group"]),
A("jago-denied","Morwenna Jago, finance director",["Jago"],"denied that","deny",["she was leaving"]),
A("jago-desk","Morwenna Jago",["Jago"],"she told Radio Trevanion","deny",["at my desk at seven this morning"],q=True,via=["Radio Trevanion"]),
A("carnsew-recover","Lucius Carnsew, agricultural economist",["Carnsew","agricultural economist"],"said","predict",["likely to recover by the summer"],h=True),
A("carnsew-cycles","Lucius Carnsew",["Carnsew"],"he said","opinion",["move in cycles","near the bottom"],q=True),
A("carnsew-flush","Lucius Carnsew",["Carnsew"],"He expected","predict",["large stocks left in farm stores","until May"]),
A("penhallow-floor","Idris Tregembo",["Tregembo"],"said","assert",["questions from the floor"],q=True),
A("parlour-stands","Haulm Weekly",["Haulm Weekly"],"said","assert",["its story was accurate"]),
]
D_=[{"by":["Carrowmeen Potato Marketing","Tregembo"],"denied":["preparing a second cut","no April cut on the table","no contract has been lost"],"note":"the co-operative and its chief executive reject the Haulm Weekly report of an April cut and a lost contract"},
{"by":["Fenmarsh Crisps","spokeswoman"],"denied":["has not been cancelled, suspended or reopened","placed no new orders"],"note":"the crisp maker denies the contract was lost"},
{"by":["Jago"],"denied":["she was leaving","at my desk at seven this morning"],"note":"the finance director denies resigning (WhatsApp message)"}]
AN=[{"match":["board members","Haulm Weekly"],"note":"two board members who asked not to be named, via Haulm Weekly"},
{"match":["WhatsApp group"],"note":"messages in a WhatsApp group for arable farmers"}]
RL=[{"speaker":["board members"],"outlets":["Haulm Weekly"],"note":"unnamed board members -> Haulm Weekly -> this article"},
{"speaker":["Jago"],"outlets":["Radio Trevanion"],"note":"Jago -> Radio Trevanion -> this article"}]
DS=[{"name":"Carrowmeen Potato Marketing","description":["the farmer-owned co-operative that buys potatoes from 312 farms in the county"]},
{"name":"Haulm Weekly","description":["the trade paper"]},
{"name":"Idris Tregembo","description":["the co-operative's chief executive"]},
{"name":"Gwenllian Rowse","description":["who grows 140 acres of potatoes at Polwithen Farm"]},
{"name":"Morwenna Jago","description":["finance director"]},
{"name":"Lucius Carnsew","description":["an agricultural economist at Penmorva University"]}]
H=["is understood to","reportedly","likely","could","about"]
LF=[{"claim":["sold its grading plant at Lanreath"],"by":"the article itself ('That is mistaken: title register records show the plant is still owned by Carrowmeen Potato Marketing')"}]
NU=[{"value":"312","fact":"member farms"},{"value":"£11","fact":"February cut per litre"},{"value":"£164","fact":"price after the cut"},
{"value":"1 February","fact":"date of the first cut"},{"value":"£15","fact":"further cut claimed by Haulm Weekly"},{"value":"2027","fact":"Fenmarsh contract end"},
{"value":"18 per cent","fact":"fall in prices for processing potatoes"},{"value":"140","fact":"acres of potatoes Rowse grows"},{"value":"90,000 tonnes","fact":"processed at Lanreath last year"},
{"value":"22 April","fact":"members' meeting on the accounts"}]
CE=[{"cause":["fall in prices for processing potatoes"],"effect":["February cut had been forced"]},{"cause":["large stocks left in farm stores"],"effect":["keep prices under pressure"]}]
NO=["FARMING","By Hester Gwilliam, Agriculture Reporter","Published 14 March 2026","Photo caption: Potatoes being graded at a member farm near Tregarrow. (Hester Gwilliam)","Read more: How potato prices are set"]
build(N,notes,A_,D_,AN,RL,DS,H,LF,[],NU,CE,NO)
