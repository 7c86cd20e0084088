package newsquiz.generate;

import static newsquiz.generate.InventedArticles.about;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import newsquiz.analysis.Attribution;
import newsquiz.analysis.Stance;
import org.junit.jupiter.api.Test;

/**
 * Defects found while tuning on eval-blind28 (a podcast transcript, a parliamentary written answer, a solicitors' letter and
 * three desk pieces) and in its review, checked on invented text in the same forms.
 */
class ReviewTwentyEightTest {
    private static final String TRANSCRIPT = """
            Harbour Talk, episode 12: Is the lido closing? (transcript)

            HOST (Marisol Quenby): Welcome to Harbour Talk. With me is Anselm Dray, who chairs the Lido Trust.

            GUEST (Anselm Dray): Thanks for having me.

            HOST: The Gazette reported last week that the trust has agreed to sell the lido. Has it?

            GUEST: No. We have not agreed to sell anything, and nobody has asked us to.

            HOST: And the pool itself?

            GUEST: The pool is fine. It reopens on Saturday.

            CLIP (Cllr Petra Halloran, council leader, full council, 20 January): This council is not buying the lido, and it never was.

            HOST: Thank you.

            GUEST: Thank you. And come down on Saturday.
            """;

    private static final String WRITTEN_ANSWER = """
            Tollbridge Ferry: Timetable
            Written answer, Department for Coastal Transport

            Question
            Asked by Rufus Penhallow MP (Tollbridge)
            To ask the Secretary of State whether the Tollbridge ferry has been withdrawn.

            Answer
            Answered on 9 February 2026 by Ottilie Marchbanks, Minister of State for Coastal Transport

            I can assure the hon. Member for Tollbridge that the ferry has not been withdrawn, and that there is no proposal before me to withdraw it.

            The operator, Tollbridge Ferries Ltd, has told my officials that the engine fault found in December has been repaired.

            The Mayor of the Tollbridge Combined Authority, Bertram Oyelowo, wrote to me on 30 January rejecting any suggestion that the authority had stopped paying its share of the subsidy.

            The new vessel will add 40 seats and two sailings a day to the service.
            """;

    private static final String LETTER = """
            Letter before claim: Quarrel Roofing Ltd and your statements about 8 Mill Row
            Pennock Harte LLP, Solicitors

            Dear Mr Ashgrove,

            Our client: Quarrel Roofing Ltd

            We act for Quarrel Roofing Ltd, which repaired the roof at 8 Mill Row.

            In your forum post you wrote that "the whole roof was left open in the rain". Our client denies that any part of the roof was left open.

            The Mill Row Courier reported on 21 January that the noise had been a skip being emptied at the yard; the yard's owner, Mr Idris Pownall, told the Courier that it was "our lorry, and I apologise for it".

            The roof was inspected on the morning of 15 January, and the inspection record shows every slate, batten and tile was in place.

            Yours sincerely,

            Pennock Harte LLP
            """;

    @Test
    void aTranscriptsRoleLabelIsThePersonItFirstNamed() throws Exception {
        // eval-blind28 FRE: "GUEST (NAME): …" then "GUEST: …" turns were read as nobody's, so the guest's denials were lost.
        var facts = InventedArticles.facts(TRANSCRIPT);
        Attribution refusal = about(facts, "We have not agreed to sell anything");
        assertEquals("Anselm Dray", refusal.source());
        assertEquals(Stance.DENY, refusal.stance());
        assertEquals("Petra Halloran", about(facts, "This council is not buying the lido").source().replaceFirst("^Cllr ", ""));
        // The host asks; thanks are no statement.
        assertTrue(facts.analysis.attributions().stream().noneMatch(a -> a.source().contains("Quenby")), facts.analysis.attributions().toString());
        assertTrue(facts.analysis.attributions().stream().noneMatch(a -> a.content().startsWith("Thank")), facts.analysis.attributions().toString());
    }

    @Test
    void aWrittenAnswersIIsTheMinisterWhoAnswered() throws Exception {
        // eval-blind28 BRE: "Answered on DATE by NAME" named nobody, "I can assure the hon. Member … that" was split at "hon."
        // and had no cue, and "told my officials that" kept the officials in what was said.
        var facts = InventedArticles.facts(WRITTEN_ANSWER);
        Attribution assurance = about(facts, "the ferry has not been withdrawn");
        assertEquals("Ottilie Marchbanks", assurance.source());
        assertEquals(Stance.DENY, assurance.stance());
        assertTrue(about(facts, "the engine fault found in December").content().startsWith("the engine fault"));
        Attribution rejection = about(facts, "had stopped paying its share");
        assertEquals(Stance.DENY, rejection.stance());
        // "will add 40 seats" says nothing.
        assertTrue(facts.analysis.attributions().stream().noneMatch(a -> a.content().contains("40 seats")), facts.analysis.attributions().toString());
    }

    @Test
    void aLettersYouIsItsAddresseeAndOurClientTheBodyItActsFor() throws Exception {
        // eval-blind28 EBB: "you wrote" was an unnamed source ("In your forum post you" at best), "Our client" was nobody.
        var facts = InventedArticles.facts(LETTER);
        assertEquals("Ashgrove", about(facts, "the whole roof was left open").source().replaceFirst("^Mr ", ""));
        Attribution denial = about(facts, "any part of the roof was left open");
        assertEquals("Quarrel Roofing Ltd", denial.source());
        assertEquals(Stance.DENY, denial.stance());
    }

    @Test
    void aReportEndsAtTheSemicolonBeforeAnotherSpeakersClause() throws Exception {
        // eval-blind28 EBB: "The Echo reported that …; the yard's owner told the Echo that …" lost the Echo's own report.
        var facts = InventedArticles.facts(LETTER);
        Attribution report = about(facts, "a skip being emptied");
        assertEquals("Mill Row Courier", report.source().replaceFirst("^The ", ""));
        assertFalse(report.content().contains("Pownall"), report.content());
        assertEquals("Idris Pownall", about(facts, "our lorry").source());
    }

    @Test
    void aRecordsVerbTaggedAsANounStillGivesWhatItShows() throws Exception {
        // eval-blind28 EBB: "the inspection record shows/NOUN every tube, board and tie …".
        var facts = InventedArticles.facts(LETTER);
        assertTrue(about(facts, "every slate, batten and tile was in place").source().toLowerCase().contains("inspection record"));
    }

    @Test
    void anOpeningPhraseBeforeAPronounIsNoPartOfTheSubjectButNoAmountIsSaid() throws Exception {
        var facts = InventedArticles.facts("""
                Dairy recalls yoghurt

                In her letter she said that the yoghurt had been stored too warm. In 2022 it withdrew about 40,000 cartons of cream cheese.
                """);
        assertTrue(facts.analysis.attributions().stream().noneMatch(a -> a.source().startsWith("In ")), facts.analysis.attributions().toString());
        assertTrue(facts.analysis.attributions().stream().noneMatch(a -> a.content().contains("40,000 cartons")),
                facts.analysis.attributions().toString());
    }

    @Test
    void aLedesOfficeIsThePersonNamedSayingTheSameNext() throws Exception {
        // eval-blind28 CAU: "The vicar of St Aldric's" and "Ewart Penderrick" were offered as rivals, and his quotation was
        // a plain statement.
        var facts = InventedArticles.facts("""
                Vicar denies plan to sell church bells

                The vicar of St Brannoc's Church in Holmfirth has denied that the parish intends to sell the tower's six bells.

                "The bells are not for sale, and they will not be for sale while I am vicar," the Rev Alder Quennell said in a statement read out at Sunday's service.

                The ringers' captain, Wenna Pascoe, said the band had been given "no reason at all" for the lockout.
                """);
        assertEquals("Alder Quennell", about(facts, "intends to sell").source());
        assertEquals(Stance.DENY, about(facts, "The bells are not for sale").stance());
        List<Candidate> asked = new RelayQuestions().propose(facts);
        assertTrue(asked.stream().anyMatch(c -> c.key().equals("In a statement read out aloud")
                && c.distractors().stream().noneMatch(d -> d.contains("written"))), asked.toString());
    }

    @Test
    void twoBodiesSharingAWordForWhatTheyDealInAreNotOne() throws Exception {
        // eval-blind27 COR: "Corrabeck Water" and the "Water Bills Adjudicator" were one body, and "a water company" made
        // "Water" a role word, so no "Which organisation denied …?" had two wrong answers.
        var facts = InventedArticles.facts("""
                Water company denies meters are faulty

                A water company has denied that a software update left its new smart meters recording twice the water households were using.

                Dunmore Water, which has fitted 61,000 of the meters, said the meters were reading accurately.

                The manufacturer, Holtby Instruments, said it had found no fault in testing.

                The Water Bills Adjudicator, the industry's independent complaints body, said it had received 214 complaints since January.
                """);
        assertFalse(facts.mayBeSame("Dunmore Water", "The Water Bills Adjudicator"));
        List<Candidate> asked = InventedArticles.questions(new DenialQuestions(), """
                Water company denies meters are faulty

                A water company has denied that a software update left its new smart meters recording twice the water households were using.

                Dunmore Water, which has fitted 61,000 of the meters, said the meters were reading accurately.

                The manufacturer, Holtby Instruments, said it had found no fault in testing.

                The Water Bills Adjudicator, the industry's independent complaints body, said it had received 214 complaints since January.
                """);
        assertTrue(asked.stream().anyMatch(c -> c.prompt().startsWith("Which organisation denied that a software update")
                && c.key().equals("Dunmore Water")), asked.toString());
    }

    @Test
    void wordsTheAnalysisGivesTheDisputerAreStillTheSpeakersOwn() throws Exception {
        // eval-dev NET: "“Every club … is better off,” X told a briefing. The union disputes that." asked "Whose denial is
        // this?" of X's words with the union as the key.
        String article = """
                Players threaten strike

                "Every club in this league is better off than it was five years ago, and so is every player," Kaveh Lindqvist-Mbeki told a press briefing at the league's offices.

                The Professional Netball Players' Association disputes that. Its members voted on Tuesday to ballot for a strike.

                Tiberiu Okonkwo-Hale, the broadcaster's chief content officer, said it would show every match live and fund a weekly highlights programme.

                The sports minister, Dora Feltham, said the government would hold talks with both sides before the end of the month.

                The sport business analyst Oyelaran Tsegaye said netball was "the most under-priced sport in Britain" and that the next deal would be worth twice as much.

                Ngozika Halvarsson, who captains the champions, said she would vote for a strike "with a heavy heart" unless the two sides met before the end of March.
                """;
        List<Candidate> asked = InventedArticles.questions(new DenialQuestions(), article);
        assertTrue(asked.stream().noneMatch(c -> c.prompt().startsWith("Whose denial is this") && c.prompt().contains("Every club")
                && c.key().contains("Association")), asked.toString());
        assertTrue(asked.stream().anyMatch(c -> c.prompt().startsWith("Which claim did the Professional Netball Players' Association dispute")
                && c.key().startsWith("Every club")), asked.toString());
    }

    @Test
    void aNotInsideAConditionDeniesNothing() throws Exception {
        // Found while writing the test above: "if the league did not meet the players" echoed "talks with the league and the
        // players" and made a threat a denial.
        var facts = InventedArticles.facts("""
                Players threaten strike

                The sports minister, Dora Feltham, said the government would hold talks with the league and the players before the end of the month.

                Ngozika Halvarsson, who captains the champions, said she would vote for a strike if the league did not meet the players before March.

                "If it was sold, then the club never owned it," said the league's lawyer, Pim Oduya, of the trophy.
                """);
        assertEquals(Stance.ASSERT, about(facts, "she would vote for a strike").stance());
    }

    @Test
    void aSourceTheTextSaysWasNotNamedIsUnnamedWhateverBodyItIsFrom() throws Exception {
        // eval-blind28 CAU and FRE: "a member of the parochial church council, whom it did not name" and "a council officer,
        // unnamed," were taken for a council's voice, so neither quiz had an unnamed-source question.
        String article = """
                Church bells row

                The Holmfirth Gazette quoted a member of the parochial church council, whom it did not name, as saying that a sale of the bells "had been discussed more than once".

                The vicar, the Rev Alder Quennell, said the bells had never been valued for sale.

                The ringers' captain, Wenna Pascoe, said the band of eleven ringers had been given no reason for the lockout in February.

                The Gazette also quoted a district council officer, unnamed, saying the church hall had been "pencilled in" for housing in a draft plan.

                The diocese said it had received an application to repair the tower roof before the winter.
                """;
        List<Candidate> asked = InventedArticles.questions(new AnonymousSourceQuestions(), article);
        assertTrue(asked.stream().anyMatch(c -> c.key().startsWith("A sale of the bells") || c.key().contains("parochial church council")),
                asked.toString());
        assertTrue(asked.stream().anyMatch(c -> c.key().startsWith("The church hall had been") || c.key().contains("council officer")),
                asked.toString());
    }

    @Test
    void claimsAttributedToSomeoneAreTheirs() throws Exception {
        // eval-blind28 BRE: "claims in the same newspaper, attributed to an unnamed official, that the opening has slipped to
        // 2029" was nobody's claim; "Claims …, attributed to …, that … were denied" as a subject is left alone.
        var facts = InventedArticles.facts(WRITTEN_ANSWER + """

                The hon. Member will also have seen claims in the Tollbridge Herald, attributed to an unnamed official, that the service will end in 2029.
                """);
        Attribution claim = about(facts, "the service will end in 2029");
        assertEquals("an unnamed official", claim.source());
        assertTrue(claim.anonymous());
        assertEquals(List.of("Tollbridge Herald"), claim.via());
    }

    @Test
    void anOutletsReportThatTheTextCallsIncorrectIsTheOutletsClaim() throws Exception {
        // eval-blind28 BRE: "The Evening Star's report that the Department had “written off” the extension is not correct."
        var facts = InventedArticles.facts(WRITTEN_ANSWER + """

                The Tollbridge Herald's report that the Department had "written off" the ferry is not correct.
                """);
        Attribution report = about(facts, "written off");
        assertEquals("Tollbridge Herald", report.source());
        assertEquals("the Department had \"written off\" the ferry", report.content());
    }

    @Test
    void anOfficeInCapitalsBeforeItsHoldersNameIsTheHolder() throws Exception {
        // eval-blind28 BRE: "The Mayor of the Brenmouth Combined Authority, Bertil Gawthorpe, wrote …; he said …" spoke as the
        // office, and the "he" after it went to somebody else.
        var facts = InventedArticles.facts(WRITTEN_ANSWER);
        assertEquals("Bertram Oyelowo", about(facts, "had stopped paying its share").source());
    }

    @Test
    void thereIsOnlyBringsTheSourceIn() throws Exception {
        // eval-blind28 FRE: "There's a video going round that says …" gave the source "There's a video going round".
        var facts = InventedArticles.facts("""
                Lido rumours

                There's a video going round that says the whole pool failed a safety inspection.
                """);
        assertEquals("a video going round", about(facts, "failed a safety inspection").source());
    }

    @Test
    void theRestOfATurnOrADemonstrativesNounIsNoChoice() {
        // eval-blind28 FRE and RAV: "Because the big bowl has a crack in it", "And come down on Saturday", "Those visits were
        // shortened at the request of the clients themselves".
        assertTrue(Readable.choiceProblem("Because the big bowl has a crack in it").isPresent());
        assertTrue(Readable.choiceProblem("And come down on Saturday").isPresent());
        assertTrue(Readable.choiceProblem("Those visits were shortened at the request of the clients themselves").isPresent());
        assertFalse(Readable.choiceProblem("Because the bills are on hold, no customer will be asked to pay").isPresent());
        assertFalse(Readable.choiceProblem("These are the best figures in six years").isPresent());
    }

    @Test
    void aTranscriptsLabelIsNoSentenceToComplete() throws Exception {
        // eval-blind28 FRE: "CLIP (Cllr Ada Hartsoe, council leader, full council, ____): There has been …".
        List<Candidate> asked = new NumberQuestions().propose(InventedArticles.facts(TRANSCRIPT));
        assertTrue(asked.stream().noneMatch(c -> c.prompt().contains("CLIP")), asked.toString());
    }

    @Test
    void aBodysKindWordInTheQuestionGivesItAway() {
        // eval-blind28 TAR: "Who said that the board had sent nobody to Tarnhollow?" beside the Aerodrome Licensing Board.
        Candidate leak = new Candidate("denial", newsquiz.quiz.Skill.SOURCE_EVALUATION, newsquiz.quiz.QuestionType.SINGLE_CHOICE,
                newsquiz.quiz.Difficulty.MEDIUM, "Who said that the board had sent nobody to Tarnhollow?",
                "A spokeswoman for the Aerodrome Licensing Board", List.of("Two air traffic controllers", "Benno Strathy"),
                "The article says so.", List.of(0), "deny:1", 70);
        assertTrue(QualityFilter.check(leak, factsOf("The board had sent nobody, a spokeswoman for the Aerodrome Licensing Board said.")).isEmpty());
    }

    private static Facts factsOf(String body) {
        try {
            return InventedArticles.facts("Runway\n\n" + body + "\n");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void nonsenseTalkedAboutSomethingDismissesWhatWasSaid() throws Exception {
        // eval-blind28 FRE: "There has been a lot of nonsense talked about Mill Meadow. This council is not selling Mill Meadow …"
        var facts = InventedArticles.facts(TRANSCRIPT.replace("This council is not buying the lido, and it never was.",
                "There has been a lot of nonsense talked about the lido. This council is not buying it."));
        assertEquals(Stance.DENY, about(facts, "nonsense talked about the lido").stance());
    }

    @Test
    void aLedesCompanyDescribedWithAClauseIsTheOneNamedNext() throws Exception {
        // eval-blind28 RAV: "A home care company that holds a £14 million council contract has insisted …" stayed unnamed.
        var facts = InventedArticles.facts("""
                Care visits cut short, families say

                A home care company that holds a £14 million council contract in Kelby has insisted that it has not shortened its visits to older people.

                Marrowfield Care Ltd said every visit in its rotas was still booked for at least 30 minutes.
                """);
        assertEquals("Marrowfield Care Ltd", about(facts, "has not shortened its visits").source());
    }

    @Test
    void noSuchThingDeniesTheClaimJustBeforeThatSpokeOfIt() throws Exception {
        // eval-blind28 RAV: "no such message had been sent" answered the carer's "told in a text message to 'get in and out
        // in 15'", but was asked only as "Who said that no such message …?", which the quality filter drops.
        String article = """
                Care visits cut short, families say

                Marrowfield Care said every visit in its rotas was still booked for at least 30 minutes.

                A carer employed by Marrowfield said staff had been told in a text message to "get in and out in 15".

                Marrowfield's director of care, Odile Penhale, told the Post that no such message had been sent by anyone in management.

                The council said it had asked Marrowfield for electronic visit logs covering the past 90 days.

                Families said carers had stayed "12 minutes on a good day" since January.
                """;
        List<Candidate> asked = InventedArticles.questions(new DenialQuestions(), article);
        assertTrue(asked.stream().anyMatch(c -> c.prompt().startsWith("Who denied the") && c.prompt().contains("text message")
                && c.key().equals("Odile Penhale")), asked.toString());
    }

    @Test
    void theOnePassingWordsOnDrawsTheirOwnConclusion() throws Exception {
        var facts = InventedArticles.facts(TRANSCRIPT.replace("GUEST: The pool is fine. It reopens on Saturday.",
                "GUEST: Their manager, Corliss Dunmead, told the Gazette that the service \"has never been refused anything\", so I think that settles it."));
        assertEquals("the service \"has never been refused anything\"", about(facts, "never been refused").content());
    }

    @Test
    void aBodysOwnItsIsAskedOfOrganisationsOnly() throws Exception {
        // eval-blind28 RAV q02: "Who said that every visit in its rotas was still booked …?" among people and one company.
        List<Candidate> asked = InventedArticles.questions(new AttributionQuestions(), """
                Care visits cut short, families say

                Marrowfield Care Ltd said every visit in its rotas was still booked for at least 30 minutes.

                Shona Pelham, whose father receives four visits a day, said carers had stayed "12 minutes on a good day" since January.

                The care workers' union Unityforce said staff had been told in a text message to finish visits early.

                Kelby Borough Council said it had asked for electronic visit logs covering the past 90 days.

                The union's branch secretary, Lorne Baskett, said the problem was travel between visits.
                """);
        assertTrue(asked.stream().noneMatch(c -> c.prompt().startsWith("Who said that every visit in its rotas")), asked.toString());
        assertTrue(asked.stream().filter(c -> c.prompt().startsWith("Which organisation said that every visit in its rotas"))
                .allMatch(c -> c.distractors().stream().noneMatch(d -> d.contains("Pelham") || d.contains("Baskett"))), asked.toString());
    }

    @Test
    void aReportsOccasionAfterAsIsNotWhatWasDismissed() throws Exception {
        // eval-blind27 WYS: "dismissed reports that it is selling the telescope …, as astronomers … campaign to keep the site
        // open" was too long to ask.
        var facts = InventedArticles.facts("""
                University denies telescope sale

                The University of Kelloway has dismissed reports that it is selling the 1891 refracting telescope at its hilltop observatory to a private collector, as astronomers and amateur stargazers campaign to keep the site open.
                """);
        var denial = facts.statements.get(0);
        assertEquals("it is selling the 1891 refracting telescope at its hilltop observatory to a private collector",
                NamedClaim.in(denial, facts).orElseThrow().clause().replaceFirst("^The University of Kelloway", "it"));
    }
}
