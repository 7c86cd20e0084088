package newsquiz.generate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import newsquiz.quiz.Difficulty;
import newsquiz.quiz.QuestionType;
import newsquiz.quiz.Skill;
import org.junit.jupiter.api.Test;

/** What the eval-blind17 review found one question giving away for another: a choice, a description, a pronoun left alone. */
class QuizOverlapTest {
    private static Candidate question(String focus, QuestionType type, String prompt, String key, List<String> wrong) {
        return new Candidate(focus, Skill.SOURCE_EVALUATION, type, Difficulty.MEDIUM, prompt, key, wrong, "", List.of(1), focus + ":1", 50);
    }

    private static Candidate choice(String focus, String prompt, String key, String... wrong) {
        return question(focus, QuestionType.SINGLE_CHOICE, prompt, key, List.of(wrong));
    }

    /** A single-choice question resting on the given sentence of the article. */
    private static Candidate onSentence(int sentence, String focus, String prompt, String key, String... wrong) {
        return new Candidate(focus, Skill.SOURCE_EVALUATION, QuestionType.SINGLE_CHOICE, Difficulty.MEDIUM, prompt, key, List.of(wrong), "",
                List.of(sentence), focus + ":" + sentence, 45);
    }

    @Test
    void aChoiceThatPrintsAnotherQuestionsFigureInItsSentenceGivesItAway() {
        Candidate gap = choice("number", "Which number completes this sentence? “The garden had sold ____ orchids to a dealer.”", "240",
                "140", "600");
        Candidate claims = choice("anonymous_source", "Which of these claims comes from a source the article does not name?",
                "The orchid house would not reopen", "The garden had sold 240 orchids to a dealer", "The roof was last replaced in 1911");
        Candidate figures = choice("number", "Which number completes this sentence? “The roof was last replaced in ____.”", "1911", "240",
                "1880");
        QuizOverlap overlap = new QuizOverlap();
        assertTrue(overlap.reveals(gap, claims));
        // A bare figure offered as a wrong number is no leak.
        assertFalse(overlap.reveals(gap, figures));
    }

    @Test
    void aFigureJoinedToItsUnitByAHyphenStillShows() {
        Candidate gap = choice("number", "Which number completes this sentence? “A ____-metre blade snapped off a turbine.”", "45", "72", "18");
        Candidate claims = choice("anonymous_source", "Which of these claims comes from a source the article does not name?",
                "A 45-metre blade snapped off a turbine and fell near a path", "The regulator had opened an investigation last week",
                "The company had shared the report with the regulator");
        assertTrue(new QuizOverlap().reveals(gap, claims));
    }

    @Test
    void aDescriptionBesideTheNameInAnotherQuestionsChoiceAnswersHowTheArticleDescribesThem() {
        Candidate described = choice("source_description", "How does the article describe Marnie Oyelowo-Finch?", "Cycling journalist",
                "Race director", "Team doctor");
        Candidate who = choice("attribution", "Who claimed that the sponsor would pull out at the end of the season?",
                "A post on X by the cycling journalist Marnie Oyelowo-Finch", "Daniel Fairlie-Mbatha", "Hanne Vermaelen-Price");
        assertTrue(new QuizOverlap().reveals(described, who));
    }

    @Test
    void aDescriptionBesideTheNameInAnotherStemAnswersHowTheArticleDescribesThem() {
        Candidate described = choice("source_description", "How does the article describe Benedikt Haroun?", "Velotra's founder",
                "Pellamar's chief executive", "A retail analyst");
        Candidate hedge = choice("hedge", "Which words show that Velotra's founder, Benedikt Haroun, is said to be opposed?", "is said to be",
                "opposed", "founder");
        Candidate other = choice("hedge", "Which words show that the sale is not confirmed?", "reportedly", "sale", "price");
        QuizOverlap overlap = new QuizOverlap();
        assertTrue(overlap.reveals(described, hedge));
        assertFalse(overlap.reveals(described, other));
    }

    @Test
    void aTrueOrFalseStatementOfferedAsAChoiceElsewhereIsGivenAway() {
        Candidate statement = question("true_false_not_given", QuestionType.TRUE_FALSE_NOT_GIVEN,
                "Is the following statement true, false, or not given in the article? According to a reviewer, the Meeple Auditor will review the game when it lands.",
                "True", List.of("False", "Not given"));
        Candidate said = choice("attribution", "According to the article, what did Wendy Hsu say?", "The print run was finished in May",
                "The Meeple Auditor will review the game when it lands", "The ship is due in Felsham in July");
        assertTrue(new QuizOverlap().reveals(statement, said));
    }

    @Test
    void aGapSentenceOpeningWithAPronounIsNotAskedAndACutThatLosesOneShowsTheSentenceFromItsStart() {
        assertNull(NumberQuestions.gap("It now has 1,346 signatures.", "1,346"));
        String shown = NumberQuestions.gap("A team leader at the Quenby site, who asked us not to print her name, said she had been told to "
                + "flag anyone over 90 seconds of wrap time on the dashboard.", "90");
        assertTrue(shown.startsWith("A team leader"), shown);
    }

    @Test
    void aTrueOrFalseClaimInOtherWordsOrTheArticlesOwnFigureElsewhereGivesItAway() {
        Candidate statement = new Candidate("true_false_not_given", Skill.COMPREHENSION, QuestionType.TRUE_FALSE_NOT_GIVEN,
                Difficulty.EASY, "Is the following statement true, false, or not given in the article? According to Helen Marr, the 24 per cent"
                + " margin figure for tins of formula was out by a factor of ten.", "False", List.of("True", "Not given"),
                "False. The article gives 40 per cent, not 24 per cent: \u201c…\u201d", List.of(5), "number:5:40", 48);
        Candidate denial = choice("denial", "Which claim did the retailers deny?", "Shops had cut the price of formula twice",
                "The 40 per cent margin figure for tins of formula was out by a factor of ten", "Rents had doubled in five years");
        Candidate stem = choice("attribution", "Who said that supermarkets made margins of up to 40 per cent on formula?", "Ann Moss",
                "Ian Roe", "Helen Marr");
        Candidate unrelated = choice("attribution", "Who said that the board would meet in May?", "Ann Moss", "Ian Roe", "Helen Marr");
        QuizOverlap overlap = new QuizOverlap();
        assertTrue(overlap.reveals(statement, denial));
        assertTrue(overlap.reveals(statement, stem));
        assertFalse(overlap.reveals(statement, unrelated));
    }

    @Test
    void theSentenceBeforeAQuotationPrintedWithTheSpeakersNameGivesAwayWhoSaidIt() {
        Candidate who = onSentence(8, "attribution", "Who said this, according to the article? \u201cI know I was over, but not by much\u201d",
                "Tanisha Greaves", "Ann Moss", "Ian Roe");
        Candidate before = onSentence(7, "number",
                "Which age completes this sentence? \u201cTanisha Greaves, ____, a care worker, received a notice.\u201d", "34", "30", "41");
        Candidate farAway = onSentence(15, "number", "Which number completes this sentence? \u201cGreaves paid a fine of £____.\u201d", "100",
                "60", "200");
        QuizOverlap overlap = new QuizOverlap();
        assertTrue(overlap.reveals(who, before));
        assertFalse(overlap.reveals(who, farAway));
    }

    @Test
    void aGapInTheSentenceThatNamesTheSpeakerBesideTheirWordsGivesAwayWhoSaidThem() {
        Candidate who = choice("denial", "Who dismissed the allegation as \u201ca smear from a man who has lost three elections\u201d?",
                "Aldith Oddington", "Granthorpe Homes", "The action group");
        Candidate gap = choice("number", "Which number completes this sentence from the article? \u201cAldith Oddington, whose "
                + "group holds 19 of the council's ____ seats, dismissed the allegation as \u2018a smear from a man who has lost three "
                + "elections\u2019\u201d", "33", "23", "53");
        Candidate elsewhere = choice("number", "Which number completes this sentence from the article? \u201cAldith Oddington "
                + "has led the group since ____.\u201d", "2028", "2021", "2025");
        QuizOverlap overlap = new QuizOverlap();
        assertTrue(overlap.reveals(who, gap));
        // The name alone, without the words asked about, tells only who spoke somewhere else.
        assertFalse(overlap.reveals(who, elsewhere));
    }
}
