from goldlib import *
N="brackfold-donkeys-trustees-report"
notes=("Original fictional charity trustees' report extract in the trustees' first person plural (straight quotes). Noise: charity number line, sections line, numbered section headings, approval and signature lines. "
"The trustees' uncued narration ('No such purchase was ever made.', 'Hallowbrook is not closing.', 'We do not say that everyone who shared these stories acted in bad faith.') is the text's own voice: no entries; the first labels the Facebook legacy claim false. 'The trustees reject that report.' is a content-less verdict (optional deny). "
"Pronoun/role sources: 'she wrote' = Ms Hermione Okonkwo-Sale (consultant vet); 'he said' = Mr Florian Macready-Tsang; 'our chair of trustees' = Mrs Ysolde Abernethy-Kwarteng; 'they said' = the auditors, Ruddlemere Scott LLP. "
"'told us in writing' names the authors: no via. The executor's 'has confirmed that the legacy was spent ... on the hay barn' is a confirmation-worded denial (required). The Marlspike's former volunteer, the volunteer coordinator and the staff member are anonymous, each via the outlet; the last two are hedged ('reportedly', 'is understood to').")
A_=[
A("marlspike-volunteer","the Sunday Marlspike, citing a former volunteer who asked not to be named",["Sunday Marlspike","Marlspike","former volunteer"],"reported, citing","assert",["their feet had been neglected"],anon=True,via=["Sunday Marlspike"]),
A("trustees-reject","the trustees",["trustees"],"reject","deny",["reject that report"],req=False),
A("vet-old-age","Ms Hermione Okonkwo-Sale, consultant vet",["Okonkwo-Sale","consultant vet","vet"],"said","deny",["died of old age and heart failure"]),
A("vet-no-neglect","Ms Hermione Okonkwo-Sale",["Okonkwo-Sale"],"she wrote in her report to the board","deny",["Neglect played no part in any of these deaths"],q=True,via=["report to the board"]),
A("marlspike-investigation","the Sunday Marlspike",["Sunday Marlspike","Marlspike"],"also reported","assert",["had opened an investigation"]),
A("council-no-investigation","the county council's animal health team",["animal health team","county council"],"told us in writing","deny",["it had opened no investigation","received no complaint about either site"]),
A("facebook-legacy","a post on a Brackfold community Facebook group",["post","Facebook group"],"It was suggested in","assert",["used to buy our chief executive a house"],anon=True,via=["Brackfold community Facebook group"]),
A("executor-confirmed","Mr Lucius Grainger-Oyelowo, executor",["Grainger-Oyelowo","executor"],"has confirmed that","deny",["on the hay barn and on the care of older animals"]),
A("macready-denied","Mr Florian Macready-Tsang, chief executive",["Macready-Tsang","chief executive"],"has denied that","deny",["he was paid a bonus in 2025"]),
A("macready-never","Mr Florian Macready-Tsang",["Macready-Tsang"],"he said","deny",["never been paid a bonus by this charity"],q=True),
A("coordinator-fallen","a volunteer coordinator, speaking to the Stirrup",["volunteer coordinator","coordinator"],"speaking to ... said","assert",["numbers had reportedly fallen"],anon=True,h=True,via=["Brackfold Stirrup"]),
A("chair-figures","Mrs Ysolde Abernethy-Kwarteng, chair of trustees",["Abernethy-Kwarteng","chair of trustees"],"told the Stirrup (split quote)","deny",["The figures are wrong","volunteer hours went up in the last quarter"],q=True,via=["Stirrup"]),
A("staff-hallowbrook","a member of staff not authorised to speak for the sanctuary",["member of staff"],"is understood to have told","assert",["would close in 2026"],anon=True,h=True,via=["Stirrup"]),
A("stirrup-declined","the Brackfold Stirrup",["Brackfold Stirrup","Stirrup"],"declined to say","assert",["declined to say who its source was"],req=False),
A("auditors-nothing","Ruddlemere Scott LLP, auditors",["Ruddlemere Scott","auditors"],"they said","assert",["found nothing in the sanctuary's records"]),
A("trustees-expect-hay","the trustees (we)",["trustees","Brackfold Donkey Sanctuary"],"We expect","predict",["rise by about 15 per cent"],req=False),
]
D_=[{"by":["Okonkwo-Sale","vet"],"denied":["died of old age and heart failure","Neglect played no part in any of these deaths"],"note":"the vet: deaths from old age, not neglect (against the Marlspike report)"},
{"by":["animal health team","county council"],"denied":["it had opened no investigation"],"note":"the council team: no investigation, no complaint"},
{"by":["Grainger-Oyelowo","executor"],"denied":["on the hay barn and on the care of older animals"],"note":"the executor's confirmation-worded denial of the house purchase claim"},
{"by":["Macready-Tsang"],"denied":["he was paid a bonus in 2025","never been paid a bonus by this charity"],"note":"the chief executive denies a bonus"},
{"by":["Abernethy-Kwarteng"],"denied":["The figures are wrong"],"note":"the chair, split quote via the Stirrup, against falling volunteer numbers"}]
AN=[{"match":["former volunteer","Sunday Marlspike"],"note":"a former volunteer who asked not to be named, via the Sunday Marlspike"},
{"match":["Facebook group","post"],"note":"a Facebook group post (labelled false)"},{"match":["volunteer coordinator"],"note":"an unnamed volunteer coordinator, via the Stirrup"},
{"match":["member of staff"],"note":"a member of staff not authorised to speak, via the Stirrup"}]
RL=[{"speaker":["former volunteer"],"outlets":["Sunday Marlspike"],"note":"volunteer -> Marlspike"},{"speaker":["Abernethy-Kwarteng"],"outlets":["Stirrup"],"note":"chair -> Stirrup"},
{"speaker":["member of staff"],"outlets":["Stirrup"],"note":"staff member -> Stirrup"}]
DS=[{"name":"Hermione Okonkwo-Sale","description":["Our consultant vet"]},{"name":"Lucius Grainger-Oyelowo","description":["The executor of the estate"]},
{"name":"Florian Macready-Tsang","description":["Our chief executive"]},{"name":"Ysolde Abernethy-Kwarteng","description":["our chair of trustees"]},{"name":"Ruddlemere Scott LLP","description":["Our auditors"]}]
H=["reportedly","is understood to"]
LF=[{"claim":["used to buy our chief executive a house"],"by":"the report itself ('No such purchase was ever made.')"},{"claim":["would close in 2026"],"by":"the report itself ('Hallowbrook is not closing.')"}]
NU=[{"value":"214 donkeys and mules","fact":"animals cared for"},{"value":"196","fact":"2024"},{"value":"41, 38 and 44","fact":"ages"},{"value":"£612,400","fact":"legacy"},{"value":"£58,900","fact":"salary"},
{"value":"140 volunteers","fact":"volunteers"},{"value":"£1,396,000","fact":"income"},{"value":"£604,000","fact":"free reserves"},{"value":"about 15 per cent","fact":"hay cost rise"}]
CE=[]
NO=["Registered charity number 1187463","Sections 4 to 7 of the Trustees' Annual Report and Financial Statements","4. Review of the year","5. Matters of public concern","6. Staff and volunteers","7. Financial review","Approved by the trustees on 12 May 2026 and signed on their behalf by","Ysolde Abernethy-Kwarteng, Chair of Trustees"]
build(N,notes,A_,D_,AN,RL,DS,H,LF,[],NU,CE,NO)
