from goldlib import *
N="gorsemere-plots-plotholders-society-bulletin"
notes=("Original fictional plotholders' society bulletin in the Hon. Secretary's first person singular (straight quotes). Noise: issue line, 'Edited by' line, subheads, sign-off and signature lines. "
"The Secretary's uncued narration ('No.' under 'Is the site being sold?', 'It was not.', 'Every word of that is mistaken.') is the text's own voice: no entries; 'Every word of that is mistaken.' labels the leaflet claim false. "
"Pronoun/role sources: 'she wrote', 'She added' = Mrs Wilhelmina Crabtree-Moss (the council's head of property); 'She said' = Mrs Penwarden (the chair); 'he told the Gorsemere Herald' = Mr Sixsmith (the treasurer). "
"'replied' to the author and 'asked me not to print his name' name the author: no via. The plotholder's hearsay from a surveyor in the car park is one anonymous entry matched by either. "
"'The council says it sent no surveyor' is a body denial (required). 'Not one pound' is a content-less verdict (optional deny). 'has reportedly increased the water charge' and 'is understood to' are the bulletin's own hedges, no entries.")
A_=[
A("facebook-merchant","a story on the site and in the Gorsemere community Facebook group",["Facebook group","story"],"a story has gone round","assert",["sell the growing site to a builders' merchant"],anon=True,via=["Gorsemere community Facebook group"]),
A("crabtree-no-plans","Mrs Wilhelmina Crabtree-Moss, the council's head of property",["Crabtree-Moss","head of property"],"she wrote","deny",["no plans to sell or develop","no builders' merchant or any other buyer has approached us"],q=True),
A("crabtree-statutory","Mrs Wilhelmina Crabtree-Moss",["Crabtree-Moss"],"She added","assert",["protected growing land"]),
A("plotholder-surveyor","a plotholder (unnamed), told by a surveyor",["plotholder","surveyor"],"says he was told by","predict",["houses by 2028"],q=True,anon=True),
A("council-no-surveyor","the borough council",["council"],"The council says","deny",["sent no surveyor to Gorsemere Lane"]),
A("leaflet-lead","a leaflet pushed through letterboxes on Sorrel Street",["leaflet"],"claimed","assert",["contaminated with lead","unsafe to eat"],anon=True),
A("lab-lead-levels","Brantwell Soil Services, the laboratory",["Brantwell Soil Services","laboratory"],"found","assert",["between 41 and 88 milligrams"]),
A("penwarden-frightened","Mrs Haldis Penwarden, chair",["Penwarden","chair"],"said","opinion",["frightened some of our older members"],q=True),
A("penwarden-who","Mrs Haldis Penwarden",["Penwarden"],"She said","assert",["who wrote it"],req=False),
A("sixsmith-denied","Mr Eamon Sixsmith, treasurer",["Sixsmith","treasurer"],"has denied that","deny",["any society money was spent on it"]),
A("sixsmith-penny","Mr Eamon Sixsmith",["Sixsmith"],"he told","deny",["Not one pound"],req=False,q=True,via=["Gorsemere Herald"]),
A("sixsmith-receipts","Mr Eamon Sixsmith",["Sixsmith"],"(continues the quote)","assert",["receipts are in the tin"],req=False,q=True,via=["Gorsemere Herald"]),
A("sixsmith-balance","Mr Eamon Sixsmith",["Sixsmith"],"said","assert",["£2,914"]),
A("penwarden-expects","Mrs Haldis Penwarden",["Penwarden"],"said she expects","predict",["every empty plot to be let by June"]),
]
D_=[{"by":["Crabtree-Moss","head of property"],"denied":["no plans to sell or develop","no builders' merchant or any other buyer has approached us"],"note":"the council's head of property denies any sale to a builders' merchant"},
{"by":["council"],"denied":["sent no surveyor to Gorsemere Lane"],"note":"the council denies sending a surveyor (the plotholder's story)"},
{"by":["Sixsmith","treasurer"],"denied":["any society money was spent on it"],"note":"the treasurer denies society money was spent on the shed"}]
AN=[{"match":["Facebook group"],"note":"a story going round the site and the community Facebook group"},
{"match":["plotholder","surveyor"],"note":"a plotholder who asked not to be named, repeating an unnamed surveyor"},
{"match":["leaflet"],"note":"an unsigned leaflet on Sorrel Street (labelled false)"}]
RL=[{"speaker":["Sixsmith"],"outlets":["Gorsemere Herald"],"note":"Sixsmith -> Gorsemere Herald -> the bulletin"}]
DS=[{"name":"Ferdinand Oakshott","description":["Hon. Secretary"]},{"name":"Wilhelmina Crabtree-Moss","description":["its head of property"]},
{"name":"Haldis Penwarden","description":["Our chair"]},{"name":"Eamon Sixsmith","description":["the treasurer"]},{"name":"Brantwell Soil Services","description":["the laboratory"]}]
H=["is understood to","reportedly"]
LF=[{"claim":["contaminated with lead"],"by":"the bulletin itself ('Every word of that is mistaken.' followed by the laboratory's results)"}]
NU=[{"value":"18 April","fact":"manure delivery"},{"value":"£3.5 million","fact":"claimed sale price"},{"value":"9 March","fact":"date of the council's reply"},{"value":"2028","fact":"year in the surveyor hearsay"},
{"value":"12 plots","fact":"plots tested"},{"value":"between 41 and 88","fact":"lead levels in mg/kg"},{"value":"200","fact":"guidance level of concern"},
{"value":"£2,914","fact":"year-end balance"},{"value":"£2,377","fact":"balance a year earlier"},{"value":"£4","fact":"rent rise per plot"},{"value":"37","fact":"people on the waiting list"},{"value":"16 May","fact":"annual meeting"}]
CE=[{"cause":["increased the water charge by a fifth"],"effect":["Rents will rise by £4 a plot"]},{"cause":["protected growing land"],"effect":["could not sell it without the permission"]}]
NO=["Issue 63, April 2026","Edited by Ferdinand Oakshott, Hon. Secretary","From the Secretary's shed","Is the site being sold?","The soil","The accounts","Rents and the waiting list","Ferdinand Oakshott, Hon. Secretary","Plot 14, or the shed, most Sunday mornings"]
build(N,notes,A_,D_,AN,RL,DS,H,LF,[],NU,CE,NO)
