package newsquiz.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsquiz.article.Sentence;
import newsquiz.nlp.Alternations;

/**
 * Decides what a source does with its statement. The cue verb gives a default; the content can
 * overrule it: a denial needs no verb of denial ("fake from start to finish", "is baseless",
 * "There was no leak, the company insisted"), and "very likely" makes a prediction.
 */
final class StanceClassifier {
    /** A figure in words: "was nine, not 40". */
    private static final String WORD_FIGURE = "(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\p{L}+teen|twenty|"
            + "thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand)";
    /** "nothing could be further from the truth": a verdict, whose "could" is no doubt (see {@link #hedges}). */
    private static final String FURTHER_FROM_THE_TRUTH_WORDS = "(?:could|can)(?:n't|n\u2019t| not)? (?:possibly )?be (?:further|farther) from the truth\\b";
    /**
     * "found in a cellar it shares with the bakery, not in its own storeroom", "had not carried a signal until August 14, not
     * in June": where or when, set right; "six weeks before the decision, not two days": a span of time, set right. ("That
     * was a mistake in the release, not in the paper" is an error owned, and placed; "in one year, not two" a condition.)
     * Apart from {@link #DENIAL}, and only tried on words with ", not " in them: a figure in words at every word would
     * cost that pattern a third of its time.
     */
    private static final Pattern SET_RIGHT = Pattern.compile(
            "\\b(?:in|on|until|since)(?<!(?:mistake|error)\\s(?:in|on|until|since))\\s[^.;,]{1,60},\\s*not\\s+(?:in|on|until|since)\\s"
            + "|\\b(?:\\d[\\d,]*|" + WORD_FIGURE + ")\\s+(?:days?|weeks?|months?|years?|hours?|minutes?)\\b[^.;]{0,60},\\s*not\\s+"
            + "(?:\\d[\\d,]*|" + WORD_FIGURE + ")\\s+(?:days?|weeks?|months?|years?|hours?|minutes?)\\b");

    private static boolean setRight(String content) {
        return content.contains(", not ") && SET_RIGHT.matcher(content).find();
    }

    /** "said the figures were plucked from thin air": numbers made up, not found. */
    private static final String THIN_AIR = "(?:plucked|pulled|conjured|snatched) (?:out of |from )thin air";

    private static final Pattern DENIAL = Alternations.compile(
            // "It's rubbish", but not "half of the town's rubbish": the "'s" is "is" only after a pronoun.
            "\\b(?:is|are|was|were|be|been|(?:it|that|this|what|which|he|she|everything|all of it)['\u2019]s|remains?)\\s+[\"\u201c\u2018]?(?:completely |totally |entirely |simply |utterly |absolutely |categorically |"
                    + "wholly |deeply |pure(?:ly)? |just )?(?:(?:complete|total|utter|absolute) )?(?:false|untrue|baseless|groundless|unfounded|fabricated|nonsense|fake|"
                    + "not true|a lie|lies|a fabrication|an invention|a forgery|a hoax|a smear|a misunderstanding|speculation|"
                    + "inaccurate|incorrect|absurd|ridiculous|flawed|misleading|wrong|made up|fiction|a fiction|a work of fiction|without foundation|"
                    + "without merit|not what happened|rubbish|a myth|a miscount|a misreading|a miscalculation|fantasy|a fantasy|pure fantasy"
                    // "said the idea was far-fetched", "said that story was moonshine": rebuttal idioms of everyday news copy.
                    + "|far-fetched|moonshine|a tall tale|tall tales|hogwash|poppycock|codswallop|balderdash|tosh|twaddle|pie in the sky"
                    + "|" + THIN_AIR + ")\\b"
                    + "|\\bfake (?:news|from start to finish)\\b|\\bnot what happened\\b|\\bnever happened\\b|\\bdid not happen\\b"
                    + "|\\bnever (?:existed|took place)\\b|\\b(?:does|did) not (?:exist|take place)\\b"
                    // "said the claim that the light would go dark did not stand up": what was said fails when tested.
                    // ("the pier did not stand up to the storm" is no verdict on anything said.)
                    + "|\\b(?:(?:does|did|do) not|(?:doesn|didn|don)['\u2019]t) stand up(?=\\s*(?:[.,;:\u2014-]|$|to (?:scrutiny|examination|inspection)))"
                    + "|\\bno truth\\b|\\bno basis\\b"
                    // "said the claim did not hold water", "the guild's numbers did not add up", "had got hold of the wrong end of the
                    // stick", "was barking up the wrong tree", "the reverse was true:": what was said, found wanting.
                    + "|\\b(?:(?:does|did|do) not|(?:doesn|didn|don)['\u2019]t) (?:hold water|add up)\\b"
                    + "|\\bthe wrong end of the stick\\b|\\bbarking up the wrong tree\\b"
                    // "that was a red herring: …", "its books told a different story: …", "the group had slipped a digit: …", "had put
                    // two and two together and made five", "the truth was more mundane: …", "had mistaken a loss for a profit", "had
                    // got her wires crossed", "was wishful thinking", "was far from the truth", "was simply not so", "was off by a
                    // mile", "had got the wrong idea": more idioms of what was said, found wanting.
                    + "|\\ba red herring\\b|\\b(?:told|tells|tell) a (?:very )?different (?:story|tale)\\b|\\bslipped a (?:digit|decimal point|nought|zero)\\b"
                    + "|\\btwo and two together and (?:made|make|got|come up with) (?:five|six)\\b"
                    + "|\\bthe (?:truth|reality|explanation) (?:was|is) (?:rather |much |far |a good deal |a lot )?(?:more mundane|more prosaic|simpler|duller)\\b"
                    + "|\\b(?:had|has|have) mistaken (?:a|an|the|one|its|their|his|her) [^.;:,]{1,40}? for (?:a|an|the) \\p{L}+"
                    + "|\\b(?:got|get|gets|had) (?:his|her|their|its|your|my|our) wires crossed\\b|\\bwishful thinking\\b"
                    + "|\\b(?:was|is|were|are|'s) (?:very |a long way |a world )?far from the truth\\b"
                    + "|\\b(?:was|is|were|are) (?:simply |just |plainly )?not so\\b|\\b(?:was|is|were|are) off by a (?:mile|country mile|long way)\\b"
                    + "|\\b(?:had|has|have|got) (?:got )?the wrong idea\\b"
                    + "|^\\W*(?:the|quite the) (?:reverse|opposite) (?:is|was|were|had been) (?:true|the case)\\b"
                    // "said that story was moonshine: the plaques would stay", "the idea was a red herring: …": whatever the verdict's
                    // words, a claim given a predicate and then, after a colon, the other version is judged and answered ("the
                    // figure was correct: …" and "the claim was partly true: …" are not).
                    + "|^\\W*(?:the|that|this|their|his|her|its|(?:the\\s+)?[\\p{L}-]+['\u2019]s?)\\s+(?:[\\p{L}-]+\\s+)?(?:claim|story|idea|"
                    + "suggestion|report|account|allegation|figure|number|estimate|rumou?r|tale)s?\\s+(?:was|were|is|are)\\s+"
                    + "(?!(?:true|correct|right|accurate|fair|reasonable|broadly|largely|partly|mostly|about|close|based|well|"
                    + "one|part|in|from|that|what|the\\s+one)\\b)[^:;\"\u201c\u201d]{2,40}:\\s+\\S"
                    // "put the number at nine, not 23": a figure another gave, set right.
                    + "|\\bat (?:\\d[\\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve),\\s+not\\s+\\d[\\d,.]*\\b"
                    // "4 millimetres a second, not the 12 that residents had reported": another's figure, set right.
                    + "|,\\s+not\\s+the\\s+[\\d.,]+(?:\\s+[\\p{L}%]+)?\\s+(?:that|which)\\s+(?:[\\p{L}'\u2019-]+\\s+){1,3}?(?:had\\s+|have\\s+|has\\s+)?"
                    + "(?:reported|claimed|alleged|said|suggested|given|quoted|cited|put\\s+about)\\b"
                    // "says almost none of that is true": what was put, judged untrue nearly all through.
                    + "|\\b(?:none|little|hardly any|not much|not one word|not a word) of (?:that|this|it|those|these|the \\w+)\\s+(?:is|was|are|were)\\s+(?:true|correct|accurate|right)\\b"
                    // "said that could not be right": a verdict on what was put, in a modal.
                    + "|\\b(?:that|this|it|the (?:figure|number|claim|account|list))\\s+(?:could|can|would)\\s*(?:not|n['\u2019]t)\\s+"
                    + "(?:be|have been)\\s+(?:right|true|correct|accurate)\\b|\\b(?:that|this|it)\\s+cannot\\s+(?:be|have been)\\s+(?:right|true|correct)\\b"
                    // "It has not, says the regional manager": a bare negated auxiliary answers the claim just made.
                    + "|^\\W*(?:no[,.]?\\s+)?(?:it|that|they|he|she|this)\\s+(?:has|have|had|did|does|do|is|was|were|are|will|would)"
                    + "(?:\\s+not|n['\u2019]t)\\W*$"
                    // "said that number was far too high": a figure given by others, judged off the mark.
                    + "|^\\W*(?:that|this|the|their|those|these) (?:[\\p{L}'\u2019-]+ )?(?:number|figure|estimate|total|count|tally|sum)s? "
                    + "(?:is|was|are|were) (?:far |much |way |wildly |massively |greatly |simply )?(?:too high|too low|inflated|"
                    + "an overestimate|an exaggeration|way off|a long way out|well out|at odds with)\\b"
                    // "There is nothing wrong with the meters": the fault alleged, flatly answered.
                    + "|\\bthere (?:is|was) nothing wrong with\\b"
                    // "I would ask anyone who says otherwise to produce the draft": a dare to the other side.
                    + "|\\b(?:anyone|anybody|whoever) (?:who |that )?(?:says|claims|suggests|thinks|believes) otherwise\\b"
                    + "|\\b(?:is|was|'s) (?:just |simply |pure )?sour grapes\\b"
                    // "passed its inspection with nothing on it worth writing down": a finding alleged, reduced to nothing of note.
                    + "|\\bnothing (?:on it |in it |there )?worth (?:writing down|mentioning|noting|reporting|recording)\\b"
                    // "The foundation saw the paper when everyone else did": no earlier than anyone, against a claim it was.
                    + "|\\bwhen (?:everyone|everybody) else did\\b|\\bat the same time as (?:everyone|everybody) else\\b"
                    // "Oyenuga-Platt says there is nothing in it": the story has no substance.
                    + "|\\bthere(?: is| was|['\u2019]s) (?:absolutely )?nothing (?:whatsoever |at all )?in (?:it|that|this|the (?:story|claim|rumou?r|report)s?)\\b|\\b(?:neither|not|never|n't|refuses? to|will not|won't|cannot|can't) "
                    + "(?:accepts?|recogni[sz]es?|acknowledges?)\\b|\\bpure speculation\\b|\\bhave never cheated\\b"
                    // "it “continues to reject” the allegations": a reported rejection is the source's own denial.
                    + "|\\b(?:continues?|continued|continuing) to (?:reject|deny|dispute|refute)\\b"
                    + "|\\b(?:(?:strongly|firmly|categorically|flatly|completely|totally|utterly|vigorously) )?"
                    + "(?:rejects|rejected|denies|denied|disputes|disputed|refutes|refuted) (?:the|these|those|all|any|such|its|their) "
                    + "(?:allegations?|claims?|accusations?|charges?|suggestions?|findings|reports?|figures?|conclusions?|account)\\b"
                    // "her client “strongly denies” any wrongdoing": an emphatic or sweeping denial needs no claim noun after it.
                    + "|\\b(?:strongly|firmly|categorically|flatly|vehemently|emphatically|completely|totally|utterly|vigorously) "
                    + "(?:denies|denied|deny|rejects|rejected)\\b|\\b(?:denies|denied|deny) (?:any|all) \\w+"
                    // "has no connection to the club of any kind": a link alleged, cut.
                    + "|\\b(?:has|have|had) (?:absolutely )?no (?:connection|links?|ties|association|affiliation|involvement)\\b"
                    // "the figure bore no relation to its accounts": a figure given by others, matching nothing real.
                    + "|\\b(?:bore|bears|bear) (?:absolutely |little or )?no (?:relation|resemblance|relationship)\\b"
                    // "Hepscott said that was wide of the mark": what was said missed the truth.
                    + "|\\b(?:is|was|are|were|'s)\\s+(?:well |way |very |rather |far |some way )?(?:wide of|off) the mark\\b"
                    // "Ferri is not leaving the orchestra": said of a reported departure, the departure denied.
                    + "|\\b(?:is|are|am|was|were|'s|'re|'m)(?: not|n't) (?:leaving|quitting|resigning|stepping down|going anywhere)\\b"
                    // "The board said that was not the case": "that" read as the conjunction leaves the verdict without its subject.
                    + "|^\\W*(?:is|was)\\s+(?:simply |just )?not (?:the case|true|correct|accurate)\\b"
                    // "We have done nothing wrong", "the club did nothing wrong": a speaker clearing itself.
                    + "|\\b(?:have|has|had) done nothing wrong\\b|\\bdid nothing wrong\\b"
                    + "|\\b(?:is|are|was|were)(?:n't|n\u2019t| not) true\\b"
                    // "the emails had been cut and pasted to create a false impression": the evidence was manipulated.
                    + "|\\b(?:create|creates|created|creating|give|gives|gave|given|giving|leave|leaves|left) a (?:false|misleading) "
                    + "(?:impression|picture)\\b|\\b(?:taken|quoted|lifted) (?:\\w+ly )?out of context\\b|\\bcut and pasted\\b|\\bselectively edited\\b"
                    // "We have never hidden a fee from anyone": a speaker clearing itself of a wrong done.
                    + "|\\b(?:i|we)\\s+(?:have |had |has )?never (?:hidden|hid|concealed|misled|lied|deceived|cheated|bribed|"
                    + "falsified|covered up|taken a|accepted a|asked for|paid a|offered a)\\b"
                    // "That, she told analysts, “is simply not what we see”": what was just said is not how things are.
                    // ("that simply was not the case": the adverb may come first.)
                    + "|^\\W*(?:that|this|it)\\b\\W*(?:\u2026\\W*)?(?:(?:simply|just|really|plainly)\\s+)?(?:is|was|'s)\\s+(?:simply |just |really |absolutely |categorically )?"
                    + "not (?:what|the case|true|correct|accurate|right)\\b"
                    // "That is not interference. That is my job.": what was done is named again, correctly.
                    + "|^\\W*(?:that|this|it)\\s+(?:is|was|'s)\\s+not\\s+[^.;]{1,40}[.;]\\W*(?:that|this|it)\\s+(?:is|was|'s)\\s+(?!not)"
                    // "The review had nothing to do with the cuts": a link rejected.
                    + "|\\b(?:has|have|had)\\s+nothing\\s+to\\s+do\\s+with\\b"
                    // "it had played no part in the decision": an alleged cause denied.
                    + "|\\b(?:play|plays|played|playing) (?:absolutely )?no (?:part|role)\\b"
                    // "said it had never seen any evidence that its breakwater had changed the beach": a body disowning the harm
                    // its own thing is said to do ("no evidence of harm", found by a study, is a finding, not a denial).
                    + "|\\b(?:never|not|n['\u2019]t) (?:seen|found|had|received) (?:any|a shred of|a scrap of|a single piece of) "
                    + "evidence (?:that|to suggest that|to show that) (?:its|their|our) \\w+"
                    // "has never knowingly stored or used any banned product": the act itself denied, emphatically.
                    + "|\\bnever (?:knowingly|ever|once) \\w+(?: or \\w+)? (?:any|a single)\\b"
                    // "Whoever told the Courier that was guessing": the source of the report is said to be wrong.
                    + "|\\b(?:whoever|anyone who|those who|the people who|whoever it was who) (?:told|said|says|claimed|claims|suggested)\\b"
                    + "[^.;]*?\\b(?:is|was|are|were) (?:just |simply )?(?:guessing|mistaken|misinformed|lying|making (?:it|things) up)\\b"
                    // "Whoever put that price on it was not in the room": the source of the claim was not there to know.
                    + "|\\b(?:whoever|anyone who|those who) \\w+\\b[^.;]*?\\b(?:is|was|are|were)(?: not|n't|n\u2019t) (?:in the room|there|present)\\b"
                    // "cannot be true of a boat with no engine": the claim could not hold of the thing it is about.
                    + "|\\b(?:cannot|can't|can\u2019t|could not|couldn't|couldn\u2019t) (?:possibly )?be true\\b"
                    // "is about as far from closed as a shop can get": the claim's word, as far off as can be.
                    + "|\\b(?:about |just )?as far from [\\p{L}-]+ as\\b"
                    // "Whoever wrote “barely a fish” was reading about some other river": the claim fits something else.
                    + "|\\b(?:whoever|anyone who|those who) \\w+\\b[^.;]*?\\b(?:is|was|are|were|must be|must have been) "
                    + "(?:reading|writing|talking|thinking) (?:about|of) (?:some other|another|a different)\\b"
                    // "Whoever wrote that post made it up": the author of the claim invented it.
                    + "|\\b(?:whoever|anyone who|those who) \\w+\\b[^.;]*?\\b(?:made|makes|make) (?:it|that|this|them|the \\w+) up\\b"
                    // "says the porter is mistaken": the one who made the claim is wrong about it.
                    + "|\\b(?:is|are|was|were)\\s+(?:simply |just |plainly |clearly )?(?:mistaken|misinformed)\\b"
                    // "the union had its facts wrong": the one who made the claim got it wrong.
                    + "|\\b(?:has|have|had|got|gets|get)\\s+(?:its|their|his|her|the|your|all)\\s+(?:facts|figures|numbers|sums)\\s+"
                    + "(?:completely |badly |all |plain )?wrong\\b"
                    // "said the paper had got it wrong": the one who made the claim got it wrong ("he had got it wrong" owns up).
                    + "|(?<!\\b(?:i|we|he|she|they|you)\\s)\\b(?:has|have|had)\\s+(?:got|gotten)\\s+(?:it|this|that|the story|things)\\s+(?:completely |badly |all |plain |quite )?wrong\\b"
                    // "were “not remotely true”", "there is not a word of truth in it": the truth of the claim, emphatically zero.
                    + "|\\bnot (?:remotely|even remotely|at all|in any way) true\\b"
                    + "|\\bnot (?:a word|a shred|an ounce|a grain|one word) of truth\\b"
                    // "nothing could be further from the truth": a verdict on what was said, whatever its "could".
                    + "|\\b(?:nothing|it|that|this) " + FURTHER_FROM_THE_TRUTH_WORDS
                    // "No officer had said anything of the sort": what was alleged did not happen.
                    + "|\\b(?:no|not|never|n't|nobody|no one)\\b[^.;]*?\\banything of the (?:sort|kind)\\b|\\bnothing of the (?:sort|kind)\\b"
                    // "he had not spoken those words or anything like them": what was said or done, not "never seen anything like it".
                    + "|\\b(?:no|not|never|n't|nobody|no one)\\b[^.;]*?\\b(?:said|spoken|spoke|written|wrote|told|promised|offered|"
                    + "ordered|asked|done|did)\\b[^.;]*?\\banything like (?:it|that|them|this)\\b"
                    // "saying that not a drop of insecticide had gone on to a verge": an emphatic zero amount, reported.
                    // "the figure “does not contain a pound of them”": the verb may come between the negation and the amount.
                    + "|\\bnot (?:[\\p{L}]+ )?(?:a single |a |one )(?:drop|penny|pound|cent|shred|scrap|ounce|gram|litre|liter) of\\b"
                    // "“never touched a hive in my life”": a lifelong negation ("I have never had a letter from the council in my
                    // life" is a grievance: a thing never received).
                    + "|\\bnever\\b(?!\\s+(?:had|received|got|been sent|been given)\\s+(?:a|an|one|any)\\s+[\\p{L}-]+\\s+from\\b)[^.;]*?"
                    + "\\bin (?:my|his|her|its|our|their) (?:life|lives|career|careers|history)\\b"
                    // "there is not one cask in our warehouses that came from anyone else's still": not one of the speaker's own.
                    + "|\\bnot (?:one|a single) [\\p{L}-]+ (?:in|of|from|at|on) (?:our|its|their|my|his|her) [\\p{L}-]+ (?:that|which|who|was|were|has|had|came|went)\\b"
                    // "I have never worked for, advised or owned a share in Kerbin": a tie to the accused party denied.
                    + "|\\bnever (?:(?:been )?(?:worked|employed|paid) (?:for|by)|advised|owned (?:a share|shares|any shares)|held (?:a share|shares|any shares))\\b"
                    // "no council letter had ever blamed a tenant": the emphatic zero with "ever", said or reported.
                    + "|^\\W*no (?:[\\p{L}'\u2019-]+ ){1,3}(?:has|have|had|was|were|is|are|did) ever\\b"
                    // "…, and nobody here has ever asked for one", "…, and no one has moved it": an emphatic zero closing the
                    // speaker's own account; "and nobody has been hurt" reports an outcome.
                    // ("…, and nobody has answered it yet" is a complaint that something is still not done.)
                    + "|[,;]\\s+and\\s+(?:nobody|no one)\\b(?:\\s+[\\p{L}'\u2019-]+){0,3}?\\s+(?:has|have|had)\\s+"
                    + "(?:ever\\s+\\p{L}+|(?!been\\b)\\p{L}+\\s+(?:it|them|that|this|anything)\\b(?!\\s+yet\\b))"
                    // "It is not a forgery, and it has never been a forgery": what the thing is not, now or ever.
                    + "|\\b(?:is|are|was)(?: not|n't|n\u2019t) (?<what>(?:a |an |the )?[\\p{L}-]{3,})[,;]?\\s+(?:and|or)\\s+(?:\\p{L}+\\s+)?"
                    + "(?:has|have|had)\\s+never\\s+been\\s+\\k<what>\\b"
                    // "It has not been sold twice. It has been sold once": the act alleged, negated, then stated as it was.
                    + "|^\\W*(?:it|they|he|she)\\s+(?:has|have|had|was|were|is|are)\\s+not\\s+(?:been\\s+)?(?<act>\\p{L}{4,})\\b[^.;!?]*[.;]"
                    + "\\W*(?:it|they|he|she)\\s+(?:has|have|had|was|were|is|are)\\s+(?:been\\s+)?\\k<act>\\b"
                    // "I have never met him. I have never spoken to him.": the speaker's own negation, said again, word for word.
                    + "|^\\W*(?<self>i|we)\\s+(?<neg>(?:have|had|did|do|am|are|was|were)\\s+(?:never|not)|never)\\s+(?<act1>\\p{L}+)\\b"
                    + "[^.;!?]*[.!]\\s*\\k<self>\\s+\\k<neg>\\s+\\k<act1>\\b"
                    // "said not one of its vans had left the yard": the emphatic zero subject, reported as well as quoted.
                    // "not one of us went near the town hall doors": the same of the speaker's own side.
                    + "|\\b(?:not (?:one|a single one)|none) of (?:its|our|their|his|her|the|my) [\\p{L}-]+ (?:had|has|have|was|were|did|is|are)\\b"
                    + "|\\b(?:not (?:one|a single one)|none) of us (?:had|has|have|was|were|did|is|are|went|came|\\p{Ll}+ed)\\b"
                    // "had never sold so much as a ticket": not even the smallest part of what is alleged.
                    + "|\\b(?:never|not|n't|n\u2019t)\\b[^.;]*?\\bso much as (?:a|an|one)\\b"
                    // "was not bought from anybody": the deal alleged, with nobody on the other side of it.
                    + "|\\b(?:was|were|is|are|been)\\s+not\\s+\\p{L}+(?:ed|en|t)\\s+(?:from|to|by|with)\\s+(?:anybody|anyone)\\b"
                    // "had been “about mowing in 2019, not about the hedge”": what the words were about, set right.
                    + "|\\babout\\b[^.;]{1,60},\\s*not about\\b"
                    // "Some of what he describes never happened", "what she recalls was not there": the thing remembered or told,
                    // said not to have been.
                    + "|\\bwhat (?:[\\p{L}'\u2019-]+ ){1,2}(?:remembers|remembered|recalls|recalled|describes|described|claims|claimed|alleges|"
                    + "alleged|says|said|writes|wrote) (?:was|were|is|are|did|does|has|had)(?: never| not|n't|n\u2019t)\\b"
                    // "We sold 310 tickets, not 3,000": the figure given, against the one reported.
                    + "|\\b\\d[\\d,]*\\b[^.;]{0,80}?,\\s*not\\s+(?:about |around |nearly |some )?\\p{Sc}?\\d[\\d,]*\\b"
                    // "the number of reported burns was nine, not 40": the same in words, as the count stated; "had seen one
                    // option, not three" only describes.
                    + "|\\b(?:was|were|is|are)\\s+(?:only\\s+|just\\s+)?" + WORD_FIGURE + ",\\s*not\\s+(?:\\d[\\d,]*|" + WORD_FIGURE + ")\\b"
                    // "I left because my contract ran out, not because of anything in the data": the motive set right.
                    + "|\\bbecause\\b[^.;]{1,80},\\s*not because\\b"
                    // "he was not in the club after that, full stop": a negation closed off against any argument.
                    + "|\\b(?:not|never|no|n't)\\b[^.;]*?,\\s*(?:full stop|period|end of story)\\b(?=\\s*(?:[.!;]|$))"
                    // "That suggestion does not stand up", "This claim is not borne out", "the union's claim did not stand up": the claim
                    // just reported, pointed at and negated.
                    + "|^\\W*(?:that|this|these|those|the) (?:[\\p{L}-]+(?:['\u2019]s?)? )?(?:suggestion|claim|report|allegation|account|story|idea|notion|"
                    + "assertion|theory|rumou?r)s? (?:is|are|was|were|does|do|did|has|have|will|would|can)(?: not|n't|n\u2019t| never)\\b"
                    // "…, flatly contradicting the promoter": the statement is set against another's.
                    + "|,\\s*(?:flatly |directly |squarely |openly )?contradicting\\b"
                    // "there was “nothing hidden and nothing fiddled”": no wrongdoing, emphatically.
                    + "|\\bnothing (?:was |had been |has been )?(?:hidden|fiddled|concealed|covered up|rigged|untoward|improper|"
                    + "sinister|underhand|underhanded|dodgy|shady)\\b"
                    // "stated that, contrary to posts on social media, the survey did not …": set against what others said.
                    + "|\\bcontrary to (?:the |what |recent |some |many |these |those |earlier |social media )?(?:[\\p{L}-]+ )?"
                    + "(?:claims?|reports?|posts?|suggestions?|rumou?rs?|stor(?:y|ies)|speculation|allegations?|assertions?|was said|"
                    + "has been said|had been said|was reported|has been reported|had been reported|some have said)\\b"
                    // "the school's losses had been “greatly exaggerated”": what was said is said to be larger than the truth (a
                    // firm that "had overstated its reserves" is accused, not defended).
                    + "|\\b(?:was|were|is|are|been|being) [\"\u201c]?(?:greatly |grossly |wildly |hugely |vastly |much |"
                    + "massively |seriously )?(?:exaggerated|overstated|overblown)\\b"
                    // "That photo was not taken at our farm. It was taken in 2015": the alleged fact corrected with its true version.
                    + "|^\\W*(?:that|this|the) (?:[\\p{L}-]+ )?(?:video|photo|photograph|picture|image|footage|clip|film|letter|email|"
                    + "e-mail|document|post|message|recording|tape)s? (?:was|were) not (?<done>\\w+)\\b[^.;]*[.;]\\W*(?:it|they) (?:was|were) \\k<done>\\b",
            Pattern.CASE_INSENSITIVE);
    /** What a characterising verb ("called the report …", "dismissed it as …") says of a claim to reject it. */
    private static final Pattern REJECTING_WORDS = Alternations.compile(
            "\\b(?:untrue|false|baseless|groundless|unfounded|fabricated|nonsense|fake|a lie|lies|an invention|a forgery|a hoax|"
                    + "a smear|speculation|scapegoat\\w*|witch[- ]hunt|wide of the mark|inaccurate|incorrect|absurd|ridiculous|misleading|wrong|fiction|rubbish|"
                    + "ill-founded|without foundation|without merit|not true|sour grapes|(?:a )?misunderstanding|a fabrication|a work of fiction|a distortion|exaggerated|overblown|fantasy|made up|invented|fairy tale|(?:dreamt|dreamed|cooked|thought) up"
                    + "|" + THIN_AIR
                    // "called the claim “a complete fabrication”": the rejecting noun keeps its intensifier.
                    + "|(?:a|an) (?:complete|total|utter|absolute|pure|outright|deliberate|blatant|malicious|wicked) "
                    + "(?:fabrication|invention|lie|fiction|falsehood|distortion|fantasy|smear|hoax|myth)|(?:a )?falsehoods?"
                    // "called that estimate “not credible”": what is not to be believed is rejected.
                    + "|not (?:remotely |at all |even remotely )?(?:credible|believable|plausible)|implausible|fanciful"
                    // "called attempts to blame it “a convenient way to shift responsibility”"
                    + "|(?:shift|shifting|deflect|deflecting|pass|passing) (?:the )?(?:blame|responsibility)"
                    // "called the story “pure folklore”", "the account was “a long way from the truth”", "was “a load of old
                    // compost”": a tale, or something far from the truth, or a heap of something worthless ("a load of timber"
                    // is only a load).
                    + "|folklore|(?:an? )?(?:urban |old wives' )?(?:myth|tall tale)s?|urban legends?|piffle|tosh|twaddle|poppycock|hogwash|codswallop"
                    // "called the study “a sales brochure for the rival”": a report named as something written to sell or to harm.
                    + "|(?:a |an )?(?:sales (?:brochure|pitch)|marketing (?:document|exercise|brochure)|publicity stunt|hit piece|hatchet job|propaganda)"
                    // "The resignation threat is panto": what was reported, put on for show.
                    + "|(?:pure |just |all )?(?:panto|pantomime|(?:political )?theatre|(?:political )?theater|(?:a )?charade)"
                    + "|(?:a long way|far|a million miles|miles|some way) (?:away )?from the truth|a load of (?:old [\\p{L}-]+|rubbish|nonsense|tripe|garbage|baloney|bunk|cobblers)"
                    // "called the rumour “news to me”", "called the accusation “a conspiracy theory”": heard of only now, or
                    // a plot imagined.
                    + "|news to (?:me|us|him|her|them|everyone|anyone)|(?:a )?conspiracy theor(?:y|ies)"
                    // "called that account “a misreading of how the disease works”": what was said, read wrongly.
                    + "|(?:a )?(?:misreading|misrepresentation|misinterpretation|distortion)s?)\\b",
            Pattern.CASE_INSENSITIVE);
    /** "called it “a pause, not a cancellation”": the thing named as one thing set against what it was said to be. */
    private static final Pattern NAMED_AGAINST = Alternations.compile(
            // "“a picture of two difficult days, not of the home our residents know”": the same preposition before both.
            "\\b(?:a|an|the)\\s+[^,.;]{1,60},\\s*(?:and\\s+)?not\\s+(?:(?:of|about|for|from|in|on)\\s+)?(?:a|an|the)\\s+\\p{L}", Pattern.CASE_INSENSITIVE);
    /** "The first we heard of any coop was when somebody mentioned it at the shop": the thing said to be offered, never known of. */
    private static final Pattern FIRST_HEARD = Pattern.compile("(?i)^\\W*the\\s+first\\s+(?:i|we|anyone|he|she|they)\\s+(?:had\\s+|ever\\s+)?"
            + "(?:heard|knew|learned|learnt|saw)\\s+(?:of|about)\\b");
    /** "Not a single gallon has gone to Nexora", "Nobody has been gagged, and nobody will be": an emphatic rebuttal. */
    private static final Pattern EMPHATIC_DENIAL = Alternations.compile(
            // "“No evidence whatsoever” that the roof had been touched" reports a finding, not a rebuttal.
            "^\\W*(?:not a single|not one|nobody|no one|none of (?:us|them|our|my|the)|no (?!evidence|sign|signs|record|records|trace|data)\\w+)"
                    // "Nobody is pretending these buses are full, but …", "Nobody is saying the quarry should close": a concession
                    // before the speaker's point, no rebuttal.
                    + "(?! (?:is|was|has been|are) (?:pretending|saying|suggesting|claiming|arguing|asking)\\b)"
                    // "Nobody has told me anything since": the speaker left uninformed complains; nothing is denied.
                    + "(?! (?:has|have|had) (?:ever )?(?:told|contacted|called|phoned|rung|emailed|updated|answered) (?:me|us)\\b)"
                    // "Nobody in this borough has had a harder winter than our crews": a boast by comparison; nothing is denied
                    // ("was copied to make a result look better than it was" still denies).
                    // "Not one portion is smaller than it was in July" compares a thing with itself: a change denied.
                    + "(?!(?:(?!\\b(?:to|that|so)\\b)[^.;])*?\\b(?:(?!other|rather)\\p{L}{3,}er|more \\p{L}+|less \\p{L}+|better|worse) than\\b"
                    + "(?! (?:it|they|he|she) (?:was|were|used to)\\b))"
                    // "Nobody on my committee will vote on those homes blind": people's promise of what they will do; "Nobody on this
                    // council wanted to do this, but …": reluctance owned. Neither is a rebuttal.
                    + "(?!(?<=nobody|no one)(?: [\\p{L}'\u2019-]+){0,4}? (?:will (?!be\\b|have\\b|ever\\b|lose\\b)\\p{Ll}+"
                    + "|(?:wants|wanted|likes|liked|enjoys|enjoyed|wishes|wished)\\b"
                    // "Nobody should have to stand on a school coach": what ought to be, not what was not.
                    + "|(?:should|must|ought|needs? to|deserves)\\b))"
                    + "\\b[^.;]*?\\b(?:has|have|had|was|were|is|are|did|will|would|ever)\\b"
                    // "Not one of our drivers went near the depot": the emphatic subject needs no auxiliary.
                    + "|^\\W*(?:not a single|not one)\\b[^.;]*?\\b(?:\\w+ed|went|came|took|gave|saw|got|made|did|said|knew|broke|threw|hit|set|put|"
                    // "Not a single person sat in the stand": the common irregular pasts as well.
                    + "sat|stood|ran|left|paid|kept|brought|bought|sold|told|heard|met|spent|lost|won|found|held|led|rang|sent|"
                    + "spoke|wrote|drove|flew|fell|felt|grew|hid|lay|rode|shot|shut|stole|struck|taught|tore|woke|built|caught|"
                    + "chose|drew|drank|ate|forgot|hung|slept|swam|wore|understood"
                    // "Not one job at Lindholt depends on this street": the common verbs of a claimed link, in the present.
                    + "|depends|relies|comes|goes|belongs|rests|hangs)\\b"
                    // "No ticket left the office without a stamp on it": every one of the things did what the claim says none did.
                    + "|^\\W*no [\\p{L}-]+ \\p{L}+\\b[^.;,]*?\\bwithout\\b"
                    // "Nobody hacked anything", "Vail has never received a penny": the act itself denied.
                    // ("Nobody wanted to be the one to close the gates, but …" owns reluctance, and denies nothing.)
                    + "|^\\W*(?:nobody|no one)\\s+(?!(?:wanted|liked|enjoyed|wished|relished)\\b)\\w+ed\\b"
                    // "the unit will not lose a single bed": the promise that not one will go ("will not take any questions" is no
                    // denial); "Dad would not manage a single day without them" says what they are worth, not that a thing was not so.
                    + "|\\b(?:will|would|shall) (?:not|never) \\w+ (?:[\\p{L}'\u2019]+ ){0,3}(?:a single|one single) (?![^.;]*\\bwithout\\b)"
                    // "We have not given the union a single dollar": the object given may stand before the emphatic amount.
                    + "|\\b(?:(?:did|does|do|has|have|had) (?:not|never)|(?:i|we) never) \\w+ (?:[\\p{L}'\u2019]+ ){0,3}"
                    // "I have not needed a real one since": "one" after an article stands for a thing, no amount.
                    + "(?:a single|one single|(?<!\\b(?:a|an) (?:[\\p{L}-]{1,20} )?)one(?! of\\b)|any|"
                    + "a cent|a penny|a dime|a dollar|a pound|a euro) "
                    // "has never done it, and never would", "I never met him, not once": a negation repeated for emphasis.
                    + "|\\bnever \\w+[^.;]*?,? (?:and|or) never (?:would|will|could|has|have|had|did)\\b"
                    + "|\\bnever\\b[^.;]*?,\\s*not (?:once|ever|one time)\\b"
                    // "I sold no shares that week, and I never have": the one act denied, then every other time too.
                    + "|\\b(?:no|not|n't|n\u2019t)\\b[^.;]*?,\\s*(?:and|or|nor)\\s+(?:i|we|he|she|it|they)\\s+never\\s+"
                    + "(?:have|has|had|did|will|would)\\b\\W*$"
                    // "We do not cut corners, we have never cut corners", "has not voted, and it will not vote": the same act
                    // negated twice over.
                    + "|\\b(?:not|never)\\s+(?<twice>\\w{3,}?)(?:ed|d|es|s|ing)?\\b[^.;]*?,\\s*(?:and\\s+)?(?:\\w+\\s+){0,2}(?:not|never)\\s+"
                    + "\\k<twice>(?:e|ed|d|es|s|ing)?\\b"
                    // "I am going nowhere": a first-person refusal to leave, said to a report of departure.
                    + "|^\\W*(?:i|we)(?:\\s+am|'m|\u2019m|\\s+are|'re|\u2019re)\\s+(?:going nowhere|not going anywhere)\\b"
                    // "Lena and I have never had a cross word": quoted, a first person who never quarrelled answers a reported row.
                    + "|^\\W*(?:[\\p{L}'\u2019]+ and )?(?:i|we)\\s+(?:have |'ve |\u2019ve )?never (?:had|been in) (?:a|one|any) "
                    + "(?:cross word|row|argument|falling[- ]out|fight|quarrel|disagreement|bust-up|feud)\\b"
                    // "At no point did engineering recommend it": the thing alleged never happened.
                    + "|^\\W*at no (?:point|time|stage)\\b"
                    // "It was never on the table."
                    + "|\\bnever (?:been )?on the table\\b"
                    // "We tested 400 boats, and not one was carrying it": the emphatic zero after the count it comes from.
                    // "“Our vans were all in the yard,” said its owner, “and not one of them left it”": the zero may open the
                    // second half of a split quote, joined to the first by "…".
                    + "|(?:[,;]|\u2026)\\s+(?:\u2026\\s+)?(?:and|but)\\s+(?:not one|not a single|none)\\b[^.;]*?\\b(?:was|were|had|has|have|did)\\b"
                    // "Not a letter, not a call, not a word.": a verbless run of zeros answers a claim that something was sent.
                    + "|^\\W*not (?:a|an|one) [\\p{L}-]+(?: [\\p{L}-]+)?, not (?:a|an|one) [\\p{L}-]+"
                    // "Nothing about these deaths has been hidden": nothing was done of what is alleged.
                    + "|^\\W*nothing\\b[^.;]*?\\b(?:has|have|had) been \\w+(?:ed|en|n|pt|lt|d)\\b"
                    // "The company has not been put up for sale, nobody has been hired to sell it": a negated clause, then an
                    // emphatic zero in the next.
                    + "|^[^,.;]*?\\b(?:has|have|had|is|are|was|were|did|does|do)\\s+(?:not|never)\\b[^,.;]*,\\s*(?:and\\s+)?"
                    + "(?:nobody|no one|nothing)\\s+(?:has|have|had|was|were|is|are|did|will)\\b",
            Pattern.CASE_INSENSITIVE);
    /**
     * "We have no intention of removing the oven", "the park had no plans to move her": quoted or reported, a source
     * that says it will not do a thing answers a report that it would.
     */
    private static final Pattern NO_INTENTION = Alternations.compile(
            "\\b(?:no|not the slightest|not any) (?:intention|plans?) (?:of|to)\\b", Pattern.CASE_INSENSITIVE);
    /** "managers had assured her on Wednesday that no closure was planned": a denial passed on by the one it was given to. */
    private static final Pattern ASSURED_NONE = Alternations.compile("\\b(?:had|has|have)\\s+(?:assured|reassured|promised|told|informed)\\s+"
            + "(?:her|him|them|us|me)\\b[^.;\u201c\"]{0,40}?\\bthat\\s+(?:no|nobody|nothing|none|never)\\b", Pattern.CASE_INSENSITIVE);
    /**
     * "There was no engine fire, the authority said": quoted or not, the thing reported did not exist; "There were no
     * injuries" reports an outcome, not a rebuttal.
     */
    private static final Pattern NOTHING_THERE = Alternations.compile(
            "^\\W*there(?: is| was| has been| had been| were| are|['\u2019]s) (?:absolutely |simply |categorically )?no (?:such )?"
                    + "(?!evidence|data|record|information|sign|plan to|injur|casualt|fatalit|deaths|damage|immediate)\\w+"
                    // "I have read every page of that plan, and there is not one job cut in it": an emphatic zero, joined on.
                    + "|\\b(?:and|but)\\s+there\\s+(?:is|was|are|were)\\s+not\\s+(?:one|a\\s+single)\\s+(?!(?:sign|shred|piece)\\s+of\\s+evidence)\\w+",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CONFIRMATION = Alternations.compile(
            "\\b(?:is|are|was|were)\\s+(?:entirely |completely |broadly |largely )?(?:accurate|correct|true|genuine|authentic)\\b",
            Pattern.CASE_INSENSITIVE);
    /** "n't" ends a word ("didn't", "didn\u2019t"), so no word boundary can come before it. */
    private static final Pattern NEGATION = Alternations.compile("\\b(?:not|never|no|neither|nor|nothing|none|nobody)\\b|n['\u2019]t\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FIRST_PERSON_NEGATION = Alternations.compile(
            "^\\W*(?:i|we)\\s+(?:have |had |did |do |would |will |am |are |was |were )?(?:never|not|n't)\\b", Pattern.CASE_INSENSITIVE);
    /** "He was not on the site that weekend": after a denial for a client or colleague, the negated act of the one defended. */
    private static final Pattern THIRD_PERSON_NEGATION = Alternations.compile(
            "^\\W*(?:he|she|they|my client|our client)\\s+(?:was|were|is|are|did|does|has|have|had)(?:\\s+not|n't|\\s+never)\\b",
            Pattern.CASE_INSENSITIVE);
    /**
     * After a denial, a quotation that names the claim's word as something else ("That is not the same thing as a flood") or
     * shows the thing in dispute seen to ("Every seal was checked twice", "That email was answered").
     */
    private static final Pattern RENAMED_OR_SEEN_TO = Alternations.compile(
            "(?:^|[.!?]\\s+)\\W*(?:that|this|it)\\s+(?:is|was)(?:\\s+not|n't|n\u2019t)\\s+the\\s+same(?:\\s+thing)?\\s+as\\b"
                    + "|^\\W*(?:that|this|every|each)\\s+[\\p{L}-]+\\s+(?:was|were|had been|has been)\\s+(?:\\p{L}+ly\\s+)?\\p{L}+(?:ed|en)\\b",
            Pattern.CASE_INSENSITIVE);
    /** "Her trust had not removed a single patient …": after a rejection, the speaker's own side cleared of the act alleged. */
    private static final Pattern OWN_SIDE_NEGATION = Alternations.compile(
            "^\\W*(?:her|his|its|their|our|my)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:was|were|is|are|did|does|has|have|had)(?:\\s+not|n't|\\s+never)\\b",
            Pattern.CASE_INSENSITIVE);
    /** "There will be no compulsory redundancies": after a rejection, the thing alleged said not to be coming. */
    private static final Pattern NONE_TO_COME = Alternations.compile(
            "^\\W*there\\s+(?:will|would)\\s+be\\s+no\\b", Pattern.CASE_INSENSITIVE);
    /** "Pensions were not raised by either side": after a rejection, the thing alleged said not to have been done. */
    private static final Pattern PASSIVE_NEGATION = Alternations.compile(
            "^\\W*(?:[\\p{L}'\u2019-]+\\s+){1,3}(?:was|were|is|are|has|have|had)\\s+(?:not|never)\\s+(?:been\\s+)?\\p{L}+(?:ed|en|wn|ne)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NEVER = Alternations.compile("\\b(?:is|are|was|were|has|have|had|did|do|does)\\s+never\\b",
            Pattern.CASE_INSENSITIVE);
    /** "This is about getting it right, not about the money": the motive put right, after a denial of another. */
    private static final Pattern CORRECTION = Alternations.compile(
            "\\b(?:is|was|are|were|'s)\\s+(?:all\\s+)?(?:about|because of|for)\\b[^.;]*,\\s*(?:and\\s+)?not\\s+(?:about|because of|for)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PREDICTION = Alternations.compile(
            // ("was more likely to come from the building site": a cause weighed, not a forecast.)
            "\\b(?:(?<!\\b(?:more|less|most|least) )likely|unlikely|probably|almost certainly|in the coming (?:days|weeks|months|years)|"
                    + "(?:will|would) (?:probably|likely|almost certainly|soon)|(?<!\\b(?:you|one) (?:would|might|could) )expects?|expected to)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MEASURE_CLAUSE = Alternations.compile("(?i)\\b(?:what|than|as|whatever|everything|all)\\s+(?:\\S+\\s+){0,2}$");

    private static final Pattern HEDGE = Alternations.compile(
            "\\b(?:reportedly|allegedly|purportedly|apparently|supposedly|possibly|probably|perhaps|maybe|likely|may|might|could|"
                    + "unconfirmed|unverified|believed to|thought to|said to|appears? to|seems? to|our understanding|we think|"
                    + "i suspect|there are reports|there were reports|expected to|it is understood)\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * "the board had read that line back to front", "that stood the facts on their head", "the figure is out by a factor of
     * ten", "that was the wrong country and the wrong company": a verdict that the claim has things the wrong way round.
     * Only a verb of reading or holding takes "upside down" this way ("landed upside down" is a place).
     */
    private static final Pattern WRONG_WAY_ROUND = Alternations.compile(
            "\\b(?:read|reads|reading|got|gets|get|getting|had|has|have|having)\\s+(?:it|them|that|this|things|everything|"
                    + "(?:the|that|this|his|her|their|its|our|your)\\s+[\\p{L}'\u2019-]+(?:\\s+[\\p{L}'\u2019-]+)?)\\s+"
                    + "(?:back to front|upside down|inside out|backwards|the wrong way (?:round|around|up))\\b"
                    + "|\\b(?:stood|stands|stand|standing|turned|turns|turn|turning)\\s+(?:[\\p{L}'\u2019-]+\\s+){1,3}?on (?:its|their|his|her) heads?\\b"
                    + "|\\b(?:is|was|are|were|'s|\u2019s)\\s+(?:\\p{L}+\\s+)?(?:out|off|wrong) by a factor of\\b"
                    + "|\\bthe wrong [\\p{L}-]+,?\\s+(?:and|or) the wrong\\b"
                    // "a different product, made by a different company": the claim fits something else, said twice over.
                    + "|\\ba different [\\p{L}-]+\\b[^.;]{0,60}?\\ba different\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * "That painting is no Vermeer", "the ring was no Fabergé": "no" before a proper name rejects an identification
     * (the maker, the author, the brand said to be behind it). "There is no Plan B" says nothing is there instead.
     */
    private static final Pattern IS_NO_NAMED_ONE = Alternations.compile(
            "(?<![Tt]here )\\b(?:is|was|are|were)\\s+(?:simply\\s+|certainly\\s+|definitely\\s+)?no\\s+\\p{Lu}\\p{Ll}+\\b(?!\\s+\\p{Lu})");

    static boolean wrongWayRound(String content) {
        return WRONG_WAY_ROUND.matcher(content).find();
    }

    /** Denials that need no denial verb, in wordings the patterns above do not reach. */
    private static final Pattern PLAIN_DENIAL = Alternations.compile(
            // "did not turn round there or anywhere else", "not in talks with any firm, about this or about anything else",
            // "nobody else has either": a negation widened to every other case.
            "\\b(?:not|never|n't|no|nobody|nothing)\\b[^.;]*?\\b(?:or|nor) (?:\\w+ )?(?:anywhere|anything|anyone|anybody) else\\b"
                    + "|\\bnobody else (?:has|have|had|did|was|were|is|will)(?: \\w+)? either\\b"
                    // "not looking at any cider business in this country, Pippinstall included": the named one among all.
                    + "|\\b(?:not|never|no)\\b[^.;]*?\\bany\\b[^.;]*?,\\s*(?:\\p{Lu}[\\p{L}'\u2019-]*\\s+){1,3}included\\b"
                    // "no hidden camera, switched on or otherwise", "no access of any kind": a zero widened to every form of it.
                    + "|\\b(?:not|never|no|nothing)\\b[^.;]*?,\\s*(?:[\\p{L}-]+ )?or otherwise\\b"
                    + "|\\bno (?!injur|casualt|fatalit|deaths|damage|evidence|sign)[^.;]*?\\bof any (?:kind|sort|description)\\b"
                    // "the translation had got him wrong": the speaker's words misreported.
                    + "|\\b(?:got|gets|gotten) (?:him|her|me|us|them) (?:all |completely |badly |totally )?wrong\\b"
                    // "the drummer had his facts upside down", "the posters have it backwards": the claimant has it the wrong way round.
                    + "|\\b(?:has|have|had|got|gets) (?:(?:his|her|their|its|the|your) )?(?:facts|figures|story|dates|it) (?:all |completely |totally )?"
                    + "(?:backwards?|back to front|upside down|the wrong way round|inside out)\\b"
                    // "I said he was tired, not that he was late": what was said, set against what was reported.
                    // "My book says she came to tea, not that she wrote a word there": the speaker's own text, set right.
                    + "|\\b(?:(?:i|we|he|she|they) (?:said|meant|told \\w+)|(?:my|our) [\\p{L}-]+ (?:says|said)) [^.;]*?,\\s*not that\\b"
                    // "not a syllable of truth": any smallest unit of truth, none.
                    + "|\\bnot (?:a|an|one) [\\p{L}-]+ of truth\\b"
                    // "That car never went near the race": the thing alleged kept away from the act.
                    + "|\\bnever (?:went|go|goes|gone|came|come|got|been) (?:anywhere )?near\\b"
                    // "I did not leave early, and I did not lie about it": a first-person negation of past acts, repeated.
                    + "|^\\W*(?:i|we) (?:did|have|had) not \\w+[^.;]*?,\\s*(?:and|or|nor) (?:i|we) (?:did|have|had) not\\b"
                    // "no such agreement existed": the thing reported never was.
                    + "|\\bno (?:such )?[\\p{L}-]+(?: of [\\p{L}-]+)? (?:ever )?(?:existed|exists)\\b"
                    // "I have accused nobody": the speaker clears itself of the wrong alleged.
                    + "|^\\W*(?:i|we) (?:have |had )?(?:accused|blamed|threatened|bribed|pressured|harmed|attacked) (?:nobody|no one)\\b"
                    // "it had not told anyone to leave": the instruction alleged was not given.
                    + "|\\b(?:not|never|n't) (?:\\w+ )?(?:told|asked|ordered|instructed|advised|urged|forced|pressured) (?:anyone|anybody) to\\b"
                    // "had made no offer for anybody on this floor": a zero act, with nobody on the other side of it.
                    + "|\\bno [\\p{L}-]+ (?:for|to|from|with) (?:anybody|anyone)\\b"
                    // "paid for to the last day of the closure, not the last day of summer": the claim's own words, set right.
                    + "|\\b(?<head>(?:the|a|an) [\\p{L}-]+(?: [\\p{L}-]+)?) [^,.;]{1,40},\\s*not \\k<head>\\b",
            Pattern.CASE_INSENSITIVE);

    /** "…, her spokesperson says, calling the report “malicious and wrong”": a trailing characterisation of what was said. */
    private static final Pattern CHARACTERISING_PARTICIPLE = Alternations.compile(
            "\\b(?:calling|branding|dismissing|describing|labelling|labeling)\\s+(?:the|that|this|these|those|its|their|his|her|such)\\s+"
                    + "[^,.;…]{0,60}", Pattern.CASE_INSENSITIVE);

    /** "called that “a story that grew every time it was told”": a claim (pointed back at, or already dropped as the object) named a story. */
    private static final Pattern STORY_OF_A_CLAIM = Alternations.compile(
            "^\\W*(?:(?:that|this|it|them|these|those|(?:the|that|this|his|her|its|their) (?:[\\p{L}'\u2019-]+ )?(?:claims?|reports?|allegations?|accounts?|versions?))"
                    // "a merchant's bedtime story": up to two words before the tale.
                    + "\\W+)?(?:as\\s+)?(?:just |only |nothing but |simply )?"
                    // "the fair's annual ghost story", "the kind of story a comments section writes for itself"
                    + "(?:a|an|the [\\p{L}-]+['\u2019]s|(?:the|a) (?:kind|sort|type) of) (?:[\\p{L}'\u2019-]+ ){0,2}(?:story|tale|fantasy|myth|thriller|novel|fairy tale|soap opera|whodunn?it)\\b(?! of)",
            Pattern.CASE_INSENSITIVE);

    /**
     * "called the posts “a misreading of an old database entry”", "described the claim as “arithmetic done backwards”":
     * a claim pointed back at and given a name of the speaker's own is rejected, whatever the name, unless it approves.
     */
    /** What another party put about, as the words that point back at it name it. */
    private static final String CLAIM_NOUN = "claims?|allegations?|accusations?|posts?|rumou?rs?|suggestions?|stor(?:y|ies)";
    /** What another party found or counted: "the magazine's results", "the group's figures". */
    private static final String FINDINGS_NOUN = "results?|findings?|figures?|tests?|data|numbers?|analysis|survey|study|summary|audit";
    private static final Pattern CLAIM_CHARACTERISED = Alternations.compile(
            "^\\W*(?:the|that|this|these|those|its|their|his|her)\\s+(?:[\\p{L}'\u2019-]+\\s+)?(?:" + CLAIM_NOUN + "|versions?|accounts?)"
                    + "\\s+(?:as\\s+)?\\S"
                    // "called the magazine's results “a mix-up in somebody else's laboratory”": findings named an error.
                    + "|^\\W*(?:the|that|this|these|those|its|their|his|her)\\s+(?:[\\p{L}'\u2019-]+\\s+)?(?:" + FINDINGS_NOUN + ")"
                    + "\\s+(?:as\\s+)?.*\\b(?:mix-up|mix up|mistake|error|blunder|flawed|"
                    + "botched|unreliable|contaminated|muddle|out of date|out of context|outdated|misleading|inaccurate|"
                    + "cherry-picked|selective)\\b",
            Pattern.CASE_INSENSITIVE);
    /** "said the claim was “the opposite of the truth”": the claim as subject, its verdict in the speaker's own quoted words. */
    private static final Pattern CLAIM_GIVEN_QUOTED_VERDICT = Alternations.compile(
            "^\\W*(?:the|that|this|these|those)\\s+(?:[\\p{L}'\u2019-]+\\s+)?(?:" + CLAIM_NOUN + ")\\s+(?:was|were|is|are)\\s+[\"\u201c\u2018']",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> NAMING = Set.of("call", "describe", "label", "brand", "term");
    /**
     * "He called the group's figures “a comparison of apples with old boilers.”", "You described our laboratory result as
     * “a test of somebody else's batch.”": after a denial, another side's findings given a name of the speaker's own.
     */
    private static final Pattern FINDINGS_NAMED = Alternations.compile(
            "^\\W*(?:(?:called|described|labelled|branded|termed)\\s+)?(?:the|that|this|these|those|its|their|his|her|our|your|"
                    + "(?:the\\s+)?[\\p{L}-]+['\u2019]s?)\\s+(?:[\\p{L}'\u2019-]+\\s+)?(?:" + FINDINGS_NOUN
                    + "|reports?|accounts?|evidence|versions?|" + CLAIM_NOUN + ")\\s+(?:as\\s+)?[\"\u201c]",
            Pattern.CASE_INSENSITIVE);
    /** "That should have been in the letter": after an admission, the fault owned. */
    private static final Pattern FAULT_OWNED = Alternations.compile(
            // (Not "old models that the council should have replaced": a fault found in another's doing.)
            "(?<!\\b(?:council|government|company|firm|authority|board|ministry|agency|department)\\s)"
            + "\\bshould(?:\\s+not|n['\u2019]t)?\\s+have\\s+(?:been|\\p{L}+ed)\\b|\\bwe got (?:this|it|that) wrong\\b", Pattern.CASE_INSENSITIVE);
    /** "called the claim “broadly fair”": a name that approves of what was claimed. */
    private static final Pattern APPROVING = Alternations.compile(
            "\\b(?:accurate|correct|fair|right|true|reasonable|credible|plausible|valid|justified|legitimate|understandable|"
                    + "welcome|helpful|important|serious|timely)\\b",
            Pattern.CASE_INSENSITIVE);

    /** "I have not resigned", "We never cancelled", "I didn't go looking": the first person, the verb it negates and the word after. */
    private static final Pattern FIRST_PERSON_NEGATED_VERB = Alternations.compile(
            "^\\W*(?:i|we)\\s+(?:(?:have |had |has |did |do |am |are |was |were )?(?:never|not)|(?:have|had|did|do|was|were)n['\u2019]t)"
                    + "\\s+(\\p{L}+)(?:\\s+(\\p{L}+))?", Pattern.CASE_INSENSITIVE);
    /** Verbs too common to echo an accusation ("I have not been …", "We did not know …"). */
    private static final java.util.Set<String> PLAIN_VERBS = java.util.Set.of("be", "been", "being", "had", "have", "having", "done",
            "doing", "got", "gotten", "getting", "made", "making", "said", "saying", "know", "known", "knew", "think", "thought", "want",
            "wanted", "heard", "seen", "going", "yet", "seeing", "expect", "expected");

    private StanceClassifier() {}

    /**
     * "Costin had threatened to resign over the timing. … “I have not resigned,” she said": a speaker who negates, in
     * the first person, the very act just reported of them denies the report.
     */
    static boolean negatesReportedAct(String content, String textBefore) {
        Matcher m = FIRST_PERSON_NEGATED_VERB.matcher(content.replaceAll("[\"\u201c\u201d]", ""));
        if (!m.find() || PLAIN_VERBS.contains(m.group(1).toLowerCase(Locale.ROOT))) {
            return false;
        }
        String stem = m.group(1).toLowerCase(Locale.ROOT).replaceAll("(?:ing|ed|es|s|e)$", "");
        return stem.length() >= 4 && Pattern.compile("\\b" + Pattern.quote(stem), Pattern.CASE_INSENSITIVE).matcher(textBefore).find()
                || goesOnDoing(m.group(2), textBefore) || irregularlyEchoed(m.group(1), textBefore);
    }

    /** Past forms that share no stem with the verb: "I did not tell anyone" answers "he had told the dinner". */
    private static final java.util.Map<String, Pattern> IRREGULAR_PAST = java.util.Map.ofEntries(past("tell", "told"),
            past("sell", "sold"), past("pay", "paid"), past("meet", "met"), past("give", "gave|given"), past("send", "sent"),
            past("leave", "left"), past("buy", "bought"), past("take", "took|taken"), past("speak", "spoke|spoken"),
            past("steal", "stole|stolen"), past("hit", "hit"), past("shoot", "shot"));

    private static java.util.Map.Entry<String, Pattern> past(String verb, String forms) {
        return java.util.Map.entry(verb, Pattern.compile("\\b(?:" + forms + ")\\b", Pattern.CASE_INSENSITIVE));
    }

    /** Whether the irregular past of {@code verb} stands in the text before. */
    private static boolean irregularlyEchoed(String verb, String textBefore) {
        Pattern past = IRREGULAR_PAST.get(verb.toLowerCase(Locale.ROOT));
        return past != null && past.matcher(textBefore).find();
    }

    /**
     * "She went looking for my horse. … “I didn't go looking for anybody”": a short or irregular verb ("go", "went") shows
     * nothing by itself; the "-ing" word it carries, after some form of it, shows the same act.
     */
    private static boolean goesOnDoing(String gerund, String textBefore) {
        return gerund != null && gerund.length() >= 6 && gerund.toLowerCase(Locale.ROOT).endsWith("ing")
                && Pattern.compile("\\b\\p{L}+\\s+" + Pattern.quote(gerund) + "\\b", Pattern.CASE_INSENSITIVE).matcher(textBefore).find();
    }

    /** "it had not cancelled", "she never signed": the speaker's own act, negated in reported speech. */
    private static final Pattern OWN_ACT_NEGATED = Alternations.compile(
            "^\\W*(?:it|he|she|they)\\s+(?:had |has |have |did |does |do )?(?:never|not|n't)\\s+(?:ever\\s+)?(\\p{L}+)",
            Pattern.CASE_INSENSITIVE);

    /**
     * "The harbour authority said it had not cancelled any sailings, after a post claimed that it had cancelled every
     * one": in reported speech too, a speaker who negates the very act reported of them, before or in the same
     * sentence, denies the report.
     */
    static boolean negatesOwnReportedAct(String content, String context) {
        Matcher m = OWN_ACT_NEGATED.matcher(content.replaceAll("[\"\u201c\u201d]", ""));
        return m.find() && !PLAIN_VERBS.contains(m.group(1).toLowerCase(Locale.ROOT)) && echoed(m.group(1), context);
    }

    /**
     * "it had granted no licence", "the union has been told of no redundancies", "it had never been sent an application":
     * the speaker's own "it", "we" or body, not someone named ("Ellis had never missed a training session" praises him).
     */
    private static final Pattern NOTHING_DONE = Alternations.compile(
            "^\\W*(?:I|we|he|she|it|they|the(?:\\s+[\\p{L}'\u2019-]+){1,3}"
                    // "his company had never made an approach": the speaker's own body.
                    + "|(?:his|her|their|our|its)\\s+(?:company|firm|business|club|group|team|charity|trust|school|council)"
                    + ")\\s+(?:has|have|had)\\s+(?:(?:been\\s+)?"
                    // "had received no formal complaint", "has seen no evidence": no record or knowledge of it, no denial.
                    // ("had received no money from the supply business" is a deed denied: money taken, not a record kept.)
                    + "(?!(?:received(?!\\s+no\\s+(?:money|payments?|funds|dividends?|cash|fees?)\\b)|seen|found|heard|noticed|recorded|logged|"
                    + "detected|identified)\\b)"
                    + "\\p{L}+(?:ed|en|ne|wn|de|ld|nt)\\s+(?:of\\s+)?no"
                    + "|never)\\s+(?!(?:doubt|problem|idea|reason|choice|option|plan|intention|complaint)s?\\b)\\p{L}",
            Pattern.CASE_INSENSITIVE);
    /**
     * "…, and nobody has asked us to end it early": no one, the claimant included, has done the thing; "no building permits
     * had been issued": nothing of the kind was done; "she never knowingly took a banned substance": the speaker never did it.
     */
    private static final Pattern NEVER_DONE = Alternations.compile(
            // ("…, and nobody has answered it yet": still not done, a complaint.)
            "(?:^\\W*|[,;]\\s+(?:and|but)\\s+)(?:nobody|no one)\\s+(?:has|have|had)\\s+(?:ever\\s+)?\\p{L}+(?:ed|en|ld|nt)\\b"
                    + "(?![^.;]*\\byet\\b)"
                    // "no claim has been made", "no death had been referred to it": no record of one, no denial.
                    + "|^\\W*no\\s+(?!(?:claim|complaint|application|request|referral)s?\\b)(?:[\\p{L}-]+\\s+){1,2}(?:has|have|had)\\s+"
                    + "(?:ever\\s+)?been\\s+(?!(?:received|seen|found|heard|noticed|recorded|logged|detected|identified|reported|referred)\\b)"
                    + "\\p{L}+(?:ed|en|ne|wn|de|ld|nt)\\b"
                    + "|^\\W*(?:I|we|he|she|they)\\s+never\\s+(?:knowingly|deliberately|intentionally|once|ever\\s+)?\\s*"
                    + "(?:took|gave|made|paid|sold|said|asked|offered|told|signed|agreed|promised|received)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CLAIM_WORDS = Alternations.compile(
            "\\b(?:claim\\w*|alleg\\w*|reported|report|reports|rumou?r\\w*|posts?|suggest\\w*|accus\\w*|stories)\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * "The authority said it had granted no licence for a release and had never been sent an application", "… runs to
     * March, and nobody has asked us to end it": in a story that has told of a claim, a speaker's report that the thing
     * was never done, with no verb of the claim echoed, still denies it. A report or document saying so ("The report said
     * the horse had never finished better than ninth") is left to the caller.
     */
    static boolean saysNothingWasDone(String content, java.util.function.Supplier<String> textBefore) {
        String bare = content.replaceAll("[\"\u201c\u201d]", "");
        // The text before may be the whole article so far: built only for the few statements that say nothing was done.
        return (NOTHING_DONE.matcher(bare).find() || NEVER_DONE.matcher(bare).find()) && CLAIM_WORDS.matcher(textBefore.get()).find();
    }

    private static final Pattern REJECTED_AND_SAID = Alternations.compile(
            "\\b(?:rejected|denied|dismissed|disputed|rejects|denies|dismisses|disputes)\\b[^.;]*?\\band\\s+"
                    + "(?:said|says|insisted|insists|added|adds|told\\s+\\p{L}+)\\s+(?:that\\s+)?(.*)",
            Pattern.CASE_INSENSITIVE);

    /**
     * "She rejected a claim that her firm had been promised the contract, and said the firm had not bid for it": the
     * negated statement joined to the rejection is what the rejection says.
     */
    static boolean saidAfterRejecting(String content, String sentence) {
        Matcher m = REJECTED_AND_SAID.matcher(sentence);
        return m.find() && !content.isBlank() && m.group(1).startsWith(content.strip().substring(0, Math.min(20, content.strip().length())))
                && NEGATION.matcher(content).find();
    }

    /**
     * "Tresillian played down the complaint: “Any member can cancel online in two minutes,” she said": a quotation the
     * speaker's own rejection opens with a colon is that rejection in her words.
     */
    static boolean quoteOpenedByOwnRejection(Attribution before, String source, int sentence, String sentenceText) {
        if (before.stance() != Stance.DENY || before.sentence() != sentence || !before.source().equals(source) || before.quoted()
                || before.content().isBlank()) {
            return false;
        }
        int at = sentenceText.indexOf(before.content().strip());
        return at >= 0 && COLON_THEN_QUOTE.matcher(sentenceText).region(at + before.content().strip().length(), sentenceText.length()).lookingAt();
    }

    private static final Pattern COLON_THEN_QUOTE = Pattern.compile("\\s*:\\s*[\"\u201c]");

    private static final Pattern THE_ONES_SEEN = Alternations.compile(
            "^\\W*the\\s+(?:\\p{L}+\\s+)?(seen|spotted|heard|photographed|filmed|pictured)\\s+(?:\\p{L}+\\s+){0,3}?(?:was|were|had been)\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * "A parent had told her that surveyors had been seen measuring the field. The Headteacher said the people seen were
     * drainage engineers": saying who those seen really were answers the claim about them.
     */
    static boolean saysWhoWasReallySeen(String content, String source, int sentence, List<Attribution> previous) {
        Matcher m = THE_ONES_SEEN.matcher(content);
        if (!m.find()) {
            return false;
        }
        Pattern seen = Pattern.compile("\\b" + Pattern.quote(m.group(1).toLowerCase(Locale.ROOT)) + "\\b", Pattern.CASE_INSENSITIVE);
        return previous.stream().anyMatch(a -> !a.source().equals(source) && a.sentence() >= sentence - 3 && a.stance() != Stance.DENY
                && seen.matcher(a.content()).find());
    }

    private static final Pattern THOSE_THINGS_WERE = Alternations.compile("^\\W*(?:(?:those|these)\\s+(\\p{L}{4,})|the\\s+(\\p{L}{4,})\\s+"
            + "(?:in|on|from|at|of)\\s+(?:that|this|those|these)\\s+[\\p{L}-]+)\\s+(?:were|was|are|is)\\s+(?:only|just|actually|simply|in fact)?\\s*"
            + "(?:an?\\s+)?[\\p{L}-]+", Pattern.CASE_INSENSITIVE);

    /**
     * "She found 18,000 card numbers in a file copied from a payment log. A Hopsack spokesperson said the numbers in that file
     * were payment tokens": saying what the very things another just reported really were answers the report.
     */
    static boolean saysWhatTheyReallyWere(String content, String source, int sentence, List<Attribution> previous) {
        Matcher m = THOSE_THINGS_WERE.matcher(content);
        if (!m.find() || NEGATION.matcher(content).find()) {
            return false;
        }
        String thing = m.group(1) != null ? m.group(1) : m.group(2);
        Pattern named = Pattern.compile("(?i)\\b" + Pattern.quote(thing.substring(0, 4)) + "\\p{L}*\\b");
        return othersClaimsJustBefore(source, sentence, previous).anyMatch(claim -> named.matcher(claim).find());
    }

    private static final Pattern STOPPED = Alternations.compile("\\b(\\p{L}{4,})\\s+(?:had|has|have|was|were)\\s+(?:been\\s+)?(?:stopped|"
            + "ended|scrapped|cancelled|canceled|axed|dropped|halted|suspended|abandoned)\\b"
            // "the supplier had stopped deliveries over unpaid invoices": what was stopped follows the verb.
            // "the council stopped padlocking the orchard gate at night": in the simple past as well.
            + "|\\b(?:(?:had|has|have)\\s+)?(?:stopped|halted|suspended|ended|cut off)\\s+(?:all\\s+|its\\s+|their\\s+)?(\\p{L}{4,})\\b"
            // "Nunwick Hill would come off the gritting routes": what a thing is taken off.
            + "|\\b(?:come|coming|came|be\\s+taken|be\\s+dropped|be\\s+removed)\\s+(?:off|from)\\s+(?:the\\s+|its\\s+|their\\s+)?(\\p{L}{4,})\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern GOES_ON = Alternations.compile("\\b(?:is|are|still|every|each|continued|continues|continue|stays|remains)\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * "Some bathers say they were told that testing had stopped to save money. “The water is tested every two hours,” said
     * the operations manager": saying in the present that the thing still goes on answers the claim that it stopped.
     */
    static boolean saysItStillGoesOn(String content, String source, int sentence, List<Attribution> previous) {
        if (!GOES_ON.matcher(content).find() || NEGATION.matcher(content).find()) {
            return false;
        }
        return othersClaimsJustBefore(source, sentence, previous).anyMatch(claim -> {
            Matcher stopped = STOPPED.matcher(claim);
            if (!stopped.find()) {
                return false;
            }
            String what = stopped.group(1) != null ? stopped.group(1) : stopped.group(2) != null ? stopped.group(2) : stopped.group(3);
            return Pattern.compile("(?i)\\b" + Pattern.quote(what.substring(0, 4)) + "\\p{L}*\\b").matcher(content).find();
        });
    }

    /** What others claimed, without denying anything, in the two sentences before {@code sentence}. */
    private static java.util.stream.Stream<String> othersClaimsJustBefore(String source, int sentence, List<Attribution> previous) {
        return previous.stream().filter(a -> !a.source().equals(source) && a.sentence() >= sentence - 2 && a.sentence() < sentence
                && a.stance() != Stance.DENY).map(Attribution::content);
    }

    /** ", not left there on the morning of the work", ", not a home for the whole club": what it was not, set after what it was. */
    private static final Pattern WHAT_IT_WAS_NOT = Pattern.compile("(?i),\\s*not\\s+([^,;.:]+)");
    private static final Pattern PLAIN_WORD = Pattern.compile("\\p{Ll}{4,}");
    private static final java.util.Set<String> TOO_COMMON = java.util.Set.of("there", "then", "that", "this", "with", "from", "what",
            "when", "where", "which", "their", "them", "they", "have", "been", "were", "would", "could", "will", "should", "only",
            "just", "even", "also", "more", "most", "some", "every", "other", "than", "into", "onto", "about", "after", "before");

    /**
     * "Hickling said their first warning was a note on the gate the morning the digger turned up. Kedward said notices had been
     * tied to the gate on March 30, not left there on the morning of the work": what it was, then what it was not in the
     * words of the claim just before, answers that claim.
     */
    static boolean saysWhatItWasNot(String content, String source, int sentence, List<Attribution> previous) {
        String not = whatItWasNot(content);
        return not != null && echoedJustBefore(not, source, sentence, previous);
    }

    /** The "Y" of "X, not Y" when nothing before it is negated; else null. */
    private static String whatItWasNot(String content) {
        Matcher not = WHAT_IT_WAS_NOT.matcher(content);
        return not.find() && !NEGATION.matcher(content.substring(0, not.start())).find() ? not.group(1) : null;
    }

    /** Whether the words or figures of {@code not} are in a claim another made just before. */
    private static boolean echoedJustBefore(String not, String source, int sentence, List<Attribution> previous) {
        java.util.StringJoiner stems = new java.util.StringJoiner("|");
        Matcher w = PLAIN_WORD.matcher(not);
        while (w.find()) {
            if (!TOO_COMMON.contains(w.group())) {
                stems.add(Pattern.quote(w.group().length() > 5 ? w.group().substring(0, 5) : w.group()));
            }
        }
        // ("must go off at 9pm, not 11pm": a figure echoed is as much the claim's word.)
        Matcher figure = FIGURE_WORD.matcher(not);
        while (figure.find()) {
            stems.add(Pattern.quote(figure.group()));
        }
        if (stems.length() == 0) {
            return false;
        }
        // One pattern for all the words, read against each claim just before.
        Pattern echoed = Pattern.compile("(?i)\\b(?:" + stems + ")\\p{L}*\\b");
        return othersClaimsJustBefore(source, sentence, previous).anyMatch(claim -> echoed.matcher(claim).find());
    }

    private static final Pattern FIGURE_WORD = Pattern.compile("(?<![\\d.,])\\d[\\d,.]*\\d(?:[ap]m)?|(?<![\\d.,])\\d(?:[ap]m)?(?![\\d.,])");

    /**
     * "Raikes said the floodlights would burn until 11pm every night. The planning officer said the lights must go off at
     * 9pm, not 11pm": a rule or a must, set against a figure another just gave, answers it however it is worded.
     */
    static boolean correctsAFigureJustGiven(String content, String source, int sentence, List<Attribution> previous) {
        String not = whatItWasNot(content);
        return not != null && FIGURE_WORD.matcher(not).find() && echoedJustBefore(not, source, sentence, previous);
    }

    private static final Pattern NONE_OF_THEM = Alternations.compile("(?i)\\bno\\s+(\\p{L}{3,}(?:\\s+\\p{L}{3,})?)\\s+(?:had|has|have|was|were)\\b");

    /**
     * "A post said no safety boat had been out that afternoon. “A safety boat was on the water, crewed by two instructors,”
     * said the club's chief instructor": the thing said to be missing, said to be there, answers the claim.
     */
    static boolean saysItWasThere(String content, String source, int sentence, List<Attribution> previous) {
        if (NEGATION.matcher(content).find()) {
            return false;
        }
        return othersClaimsJustBefore(source, sentence, previous).anyMatch(claim -> {
            Matcher none = NONE_OF_THEM.matcher(claim);
            return none.find() && Pattern.compile("(?i)^\\W*(?:a|an|the|our|one)\\s+" + Pattern.quote(none.group(1))
                    + "\\s+(?:was|were|had been|has been|is|went)\\b").matcher(content).find();
        });
    }

    /**
     * "A committee member told the Focus that no surveyor had looked at the floor before the vote. “I lifted six boards in
     * April and found wet rot …,” said the surveyor, Heidi Littlejohn": one of those said never to have done it, telling in
     * the first person what they did, answers the claim.
     */
    static boolean oneSaidNotToHaveDoneItSpeaks(String content, String described, String source, int sentence,
            List<Attribution> previous) {
        if (described == null || described.isBlank() || !FIRST_PERSON_ACT.matcher(content).lookingAt()
                || NEGATION.matcher(content).find()) {
            return false;
        }
        return othersClaimsJustBefore(source, sentence, previous).anyMatch(claim -> {
            Matcher none = NONE_OF_THEM.matcher(claim);
            return none.find() && !none.group(1).contains(" ")
                    && java.util.Arrays.asList(described.toLowerCase(java.util.Locale.ROOT).split("\\W+"))
                            .contains(none.group(1).toLowerCase(java.util.Locale.ROOT));
        });
    }

    private static final Pattern FIRST_PERSON_ACT = Alternations.compile("(?i)^\\W*(?:i|we)\\s+\\p{L}+ed\\b");

    private static final Pattern NO_SUCH = Alternations.compile(
            "^\\W*(?:there\\s+(?:is|was|are|were|has been|had been)\\s+)?no\\s+such\\s+\\p{L}+"
                    // "she had never heard her father mention any such plan", "the firm had received no such letter".
                    + "|\\b(?:never|not|n't)\\b[^.;]{0,60}?\\bany\\s+such\\s+\\p{L}+|\\b\\p{L}+(?:ed|en|ve|de|nt)\\s+no\\s+such\\s+\\p{L}+",
            Pattern.CASE_INSENSITIVE);

    /**
     * "its sequel is not cancelled, after a wave of posts this week claimed the project had been shelved": a negation, then
     * the claim it answers, told in the same sentence.
     */
    static boolean negatesTheClaimItIsAfter(String content) {
        Matcher m = AFTER_A_CLAIM.matcher(content);
        return m.find() && NEGATION.matcher(content.substring(0, m.start())).find();
    }

    private static final Pattern AFTER_A_CLAIM = Pattern.compile(",\\s+(?:after|amid|following)\\s+(?:(?:[\\p{L}'\u2019-]+\\s+){0,8}?"
            + "(?:claimed|alleged|suggested|reported|speculated)\\b|(?:the\\s+)?(?:claims?|reports?|suggestions?|allegations?|rumou?rs?|"
            + "speculation)\\b)");

    private static final Pattern DESPITE_A_CLAIM = Pattern.compile("(?i),?\\s+despite\\s+(?:the\\s+)?(?:claims?|reports?|suggestions?|"
            + "allegations?|rumou?rs?|speculation)\\b");

    /**
     * "the front desk will stay open despite claims that it is about to close": an account given against a claim, the
     * claim named in the same breath, answers it.
     */
    static boolean holdsDespiteAClaim(String content) {
        Matcher m = DESPITE_A_CLAIM.matcher(content);
        return m.find() && m.start() > 0;
    }

    /** "Brackenholt said no such instruction had been given": "such" points back at what someone said was done. */
    static boolean deniesSuchAThing(String content) {
        return NO_SUCH.matcher(content).find();
    }

    /** "That claim is false: the insurer … confirmed …": the article's verdict opens the sentence, and the rest backs it. */
    private static final Pattern VERDICT_THEN_COLON = Alternations.compile("^\\W*(?:That|This|The|Their|His|Her|Its)\\s+(?:\\p{L}+\\s+)?"
            + "(?:claim|report|story|rumou?r|suggestion|allegation|post|account)s?\\s+(?:is|was|are|were)\\s+(?:also\\s+)?"
            + "(?:false|untrue|wrong|not true|incorrect|mistaken|baseless|unfounded)\\s*:");

    /** A confirmation given as the proof of the article's own verdict on a claim: it denies that claim. */
    static boolean confirmsAVerdict(String sentence) {
        return VERDICT_THEN_COLON.matcher(sentence).find();
    }

    private static final Pattern BARE_VERDICT = Alternations.compile("^\\W*(?:No such \\p{L}+ (?:was|has) ever (?:been )?\\p{L}+|"
            + "(?:That|This|It) (?:is|was) (?:simply |just )?(?:not true|untrue|false|wrong|not correct|incorrect|not the case)|"
            + "(?:That|This|It) never happened)\\W*$");

    /**
     * "No such purchase was ever made. The executor … has confirmed that the legacy was spent on the hay barn": a
     * confirmation right after the article's own bare verdict backs the verdict, and so denies the claim.
     */
    /** "NAME was candid about why:", "She was honest with me about the reason.": a frame that tells an admission follows. */
    private static final Pattern CANDOUR_FRAME = Alternations.compile("^(.*?)\\b(?:was|were|is|are|has been|had been)\\s+(?:\\p{L}+ly\\s+)?"
            + "(?:candid|frank|open|honest|upfront)\\s+(?:with\\s+(?:me|us|him|her|them|the\\s+\\p{L}+|reporters|\\p{Lu}\\p{L}+)\\s+)?(?:about|over)\\b");

    /**
     * "The county's libraries manager, Algernon Tealby, was candid about why: the boiler missed its summer service, he said"
     * and "Ms Trevallion was open about the yard's finances. “We have lost money …”": what the speaker says under a frame
     * of candour, in its sentence or right after it, is owned up to. {@code before} is the text before the words said
     * (or the whole sentence before them).
     */
    static boolean saidCandidly(String before, String source) {
        Matcher m = CANDOUR_FRAME.matcher(before);
        if (!m.find()) {
            return false;
        }
        String subject = m.group(1);
        String surname = AnsweredClaims.surname(source);
        return surname.length() > 2 && subject.contains(surname) || subject.strip().matches("(?i)(?:.*\\s)?(?:he|she|they|we|i)");
    }

    /** "was just as plain", "was equally firm on that point", "was blunt", "was blunter": its measure, manner, comparative, point. */
    private static final Pattern FIRM_FRAME = Alternations.compile("^[^\"\u201c\u201d]{2,120}?\\s(?:was|were|is|are)\\s+(?:(?<measure>just\\s+as|"
            + "equally|every\\s+bit\\s+as|no\\s+less|as|even\\s+more|more)\\s+)?(?<manner>plain|firm|clear|blunt|brisk|emphatic|categorical|"
            + "adamant|direct|forthright|definite|unequivocal|forceful|robust)(?<comparative>er)?(?<point>\\s+on\\s+(?:that|this|the)\\s+"
            + "(?:point|matter|score|question))?\\s*[.:]$");
    /** The manners that, with no "as" to measure them against, still say a rejection follows. */
    private static final java.util.Set<String> FIRM_ON_ITS_OWN = java.util.Set.of("blunt", "emphatic", "categorical", "adamant",
            "forthright", "unequivocal");
    private static final Pattern NEGATED_ANSWER = Alternations.compile("^\\W*(?:It|They|He|She|That|This)\\s+(?:has|have|had|did|does|do|is|are|was|"
            + "were|will|would|can|could)(?:\\s+not|n['\u2019]t)\\b");

    /**
     * "… It has not: the new date was signed off on Wednesday. The minister was just as plain. “Calyx will fly,” she told
     * Far Fields": a quote after "was just as plain" (or "equally firm") goes with the denial or the correction it is
     * measured against.
     */
    static boolean asFirmAsTheDenialBefore(List<Sentence> sentences, int firstSentence, List<Attribution> previous) {
        int frame = firstSentence - 1;
        if (frame < 1 || previous.stream().anyMatch(a -> a.sentence() == frame)) {
            return false;
        }
        Matcher firm = FIRM_FRAME.matcher(sentences.get(frame).text().strip());
        if (!firm.matches()) {
            return false;
        }
        return measuredAgainstADenial(firm, frame, previous, NEGATED_ANSWER.matcher(sentences.get(frame - 1).text()).find());
    }

    /** Whether a firm frame at sentence {@code frame} is measured against a denial before it (or a bare "It has not"). */
    private static boolean measuredAgainstADenial(Matcher firm, int frame, List<Attribution> previous, boolean negatedAnswerBefore) {
        // "was blunter", "was more direct": a comparative, like "just as", measures against what was said before.
        boolean measured = firm.group("measure") != null || firm.group("comparative") != null;
        if (!measured) {
            // "Wyvernhurst Police challenged the figure, saying … The council's highways director, Valorie Quested, was blunt.
            // “Crime in Pottlewick went down …”": with no "as", only a denial in the sentence just before sets the measure.
            return firm.group("point") == null && FIRM_ON_ITS_OWN.contains(firm.group("manner"))
                    && deniedJustBefore(frame, previous, a -> a.sentence() == frame - 1);
        }
        return negatedAnswerBefore || deniedJustBefore(frame, previous, a -> true);
    }

    /**
     * "The council described the claim as baseless. Cobbleford's owner, Huw Ecclestow, was just as clear: “We have never
     * spoken to Haddlesmere …”": the same measure as {@link #asFirmAsTheDenialBefore}, with the quote after a colon in the
     * frame's own sentence.
     */
    static boolean asFirmBeforeItsColon(String frame, int sentence, List<Attribution> previous) {
        Matcher firm = FIRM_FRAME.matcher(frame.strip());
        return firm.matches() && frame.strip().endsWith(":") && measuredAgainstADenial(firm, sentence, previous, false);
    }

    /** Whether one of the four sentences before {@code frame} holds a denial that also passes {@code which}. */
    private static boolean deniedJustBefore(int frame, List<Attribution> previous, java.util.function.Predicate<Attribution> which) {
        return previous.stream().anyMatch(a -> a.sentence() >= frame - 4 && a.sentence() < frame && a.stance() == Stance.DENY
                && which.test(a));
    }

    private static final Pattern SIDING = Alternations.compile("^(.{2,160}?)\\s(?:also\\s+|too\\s+)?(?:(?:backed|sided\\s+with|took\\s+the\\s+side\\s+of|"
            + "came\\s+to\\s+the\\s+defen[cs]e\\s+of)\\s+([^,.;:]{2,60})|took\\s+([\\p{L}'\u2019 -]{1,40}?)['\u2019]s\\s+side)"
            + "|^(.{2,160}?)\\s(?:went|goes)\\s+further\\W*$");
    /** "backed that account", "backed that up", "backed this": the siding points back at what was just said. */
    private static final Pattern POINTS_BACK = Alternations.compile("(?i)(?:that|this|it|these)(?:\\s+(?:account|version|denial|view|up))?");

    /** The last statement before the frame: the sentence whose denial "that account" or "went further" points back at. */
    private static java.util.Optional<Attribution> lastBefore(int frame, List<Attribution> previous) {
        return previous.stream().filter(a -> a.sentence() < frame).reduce((a, b) -> b);
    }

    /**
     * "The club was having none of it. Hathercote Structural, the firm that did the survey, backed the club. Its lead engineer
     * told the Echo that …": what a second party says right after siding with a denial is that denial too.
     */
    static boolean sidesWithTheDenial(List<Sentence> sentences, int firstSentence, String source, String description,
            List<Attribution> previous) {
        int frame = firstSentence - 1;
        if (frame < 1) {
            return false;
        }
        Matcher m = SIDING.matcher(sentences.get(frame).text().strip());
        if (!m.find()) {
            return false;
        }
        String subject = m.group(1) != null ? m.group(1) : m.group(4);
        String lowerSubject = subject.toLowerCase(Locale.ROOT);
        // "Its lead engineer" after the body that sided; "the firm's lead engineer" only when the one that sided is a firm.
        boolean sameParty = OWN_OFFICER.matcher(description).lookingAt() || OWN_BRANCH.matcher(source).lookingAt()
                || OWN_BRANCH.matcher(description).lookingAt() || officerOfBodyOfItsKind(description, subject)
                // "The county backed the firm. …, it said" of Westermoor County Council: the name's words in any case.
                || java.util.Arrays.stream(source.split("\\s+")).anyMatch(w -> w.length() > 3 && Character.isUpperCase(w.charAt(0))
                        && lowerSubject.matches(".*\\b" + Pattern.quote(w.toLowerCase(Locale.ROOT)) + "\\b.*"));
        if (m.group(4) != null || POINTS_BACK.matcher(m.group(2) != null ? m.group(2) : "").matches()) {
            // "The insurer, Jakesby Mutual, went further.", "Ashmere Marine Services backed that account.": whoever denied last.
            return sameParty && lastBefore(frame, previous).filter(last -> previous.stream().anyMatch(a -> a.sentence() == last.sentence()
                    && a.stance() == Stance.DENY && !a.source().equals(source))).isPresent();
        }
        // "backed the club" after the club's denial; not "said the union backed the strike".
        String sided = (m.group(2) != null ? m.group(2) : m.group(3)).toLowerCase(Locale.ROOT);
        // "backed the company" after Ashgill's denial: a body named by its kind.
        boolean byKind = BODY_BY_KIND.matcher(sided).lookingAt();
        return sameParty && deniedJustBefore(frame, previous, a -> !a.source().equals(source)
                && (byKind && a.sourceType() != SourceType.PERSON && a.sourceType() != SourceType.ANONYMOUS
                        || java.util.Arrays.stream((a.source() + " " + a.mention()).toLowerCase(Locale.ROOT).split("\\s+"))
                                .anyMatch(w -> w.length() > 3 && sided.matches(".*\\b" + Pattern.quote(w) + "\\b.*"))));
    }

    static boolean bareVerdict(String sentence) {
        return BARE_VERDICT.matcher(sentence.strip()).matches();
    }

    private static final Pattern VERDICT_FIRST = Alternations.compile("^\\W*(?:That|This|It|(?:That|This|The) (?:account|claim|story|report|"
            + "suggestion|figure)) (?:is|was) (?:simply |just )?(?:not true|untrue|false|wrong|not correct|incorrect|not the case),\\s+"
            + "(?:according to\\b|[^,:;]{1,60}?\\b(?:say|says|said|tell|tells|told|insist|insists|insisted)\\b)");

    /** A verdict on someone before a colon, then the other version: "the group had slipped a digit: the gate count was 630". */
    private static final Pattern VERDICT_ON_SOMEONE = Alternations.compile("^\\W*(?:(?:the|its|their|his|her)\\s+)?(\\p{L}[\\p{L}'\u2019-]*)\\s+"
            + "(?:[\\p{L}'\u2019-]+\\s+){0,1}?(?:had|has|have|was|were|is|are)\\s+([^:;\"\u201c\u201d\\d]{3,60}):\\s+\\p{L}[^:]{15,}$");
    /** Words that approve of the one named, or only introduce what follows: "had a point:", "had one aim:", "had said:". */
    private static final Pattern APPROVING_OR_LEADING_IN = Alternations.compile("\\b(?:right|correct|true|accurate|fair|clear|honest|consistent|helpful|"
            + "generous|a point|good|justified|entitled|one|two|three|this|the same|simple|sorry|pleased|delighted|grateful|proud|"
            + "worried|concerned|told|asked|warned|promised|offered|agreed|planning|hoping|keen|said|says|written|wrote|stated|"
            + "announced|explained|added|noted|put it)\\b", Pattern.CASE_INSENSITIVE);

    /** "it had been naive about the noise:", "its first letter had been ill-judged:": more words for a fault owned. */
    private static final String FAULTS_OWNED = "naive|na\u00efve|foolish|lax|short-sighted|ill-\\p{L}+|half-hearted|half-baked|misjudged"
            + "|misguided|unwise|unprofessional|overzealous|thoughtless";

    /** "it had fallen short on one count:", "should have done better:": a speaker owning a fault, no verdict on another. */
    private static final Pattern OWNING_A_FAULT = Pattern.compile("(?i)\\b(?:fallen|fell|falls?)\\s+short|\\bdone\\s+better|\\bon\\s+one\\s+"
            + "(?:count|point|score|front)|\\b(?:its|our|my|their|his|her)\\s+(?:own\\s+)?(?:fault|mistake|error)|\\bgot\\s+(?:it|that)\\s+wrong"
            // "the blame lay with its own office for one thing:"
            + "|\\b(?:blame|fault|responsibility)\\s+(?:lay|lies|rested|rests)\\s+with\\s+(?:its|our|my|their|his|her)\\b"
            // "it had let learners down:", "it had picked its moment badly:": the speaker's own doing, owned, whatever the idiom.
            // ("it had been misquoted:" is done to it, and "it had never …:", "it had nothing to hide:" deny.)
            + "|^\\W*(?:it|we|i)\\s+(?:(?:had|has|have)\\s+)?(?!(?:had|has|have|been|was|were|is|are|not|never|no|nothing)\\b)\\p{Ll}+\\b"
            + "(?![^:]*\\b(?:not|never|no|nothing|nobody|none)\\b|[^:]*n['\u2019]t\\b)"
            // "its handling had been clumsy:", "its first letters to hut owners had been heavy-handed:", "it had been caught
            // napping:": a fault found in the speaker's own doing.
            // "its first letters could have been clearer:", "the first sign in the hall had been badly worded:": so too a thing
            // of its own done first, found wanting.
            // "he had been asleep at the wheel:", said of the speaker himself.
            + "|^\\W*(?:it|we|i|he|she|they|(?:its|our|my|the\\s+(?:first|original|earlier|initial))(?:\\s+[\\p{L}'\u2019-]+){1,6}?)\\s+"
            + "(?:(?:had|has|have)\\s+been|was|were|is|are|could\\s+have\\s+been|should\\s+have\\s+been)\\s+"
            + "(?:(?:a\\s+(?:bit|little)|too|rather|far\\s+too|plainly|clearly|badly|poorly)\\s+)?(?:clumsy|heavy-handed|caught\\s+napping|slow|poor"
            + "|careless|sloppy|remiss|muddled|confusing|unclear|hasty|rushed|insensitive|tactless|late|at\\s+fault|to\\s+blame"
            + "|clearer|better|worded|handled|timed|explained|judged|planned"
            // "it had been behind the curve:", "we were slow off the mark:": late to act, owned.
            + "|behind\\s+the\\s+(?:curve|times)|out\\s+of\\s+date|slow\\s+off\\s+the\\s+mark|wrong-footed|asleep\\s+at\\s+the\\s+wheel"
            + "|complacent|negligent|too\\s+trusting"
            // "it had been tardy about explaining itself:", "its letter had been curt:", "it had been caught out:".
            + "|tardy|curt|brusque|caught\\s+out|" + FAULTS_OWNED + ")\\b"
            // "the stylist had bungled the bleach:": one of its own people's doing, owned.
            + "|^\\W*(?:the|its|our|my|her|his|their)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:had|has|have)\\s+(?:bungled|botched|mishandled|fumbled"
            + "|messed\\s+up|tripped\\s+up|slipped\\s+up)\\b"
            // "the way the club had found out was not its finest hour:".
            + "|\\bnot\\s+(?:its|our|my|their|his|her)\\s+finest\\s+hour\\b"
            // "it had not covered itself in glory:": a fault owned by saying less.
            + "|\\bnot\\s+covered\\s+(?:itself|ourselves|myself|himself|herself|themselves)\\s+in\\s+glory\\b"
            // "the short notice was of its own making:", "he had not done his homework on the locks:".
            + "|\\bof\\s+(?:its|our|my|their|his|her)\\s+own\\s+making\\b|\\bnot\\s+done\\s+(?:its|our|my|their|his|her)\\s+homework\\b");

    private static final Pattern FAULT_WORD = Pattern.compile("(?i)\\b(?:short|better|clearer|fault|mistake|error|wrong|blame|fair"
            + "|down|badly|poorly|late|slow|ball|clumsy|heavy-handed|napping|poor|careless|sloppy|remiss|muddled|confusing|unclear"
            + "|hasty|rushed|insensitive|tactless|responsibility|behind|wrong-footed|asleep|complacent|negligent|trusting|bungled|botched"
            + "|mishandled|fumbled|messed|glory|tardy|curt|brusque|caught|tripped|slipped|finest|making|homework|" + FAULTS_OWNED + ")\\b");

    /**
     * "its handling had been clumsy: sellers learned of it from a notice on the gate", "it had let learners down: …": a fault
     * the speaker finds in its own doing, before the colon that gives it, is owned.
     */
    static boolean ownsAFaultBeforeColon(String content) {
        int colon = content.indexOf(": ");
        if (colon < 0) {
            return false;
        }
        String verdict = content.substring(0, colon);
        // ("it had also added two conditions to the licence:" announces; only a verdict with a fault in it owns one.)
        return verdict.split("\\s+").length <= 12 && OWNING_A_FAULT.matcher(verdict).find() && FAULT_WORD.matcher(verdict).find();
    }

    /**
     * Whether a verdict's words approve of what was said or only introduce what follows. A number leads in only straight
     * after its verb ("had one aim:", "were two reasons:"): "had mixed up two pots of money:", "belonged to one weekend:" are
     * verdicts.
     */
    private static boolean approvesOrLeadsIn(String verdict) {
        return OWNING_A_FAULT.matcher(verdict).find() || APPROVING_OR_LEADING_IN.matcher(verdict.replaceAll(
                "(?i)(?<!\\b(?:had|has|have|was|were|is|are|'s)\\s)\\b(?:one|two|three)\\b", "")).find();
    }

    /**
     * "The safety advisory group wrote that the race drew more than 6,000 spectators. Oates said the group had slipped a digit:
     * the gate count in 2031 was 630", "Mulvenna had got her wires crossed: the limit …": whatever the idiom, a verdict on one
     * who has just made a claim, then a colon and the speaker's own version, denies that claim. One who approves ("had a
     * point:") or only introduces what follows ("had one aim:") denies nothing.
     */
    static boolean verdictOnTheClaimant(String content, String source, int sentence, List<Attribution> previous) {
        if (content.indexOf(':') < 0) {
            return false;
        }
        Matcher m = VERDICT_ON_SOMEONE.matcher(content.strip());
        if (!m.find() || approvesOrLeadsIn(m.group(2))) {
            return false;
        }
        String who = m.group(1).toLowerCase(Locale.ROOT);
        boolean pronoun = who.matches("he|she|they");
        if (!pronoun && (who.length() < 4 || who.matches("that|this|there|what|which|it"))) {
            return false;
        }
        Pattern word = Pattern.compile("(?i)\\b" + Pattern.quote(who) + "s?\\b");
        return previous.stream().anyMatch(a -> !a.source().equals(source) && a.sentence() >= sentence - 3 && a.sentence() < sentence
                && a.stance() != Stance.DENY && a.stance() != Stance.CONFIRM
                && (pronoun ? a.sourceType() == SourceType.PERSON && a.sentence() >= sentence - 1
                        : word.matcher(a.source()).find() || a.description() != null && word.matcher(a.description()).find()
                                || a.mention() != null && word.matcher(a.mention()).find()));
    }

    /**
     * "Zelley took that story to pieces, saying the leak had come from a hose connector on plot 14. Sandercock Water said its
     * engineers had traced the leak to the same connector": another source pointing at "the same" thing a denial just named
     * backs that denial, and denies the same claim.
     */
    static boolean backsTheDenialJustBefore(String content, String source, int sentence, List<Attribution> previous) {
        Matcher same = THE_SAME_THING.matcher(content);
        if (!same.find()) {
            return false;
        }
        Pattern thing = Pattern.compile("(?i)\\b" + Pattern.quote(same.group(1)) + "s?\\b");
        return previous.stream().anyMatch(a -> !a.source().equals(source) && a.sentence() == sentence - 1 && a.stance() == Stance.DENY
                && thing.matcher(a.content()).find());
    }

    private static final Pattern THE_SAME_THING = Pattern.compile("(?i)\\bthe\\s+(?:very\\s+)?same\\s+(\\p{L}{4,})\\b");

    /**
     * "X said the sessions were full. The agency said its booking records told a different story: only 186 of 420 were
     * filled": a short verdict, then after a colon the other version, straight after another source's claim, answers it,
     * whatever the verdict's words.
     */
    static boolean verdictOnWhatWasJustSaid(String content, String source, int sentence, List<Attribution> previous) {
        Matcher m = SHORT_VERDICT_THEN_REASON.matcher(content.strip());
        Matcher bare = BARE_VERDICT_ON_THAT.matcher(content.strip());
        if (m.matches() ? approvesOrLeadsIn(m.group(1))
                : !bare.matches() || approvesOrLeadsIn(bare.group(1)) || NOT_A_VERDICT.matcher(bare.group(1)).find()) {
            return false;
        }
        // (A claim that something never happened is answered the same way: "had never set foot on the site" / "he had been
        // misinformed: two inspectors had visited".)
        return previous.stream().anyMatch(a -> !a.source().equals(source) && a.sentence() == sentence - 1
                && a.stance() != Stance.CONFIRM);
    }

    /** "that was a long way from the truth": the whole of what was said is a verdict on "that". */
    private static final Pattern BARE_VERDICT_ON_THAT = Pattern.compile(
            "(?i)^(?:that|this)\\s+(?:was|is|were|'s)\\s+([^:;,\"\u201c\u201d\\d]{3,50}?)[.!]?$");
    /** "that was the case", "that was why …", "that was possible": no verdict against what was said. */
    private static final Pattern NOT_A_VERDICT = Pattern.compile("(?i)\\b(?:true|case|so|possible|likely|probable|welcome|encouraging|plan|"
            + "idea|aim|hope|reason|why|what|how|when|where|because|who|which|news|up to|for|part of|not for)\\b");
    private static final Pattern SHORT_VERDICT_THEN_REASON = Pattern.compile(
            "^\\W*((?:[^\\s:;\"\u201c\u201d\\d]+\\s+){2,11}[^\\s:;\"\u201c\u201d\\d]+):\\s+\\p{L}[^:]{15,}$");

    /**
     * "That is simply not the case, you tell me: the heater arrived on day nine", "That account is simply not the case,
     * according to Skelbury Rail, which says …": the verdict first, then who gives it and the other version.
     */
    static boolean verdictBeforeItsCue(String sentence) {
        return VERDICT_FIRST.matcher(sentence.strip()).find();
    }

    /**
     * "“That is simply not the case,” a spokesperson said. “There have been at least four staff on every night shift.”": the
     * same speaker's quotation going on after a bare verdict gives the other version, and denies with it.
     */
    static boolean goesOnFromABareVerdict(String source, int sentence, List<Attribution> previous) {
        return previous.stream().anyMatch(a -> a.source().equals(source) && a.stance() == Stance.DENY && a.quoted()
                && a.sentence() == sentence - 1 && BARE_VERDICT.matcher(a.content().replaceAll("[\"\u201c\u201d]", "").strip()).matches());
    }

    private static final Pattern NOT_THE_OTHER = Alternations.compile(
            // "was chosen by doctors, not by the company, and matched …": the thing named may close a clause, not the whole.
            // "thickest at the far end, not by the car park": a thing of two words as well.
            ",\\s+not\\s+(?:(?:on|for|about|in|into|to|with|at|by|from)\\s+)?(?:a|an|the|any)\\s+[\\p{L}-]+(?:\\s+[\\p{L}-]+)?(?:\\W*$|[,.;]\\s)",
            Pattern.CASE_INSENSITIVE);

    /**
     * "There are no talks," said NAME … but said they were working on a refinancing, not on a sale": a speaker who has
     * already denied the claim names what is really going on and, in a closing "not" + noun, the thing claimed ("far
     * fewer meals, not more" and "theirs, not ours" name no thing).
     */
    static boolean correctsWithNot(String content, String source, int sentence, int firstSentence, List<Attribution> previous,
            java.util.function.IntUnaryOperator paragraphOf) {
        return NOT_THE_OTHER.matcher(content).find() && (deniedSince(source, sentence - 4, previous)
                || secondPartyAfterADenial(source, firstSentence, previous, paragraphOf));
    }

    /** "five households, not one" sets right "a single household". */
    private static final String ONE_OF_A_KIND = "(?:one|single|sole|lone)";
    private static final Pattern NOT_WHAT_WAS_SAID = Pattern.compile("(?i),\\s+not\\s+((?:[\\p{L}\\d'\u2019-]+\\s*){1,4}?)(?=[,.;]|$|\\s+and\\b)");
    private static final Set<String> NOT_WORDS_IGNORED = Set.of("the", "a", "an", "on", "in", "at", "for", "to", "by", "of", "from",
            "with", "about", "its", "their", "his", "her", "our", "more", "less", "just", "only", "yet", "now", "ever", "all");

    /**
     * "Puddifoot said graduates would be allowed only one guest each. Oxenham said each graduate would have three guest
     * tickets, not one": what the other side just said, named after "not", is what the speaker sets right.
     */
    static boolean setsTheClaimRightWithNot(String content, String source, int sentence, List<Attribution> previous) {
        Matcher m = NOT_WHAT_WAS_SAID.matcher(content);
        // ("I heard it from a neighbour, not from the council": where the speaker's own news came from, nobody's claim.)
        if (!m.find() || content.matches("(?is)^\\W*(?:i|we)\\b.*")) {
            return false;
        }
        List<String> words = java.util.Arrays.stream(m.group(1).toLowerCase(Locale.ROOT).split("\\s+"))
                .filter(w -> !NOT_WORDS_IGNORED.contains(w) && (w.length() >= 3 || w.matches("\\d+"))).toList();
        if (words.isEmpty()) {
            return false;
        }
        // (Whatever its stance: the words set right may be another's answer to the speaker's side.)
        return previous.stream().filter(a -> !a.source().equals(source) && a.sentence() >= sentence - 2 && a.sentence() < sentence)
                .map(Attribution::content).anyMatch(claim -> words.stream().allMatch(w -> Pattern.compile(
                        "(?i)(?<![\\p{L}\\d])" + (w.equals("one") ? ONE_OF_A_KIND : Pattern.quote(w)) + "(?![\\p{L}\\d])").matcher(claim).find()));
    }

    /** A figure in words is read by its place in these lists ("forty" is 10 times 4). */
    private static final List<String> NUMBER_WORDS = List.of("zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "eleven", "twelve");
    private static final List<String> TENS_WORDS = List.of("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
            "ninety");
    private static final Pattern OPENING_FIGURE = Pattern.compile("(?i)^\\W*(\\d[\\d,]*|"
            + String.join("|", NUMBER_WORDS.subList(1, NUMBER_WORDS.size())) + "|" + String.join("|", TENS_WORDS.subList(2, TENS_WORDS.size()))
            + ")\\s+(?:is|was|are|were)\\b[^.;]*?,\\s+not\\s+\\p{L}");

    /**
     * "The Alliance said the buses carried about 40 passengers a trip. … “Forty is a Saturday-night figure for one bus, not an
     * average,” said Sablemoor's operations manager": the figure another has just given, said to be something else.
     */
    static boolean figureGivenSetRight(String content, String source, int sentence, List<Attribution> previous) {
        Matcher m = OPENING_FIGURE.matcher(content);
        if (!m.find()) {
            return false;
        }
        String word = m.group(1).toLowerCase(Locale.ROOT).replace(",", "");
        String digits = NUMBER_WORDS.contains(word) ? String.valueOf(NUMBER_WORDS.indexOf(word))
                : TENS_WORDS.contains(word) ? String.valueOf(10 * TENS_WORDS.indexOf(word)) : word;
        Pattern given = Pattern.compile("(?<![\\d.,])" + Pattern.quote(digits) + "(?![\\d]|[.,]\\d)|\\b" + Pattern.quote(word) + "\\b",
                Pattern.CASE_INSENSITIVE);
        return previous.stream().anyMatch(a -> !a.source().equals(source) && a.sentence() >= sentence - 4 && a.stance() != Stance.DENY
                && given.matcher(a.content().replace(",", "")).find());
    }

    /**
     * "The council said it had never received a crown from the fines. “Fines … are paid to the treasury, not to the county,”
     * said a spokeswoman for the police": a party not yet heard from, right after another's denial in the same paragraph,
     * corrects the same claim. (In a paragraph of its own, "staff learned of the closure “from a press release, not from the
     * vice-chancellor”" is a claim of its own.)
     */
    private static boolean secondPartyAfterADenial(String source, int sentence, List<Attribution> previous,
            java.util.function.IntUnaryOperator paragraphOf) {
        return previous.stream().anyMatch(a -> !a.source().equals(source) && a.stance() == Stance.DENY && a.sentence() >= sentence - 1
                        && paragraphOf.applyAsInt(a.sentence()) == paragraphOf.applyAsInt(sentence))
                && previous.stream().noneMatch(a -> a.source().equals(source) && a.sentence() >= sentence - 8);
    }

    /** Whether {@code source} has denied something in a statement from sentence {@code since} on. */
    private static boolean deniedSince(String source, int since, List<Attribution> previous) {
        return previous.stream().anyMatch(a -> a.source().equals(source) && a.stance() == Stance.DENY && a.sentence() >= since);
    }

    private static final Pattern PLAN_FOR_IT = Alternations.compile("\\s+(?:would|will|could|may|might|should|is going to|are going to)\\b",
            Pattern.CASE_INSENSITIVE);
    /** "the trailer …"; not "the club's debts", whose owner is no thing alleged. */
    private static final Pattern DEFINITE_SUBJECT = Alternations.compile("^\\W*the\\s+(\\p{L}{4,})\\b(?!['\u2019])", Pattern.CASE_INSENSITIVE);

    /**
     * "A worker said he had seen a trailer with the trust's badge on it. … The trailer, she said, had been carrying fence
     * posts": a speaker who has already denied the claim gives her own account of the very thing another source brought
     * in (as "a trailer", or as "their contracts") a few sentences before; that account denies the claim in positive words.
     */
    static boolean accountOfTheThingAlleged(String content, String source, String described, int sentence, List<Attribution> previous) {
        Matcher m = DEFINITE_SUBJECT.matcher(content);
        if (!m.find() || PLAN_FOR_IT.matcher(content).region(m.end(), content.length()).lookingAt()) {
            // ("He said the cheese would be cut up and sold at the village shop": what will become of the thing, no account
            // of it against the claim; review75 ravelsdon.)
            return false;
        }
        // A denial a few sentences back: "the boiler was on a list of 31 to be replaced", told long after the council's
        // denials, is news of the boiler, not an account against a claim (review57 STO q18).
        if (!deniedSince(source, sentence - 8, previous) && !bodyDenied(described, sentence - 8, previous)) {
            return false;
        }
        Pattern introduced = introduced(m.group(1));
        // ("The sanctuary did own up to one error, saying its accounts … had been filed late. [Its treasurer] said the accounts
        // for 2032 would be filed by May": the speaker's own side's admission is no claim against it; review68 KES q11.)
        String body = bodyOfRole(described);
        return previous.stream().anyMatch(a -> !a.source().equals(source) && a.sentence() >= sentence - 6
                && a.stance() != Stance.DENY && a.stance() != Stance.CONFIRM
                && !(body != null && endsWithBody(a.source(), body))
                && introduced.matcher(a.content()).find());
    }

    /**
     * "The union's finance officer": someone who speaks for a body that has already denied the claim ("The Students' Union has
     * denied …"), named by the last word of its name.
     */
    private static boolean bodyDenied(String described, int since, List<Attribution> previous) {
        String body = bodyOfRole(described);
        if (body == null) {
            return false;
        }
        return previous.stream().anyMatch(a -> a.stance() == Stance.DENY && a.sourceType() == SourceType.ORGANIZATION && a.sentence() >= since
                && endsWithBody(a.source(), body));
    }

    /** "The Students' Union" ends with "union": a source named by the body's last word. */
    private static boolean endsWithBody(String source, String body) {
        return source.toLowerCase(Locale.ROOT).matches(".*\\b" + Pattern.quote(body) + "$");
    }

    private static final Pattern BODY_ROLE = Alternations.compile("(?i)^\\s*(?:the\\s+)?(\\p{L}{4,})['\u2019]s?\\s+\\p{L}+");

    /** "Hearthwell's customer director" → "hearthwell": the body a speaker works for, named before their role; or null. */
    static String bodyOfRole(String described) {
        Matcher own = BODY_ROLE.matcher(described);
        return own.find() ? own.group(1).toLowerCase(Locale.ROOT) : null;
    }

    /**
     * A thing brought into a story: "a trailer", "their contracts" (a thing of the claimants' own is brought in as much as
     * "a trailer" is), "“draft drawings”", "full recycling lorries" (a plural needs no article); not "the drawings".
     */
    private static Pattern introduced(String noun) {
        String n = Pattern.quote(noun);
        String plural = noun.toLowerCase(Locale.ROOT).endsWith("s") && !noun.toLowerCase(Locale.ROOT).endsWith("ss")
                ? "|(?<!\\bthe\\s)(?<!\\bthe\\s[\\p{L}-]{1,30}\\s)\\b(?:[\\p{L}-]+\\s+)?" + n + "\\b" : "";
        // "the society's money": a thing of the claimants' own, as much as "their" money.
        return Pattern.compile("(?:\\b(?:a|an|their)\\s+|\\b\\p{L}+['\u2019]s\\s+|[\"\u201c])(?:[\\p{L}-]+\\s+)?" + n + "\\b" + plural,
                Pattern.CASE_INSENSITIVE);
    }

    /** "the Gallowcroft lorries seen at its gates": the words that may name the thing a sentence opens on. */
    private static final Pattern DEFINITE_OPENING = Alternations.compile("^\\W*the\\s+((?:[\\p{L}'\u2019-]+\\s+){0,2}[\\p{L}'\u2019-]+)",
            Pattern.CASE_INSENSITIVE);
    /** "…, not recycling", "…, not a car park": the closing contrast that names what was claimed. */
    private static final Pattern CLOSING_NOT = Alternations.compile(",\\s+not\\s+(?:(?:a|an|the|any)\\s+)?[\\p{L}-]+\\W*$", Pattern.CASE_INSENSITIVE);

    /**
     * "A driver told the station that full recycling lorries were being emptied at the landfill. … The landfill's operator
     * says the Gallowcroft lorries seen at its gates were delivering soil from a building site, not recycling": the other
     * version of the very thing an unnamed, hedged or claimed account brought in, set against it with a closing "not".
     */
    static boolean otherVersionOfTheThingClaimed(String content, String source, int sentence, List<Attribution> previous) {
        String plain = content.replaceAll("[\"\u201c\u201d]", "").strip();
        Matcher m = DEFINITE_OPENING.matcher(plain);
        if (!m.find() || !CLOSING_NOT.matcher(plain).find()) {
            return false;
        }
        for (String word : m.group(1).split("\\s+")) {
            if (word.length() < 4 || !Character.isLowerCase(word.charAt(0))) {
                continue;
            }
            Pattern introduced = introduced(word);
            if (previous.stream().anyMatch(a -> !a.source().equals(source) && a.sentence() >= sentence - 4 && a.sentence() < sentence
                    && a.stance() != Stance.DENY && (a.anonymous() || a.hedged() || ContestedClaims.contestedCue(a.cue()))
                    && introduced.matcher(a.content()).find())) {
                return true;
            }
        }
        return false;
    }


    /** "the photographs had been taken on the morning …": a definite thing, then what was done to it, then when or how. */
    private static final Pattern THING_DONE = Alternations.compile("^\\W*the\\s+(?:[\\p{Ll}-]+\\s+)?(\\p{Ll}{4,})\\s+(?:had been|has been|have been|was|were)\\s+"
            + "(\\p{Ll}+(?:ed|en)|made|built|sold|paid|sent|shown|done|seen|kept|held|bought|brought|left|put|set|cut|shut)\\s+(\\S.*)$");

    /**
     * "Ms Moxhay said photographs of a stained carpet had been taken before the couple ever moved in. Mr Quorrington called that
     * suggestion “a fairy tale”. His letting agent said the photographs had been taken on the morning the tenants handed back
     * their keys": the same thing done, at another time or in another way, told by someone else once the claim is disputed.
     */
    static boolean otherCircumstanceOfTheSameAct(String content, String source, int sentence, List<Attribution> previous) {
        Matcher m = THING_DONE.matcher(content.replaceAll("[\"\u201c\u201d]", "").strip());
        if (!m.find()) {
            return false;
        }
        Pattern sameAct = Pattern.compile("(?i)\\b" + Pattern.quote(m.group(1)) + "\\b.{0,80}?\\b(?:had been|has been|have been|was|were)\\s+"
                + Pattern.quote(m.group(2)) + "\\s+(\\S.*)$");
        String circumstance = m.group(3);
        for (Attribution claim : previous) {
            if (claim.source().equals(source) || claim.stance() == Stance.DENY || claim.sentence() < sentence - 3 || claim.sentence() >= sentence) {
                continue;
            }
            Matcher other = sameAct.matcher(claim.content().replaceAll("[\"\u201c\u201d]", "").strip());
            boolean disputed = previous.stream().anyMatch(a -> a.stance() == Stance.DENY && !a.source().equals(claim.source())
                    && a.sentence() > claim.sentence() && a.sentence() < sentence);
            if (other.find() && disputed && !firstWord(other.group(1)).equalsIgnoreCase(firstWord(circumstance))) {
                return true;
            }
        }
        return false;
    }

    private static String firstWord(String text) {
        return text.strip().split("\\s+")[0];
    }

    /** "The board has never inspected or certified …": a subject that has never done one or two named acts. */
    private static final Pattern NEVER_DID = Alternations.compile(
            // "its call handlers had never been told to blame leaks": the passive's participle is the act.
            "^\\W*(?:[\\p{L}'\u2019-]+\\s+){1,5}(?:has|have|had)\\s+never\\s+(?:been\\s+(?=\\p{L}+ed\\b|told\\b|given\\b|paid\\b|sold\\b|sent\\b|shown\\b))?"
                    + "(\\p{L}+)(?:\\s+or\\s+(\\p{L}+))?", Pattern.CASE_INSENSITIVE);

    /**
     * "The seller said the boiler had been certified by the gas board. The board has never inspected or certified any
     * boiler there, a spokesman said": the act just reported of the subject, said never to have happened.
     */
    static boolean neverDidReportedAct(String content, String textBefore) {
        Matcher m = NEVER_DID.matcher(content.replaceAll("[\"\u201c\u201d]", ""));
        if (!m.find()) {
            return false;
        }
        for (int g = 1; g <= 2; g++) {
            String verb = m.group(g);
            // "My family has never claimed this clock went down with the Petrel": denying that one ever said what is said of one.
            if (verb != null && (!PLAIN_VERBS.contains(verb.toLowerCase(Locale.ROOT)) && echoed(verb, textBefore)
                    || verb.matches("(?i)claimed|suggested|alleged|stated"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean echoed(String verb, String textBefore) {
        String stem = verb.toLowerCase(Locale.ROOT).replaceAll("(?:ing|ed|es|s|e)$", "");
        return stem.length() >= 4 && Pattern.compile("\\b" + Pattern.quote(stem), Pattern.CASE_INSENSITIVE).matcher(textBefore).find();
    }

    private static final Pattern BARE_NO = Alternations.compile("^\\W*(?:no|never|not at all|absolutely not|certainly not"
            // "Was it your scooter? / It was not.": the question's verb, negated, as the whole first sentence.
            + "|(?:it|that|this|i|we|he|she|they) (?:was|is|were|are|am|did|do|does|has|have|had)(?: not|n't))\\s*[.!;,]",
            Pattern.CASE_INSENSITIVE);

    /** "She is alive. Nobody has fired a shot at her.": an emphatic rebuttal may open any sentence of a quote, not just the first. */
    private static boolean anySentence(Pattern p, String content) {
        for (String sentence : content.split("(?<=[.!?])\\s+")) {
            if (p.matcher(sentence).find()) {
                return true;
            }
        }
        return false;
    }

    /** "the suggestion the agency had sat on its hands was wide of the mark": a claim, as the subject, given a rejecting predicate. */
    private static final Pattern CLAIM_SUBJECT_BE = Alternations.compile(
            "\\b(?:suggestion|claim|allegation|report|idea|notion|assertion|rumou?r|story|accusation|account|theory|threat)s?\\b[^.;]*?\\b(?:is|are|was|were)\\s+(?:\\w+ly\\s+)?",
            Pattern.CASE_INSENSITIVE);

    private static boolean claimJudgedFalse(String content) {
        Matcher m = CLAIM_SUBJECT_BE.matcher(content);
        while (m.find()) {
            Matcher r = REJECTING_WORDS.matcher(content);
            if (r.region(m.end(), content.length()).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    private static boolean characterisedAsFalse(String content) {
        Matcher m = CHARACTERISING_PARTICIPLE.matcher(content);
        return m.find() && REJECTING_WORDS.matcher(m.group()).find();
    }

    /** Verbs that make a claim or own to something: what follows them is put forward, however it is negated. */
    private static final Set<String> CLAIM_MAKING = Set.of("claim", "allege", "accuse", "admit", "concede", "acknowledge",
            "report", "find", "discover", "reveal", "confess");
    /** "He found no tracks and no damage": a finding of nothing is still a finding. */
    private static final Pattern FOUND_NOTHING = Alternations.compile(
            "^\\W*(?:i|we|he|she|they|it|the \\w+) (?:found|saw|discovered|noticed|detected|recorded|spotted) (?:no|nothing|none)\\b",
            Pattern.CASE_INSENSITIVE);

    // "… to list hearings even when they knew no interpreter had been found": a "when" clause sets the scene as a condition does.
    private static final Pattern CONDITION = Alternations.compile("(?i)\\b(?:if|unless|when|whenever)\\b");

    /** Whether the words say "not", "no", "never", "nothing", "nobody", "none", "neither", "nor" or "n't" anywhere. */
    static boolean hasNegation(String content) {
        return NEGATION.matcher(content).find();
    }

    /**
     * "she would vote for a strike if the league did not meet the players": every "not" is inside the condition, and the
     * statement denies nothing, however like an earlier claim the condition sounds. ("If it was taken, then Pryce never
     * owned it" denies in its main clause.)
     */

    static boolean negatedOnlyInCondition(String content) {
        Matcher condition = CONDITION.matcher(content);
        if (!condition.find()) {
            return false;
        }
        int end = content.indexOf(',', condition.end());
        end = end < 0 ? content.length() : end;
        Matcher negation = NEGATION.matcher(content);
        boolean any = false;
        while (negation.find()) {
            if (negation.start() < condition.start() || negation.start() >= end) {
                return false;
            }
            any = true;
        }
        return any;
    }

    /**
     * Whether the statement puts something forward (a claim, an accusation, an admission, a finding) rather than rejects
     * one: "claimed there had been no bidder", "admitted it had not checked", "reported he had never won" negate only
     * inside what they assert, and only an explicit verdict ("false", "untrue") makes them a denial.
     */
    static boolean makesClaim(Draft d, String content) {
        if (TURNED_BY_BUT.matcher(content).find()) {
            // "He cropped the pictures, he admits, but he did “not paint a single feather”": what follows "but" (the content
            // joined round the cue with "…") rejects.
            return false;
        }
        return d.verb != null && CLAIM_MAKING.contains(d.verb.lemma()) || FOUND_NOTHING.matcher(content).find();
    }

    private static final Pattern TURNED_BY_BUT = Alternations.compile("(?:\\bbut\\b|\u2026)[^.;]*?\\b(?:not|never|n't|no|nothing|nobody)\\b",
            Pattern.CASE_INSENSITIVE);

    /** "wrote to me on 30 January rejecting any suggestion that …": the letter's point is the rejection. */
    private static final Pattern WROTE_REJECTING = Alternations.compile(
            "(?i)^(?:to\\s+[^,\"\u201c]{1,40}?\\s+)?(?:rejecting|denying|dismissing|disputing|refuting)\\s+(?:any|the|all|claims?|suggestions?|reports?|that)\\b");

    /** "There has been a lot of nonsense talked about Mill Meadow": what others have said, dismissed. */
    private static final Pattern NONSENSE_TALKED = Alternations.compile(
            "(?i)\\b(?:nonsense|rubbish|misinformation|lies|scaremongering)\\s+(?:being\\s+)?(?:talked|written|spread|said|posted|circulating)\\b");

    /** "The timing was wrong and I regret it": what the speaker calls wrong is their own doing, owned up to. */
    private static final Pattern OWNING_UP = Alternations.compile("(?i)\\b(?:I|we) (?:regret|apologi[sz]e)\\b|\\b(?:I am|I'm|we are|we're) sorry\\b"
            + "|\\b(?:I|we) (?:was|were|got it) wrong\\b");

    // The lookahead first: the lookbehind would otherwise be tried at every position, not only at apostrophes.
    private static final Pattern QUOTATION_MARKS = Pattern.compile(
            "[\"\u201c\u201d\u00ab\u00bb]|(?=[\u2018\u2019'])(?<!\\p{L})[\u2018\u2019']|[\u2018\u2019'](?!\\p{L})");

    static Stance classify(Draft d, String quotedContent, Stance previousOfSameSource) {
        // Quotation marks inside the content ("is “completely untrue”") do not change what is said.
        String content = QUOTATION_MARKS.matcher(quotedContent).replaceAll("");
        Stance base = d.verb != null ? d.verb.stance() : Stance.ASSERT;
        String cue = d.cue == null ? "" : d.cue.toLowerCase(Locale.ROOT);
        if (d.kind == Draft.Kind.DECLINED) {
            return Stance.ASSERT;
        }
        Matcher view = HELD_BACK_VIEW.matcher(content);
        if (view.find()) {
            // "I do not think any payroll firm can promise it will never have a bad day": a view, whatever it negates; "I
            // don't think that is true" denies.
            return TRUTH_OF_A_CLAIM.matcher(content.substring(view.end())).find() ? Stance.DENY : Stance.OPINION;
        }
        if (DISCLAIMER.matcher(content).find()) {
            return Stance.OPINION;
        }
        if (d.kind == Draft.Kind.COLON && cue.matches(".*\\b(assessment|verdict|view|opinion|put it|summed|described|blunt\\w*|candid|frank\\w*)\\b.*")) {
            base = Stance.OPINION;
        }
        if (d.kind == Draft.Kind.OPINION_PHRASE) {
            base = Stance.OPINION;
        }
        if (d.verb != null && d.verb.kind() == Lexicon.CueKind.CHARACTERISE
                && (REJECTING_WORDS.matcher(content).find() || STORY_OF_A_CLAIM.matcher(content).find()
                        || NAMED_AGAINST.matcher(content).find()
                        || NAMING.contains(d.verb.lemma()) && CLAIM_CHARACTERISED.matcher(content).find()
                                && !APPROVING.matcher(content).find())) {
            return Stance.DENY;
        }
        if (previousOfSameSource == Stance.DENY && d.verb != null && NAMING.contains(d.verb.lemma())
                && FINDINGS_NAMED.matcher(quotedContent).find() && !APPROVING.matcher(content).find()) {
            return Stance.DENY;
        }
        if (CLAIM_GIVEN_QUOTED_VERDICT.matcher(quotedContent).find() && !APPROVING.matcher(content).find()
                || WROTE_REJECTING.matcher(content).find() || NONSENSE_TALKED.matcher(content).find()) {
            return Stance.DENY;
        }
        // "admitted that the figures were wrong": a speaker owning up to an error (a cue the lexicon gives as conceding), not
        // calling another's words false; confirming or verifying a thing is no concession.
        boolean owningUp = OWNING_UP.matcher(content).find()
                || base == Stance.CONFIRM && d.verb != null && !d.verb.lemma().matches("confirm|verify");
        if (base != Stance.RETRACT && base != Stance.DENY && !owningUp
                && (d.setAgainst || d.answersReport && NEGATION.matcher(content).find()
                || DENIAL.matcher(content).find() || setRight(content) || characterisedAsFalse(content)
                || claimJudgedFalse(content))) {
            return Stance.DENY;
        }
        if (makesClaim(d, content)) {
            if (base == Stance.ASSERT && CONFIRMATION.matcher(content).find()) {
                return Stance.CONFIRM;
            }
            return (base == Stance.ASSERT || base == Stance.OPINION) && PREDICTION.matcher(content).find() ? Stance.PREDICT : base;
        }
        if (base != Stance.RETRACT && (PLAIN_DENIAL.matcher(content).find() || wrongWayRound(content)
                || IS_NO_NAMED_ONE.matcher(content).find())) {
            return Stance.DENY;
        }
        if (d.quoted && anySentence(EMPHATIC_DENIAL, content) || NOTHING_THERE.matcher(content).find() || FIRST_HEARD.matcher(content).lookingAt()
                || NO_INTENTION.matcher(content).find() || ASSURED_NONE.matcher(content).find()) {
            return Stance.DENY;
        }
        if (d.kind == Draft.Kind.ANSWER && BARE_NO.matcher(content).find()) {
            // "Q: Did you copy it? / HOLLIS: No. I have never seen their drawings.": the answer refuses the question's premise.
            return Stance.DENY;
        }
        if (base == Stance.ASSERT && CONFIRMATION.matcher(content).find()) {
            return Stance.CONFIRM;
        }
        if (d.verb != null && d.verb.lemma().matches("insist|maintain|assure|reassure") && NEGATION.matcher(content).find()) {
            // "I can assure the hon. Member that the extension has not been cancelled": an assurance against a fear.
            return Stance.DENY;
        }
        if (previousOfSameSource == Stance.DENY && (FIRST_PERSON_NEGATION.matcher(content).find()
                || d.quoted && THIRD_PERSON_NEGATION.matcher(content).find() || OWN_SIDE_NEGATION.matcher(content).find()
                || d.quoted && (NEVER.matcher(content).find() || CORRECTION.matcher(content).find()
                        || PASSIVE_NEGATION.matcher(content).find() || RENAMED_OR_SEEN_TO.matcher(content).find()
                        || NONE_TO_COME.matcher(content).find()))) {
            // "… insisted he had not taken any banned substance. “I have never cheated,” he said."; after a rejection,
            // "The consultant, he said, “was never told which pool to pick”" goes on denying.
            return Stance.DENY;
        }
        if (previousOfSameSource == Stance.CONFIRM && base == Stance.ASSERT && FAULT_OWNED.matcher(content).find()) {
            return Stance.CONFIRM;
        }
        if ((base == Stance.ASSERT || base == Stance.OPINION) && PREDICTION.matcher(content).find()) {
            return Stance.PREDICT;
        }
        if (d.verb != null && d.verb.lemma().equals("dispute") && !content.isBlank()) {
            return Stance.DENY;
        }
        if (base == Stance.ASSERT && d.verb != null && AFTER_REPORTS_VERBS.contains(d.verb.lemma()) && answersReportsAfterIt(content)) {
            return Stance.DENY;
        }
        return base;
    }

    private static final Pattern HELD_BACK_VIEW = Alternations.compile(
            "^\\W*(?:I|we|he|she|it|they)\\s+(?:do\\s+not|don['\u2019]t|does\\s+not|doesn['\u2019]t|did\\s+not|didn['\u2019]t)\\s+"
                    + "(?:think|believe|reckon|suppose|imagine|feel)\\b",
            Pattern.CASE_INSENSITIVE);
    /** "I am not saying they are crooks, but nobody rang me": a disclaimer before a view. */
    private static final Pattern DISCLAIMER = Alternations.compile("^\\W*I(?:\\s+am|['\u2019]m)\\s+not\\s+saying\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern TRUTH_OF_A_CLAIM = Alternations.compile(
            "\\b(?:true|truth|accurate|correct|the case|happened|credible|a word of)\\b", Pattern.CASE_INSENSITIVE);
    private static final Set<String> AFTER_REPORTS_VERBS = Set.of("say", "tell", "insist", "assure", "state");
    /** "…, after a weekend of reports that …", "…, amid rumours that …": what the statement was made in answer to. */
    private static final Pattern AFTER_REPORTS = Alternations.compile(
            ",\\s*(?:after|amid|following|in response to)\\s+(?:(?:a|an|the|days|weeks|a\\s+\\w+)\\s+of\\s+)?(?:\\w+\\s+)?"
                    + "(?:reports|rumou?rs|claims|speculation|suggestions)\\s+(?:\\w+\\s+){0,3}?that\\b(.*)$",
            Pattern.CASE_INSENSITIVE);

    /**
     * "have told the league that every player was paid in full, after a weekend of reports that the club could not meet
     * its wage bill": a statement made in answer to reports, of the opposite polarity to them, rejects them; of the same
     * polarity ("sold the ground, after reports that a sale was near") it bears them out and stays as it is.
     */
    static boolean answersReportsAfterIt(String content) {
        Matcher m = AFTER_REPORTS.matcher(content);
        if (!m.find() || m.start() == 0) {
            return false;
        }
        boolean statementNegated = NEGATION.matcher(content.substring(0, m.start())).find();
        boolean reportNegated = NEGATION.matcher(m.group(1)).find();
        return statementNegated != reportNegated;
    }

    private static final Pattern FURTHER = Alternations.compile("\\b(?:went|goes|go|going) further\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern CHARACTERISED = Alternations.compile("^\\W*(?:it|this|that|they|these)\\s+(?:is|was|are|were|'s)\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * "Norvane called the report “false and misleading”. … Marchetti-Ruiz went further. “It is a
     * marketing document …”": after a denial, a speaker who "went further" and says what the thing is denies it too.
     */
    static boolean escalatesDenial(Stance previous, String sentences, String content) {
        return previous == Stance.DENY && FURTHER.matcher(sentences).find()
                && CHARACTERISED.matcher(content.replaceAll("[\"\u201c\u201d]", "")).find();
    }

    /**
     * "The Southmoor Health Board, which funds the practice, went further, saying the branch contract runs until March
     * 2031": right after a denial, one who "went further" in the words before their own denies the same thing, harder.
     */
    static boolean goesFurther(boolean lastSpeakerDenied, String cue, String textBeforeContent) {
        // "The tabloid Expres went further, reporting … that …": further than a report, with a report of its own.
        return lastSpeakerDenied && cue != null && cue.matches("(?i)saying|adding|insisting|arguing|stating")
                && FURTHER.matcher(textBeforeContent).find();
    }

    /** "that account", "the claim", "these reports": a denial whose object only points back at something said. */
    private static final Pattern POINTING_BACK = Alternations.compile(
            "^(?:that|this|these|those|the|such|his|her|its|their|our|your)\\s+(?:[\\p{L}'\u2019-]+\\s+)?(?:account|accounts|claim|claims|"
                    + "report|reports|allegation|allegations|accusation|accusations|suggestion|suggestions|version|story|stories|"
                    // "Lilypad disputed our results": the findings a rejection points back at.
                    + "results|findings|figures|conclusions|"
                    // "Trewhella disputed that survey", "disputed the council's reading of the rules": a finding or a reading.
                    + "survey|surveys|study|studies|analysis|reading|interpretation|estimate|estimates|calculations?|"
                    + "characterisation|characterization|description|assertion|assertions|rumou?r|rumou?rs|criticisms?|statements?)"
                    + "(?:\\s+of\\s+(?:the\\s+)?[\\p{L}-]+)?(?:\\s+(?:outright|entirely|flatly))?"
                    // "slapped down the rumour on Tuesday", "met the rumour head-on at the depot": when or where, nothing more.
                    // "tore into the report at a hastily called news conference on Monday": two such phrases at most.
                    + "(?:\\s+(?:on|at|in|during|within|by|after)\\s+(?:the\\s+|an?\\s+)?[\\p{L}-]+(?:\\s+[\\p{L}-]+){0,3}?){0,2}\\W*$",
            Pattern.CASE_INSENSITIVE);

    /** "a report in the daily Dagbladet that …", "claims that …": the object of a rejection that names what it rejects. */
    private static final Pattern REJECTED_REPORT = Alternations.compile(
            "^(?:a|the|that|this|these|those|such|any)\\s+(?:[\\p{L}'\u2019-]+\\s+)?(?:report|reports|claim|claims|allegation|"
                    + "allegations|accusation|accusations|suggestion|suggestions|story|stories)\\b.*\\bthat\\b.*"
                    // "disputed the family's account of the sluice": whose account, and what about.
                    + "|^(?:the|that|this|his|her|their|its)\\s+(?:[\\p{L}'\u2019-]+\\s+)?(?:account|version|story)\\s+of\\s+.*",
            Pattern.CASE_INSENSITIVE);

    /**
     * "Skylane flatly rejected a report that the aircraft had a fault logged. “That aircraft left with a clean
     * technical log,” Brandvold said": the body's own person, quoted right after its rejection (of a report, or of "that
     * report"), gives the other version.
     */
    static boolean speaksForTheRejection(Attribution before, String source, String description, boolean quoted, int sentence,
            String content) {
        // "…, a spokeswoman said" names no body of its own: it speaks for the one that just rejected the claim.
        boolean bareSpokesperson = source.matches("(?i)an?\\s+spokes(?:man|woman|person)") || forThatBody(source, before.source());
        // "dismissed the chaplain's version as “third-hand and wrong”": the rejected thing is what comes before "as".
        // "called the report “a bedtime story”": the rejected thing is what comes before its quoted name.
        String rejected = RebuttalFrames.withoutCue(before.cue(), before.content().strip())
                .replaceFirst("\\s+(?:as\\s+.*|[\"\u201c].*)$", "");
        // "Corvenna rejected that criticism. Its chief medical officer, Dr NAME, said …": the body's own officer, named as its
        // own, gives the body's version even in reported speech.
        boolean itsOfficer = OWN_OFFICER.matcher(description).lookingAt();
        if (!quoted && !bareSpokesperson && !itsOfficer || before.stance() != Stance.DENY || before.sentence() != sentence - 1 || source.equals(before.source())
                || !REJECTED_REPORT.matcher(rejected).matches() && !POINTING_BACK.matcher(rejected).matches() && !wrongWayRound(rejected)) {
            return false;
        }
        // "Skylane" of "Skylane Airways", but "ministry" of "the interior ministry": the word a spokesperson's title repeats.
        String[] words = before.source().toLowerCase(Locale.ROOT).split("\\s+");
        String body = words[0].equals("the") ? words[words.length - 1] : words[0];
        // "Copperdale rejects that account. “…,” its managing director said": "its" points at the body just named.
        boolean itsOwn = description.toLowerCase(Locale.ROOT).matches("^\\s*(?:its|their)\\s.*");
        // "The board refuted the suggestion. … Ms Ekwueme said: “We did not drag our feet.”": "we" speaks for the body.
        boolean weDenied = quoted && WE_NEGATION.matcher(content).find();
        return bareSpokesperson || itsOwn || weDenied || body.length() > 2 && description.toLowerCase(Locale.ROOT).matches(".*\\b" + Pattern.quote(body) + "\\b.*");
    }

    /**
     * "Dalverne disputed that account, saying the valve had passed every check. “The part left our factory in perfect
     * condition,” said its engineering director": a quote that goes straight on from its body's denial, by the body's
     * officer ("its …", "the firm's …") or its spokesperson, is that denial in the side's own words. (Not by the same speaker:
     * what a speaker adds after a denial with content of its own is as often counter-evidence, which the golds keep apart.)
     */
    static boolean quoteGoesOnWithItsSidesDenial(Attribution before, String source, String description, int firstSentence,
            List<Attribution> previous) {
        if (before.stance() != Stance.DENY || before.sentence() != firstSentence - 1) {
            return false;
        }
        Matcher kind = KIND_OFFICER.matcher(description);
        return forThatBody(source, before.source()) || councillorOf(description, before.source())
                || (OWN_OFFICER.matcher(description).lookingAt() && !officerOfAnotherBody(source, before, previous)
                        || kind.lookingAt() && !anotherBodysKind(kind.group(1), before, previous))
                        && before.sourceType() != SourceType.PERSON && before.sourceType() != SourceType.ANONYMOUS;
    }

    private static final Pattern COUNCILLOR = Alternations.compile("(?i)(?<!former )(?<!ex-)\\bcouncill?or\\b");
    private static final Pattern A_COUNCIL = Alternations.compile("(?i)\\bcouncil$");

    /** "The council denied … “…,” said the committee's chair, Councillor Lesley Collingham": a councillor sits on the council. */
    private static boolean councillorOf(String description, String body) {
        return COUNCILLOR.matcher(description).find() && A_COUNCIL.matcher(body.strip()).find();
    }

    /**
     * "The residents' group said the crews had been moved. Its chair, X, said … Ironbank said it had never moved a worker. “We
     * have heard 2032 …,” X said": "its" is the body heard from just before the officer first spoke, not the one that denied.
     */
    private static boolean officerOfAnotherBody(String source, Attribution denial, List<Attribution> previous) {
        String body = bodyHeardBeforeFirstWords(source, previous);
        return body != null && !body.equals(denial.source());
    }

    /**
     * "Voltmere said … “…,” said its operations director, Rollo Tregenza. … It said the update had since been withdrawn. “We
     * got that update badly wrong,” Tregenza said": an officer ("its …") of the body that made the claim speaks for it.
     */
    static boolean officerOf(String source, String described, String body, List<Attribution> previous) {
        return itsOfficer(described) && body.equals(bodyHeardBeforeFirstWords(source, previous));
    }

    private static final Pattern VERDICT_ON_A_CLAIM = Alternations.compile("(?i)^[^,;:]{0,40}\\b(?:the|that|this|its|their|his|her|"
            + "[\\p{L}-]+['\u2019]s?)\\s+(?:[\\p{L}-]+\\s+)?(?:claims?|reports?|accounts?|story|stories|suggestions?|allegations?|figures?|"
            + "rumou?rs?|version)\\W*$");

    /** "there was no truth in the association's claim": a denial that says no more than that a claim is wrong. */
    static boolean bareVerdict(Stance stance, String content) {
        return stance == Stance.DENY && VERDICT_ON_A_CLAIM.matcher(content.strip()).matches();
    }

    /** Whether the speaker is described as "its" officer ("its harbourmaster"), of a body the text has just named. */
    static boolean itsOfficer(String described) {
        return OWN_OFFICER.matcher(described).lookingAt();
    }

    /** "Pursglove's managing director" of "Pursglove Aggregates": a description opening with the body's own name. */
    static boolean officerOfNamedBody(String described, String body) {
        String first = body.replaceFirst("(?i)^the\\s+", "").split("\\s+")[0];
        return first.length() > 2 && Character.isUpperCase(first.charAt(0))
                && described.strip().matches("(?s)(?:the\\s+)?" + Pattern.quote(first) + "(?:\\s+\\p{Lu}\\S*)*['’]s?\\s+\\p{Ll}.*");
    }

    /** "the university's vice-principal for estates" of the University of Norhallow: an officer of the body's kind. */
    static boolean officerOfBodyOfItsKind(String described, String body) {
        Pattern kind = officersKind(described);
        return kind != null && kind.matcher(body).find();
    }

    /** For "the university's vice-principal for estates", what finds a body of that kind ("University of Norhallow"); or null. */
    private static Pattern officersKind(String described) {
        Matcher m = KIND_OFFICER.matcher(described);
        return m.lookingAt() ? Pattern.compile("(?i)\\b" + Pattern.quote(m.group(1)) + "\\b") : null;
    }

    /**
     * The body an officer described as "its …" speaks for: the one heard from just before the officer first spoke; for "the
     * committee's chair", the one body of that kind heard from in the last three sentences; or null.
     */
    static String bodyOfItsOfficer(String source, String described, int sentence, List<Attribution> previous) {
        if (itsOfficer(described)) {
            return bodyHeardBeforeFirstWords(source, previous);
        }
        // (Most speakers are no officer of a kind: the description is read once, and only recent speakers looked at.)
        Pattern ofKind = officersKind(described);
        if (ofKind == null) {
            return null;
        }
        List<String> ofItsKind = new java.util.ArrayList<>();
        for (int i = previous.size() - 1; i >= 0 && previous.get(i).sentence() >= sentence - 3; i--) {
            Attribution a = previous.get(i);
            if (a.sourceType() != SourceType.PERSON && a.sourceType() != SourceType.ANONYMOUS && ofKind.matcher(a.source()).find()
                    && !ofItsKind.contains(a.source())) {
                ofItsKind.add(a.source());
            }
        }
        return ofItsKind.size() == 1 ? ofItsKind.get(0) : null;
    }

    /** The body heard from just before {@code source} first spoke, whose "its" an officer's title points back at; or null. */
    private static String bodyHeardBeforeFirstWords(String source, List<Attribution> previous) {
        for (int i = 0; i < previous.size(); i++) {
            if (previous.get(i).source().equals(source)) {
                // ("“Most of our chargers work. The faulty ones are fixed,” said its director": from the quote's first sentence.)
                int from = previous.get(i).firstSentence();
                for (int j = i - 1; j >= 0 && previous.get(j).sentence() >= from - 1; j--) {
                    Attribution body = previous.get(j);
                    if (body.sourceType() != SourceType.PERSON && body.sourceType() != SourceType.ANONYMOUS) {
                        return body.source();
                    }
                }
                return null;
            }
        }
        return null;
    }

    /**
     * "The campaign group Public Purse Watch said … The fund called the claim untrue … “…,” the group's director said": the
     * kind names another body just heard from, not the one that denied.
     */
    private static boolean anotherBodysKind(String kind, Attribution denial, List<Attribution> previous) {
        Pattern word = Pattern.compile("(?i)\\b" + Pattern.quote(kind) + "\\b");
        java.util.function.Predicate<Attribution> ofKind = a -> word.matcher(a.source()).find()
                || a.description() != null && word.matcher(a.description()).find();
        return !ofKind.test(denial) && previous.stream().anyMatch(a -> a.sentence() >= denial.sentence() - 3
                && !a.source().equals(denial.source()) && a.sourceType() != SourceType.PERSON && ofKind.test(a));
    }

    /** The posts that speak for a body: "its engineering director", "the firm's lead engineer". */
    private static final String OFFICER_TITLE = "(?:officer|secretary|director|executive|manager|chair|chairman|chairwoman|"
            + "chairperson|president|head|spokes(?:man|woman|person)|chief|lawyer|counsel|adviser|advisor|founder|owner|editor|"
            + "principal|superintendent|registrar|dean|governor|engineer|leader|harbourmaster|harbour master|treasurer|co-?ordinator|"
            + "organiser|organizer|warden|clerk|commodore|curator|administrator|controller|inspector|surveyor|ranger|matron)\\b";

    /** "the firm's lead engineer", "the council's director of highways": an officer of the kind of body just named. */
    /** The kinds a body is named by in "the firm's lead engineer" or "backed the club". */
    private static final String BODY_KIND = "(firm|company|council|club|farm|trust|board|agency|ministry|department|group|union|"
            + "airport|school|university|hospital|operator|authority|commission|society|charity|business|museum|league|federation|"
            + "bank|carmaker|processor|supermarket|retailer|developer|contractor|landlord|committee|association)";

    private static final Pattern KIND_OFFICER = Alternations.compile("(?i)^\\s*(?:the\\s+)?" + BODY_KIND + "['\u2019]s\\s+"
            + "(?:[\\p{L}-]+\\s+){0,3}?(?:\\p{L}+-)?" + OFFICER_TITLE);
    private static final Pattern BODY_BY_KIND = Alternations.compile("^the\\s+" + BODY_KIND + "\\b");

    /** "Its contracts office", "their press team": a part of the body just named, speaking for it. */
    private static final Pattern OWN_BRANCH = Alternations.compile("(?i)^\\s*(?:its|their)\\s+(?:[\\p{L}-]+\\s+){0,2}"
            + "(?:office|department|team|unit|division|directorate|service)\\b");

    private static final Pattern OWN_OFFICER = Alternations.compile("(?i)^\\s*(?:its|their)\\s+(?:[\\p{L}-]+\\s+){0,3}" + OFFICER_TITLE);

    private static final Pattern ROLE_AS_SUBJECT = Alternations.compile("^(?:that\\s+)?(?:its|their|his|her|the)\\s+(\\p{Ll}{4,})\\s+"
            + "(?:had\\s+|has\\s+|was\\s+|were\\s+)?\\p{Ll}+ed\\b");
    private static final Pattern NEGATED = Alternations.compile("\\b(?:never|not|no|n't|nothing|nobody)\\b", Pattern.CASE_INSENSITIVE);

    /**
     * "Greywold denies that its salesman promised Mr Trevannick that his bills would halve. The salesman, Mr NAME, told us
     * that he “never put a figure on savings”": the one the denied claim is about, answering with a negation right after
     * the denial, denies it too.
     */
    static boolean theOneItIsAboutAnswers(Attribution before, String source, String description, int sentence, String content) {
        if (before.stance() != Stance.DENY || before.sentence() != sentence - 1 || source.equals(before.source())) {
            return false;
        }
        Matcher role = ROLE_AS_SUBJECT.matcher(before.content().strip());
        return role.find() && description.toLowerCase(Locale.ROOT).matches(".*\\b" + Pattern.quote(role.group(1)) + "\\b.*")
                && NEGATED.matcher(content).find();
    }

    private static final Pattern SPOKESPERSON_FOR_KIND = Alternations.compile(
            "(?i)an?\\s+spokes(?:man|woman|person)\\s+for\\s+the\\s+(\\p{Ll}+(?:\\s+\\p{Ll}+)?)");

    private static final Pattern SPOKESPERSON_FOR = Alternations.compile("(?i)an?\\s+spokes(?:man|woman|person)\\s+for\\s+(?:the\\s+)?(.+)");

    /**
     * "Fenmarsh Crisps also denied the report. A spokeswoman for the crisp maker said …": the body named by its kind; or, after
     * "The airport" or "Farrowmere Airport", "a spokeswoman for Farrowmere Airport": the body named in full.
     */
    private static boolean forThatBody(String source, String body) {
        Matcher kind = SPOKESPERSON_FOR_KIND.matcher(source);
        if (kind.matches() && java.util.Arrays.stream(kind.group(1).split("\\s+")).anyMatch(w -> w.length() > 3
                && body.toLowerCase(Locale.ROOT).matches(".*\\b" + Pattern.quote(w) + "s?\\b.*"))) {
            return true;
        }
        Matcher named = SPOKESPERSON_FOR.matcher(source);
        String other = body.toLowerCase(Locale.ROOT).replaceFirst("^the\\s+", "");
        return named.matches() && other.length() > 3 && (named.group(1).equalsIgnoreCase(other)
                || named.group(1).toLowerCase(Locale.ROOT).endsWith(" " + other));
    }

    private static final Pattern WE_NEGATION = Alternations.compile(
            "^\\W*we\\s+(?:have |had |did |do |are |were )?(?:never|not|n't)\\b|^\\W*we (?:didn't|haven't|hadn't|don't|weren't)\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern FRONTED_NONE = Alternations.compile(
            "^\\W*no\\s+(?!injur|casualt|fatalit|deaths|damage)\\w+\\s+(?:has|have|had)\\s+(?:yet\\s+)?been\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern REPORTED = Alternations.compile(
            "\\b(?:reportedly|allegedly|there (?:are|were) reports|(?:is|are|was|were) said to)\\b", Pattern.CASE_INSENSITIVE);

    /**
     * "The board reportedly voted to sell it. No decision has been taken, a spokesperson said": put first, the
     * statement that nothing has been done answers the report just before it.
     */
    static boolean answersAReport(String content, String sentence, String previousSentence) {
        return FRONTED_NONE.matcher(content).find() && FRONTED_NONE.matcher(sentence).find()
                && REPORTED.matcher(previousSentence).find()
                || NONE_HAPPENED.matcher(content).find() && CLAIMED.matcher(previousSentence).find()
                || NONE_DONE_TOO.matcher(content).find() && REPORTED_THAT.matcher(previousSentence).find();
    }

    /** "the file was still open, and no licence has been refused": the second clause answers a report that it had been. */
    private static final Pattern NONE_DONE_TOO = Alternations.compile(
            "[,;]\\s+and\\s+no\\s+(?!injur|casualt|fatalit|deaths|damage)\\w+\\s+(?:has|have|had)\\s+(?:yet\\s+)?been\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern REPORTED_THAT = Alternations.compile("\\b(?:reported|claimed|alleged)\\b[^.]*?\\bthat\\b",
            Pattern.CASE_INSENSITIVE);

    /** "There have been no deaths": an outcome that did not happen, a rebuttal only right after a claim that it did. */
    private static final Pattern NONE_HAPPENED = Alternations.compile(
            "^\\W*there (?:has|have|had) been (?:absolutely )?no \\w+", Pattern.CASE_INSENSITIVE);
    private static final Pattern CLAIMED = Alternations.compile(
            "\\b(?:claimed|claims|claiming|alleged|alleges|allegedly|reportedly|rumou?red|rumou?rs?)\\b", Pattern.CASE_INSENSITIVE);

    static boolean rejectsWhatWasSaid(Stance stance, String cue, String content) {
        String rest = cue != null && content.strip().equalsIgnoreCase(cue.strip()) ? "" : RebuttalFrames.withoutCue(cue, content).strip();
        return stance == Stance.DENY && (POINTING_BACK.matcher(rest).matches() || wrongWayRound(rest)
                || cue != null && CLAIM_IN_CUE.matcher(cue).find() && ONLY_WHEN_OR_WHERE.matcher(rest).matches());
    }

    /** "met the rumour head-on", "gave that report short shrift": the verb phrase holds the claim it rejects. */
    private static final Pattern CLAIM_IN_CUE = Alternations.compile(
            "\\s(?:the|that|this|these|those|such|its|their|his|her)\\s+(?:[\\p{L}'\u2019-]+\\s+)?(?:" + CLAIM_NOUN
                    + "|reports?|accounts?|versions?)\\b|\\s(?:it|that|this|things)\\s+differently\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern ONLY_WHEN_OR_WHERE = Alternations.compile(
            "(?:(?:on|at|in|during|within|by)\\s+(?:the\\s+)?[\\p{L}0-9-]+(?:\\s+[\\p{L}0-9-]+)?"
                    // "… with a flat no when he went into the witness box": a clause that only says when.
                    + "|(?:when|as|once|after|before)\\s+(?:he|she|they|it|we|I)\\s+[^.;:\"\u201c\u201d]{0,80})?\\W*", Pattern.CASE_INSENSITIVE);

    private static final Pattern PURPOSE_BEFORE = Pattern.compile("(?i)\\b(?:so\\s+that|so|in\\s+order\\s+that)\\s+(?:[\\p{L}'\u2019-]+\\s+){1,3}$");

    private static final Pattern FURTHER_FROM_THE_TRUTH = Pattern.compile("(?i)" + FURTHER_FROM_THE_TRUTH_WORDS);

    static List<String> hedges(String content, boolean hedgedCue, String cue) {
        List<String> found = new ArrayList<>();
        if (hedgedCue) {
            Matcher c = HEDGE.matcher(cue);
            if (c.find()) {
                found.add(c.group().toLowerCase(Locale.ROOT));
            }
        }
        Matcher m = HEDGE.matcher(content);
        while (m.find()) {
            String h = m.group().toLowerCase(Locale.ROOT);
            if (m.group().equals("May") && m.start() > 0) {
                // "all bookings for May": the month, not a doubt.
                continue;
            }
            if (h.matches("could|may|might") && PURPOSE_BEFORE.matcher(content.substring(0, m.start())).find()) {
                // "told to skip checks so that they could meet a target": what it was for, not a doubt about the claim.
                continue;
            }
            if (h.matches("could|can") && FURTHER_FROM_THE_TRUTH.matcher(content.substring(m.start())).lookingAt()) {
                // "nothing could be further from the truth": a verdict, no doubt about it.
                continue;
            }
            if (h.matches("could|may|might") && MEASURE_CLAUSE.matcher(content.substring(0, m.start())).find()) {
                // "packed far beyond what it could hold", "as fast as it could": a measure, not a doubt about the claim.
                continue;
            }
            if (!found.contains(h)) {
                found.add(h);
            }
        }
        return found;
    }
}
