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
}
