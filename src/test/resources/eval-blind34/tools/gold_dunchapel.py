from goldlib import A, build
N = "dunchapel-harriers-boardroom-sports-desk"
attrs = [
 A("trust-accused", "Dunchapel Supporters' Trust (lede)", ["supporters' trust", "Supporters' Trust", "trust"], "accused the board of", "assert", ["losing track of gate receipts"]),
 A("grimsell-not-a-pound", "Wenceslaus Grimsell, Dunchapel Harriers chairman", ["Grimsell", "chairman"], "told a meeting", "deny", ["not a single pound has gone missing"], q=True),
 A("grimsell-accounts", "Wenceslaus Grimsell", ["Grimsell"], "told a meeting", "assert", ["published within a month"]),
 A("trust-figures", "Dunchapel Supporters' Trust", ["Dunchapel Supporters' Trust", "trust"], "says", "assert", ["record only 61,900 pounds"]),
 A("trevelian-gap", "Cleeve Trevelian, trust chair", ["Trevelian", "Trust chair"], "said", "assert", ["has never been explained to anyone"], q=True),
 A("grimsell-envelope", "Wenceslaus Grimsell", ["Grimsell"], "waved away the trust's arithmetic as", "deny", ["back-of-an-envelope stuff", "counted in the previous year's accounts"], q=True),
 A("board-member-ignored", "a board member who asked not to be named", ["board member"], "told the Dunchapel Bootroom", "assert", ["raised concerns about cash handling in February"], h=True, anon=True, via=["Bootroom"]),
 A("quillerby-categorically", "Mabyn Quillerby, club secretary", ["Quillerby", "secretary"], "said in a statement that it was categorically wrong to say", "deny", ["categorically wrong to say any concern had been ignored", "given the full cash records within a week"]),
 A("trust-crowds", "Dunchapel Supporters' Trust", ["trust"], "which the trust says", "assert", ["harder for the club to absorb"]),
 A("trevelian-pitch", "Cleeve Trevelian", ["Trevelian"], "also said", "assert", ["sold the club's training pitch to a housing developer"], h=True),
 A("quillerby-no-truth", "Mabyn Quillerby", ["Quillerby"], "said there was no truth whatsoever in that", "deny", ["no truth whatsoever in that", "leased for one summer"]),
 A("messages-docked", "fan messages", ["messages"], "said", "assert", ["docked the Harriers 10 points"]),
 A("league-no-case", "Poldhu Counties League", ["league"], "the league told the Bootroom", "deny", ["opened no case and docked no points"], via=["Bootroom"]),
 A("grimsell-admit", "Wenceslaus Grimsell", ["Grimsell"], "did admit that", "confirm", ["slow to bank cash from the bar"]),
 A("grimsell-sloppy", "Wenceslaus Grimsell", ["Grimsell"], "he said", "confirm", ["that was sloppy"], q=True),
 A("gryce-warned", "Halbertsholm Gryce, former treasurer", ["Gryce", "former treasurer"], "said", "assert", ["warned the board about the bar takings last autumn"]),
 A("grimsell-rejected-version", "Wenceslaus Grimsell", ["Grimsell"], "rejected the former treasurer's version of events", "deny", ["no such warning was ever put in writing"]),
 A("league-look", "a Poldhu Counties League spokesperson", ["spokesperson", "Poldhu Counties League"], "said", "assert", ["will look closely"], q=True),
 A("club-no-comment", "Dunchapel Harriers", ["club"], "declined to comment", "assert", ["whether the police had been contacted"], req=False),
 A("trevelian-pass", "Cleeve Trevelian", ["Trevelian"], "said he expected", "predict", ["by a distance"], q=True),
]
denials = [
 {"by": ["Grimsell", "chairman"], "denied": ["losing track of gate receipts"], "note": "lede 'brushed aside calls to resign' + quoted 'not a single pound has gone missing'"},
 {"by": ["Grimsell"], "denied": ["has never been explained to anyone", "record only 61,900 pounds"], "note": "'waved away the trust's arithmetic as \"back-of-an-envelope stuff\"' + season-ticket explanation"},
 {"by": ["Quillerby"], "denied": ["raised concerns about cash handling in February"], "note": "'it was categorically wrong to say' against the anonymous board member"},
 {"by": ["Quillerby"], "denied": ["sold the club's training pitch to a housing developer"], "note": "'there was no truth whatsoever in that' + leased explanation"},
 {"by": ["league"], "denied": ["docked the Harriers 10 points"], "note": "league told the Bootroom it opened no case (article also labels the claim wrong)"},
 {"by": ["Grimsell"], "denied": ["warned the board about the bar takings last autumn"], "note": "'rejected the former treasurer's version of events'"},
]
anon = [{"match": ["board member"], "note": "board member who asked not to be named told the Dunchapel Bootroom (reportedly raised concerns)"}]
relays = [{"speaker": ["board member"], "outlets": ["Bootroom"], "note": "unnamed board member -> Dunchapel Bootroom"}]
descs = [{"name": "Wenceslaus Grimsell", "description": ["chairman of Dunchapel Harriers"]}, {"name": "Cleeve Trevelian", "description": ["Trust chair"]},
 {"name": "Mabyn Quillerby", "description": ["The club's secretary"]}, {"name": "Halbertsholm Gryce", "description": ["former treasurer"]}]
hedges = ["reportedly", "allegedly"]
lf = [{"claim": ["docked the Harriers 10 points"], "by": "the article itself ('That is wrong: the league told the Bootroom it has opened no case')"}]
numbers = [{"value": v, "fact": f} for v, f in [("2019", "Grimsell chair since"), ("86,400 pounds", "takings per club figures"), ("61,900 pounds", "bank statements"), ("24,500 pounds", "gap"), ("9 of their last 12", "league defeats"), ("18th", "league position"), ("about a third", "crowd fall"), ("10 points", "rumoured deduction"), ("3 May", "no-confidence vote")]]
ce = [{"cause": ["season tickets sold before the season"], "effect": ["the difference"]}, {"cause": ["crowds have fallen by about a third"], "effect": ["harder for the club to absorb"]}]
noise = ["SPORT", "By Ibbotsfield Fazakerley, Sports Desk", "Sunday 19 April 2026", "Read more: Harriers slide to fourth defeat in a row", "Photo caption: Harriers fans hold up a banner at Saturday's match."]
notes = ("Original fictional sports-desk story on a club governance row. Denials: quoted 'not a single pound has gone missing' (lede 'brushed aside calls to resign' is not itself a deny entry); 'waved away the trust's arithmetic as \"back-of-an-envelope stuff\"' + explanation; secretary 'it was categorically wrong to say' against the anonymous board member; 'there was no truth whatsoever in that' + colon explanation; league 'opened no case' via the Bootroom (article also says 'That is wrong'); 'rejected the former treasurer's version of events'. "
 "'did admit that' = confirm, with 'sloppy' quote. Trevelian's 'allegedly' hedges a named accuser. 'said he expected it to pass' = predict. No-comment optional. Headline no entry.")
build(N, notes, attrs, denials, anon, relays, descs, hedges, lf, [], numbers, ce, noise)
