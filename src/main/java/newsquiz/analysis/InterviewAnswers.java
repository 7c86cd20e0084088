package newsquiz.analysis;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An interview printed as questions and answers: "Ortega: We will not close the depot. Nobody has asked us to." Each answer
 * paragraph opens with its speaker's name and a colon, with no quotation marks and no reporting verb, and every sentence
 * in it is that speaker's. The interviewer's questions ("Q: …") are not statements of anyone's.
 */
final class InterviewAnswers {
    /** A paragraph answered by {@code speaker}; its words start after the colon in {@code labelSentence}. */
    record Answer(int labelSentence, int colon, Phrase speaker) {}

    private final Map<Integer, Answer> byParagraph;

    private InterviewAnswers(Map<Integer, Answer> byParagraph) {
        this.byParagraph = byParagraph;
    }

    static InterviewAnswers find(List<SentenceView> sentences, EntityRegistry registry, PhraseParser phrases) {
        Map<Integer, Answer> labelled = new HashMap<>();
        Map<Entity, Integer> answersBy = new IdentityHashMap<>();
        Set<Entity> presenters = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        Map<String, Answer> roleLabels = new HashMap<>();
        Map<Integer, Answer> recorded = new HashMap<>();
        int lastParagraph = -1;
        for (SentenceView s : sentences) {
            boolean opensParagraph = s.paragraph() != lastParagraph;
            lastParagraph = s.paragraph();
            Mention label = opensParagraph ? label(s, registry) : null;
            if (label == null) {
                Answer turn = opensParagraph ? roleTurn(s, registry, phrases, roleLabels) : null;
                if (turn != null) {
                    if (QUESTIONERS.contains(s.tokens[0].lower()) || asksTheQuestions(s, 1, turn.colon())) {
                        presenters.add(registry.canonical(turn.speaker().entity()));
                    }
                    labelled.put(s.paragraph(), turn);
                    answersBy.merge(registry.canonical(turn.speaker().entity()), 1, Integer::sum);
                    if (RECORDINGS.contains(s.tokens[0].lower())) {
                        recorded.put(s.paragraph(), turn);
                    }
                }
                continue;
            }
            Phrase speaker = phrases.parse(s, label.from(), label.to());
            if (speaker == null || speaker.kind() != Phrase.Kind.NAME) {
                continue;
            }
            if (asksTheQuestions(s, label.to(), colonAfter(s, label.to()))) {
                presenters.add(registry.canonical(label.entity()));
            }
            labelled.put(s.paragraph(), new Answer(s.index(), colonAfter(s, label.to()), speaker));
            answersBy.merge(registry.canonical(label.entity()), 1, Integer::sum);
        }
        // "RUTH ADEYINKA (presenter): … Was that panic?": the presenter's turns are questions, not statements.
        labelled.values().removeIf(a -> presenters.contains(registry.canonical(a.speaker().entity())));
        // One "Name:" paragraph may be a list or a caption; an interview gives the same person the floor again, or
        // gives one guest the floor once between the turns of others who speak again (a debate's third guest).
        Map<Integer, Answer> kept = new HashMap<>(labelled);
        kept.values().removeIf(a -> answersBy.get(registry.canonical(a.speaker().entity())) < 2);
        List<Integer> paragraphs = kept.keySet().stream().sorted().toList();
        for (Map.Entry<Integer, Answer> e : labelled.entrySet()) {
            int p = e.getKey();
            if (!kept.containsKey(p) && paragraphs.stream().anyMatch(q -> q < p) && paragraphs.stream().anyMatch(q -> q > p)) {
                kept.put(p, e.getValue());
            }
        }
        // "CLIP (STALLWOOD): “Keep sorting.”": a broadcast script's recording label says whose voice it is, even once.
        recorded.forEach(kept::putIfAbsent);
        kept.putAll(voxPops(sentences, registry, phrases));
        kept.putAll(letteredAnswers(sentences, registry, phrases));
        return new InterviewAnswers(kept);
    }

    /** Whether the sentence opens a "Q: …" or "A: …" turn. */
    private static boolean turn(SentenceView s, String letter) {
        return s.size() > 2 && s.tokens[0].text().equals(letter) && s.is(1, ":");
    }

    /**
     * A printed Q&A: "Q: Was the site packed? / A: The licence allows 16,000 people." The answers carry no name; they are
     * the words of the one person the introduction before the first question names most (the interviewee), once the
     * article gives a question and at least two answers.
     */
    private static Map<Integer, Answer> letteredAnswers(List<SentenceView> sentences, EntityRegistry registry, PhraseParser phrases) {
        Map<Integer, Answer> out = new HashMap<>();
        int firstQuestion = -1;
        int questions = 0;
        List<SentenceView> answers = new java.util.ArrayList<>();
        int lastParagraph = -1;
        for (SentenceView s : sentences) {
            boolean opensParagraph = s.paragraph() != lastParagraph;
            lastParagraph = s.paragraph();
            if (opensParagraph && turn(s, "Q")) {
                questions++;
                firstQuestion = firstQuestion < 0 ? s.index() : firstQuestion;
            } else if (opensParagraph && turn(s, "A") && firstQuestion >= 0) {
                answers.add(s);
            }
        }
        // A short question may stand as a subheading of its own, out of the body: two answers after one question suffice.
        if (questions < 1 || answers.size() < 2) {
            return out;
        }
        Map<Entity, Integer> named = new IdentityHashMap<>();
        Map<Entity, Mention> firstMention = new IdentityHashMap<>();
        for (SentenceView s : sentences) {
            if (s.index() >= firstQuestion) {
                break;
            }
            for (Mention m : registry.mentions(s.index())) {
                Entity e = registry.canonical(m.entity());
                if (e.type == SourceType.PERSON) {
                    named.merge(e, 1, Integer::sum);
                    firstMention.putIfAbsent(e, m);
                }
            }
        }
        // "We spoke to its managing director, Idonea Cartwell, on Tuesday.": the introduction may say outright who answers.
        Entity spokenTo = spokenTo(sentences, firstQuestion, registry);
        Entity interviewee = spokenTo != null ? spokenTo : named.entrySet().stream()
                .max(java.util.Comparator.<Map.Entry<Entity, Integer>>comparingInt(Map.Entry::getValue)
                        .thenComparing(e -> -firstMention.get(e.getKey()).sentence()))
                .map(Map.Entry::getKey).orElse(null);
        if (interviewee == null) {
            return out;
        }
        Mention m = firstMention.get(interviewee);
        SentenceView introduced = sentences.stream().filter(s -> s.index() == m.sentence()).findFirst().orElseThrow();
        Phrase speaker = phrases.parse(introduced, m.titleFrom(), m.to());
        if (speaker == null || speaker.kind() != Phrase.Kind.NAME) {
            // "Three weeks after the crush, festival director Maud …": the name alone, when the words before it are no title.
            speaker = phrases.parse(introduced, m.from(), m.to());
        }
        if (speaker == null || speaker.kind() != Phrase.Kind.NAME) {
            return out;
        }
        for (SentenceView s : answers) {
            out.put(s.paragraph(), new Answer(s.index(), 1, speaker));
        }
        return out;
    }

    private static final java.util.regex.Pattern SPOKEN_TO = java.util.regex.Pattern.compile(
            "(?i)\\b(?:spoke|talked|speaking|talking)\\s+(?:to|with)\\b|\\binterviewed\\b|\\bsat\\s+down\\s+with\\b");

    /** The one person named in the last sentence before the questions that tells who was spoken to; else null. */
    private static Entity spokenTo(List<SentenceView> sentences, int firstQuestion, EntityRegistry registry) {
        for (int i = firstQuestion - 1; i >= 0 && i >= firstQuestion - 4; i--) {
            SentenceView s = sentences.get(i);
            if (!SPOKEN_TO.matcher(s.text(0, s.size())).find()) {
                continue;
            }
            Set<Entity> people = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
            for (Mention m : registry.mentions(s.index())) {
                Entity e = registry.canonical(m.entity());
                if (e.type == SourceType.PERSON) {
                    people.add(e);
                }
            }
            return people.size() == 1 ? people.iterator().next() : null;
        }
        return null;
    }

    /**
     * A vox pop: a label line of its own, "Margaret Kilbride, 71, retired teacher, Easterhaugh" (a person's name, then the
     * age), over a paragraph that is all quotation, with no verb of saying; the quotation is the labelled person's.
     */
    private static Map<Integer, Answer> voxPops(List<SentenceView> sentences, EntityRegistry registry, PhraseParser phrases) {
        Map<Integer, Answer> out = new HashMap<>();
        for (int i = 0; i + 1 < sentences.size(); i++) {
            SentenceView label = sentences.get(i);
            SentenceView quote = sentences.get(i + 1);
            boolean ownParagraph = (i == 0 || sentences.get(i - 1).paragraph() != label.paragraph())
                    && quote.paragraph() != label.paragraph();
            if (!ownParagraph || !ageLabel(label, registry) || !allQuoted(sentences, i + 1)) {
                continue;
            }
            Mention name = registry.mentions(label.index()).get(0);
            Phrase speaker = phrases.parse(label, name.titleFrom(), name.to());
            if (speaker != null && speaker.kind() == Phrase.Kind.NAME) {
                out.put(quote.paragraph(), new Answer(-1, -1, speaker));
            }
        }
        return out;
    }

    /** "Callum Strachan-Bey, 29, electrician, Dunmore": a person's name first, then a comma and an age, no quotation. */
    private static boolean ageLabel(SentenceView s, EntityRegistry registry) {
        List<Mention> mentions = registry.mentions(s.index());
        if (mentions.isEmpty()) {
            return false;
        }
        Mention m = mentions.get(0);
        int after = m.to();
        // "Precious Adeyemi-Kerr, 44": a first name the tagger took for an adjective, left outside the name; the age says
        // it is a person.
        boolean nameFirst = m.titleFrom() == 0 || m.titleFrom() == 1 && Character.isUpperCase(s.tokens[0].text().charAt(0));
        SourceType type = registry.canonical(m.entity()).type;
        return nameFirst && (type == SourceType.PERSON || type == SourceType.UNKNOWN) && s.size() > after + 2
                && s.tokens[after].isComma() && s.tokens[after + 1].text().matches("\\d{1,3}")
                && (after + 2 == s.size() || s.tokens[after + 2].isComma())
                && s.list().stream().noneMatch(t -> t.quoted() || t.isQuoteMark());
    }

    /** Whether every sentence of the paragraph starting at sentence {@code first} is inside quotation marks. */
    private static boolean allQuoted(List<SentenceView> sentences, int first) {
        int paragraph = sentences.get(first).paragraph();
        if (!sentences.get(first).tokens[0].isQuoteMark()) {
            return false;
        }
        for (int i = first; i < sentences.size() && sentences.get(i).paragraph() == paragraph; i++) {
            for (Token t : sentences.get(i).tokens) {
                if (!t.quoted() && !t.isQuoteMark() && !t.isPunct()) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * A person's name, alone, then a colon and unquoted words: "Donnelly: …", "Maria Ortega: …", or with the role in
     * brackets before the colon: "TOBIAS RENWICK (general manager, Voltra Mobility): …".
     */
    private static Mention label(SentenceView s, EntityRegistry registry) {
        for (Mention m : registry.mentions(s.index())) {
            Entity e = registry.canonical(m.entity());
            int colon = colonAfter(s, m.to());
            if (m.titleFrom() == m.from() && (m.from() == 0 || capitalsOnly(s, 0, m.from())) && colon > 0 && e.type == SourceType.PERSON
                    && colon + 1 < s.size() && !s.tokens[colon + 1].isQuoteMark()) {
                return m;
            }
        }
        return null;
    }

    /**
     * A transcript's turn under a role label: "GUEST (Yestin Mordaunt): …" names who the label stands for, and a later
     * "GUEST: …" is the same person's turn. Null when the paragraph opens with no such label.
     */
    private static Answer roleTurn(SentenceView s, EntityRegistry registry, PhraseParser phrases, Map<String, Answer> roleLabels) {
        if (s.size() < 3 || !roleWord(s.tokens[0].text())) {
            return null;
        }
        String role = s.tokens[0].text();
        if (s.is(1, ":")) {
            Answer known = roleLabels.get(role);
            return known == null || s.tokens[2].isQuoteMark() ? null : new Answer(s.index(), 1, known.speaker());
        }
        if (!s.is(1, "(")) {
            return null;
        }
        int close = -1;
        for (int k = 2; k < Math.min(s.size() - 1, 30); k++) {
            if (s.is(k, ")")) {
                close = k;
                break;
            }
        }
        if (close < 0 || !s.is(close + 1, ":") || close + 2 >= s.size()) {
            return null;
        }
        for (Mention m : registry.mentions(s.index())) {
            if (m.titleFrom() == 2 && m.to() <= close && registry.canonical(m.entity()).type == SourceType.PERSON) {
                Phrase speaker = phrases.parse(s, m.titleFrom(), m.to());
                if (speaker == null || speaker.kind() != Phrase.Kind.NAME) {
                    return null;
                }
                Answer turn = new Answer(s.index(), close + 1, speaker);
                roleLabels.putIfAbsent(role, turn);
                return turn;
            }
        }
        return null;
    }

    /** "GUEST", "HOST", "CALLER": a label word in capitals, no name and no initials. */
    private static boolean roleWord(String w) {
        return w.length() >= 3 && w.chars().allMatch(Character::isUpperCase);
    }

    /** "TOBIAS RENWICK": a first name in capitals that the name finder did not join to the surname it knows. */
    private static boolean capitalsOnly(SentenceView s, int from, int to) {
        for (int i = from; i < to; i++) {
            String w = s.tokens[i].text();
            if (w.length() < 2 || !w.chars().allMatch(Character::isUpperCase)) {
                return false;
            }
        }
        return to - from <= 2;
    }

    /** A broadcast script's labels for a recorded voice played in the bulletin. */
    private static final Set<String> RECORDINGS = Set.of("clip", "audio", "soundbite", "actuality", "sot", "grab", "insert");

    private static final Set<String> QUESTIONERS = Set.of("presenter", "host", "interviewer", "moderator", "anchor", "chair",
            "chairman", "chairwoman", "chairperson");

    /** Whether the brackets between a label's name and its colon give the role of the one who asks ("(presenter)"). */
    private static boolean asksTheQuestions(SentenceView s, int from, int colon) {
        for (int i = from; i < colon; i++) {
            if (QUESTIONERS.contains(s.tokens[i].lower())) {
                return true;
            }
        }
        return false;
    }

    /** The colon at i, or after a bracketed role starting at i; -1 when there is none. */
    private static int colonAfter(SentenceView s, int i) {
        if (s.is(i, ":")) {
            return i;
        }
        if (!s.is(i, "(")) {
            return -1;
        }
        for (int k = i + 1; k < Math.min(s.size() - 1, i + 12); k++) {
            if (s.is(k, ")")) {
                return s.is(k + 1, ":") ? k + 1 : -1;
            }
        }
        return -1;
    }

    private static final java.util.regex.Pattern COURTESY = java.util.regex.Pattern.compile(
            "(?i)^(?:thanks|thank you|you're welcome|welcome|good (?:morning|afternoon|evening)|hello|hi)\\b.{0,40}$"
                    // "I'll be straight with you.": a preface that says nothing yet.
                    + "|^(?:I'll|I will|let me|I'm going to) be (?:straight|honest|frank|clear|candid|blunt) (?:with you|about (?:this|that|it))?\\W*$");

    /** "Thanks for having me", "Thank you", "I'll be straight with you": a courtesy or preface, not a statement. */
    static boolean courtesy(String words) {
        return COURTESY.matcher(words.strip()).matches();
    }

    /** The answer the sentence belongs to, or null. */
    Answer answerOf(SentenceView s) {
        return byParagraph.isEmpty() ? null : byParagraph.get(s.paragraph());
    }

    /**
     * Inside an answer "I", "we" and "they said the same in 2019" are the answerer talking; a named or described third
     * person ("A driver told me …") is still reported speech of its own.
     */
    static boolean answererOwn(Draft d) {
        return d.phrase != null && d.phrase.kind() == Phrase.Kind.PRONOUN;
    }
}
