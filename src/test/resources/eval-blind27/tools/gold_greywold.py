from goldlib import *
N="greywold-heat-pump-ombudsman-decision"
notes=("Original fictional consumer ombudsman's final decision, written in the ombudsman's first person singular (straight quotes). Noise: reference line, section subheads, signature lines. "
"The ombudsman's own findings ('I prefer the survey', 'I can't fairly find', 'That isn't right: the public register ...', 'I don't doubt') are the text's own voice: no entries; 'That isn't right' labels the administration rumour false. 'told us' names the ombudsman service (the author): no via. "
"Pronoun/role sources: 'He says' = Mr Osian Trevannick; 'The salesman, Mr Tancred Dorriswell'; 'The manufacturer, Stennack-Varl'; 'its engineer's report' = Stennack-Varl's; 'It has offered' = Greywold; 'she said' = Ms Ermengarde Coldbeck. Trevannick's relay of the salesman ('told him ... \"would come down by half, at least\"') is Trevannick's entry. The neighbour's rumour is hearsay passed on by Trevannick: one anonymous entry matched by either. "
"Non-denials: 'Greywold accepts that it first fitted the wrong thermostat' (required confirm); 'Greywold declined to comment' (refusal, optional); 'Mr Trevannick rejects that suggestion outright' has its content after the colon ('he says the thermostat was never set below 20C'), one required deny entry.")
A_=[
A("trevannick-too-small","Mr Osian Trevannick",["Trevannick"],"complains that","assert",["too small for his house"]),
A("trevannick-wants","Mr Osian Trevannick",["Trevannick"],"wants","assert",["refund the £11,480 he paid"]),
A("trevannick-bills","Mr Osian Trevannick",["Trevannick"],"says","assert",["came to £2,140"]),
A("trevannick-half","Mr Osian Trevannick (relaying Greywold's salesman)",["Trevannick","salesman"],"He says ... told him","assert",["would come down by half, at least"],q=True),
A("greywold-denies-halve","Greywold Heat Ltd",["Greywold"],"denies that","deny",["its salesman promised Mr Trevannick that his bills would halve"]),
A("dorriswell-never","Mr Tancred Dorriswell, Greywold salesman",["Dorriswell","salesman"],"told us","deny",["never put a figure on savings, on paper or out loud"],q=True),
A("brochure","Greywold's brochure",["brochure"],"says only that","assert",["can cut running costs"],q=True),
A("trevannick-undersized","Mr Osian Trevannick",["Trevannick"],"also says","assert",["the unit was undersized"]),
A("greywold-not-undersized","Greywold Heat Ltd",["Greywold"],"says","deny",["the unit was not undersized"]),
A("survey-peak","Greywold's heat loss survey",["heat loss survey","survey"],"put the peak demand at","assert",["peak demand at 7.8kW"]),
A("trevannick-compressor","Mr Osian Trevannick",["Trevannick"],"believes","opinion",["the compressor is faulty"]),
A("stennack-no-fault","Stennack-Varl (manufacturer)",["Stennack-Varl","manufacturer"],"told us","deny",["there was no fault with the compressor"]),
A("stennack-report","Stennack-Varl engineer's report of 14 January 2025",["engineer's report","report"],"records that","assert",["a sensor cable had been chewed through"]),
A("greywold-accepts","Greywold Heat Ltd",["Greywold"],"accepts that","confirm",["first fitted the wrong thermostat"]),
A("greywold-16c","Greywold Heat Ltd",["Greywold"],"has suggested that","assert",["kept the thermostat at 16C"]),
A("trevannick-rejects","Mr Osian Trevannick",["Trevannick"],"rejects that suggestion outright: he says","deny",["the thermostat was never set below 20C"]),
A("thermostat-log","the thermostat's own log",["log"],"shows","assert",["a setting of 20C or 21C"]),
A("neighbour-administration","a neighbour (hearsay via Mr Trevannick)",["neighbour","Trevannick"],"told us that a neighbour had heard","assert",["had gone into administration"],anon=True),
A("register-trading","the public register of companies",["public register of companies","register"],"shows","assert",["Greywold is trading"],req=False),
A("coldbeck-careful","Ms Ermengarde Coldbeck, independent assessor",["Coldbeck","assessor"],"found","assert",["careful and, if anything, generous"],q=True),
A("coldbeck-radiators","Ms Ermengarde Coldbeck",["Coldbeck"],"she said","assert",["radiators in two bedrooms were too small"]),
A("greywold-declined","Greywold Heat Ltd",["Greywold"],"declined to comment","assert",["declined to comment on why the radiator advice"],req=False),
]
D_=[{"by":["Greywold"],"denied":["its salesman promised Mr Trevannick that his bills would halve"],"note":"business denies the promise"},
{"by":["Greywold"],"denied":["the unit was not undersized"],"note":"business denies undersizing"},
{"by":["Dorriswell"],"denied":["never put a figure on savings, on paper or out loud"],"note":"salesman, told us"},
{"by":["Stennack-Varl","manufacturer"],"denied":["there was no fault with the compressor"],"note":"manufacturer, told us"},
{"by":["Trevannick"],"denied":["the thermostat was never set below 20C"],"note":"complainant rejects Greywold's 16C suggestion"}]
AN=[{"match":["neighbour"],"note":"unnamed neighbour's rumour passed on by the complainant"}]
RL=[{"speaker":["salesman"],"outlets":["Trevannick"],"note":"salesman's alleged promise -> Trevannick -> decision"},{"speaker":["neighbour"],"outlets":["Trevannick"],"note":"neighbour -> Trevannick"}]
DS=[{"name":"Tancred Dorriswell","description":["The salesman"]},{"name":"Stennack-Varl","description":["The manufacturer"]},{"name":"Ermengarde Coldbeck","description":["An independent assessor"]},{"name":"Clodagh Vennimore","description":["Ombudsman"]}]
H=["probably","about £1,600"]
LF=[{"claim":["had gone into administration"],"by":"the ombudsman ('That isn't right: the public register of companies shows Greywold is trading')"}]
NU=[{"value":"£11,480","fact":"price paid"},{"value":"October 2024","fact":"fitted"},{"value":"£2,140","fact":"winter bills"},{"value":"£1,600","fact":"oil cost"},{"value":"17C","fact":"max temperature"},{"value":"7.8kW","fact":"peak demand"},{"value":"9kW","fact":"unit size"},{"value":"four days","fact":"breakdown"},{"value":"£250","fact":"offer"},{"value":"£450","fact":"award"},{"value":"30 April 2026","fact":"deadline"}]
CE=[{"cause":["Because the radiators were not changed"],"effect":["those rooms stayed cold"]},{"cause":["a sensor cable had been chewed through"],"effect":["stopped working for four days"]}]
NO=["Home Energy Ombudsman | Complaint reference HEO-26-04417 | Ombudsman: Clodagh Vennimore | Date: 2 April 2026","The complaint","What happened","What I've decided - and why","My final decision","Clodagh Vennimore","Ombudsman"]
build(N,notes,A_,D_,AN,RL,DS,H,LF,[],NU,CE,NO)
