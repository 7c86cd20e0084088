package newsquiz.generate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Defects the eval-blind18 review found, each on invented text. */
class ReviewEighteenTest {
    @Test
    void whatACourtHeardIsNoStatementOfTheCourt() throws Exception {
        Facts facts = InventedArticles.facts("""
                Roofer denies fraud

                A roofer charged with fraud told Hallam Crown Court on Monday that he had never taken a deposit without doing the work.

                The court heard that Dan Pike had taken £4,000 from a widow in March. The prosecutor, Ann Vale, said the work was never started.
                """);
        assertTrue(facts.statements.stream().noneMatch(s -> s.speaker().contains("Court")), facts.statements.toString());
    }

    @Test
    void aVerbThatTakesAnObjectIsNotAskedAsIfItTookAClause() throws Exception {
        var asked = InventedArticles.questions(new AttributionQuestions(), """
                Harvest row

                Grape prices rose sharply this autumn after a dry summer, the co-operative said.

                A report in the trade newsletter Vin Sur Table, citing "several merchants", alleged that the largest growers had agreed among themselves to hold out for 1.60 euros a kilo. The growers' association called the report "a merchant's bedtime story told to other merchants". Its president, Arnau Petit, said each member set his own price.

                The co-operative's director, Ana Brandt, said the harvest was the smallest in twenty years.
                """);
        assertTrue(asked.stream().noneMatch(c -> c.prompt().contains("called that") || c.prompt().endsWith(" call?")), asked.toString());
    }

    @Test
    void aHeInTheWordsOfAWomanTheArticleCallsMsIsSomeoneElse() throws Exception {
        Facts facts = InventedArticles.facts("""
                Tattooist trial

                A tattooist denied inking a 15-year-old girl at his studio, Lowbridge magistrates heard on Monday.

                A former apprentice, Jordan Meakin, said in a written statement that the owner had told staff not to check ID on busy Saturdays.

                Mr Meakin did not attend court. Ms Harriet Quennell, prosecuting, said he was working abroad and that his written statement would be read under the rules on hearsay.
                """);
        assertTrue(facts.statements.stream().noneMatch(s -> s.claim().startsWith("Harriet Quennell was")), facts.statements.toString());
        assertTrue(new TrueFalseNotGivenQuestions().propose(facts).stream().noneMatch(c -> c.prompt().contains("working abroad")));
    }

    @Test
    void anItThatAlreadyStandsForAThingIsNotTheSpeaker() throws Exception {
        Facts facts = InventedArticles.facts("""
                Studio post removed

                A post in a community group on Facebook claimed the council had shut the studio down. The council said the studio's registration remained in force.

                The group's administrator has since deleted it and said it "should never have gone up".
                """);
        assertTrue(facts.statements.stream().noneMatch(s -> s.claim().startsWith("The group's administrator \u201c")
                || s.claim().startsWith("The group's administrator \"")), facts.statements.toString());
    }

    @Test
    void aLabelForThemIsNotAskedWithoutWhatTheyWere() throws Exception {
        var asked = InventedArticles.questions(new DenialQuestions(), """
                Lift row

                A former lift operator, who asked not to be named, said managers had pushed to open the lift early whenever the hotels were full.

                Asked about the former employee's remarks, the resort's chief executive, Beat Lindau, called them "a story from someone with a grudge and no duty roster to back it up."

                The mayor, Claudia Venn, said the village was in mourning. A hospital spokeswoman said two skiers were in a serious condition.
                """);
        assertTrue(asked.stream().noneMatch(c -> c.prompt().contains("called them")), asked.toString());
    }
}
