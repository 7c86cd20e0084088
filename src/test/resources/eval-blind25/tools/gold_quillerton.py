from goldlib import *
N="quillerton-tapestry-arts-correspondent"
notes=("Original fictional arts correspondent's article (straight quotes). Noise: section line ARTS, byline, date line, photo caption, 'Related:' line. "
"Pronoun/role sources: 'she wrote', 'she said' (book quote) = Brisbourne; 'he said', 'He said' (records) = Ambrosden (the gallery's director); 'it said' inside the sample-log sentence = the gallery. "
"'which he shared with this newspaper' names the article's own outlet: no via. The former conservation staff member (anonymous) is relayed by the Quillerton Courier. "
"'rejected her conclusion' is a content-less verdict (optional deny); the one split-free quote 'The green threads she tested are repairs' carries the content. "
"The insurer's 'confirmed the piece remained covered at its full value' is a body denial worded as a confirmation, required deny. The forum claim is labelled false by the article ('That claim is false'). "
"'is reportedly split' (board of trustees) is the article's hedge, no entry. Headline 'denies ... is a 19th-century copy' optional deny.")
A_=[
A("headline-denies","Quillerton Gallery",["Gallery"],"denies (headline)","deny",["19th-century copy"],req=False),
A("gallery-lede-denied","Quillerton Gallery",["Quillerton Gallery"],"has denied that","deny",["copy made in the 1870s"]),
A("historian-dye-tests","art historian (Dr Ottoline Brisbourne)",["art historian"],"said","assert",["dye tests proved"]),
A("brisbourne-journal","Dr Ottoline Brisbourne, textile historian",["Brisbourne","textile historian"],"wrote in the journal","assert",["synthetic dye first made in 1856"],via=["Warp and Weft"]),
A("brisbourne-weaver","Dr Ottoline Brisbourne",["Brisbourne"],"she wrote","assert",["did not exist for another three centuries"],q=True,via=["Warp and Weft"]),
A("ambrosden-rejected","Fergal Ambrosden, director",["Ambrosden","director"],"rejected her conclusion","deny",["rejected her conclusion"],req=False),
A("ambrosden-repairs","Fergal Ambrosden",["Ambrosden","director"],"he said","deny",["green threads she tested are repairs"],q=True),
A("ambrosden-untouched","Fergal Ambrosden",["Ambrosden"],"(continues the quote)","assert",["reached us untouched"],req=False,q=True),
A("ambrosden-records","Fergal Ambrosden",["Ambrosden"],"He said","assert",["two restorations","1881"]),
A("conservation-report","the 1962 conservation report",["conservation report"],"According to","assert",["one-tenth of the lower border"],q=True),
A("brisbourne-centre","Dr Ottoline Brisbourne",["Brisbourne"],"said","assert",["centre of the hunting scene"]),
A("gallery-sample-log","Quillerton Gallery",["gallery"],"The gallery says that is not correct: ... it said","deny",["within 20 centimetres of the lower edge"]),
A("former-staff-courier","a former member of the gallery's conservation staff (unnamed)",["former member","Quillerton Courier"],"told","assert",["in a hurry, on a Sunday"],q=True,anon=True,via=["Quillerton Courier"]),
A("gallery-weekday","Quillerton Gallery",["gallery"],"The gallery said","deny",["on a weekday"]),
A("pettigrew-welcome","Anselm Pettigrew, trustee",["Pettigrew","trustee"],"told","opinion",["settles this for good"],q=True,via=["Brydon Sound"]),
A("forum-insurance","posts on an art forum",["art forum","Posts"],"claimed","assert",["removed the tapestry from its insurance schedule"],anon=True,via=["art forum"]),
A("trenchmore-covered","Trenchmore Fine Art, the insurer",["Trenchmore Fine Art","insurer"],"confirmed","deny",["remained covered at its full value"]),
A("brisbourne-denied-book","Dr Ottoline Brisbourne",["Brisbourne"],"denied that","deny",["written to sell her forthcoming book"]),
A("brisbourne-finished","Dr Ottoline Brisbourne",["Brisbourne"],"she said","deny",["finished a year before I tested"],q=True),
A("ambrosden-display","Fergal Ambrosden",["Ambrosden"],"said he expected","predict",["remain on display"]),
A("gallery-visitors","Quillerton Gallery",["gallery"],"the gallery said","assert",["40 per cent"]),
]
D_=[{"by":["Quillerton Gallery","Ambrosden"],"denied":["copy made in the 1870s","green threads she tested are repairs"],"note":"the gallery and its director deny the tapestry is a 19th-century copy"},
{"by":["gallery"],"denied":["within 20 centimetres of the lower edge","on a weekday"],"note":"the gallery says Brisbourne's sampling account and the former staff member's account are wrong"},
{"by":["Trenchmore Fine Art","insurer"],"denied":["remained covered at its full value"],"note":"the insurer answers the forum claim that the tapestry was removed from the insurance schedule"},
{"by":["Brisbourne"],"denied":["written to sell her forthcoming book","finished a year before I tested"],"note":"the historian denies writing the paper to sell her book"}]
AN=[{"match":["former member","Quillerton Courier"],"note":"former conservation staff member who asked not to be named, via the Quillerton Courier"},
{"match":["art forum"],"note":"posts on an art forum (insurance claim, labelled false)"}]
RL=[{"speaker":["former member"],"outlets":["Quillerton Courier"],"note":"former staff member -> Quillerton Courier -> this article"},
{"speaker":["Pettigrew"],"outlets":["Brydon Sound"],"note":"Pettigrew -> Brydon Sound -> this article"},
{"speaker":["Brisbourne"],"outlets":["Warp and Weft"],"note":"Brisbourne's paper in the journal Warp and Weft"}]
DS=[{"name":"Ottoline Brisbourne","description":["a textile historian who examined the piece for a book"]},
{"name":"Fergal Ambrosden","description":["The gallery's director"]},
{"name":"Anselm Pettigrew","description":["One trustee"]},
{"name":"Trenchmore Fine Art","description":["the insurer"]},
{"name":"Warp and Weft","description":["the journal"]}]
H=["reportedly","is understood to","roughly","about","could"]
LF=[{"claim":["removed the tapestry from its insurance schedule"],"by":"the article itself ('That claim is false: the insurer ... confirmed the piece remained covered')"}]
NU=[{"value":"4.2 metres","fact":"width of the tapestry"},{"value":"1958","fact":"year bought"},{"value":"£6,500","fact":"price paid"},{"value":"£2.3 million","fact":"insured value"},
{"value":"1856","fact":"synthetic dye first made"},{"value":"1540","fact":"date in Brisbourne's quote"},{"value":"1962","fact":"second restoration"},{"value":"20 centimetres","fact":"distance of samples from the lower edge"},
{"value":"six months","fact":"length of a full analysis"},{"value":"40 per cent","fact":"rise in Long Room visitors"},{"value":"2 May","fact":"date the paper was published"}]
CE=[{"cause":["since the paper was published"],"effect":["risen by 40 per cent"]}]
NO=["ARTS","By Leontyne Farquharson, Arts Correspondent","19 May 2026","Photo caption: The stag hunt tapestry on display in the Long Room at Quillerton. (Quillerton Gallery)","Related: Five fakes that fooled the experts"]
build(N,notes,A_,D_,AN,RL,DS,H,LF,[],NU,CE,NO)
