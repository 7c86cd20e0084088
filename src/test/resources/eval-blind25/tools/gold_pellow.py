from goldlib import *
N="pellow-chronometer-auction-catalogue-note"
notes=("Original fictional auction catalogue note in the auction house's first person plural (straight quotes). Noise: sale header lines (house, sale number/date, estimate), 'Catalogue note' heading, closing premium/viewing line and 'Enquiries:' line. "
"The catalogue's own 'we' narration is article voice ('That is not the case: ...' labels the forum claim false; 'We have found no record of this' gets no entry). 'has told us' / 'told us' name the text's own author: no via. "
"Pronoun/role sources: 'he said' (both quotes) = Benedikt Halloway-Dunne, the consignor; 'She said' = Mrs Glenys Marchbanks, 'our specialist'; 'He said' (box) = the consignor. "
"The forum suggestion ('It has been suggested, most widely in a post on ... Escapement Talk') is anonymous with the forum as via. The dealer who asked that his name not be printed is anonymous. "
"The Horological Gazette's report is the publication's own claim (not flagged anonymous). The Art Loss Register's 'holds no record of any theft' is counter-evidence (assert, required); the Falbury Town Museum's 'had never owned a marine chronometer' is the body denial (required). "
"'although the consignor disputes this' is a content-less dispute (optional deny); his next sentence carries the content.")
A_=[
A("family-receipt","the consignor's family papers",["family papers"],"include","assert",["with box and key"],req=False,q=True),
A("forum-petrel","a post on the collectors' forum Escapement Talk",["Escapement Talk","post on the collectors' forum"],"It has been suggested","assert",["carried by the Petrel on her 1845 voyage"],anon=True,via=["Escapement Talk"]),
A("ledgers-1844","the Admiralty ledgers at the National Maritime Archive",["Admiralty ledgers","National Maritime Archive"],"record","assert",["landed at Portsmouth in 1844"]),
A("consignor-never-claimed","Benedikt Halloway-Dunne, consignor",["Halloway-Dunne","consignor"],"he said","deny",["never claimed this clock went down with the Petrel"],q=True),
A("consignor-plain","Benedikt Halloway-Dunne",["Halloway-Dunne","consignor"],"he said","opinion",["plain history"],req=False,q=True),
A("dealer-mainspring","a dealer (unnamed)",["dealer"],"has told us that","assert",["mainspring replaced"],anon=True),
A("gazette-stolen","Horological Gazette",["Horological Gazette"],"A report in ... stated that","assert",["reported stolen from a museum in 1969"]),
A("alr-no-record","the Art Loss Register",["Art Loss Register"],"has told us that","assert",["holds no record of any theft"]),
A("museum-never-owned","Falbury Town Museum",["Falbury Town Museum"],"said","deny",["never owned a marine chronometer by any maker"]),
A("marchbanks-rated","Mrs Glenys Marchbanks, specialist",["Marchbanks"],"was rated by ...","assert",["within two seconds a day"],req=False,h=True),
A("marchbanks-detent","Mrs Glenys Marchbanks",["Marchbanks","specialist"],"She said","assert",["almost certainly the original"],q=True,h=True),
A("marchbanks-wear","Mrs Glenys Marchbanks",["Marchbanks"],"She said ... and that","assert",["light wear consistent with age"],req=False),
A("marchbanks-box","Mrs Glenys Marchbanks",["Marchbanks"],"believes","opinion",["later replacement","1880s"],h=True),
A("consignor-disputes","Benedikt Halloway-Dunne",["consignor"],"disputes this","deny",["consignor disputes this"],req=False),
A("consignor-box","Benedikt Halloway-Dunne",["consignor","Halloway-Dunne"],"He said","deny",["always been the box","stamped inside the lid"],q=True),
]
D_=[{"by":["Halloway-Dunne","consignor"],"denied":["never claimed this clock went down with the Petrel"],"note":"the consignor denies his family ever claimed the chronometer was lost with the Petrel"},
{"by":["Falbury Town Museum"],"denied":["never owned a marine chronometer by any maker"],"note":"the museum named in the Horological Gazette denies ever owning a marine chronometer (so none was stolen from it)"},
{"by":["consignor"],"denied":["always been the box"],"note":"the consignor disputes the specialist's view that the box is a later replacement"}]
AN=[{"match":["Escapement Talk"],"note":"a post on the collectors' forum Escapement Talk (labelled false)"},
{"match":["dealer"],"note":"a dealer who asked that his name not be printed"}]
RL=[]
DS=[{"name":"Josiah Pellow","description":["of Falbury"]},{"name":"Ezra Halloway-Dunne","description":["master of the survey brig Petrel"]},
{"name":"Benedikt Halloway-Dunne","description":["the consignor"]},{"name":"Glenys Marchbanks","description":["our specialist"]},
{"name":"Escapement Talk","description":["the collectors' forum"]}]
H=["reportedly","is understood to","almost certainly","probably","circa"]
LF=[{"claim":["carried by the Petrel on her 1845 voyage"],"by":"the catalogue note itself ('That is not the case: the Admiralty ledgers ... record Pellow No. 406 as landed at Portsmouth in 1844')"}]
NU=[{"value":"£14,000 - £18,000","fact":"estimate"},{"value":"406","fact":"movement number"},{"value":"1851","fact":"receipt date year"},{"value":"1845","fact":"year of the Petrel's last voyage"},
{"value":"61 men","fact":"lost with the Petrel"},{"value":"1844","fact":"year No. 406 was landed at Portsmouth"},{"value":"1969","fact":"year of the claimed theft"},
{"value":"two seconds a day","fact":"rate during trial"},{"value":"fewer than 500","fact":"chronometers Pellow made"},{"value":"£16,200","fact":"last Pellow sold at auction, 2019"},{"value":"26 per cent","fact":"buyer's premium"}]
CE=[]
NO=["Tressider & Gaunt, Fine Clocks and Scientific Instruments","Sale 1187, Thursday 12 November 2026, 11am, Lodgemoor Saleroom","Estimate £14,000 - £18,000","Catalogue note","Buyer's premium of 26 per cent applies. Viewing on 10 and 11 November from 10am to 4pm.","Enquiries: Glenys Marchbanks, Clocks Department"]
build(N,notes,A_,D_,AN,RL,DS,H,LF,[],NU,CE,NO)
