from goldlib import A, build
N = "rathmoyle-bank-closure-weekly-column"
attrs = [
 A("facebook-sold", "a local Facebook group with 9,000 members", ["Facebook group"], "announced that", "assert", ["already been sold to Lucksmith Bets"]),
 A("tudwal-it-has-not", "Dymphna Tudwal, Scobie Mutual regional manager", ["Tudwal", "regional manager", "Scobie Mutual"], "It has not, says", "deny", ["It has not"]),
 A("tudwal-not-sold", "Dymphna Tudwal", ["Tudwal"], "She tells me", "deny", ["the building has not been sold, is not on the market"]),
 A("lucksmith-laughed", "Lucksmith Bets", ["Lucksmith"], "laughed the story off ..., saying", "deny", ["laughed the story off", "never so much as looked at the site"]),
 A("strode-promise", "Councillor Hilarion Strode", ["Strode"], "says ...: that", "assert", ["promised the council in 2022 to keep the branch open"]),
 A("tudwal-no-promise", "Dymphna Tudwal", ["Tudwal"], "insists", "deny", ["made no promise of the kind"]),
 A("tudwal-honest", "Dymphna Tudwal", ["Tudwal"], "was honest with me about the reason", "confirm", ["was honest with me about the reason"], req=False),
 A("tudwal-costs", "Dymphna Tudwal", ["Tudwal"], "she said", "confirm", ["costs more to run than it brings in"]),
 A("cashier-post-office", "a cashier who asked not to be named", ["cashier"], "told the Chronicle", "assert", ["would allegedly close next year as well"], h=True, anon=True, via=["Chronicle"]),
 A("pendower-straight", "Loic Pendower, postmaster", ["Pendower", "postmaster"], "put that straight", "deny", ["put that straight", "new ten-year contract"]),
 A("leaflet-4-miles", "the bank's leaflet", ["leaflet"], "says", "assert", ["only 4 miles away"], q=True),
 A("strode-not-the-way", "Councillor Hilarion Strode", ["Strode"], "said", "opinion", ["not the way to treat a town this size"], q=True),
 A("strode-write", "Councillor Hilarion Strode", ["Strode"], "said ... that he would", "predict", ["write to the bank's chief executive"], req=False),
 A("head-office-no-comment", "Scobie Mutual head office", ["head office", "Scobie Mutual"], "declined to comment", "assert", ["declined to comment on how many other branches"], req=False),
]
denials = [
 {"by": ["Tudwal", "Scobie Mutual"], "denied": ["already been sold to Lucksmith Bets"], "note": "bare 'It has not, says Scobie Mutual's regional manager' + 'She tells me the building has not been sold'"},
 {"by": ["Lucksmith"], "denied": ["already been sold to Lucksmith Bets"], "note": "second party, same claim: 'laughed the story off when I rang, saying'"},
 {"by": ["Tudwal"], "denied": ["promised the council in 2022 to keep the branch open"], "note": "same denier, second claim: 'insists the bank made no promise of the kind'"},
 {"by": ["Pendower", "postmaster"], "denied": ["would allegedly close next year as well"], "note": "'put that straight when I dropped in' + new ten-year contract (against the anonymous cashier)"},
]
anon = [{"match": ["cashier"], "note": "cashier who asked not to be named, told the Chronicle (allegedly)"}]
relays = [{"speaker": ["cashier"], "outlets": ["Chronicle"], "note": "unnamed cashier -> the Chronicle (the columnist's paper)"}]
descs = [{"name": "Dymphna Tudwal", "description": ["regional manager"]}, {"name": "Loic Pendower", "description": ["The postmaster"]}, {"name": "Hilarion Strode", "description": ["Councillor"]}]
hedges = ["allegedly"]
lf = [{"claim": ["only 4 miles away"], "by": "the column itself ('That is simply untrue. It is 11 miles by road')"}]
numbers = [{"value": v, "fact": f} for v, f in [("1979", "first account"), ("29 January", "closure"), ("14,000 people", "town"), ("9,000 members", "Facebook group"), ("2028", "cash machine"), ("2022", "alleged promise"), ("five years", "alleged promise"), ("four in five", "phone banking"), ("ten-year contract", "post office"), ("4 miles", "leaflet"), ("11 miles", "by road"), ("50 minutes", "bus")]]
ce = [{"cause": ["four in five customers now bank on their phones"], "effect": ["The branch costs more to run than it brings in"]}]
noise = ["ON THE HIGH STREET | Petrock Treloar's weekly column", "Saturday 21 November 2026", "Advertisement", "Pictured: The Scobie Mutual branch on Market Place, which closes on 29 January", "Petrock Treloar's column appears every Saturday. Write to him at the Chronicle."]
notes = ("Original fictional weekly first-person column with a news peg (a bank branch closure). The columnist's own memories and views ('I understand the arithmetic', the minutes 'do not settle it') get no entries. "
 "Denials: bare inverted 'It has not, says Scobie Mutual's regional manager, Dymphna Tudwal.' (required) + 'She tells me the building has not been sold'; Lucksmith 'laughed the story off when I rang, saying' (second party, same claim); Tudwal 'insists the bank made no promise of the kind' (same denier, second claim); postmaster 'put that straight when I dropped in' + ten-year contract (against the anonymous cashier). "
 "'told the Chronicle' names the column's own paper (via). 'was honest with me about the reason' = optional confirm (bare framing); 'The branch costs more to run than it brings in, she said, because ...' = required confirm + cause-effect. The leaflet's 'only 4 miles away' labelled false ('That is simply untrue.'). Strode's 'not the way to treat a town this size' = opinion; his plan to write = optional predict in the same sentence. 'told me'/'tells me'/'when I rang' = the columnist, no via. Head-office no-comment optional.")
build(N, notes, attrs, denials, anon, relays, descs, hedges, lf, [], numbers, ce, noise)
