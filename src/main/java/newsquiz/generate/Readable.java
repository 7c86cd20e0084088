package newsquiz.generate;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The last look at text a student will read: a question or choice lifted from the article must
 * still make sense on its own. Each check names what would confuse a reader or give the answer
 * away; a question that fails one is dropped rather than shown.
 */
final class Readable {
    static final String PERSON_NOUNS = "(?:minister|president|chief|executive|director|manager|"
            + "spokes(?:man|woman|person)|official|officer|secretary|chair(?:man|woman)?|leader|mayor|governor|judge|lawyer|"
            + "doctor|teacher|student|man|woman|boy|girl|father|mother|son|daughter|husband|wife|owner|founder|author|"
            + "researcher|scientist|coach|player|captain|resident|worker|member|candidate|suspect|defendant|victim|witness|"
            + "applicant|customer|patient|passenger|employee|engineer|nurse|pilot|parent|child|person)";
    /** "he", "her", "his": out of its sentence it points at no one, and it tells a reader the speaker's sex. */
    static final Pattern PERSONAL = Pattern.compile("(?i)\\b(he|she|him|his|her|hers|himself|herself)\\b");
    /** "that claim", "the company": a reference back to a sentence the reader does not have. */
    private static final String REFERRED = "(?:claim|account|report|application|"
            + "idea|plan|figure|number|decision|suggestion|allegation|statement|story|finding|view|case|picture|version|proposal|"
            + "request|offer|instruction|move|deal|vote|ruling|argument|theory|rumou?r|post|video|image|photo|document|memo|letter|sum|amount"
            + "|explanation|excuse|defen[cs]e|narrative|description|interpretation|accusation|charge|criticism|complaint|remark|comment)";
    // "that reports … were false" is a that-clause: the demonstrative "that" never comes before a plural.
    private static final Pattern POINTS_BACK = Pattern.compile("(?i)\\b(?:that|this)\\s+" + REFERRED + "\\b"
            + "|\\b(?:these|those)\\s+" + REFERRED + "s?\\b"
            // "the company." or "the firm," with nothing after it to say which; "the group also feared": also as well as what,
            // and which group, are in the sentence before (review68 KET q05, q08).
            + "|\\bthe\\s+(?:company|firm|idea|instruction|group|organi[sz]ation|previous|latter|former)\\b(?!\\s+\\p{L})"
            + "|\\bthe\\s+(?:group|organi[sz]ation|company|firm)\\s+(?:(?:had|has|was|were|would|will)\\s+)?also\\b"
            + "|^(?:it|its|they|their|them)\\b"
            // "Those visits were shortened …": a demonstrative opening the choice, its noun's sense in another sentence.
            + "|^(?:these|those)\\s+(?!(?:who|are|were|is|was|have|had|will|would|can|could|may|might|must)\\b)\\p{Ll}+"
            // "That's a question for another day", "such pilots": what they stand for is in another sentence.
            + "|^(?:that|this)(?:['\u2019]s|\\s+(?:is|was)\\b)|\\bsuch\\s+(?!as\\b)\\p{Ll}+|\\bsuch\\s+an?\\s+\\p{Ll}+"
            // "replied to both", "waiting for this for a year", "which it says": a pronoun with its noun in another sentence.
            + "|\\b(?:to|of|for|with|by|from|about|on|at|denied|confirmed|rejected|dismissed)\\s+(?:both|this|these|those)\\b(?!\\s+\\p{L}*[\\p{L}\\d])"
            + "|\\b(?:both|this|these)\\s+(?:in|on|at|for|from|with|by|as)\\s|\\b(?:which|that)\\s+(?:it|they)\\s+(?:says?|said|claims?|believes?)\\b"
            // "suggestions it had pressured anyone": whose "it", the reader cannot tell.
            // ("stopped padlocking the gate so that its mowing crews could get in": a purpose clause's "its" is the subject's.)
            + "|\\b(?:(?<!\\bso\\s)that|suggestions?|claims?|reports?|allegations?|accusations?|denied|said|says)\\s+(?:it|its)\\b"
            // "According to the same page", "frozen out of the group afterwards": which page, after what, is in another sentence.
            // ("booked and cancelled on the same day" compares two things it names: times are left alone.)
            + "|\\bthe same\\s+(?:page|paper|newspaper|report|article|programme|program|show|post|meeting|"
            + "hearing|interview|story|source|site|website|broadcast|statement|letter|thread|forum)\\b"
            + "|\\b(?:afterwards|since then|until then|by then)\\b"
            // "the band would believe that when it saw a new lease": "that" stands for what was said before (review70 leckmoor q13).
            + "|\\b(?:believe|believed|accept|accepted|do|did|see|saw|say)\\s+(?:that|this|it)\\s+(?:when|if|until|unless|once)\\b"
            // "no retention targets of that kind", "Who rejected the claim?": which kind, which claim, is in another sentence.
            + "|\\bof (?:that|this) (?:kind|sort|type)\\b|^Who \\p{L}+ the (?:(?:first|second|third|last|latest|other|earlier|new|original)\\s+)?(?:claims?|allegations?|accusations?|suggestions?|reports?|accounts?|counts?|figures?|estimates?|totals?)(?:\\s+itself)?\\s*\\?$");
    /** A claim opening with a name and its verb, then "that its …" in the same clause. */
    private static final Pattern NAMED_SUBJECT_THEN_ITS = Pattern.compile("(?:The\\s+)?\\p{Lu}[\\p{L}'\u2019-]+(?:\\s+\\p{Lu}[\\p{L}'\u2019-]+)*"
            + "\\s+(?:had|has|was|is|would|will)\\s+(?:been\\s+)?\\p{Ll}+\\s+(?:[^,;]*?\\s)?that\\s+its\\b");
    /**
     * "learned of it", "could change it": an "it" a verb or a preposition takes. Out of its sentence it names nothing,
     * unless a single thing ("the fee was buried so deep … find it") comes before it in the same text.
     */
    private static final Pattern OBJECT_IT = Pattern.compile("\\b(?!(?:that|and|but|because|so|if|when|whether|although|while|since|"
            + "as|until|unless|before|after|where|said|says|say|how|why|what|than|once|though|whether|believes?|thinks?|insisted|"
            + "added|claimed|argued|warned|stated)\\b)\\p{Ll}+\\s+it\\b(?!['\u2019]s|\\s+(?:is|was|has|had|will|would|could|can|may|might|should|must|does|did|"
            + "isn['\u2019]t|wasn['\u2019]t|hasn['\u2019]t|hadn['\u2019]t|won['\u2019]t|wouldn['\u2019]t|couldn['\u2019]t|\\p{Ll}+ed|\\p{Ll}+s)\\b)");
    /** A thing "it" may stand for: not a person ("the applicant learned of it"). */
    private static final Pattern SINGLE_THING = Pattern.compile("(?i)\\b(?:the|a|an|its|their|this)\\s+(?!" + Readable.PERSON_NOUNS
            + "\\b)\\p{L}+(?<!s)\\b");
    /** "could wipe that out", "denied that.": a "that" standing for something said in another sentence. */
    private static final Pattern PRONOUN_THAT = Pattern.compile("\\b\\p{Ll}+\\s+that\\s*(?:[.,;:!?\u201d\"]|$)"
            // "For a child on a beach, that could be the difference", "which Saturday that was": "that" as a subject.
            + "|(?:^|[,;:]\\s+)(?i:that)\\s+(?:could|would|is|was|will|may|might|should|can|must|means|meant)\\b"
            + "|\\b(?:that|this)\\s+(?:was|is|were|had been)\\s*[.,;:!?\u201d\"]*$"
            + "|\\b\\p{Ll}+\\s+that\\s+(?:out|up|off|down|away|back|again)\\b");
    /** "Last year … the tin raised": a gap where words were cut out of the middle. */
    private static final Pattern INNER_GAP = Pattern.compile("\\S\\s+\u2026\\s+\\S");
    /** "I", "we", "our", "you": the voice of a quotation — but not "the US". */
    private static final Pattern FIRST_PERSON = Pattern.compile("\\b(I|I'm|I've|I'd|I'll|us)\\b|(?i:\\b(me|my|mine|we|we're|we've|our|ours|"
            + "you|you're|you've|your|yours)\\b)");
    private static final Pattern DOUBLED_WORD = Pattern.compile("(?i)\\b(?!that\\b|had\\b)(\\p{L}{3,})\\s+\\1\\b");
    private static final Pattern DOUBLED_STOP = Pattern.compile("[.!?][\u201d\"\u2019]?[.!?]$");
    private static final Pattern NEWSROOM = Pattern.compile("(?i)^(?:our|this newspaper|this publication|this site|this station)\\b");

    /** "DUNRAVEN - Nine people were killed …": the place line of a wire story, not part of what anyone said. */
    private static final Pattern DATELINE = Pattern.compile("(?:^|\\bthat\\s+)\\p{Lu}{3,}(?:\\s+\\p{Lu}{2,})*"
            // "VELDRA, March 14 (Northgate Wire) - Kessavia ordered …"
            + "(?:,?\\s+[^-\u2013\u2014()]{0,30}?\\([^)]{2,40}\\))?\\s*[-\u2013\u2014]\\s+\\p{Lu}");
    /** "The pro-government daily Glas Veldre reported on Tuesday that …": the claim still carries who reported it. */
    private static final Pattern REPORTING_FRAME = Pattern.compile("^(?:\\S+\\s+){1,8}?(?:reported|said|says|claimed|announced|wrote|alleged|"
            // ("had been told in July that its bid was the cheaper": being told is the claim, no frame around it.)
            + "(?<!been\\s)(?<!was\\s)(?<!were\\s)told\\s+\\S+(?:\\s+\\S+)?)(?:\\s+(?:on|last|this)\\s+\\p{L}+)?\\s+that\\s");
    private static final Pattern BARE_POSSESSIVE = Pattern.compile("^\\S+(?:\\s+\\S+)+['\u2019]s$");
    private static final Pattern FIGURE_WITHOUT_UNIT = Pattern.compile(
            "(?i)\\b(?:about|around|roughly|some|nearly|almost|more than|less than|fewer than)\\s+[\\d.,]*\\d$");
    private static final Pattern CITING_FRAME = Pattern.compile("(?i)\\bciting\\s[^\u201c\"]{2,120}?,?\\s+that\\s");
    private static final Pattern LABEL_AFTER = Pattern.compile("\\sas\\s+(?:" + "\u201c[^\u201d]{2,80}\u201d|\"[^\"]{2,80}\"" + ")[.]?$");
    /** Verbs that take "as" and a label of their own: "was described as “a hero”". */
    private static final Pattern DESCRIBING = Pattern.compile("(?i)\\b(?:describ|seen|known|regard|treat|class|list|brand|label|dismiss|call|view|"
            + "record|regist|rat|rank|bill|hail|market|present|refer|portray|cast|identif|nam|sold|advertis|promot|pitch|style|dubb|"
            + "characteri[sz]|interpret|read|took|taken|accept|reject|act|serv|work|return|join|elect|appoint|hired|employ)\\w*\\s");
    /** "Evidence the committee published without a name, said the company had …": a subject and its verb, then the claim. */
    private static final Pattern SUBJECT_AND_FRAME = Pattern.compile("^[^,\u201c\"]{3,80},\\s+(?:said|says|claimed|claims|added|insisted|"
            + "argued|wrote|told)\\s+(?:that\\s+)?(?:the|a|an|it|he|she|they)\\b");
    /**
     * "… for “digital ticketing” three weeks": a span of time that lost its "before the deadline". ("… would cost the shops
     * about 40,000 crowns a year" is a rate after its figure, whole; "was laid a year" lost its "ago".)
     */
    private static final Pattern CUT_SPAN = Pattern.compile("(?i)\\b(?:\\d+|(?<![\\d%s]\\s)a|one|two|three|four|five|six|seven|eight|nine|ten|several|a few)"
            + "\\s+(?:days?|weeks?|months?|years?|hours?|minutes?)[\\s\u201d\"']*$");
    private static final Pattern CLAIM_NOUN_ONLY = Pattern.compile("(?i)^(?:an?|the)\\s+(?:\\p{L}+\\s+)?(?:claim|suggestion|report|allegation|"
            + "accusation|rumou?r|assertion)s?,(?!.*\\b(?:that|is|was|are|were)\\b)(?:[^,]|(?<=\\d),(?=\\d))*,?$");
    private static final Pattern WH_SUBJECT_ONLY = Pattern.compile("^(?:What|Whatever|Whether|Why|How)\\s(?!.*\\b(?:is|was|are|were|"
            + "has|had|will|would|remains|remained|became|seems|seemed)\\b).*$");
    private static final Pattern BOUND_TO_QUESTION = Pattern.compile("^(Which organisation \\p{L}+ (?:(?:the|a|an)\\s+"
            + "(?:suggestion|claim|accusation|allegation|report|charge)s?\\s+)?that )its?\\b");

    static final String HE_SHE = "he/she out of context";

    private Readable() {}

    /** "at around that time": a time the choice does not say. */
    private static final Pattern THAT_TIME = Pattern.compile("(?i)\\b(?:at|around|by|since|until|from|before|after)\\s+(?:around\\s+)?"
            + "that\\s+(?:time|point|stage|date)\\b");
    /** "its own conservators" in a choice whose subject is not the owner: "The sampling had taken place with two of its own …". */
    private static final Pattern OWN_WITHOUT_OWNER = Pattern.compile(
            "^(?:The|A|An)\\s+\\p{Ll}+\\b.*\\b(?:of|with|by|from|for)\\s+(?:\\p{Ll}+\\s+)?(?:its|their)\\s+own\\b");

    /** Why a choice would confuse a reader, or empty when it reads on its own. */
    private static final Pattern REST_OF_A_TURN = Pattern.compile("(?i)^(?:because\\b[^,]*|(?:and|but|or|so)\\b.*)$");

    /** "Because the big bowl has a crack in it", "And come down on Saturday": the rest of an answer, not a statement. */
    static boolean restOfATurn(String text) {
        return REST_OF_A_TURN.matcher(text).matches();
    }

    private static final Pattern BARE_FIGURE_VERDICT = Pattern.compile("(?i)^(?:that\\s+)?the\\s+(?:number|figure|total|count|amount|"
            + "sum|rate|estimate|tally)s?\\s+(?:is|was|are|were|(?:has|had|have)\\s+been)\\s+(?:\\p{L}+\\s+)?\\p{L}+$");
    private static final Pattern EACH_ONE = Pattern.compile("(?i)^(?:that\\s+)?(?:(?:each|every)\\s+one\\b(?!\\s+of\\s+(?:the|its|their|his|"
            + "her|our)\\s)|(?:each|all|both|none|most|some|many|several)\\s+of\\s+(?:them|those|these)\\b)");
    /**
     * A count with no noun for the subject, or "both": "At least 15 had gone since October", "both would lose their jobs",
     * standing for things named elsewhere.
     */
    private static final Pattern COUNT_FOR_SUBJECT = Pattern.compile("(?i)^(?:that\\s+)?(?:(?:at\\s+least|about|around|more\\s+than|"
            + "fewer\\s+than|only|nearly|almost|all)\\s+)?(?:\\d[\\d,.]*|both|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
            + "\\s+(?:(?:of\\s+them|would\\s+still)\\s+)?(?:had|has|have|was|were|is|are|will|would|could|did|should|must)\\b");
    /** "Who said that …?", "Who denied the claim that …?", "The article reports that …": where the claim a stem asks about begins. */
    private static final Pattern CLAIM_IN_A_STEM = Pattern.compile("(?i)^(?:(?:who|whose)\\b[^?]*?\\bthat\\s+|the\\s+\\p{L}+\\s+reports\\s+that\\s+"
            + "|is the following statement true, false, or not given in the article\\?\\s+(?:according to [^,]+,\\s+)?)");
    private static final Pattern DENIAL_WORDING = Pattern.compile("^(?:That\\s+)?(?i:any|anyone|anybody|anything|ever)\\s+(?:\\p{L}+\\s+){0,3}?"
            + "(?:had|has|have|was|were|is|are|did|would|could)\\b");

    private static final Pattern DO_SO = Pattern.compile("(?i)\\b(?:do|does|did|doing|done)\\s+so\\b(?!\\s+(?:much|many|far|well|badly|often|little|that))");

    private static final Pattern LEAD_IN_THEN_IT = Pattern.compile("\\W*(?:\\S+\\s+){0,3}\\S+:\\s+(?:it|its|they|their|them)\\b",
            Pattern.CASE_INSENSITIVE);

    static Optional<String> choiceProblem(String text) {
        String t = Phrasing.clean(text);
        if (INNER_GAP.matcher(t).find()) {
            return Optional.of("words cut out of the middle");
        }
        if (t.endsWith("\u2026") || DANGLING.matcher(t.replaceAll("[.,;:\u201d\"]+$", "")).find()
                && !PARTICLE_AT_END.matcher(t.replaceAll("[.,;:\u201d\"]+$", "")).find()) {
            return Optional.of("cut off");
        }
        if (unresolvedThem(t)) {
            return Optional.of("them out of context");
        }
        if (LEAD_IN_THEN_IT.matcher(t).lookingAt()) {
            // "One thing: its wardens had not patrolled …", "The reverse was true: it had put up …": a lead-in cut from its
            // sentence, and an "it" whose body is in that sentence (review72 ashbeck q03, q07, q08).
            return Optional.of("a lead-in cut from its sentence");
        }
        if (BARE_FIGURE_VERDICT.matcher(t.replaceAll("[.,;:\u201d\"]+$", "")).matches() || EACH_ONE.matcher(t).find()
                || COUNT_FOR_SUBJECT.matcher(t).find()) {
            // "The number is lower", "Each one was checked by an adviser", "At least 15 had gone since October": which number,
            // each of what, 15 of what, is in the sentence before (review78 kellingstow q06).
            return Optional.of("points back out of context");
        }
        if (DENIAL_WORDING.matcher(t).find()) {
            // "Any faulty kits had been used in the valley": the words of "denied that any …", which nobody ever claimed.
            return Optional.of("a denial's wording as a claim");
        }
        Matcher object = BODY_AS_OBJECT.matcher(t);
        if (object.find() && !OWNER_BEFORE.matcher(t.substring(0, object.start())).find() || ONE_OF_SOMETHING.matcher(t).find()) {
            // "The Council failed to consult it on the application", "had been quoted £9,000 for one last year": the body
            // consulted, the thing priced, lies in a sentence the choice does not bring (review24 THI q13, SAL q11). In "the
            // authority's engineers had warned it" it is the owner named before.
            return Optional.of("it out of context");
        }
        if (DO_SO.matcher(t).find()) {
            // "the council would do so once the club had seen the final version": what it would do is in the sentence before
            // (review49 COT q17).
            return Optional.of("points back out of context");
        }
        if (THAT_TIME.matcher(t).find() || OWN_WITHOUT_OWNER.matcher(t).find()) {
            // "the mainspring replaced at around that time" (the 1970s cut away), "with two of its own conservators present"
            // (the gallery cut away): review25 PEL q05, QUI q08/q09.
            return Optional.of("points back out of context");
        }
        if (restOfATurn(t)) {
            return Optional.of("cut off");
        }
        if (t.matches("(?i)^(?:however|but|and|yet|so|still|meanwhile),?\\s+that\\b.*")) {
            // "However, that the season had been pushed to …": a clause lifted without the verb that governed it.
            return Optional.of("cut off");
        }
        if (REPORTING_FRAME.matcher(t).find() || SUBJECT_AND_FRAME.matcher(t).find()) {
            return Optional.of("the claim keeps its reporting frame");
        }
        if (BARE_POSSESSIVE.matcher(t).find() || FIGURE_WITHOUT_UNIT.matcher(t).find()) {
            // "Radio Marketline's" (the programme cut off), "Hollowmere's largest shareholder with about 9" (the "%" cut off).
            return Optional.of("cut off");
        }
        if (CITING_FRAME.matcher(t).find()) {
            // "Earlier this month citing calendar entries …, that Whitlow met …": the frame's citation kept, its verb lost.
            return Optional.of("the claim keeps its reporting frame");
        }
        if (LABEL_AFTER.matcher(t).find() && !DESCRIBING.matcher(t).find()) {
            // "The bridge would be demolished as “scaremongering of the worst kind”": the denier's label glued to the claim.
            return Optional.of("a label glued on");
        }
        if (CLAIM_NOUN_ONLY.matcher(t).matches()) {
            // "A claim, made in a TikTok video with more than 400,000 views": what names a claim, without the claim.
            return Optional.of("cut off");
        }
        if (WH_SUBJECT_ONLY.matcher(t).matches()) {
            // "What they found in August": the subject of "… was a strip of shingle", cut before its verb.
            return Optional.of("cut off");
        }
        if (CUT_SPAN.matcher(t.replaceAll("[.]+$", "")).find() && !t.matches("(?i).*\\b(?:for|in|within|over|after|every|per|last|next|past|the|than)\\s+\\S+\\s+\\S+[\\s\u201d\"'.]*$")) {
            // "… if the rink closed for more than a month" is whole; "… the stone was laid two years" lost its "ago".
            return Optional.of("cut after a span of time");
        }
        // "Halvorsen had told several people he would “take it to the federation”": a pronoun in the words quoted inside a
        // claim is the speaker's own and reads with them; one opening the choice has nothing before it.
        return common(QUOTED_INSIDE.matcher(t).replaceAll("$1\u201c\u201d"));
    }

    private static final Pattern TRUE_OR_FALSE = Pattern.compile("^Is the following statement true, false, or not given in the \\p{L}+\\?\\s+");

    /** A quotation in curly or straight marks. */
    private static final String QUOTATION = "\u201c[^\u201d]*\u201d|\"[^\"]*\"";
    private static final Pattern QUOTED_INSIDE = Pattern.compile("(\\S\\s)(?:" + QUOTATION + ")");

    /** "Who denied as well?", "Who rejected flatly?": a verb with nothing after it but an adverb. */
    private static final Pattern NOTHING_ASKED = Pattern.compile("(?i)^(?:Who|Which organi[sz]ation)\\s+\\p{L}+(?:\\s+(?:as well|too|also|again|"
            + "first|instead|firmly|flatly|strongly|outright))+\\s*\\?$");

    /** Why a question stem would confuse a reader; quoted snippets of the article may keep their gaps. */
    static Optional<String> stemProblem(String text) {
        String outsideQuotes = Phrasing.clean(text).replaceAll(QUOTATION, "\u201c\u201d")
                // The question's own words ("Which of these claims …", "treat this claim with care") point at its choices.
                .replaceAll("(?i)\\b(of these|this) (claims?|sources?|sentences?|statements?|words?|numbers?)\\b", "$2");
        if (INNER_GAP.matcher(outsideQuotes).find()) {
            return Optional.of("words cut out of the middle");
        }
        if (NOTHING_ASKED.matcher(outsideQuotes.strip()).matches()) {
            // "Who denied as well?": the verb's object was the record put right, and what was denied is in another sentence
            // (review73 thatchers q09).
            return Optional.of("nothing asked about");
        }
        Matcher claimAsked = CLAIM_IN_A_STEM.matcher(outsideQuotes);
        if (claimAsked.find() && COUNT_FOR_SUBJECT.matcher(outsideQuotes.substring(claimAsked.end())).lookingAt()) {
            // "Who said that at least 15 had gone since October?": 15 of what is in the sentence before (review78 kellingstow q06).
            return Optional.of("a count with no noun");
        }
        if (DOUBLED_WORD.matcher(outsideQuotes).find()) {
            // "Who rejected rejected that firmly?": the cue verb came with the words it was said in.
            return Optional.of("a word twice over");
        }
        if (firstPerson(outsideQuotes)) {
            // "Who said that we will go where the evidence takes us?": the speaker's "we" pasted into the question's voice.
            return Optional.of("first person outside a quotation");
        }
        Matcher statement = TRUE_OR_FALSE.matcher(outsideQuotes);
        if (statement.find() && unresolvedThem(outsideQuotes.substring(statement.end()))) {
            // "According to Yusra Quartermain, she would hold a meeting in each of them": which ones, the statement does not say
            // (review69 TAR q11).
            return Optional.of("them out of context");
        }
        if (outsideQuotes.startsWith("Who ")) {
            // "Who rejected suggestions that they had interfered?": "they" is whoever the answer is.
            outsideQuotes = THAT_THEY.matcher(outsideQuotes).replaceAll("that the same");
        }
        // "Which organisation denied that it had been hacked?": the "it" (or "its") is the organisation asked about, not a lost
        // referent.
        return common(BOUND_TO_QUESTION.matcher(outsideQuotes).replaceFirst("$1the same"));
    }

    /** A claim offered as a choice among claims: third person, so it reads as a claim and not a quote. */
    static boolean firstPerson(String text) {
        return FIRST_PERSON.matcher(text.replace('\u2019', '\'')).find();
    }

    static boolean personal(String text) {
        return PERSONAL.matcher(text).find();
    }

    /** People a pronoun may point back to within the same text: "the minister … his preferred bidder". */
    // "he" or "her" stands for one person: "Officers had waved her on" names no one she could be.
    private static final Pattern ANTECEDENT = Pattern.compile("(?i:\\b" + PERSON_NOUNS + "\\b)|\\s\\p{Lu}\\p{L}+");
    /** "… by the academic senate and": text that stops where more was to come. */
    /** "before the couple ever moved in", "until the lights came on": a verb's particle ends a clause whole. */
    private static final Pattern PARTICLE_AT_END = Pattern.compile("(?i)\\b(?:\\p{L}{2,}ed|came|come|went|gone|gave|given|got|put|set|took|"
            + "taken|kept|held|sat|stood|ran|run|logged|turned|switched|carried|stayed|stay|move|moves|come|comes|go|goes|carry|carries)"
            + "\\s+(?:in|on)$"
            // "once the new foundations were paid for": a passive whose "for" has its object before it.
            + "|\\b(?:was|were|been|be|is|are|being)\\s+(?:\\p{L}{2,}ed|paid|sought|bought|fought|thought)\\s+for$");
    private static final Pattern DANGLING = Pattern.compile("(?i)\\b(and|or|but|of|to|the|a|an|by|with|for|in|on|at|from|as|than|that)$");

    private static final Pattern THEM = Pattern.compile("(?i)\\b(?:them|themselves)\\b");
    /** A plural noun ("ballots", "people"): something "they" or "them" may stand for. */
    static final Pattern PLURAL_NOUN = Pattern.compile(
            "(?i)\\b(?!(?:was|has|is|this|its|his|hers|yes|does|less|unless|across|always|perhaps|thus|plus)\\b)\\p{L}{3,}s\\b|\\b(?:people|children|men|women|police|staff)\\b");

    /** "The ruling had “complicated” them": out of its sentence, a choice cannot say who "them" are. */
    private static final Pattern BODY_AS_OBJECT = Pattern.compile(
            "(?i)\\b(?:consult(?:ed)?|inform(?:ed)?|notif(?:y|ied)|contact(?:ed)?|warn(?:ed)?|tell|told|ask(?:ed)?)\\s+it\\b"
                    + "(?!\\s+(?:to|that|was|is|had|has|would|will)\\b)");
    private static final Pattern OWNER_BEFORE = Pattern.compile("(?i)['\u2019]s\\s|\\bits\\s");
    private static final Pattern ONE_OF_SOMETHING = Pattern.compile(
            "(?i)\\b(?:for|on|buy|bought|sell|sold|replace|replaced|fit|fitted|receive|received|get|got|order|ordered|build|built)"
            // ("expected to receive one by the summer": one planning application, named in the sentence before; review68 GOR q10.)
            + "\\s+one(?:\\s+(?:last|this|next|in|of those|before|after|by)\\b|\\s*[.,;:!?]*$)");
    /**
     * "The complaint would be looked at by its standards committee", "the extra cost had been met from its events reserve":
     * a passive's agent is not its subject, so whose "its" is lies in a sentence the choice does not bring (review68 KES q07,
     * review69 POL q05).
     */
    private static final Pattern PASSIVE_ITS = Pattern.compile("(?i)\\b(?:is|was|were|be|been|being)\\s+(?:\\p{Ll}+ly\\s+)?"
            + "\\p{Ll}+(?:ed|en|t)(?:\\s+(?:at|up|out|for))?\\s+(?:by|from)\\s+its\\b");

    static boolean unresolvedThem(String claim) {
        Matcher m = THEM.matcher(claim);
        return m.find() && !PLURAL_NOUN.matcher(claim.substring(0, m.start())).find();
    }

    /** A he/she/his/her with no person named before it in the same text. */
    static boolean unresolvedPersonal(String text) {
        java.util.regex.Matcher m = PERSONAL.matcher(text);
        return m.find() && !ANTECEDENT.matcher(text.substring(0, m.start())).find();
    }

    /**
     * "the allegation that the bid committee agreeing to pay", "That suppliers of inflating the costs": a "that" clause
     * whose verb was left behind when it was lifted from "show X doing" or "accused X of doing".
     */
    private static final Pattern THAT_WITHOUT_VERB = Pattern.compile("(?i)\\bthat\\s+((?:\\p{L}+['\u2019]?s?\\s+){1,4}?)(of\\s+)?"
            + "(?!(?:being|during|nothing|something|anything|everything|according|including|morning|evening|building|funding|"
            + "spring|king|thing|ceiling|meeting|hearing|ruling|training|planning|housing|spending|timing|warning|saving)\\b)\\p{Ll}{3,}ing\\b"
            + "([^,;]*)");

    static boolean thatWithoutVerb(String text) {
        Matcher m = THAT_WITHOUT_VERB.matcher(text);
        while (m.find()) {
            String between = m.group(1).trim();
            // "that the number of patients waiting more than a year had fallen": the -ing phrase describes the subject and
            // the verb comes later; "that suppliers of inflating" never has one.
            boolean verbLater = m.group(2) == null && ClauseCheck.hasMainVerb("they " + m.group(3));
            if (!between.isEmpty() && !verbLater && !ClauseCheck.hasMainVerb(between) && !between.matches("(?i).*\\b(?:is|was|are|were|be|been|am|"
                    + "has|have|had|not|keep|keeps|kept|stop|stopped|start|started|continue|continued|'s)$")) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern THAT_THEY = Pattern.compile("(?i)\\b(?:that|suggestions?|claims?|reports?|allegations?|accusations?|denied|"
            + "said|says)\\s+(?:they|their)\\b");
    /** "the family's claim", "the parents", "Ms Ode and her son": people "they" can stand for. */
    private static final Pattern PLURAL_OWNER = Pattern.compile("\\p{L}['\u2019]s?\\s|(?i:\\b(?:the|two|three|several|many|some)\\s+(?:\\p{L}+\\s+)?"
            + "\\p{L}+s\\b)|\\b(?:family|staff|team|government|council|board|company|police|public|people)\\b");

    /** "suggestions that they had misled parents": whose "they", the text must say before it. */
    static boolean unresolvedThey(String text) {
        Matcher m = THAT_THEY.matcher(text);
        return m.find() && !PLURAL_OWNER.matcher(text.substring(0, m.start())).find();
    }

    /** An object "it" with no single thing named before it, or a "that" standing for a whole statement. */
    /** "… that the piece remained covered at its full value": the first "its" has a thing named before it, after "that". */
    static boolean itsFollowsAThing(String text) {
        Matcher its = ITS_WORD.matcher(text);
        int that = text.indexOf(" that ");
        return that >= 0 && its.find(that) && SINGLE_THING.matcher(text.substring(that, its.start())).find();
    }

    private static final Pattern ITS_WORD = Pattern.compile("\\bits\\b");

    static boolean unresolvedIt(String text) {
        Matcher m = OBJECT_IT.matcher(text);
        while (m.find()) {
            if (!SINGLE_THING.matcher(text.substring(0, m.start())).find()) {
                return true;
            }
        }
        return PRONOUN_THAT.matcher(text).find();
    }

    private static Optional<String> common(String t) {
        if (t.chars().filter(c -> c == '(').count() != t.chars().filter(c -> c == ')').count()) {
            // "… telescope named Five hundred meter Aperture Spherical Telescope (FAST?": a bracket the cut left open.
            return Optional.of("a bracket left open");
        }
        // "Blenkwhistle Kitchens had been told in July that its bid was the cheaper": "its" is the named subject's own.
        String pointing = NAMED_SUBJECT_THEN_ITS.matcher(t).lookingAt() ? t.replaceFirst("\\bthat\\s+its\\b", "that the") : t;
        if (POINTS_BACK.matcher(pointing).find() || PASSIVE_ITS.matcher(t).find()) {
            return Optional.of("points back at a sentence the reader does not have");
        }
        // "Which organisation denied that saffron it sold …?": asked of an organisation, the "it" is the one asked about.
        if (unresolvedIt(t) && !(t.startsWith("Which organisation ") && !PRONOUN_THAT.matcher(t).find())) {
            return Optional.of("it/that out of context");
        }
        if (unresolvedThey(t)) {
            return Optional.of("they out of context");
        }
        if (thatWithoutVerb(t)) {
            return Optional.of("a that-clause without its verb");
        }
        if (unresolvedPersonal(t)) {
            return Optional.of(HE_SHE);
        }
        if (DOUBLED_STOP.matcher(t).find()) {
            return Optional.of("doubled punctuation");
        }
        if (NEWSROOM.matcher(t).find()) {
            return Optional.of("the newsroom speaking of itself");
        }
        if (DATELINE.matcher(t).find()) {
            return Optional.of("a dateline glued to the sentence");
        }
        return Optional.empty();
    }
}
