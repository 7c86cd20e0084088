package newsquiz.generate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import newsquiz.analysis.Figure;
import org.junit.jupiter.api.Test;

/**
 * Defects the eval-blind11 review found, each on an invented article: a figure credited to the wrong speaker, half a
 * range asked as a number, a plural's apostrophe read as a quotation mark, "The X's" as a label, a spokesperson for a
 * named body as the unnamed source, a verdict that makes a wrong choice right, "it" for plural records, a verdict on
 * "the figure" pinned on a claim without one, and a transcript's turns offered as facts.
 */
class ReviewElevenTest {
    @Test
    void aFigureAfterWhoSaidIsThatPersonsNotTheSentenceSubjects() throws Exception {
        List<Candidate> asked = InventedArticles.questions(new NumberQuestions(), """
                The app that charged twice

                The report said the app had failed after an update. It quoted Councillor Rhea Mond, who said the council had received more than 4,000 complaints, and a driver who paid twice.

                The council later said it had logged 310 complaints, and the company said 52 drivers were refunded.
                """);
        List<Candidate> complaints = asked.stream().filter(c -> c.key().contains("4,000")).toList();
        assertFalse(complaints.isEmpty(), asked.toString());
        complaints.forEach(c -> assertFalse(c.explanation().contains("comes from the report"), c.explanation()));
    }

    @Test
    void halfARangeIsNoNumberToAsk() {
        Quantity day = Quantity.read("It logged 212 complaints between 20 September and 3 October.",
                new Figure("between 20", Figure.Kind.COUNT, "September", "", 0, ""));
        assertFalse(day != null && day.askable(), String.valueOf(day));
    }

    @Test
    void aPluralsApostropheOpensNoQuotation() throws Exception {
        List<Candidate> asked = InventedArticles.questions(new NumberQuestions(), """
                Salmon farm vote

                Tarrow Seafarms’ pay report was opposed by 31.5 per cent of the votes cast at the annual meeting on Tuesday.

                A year earlier 12.2 per cent of votes were cast against it, and 4.1 per cent abstained.
                """);
        assertFalse(asked.isEmpty());
        asked.forEach(c -> assertFalse(c.prompt().contains("\u2018Tarrow"), c.prompt()));
    }

    @Test
    void aVerdictInTheArticlesVoiceIsNeverAWrongReason() throws Exception {
        List<Candidate> asked = InventedArticles.questions(new AnonymousSourceQuestions(), """
                Bin lorry fire

                Posts on Facebook claimed the lorry belonged to Corran Waste, the firm that empties the town's bins.

                Corran Waste said its lorries had all been in the depot that night. "None of ours was out," its manager, Jo Tam, said.

                The fire service said the lorry was a private vehicle.

                Editor's note: The claim in posts on Facebook that the lorry belonged to Corran Waste was false.
                """);
        asked.stream().filter(c -> c.fact().startsWith("anon-why"))
                .forEach(c -> assertFalse(c.distractors().contains("The article itself says it is false"), c.toString()));
    }

    @Test
    void aSpokespersonForANamedBodyIsNotTheUnnamedSource() throws Exception {
        List<Candidate> asked = InventedArticles.questions(new AnonymousSourceQuestions(), """
                Pool closure

                Councillor Amir Dale said the pool would reopen in May.

                A spokesman for Harbury Building Society said it had not been asked to lend money for the repairs.

                Swim coach Lena Pike said her club had lost forty members.
                """);
        asked.forEach(c -> assertFalse(c.key().contains("Harbury Building Society"), c.toString()));
    }

    @Test
    void anOwnedRoleTakesNoArticle() throws Exception {
        List<Candidate> asked = InventedArticles.questions(new AnonymousSourceQuestions(), """
                Ticket prices hearing

                A former Ticketo pricing analyst, who asked not to be named, said the prices rose when queues grew.

                Ticketo's managing director, Dan Reyes, said the company does not set prices.

                Sunbeam's chief executive, Ola Grant, said fans had been misled.

                Fair Tix's director, Ben Holm, said the rules were weak.
                """);
        asked.forEach(c -> c.distractors().forEach(d -> assertFalse(d.matches("^The \\p{Lu}\\S*['\u2019]s\\s.*"), d)));
    }

    @Test
    void pluralRecordsAreNotIt() throws Exception {
        Facts facts = InventedArticles.facts("""
                Fish farm fined

                Campaigners said the farm had been fined four times for pollution. It has been fined once, in 2021, according to court records.
                """);
        facts.statements.stream().filter(s -> s.speaker().toLowerCase().contains("records"))
                .forEach(s -> assertFalse(s.claim().toLowerCase().startsWith("court records has"), s.claim()));
    }

    @Test
    void aVerdictOnTheFigureJudgesAClaimThatHoldsOne() throws Exception {
        List<Candidate> asked = InventedArticles.questions(new LabelledFalseQuestions(), """
                The readers' editor on our TapPark story

                Every week I look at a complaint about something we have published. This week it is our story of 4 March, and the complaint comes from the company in it.

                The story said that TapPark, the app Westford council uses for parking, had charged some drivers twice after an update. It quoted Councillor Pat Orme, who said the council had received "more than 5,000 complaints", and a driver, Ann Lee, who said she had been charged twice.

                TapPark's head of communications, Jo Sands, wrote to me on 8 March. TapPark "has never charged a driver twice for the same parking session", her letter says. She also says our reporter never asked the company for comment.

                Westford council told me it had logged 180 complaints about TapPark in March. "We do not recognise the figure of 5,000, and we never gave it to anyone," a council spokeswoman said. Cllr Orme says he was given the number by an officer in a corridor at the town hall. The figure was wrong, and we should have checked it before it went into a headline.

                TapPark now accepts that the reporter's email arrived but says it went to an address that is no longer monitored. A spokesman for Westford Savings Bank told me that pending charges can sit on a statement for up to a week.
                """);
        asked.forEach(c -> assertFalse(c.key().contains("corridor"), c.toString()));
    }

    @Test
    void aTranscriptTurnIsNoFactInTheArticlesVoice() throws Exception {
        List<Candidate> asked = InventedArticles.questions(new FactOpinionQuestions(), """
                Scooter fire: the debate

                [VIDEO: Fire crews outside 9 Mill Lane on Sunday morning]

                PRESENTER: Good evening. A fire on Mill Lane forced a family of four out of their flat early on Sunday. Posts on Facebook claimed the scooter was a hire scooter.

                RENN (general manager, Zipway): That scooter was never one of ours. Every Zipway scooter reports its position every minute.

                OKAFOR: The fire is awful, but the pavements were dangerous long before Sunday.

                PRESENTER: We asked the fire service for its view. In a statement, Area Manager Colin Batt said the battery had probably been left charging in the hallway overnight.

                The council paused the hire scheme on Monday while it reviews the rules. The scheme started in 2023 with 400 scooters across the town.
                """);
        assertFalse(asked.isEmpty());
        asked.forEach(c -> c.distractors().forEach(d -> assertTrue(!d.contains("The fire is awful") && !d.startsWith("[VIDEO"), d)));
    }

    @Test
    void aFirstPersonKeyIsNotSetAmongReportedClaims() {
        assertTrue(Facts.hasFiniteVerb("I am not a campaigner"));
    }
}
