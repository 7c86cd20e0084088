package newsquiz.generate;

import static newsquiz.generate.InventedArticles.questions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What reading the eval-blind43 and eval-blind44 quizzes showed at stop 44: a quotation that sets aside another's word
 * ("This is not a closure") answers the claim with that word, not whatever was said just before; who else denied the
 * claim later is no wrong answer to "Who denied …?"; and a changed figure takes the article its sound needs.
 */
class QuestionsFortyFourTest {

    private static final String HARNLEY = "Weekend surgery stopped\n\nThe board stopped weekend surgery at Harnley Hospital in May, "
            + "a move campaigners say is a closure by the back door.\n\nThe board says the change was forced on it by a lack of "
            + "surgeons. The group Save Harnley says the board has quietly decided to shut the theatres for good. Its chair, "
            + "Aveline Roscoe, told Radio Harnley that the board's own plans showed no surgeon posts after 2030.\n\n\"This is not "
            + "a closure. Surgery will come back at weekends as soon as we have four surgeons,\" said Dr Ambrose Keel, the "
            + "board's chief executive.\n\nA patient, Wilmot Dane, said he had waited nine months. A nurse, Isolde Frayne, said "
            + "the ward was short of staff. The council leader, Piers Haddow, said he would write to the minister.";

    @Test
    void aQuotationSettingAsideAWordAnswersTheClaimWithThatWord() throws Exception {
        List<Candidate> all = questions(new DenialQuestions(), HARNLEY);
        assertTrue(all.stream().noneMatch(c -> c.prompt().contains("surgeon posts") && c.key().contains("Keel")
                || c.prompt().contains("Keel") && c.key().contains("surgeon posts")), all.toString());
        assertTrue(all.stream().anyMatch(c -> c.prompt().contains("closure by the back door") && c.key().contains("Ambrose Keel")
                || c.prompt().contains("Ambrose Keel") && c.key().contains("closure by the back door")), all.toString());
    }

    @Test
    void aThingCalledSomethingIsTheOneJustToldOf() throws Exception {
        List<Candidate> all = questions(new DenialQuestions(), HARNLEY);
        assertTrue(all.stream().anyMatch(c -> (c.prompt() + c.key()).contains("the move is a closure by the back door")), all.toString());
        assertTrue(all.stream().noneMatch(c -> (c.prompt() + c.key()).contains("a move is a closure")), all.toString());
    }

    @Test
    void whoeverDeniedTheSameClaimLaterIsNoWrongAnswer() throws Exception {
        // "The ferry operator, Brismoor Lines, said the adult return fare had risen to 14 marks, not 42 … The island council
        // also rejected the claim that the fare had tripled. “Nobody on this island is paying 42 marks …,” said its transport
        // officer, Quintus Aldermire."
        List<Candidate> all = questions(new DenialQuestions(),
                Files.readString(Path.of("src/test/resources/eval-blind44/quorraby-ferry-fare-fact-check.txt")));
        for (Candidate c : all) {
            if (c.prompt().startsWith("Who") && c.key().equals("Brismoor Lines")) {
                assertFalse(c.distractors().contains("Quintus Aldermire"), c.toString());
                assertFalse(c.distractors().contains("The island council"), c.toString());
            }
        }
    }

    @Test
    void aSecondPartyNamingItsOwnClaimIsNotJoinedToTheDenialBefore() throws Exception {
        List<Candidate> all = questions(new DenialQuestions(), "Ferry fare\n\nA post shared on Friday claims that the return fare on "
                + "the Skarra ferry has doubled to 30 crowns this spring.\n\nThe ferry operator, Tornby Lines, said the return "
                + "fare had risen to 16 crowns, not 30, on May 1. The same post also claimed that residents had lost their "
                + "discount. Tornby Lines denied that as well.\n\nThe island council also rejected the claim that the fare had "
                + "doubled. \"Nobody here is paying 30 crowns to cross the water,\" said its transport officer, Ebba Lindqvist."
                + "\n\nA deckhand reportedly told the Skarra Post that bookings had fallen. A visitor, Rune Aldous, said the "
                + "crossing was rough. The harbour master, Sigrid Palme, said the pier would be repaired in June.");
        assertTrue(all.stream().anyMatch(c -> c.key().equals("The island council") && c.prompt().contains("fare had doubled")),
                all.toString());
        assertTrue(all.stream().noneMatch(c -> c.key().equals("The island council") && c.prompt().contains("discount")), all.toString());
        assertTrue(all.stream().noneMatch(c -> c.prompt().contains(" well") || c.prompt().contains("a post shared's")), all.toString());
    }

    @Test
    void aChangedFigureTakesTheArticleItsSoundNeeds() {
        assertEquals("it had offered an ", TrueFalseNotGivenQuestions.withArticleFor("it had offered a ", "8"));
        assertEquals("it had offered an ", TrueFalseNotGivenQuestions.withArticleFor("it had offered a ", "11"));
        assertEquals("it had offered a ", TrueFalseNotGivenQuestions.withArticleFor("it had offered an ", "6"));
        assertEquals("it had offered a ", TrueFalseNotGivenQuestions.withArticleFor("it had offered a ", "110"));
        assertEquals("it had offered ", TrueFalseNotGivenQuestions.withArticleFor("it had offered ", "8"));
    }

    @Test
    void theFirmAManagerSpeaksForIsNoWrongAnswerToWhatHeSaid() throws Exception {
        // "Gelthorpe Stone denied that it had broken any limit. Its quarry manager said … said the manager, Ragnvald Ostby."
        List<Candidate> all = questions(new DenialQuestions(),
                Files.readString(Path.of("src/test/resources/eval-blind44/ockerby-quarry-cracks-tv-news-transcript.txt")));
        List<Candidate> his = all.stream().filter(c -> c.key().equals("Ragnvald Ostby")).toList();
        assertFalse(his.isEmpty(), all.toString());
        assertTrue(his.stream().noneMatch(c -> c.distractors().contains("Gelthorpe Stone")), his.toString());
    }

    @Test
    void aSecondPartyJoiningTheFirstIsAskedBesidesIt() throws Exception {
        List<Candidate> all = questions(new DenialQuestions(), "Plant closure report denied\n\nA report in the Pellbury Gazette on "
                + "Wednesday said the plant would close by 2029, citing a draft board paper. \"That is untrue,\" the finance "
                + "director, Gunnhild Marr, said, adding that the company had spent 10 million crowns on a new oven this summer."
                + "\n\nThe plant's landlord, Orrin Estates, also disputed the newspaper's story, saying the company had renewed its "
                + "lease until 2041.\n\nA union organiser, Tobias Venn, said staff were worried. An analyst, Ilse Darrow, said the "
                + "results were weak.");
        List<String> plain = all.stream().filter(c -> c.prompt().startsWith("Who denied the report that the plant would close")
                || c.prompt().startsWith("Who disputed the report that the plant would close")).map(Candidate::key).toList();
        assertTrue(plain.size() <= 1, all.toString());
        assertTrue(all.stream().anyMatch(c -> c.prompt().startsWith("Besides Gunnhild Marr, who") && c.key().equals("Orrin Estates")),
                all.toString());
    }

    private static final String ETHICS = "Four-day week study questioned\n\nA university study found pupils learned more in a four-day "
            + "week. The lead author, Dr Rosalind Harte, said the results were strong. A rival researcher, Dr Osric Penn, said the "
            + "sample was too small. The university's press officer, Amis Vole, said the grant was listed on the first page.\n\n"
            + "According to a person who sits on the university's research ethics committee, the committee has asked to see the "
            + "trial's consent forms. Others said the row should not bury the findings.";

    @Test
    void someoneSittingOnABodysCommitteeIsAnUnnamedSource() throws Exception {
        List<Candidate> all = questions(new AnonymousSourceQuestions(), ETHICS);
        assertTrue(all.stream().anyMatch(c -> c.key().startsWith("The committee has asked to see")), all.toString());
        assertTrue(all.stream().noneMatch(c -> c.key().equals("A person")), all.toString());
    }

    @Test
    void aVagueSpeakerIsNoOneToSayItIsAccordingTo() throws Exception {
        List<Candidate> all = questions(new TrueFalseNotGivenQuestions(), ETHICS);
        assertTrue(all.stream().noneMatch(c -> c.prompt().contains("According to others")), all.toString());
    }

    private static List<Candidate> of(QuestionFamily family, String file) throws Exception {
        return questions(family, Files.readString(Path.of("src/test/resources/eval-blind44/" + file + ".txt")));
    }

    @Test
    void theChairWhoDeniedInHerOwnWordsIsNoWrongAnswerToWhoDismissedIt() throws Exception {
        // review44 yellerstowe q02: the council dismissed the suggestion; the hoteliers' chair "maintained that her members had
        // played no part in the plan" and is named in the quote after.
        List<Candidate> all = of(new DenialQuestions(), "yellerstowe-cruise-cap-tourism-dispute");
        assertTrue(all.stream().filter(c -> c.key().equals("The council") && c.prompt().startsWith("Who"))
                .noneMatch(c -> c.distractors().contains("Ginevra Thistlewood")), all.toString());
    }

    @Test
    void aPartyThatAlsoRejectedTheReportIsNoWrongAnswer() throws Exception {
        // review44 quennamoor q06: "The works council at Brennholt also rejected the Handelspost report … said the council's
        // chair, Hiltrud Wollaston".
        List<Candidate> all = of(new DenialQuestions(), "quennamoor-motors-earnings-layoffs-denial");
        assertTrue(all.stream().filter(c -> c.key().equals("Quennamoor Motors") && c.prompt().startsWith("Who denied"))
                .noneMatch(c -> c.distractors().contains("Hiltrud Wollaston")), all.toString());
        assertTrue(all.stream().noneMatch(c -> c.key().startsWith("That a second part")), all.toString());
    }

    @Test
    void whatTheManagerRejectedForTheFirmIsNoWrongAnswerToWhatTheFirmDenied() throws Exception {
        // review44 ockerby q06: "Ostby rejected that account as well" of the 2031 promise, speaking for Gelthorpe Stone.
        List<Candidate> all = of(new DenialQuestions(), "ockerby-quarry-cracks-tv-news-transcript");
        assertTrue(all.stream().filter(c -> c.prompt().contains("did Gelthorpe Stone"))
                .noneMatch(c -> c.distractors().stream().anyMatch(w -> w.contains("promised in 2031"))), all.toString());
    }

    @Test
    void toldUsInABroadcastIsToldToTheProgramme() throws Exception {
        // review44 ockerby q04: "she told us" in a television bulletin's transcript.
        List<Candidate> all = of(new RelayQuestions(), "ockerby-quarry-cracks-tv-news-transcript");
        Candidate how = all.stream().filter(c -> c.prompt().contains("Berthilde Pilkington")).findFirst()
                .orElseThrow(() -> new AssertionError(all.toString()));
        assertEquals("Directly to this programme", how.key());
        assertTrue(how.distractors().stream().noneMatch(w -> w.contains("television") || w.contains("interview")), how.toString());
    }

    private static Candidate question(String focus, String prompt, String key, List<String> wrong, int sentence) {
        return new Candidate(focus, newsquiz.quiz.Skill.SOURCE_EVALUATION, newsquiz.quiz.QuestionType.SINGLE_CHOICE,
                newsquiz.quiz.Difficulty.MEDIUM, prompt, key, wrong, "", List.of(sentence), focus + ":" + sentence, 50);
    }

    @Test
    void aSentencePrintedWithAGapGivesAwayTheDenialAskedOfIt() {
        // review44 yellerstowe q05 beside q04, cradlethwaite q09 beside q08.
        Candidate gap = question("number", "Which number completes this sentence from the article? \u201cOstmere insisted its "
                + "passengers spent an average of ____ marks, not 15.\u201d", "60", List.of("30", "45", "90"), 7);
        Candidate denial = question("denial", "Which report did Ostmere Voyages deny?", "Each cruise passenger spent about 15 marks ashore",
                List.of("The cap would close the harbour to every ship", "The ships will not come back"), 7);
        Candidate other = question("attribution", "Who said that the ships will not come back?", "Harbour traders",
                List.of("The council", "Ostmere Voyages"), 12);
        Candidate letter = question("attribution", "According to the article, what did the board say?",
                "Mothers would be sent 40 miles by road to Kelder Infirmary", List.of("The unit was being closed for good", "The pools had been sold"), 18);
        Candidate quotesLetter = question("number", "Which number completes this sentence from the article? \u201c\u2026 sent ____ "
                + "miles by road to Kelder Infirmary, according to a letter the board sent \u2026\u201d", "40", List.of("20", "30", "60"), 19);
        QuizOverlap overlap = new QuizOverlap();
        assertTrue(overlap.gapGivesAway(gap, denial));
        assertFalse(overlap.gapGivesAway(gap, other));
        assertFalse(overlap.gapGivesAway(denial, gap));
        assertTrue(overlap.gapGivesAway(quotesLetter, letter));
    }

    @Test
    void aPageSetUpLastWeekIsAPageNotAPageSetUp() throws Exception {
        // review44 cradlethwaite q04, q13: "A petition page set up" lost its week and read cut off.
        List<Candidate> all = questions(new AttributionQuestions(), "Unit paused\n\nThe board said the unit would be paused for six "
                + "weeks. A petition page set up last week claimed that the board had already sold the unit's birthing pools. The "
                + "union said the unit was being closed for good. A midwife, Ysolde Penhale, said staff were tired. The council "
                + "leader, Amos Treloar, said he would write to the minister.");
        assertTrue(all.stream().flatMap(c -> java.util.stream.Stream.concat(java.util.stream.Stream.of(c.key()), c.distractors().stream()))
                .noneMatch(w -> w.endsWith("set up")), all.toString());
        assertTrue(all.stream().anyMatch(c -> c.prompt().contains("what did a petition page claim?")), all.toString());
    }

    @Test
    void aFearIsAskedAsAFear() throws Exception {
        // review44 yellerstowe q08: "Harbour traders … fear the ships will not come back" asked as "Who said …?".
        List<Candidate> all = questions(new AttributionQuestions(), "Cruise cap\n\nThe council will limit cruise passengers to 2,000 a "
                + "day. Harbour traders fear the ships will not come back. The cruise line, Ostwell Voyages, said it could move its "
                + "calls to another port. A hotelier, Brynja Tolland, said the town was too crowded.");
        assertTrue(all.stream().noneMatch(c -> c.prompt().startsWith("Who said that the ships will not come back")), all.toString());
    }

    @Test
    void theSameClaimsAreNotOfferedTwiceInOneQuiz() throws Exception {
        // review44 cradlethwaite q08 and q10: "What did a letter the board sent say?" and "Which of these claims comes from a
        // source the article does not name?" offered the same four claims.
        Path article = Path.of("src/test/resources/eval-blind44/cradlethwaite-maternity-unit-health-board.txt");
        newsquiz.quiz.Quiz quiz = new QuizPipeline(newsquiz.testing.Models.nlp()).quiz(article.getFileName().toString(),
                Files.readAllBytes(article), "cradlethwaite", QuizPipeline.articlePath(article));
        List<java.util.Set<String>> claimSets = quiz.questions().stream()
                .map(q -> q.choices().stream().map(newsquiz.quiz.Choice::text).collect(java.util.stream.Collectors.toSet()))
                .filter(set -> set.size() >= 3 && set.stream().allMatch(t -> t.split(" ").length >= 4)).toList();
        assertEquals(claimSets.size(), new java.util.HashSet<>(claimSets).size(), claimSets.toString());
    }

    @Test
    void theBodyIsNoWrongAnswerBesideTheOfficerNamedForIt() throws Exception {
        // "The board's medical director disputed … “…,” said Dr Radmila Crowthorne": she speaks for the board.
        List<Candidate> all = of(new DenialQuestions(), "cradlethwaite-maternity-unit-health-board");
        assertTrue(all.stream().filter(c -> c.key().equals("The Tarnvale Health Board"))
                .noneMatch(c -> c.distractors().contains("Radmila Crowthorne")), all.toString());
    }

    @Test
    void theOfficeASpokesmanSpeaksForIsNoWrongAnswer() throws Exception {
        // review43 tessary q06: "“We added the whole corridor scheme,” a spokesman for the MP said" beside "Gadsworth's office".
        List<Candidate> all = questions(new AttributionQuestions(),
                Files.readString(Path.of("src/test/resources/eval-blind43/tessary-bridge-cost-fact-check.txt")));
        List<Candidate> his = all.stream().filter(c -> c.key().equals("A spokesman for the MP")).toList();
        assertFalse(his.isEmpty(), all.toString());
        assertTrue(his.stream().noneMatch(c -> c.distractors().contains("Gadsworth's office")), his.toString());
    }

    @Test
    void aDescriptionsKeyWearsNoQuotationMarksItsWrongAnswersLack() throws Exception {
        // review43 STR q12, TAM q07: the key was the only option in quotation marks.
        List<Candidate> all = questions(new DenialQuestions(), "Plant closure report\n\nA report in the Pellbury Gazette said the plant "
                + "would close by 2029. \"That is untrue,\" the finance director, Gunnhild Marr, said.\n\nA union organiser, Tobias "
                + "Venn, said staff were worried. An analyst, Ilse Darrow, said the results were weak.");
        List<Candidate> how = all.stream().filter(c -> c.prompt().startsWith("How did")).toList();
        assertFalse(how.isEmpty(), all.toString());
        assertTrue(how.stream().allMatch(c -> c.key().equals("As untrue")), how.toString());
    }
}
