package newsquiz.quiz;

import java.util.List;
import java.util.stream.IntStream;

/**
 * A question read from a GIFT or Aiken file, before it is made part of a quiz. {@code name} is the file's
 * question name or null; {@code explanation} the general feedback, empty when the file has none.
 */
public record ImportedQuestion(String name, QuestionType type, String prompt, List<ImportedChoice> choices,
        String explanation) {
    public ImportedQuestion {
        choices = List.copyOf(choices);
        explanation = explanation == null ? "" : explanation;
    }

    /** Our choice records, lettered a, b, c… in file order. */
    public List<Choice> asChoices() {
        return IntStream.range(0, choices.size())
                .mapToObj(i -> new Choice(letter(i), choices.get(i).text(), choices.get(i).correct()))
                .toList();
    }

    private static String letter(int index) {
        return index < 26 ? String.valueOf((char) ('a' + index)) : "c" + (index + 1);
    }
}
