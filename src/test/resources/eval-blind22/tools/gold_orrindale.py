from goldlib import *
N = "orrindale-museum-walrus-taxidermy-museum-blog"
M = ["Sallowby-Kerr", "Collections Manager", "Orrindale Museum"]
B = ["Brennagh", "Hattie", "conservator"]
attrs = [
A("tiktok-dubai", "a TikTok video by the account @curiositycabinet_uk", ["video", "curiositycabinet_uk"], "claims", "assert", ["private collector in Dubai", "crated up by the end of the summer"], q=True, anon=True, via=["TikTok"]),
A("courier-danger", "Orrindale Courier", ["Orrindale Courier", "Courier"], "with a story saying", "assert", ["makes him a danger to visitors"]),
A("comment-cow", "a comment under the TikTok video", ["comment"], "says", "assert", ["three cow hides and a lot of plaster"], q=True, anon=True, via=["TikTok"]),
A("museum-not-sold", "Clemency Sallowby-Kerr, Collections Manager (the post's author, for the museum)", M, "So, to answer the question ...:", "deny", ["not being sold, loaned or swapped"]),
A("oduwole-no-offer", "Professor Fergal Oduwole-Stannard, chair of the trustees", ["Oduwole-Stannard", "chair of our trustees"], "told the Courier", "deny", ["has received no offer for Walter", "never put a price on him"], q=True, via=["Courier", "Radio Orrin"]),
A("orrin-relay", "Radio Orrin's breakfast programme repeating Oduwole-Stannard", ["Radio Orrin"], "His words were repeated on", "assert", ["His words were repeated"], via=["Radio Orrin"], req=False),
A("brennagh-arsenic", "Hattie Brennagh, conservator", B, "she said", "confirm", ["There is arsenic in his skin"], q=True, req=False),
A("brennagh-no-harm", "Hattie Brennagh", B, "(continues the quote; holds the denial)", "deny", ["no visitor has ever been close enough to him to come to any harm"], q=True),
A("brennagh-gloves", "Hattie Brennagh", B, "She added", "assert", ["gloves and masks"]),
A("publichealth-no-concerns", "the county council's public health team", ["public health team"], "said in a letter", "assert", ["no concerns about the display as it stands"], q=True, via=["letter"]),
A("hexmoor-report", "the University of Hexmoor genetics lab's report", ["report", "University of Hexmoor", "genetics lab"], "According to its report", "assert", ["every sample came from a walrus"]),
A("adeleke-no-cow", "Dr Kasimir Adeleke-Thwaite, who ran the tests", ["Adeleke-Thwaite"], "put it more bluntly in an email to us this week:", "deny", ["There is no cow in Walter"], q=True, via=["email"]),
A("adeleke-hair", "Dr Kasimir Adeleke-Thwaite", ["Adeleke-Thwaite"], "(continues the quote)", "deny", ["Not a hair of one"], q=True, via=["email"], req=False),
A("understood-padded", "unnamed (it is understood)", ["understood"], "it is understood", "assert", ["padded out the shoulders"], h=True, anon=True, req=False),
A("records-1902", "the museum's records", ["records"], "say", "assert", ["he arrived in 1902"]),
A("label-1896", "the gallery label", ["label"], "says", "assert", ["The label in the gallery says 1896"], req=False),
A("brennagh-expects", "Hattie Brennagh", B, "She expects", "predict", ["left tusk behaves itself"], q=True, h=True),
A("marnie-best", "commenter Marnie_O", ["Marnie_O"], "(comment under a label line)", "opinion", ["Best thing in the building", "never get rid of him"], anon=True),
A("tuskfan-uncle", "tuskfan88's uncle, relayed by the commenter", ["uncle", "tuskfan88"], "says", "assert", ["nearly swapped Walter for a dinosaur cast"], anon=True),
A("museum-minutes", "Orrindale Museum (reply to comment; its 1980s minutes)", ["Orrindale Museum", "minutes"], "show", "assert", ["no swap was ever discussed"]),
]
denials = [
 {"by": ["Sallowby-Kerr", "Orrindale Museum"], "denied": ["private collector in Dubai", "not being sold, loaned or swapped"], "note": "The author's colon cue 'So, to answer the question ...:' against the TikTok video."},
 {"by": ["Oduwole-Stannard"], "denied": ["private collector in Dubai", "has received no offer for Walter"], "note": "Chair of trustees relayed: told the Courier, repeated on Radio Orrin."},
 {"by": ["Brennagh"], "denied": ["makes him a danger to visitors", "no visitor has ever been close enough"], "note": "Split quote: first sentence admits the arsenic (optional confirm), the uncued second sentence holds the denial (required)."},
 {"by": ["Adeleke-Thwaite"], "denied": ["three cow hides and a lot of plaster", "There is no cow in Walter"], "note": "Colon cue 'put it more bluntly in an email to us this week:'; continuation optional."},
]
anon = [
 {"match": ["video", "curiositycabinet_uk"], "note": "a TikTok video by an account, watched more than 900,000 times"},
 {"match": ["comment"], "note": "a comment under the video"},
 {"match": ["Marnie_O", "tuskfan88", "uncle"], "note": "blog commenters by username; tuskfan88 relays an unnamed uncle"},
]
relays = [{"speaker": ["Oduwole-Stannard"], "outlets": ["Courier", "Radio Orrin"], "note": "Oduwole-Stannard -> Orrindale Courier -> Radio Orrin's breakfast programme -> this blog"},
          {"speaker": ["uncle"], "outlets": ["tuskfan88"], "note": "an uncle -> commenter tuskfan88 -> comments"}]
descs = [
 {"name": "Clemency Sallowby-Kerr", "description": ["Collections Manager"]},
 {"name": "Fergal Oduwole-Stannard", "description": ["The chair of our trustees"]},
 {"name": "Hattie Brennagh", "description": ["Our conservator", "has looked after Walter for eleven years"]},
 {"name": "Kasimir Adeleke-Thwaite", "description": ["who ran the tests"]},
]
hedges = ["it is understood", "about once every five years", "about six weeks", "She expects", "more than 400"]
lf = [{"claim": ["private collector in Dubai"], "by": "the museum and its chair"}, {"claim": ["three cow hides and a lot of plaster"], "by": "the Hexmoor report ('every sample came from a walrus')"}]
numbers = [{"value": "900,000", "fact": "views of the TikTok video"}, {"value": "400", "fact": "times the museum was asked"}, {"value": "eleven years", "fact": "Brennagh has looked after Walter"},
 {"value": "28 May", "fact": "public health visit"}, {"value": "2019", "fact": "samples sent to Hexmoor"}, {"value": "1902", "fact": "year Walter arrived, per records"},
 {"value": "1896", "fact": "wrong year on the label"}, {"value": "8 June", "fact": "case closes"}]
ce = [{"cause": ["padded out the shoulders"], "effect": ["looks a good deal rounder"]}]
noise = ["Orrindale Museum of Natural History | Blog", "Posted by Clemency Sallowby-Kerr, Collections Manager | 3 June 2026 | 6 min read", "Tags: taxidermy, collections, your questions",
 "Image: Walter the walrus in his case in the Arctic Gallery, photographed during last week's cleaning.", "The arsenic question", "Is he a walrus?", "What happens next", "Comments (3)",
 "Marnie_O | 3 June 2026", "tuskfan88 | 3 June 2026", "Orrindale Museum | 4 June 2026", "Subscribe to the Orrindale Museum blog"]
notes = ("Museum blog post by the collections manager in the museum's first person, with a comments section (straight quotes). Noise: blog masthead, posted-by line, tags, image caption, subheads, "
 "comment label lines, subscribe line. The author has an entry only where a cue marks the statement ('So, to answer the question ...:'); 'We will admit to a little plaster', the label mistake and "
 "'What we cannot tell you' are article voice (admission, correction, refusal). 'told the Courier' keeps via (the Courier is not this blog). 'in an email to us' names the blog's own author: via is the channel 'email' only. "
 "Pronoun sources: 'she said', 'She added', 'She expects' = Brennagh; 'its report' = the University of Hexmoor lab; 'His words' = Oduwole-Stannard. Verb-less comment text is attributed to the username on the label line (anonymous). "
 "The museum's reply 'Our minutes ... show no swap was ever discussed' is counter-evidence (assert). The public health team's 'no concerns' is an assessment (assert), not a denial.")
build(N, notes, attrs, denials, anon, relays, descs, hedges, lf, [], numbers, ce, noise)
