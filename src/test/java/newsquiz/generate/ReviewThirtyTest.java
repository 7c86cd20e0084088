package newsquiz.generate;

import static newsquiz.generate.InventedArticles.about;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import newsquiz.quiz.Skill;
import newsquiz.testing.Models;
import org.junit.jupiter.api.Test;

/**
 * What the eval-blind29 and eval-blind30 reviews asked for, checked on invented text: the text called what it is (an
 * improvement notice is no "article"), true/false statements that are not nearly always "True", and a denial that no
 * other question can be built on asked as a false statement.
 */
class ReviewThirtyTest {

    private static TextName nameOf(String text) throws Exception {
        return TextName.of(Models.reader().parse("a.txt", text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aDocumentIsCalledWhatItsHeadingSaysItIs() throws Exception {
        assertEquals("notice", nameOf("""
                Improvement notice: Brackley House care home, fire doors

                WESTFOLD FIRE AND RESCUE AUTHORITY

                The Authority received a complaint on 2 February. The registered manager denied that staff had wedged doors open.
                """).noun());
        assertEquals("summary", nameOf("""
                Court of Appeal allows tenant's appeal against eviction

                PRESS SUMMARY

                The Court allowed the appeal. The landlord had said the rent was three months late.
                """).noun());
        assertEquals("report", nameOf("""
                Post-incident report: late salary payments on 27 February

                Payroll files were sent two hours late. The company denied that any data had been lost.
                """).noun());
        assertEquals("email", nameOf("""
                Farrowdale Mills: all-staff message on the rumours

                From: Ada Pennick, Managing Director
                To: All staff

                Hello all, there is no plan to close the mill, whatever you may have read.
                """).noun());
    }

    @Test
    void aNewsStoryStaysAnArticleWhateverItsHeadlineNames() throws Exception {
        // A byline makes it news; without one, a headline's object ("calls report flawed") is not the text's form, and
        // "Reading time: 4 minutes" is no set of minutes.
        assertEquals("article", nameOf("""
                Council publishes notice of road closure

                By Jo Marsh, Transport Reporter

                The council said the road would close on Monday.
                """).noun());
        assertEquals("article", nameOf("""
                Estuary has lost a third of its seagrass, charity says; government calls report "flawed"

                The charity said the seagrass had gone. The government said the report was flawed.
                """).noun());
        assertEquals("article", nameOf("""
                Is the big slide really going?

                Reading time: 4 minutes

                The council said the slide would stay. A post said it was being taken away.
                """).noun());
    }

    @Test
    void onlyTheQuestionsOwnWordsAreRenamed() {
        TextName notice = new TextName("notice", false);
        assertEquals("Is the following statement true, false, or not given in the notice? According to the Authority, it said so.",
                notice.rename("Is the following statement true, false, or not given in the article? According to the Authority, it said so."));
        // Quoted evidence is the text's own: "the article" inside it stays.
        assertEquals("The notice says: \u201cThe article was withdrawn.\u201d", notice.rename("The article says: \u201cThe article was withdrawn.\u201d"));
        TextName minutes = new TextName("minutes", true);
        assertEquals("The minutes say: \u201cx\u201d", minutes.rename("The article says: \u201cx\u201d"));
        assertEquals("the minutes have not confirmed it", minutes.rename("the article has not confirmed it"));
        assertEquals("a source these minutes do not name", minutes.rename("a source this article does not name"));
    }

    @Test
    void aGeneratedQuizCallsANoticeANotice() throws Exception {
        var article = Models.reader().parse("a.txt", """
                Improvement notice: Brackley House care home, fire doors

                WESTFOLD FIRE AND RESCUE AUTHORITY

                The Authority received an anonymous complaint on 2 February alleging that fire doors were wedged open at night.
                The registered manager, Ms Ida Corran, denied that staff had been told to wedge doors open.
                Mr Tom Vell, the regional director, said that no resident had slept in the annexe before 19 January.
                The alarm installer, Vantrell Systems, confirmed that the annexe system was tested on 19 January.
                Ms Corran said she did not think the complaint had been made in bad faith.
                """.getBytes(StandardCharsets.UTF_8));
        var quiz = new QuizGenerator().generate(Models.analyzer().analyze(article), "t", "a.txt", "0");
        assertTrue(quiz.questions().size() > 0);
        quiz.questions().forEach(q -> {
            assertTrue(!q.prompt().contains("article") && !q.explanation().replaceAll("\u201c[^\u201d]*\u201d", "").contains("article"),
                    q.prompt() + " / " + q.explanation());
        });
    }

    @Test
    void aClaimWithOneAuxiliaryIsNegatedForAFalseStatement() {
        assertEquals("the pool will not reopen in March", TrueFalseNotGivenQuestions.negated("the pool will reopen in March"));
        assertEquals("the council has not served two notices on the firm",
                TrueFalseNotGivenQuestions.negated("the council has served two notices on the firm"));
        // "all … were not" blurs the scope; a second auxiliary is a second clause; a bare "he had judged" says nothing.
        assertNull(TrueFalseNotGivenQuestions.negated("all the staff were paid in September"));
        assertNull(TrueFalseNotGivenQuestions.negated("the hall was sold and the money was spent"));
        assertNull(TrueFalseNotGivenQuestions.negated("he had judged"));
        assertNull(TrueFalseNotGivenQuestions.negated("the club has debts of two million"));
        assertNull(TrueFalseNotGivenQuestions.negated("the report may be published in May"));
        assertNull(TrueFalseNotGivenQuestions.negated("the ship that was late has sailed for Vigo"));
    }

    @Test
    void aDenialsOneNegationTakenOutIsItsOpposite() {
        assertEquals("it has shortened its visits to older people", DenialTrueFalseQuestions.affirmed("it has not shortened its visits to older people"));
        assertEquals("The gear on Lock 17 did fail", DenialTrueFalseQuestions.affirmed("The gear on Lock 17 did not fail"));
        assertEquals("the thermostat was set below 20C", DenialTrueFalseQuestions.affirmed("the thermostat was never set below 20C"));
        assertEquals("the firm will sell the site", DenialTrueFalseQuestions.affirmed("the firm won't sell the site"));
        // Words that need the negation, a second negation, a negation inside another clause: no simple opposite.
        assertNull(DenialTrueFalseQuestions.affirmed("it had never made so much as a sleeve for the firm"));
        assertNull(DenialTrueFalseQuestions.affirmed("it has not sold and is not selling the energy centre"));
        assertNull(DenialTrueFalseQuestions.affirmed("the money that was not spent went back to the trust"));
        assertNull(DenialTrueFalseQuestions.affirmed("the registration remains in force and has not been reviewed"));
        assertNull(DenialTrueFalseQuestions.affirmed("that is not the case"));
    }

    private static List<Candidate> denialStatements(String text) throws Exception {
        return InventedArticles.questions(new DenialTrueFalseQuestions(), text);
    }

    @Test
    void aDenialIsAskedAsAFalseStatement() throws Exception {
        List<Candidate> asked = denialStatements("""
                Home care firm denies cutting visits

                The home care company Kindlewell Care has insisted that it has not shortened its visits to older people.
                Families said carers were staying for as little as 15 minutes.
                Corbel Drug Supply rejected the suggestion that its systems were at fault.
                """);
        List<String> statements = asked.stream().map(c -> c.prompt().replaceFirst("^.*\\? ", "") + " = " + c.key()).toList();
        assertTrue(statements.contains("According to Kindlewell Care, it has shortened its visits to older people. = False"), statements.toString());
        assertTrue(statements.contains("According to Kindlewell Care, it has not shortened its visits to older people. = True"), statements.toString());
        assertTrue(statements.contains("According to Corbel Drug Supply, its systems were at fault. = False"), statements.toString());
        asked.forEach(c -> {
            assertEquals("denial", c.focus());
            assertEquals(Skill.SOURCE_EVALUATION, c.skill());
            assertTrue(c.fact().startsWith("deny:"));
        });
    }

    @Test
    void aVerdictOrALabelIsNoClaimToStateAsFalse() throws Exception {
        // eval-blind26 SAL: "A rumour that the cafe lease had been given to a national chain is wrong" once gave "According to
        // her, the cafe lease had been given to a national chain is wrong": false, though she said just that.
        List<Candidate> asked = denialStatements("""
                Lido cafe

                Mrs Bronwen Achara said: "A rumour that the cafe lease had been given to a national chain is wrong."
                The prosecutor, Ms Harriet Quayle, dismissed that explanation as "a story built backwards from the invoices".
                """);
        assertTrue(asked.stream().noneMatch(c -> c.prompt().contains("is wrong") || c.prompt().contains("built backwards")),
                asked.toString());
    }

    @Test
    void theAbbotIsTheAbbotNamedBefore() throws Exception {
        // eval-blind30 DUN q07: "The abbot rejected that account. The January chapter, he said, …" went to the brother named
        // last; and "The monks of Dunsward Abbey have dismissed …" was given to the abbot who spoke next.
        var facts = InventedArticles.facts("""
                Monks deny deal to sell psalter

                The monks of Dunsward Abbey have dismissed claims that they agreed to sell the psalter to a collector.
                "The psalter is not on the market," said Abbot Gerwin Stallybrass.
                Brother Wulfram Hatherwick told the Lamp: "No buyer has set foot in this house."
                The auction house said its specialists had carried out a routine valuation.
                A monk who asked not to be named because he was not allowed to speak to the press said members had been told of hard choices.
                The abbot rejected that account. The January chapter, he said, had discussed the roof appeal.
                """);
        assertEquals("The monks of Dunsward Abbey", about(facts, "agreed to sell").source());
        assertEquals("Gerwin Stallybrass", about(facts, "roof appeal").source());
        assertEquals("A monk", about(facts, "hard choices").source());
    }

    @Test
    void anAdmissionAfterADenialIsStillAnAdmission() throws Exception {
        // eval-blind30 PEN q07: "The society accepted that no minutes were kept" was asked as the society's denial.
        var facts = InventedArticles.facts("""
                Garden society

                The society denied that the vote was taken before her hearing.
                The society accepted that no minutes were kept of the committee meeting.
                """);
        assertEquals(newsquiz.analysis.Stance.CONFIRM, about(facts, "no minutes").stance());
    }

    @Test
    void aViewHeldBackIsNoDenialUnlessItIsOnTheTruth() throws Exception {
        // eval-blind30 TAL q14: "I do not think any payroll firm can promise …, but we can promise …" was asked as a denial;
        // "I do not think that is true" was read as a confirmation.
        var facts = InventedArticles.facts("""
                Payroll

                A report said the firm had lost the file.
                "I do not think that is true," Ms Ada Fane said.
                "I do not think any payroll firm can promise it will never have a bad day, but we can promise it will not happen this way again," Ms Fane said.
                """);
        assertEquals(newsquiz.analysis.Stance.DENY, about(facts, "that is true").stance());
        assertEquals(newsquiz.analysis.Stance.OPINION, about(facts, "bad day").stance());
    }

    @Test
    void theFoundersQuotedNeverGoesOnWithTheFirmsDenial() throws Exception {
        // eval-blind30 ZAN: the firm's lede denial, the magazine's findings, then "“We have never mixed anything into our
        // saffron,” said NAME, who founded the company" and "He called the magazine's results “a mix-up …”".
        var facts = InventedArticles.facts("""
                Spice merchant denies bulking out saffron

                Zandermere Spice Company has denied that saffron it sold last winter was bulked out with dyed petals.
                Two of five samples contained safflower, according to tests commissioned by Plateful, a food magazine.
                "We have never mixed anything into our saffron, not a petal and not a thread," said Ishaan Morrowfield, who founded the company in 1998.
                He called the magazine's results "a mix-up in somebody else's laboratory."
                """);
        assertEquals(newsquiz.analysis.Stance.DENY, about(facts, "never mixed").stance());
        assertEquals(newsquiz.analysis.Stance.DENY, about(facts, "mix-up").stance());
    }

    @Test
    void aComplaintOnADateAllegesAndAnAccountDescribedIsDenied() throws Exception {
        // eval-blind30 HOL: "received an anonymous complaint on 2 February alleging that …" was nobody's claim, and "Ms
        // Pitkeathly described that account as “not how this home has ever been run”" an opinion.
        var facts = InventedArticles.facts("""
                Improvement notice: Brackley House care home

                The Authority received an anonymous complaint on 2 February alleging that fire doors were being wedged open at night.
                A member of the night staff told the inspecting officer that doors were "propped every night".
                Ms Ida Corran, the manager, described that account as "not how this home has ever been run."
                """);
        assertTrue(about(facts, "wedged open").source().contains("complaint"), about(facts, "wedged open").toString());
        assertEquals(newsquiz.analysis.Stance.DENY, about(facts, "ever been run").stance());
    }

    @Test
    void aRejectedStatementIsAskedAsAThingRejectedAndALogSaysNothing() throws Exception {
        // eval-blind30 HOL q08 "Who denied that the complaint's statement that …?"; ORL q03, q05, q08 offered "The … Weather
        // Office's public log" as the one who said or denied something.
        String text = """
                Improvement notice: Brackley House care home

                In a letter of 11 February, the solicitors, Gammage Thorne LLP, rejected the complaint's statement that one night worker had been left alone with 31 residents.
                The Weather Office's public log showed a gale warning at 20.35.
                Mr Tom Vell, the regional director, said that the annexe alarm had been tested on 19 January.
                Ms Ida Corran, the manager, said the wedges had come from a storeroom.
                """;
        List<Candidate> asked = InventedArticles.questions(new DenialQuestions(), text);
        assertTrue(asked.stream().noneMatch(c -> c.prompt().contains("denied that the complaint's statement")), asked.toString());
        for (Candidate c : InventedArticles.questions(new AttributionQuestions(), text)) {
            assertTrue(c.distractors().stream().noneMatch(d -> d.contains("log")), c.toString());
        }
    }

    @Test
    void aJudgeKeepsHerTitleAndATitleIsNoDescription() throws Exception {
        // eval-blind30 PEN q10, q11: "The denial comes from ormerind, the Lady Justice"; "Lord Justice" and "Lady Justice"
        // offered as what a meter engineer might be described as.
        String text = """
                Court of Appeal allows tenant's appeal

                PRESS SUMMARY

                Lady Justice Ormerind rejected the society's argument that rule 14 allowed the committee to expel a member without a hearing.
                Lord Justice Pellow agreed with her.
                The water company's meter engineer, Mr Ebenezer Brenchfield, said in evidence that the meter showed no sign of interference.
                The society's chair, Mr Lancelyn Tallantire, said the committee had "no quarrel with Mrs Delphy".
                """;
        Facts facts = InventedArticles.facts(text);
        for (Candidate c : new DenialQuestions().propose(facts)) {
            assertTrue(!c.explanation().contains("ormerind") && !c.explanation().contains("the Lady Justice"), c.explanation());
        }
        for (Candidate c : new SourceDescriptionQuestions().propose(facts)) {
            assertTrue(!c.key().contains("Justice") && c.distractors().stream().noneMatch(d -> d.endsWith("Justice")), c.toString());
        }
        assertTrue(Facts.formOfAddress("Lady Justice") && Facts.formOfAddress("Mr") && !Facts.formOfAddress("Chief executive"));
    }

    @Test
    void aViewOnAQuestionIsNoClaim() {
        // eval-blind30 PEN q13: "The Court expresses no view on whether …" was asked "Who said that no view on whether …?".
        assertTrue(!ClauseCheck.isFullSentence("no view on whether Mrs Delphy took water from the mains"));
        assertTrue(ClauseCheck.isFullSentence("the court took no view on whether Mrs Delphy took water from the mains"));
    }
}
