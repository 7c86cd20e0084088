package newsquiz.web.teacher;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import newsquiz.quiz.Choice;
import newsquiz.quiz.Question;
import newsquiz.quiz.QuestionType;
import newsquiz.store.Answer;
import newsquiz.web.AnswerRules;
import newsquiz.web.Labels;

/**
 * The figures a teacher reads after a session: per question (answered, blank, facility,
 * discrimination, how often each option was chosen, what deserves a second look) and for the
 * whole test. Students who answered nothing are left out of the statistics.
 */
record ResultsReport(Test test, List<QuestionFigures> questions) {
    ResultsReport {
        questions = List.copyOf(questions);
    }

    /** Whole-test figures; {@code histogram.get(n)} is how many students got n right. */
    record Test(int students, int notStarted, int questions, double mean, double median, double standardDeviation, double alpha,
            List<Integer> histogram, List<Family> families) {
        Test {
            histogram = List.copyOf(histogram);
            families = List.copyOf(families);
        }

        boolean smallClass() {
            return students < ItemStatistics.SMALL_CLASS;
        }
    }

    /** Mean facility of the questions of one family (focus). */
    record Family(String key, String label, int questions, double facility) {}

    record QuestionFigures(Question question, int number, int answered, int blank, int correct, double facility,
            double discrimination, List<OptionCount> options, WrongAnswer commonWrong, List<String> flags) {
        QuestionFigures {
            options = List.copyOf(options);
            flags = List.copyOf(flags);
        }

        boolean check() {
            return !flags.isEmpty();
        }
    }

    /** How many answers chose an option; for ordering questions, how many put it in its right place. */
    record OptionCount(String id, String text, boolean key, int count) {}

    /** The wrong answer given most often, when it was given by more than half of those who answered. */
    record WrongAnswer(List<String> choiceIds, String text, int count) {
        WrongAnswer {
            choiceIds = List.copyOf(choiceIds);
        }
    }

    static ResultsReport of(SessionResults results) {
        List<SessionResults.Student> students = results.answering();
        List<Question> questions = results.questions();
        double[][] scores = new double[students.size()][questions.size()];
        for (int s = 0; s < students.size(); s++) {
            for (int i = 0; i < questions.size(); i++) {
                Answer a = students.get(s).answer(questions.get(i));
                scores[s][i] = a != null && a.correct() ? 1 : 0;
            }
        }
        ItemStatistics.Result stats = ItemStatistics.compute(scores);
        List<QuestionFigures> figures = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            Question q = questions.get(i);
            double facility = students.isEmpty() ? Double.NaN : stats.facility().get(i);
            double discrimination = students.isEmpty() ? Double.NaN : stats.discrimination().get(i);
            figures.add(question(q, i + 1, students, facility, discrimination));
        }
        List<Integer> histogram = new ArrayList<>();
        for (int n = 0; n <= questions.size(); n++) {
            histogram.add(0);
        }
        for (double total : stats.totals()) {
            int n = (int) Math.round(total);
            histogram.set(n, histogram.get(n) + 1);
        }
        Test test = new Test(students.size(), results.students().size() - students.size(), questions.size(), stats.mean(),
                stats.median(), stats.standardDeviation(), stats.alpha(), histogram, families(figures));
        return new ResultsReport(test, figures);
    }

    private static QuestionFigures question(Question q, int number, List<SessionResults.Student> students, double facility,
            double discrimination) {
        List<String> key = AnswerRules.key(q);
        List<Answer> answers = students.stream().map(s -> s.answer(q)).filter(a -> a != null).toList();
        int correct = (int) answers.stream().filter(Answer::correct).count();
        List<OptionCount> options = new ArrayList<>();
        for (Choice c : q.choices()) {
            int count = 0;
            for (Answer a : answers) {
                if (q.type() == QuestionType.ORDERING) {
                    int place = key.indexOf(c.id());
                    count += place < a.choices().size() && c.id().equals(a.choices().get(place)) ? 1 : 0;
                } else {
                    count += a.choices().contains(c.id()) ? 1 : 0;
                }
            }
            options.add(new OptionCount(c.id(), c.text(), key.contains(c.id()) && q.type() != QuestionType.ORDERING, count));
        }
        WrongAnswer wrong = commonWrong(q, answers);
        List<String> flags = new ArrayList<>();
        if (!Double.isNaN(discrimination) && discrimination < 0) {
            flags.add("Negative discrimination: students who did better on the rest of the quiz did worse on this question."
                    + " Check the key and the wording.");
        } else if (!Double.isNaN(discrimination) && discrimination < ItemStatistics.LOW_DISCRIMINATION) {
            flags.add("Low discrimination (under 0.2): this question hardly separates stronger from weaker readers.");
        }
        if (wrong != null) {
            flags.add("Most students who answered (" + wrong.count() + " of " + answers.size() + ") chose the same wrong answer: \u201c"
                    + wrong.text() + "\u201d. The key may be wrong.");
        }
        return new QuestionFigures(q, number, answers.size(), students.size() - answers.size(), correct, facility, discrimination,
                options, wrong, flags);
    }

    private static WrongAnswer commonWrong(Question q, List<Answer> answers) {
        Map<List<String>, Integer> counts = new HashMap<>();
        for (Answer a : answers) {
            if (!a.correct()) {
                counts.merge(a.choices(), 1, Integer::sum);
            }
        }
        // Ties go to the answer listed first, so the same data always gives the same flag.
        Comparator<Map.Entry<List<String>, Integer>> byCount = Map.Entry.comparingByValue();
        return counts.entrySet().stream()
                .max(byCount.thenComparing(e -> e.getKey().toString(), Comparator.reverseOrder()))
                .filter(e -> e.getValue() * 2 > answers.size())
                .map(e -> new WrongAnswer(e.getKey(), text(q, e.getKey()), e.getValue()))
                .orElse(null);
    }

    /** An answer in words: the chosen texts, joined as the question type reads them. */
    static String text(Question q, List<String> choiceIds) {
        List<String> texts = new ArrayList<>();
        for (String id : choiceIds) {
            texts.add(q.choices().stream().filter(c -> c.id().equals(id)).map(Choice::text).findFirst().orElse(id));
        }
        return String.join(q.type() == QuestionType.ORDERING ? " \u2192 " : " + ", texts);
    }

    private static List<Family> families(List<QuestionFigures> figures) {
        Map<String, List<QuestionFigures>> byFocus = new LinkedHashMap<>();
        for (QuestionFigures f : figures) {
            String focus = f.question().focus() == null || f.question().focus().isBlank() ? "other" : f.question().focus();
            byFocus.computeIfAbsent(focus, x -> new ArrayList<>()).add(f);
        }
        List<Family> families = new ArrayList<>();
        byFocus.forEach((focus, list) -> families.add(new Family(focus, Labels.focus("other".equals(focus) ? null : focus), list.size(),
                list.stream().mapToDouble(QuestionFigures::facility).average().orElse(Double.NaN))));
        return families;
    }
}
