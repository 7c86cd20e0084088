from goldlib import *
N = "ardenvale-maths-paper-education-correspondent"
AEC = ["Ardenvale Examinations Council", "council"]
S = ["Strachan-Boateng", "chief executive"]
FP = ["Fair Papers"]
BG = ["Brackenby Grange Academy", "Academy"]
M = ["spokeswoman", "Adeyemi-Crane", "education minister"]
O = ["Olusanya-Harkness", "general secretary", "Association of Secondary Heads"]
attrs = [
A("headline-says-mock", "Ardenvale Examinations Council (headline)", ["Exam council", "council"], "says (headline)", "deny", ["last year's mock with a new cover"], q=True, req=False),
A("council-lede-denies", "Ardenvale Examinations Council", AEC, "has denied that ..., telling schools that", "deny", ["higher-tier maths paper was leaked", "mock paper from last winter"]),
A("fairpapers-views", "Fair Papers, a campaign group that tracks exam leaks", FP, "according to", "assert", ["viewed more than 18,000 times"]),
A("fairpapers-six", "Fair Papers", FP, "Fair Papers said (mid-sentence)", "assert", ["at least six of the 22 questions"], q=True),
A("strachan-mock", "Eulalia Strachan-Boateng, the council's chief executive", S, "said (quote split by attribution)", "deny", ["November 2025 mock"], q=True),
A("strachan-kind", "Eulalia Strachan-Boateng", S, "She said", "deny", ["the same kind of question, not the same question"], q=True),
A("strachan-ladder", "Eulalia Strachan-Boateng", S, "she said", "assert", ["ladder leaning against a wall"]),
A("strachan-every-paper", "Eulalia Strachan-Boateng", S, "(continues)", "opinion", ["Every maths paper in the country"], q=True, req=False),
A("strachan-accept", "Eulalia Strachan-Boateng", S, "She owned up to one error:", "confirm", ["real paper's cover page", "embarrassing and entirely ours"], q=True),
A("tiernan-told", "Lorcan Tiernan-Ezeala, Fair Papers' founder", ["Tiernan-Ezeala", "founder"], "said", "assert", ["before 10pm on Monday", "sat on the warning"], q=True),
A("council-swept", "Ardenvale Examinations Council", AEC, "swept that aside (content-less verdict)", "deny", ["swept that aside"], req=False),
A("council-spokesman-log", "a council spokesman", ["council spokesman", "spokesman"] + AEC, "a council spokesman said", "deny", ["first message at 7.12am on Tuesday", "phone log"], q=True),
A("council-not-drawn", "Ardenvale Examinations Council", AEC, "would not commit itself", "assert", ["would not commit itself"], req=False),
A("teachers-seal", "two teachers at a school in Brackenby (unnamed)", ["teachers"], "said", "assert", ["seal already broken"], anon=True),
A("posts-named-school", "posts in the Whisperline group", ["Posts", "Whisperline group"], "named", "assert", ["named the school as the source"], anon=True, via=["Whisperline group"]),
A("brackenby-sealed", "Brackenby Grange Academy", BG, "said", "deny", ["stayed sealed in a locked cabinet", "8.40am"]),
A("head-invited", "Wendell Oyinlola-Pritchett, head of Brackenby Grange Academy", ["Oyinlola-Pritchett", "head"], "said", "assert", ["invited the council to inspect the cabinet"]),
A("head-nothing-to-hide", "Wendell Oyinlola-Pritchett", ["Oyinlola-Pritchett", "head"], "he said", "deny", ["nothing to hide"], q=True, req=False),
A("minister-no-resit", "a spokeswoman for the education minister, Rufus Adeyemi-Crane", M, "told the Ardenvale Post", "deny", ["no pupil will be asked to sit this paper a second time"], q=True, via=["Ardenvale Post", "Radio Ardenvale"]),
A("radio-relay-minister", "Radio Ardenvale / Ardenvale Post relaying the minister's spokeswoman", ["Radio Ardenvale", "Ardenvale Post"], "in comments carried on", "deny", ["no pupil will be asked to sit this paper a second time"], q=True, via=["Ardenvale Post", "Radio Ardenvale"], req=False),
A("pupil-mock", "one Year 11 pupil quoted by the Post without her name", ["pupil"], "quoted by the Post", "assert", ["looked exactly like the mock we did before Christmas"], q=True, anon=True, via=["Post"]),
A("olusanya-badly", "Philomena Olusanya-Harkness, general secretary of the Association of Secondary Heads", O, "said", "opinion", ["handled the morning badly"]),
A("olusanya-not-scandal", "Philomena Olusanya-Harkness", O, "she said", "opinion", ["This is not a scandal yet"], q=True),
A("olusanya-expected", "Philomena Olusanya-Harkness", O, "She expected ... and predicted", "predict", ["within a fortnight", "find a human error, not a thief"], q=True, h=True),
A("understood-takedown", "unnamed (is understood to)", ["understood"], "is understood to", "assert", ["asked Whisperline to take down the images"], h=True, anon=True, req=False),
]
denials = [
 {"by": ["Ardenvale Examinations Council", "Strachan-Boateng"], "denied": ["higher-tier maths paper was leaked", "November 2025 mock"], "note": "Lede's reported 'has denied that its higher-tier maths paper was leaked ..., telling schools that images ... showed a mock paper' (required) + the chief executive's quote split by attribution 'The paper that went round on Monday night,' said NAME, 'was our November 2025 mock ...' (positive words, required)."},
 {"by": ["Strachan-Boateng"], "denied": ["at least six of the 22 questions", "the same kind of question, not the same question"], "note": "Pronoun source 'She said the overlap ... was \"the same kind of question, not the same question\"' against Fair Papers' six-of-22 claim."},
 {"by": ["Ardenvale Examinations Council", "council spokesman"], "denied": ["before 10pm on Monday", "first message at 7.12am on Tuesday"], "note": "'The council swept that aside' (content-less, optional) + the spokesman's positive-words quote with a time and a phone log (required)."},
 {"by": ["Brackenby Grange Academy"], "denied": ["seal already broken", "stayed sealed in a locked cabinet"], "note": "Organisation denial in positive words against the anonymous teachers and the Whisperline posts; the head's 'We have nothing to hide' is an optional deny."},
 {"by": ["spokeswoman", "Adeyemi-Crane"], "denied": ["sit the paper again", "no pupil will be asked to sit this paper a second time"], "note": "Relayed: the minister's spokeswoman told the Ardenvale Post, carried on Radio Ardenvale."},
]
anon = [
 {"match": ["teachers"], "note": "two teachers who asked not to be named; the box's seal was already broken"},
 {"match": ["Posts", "Whisperline group"], "note": "posts in the Whisperline group named the school"},
 {"match": ["pupil"], "note": "a Year 11 pupil quoted by the Post without her name"},
 {"match": ["understood"], "note": "the council is understood to have asked Whisperline to take down the images"},
]
relays = [{"speaker": ["spokeswoman", "Adeyemi-Crane"], "outlets": ["Ardenvale Post", "Radio Ardenvale"], "note": "minister's spokeswoman -> Ardenvale Post -> Radio Ardenvale -> this article"},
          {"speaker": ["pupil"], "outlets": ["Post"], "note": "anonymous pupil -> the Post -> this article"}]
descs = [
 {"name": "Fair Papers", "description": ["a campaign group that tracks exam leaks"]},
 {"name": "Eulalia Strachan-Boateng", "description": ["the council's chief executive"]},
 {"name": "Lorcan Tiernan-Ezeala", "description": ["Fair Papers' founder"]},
 {"name": "Brackenby Grange Academy", "description": ["the only secondary school in the town"]},
 {"name": "Wendell Oyinlola-Pritchett", "description": ["Its head"]},
 {"name": "Rufus Adeyemi-Crane", "description": ["the education minister"]},
 {"name": "Philomena Olusanya-Harkness", "description": ["general secretary of the Association of Secondary Heads"]},
]
hedges = ["what was said to be", "About 41,500", "about 9.30pm", "more than 18,000", "She expected", "is understood to", "reportedly"]
lf = []
numbers = [{"value": "41,500", "fact": "pupils who sat Paper 2"}, {"value": "9.30pm", "fact": "time the photographs were posted"},
 {"value": "18,000", "fact": "views by morning"}, {"value": "at least six of the 22 questions", "fact": "overlap claimed by Fair Papers"},
 {"value": "November 2025", "fact": "mock paper date"}, {"value": "about 20 minutes", "fact": "cover page shown on the website"},
 {"value": "7.12am", "fact": "first message to the duty officer"}, {"value": "8.40am", "fact": "papers left the cabinet"},
 {"value": "two members of staff", "fact": "signed for the delivery"}, {"value": "within a fortnight", "fact": "review expected"},
 {"value": "3,000", "fact": "Whisperline group members"}, {"value": "20 August", "fact": "results day"}]
ce = [{"cause": ["had not been allowed to speak to the press"], "effect": ["asked not to be named"]}]
noise = ["EDUCATION", "By Matthias Penhallow-Ruiz, Education Correspondent", "Published 3 June 2026, 18:40",
 "Photo caption: Pupils leave an exam hall at a secondary school in Ardenvale on Tuesday. (Photo: Bronagh Quillfeather)",
 "The council's answer", "The school in Brackenby", "A resit?", "Read more: How exam papers travel from the printer to the exam hall"]
notes = ("Education correspondent's report (straight quotes). Noise: section line, byline, date-and-time line, photo caption, three subheads, 'Read more:' line. "
 "Pronoun and role sources: 'She said', 'she said' (ladder), 'She owned up', 'she called' = Strachan-Boateng; 'a council spokesman' = the council's spokesman (not anonymous); "
 "'Its head' / 'he said' = Oyinlola-Pritchett; 'she said', 'She expected' = Olusanya-Harkness; 'the Post' = the Ardenvale Post. "
 "'The images, Fair Papers said, matched ...' is an attribution split by its cue. 'swept that aside' is a content-less verdict (optional deny). "
 "Non-denials: 'She owned up to one error: ... a slip she called \"embarrassing and entirely ours\"' (admission, confirm); 'The cover page carried no questions' (article voice, no entry); "
 "'would not commit itself' (refusal, optional); 'This is not a scandal yet' (opinion with 'not'); the prediction 'find a human error, not a thief' (predict); "
 "'Results are not due until 20 August, and no grade boundaries have yet been set' (article voice); 'reportedly had more than 3,000 members' (article-voice hedge, no entry); "
 "'is understood to' (optional). The headline's 'Exam council says \"leaked\" maths paper was last year\'s mock with a new cover' is an optional deny. The pupil quoted by the Post is anonymous with via Post.")
build(N, notes, attrs, denials, anon, relays, descs, hedges, lf, [], numbers, ce, noise)
