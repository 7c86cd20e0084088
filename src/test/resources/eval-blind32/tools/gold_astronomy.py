from goldlib import A, build
N = "astronomy-society-grant-student-newspaper"
attrs = [
 A("union-denied", "the Students' Union", ["Students' Union", "union"], "has denied that", "deny", ["as punishment for an article in the society's magazine"]),
 A("ferncombe-eight-days", "Orlaith Ferncombe, society president", ["Ferncombe", "society's president"], "said ... and claimed that", "assert", ["eight days after Stargazer published", "cover the ball's overspend"]),
 A("quillbury-called", "Jerome Quillbury, union president", ["Quillbury", "union's president"], "called the society's accusation", "deny", ["a conspiracy theory with a telescope attached"], q=True),
 A("askerwell-nobody", "Cressida Askerwell, democracy officer", ["Askerwell", "democracy officer"], "said the union's democracy officer", "deny", ["Nobody on this executive has ever punished a society for something it printed"], q=True),
 A("hemsworth-hardship", "Bartley Hemsworth, finance officer", ["Hemsworth", "finance officer"], "said", "deny", ["moved into the student hardship fund"]),
 A("hemsworth-73", "Bartley Hemsworth", ["Hemsworth"], "which he said", "assert", ["paid out to 73 students"], req=False),
 A("committee-member-anon", "a member of the society's committee who asked not to be named", ["member of the society's committee", "Quillpot"], "told The Quillpot", "assert", ["missed two deadlines"], h=True, anon=True, via=["The Quillpot"]),
 A("ferncombe-accepted", "Orlaith Ferncombe", ["Ferncombe"], "accepted that", "confirm", ["handed in three weeks late"]),
 A("ferncombe-quarter", "Orlaith Ferncombe", ["Ferncombe"], "She said", "assert", ["never before cut a grant by more than a quarter"]),
 A("ferncombe-not-late-form", "Orlaith Ferncombe", ["Ferncombe"], "she said", "opinion", ["This is not about a late form"], q=True),
 A("union-instagram", "the Students' Union", ["union"], "In a post on the union's Instagram account, rejected the claim that ..., stating that", "deny", ["Stargazer had been discussed at the finance committee meeting", "do not mention the magazine once"], q=True, via=["Instagram"]),
 A("minutes-list", "the minutes of the finance committee meeting (seen by The Quillpot)", ["minutes", "Quillpot"], "has seen ..., which list", "assert", ["late accounts as the only reason for the cut"], req=False),
 A("ferncombe-appeal", "Orlaith Ferncombe", ["Ferncombe"], "said she planned", "assert", ["appeal at the next meeting of the Student Council"]),
 A("press-office-no-comment", "the university's press office", ["press office"], "declined to comment, saying", "assert", ["declined to comment", "a matter for the union"], req=False),
]
denials = [
 {"by": ["Students' Union"], "denied": ["as punishment for an article in the society's magazine"], "note": "lede denial verb"},
 {"by": ["Quillbury"], "denied": ["a conspiracy theory with a telescope attached"], "note": "'called the society's accusation ...' verdict"},
 {"by": ["Askerwell"], "denied": ["Nobody on this executive has ever punished a society for something it printed"], "note": "said-X inversion"},
 {"by": ["Hemsworth"], "denied": ["cover the ball's overspend", "moved into the student hardship fund"], "note": "positively worded rebuttal of Ferncombe's claim about the money"},
 {"by": ["union"], "denied": ["Stargazer had been discussed at the finance committee meeting"], "note": "via a post on the union's Instagram account: 'rejected the claim that ...'"},
]
anon = [{"match": ["member of the society's committee"], "note": "who asked not to be named, told The Quillpot; the former treasurer reportedly missed two deadlines"}]
relays = [{"speaker": ["member of the society's committee"], "outlets": ["The Quillpot"], "note": "unnamed committee member -> The Quillpot (this paper)"}]
descs = [{"name": "Orlaith Ferncombe", "description": ["The society's president"]}, {"name": "Jerome Quillbury", "description": ["The union's president"]},
 {"name": "Cressida Askerwell", "description": ["the union's democracy officer"]}, {"name": "Bartley Hemsworth", "description": ["The union's finance officer"]},
 {"name": "Stargazer", "description": ["the society's magazine"]}]
hedges = ["reportedly"]
numbers = [{"value": v, "fact": f} for v, f in [("3,000 pounds to 600 pounds", "grant cut"), ("80 per cent", "size of the cut"), ("12 February", "finance committee meeting"), ("eight days", "gap between the article and the cut, per Ferncombe"), ("41,000 pounds", "cost of the summer ball"), ("73 students", "hardship fund payouts since January"), ("three weeks late", "accounts delay"), ("180 members", "society membership")]]
ce = [{"cause": ["while it waits for the appeal"], "effect": ["cancelled its March trip"]}]
noise = ["THE QUILLPOT | News", "By Leopold Ingleby, News Editor", "Issue 214, Week 7, Spring Term",
 "Photo caption: Members of the Astronomy Society at their telescope evening on the roof of the Treganza Building last term.",
 "Read more: Student Council motions this term"]
notes = ("Original fictional student newspaper report. 'She said', 'she said', 'said she planned' = Ferncombe; 'which he said' = Hemsworth (optional second attribution in his sentence). "
 "Denials: the union's lede 'has denied that', Quillbury's 'called the society's accusation', Askerwell's said-X inversion, Hemsworth's positively worded hardship-fund account against Ferncombe's overspend claim, the union's Instagram post. "
 "Non-denials: Ferncombe 'accepted that' (admission, confirm), her 'This is not about a late form' (opinion with 'not'), the press office no-comment (optional); the minutes seen by the paper are an optional document entry. Headline gets no entry.")
build(N, notes, attrs, denials, anon, relays, descs, hedges, [], [], numbers, ce, noise)
