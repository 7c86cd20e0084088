package newsquiz.generate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import newsquiz.quiz.Skill;

/**
 * Chooses which candidates make the quiz: every family the article supports, a denial question
 * for each denial, at least 40 % source evaluation, no fact tested twice, then ordered by where
 * the evidence sits in the article.
 */
final class Blueprint {
    /** Families in the order they are guaranteed a place, with how many questions each may take. */
    private static final Map<String, Integer> LIMITS = new LinkedHashMap<>();

    static {
        LIMITS.put("denial", 6);
        LIMITS.put("anonymous_source", 2);
        LIMITS.put("labelled_false", 2);
        LIMITS.put("relay", 2);
        LIMITS.put("source_description", 3);
        LIMITS.put("hedge", 4);
        LIMITS.put("fact_opinion", 2);
        LIMITS.put("loaded_language", 1);
        LIMITS.put("attribution", 6);
        LIMITS.put("number", 4);
        LIMITS.put("cause_effect", 2);
        LIMITS.put("true_false_not_given", 5);
    }

    /**
     * Families in the order the rest of the quiz is filled from, most trustworthy first, as reviewers rated them on
     * articles nobody had tuned on (eval-blind9 to eval-blind11 pooled, see docs/quiz-quality.md): hedge 100 %, number
     * 83 %, true/false/not given 82 %, source description 80 %, denial 68 %, attribution 61 %, labelled false 57 %,
     * unnamed source 41 %, relay 32 %, fact or opinion 0 of 2. Families too rare to measure come after attribution.
     * Every family the article supports still gets its place first.
     */
    private static final List<String> TRUST = List.of("hedge", "number", "true_false_not_given", "source_description", "denial",
            "attribution", "cause_effect", "loaded_language", "labelled_false", "anonymous_source", "relay", "fact_opinion");

    private static int trust(Candidate c) {
        int at = TRUST.indexOf(c.focus());
        return at < 0 ? TRUST.size() : at;
    }

    private Blueprint() {}

    /** Questions for an article of {@code words} words: the count asked for, fewer for short articles. */
    static int target(int words, int count) {
        if (words >= 600) {
            return count;
        }
        return Math.max(5, Math.min(count, words / 40 + 3));
    }

    /** Whether a question may be asked on a sentence another question already uses. */
    private enum Sharing { NONE, OTHER_STATEMENTS, SAME_STATEMENT, ANY }

    /** The length the issue asks for: 15 questions from 600 words and one per 40 words below (see {@link #target}). */
    private static int required(int target) {
        return Math.min(target, target >= QuizGenerator.DEFAULT_COUNT ? target - 5 : target - 3);
    }

    /** One more than {@link #required}, where a question on a sentence another uses still shows no other's answer. */
    private static int minimum(int target) {
        return Math.min(target, required(target) + 1);
    }

    /** The most denial questions a quiz takes while giving each denial its own: beyond the family's usual share. */
    private static final int DENIALS_COVERED = 8;

    static List<Candidate> choose(List<Candidate> candidates, int target) {
        return choose(candidates, target, statement -> statement);
    }

    /** {@code speakerOf} tells who made a statement, so that every denier is asked about before anyone twice. */
    static List<Candidate> choose(List<Candidate> candidates, int target, java.util.function.Function<String, String> speakerOf) {
        return choose(candidates, target, speakerOf, statement -> -1);
    }

    /** {@code sentenceOf} tells in which sentence a statement was made: one denier's verdicts in one sentence are one rebuttal. */
    static List<Candidate> choose(List<Candidate> candidates, int target, java.util.function.Function<String, String> speakerOf,
            java.util.function.ToIntFunction<String> sentenceOf) {
        Map<String, List<Candidate>> byFamily = new LinkedHashMap<>();
        for (String family : LIMITS.keySet()) {
            byFamily.put(family, new ArrayList<>());
        }
        for (Candidate c : candidates) {
            byFamily.computeIfAbsent(c.focus(), f -> new ArrayList<>()).add(c);
        }
        Comparator<Candidate> best = Comparator.comparingInt(Candidate::priority).reversed()
                .thenComparingInt(Candidate::firstSentence);
        byFamily.values().forEach(list -> list.sort(best));

        Selection selection = new Selection(target, speakerOf);
        // One denial question per denial: they are the claims a reader most needs to weigh. Each denier first, so that a
        // quiz short of room leaves out someone's second denial rather than another person's only one.
        selection.coveringDenials = true;
        Set<String> deniers = new HashSet<>();
        // "said that no player had been questioned … and called the post “entirely made up”": one denier's two verdicts in
        // one sentence are one rebuttal, covered by one question.
        Set<String> rebuttals = new HashSet<>();
        java.util.function.Function<Candidate, String> rebuttalOf = c -> {
            int said = sentenceOf.applyAsInt(statementOf(c));
            return said < 0 ? statementOf(c) : speakerOf.apply(statementOf(c)) + '\u0000' + said;
        };
        // "Which report did the trust deny? *Several prints had been damaged …" takes the claim an unnamed source gave, and
        // then neither form of the unnamed-source question fits beside it; "Who denied the report that …?" leaves room.
        List<String> unnamedClaims = byFamily.getOrDefault("anonymous_source", List.of()).stream()
                .map(c -> (c.key() + " " + c.prompt()).toLowerCase(java.util.Locale.ROOT)).toList();
        List<Candidate> denials = new ArrayList<>(byFamily.get("denial"));
        // A second denier's question that names the first beside the claim ("Besides Wolcot Mawer, who denied …?") tells the
        // class who the first was: it goes first, and "Who denied …?" with the first for its answer stays out (review77 RUS
        // q07).
        Set<Candidate> namingAnotherDenier = new HashSet<>();
        for (Candidate c : denials) {
            if (denials.stream().anyMatch(o -> !speakerOf.apply(statementOf(o)).equals(speakerOf.apply(statementOf(c)))
                    && selection.overlap.printsWhoSaidIt(o, c))) {
                namingAnotherDenier.add(c);
            }
        }
        denials.sort(Comparator.<Candidate, Boolean>comparing(c -> c.key().length() > 20
                && unnamedClaims.stream().anyMatch(u -> u.contains(c.key().toLowerCase(java.util.Locale.ROOT).replaceFirst("^that ", ""))))
                .thenComparing(c -> !namingAnotherDenier.contains(c)));
        // "How did Malcolm Rhys describe the suggestion that …?" covers the denial as well as "Who denied the suggestion that
        // …?" does, and shows the other's answer: where the two come from one denial, the first is asked in its place.
        List<Candidate> covering = new ArrayList<>();
        for (Candidate c : denials) {
            if (c.fact().startsWith("deny:")) {
                denials.stream().filter(g -> g.fact().startsWith("deny-words:") && statementOf(g).equals(statementOf(c))
                        && selection.overlap.printsWhoSaidIt(c, g)).forEach(covering::add);
                covering.add(c);
            }
        }
        for (boolean secondRound : new boolean[] {false, true}) {
            for (Candidate c : covering) {
                String denier = speakerOf.apply(statementOf(c));
                String rebuttal = rebuttalOf.apply(c);
                if (!selection.hasStatement(statementOf(c))
                        && !rebuttals.contains(rebuttal)
                        && (secondRound || !deniers.contains(denier))) {
                    if (selection.add(c)) {
                        deniers.add(denier);
                        rebuttals.add(rebuttal);
                    }
                }
            }
        }
        selection.coveringDenials = false;
        // Every family the article supports, even on a sentence another question uses.
        selection.sharing = Sharing.OTHER_STATEMENTS;
        for (String family : byFamily.keySet()) {
            // Nor here: a second question on one rebuttal would take the place of another family's only one.
            byFamily.get(family).stream().filter(c -> !c.fact().startsWith("deny:") || !rebuttals.contains(rebuttalOf.apply(c)))
                    .filter(selection::allows).findFirst().ifPresent(selection::add);
        }
        selection.sharing = Sharing.NONE;
        List<Candidate> rest = new ArrayList<>(candidates);
        rest.sort(Comparator.comparingInt(Blueprint::trust).thenComparing(best));
        fill(selection, rest, target);
        // A short article with few voices: let the families that have material take more, one
        // question per sentence, rather than hand the class a quiz too short to be worth taking.
        selection.relaxed = true;
        selection.sharing = Sharing.OTHER_STATEMENTS;
        fill(selection, rest, target);
        // Still short of the length the issue asks for: a second question on a statement, then, as a last resort, one that
        // shows another's answer. A quiz too short to hand out fails the class outright; an overlap costs one question.
        for (Sharing sharing : new Sharing[] {Sharing.SAME_STATEMENT, Sharing.ANY}) {
            selection.sharing = sharing;
            int before = selection.size();
            for (boolean relaxed : new boolean[] {false, true}) {
                selection.relaxed = relaxed;
                // A question that shows another's answer fails a reviewer: only as many as the required length needs.
                fill(selection, rest, sharing == Sharing.ANY ? required(target) : minimum(target));
            }
            if (sharing == Sharing.ANY && selection.size() < required(target)) {
                // Give-aways that still leave the quiz short buy nothing: a shorter quiz whose every question counts.
                selection.truncate(before);
            }
            if (sharing == Sharing.SAME_STATEMENT) {
                // Before any overlap: a question kept out only by a wrong answer that prints another's answer (a claim a
                // true/false item tests, say) goes in without that wrong answer, and so may the question already in.
                selection.trimming = true;
                fill(selection, rest, minimum(target));
                selection.trimming = false;
            }
        }
        List<Candidate> chosen = new ArrayList<>(selection.chosen);
        chosen.sort(Comparator.comparingInt(Candidate::firstSentence).thenComparing(Candidate::focus));
        return chosen;
    }

    /** The most trusted questions that fit, keeping at least 45 % source evaluation while there is any to keep it with. */
    private static void fill(Selection selection, List<Candidate> rest, int target) {
        while (selection.size() < target) {
            boolean needSource = selection.sourceShare() < 0.45;
            Candidate next = selection.pick(rest.stream().filter(selection::fits)
                    .filter(c -> !needSource || c.skill() == Skill.SOURCE_EVALUATION || selection.size() == 0))
                    .orElse(selection.pick(rest.stream().filter(selection::fits)).orElse(null));
            if (next != null && next.skill() != Skill.SOURCE_EVALUATION && selection.sourceShareWith(next) < 0.4) {
                // A shorter quiz rather than one where reading sources becomes a side issue.
                next = selection.pick(rest.stream().filter(selection::fits).filter(c -> c.skill() == Skill.SOURCE_EVALUATION)).orElse(null);
            }
            if (next == null) {
                break;
            }
            selection.add(next);
        }
    }

    static String statementOf(Candidate c) {
        int colon = c.fact().indexOf(':');
        return colon < 0 ? c.fact() : c.fact().substring(colon + 1);
    }

    private static final class Selection {
        final int target;
        final List<Candidate> chosen = new ArrayList<>();
        final Set<String> facts = new HashSet<>();
        final Set<String> prompts = new HashSet<>();
        final Map<String, Integer> perFamily = new HashMap<>();
        final Map<String, Integer> perStatement = new HashMap<>();
        final Set<String> keys = new HashSet<>();
        boolean relaxed;
        boolean coveringDenials;
        /** Whether a question may come in by dropping wrong answers that print another's answer, from it or from those in. */
        boolean trimming;
        Sharing sharing = Sharing.NONE;
        final QuizOverlap overlap = new QuizOverlap();
        final java.util.function.Function<String, String> speakerOf;

        Selection(int target, java.util.function.Function<String, String> speakerOf) {
            this.target = target;
            this.speakerOf = speakerOf;
        }

        boolean allows(Candidate c) {
            if (chosen.size() >= target || facts.contains(c.fact()) || prompts.contains(Phrasing.key(c.prompt()))) {
                return false;
            }
            int limit = LIMITS.getOrDefault(c.focus(), 2) + (relaxed ? 2 : 0);
            if (perFamily.getOrDefault(c.focus(), 0) >= (coveringDenials ? Math.max(limit, DENIALS_COVERED) : limit)) {
                return false;
            }
            if (relaxed && chosen.stream().anyMatch(o -> o.focus().equals(c.focus()) && o.firstSentence() == c.firstSentence())) {
                return false;
            }
            String statement = statementOf(c);
            if (perStatement.getOrDefault(statement, 0) >= 2) {
                return false;
            }
            if (chosen.stream().anyMatch(o -> o.key().equals(c.key()) && (sameClaimAsked(o, c) || sameClaimAsked(c, o)))) {
                // "Who said that the clockmakers had been paid twice …?" and "Thorncliffe Horology denied the claim that the
                // clockmakers had been paid twice … Whose claim was it?": one source of one claim, asked twice.
                return false;
            }
            // Reviewers: "the stem prints q04's answer", "two gaps in one sentence", "Who said X?" then "What did S say?".
            // One question per sentence, then, and in a short quiz a second only where neither shows the other's answer;
            // two deniers answering one claim are two questions.
            for (Candidate o : sharing == Sharing.ANY ? List.<Candidate>of() : chosen) {
                if (o.focus().equals("anonymous_source") && c.focus().equals("anonymous_source")
                        && o.sentences().stream().anyMatch(c.sentences()::contains)) {
                    // "Why should a careful reader treat this claim with extra care?" and "Which of these sources does the article
                    // not name?" on one unnamed source test one point twice (review88 lammering q08, quernby q08).
                    return false;
                }
                if (o.focus().equals("denial") && c.focus().equals("denial")) {
                    // Two questions on denials may share a sentence, but neither may print the claim that answers the other ("How
                    // did the ministry describe the report that …?" after "Which reports did the ministry deny?"); a figure
                    // named in both is how the two deniers' questions name the same claim.
                    if (overlap.revealsClaim(o, c) || overlap.revealsClaim(c, o)) {
                        return false;
                    }
                    // "Who denied the claim that repairs would cost …?" beside "How did Yngve Nethersole describe the report that
                    // repairs would cost …?": the second names the first's answer beside the very claim (reviews of eval-blind53
                    // to 56: sandlow q08, nimmerley q04, dunstowe q04).
                    if (overlap.printsWhoSaidIt(o, c) || overlap.printsWhoSaidIt(c, o)) {
                        return false;
                    }
                    // "Who said that the consultation ran for seven weeks?" and "Who denied the account that it ran for nine
                    // days?" on one sentence: one denier's one rebuttal asked twice.
                    if (asksWho(o) && asksWho(c) && o.key().equals(c.key()) && o.firstSentence() == c.firstSentence()) {
                        return false;
                    }
                    continue;
                }
                boolean shared = QuizOverlap.shareSentence(o, c);
                if (overlap.reveals(o, c) || overlap.reveals(c, o) || shared && sharing == Sharing.NONE
                        || shared && sharing == Sharing.OTHER_STATEMENTS && statementOf(o).equals(statement)) {
                    return false;
                }
            }
            // "Ostmere insisted its passengers spent an average of ____ marks, not 15" beside "Which report did Ostmere deny?":
            // a gap's sentence printed whole answers whatever else is asked of that sentence, or of a choice it quotes
            // (review44: four quizzes), until nothing else is left.
            if (sharing != Sharing.ANY && chosen.stream().anyMatch(o -> overlap.gapGivesAway(o, c) || overlap.gapGivesAway(c, o))) {
                return false;
            }
            // "Which of these claims comes from a source the article does not name?" and "What did a letter the board sent say?"
            // offering the same four claims: one set of choices read twice is answered by elimination (review44 CRA q08, q10).
            if (sharing != Sharing.ANY && c.distractors().size() >= 2 && chosen.stream().anyMatch(o -> sameChoices(o, c))) {
                return false;
            }
            // "Which of these claims comes from a source the article does not name?" and "Which of these sources is not
            // named?" test one fact when the claim is that source's: reviewers counted the pair as one question asked twice.
            if (c.focus().equals("anonymous_source") && chosen.stream().anyMatch(o -> o.focus().equals(c.focus())
                    && unnamedClaimAndSpeaker(o, c))) {
                return false;
            }
            // "Which of these claims comes from a source the article does not name?" and "The article reports: “…” Why should a
            // careful reader treat this claim with extra care?" on the same claim: each prints the other's answer (review45
            // INC q10, q11); both only when the quiz needs every question it can get.
            if (sharing != Sharing.ANY && c.focus().equals("anonymous_source") && chosen.stream().anyMatch(o -> o.focus().equals(c.focus())
                    && claimAndWhyCare(o, c))) {
                return false;
            }
            // "The article reports that the nest had been in the tree since April. Why should a careful reader treat this claim
            // with extra care?" (because its source is not named) beside "Who said that the nest had been in the tree since
            // April?": the one unnamed choice is the answer (review84 fenby q06, larchby q07), until nothing else is left.
            if (sharing != Sharing.ANY && chosen.stream().anyMatch(o -> whyCareAndWhoSaid(o, c) || whyCareAndWhoSaid(c, o))) {
                return false;
            }
            // "Who said that the valve had come from Dalverne?" and "Whose account did Dalverne dispute?", both answered by the
            // one sentence: one speaker asked for twice (review47 CAL q03, q04), until nothing else is left.
            if (sharing != Sharing.ANY && asksWho(c) && chosen.stream().anyMatch(o -> asksWho(o) && o.key().equals(c.key())
                    && QuizOverlap.shareSentence(o, c))) {
                return false;
            }
            // "Who said this? “I left with a box of books”" and "Whose denial is this? “I left with a box of books”": one
            // question asked twice, whatever the round.
            if (chosen.stream().anyMatch(o -> o.key().equals(c.key()) && !quotedIn(o.prompt()).isEmpty()
                    && quotedIn(o.prompt()).equals(quotedIn(c.prompt())))) {
                return false;
            }
            // "said the numbers spoke for themselves" and the quotation that follows it are one statement told twice: two "who
            // said" questions on them test one fact (review19).
            if (sharing != Sharing.ANY && c.focus().equals("attribution") && chosen.stream().anyMatch(o -> o.focus().equals("attribution")
                    && o.key().equals(c.key()) && QuizOverlap.nextTo(o, c))) {
                return false;
            }
            // "How did Rupert Achebe-Lind say …? In an email" after "Who wrote …?" answers it: the medium shares no statement.
            if (sharing != Sharing.ANY && (namedHow(c) && perStatement.containsKey(statement)
                    || chosen.stream().anyMatch(o -> namedHow(o) && statementOf(o).equals(statement)))) {
                return false;
            }
            // The same speaker as the answer to more than two "who said" questions makes a dull quiz.
            if (c.focus().equals("attribution") && chosen.stream().filter(o -> o.focus().equals("attribution")
                    && o.key().equals(c.key())).count() >= 2) {
                return false;
            }
            // "Is it true that X said Y?" beside "What did X say?" answers one with the other.
            boolean tfng = c.type() == newsquiz.quiz.QuestionType.TRUE_FALSE_NOT_GIVEN;
            // So does a true/false statement on a sentence another question asks about ("Who said that rescuers recovered both
            // workers within 90 minutes?" beside "… within 130 minutes: true or false?"), until nothing else is left.
            if (chosen.stream().anyMatch(o -> (tfng != (o.type() == newsquiz.quiz.QuestionType.TRUE_FALSE_NOT_GIVEN))
                    && (statementOf(o).equals(statement) || sharing != Sharing.ANY && QuizOverlap.shareSentence(o, c)))) {
                return false;
            }
            // A quiz where "True" is nearly always right teaches guessing: two such statements at most, and, until the quiz must
            // take what it can, no more of one answer than of the other: a statement that can be asked either way is asked
            // the way the quiz has fewer of.
            if (tfng && !keyKeepsBalance(c)) {
                return false;
            }
            // "Which year completes …" three times over is a memory test, not reading.
            if (c.prompt().startsWith("Which year") && chosen.stream().filter(o -> o.prompt().startsWith("Which year")).count() >= 2) {
                return false;
            }
            // Two "what does this hedge tell the reader" questions are enough for one quiz.
            if (c.fact().startsWith("hedge-meaning") && chosen.stream().filter(o -> o.fact().startsWith("hedge-meaning")).count() >= 2) {
                return false;
            }
            // "Only ____ jumpers" and "the figure of ____" with 300 twice: one figure, asked once.
            if (c.focus().equals("number") && chosen.stream().anyMatch(o -> o.focus().equals("number") && sameFigure(o.key(), c.key()))) {
                return false;
            }
            // Two questions whose answer is the same claim test the same fact.
            return c.type() == newsquiz.quiz.QuestionType.TRUE_FALSE_NOT_GIVEN || !keys.contains(Phrasing.key(c.key()))
                    || c.key().split(" ").length <= 4;
        }

        private boolean keyKeepsBalance(Candidate c) {
            long same = chosen.stream().filter(o -> o.type() == c.type() && o.key().equals(c.key())).count();
            long other = chosen.stream().filter(o -> o.type() == c.type() && !o.key().equals(c.key())).count();
            boolean isTrue = c.key().equals(TrueFalseNotGivenQuestions.TRUE);
            // A denial nothing else asks about is asked as a false statement whatever the balance.
            return !(isTrue && same >= 2) && (relaxed || sharing == Sharing.SAME_STATEMENT || sharing == Sharing.ANY
                    || coveringDenials && !isTrue || same <= other);
        }

        /**
         * Two "who said" or "whose denial" questions with one answer, on one sentence or two side by side: where give-aways
         * must be taken, one the reviewer counts against the quiz ("“…,” he said" after "Who said …?", review24 PIP q08).
         */
        private static boolean sameSpeakerNextDoor(Candidate a, Candidate b) {
            return asksWho(a) && asksWho(b) && a.key().equals(b.key()) && QuizOverlap.nextTo(a, b);
        }

        /** Whether two questions offer the same written claims: names come round again and again in a quiz on one story. */
        private static boolean sameChoices(Candidate a, Candidate b) {
            java.util.Set<String> mine = new java.util.HashSet<>(a.distractors());
            mine.add(a.key());
            java.util.Set<String> theirs = new java.util.HashSet<>(b.distractors());
            theirs.add(b.key());
            return mine.size() >= 3 && mine.stream().allMatch(t -> Phrasing.words(t) >= 4) && mine.equals(theirs);
        }

        private static boolean asksWho(Candidate c) {
            return (c.focus().equals("attribution") || c.focus().equals("denial")) && !c.writtenChoices()
                    && (c.prompt().startsWith("Who ") || c.prompt().startsWith("Whose "));
        }

        /** "How did … say this?": the way words were given (RelayQuestions' channel and denial forms). */
        private static boolean howSaid(Candidate c) {
            return c.fact().startsWith("deny-how:") || c.fact().startsWith("channel:");
        }

        /** {@link #howSaid} with the speaker's name in the stem. */
        private static boolean namedHow(Candidate c) {
            return howSaid(c) && RelayQuestions.namesSpeaker(c);
        }

        /** "£410m" and "£410 million" are one figure. */
        private static boolean sameFigure(String a, String b) {
            return figure(a).equals(figure(b));
        }

        private static String figure(String key) {
            return key.toLowerCase(java.util.Locale.ROOT).replaceAll("(\\d)\\s*(?:m|mn)\\b", "$1 million")
                    .replaceAll("(\\d)\\s*bn\\b", "$1 billion").replaceAll("\\s+", " ").strip();
        }

        private static final java.util.regex.Pattern THAT_CLAUSE = java.util.regex.Pattern.compile("\\bthat\\s+([^?.]{25,})[?.]");

        /** Whether the claim one stem puts after "that" is printed in the other stem too. */
        private static boolean sameClaimAsked(Candidate a, Candidate b) {
            java.util.regex.Matcher m = THAT_CLAUSE.matcher(a.prompt());
            return m.find() && Phrasing.key(b.prompt()).contains(Phrasing.key(m.group(1)));
        }

        /** The words a stem quotes between its last pair of curly quotation marks, or "". */
        private static String quotedIn(String prompt) {
            int close = prompt.lastIndexOf('\u201d');
            int open = close < 0 ? -1 : prompt.lastIndexOf('\u201c', close);
            return open < 0 ? "" : Phrasing.key(prompt.substring(open + 1, close));
        }

        private boolean unnamedClaimAndSpeaker(Candidate a, Candidate b) {
            Candidate claim = a.fact().startsWith("anon:") ? a : b;
            Candidate who = claim == a ? b : a;
            return claim.fact().startsWith("anon:") && who.fact().startsWith("anon-who:")
                    && speakerOf.apply(statementOf(claim)).equals(statementOf(who));
        }

        /** Whether {@code why} asks why to take care with a claim whose source is unnamed and {@code who} who made it. */
        private static boolean whyCareAndWhoSaid(Candidate why, Candidate who) {
            return why.fact().startsWith("anon-why:") && who.fact().startsWith("claim:") && statementOf(why).equals(statementOf(who));
        }

        /** Whether one asks which claim has no named source and the other why to take care with that same claim. */
        private static boolean claimAndWhyCare(Candidate a, Candidate b) {
            String first = a.fact().replaceFirst("^anon-why:", "anon:");
            String second = b.fact().replaceFirst("^anon-why:", "anon:");
            return !a.fact().equals(b.fact()) && first.startsWith("anon:") && first.equals(second);
        }

        boolean hasStatement(String statement) {
            return perStatement.containsKey(statement);
        }

        /**
         * The most trusted of {@code fitting}; when questions may show each other's answers, the one that collides with the
         * fewest already in, since a reviewer fails each question a give-away spoils.
         */
        java.util.Optional<Candidate> pick(java.util.stream.Stream<Candidate> fitting) {
            return sharing == Sharing.ANY ? fitting.min(Comparator.comparingInt(this::collisions)) : fitting.findFirst();
        }

        /** How many chosen questions {@code c} shows the answer of, has its own shown by, or tests the statement of. */
        private int collisions(Candidate c) {
            return (int) chosen.stream().filter(o -> overlap.reveals(o, c) || overlap.reveals(c, o) || statementOf(o).equals(statementOf(c))
                    || sameSpeakerNextDoor(o, c)).count();
        }

        boolean fits(Candidate c) {
            return allows(c) || trimming && trimmed(c, false) != null || unnamed(c, false) != null;
        }

        /**
         * Where two questions may ask about one statement: {@code c} beside a chosen question on its words, with every "how
         * did X say this?" on them asked without X's name, if that lets it in; else null. {@code keep} leaves the chosen
         * ones renamed.
         */
        private Candidate unnamed(Candidate c, boolean keep) {
            if (sharing != Sharing.SAME_STATEMENT) {
                return null;
            }
            String statement = statementOf(c);
            return fitsWith(howSaid(c) ? RelayQuestions.withoutSpeaker(c) : c,
                    o -> howSaid(o) && statementOf(o).equals(statement) ? RelayQuestions.withoutSpeaker(o) : o, keep);
        }

        /**
         * {@code c} without the wrong answers that print a chosen question's answer, with the chosen questions likewise
         * without those that print its answer, if that lets it in; else null. {@code keep} leaves the chosen ones trimmed.
         */
        private Candidate trimmed(Candidate c, boolean keep) {
            Candidate own = without(c, d -> chosen.stream().anyMatch(o -> printsAnswer(o, c, d)));
            return fitsWith(own, o -> without(o, d -> printsAnswer(own, o, d)), keep);
        }

        /**
         * {@code own}, if it is let in once every chosen question is changed by {@code change}; else null. {@code keep}
         * keeps the change.
         */
        private Candidate fitsWith(Candidate own, java.util.function.UnaryOperator<Candidate> change, boolean keep) {
            List<Candidate> before = List.copyOf(chosen);
            chosen.replaceAll(change);
            boolean fits = allows(own);
            if (!fits || !keep) {
                chosen.clear();
                chosen.addAll(before);
            }
            return fits ? own : null;
        }

        /** Whether {@code asked}'s wrong answer {@code choice}, and not the rest of it, shows {@code answered}'s answer. */
        private boolean printsAnswer(Candidate answered, Candidate asked, String choice) {
            return overlap.reveals(answered, asked.withDistractors(List.of(choice))) && !overlap.reveals(answered, asked.withDistractors(List.of()));
        }

        /** A question without some wrong answers, when two or more stay and the explanation names none of those dropped. */
        private static Candidate without(Candidate c, java.util.function.Predicate<String> drop) {
            if (c.type() != newsquiz.quiz.QuestionType.SINGLE_CHOICE || c.writtenChoices()) {
                return c;
            }
            List<String> dropped = c.distractors().stream().filter(drop).toList();
            if (dropped.isEmpty() || c.distractors().size() - dropped.size() < 2 || dropped.stream().anyMatch(c.explanation()::contains)) {
                return c;
            }
            return c.withDistractors(c.distractors().stream().filter(d -> !dropped.contains(d)).toList())
                    .withExplanation(AttributionQuestions.withoutSourcesNamed(c.explanation()));
        }

        boolean add(Candidate c) {
            if (!allows(c)) {
                Candidate own = trimming ? trimmed(c, true) : null;
                own = own != null ? own : unnamed(c, true);
                if (own == null) {
                    return false;
                }
                c = own;
            }
            chosen.add(c);
            facts.add(c.fact());
            prompts.add(Phrasing.key(c.prompt()));
            perFamily.merge(c.focus(), 1, Integer::sum);
            perStatement.merge(statementOf(c), 1, Integer::sum);
            if (c.key().split(" ").length > 4) {
                keys.add(Phrasing.key(c.key()));
            }
            return true;
        }

        int size() {
            return chosen.size();
        }

        /** Takes back every question added after the first {@code size}. */
        void truncate(int size) {
            while (chosen.size() > size) {
                Candidate c = chosen.remove(chosen.size() - 1);
                facts.remove(c.fact());
                prompts.remove(Phrasing.key(c.prompt()));
                perFamily.merge(c.focus(), -1, Integer::sum);
                perStatement.merge(statementOf(c), -1, (a, b) -> a + b == 0 ? null : a + b);
                if (c.key().split(" ").length > 4) {
                    keys.remove(Phrasing.key(c.key()));
                }
            }
        }

        double sourceShare() {
            return sourceShareWith(null);
        }

        double sourceShareWith(Candidate extra) {
            long source = chosen.stream().filter(c -> c.skill() == Skill.SOURCE_EVALUATION).count();
            int size = chosen.size();
            if (extra != null) {
                source += extra.skill() == Skill.SOURCE_EVALUATION ? 1 : 0;
                size++;
            }
            return size == 0 ? 0 : source / (double) size;
        }
    }
}
