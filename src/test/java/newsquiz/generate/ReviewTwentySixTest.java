package newsquiz.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Defects found in the eval-blind26 review and while tuning on that set, each on invented text. */
class ReviewTwentySixTest {
    private static final String CLINIC = """
            Health board says Marsby clinic will stay open

            The Eastfold Health Board has denied reports that it plans to close the eye clinic at Marsby Cottage Hospital, which sees 90 patients a week.

            The Marsby Echo reported on Monday, citing two receptionists who asked not to be named, that the clinic would shut in October.

            "That is simply not true," said Dr Ilse Wakefield-Obi, the board's medical director, in a letter to patients.

            The board said it had spent £200,000 last year on new equipment for the clinic.

            The clinic is understood to be short of two of its nine nurses, and patients said three Friday sessions had been cancelled in May.

            "We have never been asked to draw up plans for a closure," said Rosalind Tarrant, the clinic's senior nurse, in an interview with Radio Marsby.

            The Echo also reported that the clinic cost £400,000 a year more to run than the city unit.

            A patients' group said the waiting list for cataract operations had doubled since January.

            A post shared in a Facebook group claimed that the board had already sold the hospital car park.

            Hamid Okonjo-Hale, an organiser for the Federated Health Union, said managers had assured him on Tuesday that no closure was planned.
            """;

    @Test
    void aDenialInWordsOfItsOwnIsNotTiedToAnUnrelatedClaimJustBefore() throws Exception {
        // review26 DRE q07: "We have never been asked to plan for a closure" keyed as a denial that sessions were cancelled.
        var asked = InventedArticles.questions(new DenialQuestions(), CLINIC);
        assertTrue(asked.stream().noneMatch(c -> c.prompt().contains("Rosalind Tarrant") && c.key().contains("Friday sessions")),
                asked.toString());
        assertTrue(asked.stream().anyMatch(c -> c.key().equals("Rosalind Tarrant") && c.prompt().contains("never been asked")),
                asked.toString());
    }

    @Test
    void aDeniedReportIsAskedWithoutTheAsideAboutThePlace() throws Exception {
        // eval-blind26 DRE: the key ran on into ", which treats 62 patients three times a week" and was dropped as too long.
        var asked = InventedArticles.questions(new DenialQuestions(), CLINIC);
        assertTrue(asked.stream().anyMatch(c -> c.fact().equals("deny:0")
                && c.key().equals("That it plans to close the eye clinic at Marsby Cottage Hospital")), asked.toString());
        assertFalse(asked.stream().anyMatch(c -> c.key().contains("which sees 90 patients")), asked.toString());
    }

    @Test
    void aDenialPassedOnByTheOneAssuredIsADenial() throws Exception {
        // eval-blind26 DRE: "said managers had assured her … that no closure was planned" was read as a plain statement.
        var facts = InventedArticles.facts(CLINIC);
        assertTrue(facts.statements.stream().anyMatch(s -> s.speaker().equals("Hamid Okonjo-Hale")
                && s.attribution().stance() == newsquiz.analysis.Stance.DENY), facts.statements.toString());
    }

    private static final String BOATS = """
            Boat hire firm says its fleet is safe

            A river cruiser company has rejected suggestions that its boats are unsafe after one of its cruisers sank at a mooring on the Wendle Navigation last Sunday with a family of four on board.

            "Every one of our 19 boats passed its inspection this spring," said Hortense Abara-Quill, managing director of Greyfinch Cruisers, in a statement on Monday.

            The hirer, Tobiah Marchbank, told the Wendle Star that a mooring post had snapped and that staff had told him the hull had been "patched" in March.

            No such repair was ever made to the boat, the company said on Tuesday.

            The Wendle Navigation Trust, which runs the river, disputed the family's account of the mooring post. "The posts on that bank did not fail," said Idris Pemberton-Sall, its head of operations.

            Mr Marchbank said he was not blaming anyone yet.

            A former mechanic at the Greyfinch yard, who asked not to be named, told the magazine Riverside Weekly that spring checks had been cut from two days to one.

            A post on a boating forum claimed that Greyfinch had gone into administration.

            The River Hire Association said its members had reported 11 sinkings in 2025, up from six in 2024.
            """;

    @Test
    void aLedesDescribedBodyIsTheOneTheCompanyLaterIs() throws Exception {
        // review26 TOL q01/q11: "A canal holiday company" (the lede) was offered as a wrong answer beside Kestlebrook.
        var facts = InventedArticles.facts(BOATS);
        assertEquals("Greyfinch Cruisers", facts.statements.get(0).speaker());
        assertFalse(facts.statements.get(0).attribution().anonymous());
    }

    @Test
    void aSpokesmansOwnerIsNamedAndHisWordsAnswerTheDisputedAccount() throws Exception {
        // eval-blind26 TOL: "…, said Crispin Ngata-Wolde, its head of operations" after the board disputed the family's
        // account: an assertion, and the board offered as a wrong answer to "Whose denial is this?".
        var asked = InventedArticles.questions(new DenialQuestions(), BOATS);
        var whose = asked.stream().filter(c -> c.key().equals("Idris Pemberton-Sall")).toList();
        assertFalse(whose.isEmpty(), asked.toString());
        assertTrue(whose.stream().noneMatch(c -> c.distractors().contains("The Wendle Navigation Trust")), whose.toString());
        var facts = InventedArticles.facts(BOATS);
        assertTrue(facts.statements.stream().anyMatch(s -> s.speaker().equals("Hortense Abara-Quill")
                && s.attribution().description().equals("managing director of Greyfinch Cruisers")), facts.statements.toString());
    }

    @Test
    void aLongOccasionIsNoPartOfTheSuggestionRejected() throws Exception {
        // eval-blind26 TOL: "rejected suggestions that its boats are unsafe after one of its narrowboats sank in a lock on the
        // Fennick Canal last Saturday with a family of six on board" was too long to ask at all.
        String text = CLINIC.replace("has denied reports that it plans to close the eye clinic at Marsby Cottage Hospital, which sees 90 "
                + "patients a week.", "has rejected suggestions that it plans to close the eye clinic at Marsby Cottage Hospital after two "
                + "of its nine nurses left in the spring and a third went on long-term sick leave in June.");
        var asked = InventedArticles.questions(new DenialQuestions(), text);
        assertTrue(asked.stream().anyMatch(c -> c.fact().equals("deny:0")
                && c.key().equals("That it plans to close the eye clinic at Marsby Cottage Hospital")), asked.toString());
    }

    @Test
    void aSpeakerHoldingBackSaysNothingAnyoneRejected() throws Exception {
        // eval-blind26 TOL: "That Bartholomew Ezeani-Pryce was not blaming anyone yet" offered as a suggestion the company
        // might have rejected. No invented text reproduced it, so the set's own article guards it.
        String article = java.nio.file.Files.readString(java.nio.file.Path.of("src/test/resources/eval-blind26/"
                + "tolvern-narrowboat-travel-editor.txt"));
        var asked = InventedArticles.questions(new DenialQuestions(), article);
        assertTrue(asked.stream().flatMap(c -> c.distractors().stream())
                .noneMatch(d -> d.contains("not blaming") || d.contains("not speculate")), asked.toString());
    }

    @Test
    void aDisputedFigureIsAskedAsTheReportItCameIn() throws Exception {
        // review26 BRA q13, SAL q12: "Who denied the figures that an adult season ticket would rise to £190?"
        var asked = InventedArticles.questions(new DenialQuestions(), """
                Pool prices

                The Marsby Echo reported last week that an adult season ticket would rise to £190. "The figures are wrong," the treasurer, Mr Emlyn Dace, said. "We told the reporter so before the story ran."

                A post on a swimming forum claimed that the pool would close in August.

                Councillor Ann Pike said the council would review the lease in June.
                """);
        assertTrue(asked.stream().noneMatch(c -> c.prompt().contains("the figures that")), asked.toString());
        assertTrue(asked.stream().anyMatch(c -> c.prompt().contains("the report that an adult season ticket would rise to £190")),
                asked.toString());
    }

    @Test
    void aFigureTheArticleOrALaterSpeakerCallsWrongIsNoNumberToLearn() throws Exception {
        // review26 DRE q09, FER, SAL q06: "£1.2 million", "60 per cent", "11 bathers" asked as facts to complete.
        var asked = InventedArticles.questions(new NumberQuestions(), """
                Lido answers

                The Marsby Echo reported that the lido cost £400,000 a year more to run than the leisure centre. "Those figures are wrong," a trust spokesman said.

                A post shared more than 2,000 times on Facebook said that 11 bathers were taken to hospital after a chlorine leak on 24 May. That is not true: the lido was closed for painting that day.

                The trust said the water tests cost about £3,100 a season, and the lido opens on 6 June with 45 lifeguards on the rota.

                The repair to the deep end cost £27,500 and took 9 weeks.
                """);
        assertTrue(asked.stream().noneMatch(c -> c.key().equals("£400,000") || c.key().equals("11")), asked.toString());
        assertTrue(asked.stream().anyMatch(c -> c.key().equals("2,000")), asked.toString());
    }

    private static final String TRIAL = """
            Trader denies selling fake watches

            A market trader accused of selling counterfeit watches has denied knowing that any of the 900 watches found in his van were fake.

            Tobias Rennard-Osei, 52, of Quay Street, Harlow, denies six charges of selling goods bearing a registered sign.

            The prosecutor, Martha Ellingham, told the court the watches had been seized in March.

            A jeweller, Priya Venn, told the court that a genuine watch of the same model sold for about £900.

            A post on a local forum claimed that the watches had come in through a northern port.
            """;

    @Test
    void aCourtLedesDescribedDefendantIsTheOneNamedNext() throws Exception {
        // eval-blind26 MAR: "A market trader accused of selling counterfeit perfume has denied …" stayed an unnamed source,
        // and "Who denied that knowing that …?" was asked of it.
        var facts = InventedArticles.facts(TRIAL);
        assertEquals("Tobias Rennard-Osei", facts.statements.get(0).speaker());
        assertFalse(facts.statements.get(0).attribution().anonymous());
        var asked = InventedArticles.questions(new DenialQuestions(), TRIAL);
        assertTrue(asked.stream().anyMatch(c -> c.prompt().startsWith("Who denied knowing that any of the 900 watches")), asked.toString());
        assertTrue(asked.stream().noneMatch(c -> c.prompt().contains("that knowing")), asked.toString());
    }
}
