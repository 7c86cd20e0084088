package newsquiz.generate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Defects the eval-blind16 review found, each on invented text: a record looked up for a figure offered as a speaker. */
class ReviewSixteenTest {
    @Test
    void aRecordLookedUpForAFigureIsNoOneWhoSpeaks() throws Exception {
        Facts facts = InventedArticles.facts("""
                Mill house sale

                The owners bought the mill in 2001 for £140,000, according to the Land Registry.

                "I'd like that put right," said Hilda Marsh, a local historian. Tom Reed, the agent, said there had been 19 viewings.
                Ann Cole, who lives next door, said the mill wheel still turned. A spokesman for the Mill Society said the claim was wrong.
                """);
        List<String> wrong = Distractors.speakers(facts, "Hilda Marsh", java.util.Set.of(), 3);
        assertFalse(wrong.contains("The Land Registry") || wrong.contains("Land Registry"), wrong.toString());
        assertTrue(wrong.size() >= 2, wrong.toString());
    }

    @Test
    void aBlogsMastheadUnderItsHeadlineMakesItTheArticlesOwnOutlet() throws Exception {
        Facts facts = InventedArticles.facts("""
                Bridge study withdrawn after a reader spots copied charts, and its author is fighting back
                Footnote | a blog about corrections in engineering
                Posted by Ann Reid on 3 May 2027 | Tags: bridges, retractions

                The journal withdrew the study on Tuesday. "It took them a year," Maria Lunt told Footnote, "to answer my first email."
                Lunt told the podcast Stresspoint that she had written three times. Prof. Karl Berg said the charts were his own work.
                """);
        assertTrue(OwnOutlet.is(facts, "Footnote"));
        assertFalse(facts.analysis.article().title().contains("Footnote"), facts.analysis.article().title());
        assertTrue(facts.analysis.article().noise().stream().anyMatch(n -> n.text().startsWith("Posted by Ann Reid")));
    }

    @Test
    void aClipOrAPostIsTheChannelItselfNotSomeoneUsingOne() throws Exception {
        Facts facts = InventedArticles.facts("""
                Singer denies miming

                A 12-second clip posted on TikTok said "mic was off all night lol". The singer's manager said in a statement that every
                note was sung live. Fans said the sound had been poor. A venue spokesman told the Evening Post that 4,000 people attended.
                """);
        List<Candidate> asked = new RelayQuestions().propose(facts);
        assertTrue(asked.stream().noneMatch(c -> c.prompt().contains("how did a 12-second clip")), asked.toString());
    }

    @Test
    void theUnconfirmedClaimIsOfferedWithoutTheWordsThatGiveItAway() throws Exception {
        Facts facts = InventedArticles.facts("""
                Concert cut short

                The show began at 8pm and ended at 9.40pm. There are reports that several fans fainted near the front barrier. The
                support act played for 20 minutes. The arena holds 12,000 people. Security staff opened a side exit at 9pm.
                """);
        List<Candidate> asked = new HedgeQuestions().propose(facts).stream().filter(c -> c.fact().startsWith("hedge-claim")).toList();
        assertFalse(asked.isEmpty(), "no unconfirmed-claim question");
        asked.forEach(c -> assertFalse(c.key().toLowerCase(java.util.Locale.ROOT).contains("there are reports"), c.key()));
        asked.forEach(c -> assertTrue(c.explanation().contains("The words \u201cThere are reports\u201d show"), c.explanation()));
    }

    @Test
    void aFigureDescribingWhatTheClaimIsAboutIsTheArticlesOwn() throws Exception {
        String sentence = "The 4,200 teu container ship Marta Bell lost 38 containers overboard in the storm, her manager confirmed on Monday.";
        Facts facts = InventedArticles.facts("Ship loses boxes\n\n" + sentence + " The coastguard said four boxes had come ashore.\n");
        newsquiz.analysis.Figure capacity = facts.analysis.figures().stream().filter(f -> f.value().startsWith("4,200")).findFirst().orElseThrow();
        newsquiz.analysis.Figure lost = facts.analysis.figures().stream().filter(f -> f.value().startsWith("38")).findFirst().orElseThrow();
        Casing casing = facts.casing();
        assertFalse(NumberQuestions.explanation(facts, casing, Quantity.read(sentence, capacity), capacity, sentence).contains("comes from"));
        assertTrue(NumberQuestions.explanation(facts, casing, Quantity.read(sentence, lost), lost, sentence).contains("comes from"));
    }

    @Test
    void anotherIsNoLabelAReaderCanPickOut() {
        // "what did another, from Marston Heath, write?": the word points back to the respondent before.
        assertFalse(ClauseCheck.readableSource("Another, from Marston Heath"));
        assertFalse(ClauseCheck.readableSource("Another"));
        assertTrue(ClauseCheck.readableSource("A respondent from Marston Heath"));
    }

    @Test
    void aMastheadWithWordsAfterTheNameIsStillTheOutletsOwn() throws Exception {
        Facts facts = InventedArticles.facts("""
                Bulk carrier grounds off Cape Wrath
                Keelson Maritime Intelligence | Casualty desk

                The bulk carrier Ardent Bay grounded on Sunday, her manager said. The master told Keelson that the pilot was late.
                Radio Nord reported that two tugs had been sent. The coastguard said nobody was hurt.
                """);
        assertTrue(OwnOutlet.is(facts, "Keelson"));
        assertFalse(OwnOutlet.is(facts, "Radio Nord"));
    }

    @Test
    void aNameNothingWasSaidThroughIsNoOutletToOffer() throws Exception {
        Facts facts = InventedArticles.facts("""
                Ship loses boxes in storm
                Keelson Maritime Intelligence | Casualty desk
                Vessel: Ardent Bay | IMO 9412276 | Flag: Marsala Islands

                The container ship Ardent Bay lost 40 boxes on Sunday. The master told the Spanish radio station Onda Sur, in remarks
                later reported by SeaWire, that "nobody pushed me to sail". The regional daily El Faro del Norte reported that the crew
                had asked to stay in port. The coastguard said nobody was hurt.
                """);
        List<Candidate> asked = new RelayQuestions().propose(facts);
        assertTrue(asked.stream().noneMatch(c -> c.distractors().contains("Ardent Bay")), asked.toString());
    }
}
