from goldlib import *
N="ferncastle-heat-network-letter-to-residents"
notes=("Original fictional letter to residents from a heat network operator's managing director, in her first person singular and the company's 'we' (straight quotes). Noise: sender line, 'To:' line, date line, salutation, subheads, sign-off, signature and contact lines. "
"The author's uncued narration ('That figure is wrong.', 'That never happened.', 'I agree with her, and I am sorry.', 'reportedly received eight complaints') is the text's own voice: no entries; 'That figure is wrong' labels the Observer's 60 per cent false. "
"'said when I asked him' names the author: no via. Pronoun/role sources: 'It said' = Ferncastle Homes; 'she said' = Mrs Philomena Harkaway-Dube; 'The panel' = the Heat Network Standards Panel; '\"Every flat ...,\" said Mr Obinna-Pelling' is a said-X inversion. "
"The engineer relayed by the Ferncastle Observer is anonymous with via. Harkaway-Dube's 'had been told the same by the landlord's housing director' is a third-party relay of the landlord's denial (content-less, optional deny). Non-denials: 'I don't think anyone is lying to us' (opinion); the panel's 'declined to say more' (refusal, inside a required entry).")
A_=[
A("engineer-switched-off","an engineer not authorised to speak to the press",["engineer"],"told the Ferncastle Observer","assert",["switched off weeks earlier to save gas"],anon=True,via=["Ferncastle Observer"]),
A("obinna-not-switched","Mr Thaddeus Obinna-Pelling, operations director",["Obinna-Pelling","operations director"],"said","deny",["The back-up boiler was not switched off"],q=True),
A("obinna-valve","Mr Thaddeus Obinna-Pelling",["Obinna-Pelling"],"(continues the quote)","assert",["a valve failed to open"],q=True,req=False),
A("manufacturer-valve","the manufacturer's engineer",["manufacturer's engineer","manufacturer"],"found","assert",["found a failed valve"]),
A("observer-60","the Ferncastle Observer",["Observer"],"also reported","assert",["rise by 60 per cent"]),
A("board-agreed","the Vantreth Heat board",["board"],"agreed","assert",["6.2 per cent"]),
A("ferncastle-not-selling","a spokeswoman for Ferncastle Homes",["Ferncastle Homes","spokeswoman"],"said","deny",["has not sold, and is not selling, the energy centre"],q=True),
A("ferncastle-misreading","Ferncastle Homes",["Ferncastle Homes"],"It said","assert",["misreading of a planning notice"]),
A("harkaway-told-same","Mrs Philomena Harkaway-Dube (relaying the landlord's housing director)",["Harkaway-Dube","housing director"],"said ... had been told","deny",["told the same by the landlord's housing director"],req=False),
A("harkaway-not-lying","Mrs Philomena Harkaway-Dube",["Harkaway-Dube"],"she said","opinion",["I don't think anyone is lying to us"],q=True),
A("harkaway-deserve","Mrs Philomena Harkaway-Dube",["Harkaway-Dube"],"(continues the quote)","opinion",["deserve more than a letter"],q=True,req=False),
A("arrears-rumour","residents' hearsay (some of you have heard)",["Some of you"],"have heard","assert",["left off the restart list on purpose"],anon=True,req=False),
A("obinna-every-flat","Mr Thaddeus Obinna-Pelling",["Obinna-Pelling"],"said (inversion)","deny",["Every flat was brought back at the same time"],q=True),
A("whatsapp-fined","a post in the estate's WhatsApp group",["post","WhatsApp group"],"said","assert",["had already fined us"],anon=True,via=["WhatsApp group"]),
A("panel-no-fine","the Heat Network Standards Panel",["panel","Heat Network Standards Panel"],"told the Observer","deny",["no fine had been imposed"],via=["Observer"]),
A("panel-decide","the Heat Network Standards Panel",["panel","Heat Network Standards Panel"],"told the Observer","predict",["decide next month whether to open a formal review"],via=["Observer"]),
]
D_=[{"by":["Obinna-Pelling"],"denied":["The back-up boiler was not switched off","Every flat was brought back at the same time"],"note":"operations director: boiler not switched off; arrears households not left off (said-X inversion)"},
{"by":["Ferncastle Homes","spokeswoman"],"denied":["has not sold, and is not selling, the energy centre"],"note":"landlord: no sale of the energy centre"},
{"by":["panel"],"denied":["no fine had been imposed"],"note":"the regulator, via the Observer, against the WhatsApp post"}]
AN=[{"match":["engineer"],"note":"an engineer not authorised to speak to the press, via the Ferncastle Observer"},{"match":["WhatsApp group","post"],"note":"a WhatsApp group post"},{"match":["Some of you"],"note":"arrears hearsay (labelled false by the author)"}]
RL=[{"speaker":["engineer"],"outlets":["Ferncastle Observer"],"note":"engineer -> Observer"},{"speaker":["panel"],"outlets":["Observer"],"note":"panel -> Observer"},{"speaker":["housing director"],"outlets":["Harkaway-Dube"],"note":"landlord -> residents' chair -> letter"}]
DS=[{"name":"Thaddeus Obinna-Pelling","description":["our operations director"]},{"name":"Philomena Harkaway-Dube","description":["chair of the Ferncastle Residents' Association"]},{"name":"Seraphina Strathallan-Ike","description":["Managing Director, Vantreth Heat Ltd"]}]
H=["reportedly","is expected to"]
LF=[{"claim":["rise by 60 per cent"],"by":"the letter ('That figure is wrong.')"},{"claim":["left off the restart list on purpose"],"by":"the letter ('That never happened.')"}]
NU=[{"value":"4.10am","fact":"shutdown"},{"value":"186 flats","fact":"affected"},{"value":"31 hours","fact":"duration"},{"value":"£45","fact":"credit"},{"value":"60 per cent","fact":"reported rise"},{"value":"6.2 per cent","fact":"actual rise"},{"value":"from 11.3p to 12p","fact":"unit rate"},{"value":"eight complaints","fact":"complaints"},{"value":"2019","fact":"took over"}]
CE=[{"cause":["a fault in its burner"],"effect":["shut itself down"]}]
NO=["Vantreth Heat Ltd, Energy Centre, Ropewalk Yard, Ferncastle","To: all residents of Larchmere, Bellcote and Merrion Houses","Date: 9 February 2026","Dear resident,","What happened on 19 January","Your charges","Cut-offs and arrears","What we are changing","Yours faithfully,","Seraphina Strathallan-Ike","Managing Director, Vantreth Heat Ltd","Freephone 0808 157 0642 | heat@vantreth.example"]
build(N,notes,A_,D_,AN,RL,DS,H,LF,[],NU,CE,NO)
