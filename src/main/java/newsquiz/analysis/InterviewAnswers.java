package newsquiz.analysis;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

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
        int lastParagraph = -1;
        for (SentenceView s : sentences) {
            boolean opensParagraph = s.paragraph() != lastParagraph;
            lastParagraph = s.paragraph();
            Mention label = opensParagraph ? label(s, registry) : null;
            if (label == null) {
                continue;
            }
            Phrase speaker = phrases.parse(s, label.from(), label.to());
            if (speaker == null || speaker.kind() != Phrase.Kind.NAME) {
                continue;
            }
            labelled.put(s.paragraph(), new Answer(s.index(), label.to(), speaker));
            answersBy.merge(registry.canonical(label.entity()), 1, Integer::sum);
        }
        // One "Name:" paragraph may be a list or a caption; an interview gives the same person the floor again.
        labelled.values().removeIf(a -> answersBy.get(registry.canonical(a.speaker().entity())) < 2);
        return new InterviewAnswers(labelled);
    }

    /** A person's name, alone, then a colon and unquoted words: "Donnelly: …", "Maria Ortega: …". */
    private static Mention label(SentenceView s, EntityRegistry registry) {
        for (Mention m : registry.mentions(s.index())) {
            Entity e = registry.canonical(m.entity());
            if (m.titleFrom() == 0 && m.from() == 0 && s.is(m.to(), ":") && e.type == SourceType.PERSON
                    && m.to() + 1 < s.size() && !s.tokens[m.to() + 1].isQuoteMark()) {
                return m;
            }
        }
        return null;
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
