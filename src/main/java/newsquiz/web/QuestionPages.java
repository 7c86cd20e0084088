package newsquiz.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import newsquiz.article.Article;
import newsquiz.quiz.Choice;
import newsquiz.quiz.Evidence;
import newsquiz.quiz.Question;
import newsquiz.quiz.QuestionType;
import newsquiz.store.Answer;
import newsquiz.web.view.Learner;
import newsquiz.web.view.QuestionPage;

/** Builds a question page from an attempt: the form, and the feedback only once it may be shown. */
final class QuestionPages {
    /** Messages shown after a redirect, by code, so no free text travels in the URL. */
    static final Map<String, QuestionPage.Notice> NOTICES = Map.of(
            "saved", new QuestionPage.Notice("success", "Answer saved."),
            "pick", new QuestionPage.Notice("error", "Pick an answer first, then press the button."),
            "order", new QuestionPage.Notice("error", "Put every item in a different place, then press the button."),
            "locked", new QuestionPage.Notice("info", "You already answered this question, so your answer stays as it is."),
            "closed", new QuestionPage.Notice("error", "This class session is closed, so answers are no longer accepted."),
            "finished", new QuestionPage.Notice("info", "You have handed in this quiz, so answers can no longer change."));

    private final ArticleLibrary articles;

    QuestionPages(ArticleLibrary articles) {
        this.articles = articles;
    }

    QuestionPage build(AttemptView view, int number, String csrf, String noticeCode) {
        Question q = view.questions().get(number - 1);
        Answer answer = view.answer(q);
        boolean revealed = answer != null && view.feedbackVisible();
        boolean editable = view.acceptsAnswers() && (answer == null || !view.locksAnswers());
        List<String> chosen = answer == null ? List.of() : answer.choices();
        List<String> key = AnswerRules.key(q);
        List<Choice> ordered = view.choicesInOrder(q);
        QuestionPage.Kind kind = switch (q.type()) {
            case MULTIPLE_CHOICE -> QuestionPage.Kind.MANY;
            case ORDERING -> QuestionPage.Kind.ORDER;
            default -> QuestionPage.Kind.ONE;
        };

        List<QuestionPage.Option> options = new ArrayList<>();
        List<QuestionPage.Slot> slots = new ArrayList<>();
        if (kind == QuestionPage.Kind.ORDER) {
            for (int position = 1; position <= ordered.size(); position++) {
                String placed = position <= chosen.size() ? chosen.get(position - 1) : null;
                List<QuestionPage.SlotOption> choices = new ArrayList<>();
                for (Choice c : ordered) {
                    choices.add(new QuestionPage.SlotOption(c.id(), c.text(), c.id().equals(placed)));
                }
                slots.add(new QuestionPage.Slot(position, choices));
            }
        } else {
            for (Choice c : ordered) {
                boolean checked = chosen.contains(c.id());
                String mark = "";
                String label = "";
                if (revealed && checked) {
                    mark = key.contains(c.id()) ? "right" : "wrong";
                    label = key.contains(c.id()) ? "Your answer: right" : "Your answer: wrong";
                } else if (revealed && key.contains(c.id())) {
                    mark = "missed";
                    label = "Right answer";
                }
                options.add(new QuestionPage.Option(c.id(), c.text(), checked, mark, label));
            }
        }

        QuestionPage.Notice notice = noticeCode == null ? null : NOTICES.get(noticeCode);
        if (notice == null && !view.acceptsAnswers() && answer == null) {
            notice = view.sessionClosed() ? NOTICES.get("closed") : NOTICES.get("finished");
        }
        String submit = answer == null ? (view.locksAnswers() ? "Check my answer" : "Save my answer") : "Change my answer";
        Learner learner = view.classroom() ? new Learner(view.attempt().displayName(), view.attempt().rejoinCode()) : null;
        return new QuestionPage(csrf, view.quiz().title(), number, view.questions().size(), view.answers().size(), q.prompt(),
                hint(q.type()), kind, options, slots, editable, submit, notice,
                revealed ? reveal(view, q, number, answer, key) : null, nav(view, number, answer != null), learner);
    }

    private QuestionPage.Reveal reveal(AttemptView view, Question q, int number, Answer answer, List<String> key) {
        List<String> keyTexts = new ArrayList<>();
        for (String id : key) {
            q.choices().stream().filter(c -> c.id().equals(id)).findFirst().ifPresent(c -> keyTexts.add(c.text()));
        }
        List<QuestionPage.Quote> quotes = new ArrayList<>();
        Optional<Article> article = articles.forQuiz(view.quiz());
        EvidenceLocator locator = article.map(EvidenceLocator::new).orElse(null);
        String articleUrl = "/attempt/" + view.id() + "/article?q=" + number;
        for (Evidence e : q.evidence()) {
            int paragraph = locator == null ? 0 : locator.locate(e).map(s -> locator.number(s.paragraph())).orElse(0);
            quotes.add(new QuestionPage.Quote(paragraph, e.quote(), paragraph > 0 ? articleUrl + "#p" + paragraph : articleUrl));
        }
        String headline = answer.correct() ? "Right!" : "Not quite.";
        return new QuestionPage.Reveal(answer.correct(), headline, keyTexts, q.explanation(), quotes);
    }

    private static QuestionPage.Nav nav(AttemptView view, int number, boolean answered) {
        String base = "/attempt/" + view.id();
        int total = view.questions().size();
        String previous = number > 1 ? base + "/q/" + (number - 1) : null;
        String next = number < total ? base + "/q/" + (number + 1) : null;
        String nextLabel = answered || !view.acceptsAnswers() ? "Next question" : "Skip for now";
        boolean allAnswered = view.firstUnanswered() == 0;
        String finish = number == total && allAnswered && view.acceptsAnswers() ? base + "/finish" : null;
        return new QuestionPage.Nav(base + "/q/" + number, base + "/article?q=" + number, previous, next, nextLabel, finish,
                base + "/summary");
    }

    private static String hint(QuestionType type) {
        return switch (type) {
            case MULTIPLE_CHOICE -> "Choose every answer that is right.";
            case TRUE_FALSE -> "Is this true or false?";
            case TRUE_FALSE_NOT_GIVEN -> "True, false, or does the article not say?";
            case ORDERING -> "Put them in order, from first to last.";
            case SINGLE_CHOICE -> "Choose one answer.";
        };
    }
}
