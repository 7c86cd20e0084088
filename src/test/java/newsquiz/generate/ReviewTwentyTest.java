package newsquiz.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import newsquiz.analysis.Stance;
import org.junit.jupiter.api.Test;

/** Defects the eval-blind20 review found, each on invented text. */
class ReviewTwentyTest {
    @Test
    void aSecondThatAfterButBelongsToTheReportingVerb() throws Exception {
        Facts facts = InventedArticles.facts("""
                Ferry timetable row

                The ferry company has changed its winter timetable for the third year running.

                Its operations manager, Colm Heaney, said he knew the early crossing was popular, but that the harbour could not be lit before 6am.
                """);
        assertTrue(facts.statements.stream().anyMatch(s -> s.claim().contains("was popular, but the harbour could not")),
                facts.statements.toString());
        assertTrue(facts.statements.stream().noneMatch(s -> s.claim().contains("but that")), facts.statements.toString());
    }

    @Test
    void aDescriptionThatPointsBackDescribesNobody() throws Exception {
        var asked = InventedArticles.questions(new SourceDescriptionQuestions(), """
                Cookbook row

                A new memoir by the television cook Harriet Vane claims that a contestant, named only as "the baker from Ashby", was allowed to start her cake again off camera.

                The baker in question, Delia Fennimore, who finished second that year, answered in a post on Instagram. "I had one go, like everybody else," she wrote.

                The pastry chef Anton Reyes, who judged the final, said he remembered no second attempt. The television critic Maya Okafor said the memoir was "settling scores in icing sugar".

                Vane's publisher, Larkspur Books, said the book had been checked by its lawyers "line by line".
                """);
        assertTrue(asked.stream().noneMatch(c -> (c.key() + c.distractors()).contains("in question")), asked.toString());
    }

    @Test
    void aVerdictToldByAVerbPhraseIsAskedAboutItsObject() throws Exception {
        var asked = InventedArticles.questions(new DenialQuestions(), """
                Coach rumours

                The Harbour Hawks lost £310,000 last season, the club's accounts show. Its chairman, Tom Reed, said the owners had covered the loss.

                The supporters' trust secretary, Mona Price, said fans wanted "a straight answer about the debt".

                A league spokesman, Ivo Marsh, said the club had filed its accounts on time.

                Head coach Dana Lee, who is reportedly wanted by a club in Spain, shrugged off the speculation after training on Tuesday. "I have not been offered a job in Spain and I have not gone looking for one," she said.
                """);
        assertTrue(asked.stream().noneMatch(c -> c.prompt().contains("shrugged off the speculation")), asked.toString());
    }

    @Test
    void aRecordShowsButDeniesNothing() throws Exception {
        // "Claims on social media that … are false: the programme's published rules say there are no such kiosks" (the
        // eval-blind20 dispatch): the rules are evidence against the claim, not someone who denied it.
        String text = new String(ReviewTwentyTest.class.getResourceAsStream(
                "/eval-blind20/saint-aurel-citizenship-passports-dispatch.txt").readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        Facts facts = InventedArticles.facts(text);
        assertTrue(facts.statements.stream().anyMatch(s -> s.speaker().endsWith("rules") && s.attribution().stance() == Stance.DENY),
                facts.statements.toString());
        var asked = new DenialQuestions().propose(facts);
        assertTrue(asked.stream().noneMatch(c -> c.prompt().contains("published rules")), asked.toString());
    }

    @Test
    void aNewsletterSettingOutItsContentsReportsNoStatement() throws Exception {
        var asked = InventedArticles.questions(new RelayQuestions(), """
                What we know about the depot move

                By Staff News

                This page sets out what the management board has told us, what it has not, and where the rumours came from.

                A post on the staff forum claimed that the depot would move to Carlow in May. The operations director, Ines Varga, said no site had been chosen.

                The union rep, Paul Okafor, said members wanted the plan in writing.
                """);
        assertTrue(asked.stream().noneMatch(c -> c.prompt().contains("what it has not")), asked.toString());
    }

    @Test
    void aChainWithAReportTheOutletsDoNotNameIsNotAsked() throws Exception {
        // "told the trade site Sponsorship Ledger that …, according to a report on Radio Ostermoor's website" (the eval-blind20
        // sports story): asked as "through which outlet", the key left out the radio station's report.
        String text = new String(ReviewTwentyTest.class.getResourceAsStream(
                "/eval-blind20/ostermoor-raiders-basketball-finances-sport.txt").readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        var asked = new RelayQuestions().propose(InventedArticles.facts(text));
        assertTrue(asked.stream().noneMatch(c -> c.prompt().contains("Szabo-Mensah") && c.key().equals("Sponsorship Ledger")),
                asked.toString());
    }

    @Test
    void aLabelInQuotationMarksKeepsNeitherMark() throws Exception {
        Facts facts = InventedArticles.facts("""
                Beer row

                A rival brewer said the new recipe was cheaper to make. The Valeford Courier quoted a "long-time drinker" who said the beer "tastes thinner than it did".
                """);
        assertTrue(facts.statements.stream().anyMatch(s -> s.speaker().toLowerCase().contains("long-time drinker")), facts.statements.toString());
        assertTrue(facts.statements.stream().noneMatch(s -> s.speaker().matches(".*[\"\u201c\u201d].*")), facts.statements.toString());
        assertTrue(!ClauseCheck.readableSource("Long-time drinker\""));
    }

    @Test
    void aPastTenseAfterWouldGoesOnFromTheNarrator() {
        assertEquals("he would \"not be doing sums in public\"",
                Facts.withoutNarratorsVerb("he would \"not be doing sums in public\" and moved on to the next question"));
        assertEquals("the board would hold an open forum next month",
                Facts.withoutNarratorsVerb("the board would hold an open forum next month and expected \"most of this to blow over\""));
        // "recycled water" is a noun phrase, and "would need" a verb a modal takes: the claim is whole.
        assertEquals("the centre will use air cooling and recycled water",
                Facts.withoutNarratorsVerb("the centre will use air cooling and recycled water"));
        assertEquals("it would cost more and need a licence", Facts.withoutNarratorsVerb("it would cost more and need a licence"));
    }

    @Test
    void theNarratorsNextVerbIsNoPartOfTheClaim() throws Exception {
        Facts facts = InventedArticles.facts("""
                Club debts

                The club's chairman, Tom Reed, was asked how much the club owed its owners. He said he would "not be doing sums in public" and moved on to the next question.
                """);
        assertTrue(facts.statements.stream().anyMatch(s -> s.claim().contains("sums in public")), facts.statements.toString());
        assertTrue(facts.statements.stream().noneMatch(s -> s.claim().contains("moved on")), facts.statements.toString());
    }
}
