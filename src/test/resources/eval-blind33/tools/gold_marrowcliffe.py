from goldlib import A, build
N = "marrowcliffe-library-council-press-release"
attrs = [
 A("council-rejected", "Marrowcliffe Borough Council", ["Marrowcliffe Borough Council"], "has today rejected a report", "deny", ["close five of its nine branch libraries"]),
 A("argosy-private-meeting", "the Evening Argosy article of 23 February", ["article", "Evening Argosy"], "said", "assert", ["agreed at a private meeting"]),
 A("pettigrove-no-decision", "Councillor Hepzibah Pettigrove, cabinet member for communities", ["Pettigrove", "cabinet member for communities"], "said", "deny", ["no such decision had been taken"]),
 A("pettigrove-no-meeting", "Councillor Hepzibah Pettigrove", ["Pettigrove"], "she said", "deny", ["There has been no meeting, no vote and no plan"], q=True),
 A("officer-redundancy", "a council officer who asked not to be named (quoted by the Argosy)", ["council officer"], "who told the paper", "assert", ["expect redundancy letters in April"], h=True, anon=True, via=["Argosy"]),
 A("council-denied-staff", "Marrowcliffe Borough Council", ["council"], "The council denied that", "deny", ["any staff had been warned"]),
 A("faircloth-64", "Aldwin Faircloth, head of libraries", ["Faircloth", "head of libraries"], "said", "deny", ["all 64 library posts"]),
 A("pettigrove-guess", "Councillor Hepzibah Pettigrove", ["Pettigrove"], "called the Argosy's story", "deny", ["a guess dressed up as a scoop"], q=True),
 A("council-accepted", "Marrowcliffe Borough Council", ["council"], "accepted that", "confirm", ["from 40 hours a week to 32"]),
 A("faircloth-27", "Aldwin Faircloth", ["Faircloth"], "said", "assert", ["27 per cent since 2019"]),
 A("pettigrove-not-fair", "Councillor Hepzibah Pettigrove", ["Pettigrove"], "said:", "opinion", ["I do not think it is fair"], q=True),
 A("pettigrove-scare", "Councillor Hepzibah Pettigrove", ["Pettigrove"], "(continues the quote)", "opinion", ["better than scare stories"], q=True, req=False),
 A("blenkiron-not-believe", "Councillor Malachy Blenkiron, opposition leader", ["Blenkiron", "Opposition leader"], "said he did not believe", "opinion", ["did not believe the council's denial"]),
 A("blenkiron-closure", "Councillor Malachy Blenkiron", ["Blenkiron"], "he said", "predict", ["closure is usually next"], q=True),
 A("argosy-1.2m", "Evening Argosy", ["Evening Argosy"], "reported that", "assert", ["1.2 million pounds"]),
 A("notes-not-case", "Marrowcliffe Borough Council (the release's own voice)", ["Marrowcliffe Borough Council", "council"], "That is simply not the case (notes to editors)", "deny", ["total library budget for 2026-27 is 2.9 million pounds"], req=False),
 A("argosy-sold", "the Argosy", ["Argosy"], "said", "assert", ["the building would be sold"]),
 A("rowntree-letter", "Idony Rowntree, chair of the Friends of Haverleigh Library", ["Rowntree", "Friends' chair"], "In a letter to the Argosy ..., rejected the paper's claim", "deny", ["rejected the paper's claim", "only about the shorter hours"], via=["letter", "Argosy"]),
 A("editor-no-comment", "the Evening Argosy's editor", ["editor"], "declined to comment", "assert", ["contacted by the council's press office"], req=False),
 A("council-papers", "Marrowcliffe Borough Council", ["council"], "The council said", "assert", ["no item on library closures"]),
]
denials = [
 {"by": ["Marrowcliffe Borough Council"], "denied": ["close five of its nine branch libraries"], "note": "lede 'has today rejected a report ... that it plans to'"},
 {"by": ["Pettigrove"], "denied": ["agreed at a private meeting", "no such decision had been taken"], "note": "reported-speech denial + 'There has been no meeting, no vote and no plan ...'"},
 {"by": ["council", "Faircloth"], "denied": ["expect redundancy letters in April", "any staff had been warned"], "note": "denial verb against the anonymous officer + Faircloth's positive version (all 64 posts budgeted)"},
 {"by": ["Pettigrove"], "denied": ["a guess dressed up as a scoop"], "note": "'called the Argosy's story ...' verdict"},
 {"by": ["Rowntree"], "denied": ["the building would be sold"], "note": "via a letter to the Argosy: 'rejected the paper's claim'"},
 {"by": ["Marrowcliffe Borough Council", "council"], "denied": ["1.2 million pounds", "2.9 million pounds"], "note": "notes to editors: 'That is simply not the case:' in the release's own voice (entry optional; the council has required deny entries elsewhere)"},
]
anon = [{"match": ["council officer"], "note": "council officer who asked not to be named, told the Argosy (reportedly warned of redundancy letters)"}]
relays = [{"speaker": ["council officer"], "outlets": ["Argosy"], "note": "unnamed officer -> Evening Argosy -> council press release"}]
descs = [{"name": "Hepzibah Pettigrove", "description": ["the cabinet member for communities"]}, {"name": "Aldwin Faircloth", "description": ["head of libraries"]},
 {"name": "Malachy Blenkiron", "description": ["Opposition leader"]}, {"name": "Idony Rowntree", "description": ["the Friends' chair"]}]
hedges = ["reportedly", "usually"]
numbers = [{"value": v, "fact": f} for v, f in [("five of its nine", "libraries the Argosy said would close"), ("23 February", "date of the article"), ("64 library posts", "posts in the budget"), ("40 hours a week to 32", "hours cut"), ("118,000 pounds", "saving"), ("27 per cent", "fall in visits"), ("1.2 million pounds", "saving reported by the Argosy"), ("2.9 million pounds", "total library budget"), ("40,000 pounds", "budget increase"), ("20 March", "consultation end")]]
ce = [{"cause": ["to save 118,000 pounds"], "effect": ["cut from 40 hours a week to 32"]}]
noise = ["PRESS RELEASE", "Marrowcliffe Borough Council | Communications Team", "For immediate release: Wednesday 25 February 2026", "Notes to editors", "Media enquiries: Communications Team, Marrowcliffe Borough Council", "ENDS"]
notes = ("Original fictional council press release answering a newspaper story. The release speaks of the council in the third person, so 'The council denied/accepted/said' get entries; the notes-to-editors 'That is simply not the case:' has no cue (release voice), so its entry is optional while the record stays. "
 "'she said' = Pettigrove; 'The Argosy also quoted a council officer, ... who told the paper' = anonymous officer via the Argosy; 'he said' = Blenkiron. Denials: lede 'has today rejected a report'; Pettigrove's reported 'no such decision' + quote; 'The council denied that any staff had been warned' + Faircloth's 64 posts (positive); 'called the Argosy's story ...'; Rowntree's letter; notes 'simply not the case'. "
 "'accepted that' = confirm; Pettigrove 'do not think it is fair' and Blenkiron 'did not believe' = opinion; editor no-comment optional. Headline ('responds') no entry.")
build(N, notes, attrs, denials, anon, relays, descs, hedges, [], [], numbers, ce, noise)
