package newsquiz.generate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Defects found in the eval-blind23 review and while tuning on that set, each on invented text. */
class ReviewTwentyThreeTest {
    @Test
    void aDenialCutToFitStillShowsTheClauseThatSaysNo() throws Exception {
        // "We have deer, we have otters …, but we have no beavers …": cut after the otters, "Whose denial is this?" showed a
        // denial of nothing (review23 TAM q12).
        var asked = InventedArticles.questions(new DenialQuestions(), """
                Otters on the Wenning

                Anglers have claimed that a country estate released otters into the river last spring.

                The estate's manager, Hugo Palmer-Oakes, dismissed the claim. "We have sheep, we have pheasants and we have a great many visitors from the town every summer, but we have no otters and have never asked for any," he said.

                A river warden, Nadia Brookfield-Amis, said the otters had most likely come down from the hills.

                An angler, Colin Ridsdale, said he had seen a van by the river at night.
                """);
        assertTrue(asked.stream().filter(c -> c.prompt().startsWith("Whose denial is this"))
                .allMatch(c -> c.prompt().contains("we have no otters")), asked.toString());
        assertTrue(asked.stream().anyMatch(c -> c.prompt().startsWith("Whose denial is this")), asked.toString());
    }

    @Test
    void aCuesObjectAndInfinitiveFollowsWhoWithoutThat() throws Exception {
        // "Mr Drummond-Falconer expects the ledgers to become …" was asked as "Who expected that the ledgers to become …?"
        // (review23 KIL q14, TAM q17); "urged both sides to show restraint" as "Who said that both sides to show restraint?".
        var asked = InventedArticles.questions(new AttributionQuestions(), """
                Depot plans

                The bus company will move its depot to the edge of town, its chief executive, Maria Lindqvist-Obi, said on Monday.

                A council planner, Tomas Reyes-Whitlock, said the site had been empty for a decade. He expected the new depot to open before the end of next year.

                The drivers' union said in a statement that it was "disappointed" and urged the company to keep the old canteen open.
                """);
        assertTrue(asked.stream().anyMatch(c -> c.prompt().equals("Who expected the new depot to open before the end of next year?") && c.key().equals("Tomas Reyes-Whitlock")),
                asked.toString());
        assertTrue(asked.stream().noneMatch(c -> c.prompt().contains("that the new depot to") || c.prompt().contains("said the company to")
                || c.prompt().contains("that the company to")), asked.toString());
    }

    @Test
    void aSpokeswomanForANamedMinisterIsNotTheMinisterAndHerWordsStandWithoutTheNarrators() throws Exception {
        // review23 ARD q13: "A spokeswoman for the education minister, Rufus Adeyemi-Crane, told the Post that “no pupil …,” in
        // comments carried on Radio …" was keyed to the minister, its stem printing the narrator's words inside the quotation.
        var asked = InventedArticles.questions(new DenialQuestions(), """
                Exam row

                Parents have claimed that pupils will have to sit the chemistry paper again after it leaked.

                A spokeswoman for the schools minister, Harriet Lyle-Mensah, told the Courier that "no pupil will sit this paper twice," in comments carried on Radio Fenwick.

                A head teacher, Martin Oduya-Kerr, said the leak had been "a disaster for everyone".

                A parent, Susan Whitlow-Barnes, said she was relieved.
                """);
        var whose = asked.stream().filter(c -> c.prompt().startsWith("Whose denial is this")).findFirst().orElseThrow(() -> new AssertionError(asked));
        assertTrue(whose.prompt().endsWith("\u201cNo pupil will sit this paper twice\u201d"), whose.prompt());
        assertTrue(whose.key().startsWith("A spokeswoman for the schools minister"), whose.key());
    }

    @Test
    void aPapersShortNameIsNoPostOnline() throws Exception {
        // review23 ARD q14: "quoted by the Post" after "the Ardenvale Post" was keyed "In a post", as if on social media.
        var asked = InventedArticles.questions(new RelayQuestions(), """
                Exam row

                The head teacher, Wendell Price-Amadi, told the Fenwick Post that the papers had stayed sealed in a locked cabinet.

                One pupil, quoted by the Post without her name, said the photographs had "looked exactly like the mock we did".

                A council spokesman said the review would report within a fortnight.
                """);
        assertTrue(asked.stream().noneMatch(c -> c.key().equals("In a post")), asked.toString());
    }

    @Test
    void aReferenceNumberIsNoFigureToFillIn() throws Exception {
        // review23 HOL q04: "minute 26/____ should read …" put the gap inside a reference.
        var asked = InventedArticles.questions(new NumberQuestions(), """
                Council minutes

                The minutes were approved subject to one correction: minute 31/052 should read £12,500, not £21,500.

                The bridge has been shut for 14 weeks and repairs were estimated at £48,000.
                """);
        assertTrue(asked.stream().noneMatch(c -> c.key().equals("052") || c.key().equals("31")), asked.toString());
        assertTrue(asked.stream().anyMatch(c -> c.key().equals("14")), asked.toString());
    }

    @Test
    void aGapWindowKeepsTheNegationOfItsClause() {
        // review23 FOX q04: "… ‘a clay pit under the estate; …’" without "There was never" showed a denial as its opposite.
        String shown = NumberQuestions.gap("\"There was never a gravel quarry under the Lindley Park estate; there was a dairy farm, and"
                + " we hold all of its maps back to 1950,\" he said.", "1950");
        assertTrue(shown == null || shown.contains("never a gravel quarry"), shown);
    }
}
