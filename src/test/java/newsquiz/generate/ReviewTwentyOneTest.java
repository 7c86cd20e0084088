package newsquiz.generate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Defects the eval-blind21 review found, each on invented text. */
class ReviewTwentyOneTest {
    @Test
    void aSecondThatWithoutACommaBelongsToTheReportingVerbToo() throws Exception {
        Facts facts = InventedArticles.facts("""
                Zoo gate inquiry

                A keeper, who asked not to be named, told me the north gate had been left open "for a minute or two" that evening but that no animal had got out.
                """);
        assertTrue(facts.statements.stream().anyMatch(s -> s.claim().contains("that evening but no animal had got out")),
                facts.statements.toString());
    }

    @Test
    void aGapWindowDoesNotStartJustAfterAFigure() throws Exception {
        // "… crowns on Wednesday evening, closed at 190.4 crowns": the window hid the 214 that the first crowns counted.
        var asked = InventedArticles.questions(new NumberQuestions(), """
                Bank bonds fall

                The bank's chairman said the fall had been expected, and that most lenders had sold out by Friday.

                The bonds, which had traded at 97 pesos on Monday morning, closed at 88.5 pesos, wiping roughly 3.1 billion pesos off the bank's market value.
                """);
        assertTrue(asked.stream().anyMatch(c -> c.key().contains("3.1")), asked.toString());
        assertTrue(asked.stream().noneMatch(c -> c.prompt().matches("(?s).*\u2026 pesos.*")), asked.toString());
    }

    @Test
    void aRoadNumberIsNoFigure() throws Exception {
        // "one stretch of the A614": the review found "614" asked as a count of something "near Calderwyke".
        Facts facts = InventedArticles.facts("""
                Roadworks

                The council said 14 crews would resurface the B1286 and part of the M62 by the end of May.
                """);
        java.util.List<String> values = facts.analysis.figures().stream().map(newsquiz.analysis.Figure::value).toList();
        assertTrue(values.contains("14"), values.toString());
        assertTrue(values.stream().noneMatch(v -> v.contains("1286") || v.equals("62")), values.toString());
    }

    @Test
    void aBodyIsNotTheOneKeyAmongThreePeople() throws Exception {
        // "Who said …? — The Gazette's story" among three named people: the key stands out by its kind (review21).
        var asked = InventedArticles.questions(new AttributionQuestions(), """
                Allotment water row

                Plot holders at Fenwick Lane say the water troughs have been dry since April.

                Marjorie Abbot-Lane, who has kept a plot there for 30 years, said the taps had been turned off without warning.

                Desmond Rahimi-Clarke, the allotment society's treasurer, said the society had paid its water bill in full in March.

                Councillor Ruth Okonkwo-Baines said she had asked officers to look into the complaints by the end of the month.

                The Fenwick Parks Trust said the supply had been cut because a pipe burst under the car park in early April.
                """);
        assertTrue(asked.stream().noneMatch(c -> c.key().equals("The Fenwick Parks Trust") && c.distractors().stream()
                .allMatch(d -> d.matches("(?:Councillor )?\\p{Lu}\\p{Ll}+ \\p{Lu}[\\p{L}-]+"))), asked.toString());
    }

    @Test
    void aClaimOpeningWithThatIsNotAskedWithTwoThats() throws Exception {
        Candidate stutter = new Candidate("denial", newsquiz.quiz.Skill.SOURCE_EVALUATION, newsquiz.quiz.QuestionType.SINGLE_CHOICE,
                newsquiz.quiz.Difficulty.MEDIUM, "Who said that that painting is no Vermeer?", "The restorer Ana Ruiz",
                java.util.List.of("Tom Hale", "Mia Berg"), "", java.util.List.of(3), "deny:3", 60);
        Facts facts = InventedArticles.facts("""
                Painting row

                The restorer Ana Ruiz said that painting is no Vermeer. Tom Hale said it was. Mia Berg said nothing.
                """);
        var checked = QualityFilter.check(stutter, facts);
        assertTrue(checked.isPresent() && checked.get().prompt().equals("Who said that painting is no Vermeer?"), checked.toString());
        Candidate quoted = new Candidate("attribution", newsquiz.quiz.Skill.SOURCE_EVALUATION, newsquiz.quiz.QuestionType.SINGLE_CHOICE,
                newsquiz.quiz.Difficulty.MEDIUM, "Who said this? \u201cI know that that is not true\u201d", "Tom Hale",
                java.util.List.of("Ana Ruiz", "Mia Berg"), "", java.util.List.of(3), "claim:3", 60);
        assertTrue(QualityFilter.check(quoted, facts).map(Candidate::prompt).orElse("").contains("that that"));
    }
}
