package newsquiz.web;

import java.util.ArrayList;
import java.util.List;
import newsquiz.quiz.Question;
import newsquiz.store.Answer;
import newsquiz.web.view.Learner;
import newsquiz.web.view.SummaryPage;

/** Builds the hand-in and results page. */
final class SummaryPages {
    SummaryPage build(AttemptView view, String csrf, String noticeCode) {
        String base = "/attempt/" + view.id();
        boolean showResults = view.resultsVisible();
        boolean perQuestion = showResults && view.feedbackVisible();
        List<SummaryPage.Row> rows = new ArrayList<>();
        for (int i = 0; i < view.questions().size(); i++) {
            Question q = view.questions().get(i);
            Answer a = view.answer(q);
            String status;
            String label;
            if (a == null) {
                status = "open";
                label = "Not answered";
            } else if (perQuestion) {
                status = a.correct() ? "right" : "wrong";
                label = a.correct() ? "Right" : "Wrong";
            } else {
                status = "answered";
                label = "Answered";
            }
            rows.add(new SummaryPage.Row(i + 1, q.prompt(), status, label, base + "/q/" + (i + 1)));
        }
        SummaryPage.Result result = null;
        String message = null;
        if (showResults) {
            Score score = view.score();
            result = new SummaryPage.Result(score.correct(), score.total(), score.percent(), cheer(score),
                    bars(score.bySkill()), bars(score.byFocus()));
        } else if (view.attempt().finished() || view.sessionClosed()) {
            message = view.waitingMessage();
        } else if ("saved".equals(noticeCode)) {
            message = "Answer saved.";
        }
        boolean canPractise = showResults && !view.score().missed().isEmpty();
        Learner learner = view.classroom() ? new Learner(view.attempt().displayName(), view.attempt().rejoinCode()) : null;
        return new SummaryPage(csrf, view.quiz().title(), view.attempt().finished(), showResults, view.acceptsAnswers(), message,
                view.answers().size(), view.questions().size(), result, rows,
                view.acceptsAnswers() ? base + "/finish" : null, canPractise ? base + "/practise" : null, learner);
    }

    private static List<SummaryPage.Bar> bars(List<Score.Tally> tallies) {
        return tallies.stream().map(t -> new SummaryPage.Bar(t.label(), t.correct(), t.total(), t.percent())).toList();
    }

    private static String cheer(Score score) {
        int p = score.percent();
        if (p == 100) {
            return "Perfect score. You read like a fact-checker!";
        }
        if (p >= 75) {
            return "Great reading! Just a few to look at again.";
        }
        if (p >= 50) {
            return "Good effort. Practise the ones you missed to get even better.";
        }
        return "News articles can be tricky. Practise the ones you missed: the explanations will help.";
    }
}
