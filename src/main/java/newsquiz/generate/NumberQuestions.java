package newsquiz.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import newsquiz.analysis.Figure;
import newsquiz.quiz.Difficulty;
import newsquiz.quiz.QuestionType;
import newsquiz.quiz.Skill;

/** Figures and what they count, as a gap in the article's own sentence. */
final class NumberQuestions implements QuestionFamily {
    @Override
    public List<Candidate> propose(Facts facts) {
        List<Candidate> out = new ArrayList<>();
        List<Figure> figures = facts.analysis.figures();
        for (Figure f : figures) {
            if (f.kind() == Figure.Kind.TIME || f.value().matches("\\d{1,2}-\\d{1,2}") || f.value().matches("(?i)[a-z ]+")
                    // "53-year old": half of an age, and its wrong answers would read as typos.
                    || f.value().matches("(?i).*-(year|month|week|day)s?")) {
                continue;
            }
            String sentence = facts.sentence(f.sentence()).text();
            String snippet = gap(sentence, f.value());
            if (snippet == null) {
                continue;
            }
            List<String> wrong = new ArrayList<>();
            for (Figure other : figures) {
                if (other.kind() == f.kind() && shape(other.value()).equals(shape(f.value()))
                        && !other.value().equalsIgnoreCase(f.value()) && !snippet.contains(other.value())
                        && wrong.stream().noneMatch(w -> w.equalsIgnoreCase(other.value())) && wrong.size() < 3
                        && Math.abs(other.value().length() - f.value().length()) <= 8) {
                    wrong.add(other.value());
                }
            }
            for (String v : Numbers.variants(f.value(), 4)) {
                if (wrong.size() < 3 && wrong.stream().noneMatch(w -> w.equalsIgnoreCase(v)) && !sentence.contains(v)) {
                    wrong.add(v);
                }
            }
            if (wrong.size() < 2) {
                continue;
            }
            String what = switch (f.kind()) {
                case DATE -> "date";
                case YEAR -> "year";
                default -> "number";
            };
            String source = f.source().isBlank() ? "" : " The figure comes from " + AttributionQuestions.speakerInSentence(f.source(), facts) + ".";
            String explanation = "The article says: \u201c" + Phrasing.shorten(sentence, 40).replace('\u201c', '\u2018')
                    .replace('\u201d', '\u2019') + "\u201d" + source;
            int priority = f.counts().isBlank() ? 35 : 50;
            out.add(new Candidate("number", Skill.COMPREHENSION, QuestionType.SINGLE_CHOICE, Difficulty.EASY,
                    "Which " + what + " completes this sentence from the article? \u201c" + snippet + "\u201d", f.value(), wrong,
                    explanation, List.of(f.sentence()), "number:" + f.sentence() + ":" + f.value().toLowerCase(Locale.ROOT), priority));
        }
        return out;
    }

    /** "20 to 50 years" and "60m" have different shapes; wrong answers keep the key's shape. */
    private static String shape(String value) {
        return value.toLowerCase(Locale.ROOT).replaceAll("\\d[\\d,.]*", "#").replaceAll("^between ", "");
    }

    /** About twenty words of the sentence with the figure replaced by a gap; null if the figure is not there once. */
    static String gap(String sentence, String value) {
        String text = Phrasing.clean(sentence).replaceAll("[\u201c\u201d\"]", "");
        int at = text.indexOf(value);
        if (at < 0 || text.indexOf(value, at + 1) >= 0) {
            return null;
        }
        String before = text.substring(0, at).strip();
        String after = text.substring(at + value.length()).strip();
        String[] b = before.isEmpty() ? new String[0] : before.split(" ");
        String[] a = after.isEmpty() ? new String[0] : after.split(" ");
        int from = Math.max(0, b.length - 10);
        int to = Math.min(a.length, 10);
        String left = (from > 0 ? "\u2026 " : "") + String.join(" ", java.util.Arrays.copyOfRange(b, from, b.length));
        String right = String.join(" ", java.util.Arrays.copyOfRange(a, 0, to)) + (to < a.length ? " \u2026" : "");
        return (left + " ____ " + right).strip().replaceAll("\\s+", " ");
    }
}
