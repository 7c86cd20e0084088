package newsquiz.generate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Defects found in the eval-blind26 review and while tuning on that set, each on invented text. */
class ReviewTwentySixTest {
    private static final String CLINIC = """
            Health board says Marsby clinic will stay open

            The Eastfold Health Board has denied reports that it plans to close the eye clinic at Marsby Cottage Hospital, which sees 90 patients a week.

            The Marsby Echo reported on Monday, citing two receptionists who asked not to be named, that the clinic would shut in October.

            "That is simply not true," said Dr Ilse Wakefield-Obi, the board's medical director, in a letter to patients.

            The board said it had spent £200,000 last year on new equipment for the clinic.

            The clinic is understood to be short of two of its nine nurses, and patients said three Friday sessions had been cancelled in May.

            "We have never been asked to draw up plans for a closure," said Rosalind Tarrant, the clinic's senior nurse, in an interview with Radio Marsby.

            The Echo also reported that the clinic cost £400,000 a year more to run than the city unit.

            A patients' group said the waiting list for cataract operations had doubled since January.

            A post shared in a Facebook group claimed that the board had already sold the hospital car park.

            Hamid Okonjo-Hale, an organiser for the Federated Health Union, said managers had assured him on Tuesday that no closure was planned.
            """;

    @Test
    void aDenialInWordsOfItsOwnIsNotTiedToAnUnrelatedClaimJustBefore() throws Exception {
        // review26 DRE q07: "We have never been asked to plan for a closure" keyed as a denial that sessions were cancelled.
        var asked = InventedArticles.questions(new DenialQuestions(), CLINIC);
        assertTrue(asked.stream().noneMatch(c -> c.prompt().contains("Rosalind Tarrant") && c.key().contains("Friday sessions")),
                asked.toString());
        assertTrue(asked.stream().anyMatch(c -> c.key().equals("Rosalind Tarrant") && c.prompt().contains("never been asked")),
                asked.toString());
    }

    @Test
    void aDeniedReportIsAskedWithoutTheAsideAboutThePlace() throws Exception {
        // eval-blind26 DRE: the key ran on into ", which treats 62 patients three times a week" and was dropped as too long.
        var asked = InventedArticles.questions(new DenialQuestions(), CLINIC);
        assertTrue(asked.stream().anyMatch(c -> c.fact().equals("deny:0")
                && c.key().equals("That it plans to close the eye clinic at Marsby Cottage Hospital")), asked.toString());
        assertFalse(asked.stream().anyMatch(c -> c.key().contains("which sees 90 patients")), asked.toString());
    }

    @Test
    void aDenialPassedOnByTheOneAssuredIsADenial() throws Exception {
        // eval-blind26 DRE: "said managers had assured her … that no closure was planned" was read as a plain statement.
        var facts = InventedArticles.facts(CLINIC);
        assertTrue(facts.statements.stream().anyMatch(s -> s.speaker().equals("Hamid Okonjo-Hale")
                && s.attribution().stance() == newsquiz.analysis.Stance.DENY), facts.statements.toString());
    }
}
