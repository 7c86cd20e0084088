from goldlib import A, build
N = "quorrington-deposit-court-report"
attrs = [
 A("quorrington-denied", "Phineas Quorrington, landlord", ["Quorrington"], "denied that ..., telling the court", "deny", ["held back the money to cover unpaid rent", "every deduction was for cleaning and repairs"]),
 A("tenants-cleaner", "Tabitha Moxhay and Rhydian Sprake, the tenants", ["Moxhay", "Sprake", "tenants"], "told the court", "assert", ["cleaner than we found it", "ignored six phone calls and two letters"]),
 A("moxhay-photos", "Tabitha Moxhay", ["Moxhay"], "said", "assert", ["taken before the couple ever moved in"]),
 A("quorrington-called", "Phineas Quorrington", ["Quorrington"], "called that suggestion", "deny", ["a fairy tale from start to finish"], q=True),
 A("trusscott-photos", "Cosima Trusscott, letting agent", ["Trusscott", "letting agent"], "said", "deny", ["taken on the morning the tenants handed back their keys"]),
 A("former-tenant", "a former tenant of the same block who asked not to be named", ["former tenant", "Gazette"], "told the Gazette", "assert", ["kept the deposits of at least two other households"], h=True, anon=True, via=["Gazette"]),
 A("quorrington-never-kept", "Phineas Quorrington", ["Quorrington"], "Mr Quorrington said", "deny", ["I have never kept a penny that I was not owed"], q=True),
 A("quorrington-accepted", "Phineas Quorrington", ["Quorrington"], "he accepted that", "confirm", ["not been placed in a government-approved protection scheme"]),
 A("kellaway-not-persuaded", "District Judge Eudora Kellaway", ["Kellaway", "District Judge"], "said", "opinion", ["not persuaded that a worn hallway carpet"], q=True),
 A("kellaway-ordered", "District Judge Eudora Kellaway", ["Kellaway", "District Judge"], "She ordered", "assert", ["repay 1,120 pounds within 14 days"], req=False),
 A("solicitors-letter", "Mr Quorrington's solicitors", ["solicitors", "Quorrington"], "In a letter to the Gazette ..., rejected the tenants' claim that ..., stating that", "deny", ["ignored their calls", "in hospital for most of March last year"], via=["letter", "Gazette"]),
 A("union-third", "the Saltonstall Tenants' Union", ["Saltonstall Tenants' Union", "Tenants' Union"], "said", "assert", ["the third it had supported this winter"]),
 A("blesswick-extra", "Ninian Blesswick, organiser", ["Blesswick", "organiser"], "said", "assert", ["claim extra money when a landlord broke the rules"]),
 A("tamberlin-no-comment", "Tamberlin Lettings", ["Tamberlin Lettings"], "declined to comment", "assert", ["declined to comment"], req=False),
 A("sprake-next-home", "Rhydian Sprake", ["Sprake"], "said", "assert", ["deposit on their next home"]),
 A("sprake-over", "Rhydian Sprake", ["Sprake"], "she said", "assert", ["We just want this to be over"], q=True),
]
denials = [
 {"by": ["Quorrington"], "denied": ["held back the money to cover unpaid rent"], "note": "lede-style denial verb with the positive account (cleaning and repairs), one entry"},
 {"by": ["Quorrington"], "denied": ["taken before the couple ever moved in", "a fairy tale from start to finish"], "note": "'called that suggestion ...' verdict against Moxhay's account of the photographs"},
 {"by": ["Trusscott"], "denied": ["taken before the couple ever moved in", "taken on the morning the tenants handed back their keys"], "note": "positively worded rebuttal by the letting agent"},
 {"by": ["Quorrington"], "denied": ["kept the deposits of at least two other households", "I have never kept a penny that I was not owed"], "note": "said-X inversion against the anonymous former tenant"},
 {"by": ["solicitors"], "denied": ["ignored their calls"], "note": "via a letter to the Gazette: 'rejected the tenants' claim that ..., stating that ...'"},
]
anon = [{"match": ["former tenant"], "note": "a former tenant who asked not to be named, told the Gazette (reportedly kept other deposits)"}]
relays = [{"speaker": ["former tenant"], "outlets": ["Gazette"], "note": "unnamed former tenant -> Saltonstall Gazette (this paper)"}]
descs = [{"name": "Phineas Quorrington", "description": ["61", "who lets eleven flats in the Pellingbrook area"]},
 {"name": "Cosima Trusscott", "description": ["letting agent"]}, {"name": "Eudora Kellaway", "description": ["District Judge"]},
 {"name": "Ninian Blesswick", "description": ["organiser"]}, {"name": "Tamberlin Lettings", "description": ["the agency that managed the flat until last summer"]}]
hedges = ["reportedly"]
numbers = [{"value": v, "fact": f} for v, f in [("1,450 pound", "the whole deposit kept"), ("1,120 pounds", "amount to be repaid"), ("eleven flats", "flats Quorrington lets"), ("30-day limit", "legal limit for protecting a deposit"), ("725 pounds", "further award for failing to protect the deposit"), ("14 days", "time to repay"), ("nine years", "how long the flat has been let")]]
ce = [{"cause": ["for failing to protect the deposit"], "effect": ["a further 725 pounds"]}]
noise = ["THE SALTONSTALL GAZETTE | Courts", "By Briony Cattermole, Courts Reporter", "Wednesday 4 February 2026",
 "Photo caption: The block of flats on Ockendon Road where the couple lived for two years. (Picture: Gazette)",
 "Read more: What to do if your landlord will not return your deposit"]
notes = ("Original fictional local court report. 'telling the court', 'called', 'he accepted', 'Mr Quorrington said' = Quorrington; 'She ordered' = the judge (court order, optional); 'Its organiser' = the Tenants' Union; 'she said' (last line) = Sprake. "
 "Denials: Quorrington's 'denied that he had held back the money ...' (with positive account, one entry), his 'called that suggestion \"a fairy tale ...\"', Trusscott's positively worded rebuttal (photos taken on the morning of handover), "
 "the said-X inversion 'I have never kept a penny ...' against the anonymous former tenant, and the solicitors' letter to the Gazette. "
 "Non-denials: 'accepted that' (admission, confirm), the judge's 'not persuaded' (opinion with 'not'), Tamberlin's no-comment (optional). Headline gets no entry.")
build(N, notes, attrs, denials, anon, relays, descs, hedges, [], [], numbers, ce, noise)
