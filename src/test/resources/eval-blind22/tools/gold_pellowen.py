from goldlib import *
N = "pellowen-primary-minibus-school-newsletter"
H = ["Santo-Hambly", "Headteacher", "head"]
P = ["Penhallow-Reece", "service manager", "County Catering"]
attrs = [
A("whatsapp-sold", "a message on the Year 4 parents' WhatsApp group", ["message", "WhatsApp group"], "said", "assert", ["sold to pay for the new roof"], anon=True, via=["WhatsApp group"]),
A("head-still-ours", "Mrs Elowen Santo-Hambly, headteacher (the letter's author)", H, "I said it at Tuesday's coffee afternoon and I will put it in writing now:", "deny", ["our minibus is still ours", "it is not for sale"]),
A("trenowden-never-discussed", "Mrs Philippa Trenowden-Amofah, chair of governors", ["Trenowden-Amofah", "chair of governors"], "she writes", "deny", ["never discussed selling the minibus", "not appeared on any agenda"], q=True),
A("parent-heard-cancelled", "one parent who asked not to be named", ["parent"], "told me she had heard", "assert", ["swimming lessons were cancelled for the rest of the year"], h=True, anon=True),
A("polglaze-not-cancelled", "Mr Gideon Polglaze, manager of Trevane Baths", ["Polglaze", "manager of the baths"], "he told me", "deny", ["Nobody's lessons are cancelled", "Thursday afternoons at Lanreath Pool"], q=True),
A("head-my-fault", "Mrs Elowen Santo-Hambly", H, "(first-person narration, uncued)", "confirm", ["that is my fault"], req=False),
A("recorder-kitchen", "Trevane Weekly Recorder", ["Trevane Weekly Recorder", "Recorder"], "reported", "assert", ["our kitchen would close at Easter", "factory kitchen in St Maddern"]),
A("penhallow-not-closing", "Ms Lowri Penhallow-Reece, County Catering service manager", P, "wrote back:", "deny", ["kitchen is not closing, at Easter or at any other time", "nobody at County Catering has proposed"], q=True),
A("penhallow-mixed-up", "Ms Lowri Penhallow-Reece", ["Penhallow-Reece"], "She told Radio Carrick", "deny", ["mixed us up with a school in another county"], q=True, via=["Radio Carrick", "Recorder's website"]),
A("recorder-correction", "Trevane Weekly Recorder", ["Recorder"], "has said", "assert", ["print a correction next week"], req=False),
A("kitto-raised", "Mr Jory Kitto-Boateng, PTA treasurer", ["Kitto-Boateng", "PTA treasurer"], "says", "assert", ["£1,146", "new reading books"], q=True),
A("kitto-fair", "Mr Jory Kitto-Boateng", ["Kitto-Boateng"], "He thinks", "predict", ["beat last year's by a mile"], q=True, h=True),
A("ezra-best", "Ezra in Year 6", ["Ezra"], "asked to add a line:", "opinion", ["best thing about this school"], q=True, req=False),
]
denials = [
 {"by": ["Santo-Hambly", "head"], "denied": ["sold to pay for the new roof", "our minibus is still ours"], "note": "The head's colon cue 'I will put it in writing now:' with positive wording ('still ours', 'not for sale') against the WhatsApp message."},
 {"by": ["Trenowden-Amofah"], "denied": ["never discussed selling the minibus"], "note": "Chair of governors' note, 'she writes' after the quote."},
 {"by": ["Polglaze"], "denied": ["swimming lessons were cancelled", "Nobody's lessons are cancelled"], "note": "Baths manager's 'he told me' (the letter's author; no via)."},
 {"by": ["Penhallow-Reece"], "denied": ["our kitchen would close at Easter", "kitchen is not closing", "mixed us up with a school in another county"], "note": "Colon quote 'wrote back:' + relayed description (Radio Carrick -> the Recorder's website) that the paper mixed the school up."},
]
anon = [
 {"match": ["message", "WhatsApp group"], "note": "a message on the Year 4 parents' WhatsApp group"},
 {"match": ["parent"], "note": "one parent, who asked the head not to use her name; had heard lessons were cancelled"},
]
relays = [{"speaker": ["Penhallow-Reece"], "outlets": ["Radio Carrick", "Recorder's website"], "note": "Penhallow-Reece -> Radio Carrick -> the Recorder's website -> this newsletter"}]
descs = [
 {"name": "Philippa Trenowden-Amofah", "description": ["Our chair of governors"]},
 {"name": "Gideon Polglaze", "description": ["the manager of the baths"]},
 {"name": "Lowri Penhallow-Reece", "description": ["Its service manager"]},
 {"name": "Jory Kitto-Boateng", "description": ["Our PTA treasurer"]},
 {"name": "Elowen Santo-Hambly", "description": ["Headteacher"]},
]
hedges = ["she had heard", "It is expected to", "He thinks", "if the weather holds"]
lf = [{"claim": ["sold to pay for the new roof"], "by": "the head and the chair of governors"},
      {"claim": ["our kitchen would close at Easter"], "by": "County Catering; the Recorder will print a correction"}]
numbers = [{"value": "18 March", "fact": "football tournament at Kellowick"}, {"value": "12 March", "fact": "lessons move to Lanreath Pool"},
 {"value": "20 February", "fact": "date the baths wrote to the school"}, {"value": "£1,146", "fact": "raised by the quiz night"}]
ce = [{"cause": ["while a new filter is fitted"], "effect": ["The pool is closed"]},
      {"cause": ["letter sat in my tray for a week"], "effect": ["should have told you about the closure sooner"]}]
noise = ["Pellowen Primary School Newsletter | Issue 9 | Friday 6 March 2026", "\"Learning together, growing together\"", "From the head", "Dear families,",
 "The minibus", "Swimming", "School dinners", "From the PTA", "Pupil voice", "Dates for the diary",
 "Monday 9 March: Year 3 trip to Carn Gloose Farm", "Wednesday 18 March: football tournament at Kellowick", "Friday 27 March: parents' evening, 3.30pm to 7pm",
 "With best wishes,", "Mrs Elowen Santo-Hambly", "Headteacher", "Pellowen Primary School, Chapel Lane, Pellowen | office@pellowen.example.sch.uk | 01736 555 0192"]
notes = ("Primary school newsletter, 'From the head' letter in the headteacher's first person (straight quotes). Noise: masthead, motto, section heads, greeting, dates list, sign-off, address line. "
 "The head has an entry only where a cue marks her statement ('I said it ... and I will put it in writing now:'); her uncued narration ('that is my fault', 'What I cannot tell you yet', "
 "'It is expected to go up') is article voice or optional. 'he told me', 'wrote back:' and the chair's note passed on by the head name the newsletter's own author and get no via. "
 "Pronoun sources: 'she writes' = Trenowden-Amofah; 'he told me' = Polglaze; 'She told Radio Carrick' = Penhallow-Reece; 'He thinks' = Kitto-Boateng. "
 "Non-denials: the head's admission, the refusal 'What I cannot tell you yet', 'The Recorder has said it will print a correction' (optional), Ezra's opinion 'nobody is allowed to sell it' (optional, not a denial), "
 "the article-voice negation 'not by the school' about the roof.")
build(N, notes, attrs, denials, anon, relays, descs, hedges, lf, [], numbers, ce, noise)
