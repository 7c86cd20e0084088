from goldlib import *
N="holmbrae-sailing-club-chairs-report"
notes=("Original fictional sailing club chair's report to its AGM, written in the committee's first person plural ('we', 'us', 'our'); the club is named only in the title and the sign-off (straight quotes). Noise: agenda line, subheads, signature lines. "
"The authors' uncued narration ('We have not sold the lease, and nobody has asked us to.', 'That figure is wrong.', 'We are not saying the parents who worried about this were wrong to worry.') is the text's own voice: no entries; 'That figure is wrong' labels the 40 per cent claim false. 'have told us in writing' names the authors: no via. "
"Pronoun/role sources: 'they have confirmed' = the harbour commissioners; 'she told the Spyglass' = Hyacinth Ostrowick of Cardewyn Marinas; 'our safety officer' = Sidonie Lorrimore-Kay; 'our treasurer' = Caspian Haverwick (quote split by its attribution, one entry); 'according to her written feedback' = the Westerwick Dinghy Association's regional coach. "
"The Spyglass's former committee member is anonymous with the paper as via. Non-denials: 'rejected the story too' (content-less, optional deny; the content follows in the quote); the Spyglass 'has declined to correct its report' (refusal, optional); the harbourmaster's 'no incident ... other than the capsize' (counter-evidence, assert); Grennard's 'does not accept' the committee's account (a member's content-less rejection of the authors, optional deny); 'is understood to' (hedge).")
A_=[
A("spyglass-sale","the Drennock Spyglass",["Drennock Spyglass","paper"],"reported that","assert",["about to sell our lease on the slipway"]),
A("former-member","a former committee member (unnamed, via the Spyglass)",["former committee member"],"quoted ... who said","assert",["already shaken hands on a deal"],q=True,anon=True,via=["Drennock Spyglass"]),
A("commissioners-no-application","the harbour commissioners",["harbour commissioners","commissioners"],"have told us in writing","deny",["they have received no application to transfer our lease"]),
A("commissioners-2041","the harbour commissioners",["harbour commissioners","commissioners"],"have confirmed","confirm",["runs until 2041"]),
A("ostrowick-rejected","Hyacinth Ostrowick, managing director, Cardewyn Marinas",["Ostrowick","managing director"],"rejected the story too","deny",["rejected the story too"],req=False),
A("ostrowick-never","Hyacinth Ostrowick",["Ostrowick"],"she told the Spyglass","deny",["We have never had a conversation with the club about buying anything"],q=True,via=["Spyglass"]),
A("spyglass-declined","the Drennock Spyglass",["Spyglass"],"has declined to correct","assert",["declined to correct its report"],req=False),
A("facebook-safety-boat","a post in a town Facebook group",["post","Facebook group"],"claimed","assert",["no safety boat had been out that afternoon"],anon=True,via=["Facebook group"]),
A("lorrimore-safety-boat","Sidonie Lorrimore-Kay, safety officer",["Lorrimore-Kay","safety officer"],"wrote in her report to the committee","deny",["A safety boat was on the water, crewed by two qualified instructors"],q=True),
A("penhallick-no-incident","Cathal Penhallick, harbourmaster",["Penhallick","harbourmaster"],"said","assert",["no incident involving the club had been reported to his office"]),
A("haverwick-rise","Caspian Haverwick, treasurer",["Haverwick","treasurer"],"told the open meeting","deny",["The rise is 8 per cent, not 40"],q=True),
A("coach-feedback","the Westerwick Dinghy Association's regional coach (written feedback)",["regional coach","written feedback","Westerwick Dinghy Association"],"according to her written feedback","assert",["well organised and safe"],q=True),
A("grennard-not-accept","Mr Aurelio Grennard",["Grennard"],"has asked us to record","deny",["does not accept"],q=True,req=False),
]
D_=[{"by":["harbour commissioners","commissioners"],"denied":["they have received no application to transfer our lease"],"note":"body denial in reported speech, told us in writing"},
{"by":["Ostrowick"],"denied":["We have never had a conversation with the club about buying anything"],"note":"marina company MD, via the Spyglass; 'rejected the story too' optional"},
{"by":["Lorrimore-Kay"],"denied":["A safety boat was on the water, crewed by two qualified instructors"],"note":"positively worded denial of the Facebook claim"},
{"by":["Haverwick"],"denied":["The rise is 8 per cent, not 40"],"note":"treasurer's split quote against the 40 per cent claim"}]
AN=[{"match":["former committee member"],"note":"unnamed former committee member quoted by the Spyglass"},{"match":["post","Facebook group"],"note":"town Facebook group post"}]
RL=[{"speaker":["former committee member"],"outlets":["Drennock Spyglass"],"note":"former member -> Spyglass"},{"speaker":["Ostrowick"],"outlets":["Spyglass"],"note":"MD -> Spyglass"}]
DS=[{"name":"Cardewyn Marinas","description":["wants to build a 90-berth marina"]},{"name":"Hyacinth Ostrowick","description":["managing director"]},{"name":"Sidonie Lorrimore-Kay","description":["Our safety officer"]},{"name":"Cathal Penhallick","description":["The harbourmaster"]},{"name":"Caspian Haverwick","description":["our treasurer"]},{"name":"Honora Fitzwalloway","description":["Chair"]}]
H=["is understood to","as a precaution"]
LF=[{"claim":["going up by 40 per cent"],"by":"the authors ('That figure is wrong.')"}]
NU=[{"value":"90-berth","fact":"marina size"},{"value":"2041","fact":"lease end"},{"value":"9 August","fact":"capsize"},{"value":"3.12pm","fact":"radio call"},{"value":"8 per cent","fact":"fee rise"},{"value":"40 per cent","fact":"claimed rise"},{"value":"from £185 to £200","fact":"adult subscription"},{"value":"£2,300","fact":"premium rise"},{"value":"312 members","fact":"membership"},{"value":"41 of them juniors","fact":"juniors"},{"value":"287","fact":"previous membership"}]
CE=[{"cause":["our insurance premium went up by £2,300"],"effect":["The reason for the rise is simple"]},{"cause":["after the storm in February 2025 damaged the dinghy park fence"],"effect":["our insurance premium went up by £2,300"]}]
NO=["Agenda item 4 | Circulated to members with the accounts for the year ended 31 December 2025","Our lease and the marina story","The capsize on 9 August","Fees","Membership and the year ahead","Honora Fitzwalloway","Chair, on behalf of the committee of Holmbrae Sailing Club"]
build(N,notes,A_,D_,AN,RL,DS,H,LF,[],NU,CE,NO)
