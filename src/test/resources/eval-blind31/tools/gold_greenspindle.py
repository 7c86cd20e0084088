from goldlib import A, build
N = "greenspindle-joint-remedy-warning-letter"
attrs = [
 A("tasselby-denied-arthritis", "Mr Ebbert Tasselby, Director, Greenspindle Botanicals Ltd (addressed as 'you')", ["Tasselby", "Greenspindle"], "In your reply ... you denied that ..., stating that", "deny", ["had been sold as a treatment for arthritis", "a traditional herbal blend for active lives"], via=["reply"]),
 A("tasselby-described-batch", "Mr Ebbert Tasselby ('You')", ["Tasselby", "Greenspindle"], "You described ... as", "deny", ["a test of somebody else's batch"], q=True),
 A("tasselby-advertiser-plants", "Mr Ebbert Tasselby ('you')", ["Tasselby", "Greenspindle"], "In an interview with the Harrowfield Advertiser ..., you said that", "deny", ["never contained anything but plants"], q=True, via=["Harrowfield Advertiser"]),
 A("pharmacist-painkillers", "a pharmacist whose name is withheld", ["pharmacist"], "told us that", "assert", ["replace your painkillers"], q=True, anon=True),
 A("scallard-no-staff", "Ms Berenice Scallard, compliance adviser", ["Scallard", "compliance adviser"], "stated that", "deny", ["no member of your staff worked at the Harrowfield County Show in 2025", "withdrawn from the show in May"]),
 A("company-accepted-reviews", "Greenspindle Botanicals Ltd (the company)", ["Greenspindle", "company"], "The company accepted that", "confirm", ["appeared in 14 customer reviews"]),
 A("tasselby-not-harm", "Mr Ebbert Tasselby", ["Tasselby"], "stated that he did not believe", "opinion", ["did not believe the product could harm anyone"]),
 A("tasselby-declined-supplier", "Mr Ebbert Tasselby", ["Tasselby"], "He declined to give us", "assert", ["the name of the supplier of the capsule powder"], req=False),
]
denials = [
 {"by": ["Tasselby"], "denied": ["had been sold as a treatment for arthritis"], "note": "2.1 'you denied that ..., stating that the website described it only as ...' (the addressee)"},
 {"by": ["Tasselby"], "denied": ["a test of somebody else's batch"], "note": "2.2 'You described our laboratory result as ...' (called-it form) against the Agency's test"},
 {"by": ["Tasselby"], "denied": ["never contained anything but plants"], "note": "2.3 relayed through the Harrowfield Advertiser"},
 {"by": ["Scallard"], "denied": ["replace your painkillers", "no member of your staff worked at the Harrowfield County Show in 2025"], "note": "2.5 against the anonymous pharmacist (2.4)"},
]
anon = [{"match": ["pharmacist"], "note": "a pharmacist whose name the Agency withheld at her request"}]
relays = [{"speaker": ["Tasselby"], "outlets": ["Harrowfield Advertiser"], "note": "Tasselby -> Harrowfield Advertiser -> the letter"}]
descs = [{"name": "Ebbert Tasselby", "description": ["Director, Greenspindle Botanicals Ltd"]}, {"name": "Berenice Scallard", "description": ["Your compliance adviser"]},
 {"name": "Theodora Wainscott", "description": ["Head of Enforcement"]}]
hedges = ["about 12 mg", "may"]
numbers = [{"value": v, "fact": f} for v, f in [("12 mg", "diclofenac per capsule"), ("14 January 2026", "inspection"), ("14 customer reviews", "mentioning arthritis"), ("14 days", "to recall stock"), ("24 March 2026", "deadline for supplier names")]]
noise = ["HERBAL AND SUPPLEMENT STANDARDS AGENCY", "WARNING LETTER", "Our reference: HSSA/WL/2026/041", "Date: 10 March 2026",
 "To: Mr Ebbert Tasselby, Director, Greenspindle Botanicals Ltd, Unit 4, Corvey Mill, Harrowfield", "Dear Mr Tasselby,",
 "1. Why we are writing", "2. What you have told us", "3. Our findings", "4. What you must do", "5. If you do not act",
 "Yours sincerely,", "Theodora Wainscott", "Head of Enforcement", "Herbal and Supplement Standards Agency"]
notes = ("Original fictional regulator's warning letter (a whole-text form). The Agency's 'we'/'our' findings (1.2 laboratory result, 3.1, section 4 orders, 5.1 'we expect to refer') are article voice, no entries. "
 "'you'/'You'/'your' = the addressee, Mr Ebbert Tasselby (To: line); 'He declined' = Tasselby; 'The company accepted' = Greenspindle Botanicals Ltd. "
 "Denials: 2.1 'you denied that ..., stating that' (with positive words, one entry), 2.2 'You described our laboratory result as \"a test of somebody else's batch\"' (called-it form), 2.3 via the Harrowfield Advertiser, 2.5 Scallard's rebuttal of the anonymous pharmacist. "
 "Non-denials: 2.4 the anonymous pharmacist (assert), 2.6 'The company accepted that' (admission, confirm), 2.7 'did not believe the product could harm anyone' (opinion with 'not') and the refusal (optional).")
build(N, notes, attrs, denials, anon, relays, descs, hedges, [], [], numbers, [], noise)
