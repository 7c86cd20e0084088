package newsquiz.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Tuned at stop 63.
 * <ul>
 * <li>"The other choices are what the article gives to other sources, such as Walther Nickless, …" when Nickless's words
 * had been dropped from the choices: once wrong choices are dropped, the explanation no longer names whose the rest are
 * (review83 rathbury q05, scorton q07).</li>
 * <li>"According to Wickstone Couriers, Wickstone Couriers' last vehicle purchase …": a name ending in "s" takes the
 * apostrophe alone, and the statement says "its" as the article did.</li>
 * </ul>
 */
class QuizSixtyThreeTest {

    @Test
    void anExplanationNamingTheWrongChoicesSourcesForgetsThemWhenChoicesAreDropped() {
        String named = "The article says: “…”" + AttributionQuestions.OTHER_SOURCES_NAMED + "Walther Nickless and Omari Pidcock.";
        assertEquals("The article says: “…” The other choices come from other sources.",
                AttributionQuestions.withoutSourcesNamed(named));
        assertEquals("The article says: “…” So it was X.", AttributionQuestions.withoutSourcesNamed("The article says: “…” So it was X."));
    }

    @Test
    void aNameEndingInSIsNotRepeatedAfterAccordingTo() throws Exception {
        List<String> prompts = InventedArticles.questions(new TrueFalseNotGivenQuestions(), "Vans sold\n\n"
                + "A delivery driver, who asked not to be named, told Tincture that the vans had been sold to Wickstone Couriers. "
                + "Wickstone Couriers said its last vehicle purchase was in 2029, from a dealer. The chain said 40 patients "
                + "would lose deliveries. Pharmacist Omari Pidcock said the vans were old.").stream().map(Candidate::prompt).toList();
        assertFalse(prompts.stream().anyMatch(p -> p.contains("Wickstone Couriers, Wickstone Couriers")), prompts.toString());
        assertTrue(prompts.stream().anyMatch(p -> p.contains("According to Wickstone Couriers, its last vehicle purchase")), prompts.toString());
    }
}
