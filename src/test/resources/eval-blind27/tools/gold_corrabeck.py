from goldlib import *
N="corrabeck-water-meters-technology-reporter"
notes=("Original fictional technology reporter's article (straight quotes). Noise: section line, byline, 'Published' line, subheads, photo caption, 'Read more:' line. "
"The lede's 'A water company' is Corrabeck Water. Pronoun/role sources: 'its chief digital officer, Marit Skellowan, said in a video' (quote, role, then name); 'It said' (version 4.2) = Haldrith Instruments; 'she said' = Dallowmere, later Skellowan; 'a spokesman' = Corrabeck's spokesman (named body, not anonymous); 'It expects' = the Water Bills Adjudicator. "
"The Meterwatch user is anonymous with the forum as via; the second engineer spoke to 'this newspaper' (anonymous, no via). 'called the post \"a fabrication from start to finish\"' is a verdict-noun denial with content. 'its engineers had found no fault in testing' is counter-evidence (assert). "
"Non-denials: Skellowan 'did admit' (confirm); the spokesman 'confirmed that bills ... had been put on hold' (confirm) and 'would not discuss' (refusal, optional); 'reportedly paused' (article hedge, denied by the spokesman). The social-media claim about remote switching is labelled false by the article ('They cannot: the meters have no valve').")
A_=[
A("corrabeck-lede","Corrabeck Water",["water company","Corrabeck"],"has denied that","deny",["a software update left its new smart meters recording twice"]),
A("corrabeck-accurate","Corrabeck Water",["Corrabeck"],"said","deny",["the meters were reading accurately"]),
A("skellowan-nothing-wrong","Marit Skellowan, chief digital officer",["Skellowan","chief digital officer"],"said in a video","deny",["There is nothing wrong with the meters"],q=True,via=["video"]),
A("skellowan-losing","Marit Skellowan",["Skellowan"],"(continues the quote)","assert",["water they were always losing"],q=True,req=False),
A("meterwatch-user","a Meterwatch user who said he was an engineer for the manufacturer",["user","Meterwatch"],"wrote that","assert",["counts every pulse twice"],q=True,anon=True,via=["Meterwatch"]),
A("haldrith-fabrication","Haldrith Instruments (manufacturer)",["Haldrith Instruments","manufacturer"],"called the post ... and said","deny",["a fabrication from start to finish","no one of that description had ever worked for it"]),
A("haldrith-no-fault","Haldrith Instruments",["Haldrith Instruments","manufacturer"],"It said","assert",["found no fault in testing","installed on 8,000 meters"]),
A("second-engineer","a second engineer (anonymous)",["second engineer","engineer"],"said","assert",["sent back to the factory in January"],anon=True),
A("dallowmere-bill","Priyanka Dallowmere",["Dallowmere"],"said","assert",["rose from £96 to £211"]),
A("dallowmere-leak","Priyanka Dallowmere",["Dallowmere"],"she said","assert",["I was told on the phone that I must have a leak"],q=True),
A("dallowmere-plumber","Priyanka Dallowmere",["Dallowmere"],"(continues the quote)","assert",["A plumber came the next day and found nothing"],q=True,req=False),
A("corrabeck-never-blame","Corrabeck Water",["Corrabeck"],"said","deny",["had never been told to blame leaks"]),
A("skellowan-admit","Marit Skellowan",["Skellowan"],"did admit","confirm",["should have written to customers"]),
A("skellowan-sorry","Marit Skellowan",["Skellowan"],"she said","confirm",["We got the letters wrong"],q=True),
A("social-remote","social media (unnamed)",["social media"],"have been told on","assert",["switched off remotely"],anon=True,via=["social media"],req=False),
A("adjudicator-complaints","the Water Bills Adjudicator",["Water Bills Adjudicator","adjudicator"],"said","assert",["214 complaints"]),
A("adjudicator-may","the Water Bills Adjudicator",["Water Bills Adjudicator"],"expects","predict",["publish its findings in May"]),
A("spokesman-not-paused","a Corrabeck spokesman",["spokesman","Corrabeck"],"a spokesman said","deny",["has not paused its installation programme"]),
A("spokesman-on-hold","a Corrabeck spokesman",["spokesman","Corrabeck"],"confirmed","confirm",["had been put on hold while their meters were checked"]),
A("spokesman-would-not","a Corrabeck spokesman",["spokesman"],"said he would not discuss","assert",["would not discuss the company's dealings with its suppliers"],req=False),
A("corrabeck-no-pay","Corrabeck Water",["Corrabeck"],"said","assert",["no customer in Kellsby will be asked to pay the higher amount"]),
A("dallowmere-wait","Priyanka Dallowmere",["Dallowmere"],"said","assert",["wait for the checks before deciding"]),
A("dallowmere-eyes","Priyanka Dallowmere",["Dallowmere"],"she said","opinion",["read the meter with their own eyes"],q=True),
]
D_=[{"by":["Corrabeck","water company"],"denied":["a software update left its new smart meters recording twice","the meters were reading accurately"],"note":"lede denial plus positively worded 'reading accurately'"},
{"by":["Skellowan"],"denied":["There is nothing wrong with the meters"],"note":"quote, role, then name, in a video"},
{"by":["Haldrith Instruments","manufacturer"],"denied":["a fabrication from start to finish","no one of that description had ever worked for it"],"note":"manufacturer against the Meterwatch post"},
{"by":["Corrabeck"],"denied":["had never been told to blame leaks"],"note":"against Dallowmere's account"},
{"by":["spokesman"],"denied":["has not paused its installation programme"],"note":"against the 'reportedly paused' report"}]
AN=[{"match":["user","Meterwatch"],"note":"forum user claiming to be a manufacturer's engineer"},{"match":["second engineer"],"note":"spoke to this newspaper on condition of anonymity"},{"match":["social media"],"note":"unnamed social media claims"}]
RL=[{"speaker":["user"],"outlets":["Meterwatch"],"note":"user -> forum"},{"speaker":["Skellowan"],"outlets":["video","company's website"],"note":"video on the website"}]
DS=[{"name":"Corrabeck Water","description":["A water company"]},{"name":"Marit Skellowan","description":["chief digital officer"]},{"name":"Meterwatch","description":["a consumer forum"]},{"name":"Haldrith Instruments","description":["The manufacturer"]},{"name":"Water Bills Adjudicator","description":["the industry's independent complaints body"]}]
H=["reportedly","about 1,900"]
LF=[{"claim":["switched off remotely"],"by":"the article ('They cannot: the meters have no valve')"}]
NU=[{"value":"1,900 customers","fact":"customers affected"},{"value":"61,000","fact":"meters fitted"},{"value":"version 4.2","fact":"software version"},{"value":"6 January","fact":"update pushed"},{"value":"8,000 meters","fact":"meters with 4.2"},{"value":"from £96 to £211","fact":"bill rise"},{"value":"214 complaints","fact":"complaints"},{"value":"10 January","fact":"complaints since"}]
CE=[{"cause":["Because the bills are on hold"],"effect":["no customer in Kellsby will be asked to pay the higher amount"]},{"cause":["leaks on customers' own pipes"],"effect":["higher bills"],"note":"Corrabeck's claim"}]
NO=["TECHNOLOGY","By Ambrosius Tregarrick, Technology Reporter","Published 3 February 2026, 07:40","The firmware question","Photo caption: A smart water meter of the kind fitted to 61,000 homes since 2023. (Picture: Corrabeck Water)","What customers were told","Installations paused?","Read more: How to read your water meter and spot a leak"]
build(N,notes,A_,D_,AN,RL,DS,H,LF,[],NU,CE,NO)
