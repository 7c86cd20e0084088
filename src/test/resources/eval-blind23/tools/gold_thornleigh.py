from goldlib import *
N = "thornleigh-upholstery-all-staff-email"
O = ["Stanbridge-Mensah", "Managing Director", "Oriel"]
TG = ["Telegraph"]
NK = ["Nakamura-Oakes", "finance director"]
attrs = [
A("telegraph-move", "the Bramwick Telegraph, citing two people familiar with the plans (unnamed)", TG + ["two people familiar"], "reported ... The paper cited", "assert", ["move frame-making to a factory in eastern Europe", "briefed on 80 job losses"], anon=True, via=["Telegraph"]),
A("author-colon", "Oriel Stanbridge-Mensah, Managing Director (the email's author)", O, "So let me answer the question I have been asked most since Tuesday:", "deny", ["we are not moving the frame shop"]),
A("groupchat-80", "a message going round a shop-floor group chat", ["message", "group chat"], "claimed", "assert", ["80 jobs would go by the summer"], q=True, anon=True, via=["group chat"]),
A("holroyd-no-list", "Temperance Holroyd-Aziz, who runs the people team", ["Holroyd-Aziz", "people team"], "Her answer:", "deny", ["There is no list"], q=True),
A("ashbridge-no-redundancies", "Dermot Ashbridge-Okoroafor, the union convenor at Bramwick", ["Ashbridge-Okoroafor", "union convenor", "union"], "said in a statement on the branch's website", "deny", ["has been told of no redundancies"], q=True, via=["statement", "branch's website"]),
A("ashbridge-asked-meet", "Dermot Ashbridge-Okoroafor", ["Ashbridge-Okoroafor", "union convenor"], "He has asked me", "assert", ["meet the branch committee next week"], req=False),
A("telegraph-circling", "the Bramwick Telegraph", TG, "also said", "assert", ["had been \"circling\" the business"], q=True),
A("pennycress-no-offer", "Pennycress Capital", ["Pennycress"], "told the trade paper", "deny", ["has made no offer for Thornleigh"], q=True, via=["Furniture Journal", "Bramwick Sound"]),
A("sound-relay-pennycress", "Bramwick Sound / Furniture Journal relaying Pennycress", ["Bramwick Sound", "Furniture Journal"], "in comments later repeated on", "deny", ["has made no offer for Thornleigh"], q=True, via=["Furniture Journal", "Bramwick Sound"], req=False),
A("author-met-pennycress", "Oriel Stanbridge-Mensah", O, "(author's narration, admission)", "confirm", ["I did meet two people from Pennycress"], req=False),
A("driver-canteen", "one of the drivers, passing on a customer in Fellgate (unnamed)", ["drivers", "customer"], "told me he had heard from", "assert", ["canteen shuts in May"], anon=True),
A("author-it-does-not", "Oriel Stanbridge-Mensah", O, "(author's narration)", "deny", ["It is not shutting."], req=False),
A("wendeby-contract", "Wendeby Catering, which runs the canteen", ["Wendeby Catering", "Wendeby"], "wrote to me", "deny", ["runs to March 2028"], q=True),
A("author-overtime-january", "Oriel Stanbridge-Mensah (her January statement)", O, "In January I told you", "retract", ["overtime would come back in March"], req=False),
A("author-on-me", "Oriel Stanbridge-Mensah", O, "(author's narration, admission)", "confirm", ["the fault is mine"], req=False),
A("nakamura-not-great", "Beatrix Nakamura-Oakes, finance director", NK, "she said", "opinion", ["This is not a great year"], q=True),
A("nakamura-sales", "Beatrix Nakamura-Oakes", NK, "(continues her numbers)", "assert", ["£4.1 million", "nine weeks"], req=False),
A("nakamura-expects", "Beatrix Nakamura-Oakes", NK, "She expects", "predict", ["back above 11 weeks"], h=True),
]
denials = [
 {"by": ["Stanbridge-Mensah", "Oriel"], "denied": ["move frame-making to a factory in eastern Europe", "we are not moving the frame shop"], "note": "The author's colon cue 'So let me answer the question I have been asked most since Tuesday:' against the Telegraph's report."},
 {"by": ["Holroyd-Aziz"], "denied": ["a list of names", "There is no list"], "note": "Verb-less colon cue 'Her answer:' + quote, against the group-chat message."},
 {"by": ["Ashbridge-Okoroafor", "union convenor"], "denied": ["briefed on 80 job losses", "has been told of no redundancies"], "note": "The union convenor's statement on the branch's website against the Telegraph's claim that the union had been briefed."},
 {"by": ["Pennycress"], "denied": ["circling", "has made no offer for Thornleigh"], "note": "Relayed: told Furniture Journal, repeated on Bramwick Sound."},
 {"by": ["Wendeby Catering", "Wendeby"], "denied": ["canteen shuts in May", "runs to March 2028"], "note": "Positive-words denial in a letter to the author ('wrote to me', no outlet via) after the author's own optional 'It is not shutting.'"},
]
anon = [
 {"match": ["two people familiar", "Telegraph"], "note": "the Telegraph cited two people familiar with the plans"},
 {"match": ["message", "group chat"], "note": "a message going round a shop-floor group chat: 80 jobs, a list of names"},
 {"match": ["drivers", "customer"], "note": "a driver passing on what a customer in Fellgate said about the canteen"},
]
relays = [{"speaker": ["Pennycress"], "outlets": ["Furniture Journal", "Bramwick Sound"], "note": "Pennycress -> Furniture Journal (trade paper) -> Bramwick Sound -> this email"},
          {"speaker": ["two people familiar"], "outlets": ["Telegraph"], "note": "two unnamed people -> Bramwick Telegraph -> this email"}]
descs = [
 {"name": "Oriel Stanbridge-Mensah", "description": ["Managing Director"]},
 {"name": "Temperance Holroyd-Aziz", "description": ["who runs our people team"]},
 {"name": "Dermot Ashbridge-Okoroafor", "description": ["the union convenor at Bramwick"]},
 {"name": "Furniture Journal", "description": ["the trade paper"]},
 {"name": "Wendeby Catering", "description": ["which runs it"]},
 {"name": "Beatrix Nakamura-Oakes", "description": ["Our finance director"]},
]
hedges = ["reportedly", "She expects"]
lf = []
numbers = [{"value": "80 job losses", "fact": "claimed by the Telegraph"}, {"value": "£186,000", "fact": "cost of the new CNC cutter"},
 {"value": "June", "fact": "CNC cutter arrives"}, {"value": "March 2028", "fact": "canteen contract end"},
 {"value": "£4.1 million", "fact": "first-quarter sales"}, {"value": "6%", "fact": "fall in sales on last year"},
 {"value": "nine weeks", "fact": "order book now"}, {"value": "11 weeks", "fact": "order book expected by end of July"},
 {"value": "28 April", "fact": "open meeting"}]
ce = [{"cause": ["spring orders came in later than we planned"], "effect": ["It did not, and the fault is mine"]},
      {"cause": ["reportedly bought two other furniture makers last year"], "effect": ["put two and two together"]}]
noise = ["From: Oriel Stanbridge-Mensah, Managing Director", "To: All staff (Bramwick works, Fellgate showroom and drivers)",
 "Date: Friday 24 April 2026, 16:05", "Subject: The rumours this week - what's true and what isn't", "Hello all,",
 "The frame shop", "The list", "Pennycress", "The canteen", "What I got wrong", "Where we actually are",
 "Thanks for everything you do,", "Oriel", "Oriel Stanbridge-Mensah", "Managing Director, Thornleigh Upholstery Ltd", "Thornleigh Works, Millrace Lane, Bramwick"]
notes = ("A company managing director's all-staff email in her first person (straight quotes). Noise: From/To/Date/Subject lines, greeting, six subheads, sign-off and signature block; the first line is the title. "
 "The author has a required entry only where a cue marks the statement ('So let me answer the question I have been asked most since Tuesday:'); her uncued narration ('It is not shutting.', the Pennycress meeting, 'the fault is mine') has optional entries. "
 "'told me' and 'wrote to me' name the email's own author: no outlet via. Pronoun and role sources: 'The paper' = the Bramwick Telegraph; 'Her answer:' = Holroyd-Aziz; 'He has asked me' = Ashbridge-Okoroafor; "
 "'she said', 'She expects' = Nakamura-Oakes; 'which runs it' = Wendeby Catering runs the canteen. The Telegraph citing two unnamed people is one entry flagged anonymous with via Telegraph. "
 "Non-denials: the CNC cutter paragraph (author's argument, article voice); 'I did meet two people from Pennycress' (admission, optional confirm); 'reportedly bought' (article hedge); "
 "'In January I told you overtime would come back in March' + 'It did not, and the fault is mine' (the author correcting her own earlier claim: optional retract and confirm); 'He has asked me to meet the branch committee' (optional); 'This is not a great year, but it is not a bad one either' (opinion with 'not'); 'She expects ...' (prediction); 'I cannot promise' (article voice); "
 "'The Telegraph has not yet replied' (article voice).")
build(N, notes, attrs, denials, anon, relays, descs, hedges, lf, [], numbers, ce, noise)
