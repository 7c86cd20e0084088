package newsquiz.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Written at stop 61 from the teachers' reviews of eval-blind78 and 79, before eval-blind80 and 81 were read.
 * <ul>
 * <li>"The chair of its residents' association, Evangelina Hackett, said …" became the choice "Chair of its residents'
 * association" and the explanation "a chair of its …" (brennerby q05): out of the article "its" points nowhere, and a post
 * one person holds takes "the" (morvenham q02: "a head of the service").</li>
 * <li>"in 15 to 18 minutes" had the wrong answer "5 to 5", both ends rounded to one number (aldwinter q06).</li>
 * </ul>
 */
class QuizSixtyOneTest {

    private static final String ESTATE = "Power cuts on the Kelby estate\n\n"
            + "The chair of its residents' association, Ivo Rand, said the substation had failed four times since May. "
            + "Tolvern Power, the operator, said the substation had failed twice. A teacher at Kelby school, Dora Quist, said "
            + "pupils had lost two days of lessons. The head of the county's energy team, Mabel Orrin, said a new cable "
            + "would be laid in June.";

    @Test
    void aRoleOfItsBodyReadsAsTheRole() throws Exception {
        List<Candidate> all = new SourceDescriptionQuestions().propose(InventedArticles.facts(ESTATE));
        Candidate rand = all.stream().filter(c -> c.prompt().equals("How does the article describe Ivo Rand?")).findFirst()
                .orElseThrow(() -> new AssertionError(all.toString()));
        assertEquals("Chair of the residents' association", rand.key());
        assertTrue(rand.explanation().startsWith("The article calls Ivo Rand the chair of the residents' association."),
                rand.explanation());
    }

    @Test
    void aWrongRangeKeepsTwoEnds() throws Exception {
        String text = "Night cover cut at Kelby fire station\n\nThe Kelby fire engine will stand down at night from May. Tolvern "
                + "Fire Service said the next engine, at Illbrook, would reach most homes in Kelby in 15 to 18 minutes. The "
                + "union said response times could rise from about eight minutes to more than 30.";
        List<Candidate> all = new NumberQuestions().propose(InventedArticles.facts(text));
        Candidate range = all.stream().filter(c -> c.key().equals("15 to 18")).findFirst()
                .orElseThrow(() -> new AssertionError(all.toString()));
        assertTrue(range.distractors().size() >= 3 && range.distractors().stream().noneMatch(d -> d.matches("(\\d+) to \\1")),
                range.distractors().toString());
    }
}
