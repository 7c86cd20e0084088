from goldlib import *
N="osserby-court-lift-notice-to-tenants"
notes=("Original fictional landlord's notice to tenants, written in the landlord's first person plural ('we', 'our'); the landlord, Calderwyn Homes, is named only in the letterhead and the sign-off (straight quotes). Noise: letterhead line, date/distribution line, subheads, sign-off lines. "
"The authors' uncued narration ('It is true that a tenant was trapped ...', 'we accept that this was far too long', 'He is right, and we are sorry.', 'We will not comment on compensation until that meeting has been held.') is the text's own voice: no entries. 'has told us', 'told us' name the authors: no via. 'Our repairs director, Devika Castlemayne' and 'Our lift contractor' are named/role speakers with cues. "
"Pronoun/role sources: 'Tregaskin's managing director, Owain Bellingrath' ('he told the Harnsworth Gazette'); 'She told the Gazette' = the unnamed trapped tenant (anonymous, via the Gazette); 'he said' = Mr Kwesi Hollowell (quote split by its attribution, one entry). "
"Non-denials: 'rejected that firmly' (content-less, optional deny; content follows in the quote); Hollowell's split quote confirms a broken promise (assert); the authors' refusal to comment on compensation (no entry); the leaflet (unnamed, anonymous) and the Gazette's anonymous engineer are the claims denied.")
A_=[
A("contractor-motor","Calderwyn's lift contractor (Tregaskin Lifts)",["lift contractor","contractor"],"has told us","predict",["delivered on 13 March and fitted on 16 March"]),
A("tenants-told-bust","unnamed people telling tenants",["Some tenants"],"have been told","assert",["has gone bust"],anon=True,req=False),
A("bellingrath-rejected","Owain Bellingrath, managing director, Tregaskin Lifts",["Bellingrath","managing director"],"rejected that firmly","deny",["rejected that firmly"],req=False),
A("bellingrath-not-administration","Owain Bellingrath",["Bellingrath"],"he told the Harnsworth Gazette","deny",["We are not in administration, we are not in any difficulty"],q=True,via=["Harnsworth Gazette"]),
A("leaflet-340","a leaflet put through some doors",["leaflet"],"said","assert",["each household would be charged £340"],anon=True),
A("castlemayne-penny","Devika Castlemayne, repairs director",["Castlemayne","repairs director"],"said:","deny",["Not one penny of this repair will appear on anyone's rent or service charge"],q=True),
A("engineer-failed","an engineer quoted anonymously in the Gazette",["engineer","Gazette"],"said","assert",["failed its last safety inspection"],anon=True,via=["Gazette"]),
A("quenbrook-passed","Quenbrook Engineering Surveys, the insurer's inspector",["Quenbrook Engineering Surveys","inspector"],"told us","deny",["the lift passed its inspection on 9 December 2025"]),
A("fire-plan","the fire and rescue service",["fire and rescue service"],"told us","deny",["the lift was never part of it","evacuation plan for Osserby Court has not changed"]),
A("council-no-notice","the council's private sector housing team",["private sector housing team","council"],"has told us","deny",["it has served no notice of any kind on this building"]),
A("tenant-trapped","a tenant trapped in the lift (unnamed)",["She","tenant"],"She told the Gazette","assert",["Three hours in the dark with my shopping"],q=True,anon=True,via=["Gazette"]),
A("hollowell-promised","Mr Kwesi Hollowell, chair, Osserby Court Tenants' Association",["Hollowell","chair"],"said","assert",["promised a fortnight's wait"]),
A("hollowell-two-weeks","Mr Kwesi Hollowell",["Hollowell"],"he said","assert",["We were told the lift would be back in two weeks"],q=True),
A("hollowell-compensation","Mr Kwesi Hollowell",["Hollowell"],"said","predict",["ask for compensation for every household"]),
]
D_=[{"by":["Bellingrath"],"denied":["We are not in administration, we are not in any difficulty"],"note":"contractor MD via the Gazette; 'rejected that firmly' optional"},
{"by":["Castlemayne"],"denied":["Not one penny of this repair will appear on anyone's rent or service charge"],"note":"repairs director against the £340 leaflet"},
{"by":["Quenbrook Engineering Surveys","inspector"],"denied":["the lift passed its inspection on 9 December 2025"],"note":"positively worded, against the anonymous engineer"},
{"by":["fire and rescue service"],"denied":["the lift was never part of it"],"note":"body denial in reported speech"},
{"by":["private sector housing team"],"denied":["it has served no notice of any kind on this building"],"note":"council team, against the closure story"}]
AN=[{"match":["engineer"],"note":"engineer quoted anonymously in the Gazette"},{"match":["leaflet"],"note":"unsigned leaflet"},{"match":["She","tenant"],"note":"unnamed trapped tenant, via the Gazette"},{"match":["Some tenants"],"note":"unnamed people telling tenants the contractor had gone bust"}]
RL=[{"speaker":["Bellingrath"],"outlets":["Harnsworth Gazette"],"note":"MD -> Gazette"},{"speaker":["engineer"],"outlets":["Gazette"],"note":"engineer -> Gazette"},{"speaker":["tenant"],"outlets":["Gazette"],"note":"trapped tenant -> Gazette"}]
DS=[{"name":"Tregaskin Lifts","description":["the contractor"]},{"name":"Owain Bellingrath","description":["managing director"]},{"name":"Devika Castlemayne","description":["Our repairs director"]},{"name":"Quenbrook Engineering Surveys","description":["The insurer's inspector"]},{"name":"Kwesi Hollowell","description":["The chair of the Osserby Court Tenants' Association"]}]
H=["should be back","about £32,600"]
LF=[{"claim":["each household would be charged £340"],"by":"the authors ('That is not true.')"}]
NU=[{"value":"2 February","fact":"lift out since"},{"value":"96 flats","fact":"flats"},{"value":"13 March","fact":"motor delivery"},{"value":"16 March","fact":"fitting"},{"value":"20 March","fact":"back in use"},{"value":"41 engineers","fact":"contractor staff"},{"value":"£340","fact":"claimed charge"},{"value":"£32,600","fact":"cost"},{"value":"9 December 2025","fact":"inspection"},{"value":"three hours","fact":"trapped"},{"value":"40 minutes","fact":"alarm answered"},{"value":"11 households","fact":"moved"}]
CE=[{"cause":["when the motor failed"],"effect":["trapped in the lift for three hours"]},{"cause":["Because the stairs are now the only way up"],"effect":["we have added extra lighting on every landing"]}]
NO=["Calderwyn Homes, Tenancy Services, 4 Quayfoot Street, Harnsworth","Date: 6 March 2026 | To be displayed in the entrance hall and delivered to all 96 flats","When the lift will be back","Who pays for the repair","Safety and the inspection","What happened on 2 February","Help while the lift is out","Tenancy Services","Calderwyn Homes | 0800 046 7731 | osserby@calderwyn.example"]
build(N,notes,A_,D_,AN,RL,DS,H,LF,[],NU,CE,NO)
