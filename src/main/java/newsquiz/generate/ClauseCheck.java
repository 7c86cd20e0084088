package newsquiz.generate;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether lifted text reads as a whole sentence a learner can judge on its own: a subject with a
 * finite verb, no leading fragment word, no "…" splice, and nothing pointing back to a sentence
 * the learner cannot see.
 */
final class ClauseCheck {
    /** Words a sentence cannot start with: subordinators, relatives, prepositions, conjunctions. */
    private static final Set<String> BAD_STARTS = Set.of("that", "another", "and", "but", "or", "nor", "which", "who", "whom", "whose",
            "where", "while", "whereas", "although", "though", "because", "since", "if", "unless", "whether", "than", "as",
            "in", "on", "at", "by", "for", "with", "from", "of", "to", "into", "onto", "about", "after", "before", "during",
            "under", "over", "between", "among", "through", "according", "despite", "like", "without", "against", "via",
            "within", "also", "saying", "adding", "noting", "including", "so", "yet", "then", "said", "says");
    private static final Set<String> ING_NOUNS = Set.of("nothing", "something", "anything", "everything", "king", "spring",
            "morning", "evening", "building", "funding", "ceiling", "thing");
    /** Auxiliaries, modals and common irregular past or present forms: a main verb for sure. */
    private static final Pattern FINITE_WORD = Pattern.compile("(?i)\\b(is|are|was|were|am|has|have|had|will|would|can|could|"
            + "may|might|shall|should|must|did|do|does|isn't|aren't|wasn't|weren't|hasn't|haven't|hadn't|won't|wouldn't|can't|"
            + "couldn't|didn't|doesn't|don't|said|says|told|made|makes|took|takes|went|goes|found|finds|gave|gives|left|sent|won|"
            + "lost|rose|fell|grew|paid|held|met|led|saw|knew|thought|brought|bought|built|began|came|kept|put|ran|got|wrote|"
            + "spoke|became|chose|drove|flew|struck|stood|sold|spent|meant|hit|felt|heard|shows|means|needs|wants|plans|"
            + "remains|includes|contains|seems|appears|comes|runs|stands|lies|represents|covers|leaves|hosts)\\b");
    /** A regular past tense used as a verb, not as a participle introducing a phrase ("compared with", "sold in"). */
    // "speed", "need", "hundred" end in -ed and are no past tense.
    private static final Pattern PAST_TENSE = Pattern.compile("(?i)\\b(\\p{L}{3,}ed)\\b(?!\\s+(?:by|with)\\b)(?<!\\bcompared)"
            + "(?<!\\b(?:speed|need|seed|feed|bleed|breed|creed|deed|greed|weed|steed|proceed|exceed|succeed|hundred|shred|sacred"
            + "|naked|wicked|kindred|rugged|crooked|wretched))");
    /**
     * A present tense after a name or a noun, before what verbs take: "CodeWeave “writes secure
     * code”", "the study proves that"; a plural noun is followed by a preposition or its own verb instead.
     */
    private static final Pattern PRESENT_TENSE = Pattern.compile("(?:\\b\\p{Lu}[\\p{L}-]*|\\b(?:[Tt]he|[Ii]ts|[Tt]heir)\\s+\\p{Ll}+)\\s+[\u201c\"]?"
            + "(\\p{Ll}{2,}[^s\\W']s)\\b(?=\\s+(?:[\u201c\"\\d]|(?!(?:in|on|at|of|for|from|with|who|which|that|and|or|is|are|was|were|has|have|had)\\b)"
            + "\\p{Ll}))");
    private static final Pattern PARTICIPLE_PHRASE = Pattern.compile(",\\s+(?!(?:nothing|something|anything|everything|according|"
            + "including|during)\\b)\\p{Ll}{3,}ing\\b[^,]*$");
    private static final Pattern RELATIVE = Pattern.compile("(?i)\\b(that|which|who|whom|whose|where|when|because|if|although|while)\\b");
    private static final String FUNCTION_WORDS = "not|no|none|one|of|the|a|an|all|some|any|each|every|only|even|if|when|after|"
            + "before|but|and|so|in|on|at|for|by|with|from|there|it|why|how|what|to|than|as|half|most|many|much|more|few|both";
    private static final Pattern PERSONAL = Pattern.compile("\\b(he|she|him|his|her|hers|it|its|they|them|their|theirs)\\b");
    /**
     * References to a thing named in another sentence: "that claim", "these reports", and "the
     * claim", "the real figure" — a definite "the" only for what someone said, since "the study"
     * or "the findings" can only mean one thing in most stories.
     */
    private static final Pattern BACK_REFERENCE = Pattern.compile("(?i)\\b(?:that|this|these|those|such)\\s+(?-i:[a-z]+\\s+)?"
            + "(?:claims?|figures?|reports?|allegations?|accounts?|suggestions?|ideas?|findings?|estimates?|remarks?|comments?|"
            + "statements?|posts?|stor(?:y|ies)|rumou?rs?|application|decision|instruction|move|plan|offer|case|line|words?|phrase)\\b"
            // "The coming one was likely to be …": the noun it stands for is in the sentence before.
            + "|\\bthe\\s+(?:coming|next|latest)\\s+one\\b"
            // "Engineers would be there": a place named before; not the "there" of "there is".
            + "|\\b(?:be|been|is|are|was|were|go|went|gone|stay|stayed|live|lived|work|worked|arrive|arrived|get|got)\\s+there\\b(?!\\s+to\\s)"
            + "|\\bthe\\s+(?-i:[a-z]+\\s+)?(?:claims?|figure|allegations?|suggestions?|idea|account|rumou?r|remarks?|comments?|"
            + "statement|instruction|application|offer)\\b"
            // "rose from £8.5m to £9m that year", "the baker in question": a time or a person named in the sentence before.
            + "|\\b(?:that|the\\s+same|the\\s+following|the\\s+previous)\\s+(?:year|day|week|month|night|morning|afternoon|evening|"
            + "weekend|season|time)\\b|\\bin\\s+question\\b"
            // "Marchbrook's was the lowest": whose what is in the sentence before.
            + "|^(?-i:\\p{Lu}[\\p{L}-]*)['\u2019]s\\s+(?:was|is|were|are)\\b");
    /** "most of those patients", "these reports": a determiner pointing at something named elsewhere. */
    private static final Pattern DEMONSTRATIVE = Pattern.compile("(?i)\\b(?:those|these)\\s+\\p{L}+|\\bthis\\s+(?!morning|afternoon|evening|"
            + "week|weekend|month|year|season|summer|winter|spring|autumn|time|quarter|point|stage|country)\\p{Ll}+\\b|\\bsuch\\s+(?!as\\b)\\p{Ll}+"
            + "|\\bof (?:that|this) (?:kind|sort|type)\\b");
    /** "it will make, including staged rollouts": a verb whose object was left in the sentence before. */
    private static final Pattern MISSING_OBJECT = Pattern.compile("(?i)\\b(?:will|would|can|could|may|might|must|should|to)\\s+\\p{L}+,\\s+"
            + "(?:including|such as)\\b");
    /** "a figure it could not yet verify": a noun phrase with its own clause, not a sentence. */
    private static final Pattern REDUCED_RELATIVE = Pattern.compile("(?i)^(?:a|an|the)\\s+(?:\\p{L}+\\s+){0,2}(?:it|he|she|they|we|i)\\s");
    /** "Don't …", "Give the old drug at half strength and …": an order, no statement a "that" can report. */
    private static final Pattern IMPERATIVE = Pattern.compile("(?i)^(?:don['\u2019]t|do not|please|let['\u2019]s|never)\\b"
            + "|^(?:give|take|look|ask|try|imagine|consider|remember|put|keep|tell|show|come|go|stop|leave|get|let|pay|check|bring|"
            + "read|wait)\\s+(?:the|a|an|it|them|us|me|him|her|this|that|these|those|your|our|my|at|up|out|back)\\b");
    private static final Pattern SOURCE_START = Pattern.compile("(?i)a|an|the|two|three|four|five|several|some|many|most|one|his|her|"
            + "its|their|our");
    private static final Pattern THING_BEFORE = Pattern.compile("(?i)\\b(?:the|a|an)\\s+\\p{L}+");
    private static final Pattern DEMONSTRATIVE_START = Pattern.compile("(?i)^(this|that|these|those|such|it|he|she|they|him|them|"
            + "his|her|its|their)\\b");

    private ClauseCheck() {}

    /** A full sentence: starts like one, has a main finite verb, and carries no "…" splice. */
    /** "no view on whether Mrs Delphy took water" (of "The Court expresses no view on …"): a noun phrase, its verb in the question. */
    private static final Pattern NOUN_BEFORE_QUESTION = Pattern.compile(
            "(?i)^(?:no|any|a|an|the|some)\\s+(?:\\p{L}+\\s+)?\\p{L}+\\s+(?:on|about|of|as to|over)\\s+(?:whether|what|how|why|who|when)\\b");

    /** Whether the words open with an order ("Give the old drug at half strength …"), which no "that" can report. */
    static boolean imperative(String text) {
        return IMPERATIVE.matcher(plain(text)).find();
    }

    static boolean isFullSentence(String text) {
        String t = plain(text);
        if (t.isEmpty() || t.contains("\u2026") || t.contains("...") || Phrasing.words(t) < 4) {
            return false;
        }
        String first = t.split("[\\s,]+")[0].toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}'-]", "");
        // "Saying the gates had been opened …": a participle phrase, not a sentence.
        boolean participle = first.endsWith("ing") && first.length() > 4 && !ING_NOUNS.contains(first) && !startsWithName(t);
        // "At least two patients have died": a quantity, not a preposition opening a phrase.
        boolean quantity = t.matches("(?i)^(?:at least|at most|up to|more than|fewer than|less than|about|around)\\s+\\S.*");
        if (BAD_STARTS.contains(first) && !quantity || participle) {
            return false;
        }
        if (first.endsWith("ed") && t.split("\\s+").length > 1 && t.split("\\s+")[1].matches("(?i)by|with|in|on|to|from|as")) {
            return false;
        }
        // "… \"has never been released\" and": cut before the end of a clause.
        if (t.matches("(?is).*\\b(and|or|but|that|which|the|a|an)[.\u201d\"']*$")) {
            return false;
        }
        // "the records, “will show you …”": a comma between the subject and its verb.
        if (t.matches("(?is).*,\\s*[\u201c\"]\\s*(?:will|would|is|are|was|were|has|have|had|can|could)\\b.*")) {
            return false;
        }
        if (REDUCED_RELATIVE.matcher(t).find() || IMPERATIVE.matcher(t).find() || !balancedQuotes(t) || NOUN_BEFORE_QUESTION.matcher(t).find()) {
            return false;
        }
        return hasMainVerb(t);
    }

    /**
     * Whether the words read as an object and an infinitive ("the ledgers to become the most-read thing"), with no verb of
     * their own before or after: see {@link Statement#objectAndInfinitive}.
     */
    static boolean objectAndInfinitive(String clause) {
        Matcher to = INFINITIVE.matcher(clause);
        if (!to.find() || to.start() == 0) {
            return false;
        }
        String before = clause.substring(0, to.start());
        // "The plan to build homes was dropped" has its verb after the infinitive.
        String after = clause.substring(to.end());
        return Phrasing.words(before) <= 6 && !before.contains(",") && !Facts.hasFiniteVerb(before) && !hasMainVerb(before)
                && !Facts.hasFiniteVerb(after);
    }

    /** "to" and a verb, not "to the ward" or "to them". */
    private static final Pattern INFINITIVE = Pattern.compile("\\s+to\\s+(?!(?:the|an?|his|her|their|its|our|my|your|this|that|these|those"
            + "|them|him|me|us|it|some|any|all|each|every|no|one|two|three)\\b)\\p{Ll}+\\b");

    /** Every opening quotation mark closed; an apostrophe ("don’t") is not a closing mark. */
    static boolean balancedQuotes(String text) {
        long open = text.chars().filter(c -> c == '\u201c').count();
        long close = text.chars().filter(c -> c == '\u201d').count();
        long straight = text.chars().filter(c -> c == '"').count();
        long singleOpen = text.chars().filter(c -> c == '\u2018').count();
        long singleClose = Pattern.compile("\u2019(?!\\p{L})").matcher(text).results().count();
        return open == close && straight % 2 == 0 && singleOpen <= singleClose;
    }

    /** A finite verb that is not only inside a relative clause: "levels that were lower" has none of its own. */
    static boolean hasMainVerb(String text) {
        String t = plain(text);
        int verb = firstFinite(t, 0);
        if (verb <= 0) {
            return false;
        }
        // "The appointment on Friday, citing two people briefed on the matter": the verb belongs to the participle phrase.
        if (PARTICIPLE_PHRASE.matcher(t.substring(0, verb)).find()) {
            return false;
        }
        Matcher relative = RELATIVE.matcher(t);
        if (relative.find() && relative.start() < verb) {
            // "Corbel Drug Supply, which had failed to …": the clause set off by commas has no main verb of its own.
            if (t.substring(0, relative.start()).endsWith(", ")) {
                int close = t.indexOf(',', relative.end());
                int next = close > 0 ? firstFinite(t, close) : -1;
                // "Colridge Dyeworks, whose outfall is a mile upstream, claiming it had dumped dye": after the clause, a verb
                // that belongs to a participle phrase is no main verb either.
                return next > close && !PARTICIPLE_PHRASE.matcher(t.substring(close, next)).find();
            }
            // "The people who live there were angry": a second finite verb after the relative clause is the main one,
            // not the next word of the same verb chain ("which had failed").
            // A verb quoted inside the relative clause ("which showed a frigate “heading for …”") is still the clause's.
            String unquoted = blankQuotes(t);
            int next = firstFinite(unquoted, verb + 1);
            return next > verb && t.substring(verb, next).trim().split("\\s+").length > 2;
        }
        return true;
    }

    /**
     * "Colridge Dyeworks, whose outfall is a mile upstream, claiming it had dumped dye": a name, a clause about it and a
     * participle phrase, the object of a cue like "blamed" with no verb of its own.
     */
    static boolean nameThenParticiple(String text) {
        return NAME_THEN_PARTICIPLE.matcher(plain(text)).find();
    }

    private static final Pattern NAME_THEN_PARTICIPLE = Pattern.compile("^[^,]+,\\s+(?:whose|which|who)\\b[^,]*,\\s+"
            + "(?!(?:nothing|something|anything|everything|according|including|during)\\b)\\p{Ll}{3,}ing\\b");

    private static int firstFinite(String t, int from) {
        int at = -1;
        for (Pattern p : new Pattern[] {FINITE_WORD, PAST_TENSE, PRESENT_TENSE}) {
            Matcher m = p.matcher(t);
            if (m.find(from) && (at < 0 || m.start(1) < at)) {
                at = m.start(1);
            }
        }
        return at;
    }

    /**
     * Whether the text leans on a sentence the learner cannot see: it opens with a pronoun or a
     * demonstrative, names a thing only as "that claim", or uses he/she/it/they with no name
     * before it in the same text.
     */
    static boolean pointsBack(String text) {
        return pointsBack(text, "");
    }

    /**
     * Like {@link #pointsBack(String)}, with a name the text is read after ("According to
     * Kwabena Thorsby-Ruiz, the findings matched what his group had seen"): his, her, its may
     * point to it.
     */
    static boolean pointsBack(String text, String readAfter) {
        String own = plain(text);
        if (DEMONSTRATIVE_START.matcher(own).find()) {
            return true;
        }
        if (BACK_REFERENCE.matcher(own).find() || DEMONSTRATIVE.matcher(own).find()) {
            return true;
        }
        return personalPointsBack(own, readAfter.isBlank() ? "" : plain(readAfter) + " said ");
    }

    /** Whether a personal pronoun of the text (he, its, them …) has nothing before it in the text that it can stand for. */
    static boolean personalPointsBack(String text) {
        return personalPointsBack(plain(text), "");
    }

    private static boolean personalPointsBack(String own, String prefix) {
        String t = prefix + own;
        Matcher p = PERSONAL.matcher(t.toLowerCase(Locale.ROOT));
        while (p.find()) {
            // "use it": a thing, so a person's name before it is no antecedent; "its stores" may be FreshWay's.
            boolean thing = p.group(1).equals("it");
            // The name read before the text answers only for a possessive ("his group"); "calling him" may be anyone.
            String context = p.group(1).matches("his|her|its|their") ? t : own;
            int at = p.start() - (context == t ? 0 : prefix.length());
            String before = context.substring(0, Math.max(0, Math.min(at, context.length())));
            // "Quillstream is cutting 40% of its workforce", "bills would be lower than they were": the subject before
            // the pronoun is what it stands for.
            // Not "Not one of its jumpers", where no word before names anything; not "The woman was one of its knitters":
            // a person is no "it".
            boolean subjectBefore = p.group(1).equals("its") && before.matches("(?s)^\\s*\\p{Lu}\\S*\\s+\\S.*")
                    && !before.strip().matches("(?i)(?:(?:" + FUNCTION_WORDS + ")\\b\\s*)+")
                    && !before.matches("(?is)^\\s*(?:the|a|an)\\s+(?:\\p{L}+\\s+)?" + Readable.PERSON_NOUNS + "\\b.*")
                    || p.group(1).matches("they|them|their") && Readable.PLURAL_NOUN.matcher(before).find();
            if (subjectBefore) {
                continue;
            }
            // "A team leader, who asked us not to print her name, said she …": a person described before is who she is.
            boolean personBefore = !thing && PERSON_DESCRIBED.matcher(before).find();
            if (thing ? !THING_BEFORE.matcher(before).find() : !hasNameBefore(context, at) && !personBefore) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern PERSON_DESCRIBED = Pattern.compile("(?i)\\b(?:a|an|the|one|our|their|its)\\s+(?:[\\p{L}-]+\\s+){0,2}?"
            + Readable.PERSON_NOUNS + "\\b");

    /** A capitalised word (not the sentence's first word unless it is a name) before the position. */
    private static boolean hasNameBefore(String t, int position) {
        String before = t.substring(0, position);
        String[] words = before.split("\\s+");
        for (int i = 0; i < words.length; i++) {
            String w = words[i].replaceAll("^[\u201c\u2018\"'(]+", "");
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0)) && (i > 0 || startsWithName(t)) && !w.equals("I")) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWithName(String t) {
        String[] w = t.split("\\s+");
        // "Denise Farrant had …", "FreshWay had …": two capitalised words, or capitals inside the first word.
        return w.length > 1 && Character.isUpperCase(w[0].charAt(0)) && (Character.isUpperCase(w[1].charAt(0))
                || w[0].chars().skip(1).anyMatch(Character::isUpperCase));
    }

    /**
     * A source a learner can read as one: not a clause ("the account … has allegedly shared …"),
     * nothing pointing back, not the newsroom speaking of itself ("our verification team").
     */
    static boolean readableSource(String speaker) {
        String t = plain(speaker);
        String[] w = t.split("\\s+");
        // "short of the $331 million analysts": a phrase cut out of the sentence, not a name or a description.
        boolean startsLikeSource = Character.isUpperCase(t.isEmpty() ? 'a' : t.charAt(0)) || SOURCE_START.matcher(w[0]).matches()
                || w[0].matches("(?i)\\p{L}+s|people|police|staff") || w.length > 1 && w[1].matches("(?i)\\p{L}+s|people|police|staff");
        String first = w[0].toLowerCase(Locale.ROOT).replaceAll("\\p{Punct}+$", "");
        // "Long-time drinker\"": a label cut at a quotation mark is a piece of the sentence, not a source (review20).
        if (!startsLikeSource || BAD_STARTS.contains(first) || first.matches("short|more|less|up|down|just|only") || t.matches(".*[$\u00a3\u20ac%].*")
                || t.matches(".*[\"\u201c\u201d].*")) {
            return false;
        }
        return Phrasing.words(t) <= 10 && !hasMainVerb(t) && !pointsBack(t) && !t.matches("(?i).*\\b(he|she|it|they|him|her|his|its|their|them)\\b.*")
                && !t.matches("(?i)^(?:our|we|this newspaper|this publication|the own)\\b.*");
    }

    /**
     * A he, she, him or her that may not mean the person the text opens with: "Marlow Marine
     * Laboratory would name its field station after her". Only a text that starts with a person's
     * name ({@code people}) may use them.
     */
    static boolean strayPersonal(String text, java.util.Collection<String> people) {
        String t = plain(text);
        if (!t.matches("(?is).*\\b(he|she|him|his|her|hers)\\b.*")) {
            return false;
        }
        String first = t.split("[\\s,']+")[0];
        for (String person : people) {
            for (String word : person.split("[\\s]+")) {
                if (word.length() > 2 && Character.isUpperCase(word.charAt(0)) && (first.equals(word) || t.startsWith(person))) {
                    return false;
                }
            }
        }
        return true;
    }

    /** A transitive verb cut from its object: "it will make, including …". */
    static boolean missingObject(String text) {
        return MISSING_OBJECT.matcher(plain(text)).find();
    }

    /** A first-person quote ("We verified the memo") is a claim of another kind than reported claims. */
    static boolean firstPerson(String text) {
        return plain(text).matches("(?i).*\\b(i|i'm|i've|i'd|i'll|we|we're|we've|we'll|us|our|ours|my|me)\\b.*");
    }

    /** The text with every quoted span blanked out, so positions stay the same. */
    private static String blankQuotes(String t) {
        StringBuilder b = new StringBuilder(t);
        Matcher m = QUOTED_SPAN.matcher(t);
        while (m.find()) {
            for (int i = m.start(); i < m.end(); i++) {
                b.setCharAt(i, ' ');
            }
        }
        return b.toString();
    }

    private static final Pattern QUOTED_SPAN = Pattern.compile("\u201c[^\u201d]*\u201d|\"[^\"]*\"");

    private static String plain(String text) {
        return Phrasing.clean(text == null ? "" : text).replaceAll("^[\u201c\u2018\"']+", "");
    }

    private static final Pattern NEGATION = Pattern.compile("(?i)\\b(?:not|never|no|nothing|nobody|none|neither|nor)\\b|n['\u2019]t\\b");

    /** Whether the clause says that something is not so ("there was no leak", "it had never …"). */
    static boolean negated(String clause) {
        return NEGATION.matcher(clause).find();
    }
}
