package newsquiz.generate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import newsquiz.quiz.QuestionType;

/**
 * The checks every question passes before a teacher sees it: enough distinct choices, no answer
 * in the question, no wrong choice naming the key's source or saying the same as the key, and
 * wrong choices of a similar length to the key.
 */
final class QualityFilter {
    private QualityFilter() {}

    private static final java.util.regex.Pattern DOUBLED_THAT = java.util.regex.Pattern.compile("^([^\u201c\"]*?\\bthat) that\\b");
    /** "Who said that the warning was alarmist: 31 of the 58 families had found places elsewhere?": a verdict, then its reason. */
    private static final java.util.regex.Pattern VERDICT_THEN_REASON = java.util.regex.Pattern.compile(
            "^((?:Who|Which [\\p{L} ]+?) \\p{L}+ that [^:\u201c\u201d\"?]{8,}?[^:\u201c\u201d\"?\\s,]): ([^:\u201c\u201d\"?]{20,})\\?$");
    /** "Who said that the claim was twaddle", "Who said that that was a fairy story": a verdict on a claim it does not name. */
    private static final java.util.regex.Pattern VERDICT_ON_A_POINTER = java.util.regex.Pattern.compile(
            "^((?:Who|Which [\\p{L} ]+?) \\p{L}+ that) (?:(?:the|that|this|such|these|those)\\s+(?:[\\p{L}-]+\\s+)?(?:claims?|stor(?:y|ies)|reports?"
                    + "|rumou?rs?|suggestions?|ideas?|accounts?|allegations?|charges?|figures?|posts?)|that|this|it)\\s+(?:was|is|were|are)\\s+[^,]{1,40}");
    /** "… the reasons were: cost, time and staff": a colon that opens a list, not a reason. */
    private static final java.util.regex.Pattern OPENS_A_LIST = java.util.regex.Pattern.compile(
            "(?i)\\b(?:is|are|was|were|be|been|include[sd]?|including|following|follows|as|namely|these|this)$");

    /** "Yardy's, whose Riccall store used to give the kitchen its surplus bread, had begun …": a subject's relative clause. */
    private static final java.util.regex.Pattern SUBJECTS_RELATIVE_CLAUSE = java.util.regex.Pattern.compile(
            "^([^,\"\u201c\u201d]{2,60}?),\\s+(?:who|whose|which)\\s+[^,\"\u201c\u201d]{5,120},\\s+([^,\"\u201c\u201d].{8,})$");
    /** "…, half of what it used in the winter of 2031, …": an aside between commas, with no quotation in it. */
    private static final java.util.regex.Pattern MIDDLE_ASIDE = java.util.regex.Pattern.compile(
            "^((?:[^,\"\u201c\u201d]|(?<=\\d),(?=\\d)){20,}?\\S),\\s+((?:[^,\"\u201c\u201d]|(?<=\\d),(?=\\d)){8,80}),\\s+"
            + "((?:in order|so as|because|to|in|on|at|for|after|before)\\b.{8,})$");

    /**
     * "The council had bought only 6,000 tonnes of salt last summer, half of what it used in the winter of 2031, in order to
     * save money": a key far longer than every wrong answer gives itself away; without its aside it is still what was said.
     */
    static Candidate withoutAsideWhenLongest(Candidate c) {
        int keyWords = Phrasing.words(c.key());
        int longestWrong = c.distractors().stream().mapToInt(Phrasing::words).max().orElse(0);
        if (keyWords <= 6 || keyWords <= longestWrong * 1.6) {
            return c;
        }
        java.util.regex.Matcher aside = MIDDLE_ASIDE.matcher(c.key());
        if (aside.matches()) {
            return c.withKey(aside.group(1) + " " + aside.group(3));
        }
        // "Yardy's, whose Riccall store used to give the kitchen its surplus bread, had begun selling …": the clause only
        // says who the subject is.
        java.util.regex.Matcher relative = SUBJECTS_RELATIVE_CLAUSE.matcher(c.key());
        return relative.matches() ? c.withKey(relative.group(1) + " " + relative.group(2)) : c;
    }

    static Optional<Candidate> check(Candidate c, Facts facts) {
        if (c.prompt() == null || c.prompt().isBlank() || c.key() == null || c.key().isBlank() || c.sentences().isEmpty()) {
            return Optional.empty();
        }
        if (DOUBLED_THAT.matcher(c.prompt()).find()) {
            // "Who said that that violin is no Guadagnini?": a claim opening with "that" after the stem's own "that" reads
            // as a stutter; one "that" says the same. Quoted words stay as they are.
            c = c.withPrompt(DOUBLED_THAT.matcher(c.prompt()).replaceAll("$1"));
        }
        java.util.regex.Matcher verdict = VERDICT_THEN_REASON.matcher(c.prompt());
        java.util.regex.Matcher bare = verdict.matches() ? VERDICT_ON_A_POINTER.matcher(verdict.group(1)) : null;
        if (bare != null && bare.matches() && !verdict.group(2).matches("(?i)^(?:its|their|his|her|it|they|he|she)\\b.*")) {
            // "Who said that the claim was twaddle: Holmby Buses asked for a stop in 2031 …?" never says which claim; the
            // reason alone is what was said (review84 ketterly q05), unless it opens on a pronoun only the verdict placed.
            c = c.withPrompt(bare.group(1) + " " + Phrasing.lowerFirst(verdict.group(2), facts) + "?");
        } else if (verdict.matches() && !OPENS_A_LIST.matcher(verdict.group(1)).find()) {
            // A colon pasted into the middle of a question reads as garbled (review80 ELM q07); two clauses say the same.
            c = c.withPrompt(verdict.group(1) + ", and that " + Phrasing.lowerFirst(verdict.group(2), facts) + "?");
        }
        if (Readable.stemProblem(c.prompt()).isPresent()) {
            return Optional.empty();
        }
        if (c.type() == QuestionType.TRUE_FALSE_NOT_GIVEN) {
            return Optional.of(c);
        }
        // A word picked out of the article's sentence is shown as the article has it.
        boolean picked = c.fact().startsWith("loaded");
        // Choices the family writes itself ("It comes from a source the article does not name") are not article text.
        boolean written = c.writtenChoices();
        if (!picked && !written && facts.choiceProblem(DenialQuestions.withDenierNamed(c)).isPresent()) {
            return Optional.empty();
        }
        // Claims offered side by side must be of one kind: a first-person quote among reported claims stands out.
        // "Which of these sources is not named? — A man who worked on the felling crew": a verb, but a source, not a claim,
        // and the only description among names by the question's design.
        boolean claims = Phrasing.words(c.key()) >= 5 && Facts.hasFiniteVerb(c.key()) && !c.key().startsWith("As \u201c")
                && !c.fact().startsWith("anon-who:");
        if (claims && facts.firstPerson(c.key())) {
            return Optional.empty();
        }
        if (claims && !written) {
            c = withoutAsideWhenLongest(c);
        }
        String keyText = Phrasing.key(c.key());
        // Picking a word out of a quoted sentence shows the word by design; any other key must not be in the question.
        boolean pickFromText = c.fact().startsWith("loaded");
        if (!pickFromText && keyText.length() >= 6 && Phrasing.key(c.prompt()).contains(keyText)) {
            return Optional.empty();
        }
        if (!claims && !picked && (c.focus().equals("denial") || c.focus().equals("attribution")) && facts.isPerson(c.key())
                && namedIn(facts, c.key(), c.prompt().replaceAll("\u201c[^\u201d]*\u201d", " "))) {
            // "Who denied the claim that Ms Thackwray had registered a new company …? — Marisol Thackwray". A speaker's own
            // words may name them ("nobody at Voltra has said we are"): quoting them is the question's point. A body accused
            // and denying it is the question ("Who dismissed the accusation that Osmeria sent a drone?").
            return Optional.empty();
        }
        if (!claims && headNamedInStem(c)) {
            return Optional.empty();
        }
        boolean sourceChoices = !claims && facts.speakers.containsKey(c.key());
        Set<String> keyNames = new HashSet<>(facts.namesIn(c.key()));
        int keyWords = Math.max(1, Phrasing.words(c.key()));
        Set<String> seen = new HashSet<>();
        seen.add(keyText);
        List<String> kept = new ArrayList<>();
        for (String d : c.distractors()) {
            String dk = Phrasing.key(d);
            int words = Phrasing.words(d);
            boolean meaning = c.fact().startsWith("describe-meaning:");
            boolean sameSource = !c.focus().equals("relay") && (facts.namesIn(d).stream().anyMatch(keyNames::contains)
                    || claims && facts.shareSource(d, c.key()));
            // Names are as long as they are; claims must look alike.
            boolean balanced = !claims || alikeInLength(keyWords, words);
            // Claims offered side by side share a form: one "That …" among bare sentences, or a fragment with no verb
            // ("About two in the morning") among claims, stands out.
            boolean sameForm = !claims || written || c.key().startsWith("That ") == d.startsWith("That ")
                    && (words > 6 || Facts.hasFiniteVerb(d));
            boolean unreadable = !written && facts.choiceProblem(d).isPresent() || claims && facts.firstPerson(d);
            // "Suggestions circulating online" is what was said, not someone who said it: no wrong answer to "Who said …?".
            boolean contained = dk.contains(keyText) || keyText.contains(dk) && dk.length() > 3
                    || sourceChoices && (headInside(d, keyText) || Facts.hearsay(d));
            // Readings of one description ("It usually takes the side of …", "It is neutral and takes no side") are worded
            // alike by design: a reader weighs what each says, not how it looks.
            boolean nearCopy = Distractors.similar(d, c.key()) && keyWords > 3 && !c.focus().equals("relay") && !meaning;
            // "Who dismissed Ortiz's account …?" does not offer Ortiz: the question itself rules her out.
            boolean namedInStem = !claims && namedIn(facts, d, c.prompt());
            if (dk.isEmpty() || !seen.add(dk) || sameSource || !balanced || !sameForm || contained || nearCopy || unreadable || namedInStem
                    || facts.fromAnotherStory(d, c.sentences())) {
                continue;
            }
            kept.add(d);
        }
        if (kept.size() < 2) {
            return Optional.empty();
        }
        int longestWrong = kept.stream().mapToInt(Phrasing::words).max().orElse(0);
        if (claims && keyWords > 6 && keyWords > longestWrong * 1.6) {
            // The one long choice is the answer: a reader can tell without reading.
            return Optional.empty();
        }
        return Optional.of(new Candidate(c.focus(), c.skill(), c.type(), c.difficulty(), c.prompt(), c.key(),
                kept.subList(0, Math.min(3, kept.size())), c.explanation(), c.sentences(), c.fact(), c.priority()));
    }

    private static final java.util.regex.Pattern COMMON_HEAD = java.util.regex.Pattern.compile("(?<!\\p{L})(\\p{Ll}{3,})\\W*$");

    /**
     * "A parent" beside "A message on the Year 4 parents' WhatsApp group", "A man" beside "A spokeswoman for the council":
     * a wrong source whose head noun the key already holds reads as a second name for the key's source.
     */
    static boolean headInside(String distractor, String keyText) {
        java.util.regex.Matcher m = COMMON_HEAD.matcher(distractor.strip());
        if (!m.find()) {
            return false;
        }
        // "parents'" begins with "parent" and "spokeswoman" ends with "man"; "Scarrowby" merely holds "car".
        String head = java.util.regex.Pattern.quote(m.group(1));
        return java.util.regex.Pattern.compile("(?<!\\p{L})" + head + "|" + head + "(?!\\p{L})").matcher(keyText).find();
    }

    /** Whether a claim of {@code words} words can stand beside a key of {@code keyWords} without looking different. */
    static boolean alikeInLength(int keyWords, int words) {
        return words >= keyWords * 0.5 - 1 && words <= longestAlike(keyWords);
    }

    /** The most words a claim may have beside a key of {@code keyWords}. */
    static int longestAlike(int keyWords) {
        return keyWords * 2 + 2;
    }

    private static final java.util.regex.Pattern LAST_WORD = java.util.regex.Pattern.compile("(\\p{L}{4,})\\W*$");

    /**
     * "Who said that the board had sent nobody to Tarnhollow?" beside "A spokeswoman for the Aerodrome Licensing Board":
     * "the board" in the question is the key's own last word, and no wrong answer has it (review28 TAR q13).
     */
    private static boolean headNamedInStem(Candidate c) {
        java.util.regex.Matcher m = LAST_WORD.matcher(c.key());
        if (!m.find()) {
            return false;
        }
        String head = m.group(1).toLowerCase(java.util.Locale.ROOT);
        if (!Facts.ORGANISATION_HEADS.contains(head)) {
            // "the water households were using" is no Corrabeck Water: only a body's kind word points at it.
            return false;
        }
        return WholeWord.in(c.prompt(), "the " + head)
                && c.distractors().stream().noneMatch(d -> d.toLowerCase(java.util.Locale.ROOT).contains(head));
    }

    /** Whether a proper name of the choice (a word the article never writes in lower case) is a word of the text. */
    private static boolean namedIn(Facts facts, String choice, String text) {
        Set<String> words = new HashSet<>();
        for (String w : text.split("[^\\p{L}\\p{N}_-]+")) {
            words.add(w);
            words.addAll(List.of(w.split("-")));
        }
        for (String w : choice.split("[^\\p{L}-]+")) {
            if (w.length() >= 4 && Character.isUpperCase(w.charAt(0)) && !facts.lowerCaseWords.contains(w.toLowerCase(java.util.Locale.ROOT))
                    && words.contains(w)) {
                return true;
            }
        }
        // "Who said that the spreadsheet it received from the council …?" rules out "Marchwold County Council" by its kind.
        // ("The Friends of Carnwold Park" is friends, not a park; "A dental nurse at the practice" is a person, not the practice.)
        if (choice.strip().matches("(?i)an?\\s.*")) {
            return false;
        }
        String[] parts = choice.strip().split("\\s+(?:of|at|for|in|on|from|with|by)\\s+")[0].split("\\s+");
        String head = parts[parts.length - 1].toLowerCase(java.util.Locale.ROOT);
        return parts.length >= 2 && head.matches("\\p{L}{4,}")
                && java.util.regex.Pattern.compile("\\b[Tt]he\\s+" + head + "\\b").matcher(text).find();
    }
}
