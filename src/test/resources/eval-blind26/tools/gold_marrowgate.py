from goldlib import *
N="marrowgate-perfume-courts-reporter"
notes=("Original fictional courts reporter's article (straight quotes). Noise: section line, byline, date line, photo caption, subheads, 'Related:' line. "
"Pronoun/role sources: 'he told the jury', 'he said' (split quote), 'He said he would not expect' = Dr Wilbur Kessington-Abara only in the cross-examination paragraph, otherwise Casimir Oduya-Pellinor; 'She said' = Marisabel Mbeki-Hartstone (prosecutor); 'It said' = Maison Lireval; 'His barrister' = Oduya-Pellinor's. "
"'denies eight charges' is a plea (required deny). 'no such company had ever traded' is a witness's denial (required). The leaflet claim is labelled false by the article ('That claim is false: ...'); the company's lawyer's 'it had never been made' is a required deny. "
"Radio Marrowgate citing a person familiar is one anonymous, hedged entry with via. Non-denials: the barrister's 'was not suggesting that the officers had acted dishonestly' (opinion), the judge's direction (optional), 'accepted that he had not tested' (confirm), 'would not expect a different result' (predict), the stallholder (anonymous, told this newspaper: no via).")
A_=[
A("trader-denied-knowing","Casimir Oduya-Pellinor, market trader",["Oduya-Pellinor","market trader"],"has denied knowing that","deny",["any of the 3,214 bottles found in his lock-up garage were fake"]),
A("trader-bought-wholesaler","Casimir Oduya-Pellinor",["Oduya-Pellinor","market trader"],"telling a jury","assert",["bought every box from a registered wholesaler"]),
A("trader-denies-charges","Casimir Oduya-Pellinor",["Oduya-Pellinor"],"denies","deny",["eight charges"]),
A("prosecutor-seized","Marisabel Mbeki-Hartstone, prosecutor",["Mbeki-Hartstone","prosecutor"],"told the jury","assert",["seized the bottles from a garage on Tannery Lane"]),
A("prosecutor-price","Marisabel Mbeki-Hartstone",["Mbeki-Hartstone"],"She said","assert",["about £96"]),
A("trader-paid","Casimir Oduya-Pellinor",["Oduya-Pellinor"],"said","assert",["£14 a bottle"]),
A("trader-invoice","Casimir Oduya-Pellinor",["Oduya-Pellinor"],"he told the jury","assert",["an invoice for every box"],q=True),
A("trader-never-sold","Casimir Oduya-Pellinor",["Oduya-Pellinor"],"(continues the quote)","deny",["never knowingly sold a fake"],q=True,req=False),
A("trader-genuine","Casimir Oduya-Pellinor",["Oduya-Pellinor"],"he said (split quote)","deny",["The invoices are genuine","VAT number printed"],q=True),
A("prosecution-no-wholesaler","the prosecution",["prosecution"],"says","assert",["did not exist at the address on the invoices"]),
A("farquar-no-company","Ottoline Farquar-Nsemi",["Farquar-Nsemi"],"told the court","deny",["no such company had ever traded from the building"]),
A("defence-disputed","the defence",["defence"],"disputed ... telling the jury","deny",["only 12 of the 3,214 bottles had been tested"]),
A("chemist-samples","Dr Wilbur Kessington-Abara, chemist",["Kessington-Abara","chemist"],"said","assert",["none of the compounds registered for the real scent"]),
A("chemist-accepted","Dr Wilbur Kessington-Abara",["Kessington-Abara"],"accepted that","confirm",["had not tested the other 3,202 bottles"]),
A("chemist-expect","Dr Wilbur Kessington-Abara",["Kessington-Abara"],"He said he would not expect","predict",["a different result"]),
A("brother-not-load","Ambrose Oduya-Pellinor, the defendant's brother",["Ambrose Oduya-Pellinor","brother"],"said","deny",["did not load a single box"],q=True),
A("brother-rejected","Ambrose Oduya-Pellinor",["Ambrose Oduya-Pellinor","brother"],"rejected the prosecution's suggestion that","deny",["helped unload a van there in January 2025"]),
A("lireval-never-wholesalers","Maison Lireval",["Maison Lireval","Lireval"],"said in a written statement","deny",["never sold through wholesalers in the region"]),
A("lireval-nine-stores","Maison Lireval",["Maison Lireval","Lireval"],"It said","assert",["nine named department stores"]),
A("supporters-leaflets","supporters of Oduya-Pellinor (leaflets)",["supporters","leaflets"],"claiming","assert",["admitted its own factory supplied the bottles"]),
A("lawyer-never-made","Maison Lireval's lawyer",["lawyer"],"told reporters","deny",["it had never been made"]),
A("stallholder-everyone-knew","a stallholder who did not want to be named",["stallholder"],"told this newspaper","opinion",["everyone knew"],anon=True,q=True),
A("radio-port","Radio Marrowgate, citing a person familiar with the investigation",["Radio Marrowgate","person familiar"],"according to ... which cited","assert",["come in through a northern port"],anon=True,h=True,via=["Radio Marrowgate"]),
A("barrister-not-suggesting","Fenella Okoro-Strand, defence barrister",["Okoro-Strand","barrister"],"told the jury","opinion",["not suggesting that the officers had acted dishonestly","stopped looking too soon"]),
A("judge-direction","Recorder Hamish Delacombe-Iwu",["Delacombe-Iwu","judge"],"told jurors","assert",["draw no conclusion"],req=False),
]
D_=[{"by":["Oduya-Pellinor"],"denied":["any of the 3,214 bottles found in his lock-up garage were fake","eight charges"],"note":"lede: the trader denies knowing the perfume was fake; denies the charges"},
{"by":["Oduya-Pellinor"],"denied":["The invoices are genuine"],"note":"split quote: the invoices are genuine"},
{"by":["Farquar-Nsemi"],"denied":["no such company had ever traded from the building"],"note":"witness: no such wholesaler traded from the unit"},
{"by":["defence"],"denied":["only 12 of the 3,214 bottles had been tested"],"note":"the defence disputes the laboratory evidence"},
{"by":["Ambrose Oduya-Pellinor","brother"],"denied":["did not load a single box","helped unload a van there in January 2025"],"note":"the brother, said-X inversion + rejected"},
{"by":["Lireval","lawyer"],"denied":["never sold through wholesalers in the region","it had never been made"],"note":"the brand owner and its lawyer: no wholesalers, no admission"}]
AN=[{"match":["stallholder"],"note":"a stallholder who did not want to be named (told this newspaper)"},
{"match":["person familiar","Radio Marrowgate"],"note":"a person familiar with the investigation, via Radio Marrowgate"}]
RL=[{"speaker":["person familiar"],"outlets":["Radio Marrowgate"],"note":"person familiar -> Radio Marrowgate -> article"}]
DS=[{"name":"Casimir Oduya-Pellinor","description":["44","A market trader"]},{"name":"Marisabel Mbeki-Hartstone","description":["the prosecutor"]},
{"name":"Wilbur Kessington-Abara","description":["A chemist called by the prosecution"]},{"name":"Ambrose Oduya-Pellinor","description":["the defendant's brother"]},
{"name":"Fenella Okoro-Strand","description":["His barrister"]},{"name":"Hamish Delacombe-Iwu","description":["The judge"]}]
H=["reportedly"]
LF=[{"claim":["admitted its own factory supplied the bottles"],"by":"the article ('That claim is false: ...')"}]
NU=[{"value":"3,214","fact":"bottles seized"},{"value":"44","fact":"defendant's age"},{"value":"eight charges","fact":"charges"},{"value":"11 March 2025","fact":"seizure date"},
{"value":"about £96","fact":"genuine price"},{"value":"£20","fact":"stall price"},{"value":"£14 a bottle","fact":"price paid"},{"value":"2019","fact":"lease start"},{"value":"only 12","fact":"bottles tested"},{"value":"3,202","fact":"untested"},{"value":"eight days","fact":"trial length"}]
CE=[]
NO=["COURTS","By Anselm Tregunna-Vass, Courts Reporter","Thursday 5 February 2026","The defence case","Bottles seized from the Tannery Lane garage, shown to the jury on Monday. Photograph: Stowbeck Crown Court exhibits","Family evidence","Related: Trading standards seize 900 fake handbags at Quarrybank car boot sale"]
build(N,notes,A_,D_,AN,RL,DS,H,LF,[],NU,CE,NO)
