from goldlib import *
N = "larkhaven-ice-rink-letter-to-shareholders"
EC = ["Pargeter", "chair"]
KO = ["Ormerod", "operations manager"]
AF = ["Fothergill", "treasurer"]
attrs = [
A("calloway-colon", "Evander Pargeter, chair (the letter's author)", EC, "I will start with the question most of you have emailed me about:", "deny", ["the rink is not being sold to the developers", "no one on the board has met them"]),
A("hargest-never", "Ptolemy Hargest, managing director of Corvane Estates", ["Hargest", "Corvane"], "told the Larkhaven Sentry", "deny", ["never made an approach to the rink"], q=True, via=["Larkhaven Sentry"]),
A("advertiser-compressor", "the Larkhaven Sentry, citing a former employee (unnamed)", ["Sentry", "former employee"], "reported ..., citing", "assert", ["the compressor that keeps the ice frozen had failed", "close by Christmas"], anon=True, via=["Sentry"]),
A("ormerod-not-failed", "Kezia Ormerod, operations manager", KO, "said our operations manager", "deny", ["compressor has not failed", "serviced by the manufacturer on 22 September"], q=True),
A("ormerod-agreed", "Kezia Ormerod", ["Ormerod"], "She agreed that", "confirm", ["tripped for 40 minutes on 9 November"]),
A("ormerod-not-cheap", "Kezia Ormerod", ["Ormerod"], "she said (quote split by attribution)", "opinion", ["not a cheap building to keep cold"], q=True),
A("facebook-loan", "a post on the Larkhaven Grapevine Facebook page", ["Larkhaven Grapevine", "Facebook page"], "claimed", "assert", ["lent the company money at 12% interest"], anon=True, via=["Facebook page"]),
A("fothergill-word", "Annelise Fothergill, treasurer", AF, "replied with", "deny", ["a single word I will not print here"], req=False),
A("fothergill-only-loan", "Annelise Fothergill", ["Fothergill"], "She said", "deny", ["the only loan the company holds is the £220,000"]),
A("auditors-no-loan", "Pellow & Cardew, the auditors", ["Pellow & Cardew", "auditors"], "have confirmed in writing that", "deny", ["show no loan from any director"], via=["in writing"]),
A("heard-lynx-leaving", "unnamed (some of you have heard)", ["Some of you have heard"], "have heard", "assert", ["looking for a new home"], anon=True, req=False),
A("venn-no-plans", "Rhodri Maddocks, chair of the Larkhaven Ospreys", ["Maddocks", "club's chair"], "told Rinkside Magazine, in an interview later quoted by Radio Larkhaven", "deny", ["has no plans to go anywhere", "signed for two more seasons"], q=True, via=["Rinkside Magazine", "Radio Larkhaven"]),
A("radio-relay-venn", "Radio Larkhaven / Rinkside Magazine relaying Maddocks", ["Radio Larkhaven", "Rinkside Magazine"], "later quoted by", "deny", ["has no plans to go anywhere"], q=True, via=["Rinkside Magazine", "Radio Larkhaven"], req=False),
A("message-shares", "a message passed round at a public session (unnamed)", ["message passed round"], "said that", "assert", ["shareholders would lose their shares"], anon=True),
A("calloway-admit", "Evander Pargeter", ["Pargeter"], "I admit that", "confirm", ["the energy bill surprised us"]),
A("calloway-fault", "Evander Pargeter", ["Pargeter"], "(author's narration, admission)", "confirm", ["that is my fault"], req=False),
A("understood-rinks", "unnamed (It is understood)", ["It is understood"], "It is understood", "assert", ["already raised theirs by 10%"], h=True, anon=True, req=False),
]
denials = [
 {"by": ["Pargeter", "chair"], "denied": ["the rink is not being sold to the developers"], "note": "The author's colon cue 'I will start with the question most of you have emailed me about:'."},
 {"by": ["Hargest", "Corvane"], "denied": ["never made an approach to the rink"], "note": "Corvane's managing director told the Larkhaven Sentry (one outlet)."},
 {"by": ["Ormerod", "operations manager"], "denied": ["the compressor that keeps the ice frozen had failed", "compressor has not failed"], "note": "Said-X inversion with role before name ('said our operations manager, NAME') against the Sentry's anonymous former employee."},
 {"by": ["Fothergill", "treasurer"], "denied": ["lent the company money at 12% interest", "the only loan the company holds"], "note": "Content-less 'a single word I will not print here' (optional) + pronoun-sourced positive-words denial."},
 {"by": ["Pellow & Cardew", "auditors"], "denied": ["show no loan from any director"], "note": "Body denial, 'have confirmed in writing that' (a denial worded as confirmation)."},
 {"by": ["Maddocks", "club's chair"], "denied": ["looking for a new home", "has no plans to go anywhere"], "note": "Relayed: told Rinkside Magazine, quoted by Radio Larkhaven."},
]
anon = [
 {"match": ["former employee", "Sentry"], "note": "the Sentry's former employee: compressor failed"},
 {"match": ["Larkhaven Grapevine", "Facebook page"], "note": "director-loan claim"},
 {"match": ["message passed round"], "note": "shares claim, labelled false by the author"},
]
relays = [{"speaker": ["Maddocks"], "outlets": ["Rinkside Magazine", "Radio Larkhaven"], "note": "Maddocks -> Rinkside Magazine -> Radio Larkhaven -> this letter"},
          {"speaker": ["former employee"], "outlets": ["Sentry"], "note": "former employee -> Larkhaven Sentry -> this letter"}]
descs = [
 {"name": "Evander Pargeter", "description": ["Chair, Larkhaven Ice Rink Ltd"]},
 {"name": "Corvane Estates", "description": ["the developers of the retail park next door"]},
 {"name": "Kezia Ormerod", "description": ["our operations manager"]},
 {"name": "Annelise Fothergill", "description": ["Our treasurer"]},
 {"name": "Rhodri Maddocks", "description": ["The club's chair"]},
 {"name": "Larkhaven Ospreys", "description": ["our ice hockey club and our biggest hirer"]},
]
hedges = ["reportedly", "about £245,000", "is expected to", "It is understood"]
lf = [{"claim": ["shareholders would lose their shares"], "by": "the author ('That is not so: your shares are not affected by any closure')"}]
numbers = [{"value": "2017", "fact": "community-owned since"}, {"value": "22 September", "fact": "compressor serviced"}, {"value": "40 minutes", "fact": "compressor tripped"},
 {"value": "12%", "fact": "claimed interest"}, {"value": "£220,000", "fact": "bank loan"}, {"value": "4.5%", "fact": "loan interest"}, {"value": "2031", "fact": "loan repayable by"},
 {"value": "£190,000", "fact": "electricity budget"}, {"value": "£245,000", "fact": "expected electricity spend"}, {"value": "8 December", "fact": "board meeting on prices"}, {"value": "14 March 2027", "fact": "shareholders' meeting"}]
ce = [{"cause": ["one of the two compressors had tripped"], "effect": ["the ice softened on one side of the pad"]}]
noise = ["Larkhaven Ice Rink Ltd (community-owned since 2017)", "Rinkside House, Quayfield Road, Larkhaven", "Monday 23 November 2026", "Dear shareholder,",
 "The sale story", "The ice plant", "The loan", "The hockey club", "Your shares", "Where the board fell short", "With thanks for your support,", "Evander Pargeter", "Chair, Larkhaven Ice Rink Ltd"]
notes = ("Original fictional text (straight quotes). A chair's letter to shareholders in the first person singular: the author has required entries only where a cue marks the statement ('I will start with the question ...:', 'I admit that'); "
 "'That is not so: your shares ...' labels the shares claim false in the author's voice; 'I cannot promise ...', 'I understand why ...' are narration (no entries). 'when I asked her' and 'write to me' name the author and get no outlet via. "
 "Pronoun sources: 'She agreed', 'she said' = Ormerod; 'She said' (only loan) = Fothergill. Planted non-denials: 'She agreed that ...' (admission, confirm), 'This is not a cheap building to keep cold' (opinion with not, split by its attribution; 'and it never will be' is inside the same sentence), "
 "'reportedly bought', 'is expected to', 'It is understood' (hedges), 'I admit that the energy bill surprised us' (admission). Pellow & Cardew's 'have confirmed in writing that the accounts show no loan' is a denial worded as a confirmation (deny).")
build(N, notes, attrs, denials, anon, relays, descs, hedges, lf, [], numbers, ce, noise)
