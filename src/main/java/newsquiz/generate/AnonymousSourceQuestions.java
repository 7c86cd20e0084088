package newsquiz.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import newsquiz.analysis.ClaimLabel;
import newsquiz.analysis.Stance;
import newsquiz.quiz.Difficulty;
import newsquiz.quiz.QuestionType;
import newsquiz.quiz.Skill;

/** Which claim rests on an unnamed source, and why that calls for care. */
final class AnonymousSourceQuestions implements QuestionFamily {
    @Override
    public List<Candidate> propose(Facts facts) {
        List<Candidate> out = new ArrayList<>();
        // Asked of every statement once per unnamed claim: worked out once each.
        java.util.Map<Statement, Boolean> passedOn = new java.util.IdentityHashMap<>();
        for (Statement s : facts.statements) {
            if (!unnamed(facts, s) || s.attribution().cue().startsWith("(")) {
                continue;
            }
            if (!citesUnnamed(s)) {
                unnamedSpeaker(facts, s, out);
            }
            if (!facts.isStandalone(s)) {
                continue;
            }
            // What someone denied was very often what the unnamed source said: never a wrong answer here.
            List<String> wrong = Distractors.claims(facts, s.claim(), o -> !o.attribution().anonymous()
                    && o.attribution().stance() != Stance.DENY
                    && o.attribution().sourceType() != newsquiz.analysis.SourceType.UNKNOWN
                    && !passedOn.computeIfAbsent(o, x -> unnamedBehind(facts, x)), 3);
            if (wrong.size() >= 2) {
                String cited = citedUnnamed(facts, s);
                String who = AttributionQuestions.speakerInSentence(s.speaker(), facts);
                // "There are also concerns that …": concerns, reports and rumours are no one, so the sentence says whose they are not.
                String unsaid = NO_ONE.matcher(s.speaker()).find()
                        ? "The article gives it only as \u201c" + Phrasing.lowerFirst(who, facts) + "\u201d and never says whose they are."
                        : "The claim comes from " + who + ", and the article does not say who that is.";
                String explanation = "The article says: " + Explain.quote(s.evidence()) + " " + (cited != null ? cited : unsaid);
                out.add(new Candidate("anonymous_source", Skill.SOURCE_EVALUATION, QuestionType.SINGLE_CHOICE, Difficulty.MEDIUM,
                        "Which of these claims comes from a source the article does not name?", s.claim(), wrong, explanation,
                        // ("who would talk only if her name was kept out of it": kept back on purpose, however the sentence says so.)
                        s.sentences(), "anon:" + s.index(), keptBack(facts, s) ? 90 : 55));
            }
            why(facts, s, out);
        }
        // A crowd ("Several students") is asked about only when no source kept back on purpose is: beside one, it would be
        // a second unnamed-source question on weaker ground.
        if (out.stream().anyMatch(c -> c.priority() > LAST_RESORT)) {
            out.removeIf(c -> c.priority() == LAST_RESORT);
        }
        if (out.isEmpty()) {
            // With no source kept back on purpose, a spokesperson the article does not name is still the unnamed voice
            // ("a spokesman for the office"), but not "a spokesman for Northbridge Building Society" or "an agency
            // spokesperson": the body is named in the same breath, so a reader knows who speaks.
            facts.statements.stream().filter(s -> s.attribution().anonymous() && UNNAMED_VOICE.matcher(s.speaker()).matches()
                    && !BODY_GIVEN.matcher(s.speaker()).find() && !s.attribution().cue().startsWith("("))
                    .findFirst().ifPresent(s -> unnamedSpeaker(facts, s, out));
        }
        return out;
    }

    private static final int LAST_RESORT = 5;

    /**
     * "Some readers", "Analysts", "Members on the evening shift", "Two Sunday newspapers": a crowd, not one source kept back,
     * and its form stands out among named people.
     */
    private static final java.util.regex.Pattern VAGUE_CROWD = java.util.regex.Pattern.compile(
            "(?i)^(?:(?:some|several|many|most|a few|other|various|numerous)\\s+.*"
            + "|(?:(?:two|three|four|five|six|\\d+)\\s+)?(?:\\p{L}+\\s+)?\\p{L}+[^s\\W]s(?:\\s+(?:on|at|in|from|who|with)\\s.*)?)$");
    private static final java.util.regex.Pattern UNNAMED_VOICE = java.util.regex.Pattern.compile(
            "(?i)^an?\\s+(?:\\p{L}+\\s+)?(?:spokes(?:man|woman|person)|official|representative)\\b.*");

    private static final Pattern BODY_GIVEN = Pattern.compile("^(?i:an?)\\s+\\p{L}+\\s+(?i:spokes|official|repr)"
            + "|\\b(?:for|at|of|from)\\s+(?:the\\s+)?\\p{Lu}|\\p{Lu}\\S*['\u2019]s\\b");

    /** An indefinite description in the story's opening sentences, with a named person introduced just after it. */
    static boolean namedSoonAfter(Facts facts, Statement s) {
        // "A voice message shared on WhatsApp" is no person the story goes on to name.
        if (s.sentence() > 2 || !s.speaker().matches("(?i)^an?\\s.*") || Facts.documentLike(s.speaker())) {
            return false;
        }
        for (Statement o : facts.statements) {
            Facts.SpeakerInfo info = facts.speakers.get(o.speaker());
            if (o.sentence() > s.sentence() && o.sentence() <= s.sentence() + 3 && info != null && !info.anonymous()
                    && info.type() == newsquiz.analysis.SourceType.PERSON) {
                return true;
            }
        }
        // "… the next morning a farmer found a black stone" and, pages on, "Ruth Pennick, who farms 120 hectares": the
        // lede's farmer is named once the story gets to her.
        String noun = s.speaker().replaceFirst("(?i)^an?\\s+", "").toLowerCase(java.util.Locale.ROOT);
        if (noun.matches("\\p{L}{4,}")) {
            String stem = noun.replaceFirst("(?:er|or|ist|ian)$", "");
            for (Statement o : facts.statements) {
                Facts.SpeakerInfo info = facts.speakers.get(o.speaker());
                if (o.sentence() > s.sentence() && info != null && !info.anonymous() && info.type() == newsquiz.analysis.SourceType.PERSON
                        && facts.introducedWith(o.speaker(), stem)) {
                    return true;
                }
            }
        }
        // The named person may first appear in a sentence that reports no speech: "Martin Okafor-Reyes, 54, is charged …".
        for (int i = s.sentence() + 1; i <= s.sentence() + 2 && i < facts.analysis.article().sentences().size(); i++) {
            if (facts.sentence(i).text().matches("^\\p{Lu}\\p{L}+(?:[ -]\\p{Lu}[\\p{L}-]+)+,\\s+\\d{1,3},.*")) {
                return true;
            }
        }
        return false;
    }

    /** Words with which a source is introduced as unnamed: "a source", "people familiar with the talks". */
    private static final java.util.regex.Pattern HIDDEN = java.util.regex.Pattern.compile("(?i)\\b(anonymity|anonymous|unnamed|"
            + "sources?|familiar with|insiders?|briefed|knowledge of|close to)\\b");
    /** What a sentence says when it keeps a name back on purpose. */
    private static final java.util.regex.Pattern WITHHELD = java.util.regex.Pattern.compile("(?i)\\b(anonymity|anonymous|"
            + "not to be (named|identified)|can(not|['\u2019]t) be (named|identified)|for legal reasons|(want|wish|like)(s|ed)? to be (named|identified)|want(s|ed)? (his|her|their) names? (used|printed|published|given)|declined to be (named|identified)|"
            + "not to (use|give|print|publish) (his|her|their) names?|not to name (him|her|them)|without (a|his|her|their) names?|"
            + "withh(o|e)ld|not (give|use) (his|her|their) names?|names? (was|were|is|be) not (published|used|given|printed)|"
            + "not authori[sz]ed to (speak|comment|talk|discuss)|not (cleared|allowed|permitted) to (speak|comment|talk|discuss)|"
            + "speaking privately|spoke privately|off the record|on background|names? (be|was|were|is) (left out|kept out)|(did|does|would|could) not (name|identify)|(was|were|is) not named|,\\s*unnamed(?=\\s*,)|if not (?:named|identified)|on condition that [^.]{0,40}\\bnot (?:be )?(named|identified|used|given))\\b");
    /** Words that tie an unnamed speaker to a body: "a company spokesperson", "fire officials", "economists at Hollin Bank". */
    private static final java.util.regex.Pattern TIED = java.util.regex.Pattern.compile("(?i)\\b(spokes(man|woman|person|people)|"
            + "representatives?|company|firm|department|ministry|agency|council|police|fire|hospital|school|university|club|league|"
            + "union|government|authority|office|service)\\b|\\b(at|for|of|from)\\s+(the\\s+)?\\p{Lu}|\\p{Lu}\\S*['\u2019]s\\b");
    private static final java.util.regex.Pattern INSIDER = java.util.regex.Pattern.compile("(?i)^an?\\s+(?:former\\s+|\\p{L}+\\s+){0,3}?"
            + "(?:former|mechanic|analyst|engineer|worker|employee|plasterer|nurse|driver|insider|whistleblower|technician|"
            + "cleaner|labourer|builder|operative|clerk|assistant|member of staff|staff member"
            // "According to a person who sits on the university's ethics committee": someone inside, not its voice.
            + "|person|member)\\b");
    /** "Several", "one of them", "the resident": words that only make sense next to the sentence before. */
    private static final java.util.regex.Pattern VAGUE = java.util.regex.Pattern.compile(
            "(?i)^(the\\s.*|another\\s.*|(several|some|many|most|others?|one|two|three|both|all)(\\s+of\\s+(them|those|these|his|her|their)\\b.*)?)$");

    /**
     * A source the article really leaves unnamed: it says so ("who asked not to be named", "a
     * source", "people familiar with"), or it is someone no named body stands behind ("a
     * long-serving volunteer", "witnesses"). A company's spokesperson, fire officials or
     * economists at a named bank speak for someone the article names.
     */
    static boolean unnamed(Facts facts, Statement s) {
        // "A woman who would not give her name": a pronoun inside the speaker's own relative clause is that speaker.
        if (!s.attribution().anonymous() || Readable.personal(s.speaker().replaceFirst("\\s+who\\s.*$", ""))) {
            return false;
        }
        if (citesUnnamed(s)) {
            return true;
        }
        if (VAGUE.matcher(s.speaker()).matches()) {
            return introducedAsWithheld(facts, s);
        }
        if (namedInApposition(s)) {
            return false;
        }
        String who = s.speaker() + " " + (s.attribution().mention() == null ? "" : s.attribution().mention()) + " "
                + s.attribution().description();
        if (HIDDEN.matcher(who).find() || WITHHELD.matcher(String.join(" ", s.evidence())).find() || withheldNext(facts, s)) {
            return true;
        }
        // "A Voltra mechanic", "a former quality manager at Lilypad": staff who talk out of turn do not speak for the firm.
        boolean tied = !INSIDER.matcher(s.speaker()).find() && (TIED.matcher(who).find()
                || facts.speakers.keySet().stream().anyMatch(n -> !n.equals(s.speaker()) && facts.mayBeSameNamed(n, s.speaker())));
        // "A Delmont pharmacist accused of …" opening the story is named in the next sentences: news leads name people
        // late, not never.
        return !tied && !namedSoonAfter(facts, s);
    }

    /** "A solicitor who specialises in licensing law, Deborah Ramsbury-Akande, said …": the name follows the description. */
    private static boolean namedInApposition(Statement s) {
        // "… for Castlegate's repairs contractor, Brightwell Maintenance, and who asked us not to name him": the name is
        // the firm's, and the speaker's is kept back.
        return !WITHHELD.matcher(String.join(" ", s.evidence())).find() && Pattern.compile(Pattern.quote(s.speaker()) + ",\\s+\\p{Lu}\\p{L}+(?:[ -]\\p{Lu}[\\p{L}'\u2019-]+)+,")
                .matcher(String.join(" ", s.evidence())).find();
    }

    /** "… a man who said he had worked as a warden. He asked us not to use his name …": the next sentence keeps it back. */
    private static boolean withheldNext(Facts facts, Statement s) {
        // The name is kept back once, where the speaker first speaks, and stays kept back for what they say after.
        Statement first = facts.statements.stream().filter(o -> o.speaker().equals(s.speaker())).findFirst().orElse(s);
        if (first != s && (WITHHELD.matcher(String.join(" ", first.evidence())).find() || withheldNext(facts, first))) {
            return true;
        }
        String text = sentenceAfter(facts, s);
        if (text.matches("(?s)^(?:He|She|They)\\s.*") && WITHHELD.matcher(text).find()) {
            return true;
        }
        // "One of the contractors, who spoke to FactLine on condition that his name was not published, backed that up. “We
        // get a day rate,” he said.": the sentence that brings the speaker in, just before the first words, keeps it back.
        int opening = first.sentences().isEmpty() ? first.sentence() : first.sentences().get(0);
        if (opening == 0) {
            return false;
        }
        String before = facts.sentence(opening - 1).text();
        return before.toLowerCase(java.util.Locale.ROOT).contains(first.speaker().toLowerCase(java.util.Locale.ROOT))
                && WITHHELD.matcher(before).find();
    }

    /** "citing a member of the commission it did not name", "her information came from a merchant": someone unnamed behind. */
    private static final Pattern UNNAMED_BEHIND = Pattern.compile("(?i)\\b(?:did|does|do|would|will)\\s+not\\s+(?:name|identify)\\b"
            + "|\\bciting\\b|\\b(?:came|comes|come)\\s+from\\s+an?\\s");

    /**
     * A named source passing on what someone unnamed told it: the newspaper "quoted an engineer …, but did not name him", the
     * writer's information "came from a merchant". Such a claim also comes from a source the article does not name, so it
     * is no wrong answer to "which claim does".
     */
    private static boolean unnamedBehind(Facts facts, Statement o) {
        String surname = o.speaker().replaceFirst("^.*\\s", "");
        int last = o.sentences().get(o.sentences().size() - 1);
        for (int i = o.sentence(); i <= last + 4 && i < facts.analysis.article().sentences().size(); i++) {
            String text = facts.sentence(i).text();
            if (i <= last ? UNNAMED_BEHIND.matcher(text).find() || WITHHELD.matcher(text).find()
                    : UNNAMED_BEHIND.matcher(text).find() && (text.contains(surname) || i == last + 1 && OUTLET_AGAIN.matcher(text).find())) {
                return true;
            }
        }
        return false;
    }

    /** "The newspaper quoted an engineer …": the outlet just quoted, named again by what it is. */
    private static final Pattern OUTLET_AGAIN = Pattern.compile(
            "^(?:The|the)\\s+(?:paper|newspaper|daily|weekly|site|website|station|programme|program|magazine|newsletter|broadcaster)\\b");

    /** The sentence after the statement's last one, or "" at the end of the article. */
    private static String sentenceAfter(Facts facts, Statement s) {
        int next = s.sentences().get(s.sentences().size() - 1) + 1;
        return next < facts.analysis.article().sentences().size() ? facts.sentence(next).text() : "";
    }

    private static final java.util.regex.Pattern DEFINITE_ONE_WORD = java.util.regex.Pattern.compile("(?i)^the\\s+(\\p{L}+)$");

    /**
     * "According to the official, …" after "Quoting an official at the bank who asked not to be named, …": the definite
     * description points back at someone the article has just said it will not name.
     */
    private static boolean introducedAsWithheld(Facts facts, Statement s) {
        java.util.regex.Matcher the = DEFINITE_ONE_WORD.matcher(s.speaker());
        if (!the.matches()) {
            return false;
        }
        java.util.regex.Pattern introduced = java.util.regex.Pattern.compile("(?i)\\ban?\\s+(?:\\p{L}+\\s+)?" + java.util.regex.Pattern.quote(the.group(1)) + "\\b");
        for (int i = Math.max(0, s.sentence() - 4); i < s.sentence(); i++) {
            String text = facts.sentence(i).text();
            if (introduced.matcher(text).find() && WITHHELD.matcher(text).find()) {
                return true;
            }
        }
        return false;
    }

    /** "a source in Russia", "officials who spoke on condition of anonymity": the article says outright that it hides the name. */
    private static boolean clearlyUnnamed(Statement s) {
        if (citesUnnamed(s)) {
            return true;
        }
        String who = (s.speaker() + " " + s.attribution().mention()).toLowerCase(java.util.Locale.ROOT);
        return who.matches(".*\\b(source|sources|anonymity|anonymous|unnamed|familiar|person|insider|official|officials|employees|aides|worker|workers"
                + "|not to be named|declined to be named|not be identified|not to name (?:him|her|them))\\b.*");
    }

    /** An outlet's report "citing three people briefed on the talks": the outlet is named, the people it rests on are not. */
    private static boolean citesUnnamed(Statement s) {
        return s.attribution().anonymous() && (s.attribution().sourceType() == newsquiz.analysis.SourceType.OUTLET
                || Facts.reportByWhereItRan(s.speaker()));
    }

    /** "The Bellwether reported it, citing three people briefed on the discussions, …", or null for any other source. */
    private static String citedUnnamed(Facts facts, Statement s) {
        String cited = citesUnnamed(s) ? newsquiz.analysis.CitedSources.unnamedCited(facts.sentence(s.sentence()).text()) : null;
        return cited != null ? Phrasing.capitalise(AttributionQuestions.speakerInSentence(s.speaker(), facts))
                + " reported it, citing " + cited + ", and the article does not name them." : null;
    }

    /** Words for talk that no one is named as having said. */
    private static final java.util.regex.Pattern NO_ONE = java.util.regex.Pattern.compile(
            "(?i)^(?:there are\\s+)?(?:also\\s+)?(?:\\p{L}+\\s+){0,2}(?:concerns|fears|worries|reports|rumou?rs|claims|suggestions|speculation|talk|word)\\b");

    /**
     * "Scientists have also described the telescope's potential …, with … laboratory director Peng Bo saying …": the person
     * the same sentence names as the group's voice, or null.
     */
    private static String memberNamedIn(Facts facts, Statement s) {
        return facts.statements.stream().filter(o -> o != s && o.sentence() == s.sentence() && !o.attribution().anonymous()
                && o.attribution().sourceType() == newsquiz.analysis.SourceType.PERSON && "saying".equalsIgnoreCase(o.attribution().cue())
                && facts.sentence(s.sentence()).text().matches("(?s).*,\\s+with\\s.*")).map(Statement::speaker).findFirst().orElse(null);
    }

    /** "Which of these sources does the article not name?" — the named speakers are the wrong answers. */
    private void unnamedSpeaker(Facts facts, Statement s, List<Candidate> out) {
        // "An internal review seen by the Wessex Gazette" is a document, not a source "quoted" among people.
        // "Some readers", "Several posts on X": no one kept back on purpose, and a group among named people stands out.
        // "A plotholder who asked me not to print his name" is, among named people, "A plotholder": the clause that keeps
        // the name back is why the question is asked, not part of the answer.
        String shown = s.speaker().replaceFirst(",?\\s+who\\s+(?:asked|did not want|declined|spoke)\\b.*$", "");
        if (Phrasing.words(shown) > 9 && shown.matches("(?i)(?:a|an|one)\\s+\\p{L}+(?:\\s+\\p{L}+)?\\s+who\\s.*") && keptBack(facts, s)) {
            // "A forestry worker who was on the site that week[, and who spoke on condition of anonymity]": too long to stand
            // among names, so "A forestry worker"; the clause only places the worker.
            shown = shown.replaceFirst("\\s+who\\s.*$", "");
        }
        if (shown.matches("(?i)(?:a|an|one)\\s+(?:person|member|someone)")) {
            // "A person who sits on the ethics committee" cut to "A person" is no one a reader could pick out.
            return;
        }
        if (Phrasing.words(shown) > 9 || Facts.documentLike(s.speaker())
                || s.speaker().matches("(?i).*\\b(?:posts?|messages?|comments?|videos?|tweets?)\\b.*") || Facts.hearsay(s.speaker())) {
            return;
        }
        // Named people are shown with their names: a named person given only by role ("The site director") looks as
        // unnamed as the key, so a reader could defend either (review of eval-blind17). Five, for the quality filter to
        // leave out any that share a word with the key ("Council Member Rosa Diaz" beside "a council aide").
        List<String> named = new ArrayList<>();
        List<String> people = new ArrayList<>();
        Set<String> keyWords = Distractors.contentWords(shown);
        String voice = memberNamedIn(facts, s);
        for (Facts.SpeakerInfo info : facts.speakers.values()) {
            if (voice != null && facts.mayBeSame(info.name(), voice)) {
                // One of the scientists is no wrong answer to "which source is not named" beside "Scientists".
                continue;
            }
            // "Cllr Varnam" beside "Cllr Hesketh Varnam" is one councillor twice.
            if (info.anonymous() || info.type() != newsquiz.analysis.SourceType.PERSON || facts.mayBeSame(info.name(), s.speaker())
                    || named.size() >= 5 || people.stream().anyMatch(p -> facts.mayBeSame(p, info.name()))) {
                continue;
            }
            if (info.descriptions().stream().anyMatch(d -> Distractors.contentWords(d).stream().anyMatch(keyWords::contains))) {
                // "A driver for the council's waste contractor" beside Osmer Tuckerby, the council's finance director: both
                // work for the council, and a reader may take one for the other.
                continue;
            }
            people.add(info.name());
            String role = info.descriptions().isEmpty() ? null : Descriptions.asChoice(info.descriptions().get(0), facts);
            String both = role == null ? info.name() : role + " " + info.name();
            named.add(Phrasing.words(both) <= 5 ? both : info.name());
        }
        if (named.size() < 2) {
            return;
        }
        String explanation = "The article says: " + Explain.quote(s.evidence()) + (voice != null
                // "Scientists have also described …, with … director Peng Bo saying …": the group is unnamed, its one voice is not.
                ? " It names none of the " + Phrasing.lowerFirst(AttributionQuestions.speakerInSentence(s.speaker(), facts), facts)
                        + " as a group; only " + voice + ", whose own words it quotes after them, is named."
                : " It never gives a name for " + AttributionQuestions.speakerInSentence(s.speaker(), facts)
                        + ", while the other sources are named people.");
        out.add(new Candidate("anonymous_source", Skill.SOURCE_EVALUATION, QuestionType.SINGLE_CHOICE, Difficulty.EASY,
                "Which of these sources does the article not name?", shown, named, explanation,
                // Below "Why should a careful reader treat this claim with extra care?": among named people the one description
                // stands out by its form, whatever the article says (reviews of eval-blind60 and 61: five of five set aside).
                s.sentences(), "anon-who:" + s.speaker(), lastResort(facts, s) ? LAST_RESORT : keptBack(facts, s) ? 28 : 25));
    }

    /**
     * "Some readers", or "An agency spokesperson" who speaks for a body the article names: neither is
     * a source kept back on purpose, so either is asked only when no other unnamed source is.
     */
    private static boolean lastResort(Facts facts, Statement s) {
        // "Two growers, who spoke on condition that their farms not be identified": a crowd kept back on purpose.
        return !keptBack(facts, s) && (VAGUE_CROWD.matcher(s.speaker()).matches() || UNNAMED_VOICE.matcher(s.speaker()).matches());
    }

    /** "A trader, who asked not to be named", "a source close to the board": a name kept back on purpose. */
    private static boolean keptBack(Facts facts, Statement s) {
        return clearlyUnnamed(s) || WITHHELD.matcher(String.join(" ", s.evidence())).find() || withheldNext(facts, s);
    }

    private static final Pattern FALSE_VERDICT = Pattern.compile(
            "(?i)\\b(?:was|is|are|were)\\s+(?:false|untrue|wrong|not true|incorrect|fake|made up)\\b");

    /**
     * "Editor's note: The claim in posts … that the scooter was a hire vehicle was false": a verdict the analysis did not tie
     * to the claim still makes "The article itself says it is false" a right answer, so it is never offered as a wrong one.
     */
    private static boolean verdictInArticleVoice(Facts facts, Statement s) {
        // A correction at the foot ("Editor's note: …") is kept out of the body, but it is the article's own word too.
        java.util.stream.Stream<String> corrections = facts.analysis.article().noise().stream()
                .filter(n -> n.kind() == newsquiz.article.NoiseLine.Kind.CORRECTION).map(newsquiz.article.NoiseLine::text);
        java.util.stream.Stream<String> others = facts.analysis.article().sentences().stream().filter(o -> o.index() != s.sentence())
                .map(newsquiz.article.Sentence::text);
        return java.util.stream.Stream.concat(others, corrections).anyMatch(text -> FALSE_VERDICT.matcher(text).find()
                && about(text, s) && !SOMEONE_SAYS.matcher(text).find()) || contradictedNext(facts, s);
    }

    /** "It was not: the breed record, 61,000gns, …", "He had: he was second …": the next sentence answers the claim. */
    private static final Pattern CONTRADICTS = Pattern.compile(
            "^(?:It|That|This|He|She|They|There)\\s+(?:was|is|were|are|had|has|have|did|does|do)(?:\\s+not|n['\u2019]t)?\\s*[:;\u2014\u2013]");

    private static boolean contradictedNext(Facts facts, Statement s) {
        return CONTRADICTS.matcher(sentenceAfter(facts, s)).find();
    }

    /** A verdict someone in the story gives is theirs, not the article's. */
    private static final Pattern SOMEONE_SAYS = Pattern.compile("(?i)\\b(?:said|says|told|tells|according to|insisted|added|"
            + "denied|denies|rejected|rejects)\\b|[\u201c\u201d\"]");

    /** Whether a verdict is about the statement: most of its words, or its source and two of its words. */
    private static boolean about(String verdict, Statement s) {
        if (Distractors.similar(verdict, s.claim())) {
            return true;
        }
        return Distractors.sharedWith(Distractors.contentWords(verdict), s.claim()) >= 2 && verdict.toLowerCase(Locale.ROOT).contains(s.speaker().toLowerCase(Locale.ROOT));
    }

    /** A denial by someone else within four sentences that shares two words of the claim, or null. */
    private static Statement answeredSoon(Facts facts, Statement s) {
        Set<String> words = Distractors.contentWords(s.claim());
        return facts.statements.stream().filter(o -> o.attribution().stance() == Stance.DENY && o.sentence() > s.sentence()
                && o.sentence() <= s.sentence() + 4 && !o.speaker().equals(s.speaker())
                && Distractors.sharedWith(words, String.join(" ", o.evidence())) >= 2).findFirst().orElse(null);
    }

    /** "Why should a careful reader treat this claim with care?" — the reasons that do not apply are the wrong answers. */
    private void why(Facts facts, Statement s, List<Candidate> out) {
        List<String> wrong = new ArrayList<>();
        boolean denied = facts.statements.stream().anyMatch(o -> o.attribution().stance() == Stance.DENY && o.sentence() > s.sentence()
                && o.sentence() <= s.sentence() + 4);
        boolean labelled = facts.analysis.labels().stream().anyMatch((ClaimLabel l) -> l.claimSentence() == s.sentence())
                || verdictInArticleVoice(facts, s);
        if (!denied) {
            wrong.add("The person who made it later took it back");
        }
        if (!labelled) {
            wrong.add("The article itself says it is false");
        }
        // "An eruption was “hours away”" is a guess about the future too.
        if (s.attribution().stance() != Stance.PREDICT && !s.claim().matches("(?i).*\\b(may|might|could|will|would|likely|expect\\w*|imminent|soon|about to|(?:minutes|hours|days|weeks) away)\\b.*")) {
            // ("had been sent to a marina instead": told in the past, it is plainly no guess about the future, and a reader rules
            // that out unread; that it is the writer's own view is ruled out only by reading who said it: review67 UND q03.)
            wrong.add(PAST.matcher(s.claim()).find() ? WRITERS_OPINION : "It is only a guess about the future");
        }
        if (wrong.size() < 2 && !wrong.contains(WRITERS_OPINION)) {
            // ("Officers would be paid a bonus …", denied soon after: it is neither taken back nor called false by the article,
            // and may be a guess about the future; that it is the writer's own view is still plainly wrong, for someone said it.)
            wrong.add(WRITERS_OPINION);
        }
        if (wrong.size() < 2) {
            return;
        }
        String claim = Phrasing.capitalise(Phrasing.wholeClauses(Phrasing.unquote(s.claim()), 20).replaceFirst("^(?i)that\\s+", ""));
        // "The coming one was likely to be smaller": shown alone, the claim must say what it is about.
        if (Readable.unresolvedThem(claim) || Readable.unresolvedPersonal(claim) || ClauseCheck.pointsBack(claim)) {
            return;
        }
        // Quotation marks inside the quoted claim become single ones, as in any quotation within a quotation. A claim the
        // article words otherwise ("Parents say they got …" told as "Parents got …") is reported, not quoted.
        // ("… ‘in the high hundreds.’" already ends its sentence.) Words the article reports in its own voice ("told the
        // Advertiser that councillors had leaned on officers …") are no quotation, though printed word for word (review78).
        String stop = claim.matches("(?s).*[.!?][\u2019'\"\u201d]?$") ? "" : ".";
        String prompt = facts.saysVerbatim(claim) && s.attribution().quoted() ? "The article reports: \u201c" + quotedWithin(claim)
                + stop + "\u201d Why should a careful reader treat this claim with extra care?"
                : "The article reports that " + Phrasing.lowerFirst(claim, facts) + ". Why should a careful reader treat this claim with extra care?";
        String cited = citedUnnamed(facts, s);
        String explanation = cited != null ? cited + " So readers cannot check who said it or how they know."
                : NO_ONE.matcher(s.speaker()).find()
                ? "The article gives it only as \u201c" + Phrasing.lowerFirst(AttributionQuestions.speakerInSentence(s.speaker(), facts), facts)
                        + "\u201d, without saying whose, so readers cannot check who said it or how they know."
                : "The claim comes from " + AttributionQuestions.speakerInSentence(s.speaker(), facts)
                + ". The article does not name the source, so readers cannot check who said it or how they know.";
        Statement answer = answeredSoon(facts, s);
        if (answer != null) {
            // Reviewers: the explanation should say the claim is contested, not only that its source is unnamed (review31).
            explanation += " It is also disputed: " + Explain.quote(answer.evidence());
        }
        out.add(new Candidate("anonymous_source", Skill.SOURCE_EVALUATION, QuestionType.SINGLE_CHOICE, Difficulty.HARD, prompt,
                "It comes from a source the article does not name", wrong, explanation, s.sentences(), "anon-why:" + s.index(),
                clearlyUnnamed(s) ? 50 : 30));
    }

    private static final String WRITERS_OPINION = "It is only the writer's own opinion";
    private static final Pattern PAST = Pattern.compile("(?i)\\b(?:had|was|were|did)\\b");

    /** Quotation marks inside a quoted claim as single ones, curly or straight ("had been “waiting…”" → ‘waiting…’). */
    private static String quotedWithin(String claim) {
        StringBuilder out = new StringBuilder();
        boolean open = false;
        for (char c : claim.replace('\u201c', '\u2018').replace('\u201d', '\u2019').toCharArray()) {
            if (c == '"') {
                out.append(open ? '\u2019' : '\u2018');
                open = !open;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
