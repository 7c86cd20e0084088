package newsquiz.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Lifted text must read as a whole sentence of its own, in the case and punctuation the middle of a sentence needs. */
class ClauseCheckTest {
    @Test
    void aClauseThatSaysSomethingIsNotSoIsNegated() {
        assertTrue(ClauseCheck.negated("There was no leak"));
        assertTrue(ClauseCheck.negated("The company had never sold the data"));
        assertTrue(ClauseCheck.negated("The minister didn\u2019t know"));
        assertFalse(ClauseCheck.negated("The team used a beta version offered to anyone"));
        assertFalse(ClauseCheck.negated("Notices went out to every household on Monday"));
    }

    @Test
    void aWholeSentenceHasASubjectAndAMainVerb() {
        assertTrue(ClauseCheck.isFullSentence("The team measured fine-particle levels that were 41 percent lower"));
        assertTrue(ClauseCheck.isFullSentence("Vastergaard reportedly switched to a new nutrition supplier in April"));
        assertTrue(ClauseCheck.isFullSentence("A urine sample collected after the stage contained traces of a banned drug"));
        assertTrue(ClauseCheck.isFullSentence("CodeWeave \"writes secure code by default.\""));
        assertTrue(ClauseCheck.isFullSentence("The study proves nothing about human programmers"));
        assertFalse(ClauseCheck.isFullSentence("Fine-particle levels that were on average 41 percent lower in rooms with working filters"));
        assertFalse(ClauseCheck.isFullSentence("412 next-day falls among Noctavel users, compared with 297 in the comparison group"));
        assertFalse(ClauseCheck.isFullSentence("Corbel Drug Supply, which had failed to record hundreds of deliveries"));
    }

    @Test
    void fragmentsAndSplicesAreNotSentences() {
        assertFalse(ClauseCheck.isFullSentence("Saying the gates had been opened gradually from Monday afternoon"));
        assertFalse(ClauseCheck.isFullSentence("And that three clubs paid wages late last season"));
        assertFalse(ClauseCheck.isFullSentence("Through a spokesman that his delegation would travel"));
        assertFalse(ClauseCheck.isFullSentence("Heads of department were briefed … he wrote to every member"));
        assertFalse(ClauseCheck.isFullSentence("A figure it could not yet verify"));
        assertFalse(ClauseCheck.isFullSentence("The version named in the paper \"has never been released\" and"));
        assertFalse(ClauseCheck.isFullSentence("\u2018Don\u2019t worry about the venue, the hall money will sort it"));
    }

    @Test
    void textThatLeansOnAnotherSentencePointsBack() {
        assertTrue(ClauseCheck.pointsBack("Most of those patients were workers from the site"));
        assertTrue(ClauseCheck.pointsBack("Lena Whitfield had not given anyone permission to use it"));
        assertTrue(ClauseCheck.pointsBack("The real figure is closer to 1,900"));
        assertTrue(ClauseCheck.pointsBack("It had obtained thousands of card numbers"));
        assertTrue(ClauseCheck.pointsBack("Memos of that kind were usually sent by email"));
        assertFalse(ClauseCheck.pointsBack("The findings matched what Open Code Watch had seen in smaller audits"));
        assertTrue(ClauseCheck.pointsBack("The findings matched what his group had seen"));
        assertFalse(ClauseCheck.pointsBack("The findings matched what his group had seen", "Kwabena Thorsby-Ruiz"));
        assertTrue(ClauseCheck.pointsBack("The children have started calling him the bread man", "Agnieszka Saltmarsh"));
        assertFalse(ClauseCheck.pointsBack("FreshWay had removed the products from the shelves of all 212 of its stores"));
        assertFalse(ClauseCheck.pointsBack("The drug appears to linger in the bloodstream, whose livers clear it more slowly"));
        // The eval-blind19 review: a place, a line of an email, a reshuffle named only in the sentence before.
        assertTrue(ClauseCheck.pointsBack("Engineers would be there on both evenings"));
        assertTrue(ClauseCheck.pointsBack("The board had read that line back to front"));
        assertTrue(ClauseCheck.pointsBack("The coming one was likely to be smaller and quieter"));
        assertFalse(ClauseCheck.pointsBack("There were no engineers at the depot on Sunday"));
        assertFalse(ClauseCheck.pointsBack("Felling in April is exactly what the law is there to stop"));
        // The eval-blind20 review: a year, a bid and a person named only in the sentence before.
        assertTrue(ClauseCheck.pointsBack("The county's grant for the hall rose from \u00a32m to \u00a32.4m that year"));
        assertTrue(ClauseCheck.pointsBack("Hollins's was the cheapest, at \u00a318,000"));
        assertTrue(ClauseCheck.pointsBack("The driver in question had held a licence for 30 years"));
        assertFalse(ClauseCheck.pointsBack("The hall's grant rose from \u00a32m in 2021 to \u00a32.4m in 2022"));
        assertFalse(ClauseCheck.pointsBack("Hollins was the cheapest bidder, at \u00a318,000"));
    }

    @Test
    void heOrSheNeedsThePersonTheTextOpensWith() {
        List<String> people = List.of("Denise Farrant", "Ida Fenwright");
        assertFalse(ClauseCheck.strayPersonal("Denise Farrant had raised the matter after residents contacted her", people));
        assertTrue(ClauseCheck.strayPersonal("Marlow Marine Laboratory would name its field station after her", people));
    }

    @Test
    void aSourceMustReadAsOne() {
        assertTrue(ClauseCheck.readableSource("the Environment Agency"));
        assertTrue(ClauseCheck.readableSource("economists at Hollin Bank"));
        assertFalse(ClauseCheck.readableSource("The account behind the original post has allegedly shared similar claims"));
        assertFalse(ClauseCheck.readableSource("one of the reviewers assigned to it"));
        assertFalse(ClauseCheck.readableSource("our verification team"));
        assertFalse(ClauseCheck.readableSource("short of the $331 million analysts"));
    }

    @Test
    void theFirstWordIsLowerCasedUnlessTheArticleTreatsItAsAName() {
        Casing casing = new Casing(List.of("Emergency services were called at 06:50.", "Police said the emergency response was quick.",
                "The statement came from Kestner Chemicals, which owns the plant.", "A Brisko engineer flagged it.",
                "Officials at the regional transport authority said nothing."), Set.of("Kestner Chemicals"));
        assertEquals("emergency services were called", casing.lowerFirst("Emergency services were called"));
        assertEquals("Kestner Chemicals said", casing.lowerFirst("Kestner Chemicals said"));
        assertEquals("a Brisko engineer flagged it", casing.lowerFirst("A Brisko engineer flagged it"));
        assertEquals("the regional transport authority", casing.source("Regional Transport Authority"));
        Casing hall = new Casing(List.of("District council officials, who spoke on condition of anonymity, said the project was on hold.",
                "Sallowfield District Council, which oversees parish councils, declined to comment."), Set.of("District council officials"));
        assertEquals("district council officials", hall.source("District council officials"));
    }

    @Test
    void aNameTakesTheArticleOnlyWhenTheArticleGivesItOne() {
        Casing casing = new Casing(List.of("Smoke rose over the Kestner Chemicals site.", "Kestner Chemicals said nobody was hurt.",
                "The fire at the plant, Kestner Chemicals says, is out.", "The Northern Courier published the memo.",
                "Ministers attacked the Northern Courier on Friday."), Set.of());
        assertEquals("Kestner Chemicals", casing.source("the Kestner Chemicals"));
        assertEquals("the Northern Courier", casing.source("Northern Courier"));
    }

    @Test
    void statementsEndWithOneStop() {
        assertEquals("the water was \"pumped out overnight.\"", TrueFalseNotGivenQuestions.endSentence("the water was \"pumped out overnight.\""));
        assertEquals("the finance office had \u201cmoved the goalposts\u201d.",
                TrueFalseNotGivenQuestions.endSentence("the finance office had \u201cmoved the goalposts,\u201d"));
        assertEquals("the toll was raised.", TrueFalseNotGivenQuestions.endSentence("the toll was raised"));
    }

    @Test
    void aListCutBeforeItsLastItemIsNoClaim() {
        assertTrue(TrueFalseNotGivenQuestions.cutMidList("The document did not match the templates, carried a number that was never issued",
                "the document did not match the templates, carried a number that was never issued and bore the initials of an official"));
        assertTrue(TrueFalseNotGivenQuestions.cutMidList("Listeria from a drain was closely related to the strain",
                "listeria from a drain was closely related to the strain that sickened three of the six patients"));
        assertFalse(TrueFalseNotGivenQuestions.cutMidList("The ministry said waiting lists had fallen",
                "the ministry said waiting lists had fallen and the union disagreed"));
    }

    @Test
    void aHedgeInsideQuotationMarksIsTheSpeakersWord() {
        String sentence = "Kestner said it would not comment on \u201cunverified allegations\u201d.";
        assertTrue(HedgeQuestions.insideQuotes(sentence, sentence.indexOf("unverified")));
        String own = "Kessler reportedly made the offer during a private meeting.";
        assertFalse(HedgeQuestions.insideQuotes(own, own.indexOf("reportedly")));
    }

    @Test
    void aSubjectBeforeItsOrTheyIsWhatTheyStandFor() {
        assertFalse(ClauseCheck.pointsBack("Quillstream is cutting 40% of its workforce"));
        assertFalse(ClauseCheck.pointsBack("Even after the rise, bills would be lower than they were last year"));
        assertTrue(ClauseCheck.pointsBack("They would be lower than last year"));
        assertTrue(ClauseCheck.isFullSentence("At least two patients have died because of the error"));
    }

    @Test
    void aNounWithARelativeClauseIsNoSentenceEvenWithAQuotedVerbInIt() {
        assertFalse(ClauseCheck.isFullSentence("Wednesday morning which showed a navy frigate \u201cheading for the islands at full speed\u201d"));
        assertFalse(ClauseCheck.isFullSentence("Wednesday morning which showed a navy frigate heading for the islands at full speed"));
        assertTrue(ClauseCheck.isFullSentence("The frigate was \u201cheading for the islands at full speed\u201d"));
    }

    @Test
    void aQuestionLeftOpenIsNoClaim() throws Exception {
        Facts facts = InventedArticles.facts("""
                Yard profile

                Mara Quist-Ellery, who runs the Heron Point boatyard, says the order book is full until 2028. She won't say what the Dutch buyer is paying, or who he is.

                Her foreman, Ben Cole, explained how a hull is tested: two days in the water with the bilges dry.

                A broker, Ann Moss, said the yacht market was booming.
                """);
        assertTrue(facts.statements.stream().filter(s -> s.claim().startsWith("What")).noneMatch(facts::isStandalone), facts.statements.toString());
        assertTrue(facts.statements.stream().anyMatch(s -> s.claim().startsWith("The order book") && facts.isStandalone(s)));
        assertTrue(facts.statements.stream().anyMatch(s -> s.claim().startsWith("How a hull") && facts.isStandalone(s)), facts.statements.toString());
    }

    @org.junit.jupiter.api.Test
    void anOrderIsNoStatementAThatCanReport() {
        org.junit.jupiter.api.Assertions.assertTrue(ClauseCheck.imperative("Give the old drug at half strength and anything will look good"));
        org.junit.jupiter.api.Assertions.assertFalse(ClauseCheck.imperative("Given the old drug at half strength, patients improved"));
        org.junit.jupiter.api.Assertions.assertFalse(ClauseCheck.isFullSentence("Give the old drug at half strength and anything will look good"));
    }
}
