package newsquiz.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import newsquiz.quiz.Difficulty;
import newsquiz.quiz.QuestionType;
import newsquiz.quiz.Skill;
import org.junit.jupiter.api.Test;

class BlueprintTest {
    private static Candidate statement(int index, String key) {
        return statement(index, key, 40);
    }

    private static Candidate statement(int index, String key, int priority) {
        return new Candidate("true_false_not_given", Skill.COMPREHENSION, QuestionType.TRUE_FALSE_NOT_GIVEN, Difficulty.EASY,
                "Is statement " + index + " true?", key, List.of(), "", List.of(index), "claim:" + index, priority);
    }

    private static Candidate whatSaid(int index) {
        return new Candidate("attribution", Skill.SOURCE_EVALUATION, QuestionType.SINGLE_CHOICE, Difficulty.MEDIUM,
                "What did speaker " + index + " say?", "Claim number " + index + " in full words", List.of("a", "b"), "",
                List.of(index), "what:" + index, 45);
    }

    @Test
    void trueIsTheAnswerToTwoStatementsAtMost() {
        List<Candidate> all = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            all.add(statement(i, TrueFalseNotGivenQuestions.TRUE));
            all.add(whatSaid(100 + i));
        }
        List<Candidate> chosen = Blueprint.choose(all, 10);
        long trues = chosen.stream().filter(c -> c.type() == QuestionType.TRUE_FALSE_NOT_GIVEN).count();
        assertEquals(2, trues, chosen.toString());
    }

    @Test
    void aStatementThatCanBeAskedEitherWayIsAskedTheWayTheQuizHasFewerOf() {
        // review29/review30: 9 of 10 and 8 of 9 true/false keys were "True". Each statement comes as a true one and, ranked
        // just below, its negation; with room for other questions, the answers alternate.
        List<Candidate> all = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            all.add(statement(i, TrueFalseNotGivenQuestions.TRUE));
            all.add(statement(i, TrueFalseNotGivenQuestions.FALSE, 39));
            all.add(whatSaid(100 + i));
            all.add(whatSaid(200 + i));
        }
        List<Candidate> chosen = Blueprint.choose(all, 10);
        long trues = chosen.stream().filter(c -> c.type() == QuestionType.TRUE_FALSE_NOT_GIVEN && c.key().equals("True")).count();
        long falses = chosen.stream().filter(c -> c.type() == QuestionType.TRUE_FALSE_NOT_GIVEN && c.key().equals("False")).count();
        assertTrue(falses >= 1 && Math.abs(trues - falses) <= 1, chosen.toString());
    }

    @Test
    void aStatementIsNotAskedBothAsTrueOrFalseAndAsWhatWasSaid() {
        List<Candidate> chosen = Blueprint.choose(List.of(statement(3, TrueFalseNotGivenQuestions.TRUE), whatSaid(3), whatSaid(4)), 5);
        assertTrue(chosen.stream().filter(c -> c.firstSentence() == 3).count() == 1, chosen.toString());
    }

    @Test
    void aFigureChangedInATrueOrFalseStatementIsNotAskedBesideItsSentence() {
        // "Who said rescuers recovered both workers within 90 minutes?" and "… within 130 minutes: true or false?" — the
        // first prints the answer to the second. Other sentences are left, so even the rounds that fill a short quiz skip it.
        Candidate changed = new Candidate("true_false_not_given", Skill.COMPREHENSION, QuestionType.TRUE_FALSE_NOT_GIVEN,
                Difficulty.EASY, "Is the changed figure true?", "False", List.of(), "", List.of(3), "number:3:90", 48);
        List<Candidate> chosen = Blueprint.choose(List.of(whatSaid(3), changed, whatSaid(4), whatSaid(5)), 4);
        assertTrue(chosen.stream().filter(c -> c.firstSentence() == 3).count() == 1, chosen.toString());
    }

    private static Candidate denial(int index, int priority) {
        return new Candidate("denial", Skill.SOURCE_EVALUATION, QuestionType.SINGLE_CHOICE, Difficulty.MEDIUM,
                "Whose denial is number " + index + "?", "Speaker of " + index, List.of("a", "b"), "", List.of(index), "deny:" + index, priority);
    }

    @Test
    void everyDenierIsAskedAboutBeforeAnyoneTwiceAndSevenDenialsAllFit() {
        // Statements 1–6 are two denials each by three people; 7 is a fourth person's only denial, ranked lowest.
        java.util.Map<String, String> speakers = java.util.Map.of("1", "Ann", "2", "Ann", "3", "Bo", "4", "Bo", "5", "Cy", "6", "Cy",
                "7", "Di");
        List<Candidate> all = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            all.add(denial(i, 70));
            all.add(whatSaid(100 + i));
        }
        all.add(denial(7, 15));
        List<Candidate> chosen = Blueprint.choose(all, 20, speakers::get);
        assertEquals(7, chosen.stream().filter(c -> c.focus().equals("denial")).count(), chosen.toString());

        List<Candidate> short_ = Blueprint.choose(all, 5, speakers::get);
        assertTrue(short_.stream().anyMatch(c -> c.fact().equals("deny:7")), short_.toString());
    }

    @Test
    void oneFigureIsAskedOnceThoughTwoSentencesGiveIt() {
        List<Candidate> all = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            all.add(new Candidate("number", Skill.COMPREHENSION, QuestionType.SINGLE_CHOICE, Difficulty.EASY,
                    "Which number completes sentence " + i + "?", i < 3 ? "300" : "40", List.of("150", "900"), "", List.of(i), "number:" + i, 50));
        }
        for (int i = 0; i < 4; i++) {
            all.add(whatSaid(100 + i));
        }
        List<Candidate> chosen = Blueprint.choose(all, 10);
        assertEquals(List.of("300", "40"), chosen.stream().filter(c -> c.focus().equals("number")).map(Candidate::key).toList(),
                chosen.toString());
    }

    private static Candidate gap(int sentence, String figure, String prompt) {
        return new Candidate("number", Skill.COMPREHENSION, QuestionType.SINGLE_CHOICE, Difficulty.EASY, prompt, figure,
                List.of("1", "2"), "", List.of(sentence), "number:" + sentence + ":" + figure, 40);
    }

    private static Candidate said(int sentence, String fact) {
        return new Candidate("attribution", Skill.SOURCE_EVALUATION, QuestionType.SINGLE_CHOICE, Difficulty.MEDIUM,
                "Question " + fact + " on sentence " + sentence + "?", "Answer to " + fact, List.of("a", "b"), "", List.of(sentence), fact, 45);
    }

    @Test
    void oneSentenceGivesOneQuestionWhileOthersAreLeft() {
        // "Who said X?" and "What did S say?" on one sentence test the same lines twice.
        List<Candidate> all = new ArrayList<>(List.of(said(2, "claim:2"), said(2, "what:2"), said(10, "claim:10"), said(11, "claim:11")));
        List<Candidate> chosen = Blueprint.choose(all, 3);
        assertEquals(1, chosen.stream().filter(c -> c.sentences().contains(2)).count(), chosen.toString());
        assertEquals(3, chosen.size(), chosen.toString());
    }

    @Test
    void twoGapsInOneSentenceAreNeverBothAsked() {
        List<Candidate> all = new ArrayList<>(List.of(
                gap(2, "61", "Which number completes: the ship lost 61 containers of its ____ teu?"),
                gap(2, "6,750", "Which number completes: the 6,750 teu ship lost ____ containers?")));
        assertEquals(1, Blueprint.choose(all, 5).size());
    }

    @Test
    void aFigureInAnotherStemIsNoQuestionEvenOnAnotherSentence() {
        List<Candidate> all = new ArrayList<>(List.of(gap(2, "61", "Which number completes: the ship lost ____ containers?"),
                new Candidate("attribution", Skill.SOURCE_EVALUATION, QuestionType.SINGLE_CHOICE, Difficulty.MEDIUM,
                        "Who said that 61 boxes had gone overboard?", "The coastguard", List.of("a", "b"), "", List.of(5), "claim:5", 45)));
        for (int i = 10; i < 16; i++) {
            all.add(whatSaid(i));
        }
        List<Candidate> chosen = Blueprint.choose(all, 7);
        assertTrue(chosen.stream().noneMatch(c -> c.key().equals("61")) || chosen.stream().noneMatch(c -> c.key().equals("The coastguard")),
                chosen.toString());
    }

    @Test
    void aShortPoolStillFillsTheLengthAskedForWithASecondQuestionOnASentence() {
        List<Candidate> all = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            all.add(said(i, "claim:" + i));
            all.add(said(i, "other:" + (100 + i)));
        }
        // Eight asked, five required: four sentences hold the eight, and five are taken rather than a quiz of four.
        List<Candidate> chosen = Blueprint.choose(all, 8);
        assertTrue(chosen.size() >= 5, chosen.toString());
    }

    @Test
    void aSecondQuestionOnADenialDoesNotPrintTheClaimThatAnswersTheFirst() {
        Candidate which = new Candidate("denial", Skill.SOURCE_EVALUATION, QuestionType.SINGLE_CHOICE, Difficulty.MEDIUM,
                "Which reports did the ministry deny?", "North Korea has offered to send 100,000 troops", List.of("a b c d", "e f g h"), "",
                List.of(3), "deny:3", 95);
        Candidate how = new Candidate("denial", Skill.SOURCE_EVALUATION, QuestionType.SINGLE_CHOICE, Difficulty.EASY,
                "How did the ministry describe the report that North Korea has offered to send 100,000 troops?", "As “fake”",
                List.of("As partly true", "As a misunderstanding"), "", List.of(4), "deny-words:4", 55);
        List<Candidate> chosen = Blueprint.choose(List.of(which, how), 2);
        assertEquals(List.of(which), chosen, chosen.toString());
    }

    /** A single-choice question on one sentence; numbers test comprehension, every other family source evaluation. */
    private static Candidate single(String focus, String prompt, String key, List<String> wrong, int sentence, String fact, int priority) {
        Skill skill = focus.equals("number") ? Skill.COMPREHENSION : Skill.SOURCE_EVALUATION;
        return new Candidate(focus, skill, QuestionType.SINGLE_CHOICE, Difficulty.MEDIUM, prompt, key, wrong, "", List.of(sentence), fact,
                priority);
    }

    private static Candidate whoSaid(int index, String speaker) {
        return single("attribution", "Who said thing number " + index + "?", speaker, List.of("Ann Moss", "Ian Roe"), index, "who:" + index, 45);
    }

    @Test
    void aReportedStatementAndTheQuotationRightAfterItAreOneWhoSaidQuestion() {
        // "…, said the numbers spoke for themselves. 'Four thousand people a month …'": one speaker, one fact (review19).
        List<Candidate> chosen = Blueprint.choose(List.of(whoSaid(3, "Rhona Blackwood"), whoSaid(4, "Rhona Blackwood"),
                whatSaid(8), whatSaid(10), whatSaid(12)), 5);
        assertEquals(1, chosen.stream().filter(c -> c.key().equals("Rhona Blackwood")).count(), chosen.toString());
    }

    @Test
    void howSomethingWasSaidIsNotAskedBesideAnotherQuestionOnTheSameStatement() {
        Candidate who = single("denial", "Who wrote that the fund never discussed a sale?", "Rupert Achebe-Lind", List.of("a", "b"), 6,
                "deny:6", 70);
        Candidate how = single("denial", "According to the article, how did Rupert Achebe-Lind deny that the fund discussed a sale?", "In an email",
                List.of("On the radio", "In a post"), 6, "deny-how:6", 56);
        List<Candidate> chosen = Blueprint.choose(List.of(who, how, whatSaid(8), whatSaid(10), whatSaid(12)), 5);
        assertEquals(1, chosen.stream().filter(c -> c.firstSentence() == 6).count(), chosen.toString());
    }

    @Test
    void aQuizShortOfQuestionsAsksHowSomethingWasSaidBesideWhoSaidItWithoutTheName() {
        // review22: "How did Torquil Ferrabee say this: …?" beside "Who said this? …" prints the second's answer. Short of the
        // length required, the pair still comes in, the "how" asked without the name.
        Candidate who = single("attribution", "Who said this, according to the article? \u201cOur cameras keep time\u201d",
                "Torquil Ferrabee", List.of("Ann Moss", "Ian Roe"), 6, "claim:6", 45);
        Candidate how = single("relay", "According to the article, how did Torquil Ferrabee say this: \u201cOur cameras keep time\u201d?",
                "In an email", List.of("On the radio", "In a post"), 6, "channel:6", 52);
        List<Candidate> chosen = Blueprint.choose(List.of(who, how, whatSaid(8)), 5);
        assertEquals(3, chosen.size(), chosen.toString());
        Candidate asked = chosen.stream().filter(c -> c.fact().equals("channel:6")).findFirst().orElseThrow();
        assertEquals("According to the article, how was this said: \u201cOur cameras keep time\u201d?", asked.prompt());
    }

    @Test
    void oneQuotationIsNotAskedAsWhoSaidItAndAsWhoseDenialItIs() {
        Candidate who = single("attribution", "Who said this, according to the article? \u201cI left with a box of books\u201d", "Ben Hale",
                List.of("Ann Moss", "Ian Roe"), 6, "who:6", 45);
        Candidate whose = single("denial", "Whose denial is this, according to the article? \u201cI left with a box of books\u201d", "Ben Hale",
                List.of("Ann Moss", "Ian Roe"), 6, "deny:7", 65);
        List<Candidate> chosen = Blueprint.choose(List.of(who, whose, whatSaid(8)), 5);
        assertEquals(1, chosen.stream().filter(c -> c.key().equals("Ben Hale")).count(), chosen.toString());
    }

    @Test
    void oneFigureWrittenTwoWaysIsAskedOnce() {
        Candidate offer = single("number", "Which number completes this sentence? \u201cMinisters had offered ____ over three years.\u201d",
                "£410 million", List.of("£700 million", "£570 million"), 3, "number:3", 40);
        Candidate quote = single("number", "Which number completes this sentence? \u201cWe walked out because ____ does not buy one appointment.\u201d",
                "£410m", List.of("£900m", "£570m"), 9, "number:9", 40);
        List<Candidate> chosen = Blueprint.choose(List.of(offer, quote, whatSaid(5), whatSaid(12)), 4);
        assertEquals(1, chosen.stream().filter(c -> c.focus().equals("number")).count(), chosen.toString());
    }

    private static Candidate whoSaid(int sentence, String prompt, int priority) {
        return new Candidate("attribution", Skill.SOURCE_EVALUATION, QuestionType.SINGLE_CHOICE, Difficulty.MEDIUM, prompt,
                "Speaker " + sentence, List.of("Someone else", "A third person"), "", List.of(sentence), "claim:" + sentence, priority);
    }

    @Test
    void aWrongAnswerThatPrintsATrueOrFalseStatementIsDroppedRatherThanTheQuestionLetIn() {
        // review21: "q03's choice d prints this exact statement, which gives away 'True'". Short of the length asked for,
        // the true/false item goes in and the wrong answer that shows it goes out; two wrong answers stay.
        String printed = "The ferry left the harbour two hours late on Sunday";
        Candidate what = new Candidate("attribution", Skill.SOURCE_EVALUATION, QuestionType.SINGLE_CHOICE, Difficulty.MEDIUM,
                "What did the harbour master say?", "The storm had closed the port for a day", List.of(printed,
                "The new pier would open in the spring", "Fishing boats had stayed in all week"), "", List.of(1), "what:1", 45);
        Candidate statement = new Candidate("true_false_not_given", Skill.COMPREHENSION, QuestionType.TRUE_FALSE_NOT_GIVEN,
                Difficulty.EASY, "Is the following statement true, false, or not given in the article? " + printed + ".",
                TrueFalseNotGivenQuestions.TRUE, List.of(), "", List.of(5), "claim:5", 40);
        List<Candidate> chosen = Blueprint.choose(List.of(what, statement, whatSaid(9)), 5);
        assertEquals(3, chosen.size(), chosen.toString());
        Candidate asked = chosen.stream().filter(c -> c.fact().equals("what:1")).findFirst().orElseThrow();
        assertEquals(List.of("The new pier would open in the spring", "Fishing boats had stayed in all week"), asked.distractors());
    }

    @Test
    void aQuestionThatShowsAnotherAnswerIsTakenOnlyUpToTheLengthRequired() {
        // Eight asked, five required (one per 40 words of a short article): the sixth would show the 61 of the gap.
        List<Candidate> all = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            all.add(said(i, "claim:" + i));
        }
        all.add(gap(20, "61", "Which number completes: the ship lost ____ containers?"));
        all.add(whoSaid(30, "Who said that 61 boxes had gone overboard?", 45));
        List<Candidate> chosen = Blueprint.choose(all, 8);
        assertEquals(5, chosen.size(), chosen.toString());
    }

    @Test
    void whenAnOverlapMustBeTakenItIsTheOneThatSpoilsFewestQuestions() {
        // Short of the length required, one question must show another's answer: the one showing one answer, not two,
        // whatever its rank.
        List<Candidate> all = new ArrayList<>(List.of(said(1, "claim:1"), said(2, "claim:2"),
                gap(20, "61", "Which number completes: the ship lost ____ containers?"),
                gap(21, "72", "Which number completes: the port lost ____ cranes?"),
                whoSaid(30, "Who said that 61 containers and 72 cranes were lost?", 44),
                whoSaid(31, "Who said that 61 containers were lost?", 40)));
        List<Candidate> chosen = Blueprint.choose(all, 8);
        assertEquals(5, chosen.size(), chosen.toString());
        assertTrue(chosen.stream().noneMatch(c -> c.firstSentence() == 30), chosen.toString());
    }

    @Test
    void oneSpeakerIsNotAskedForTwiceOnOneSentenceWhileOthersAreLeft() {
        // review47 CAL q03, q04: "Who said that the valve had come from Dalverne?" and "Whose account did Dalverne dispute?".
        Candidate whoSaid = new Candidate("attribution", Skill.SOURCE_EVALUATION, QuestionType.SINGLE_CHOICE, Difficulty.MEDIUM,
                "Who said that the valve had come from Dalverne?", "Cyprian Anfield", List.of("a", "b", "c"), "", List.of(5),
                "who:5", 60);
        Candidate whoseAccount = new Candidate("denial", Skill.SOURCE_EVALUATION, QuestionType.SINGLE_CHOICE, Difficulty.MEDIUM,
                "Whose account did Dalverne dispute?", "Cyprian Anfield", List.of("a", "b", "c"), "", List.of(5, 6), "deny:6", 60);
        List<Candidate> all = new ArrayList<>(List.of(whoSaid, whoseAccount));
        for (int i = 0; i < 8; i++) {
            all.add(whatSaid(100 + i));
        }
        List<Candidate> chosen = Blueprint.choose(all, 8);
        assertTrue(!(chosen.contains(whoSaid) && chosen.contains(whoseAccount)), chosen.toString());
    }
}
