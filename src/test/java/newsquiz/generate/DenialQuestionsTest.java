package newsquiz.generate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Denial questions on invented articles: what a denier is asked about, and who may be offered as the denier. */
class DenialQuestionsTest {
    private static List<Candidate> denialQuestions(String text) throws Exception {
        return InventedArticles.questions(new DenialQuestions(), text);
    }

    private static final String HARBOUR = """
            Harbour dredging row deepens

            The Tallow Bay Port Authority has started dredging the north channel, the authority said on Monday.

            The work will take eleven weeks and cost £2.3 million, the authority said.

            The weekly Bay Observer reported that the authority had ignored a warning from its own engineers about silt.

            Fishermen's leader Ada Crane alleged that the dredging had already killed most of the mussel beds near the pier.

            A diver who asked not to be named said the contractor had dumped the spoil inside the bay at night.

            Local councillor Rhys Mold said that the harbour café would close for a month during the works.

            Campaigners claimed that the authority had been fined for dredging without a licence in 2019.

            The Tallow Bay Port Authority denied that its engineers had warned it about silt.
            """;

    @Test
    void wrongAnswersToWhatWasDeniedAreOtherContestedClaimsNotNeutralFacts() throws Exception {
        List<Candidate> which = denialQuestions(HARBOUR).stream()
                .filter(c -> c.prompt().startsWith("What did") || c.prompt().startsWith("Which")).toList();
        assertFalse(which.isEmpty(), "no 'what did the authority deny' question");
        Candidate best = which.stream().max(java.util.Comparator.comparingInt(Candidate::priority)).orElseThrow();
        // The alleged mussel beds are disputed ground; the café closing and the cost are plain facts nobody would deny.
        assertTrue(best.distractors().stream().anyMatch(w -> w.contains("mussel")), best.toString());
        assertTrue(best.distractors().stream().noneMatch(w -> w.contains("café") || w.contains("eleven weeks")), best.toString());
        // The Observer's report is the very claim denied, in other words: no wrong answer (it once was one).
        assertTrue(best.distractors().stream().noneMatch(w -> w.contains("ignored a warning")), best.toString());
    }

    @Test
    void theOwnerOfTheClaimNamedInTheQuestionIsNoWrongAnswer() throws Exception {
        String text = """
                Ferry union ballots for strike

                The Coastal and Harbour Workers' Union said 300 jobs were at risk because of the new timetable.

                Its general secretary, Mo Patel, said members would vote next week.

                Marine Ferries called the union's claim that 300 jobs were at risk "pure fiction".

                Passenger group Sail Fair said fares had risen by a third since 2022.
                """;
        List<Candidate> asked = denialQuestions(text).stream()
                .filter(c -> c.prompt().startsWith("Who") && c.prompt().matches("(?s).*union['\u2019]s claim.*")).toList();
        assertFalse(asked.isEmpty(), "no 'who called the union's claim …' question");
        for (Candidate c : asked) {
            assertTrue(c.distractors().stream().noneMatch(w -> w.endsWith("Union")), c.toString());
        }
    }

    @Test
    void aFigureNamedByTheDenialIsTheClaimWithThatFigure() throws Exception {
        String text = """
                Theatre trust spending questioned

                Auditors found that only 41p of every pound the Orrin Theatre Trust raised reached its youth programme.

                The trust's founder, Bea Lamont, told a radio show in 2022 that every penny went to young actors.

                Her former assistant, Tom Reyes, said the founder rarely attended board meetings.

                The trust's chair, Idris Vane, rejects the 41p figure outright.
                """;
        for (Candidate c : denialQuestions(text)) {
            // Other claims stand nearer the rejection; the figure it names is three paragraphs back.
            String asked = c.prompt() + " " + c.key();
            assertFalse(asked.contains("board meetings") || asked.contains("every penny"), c.toString());
        }
    }

    private static final String TRANSFER = """
            Striker row rumbles on

            Larkfield Rovers have agreed a fee with Ossing Town for the winger Dara Quill, according to two people close to the talks.

            Quill is reported to have asked to leave, and a medical is said to be booked for Friday.

            The board is split over the sale, a senior Ossing official said, with the owner holding out for more money.

            Quill's agent, Marta Fenn, dismissed the reports as "pure invention" in a post on Instagram on Monday.

            The Regional Safety Council said that its inspectors had visited the ground twice this season.

            The Supporters' Trust said that fans had complained about the turnstiles since August.

            The Northern League said in a statement that it would review safety at every ground before the new season.

            The Regional Safety Council rejected the suggestion that it had been slow to act on the broken turnstiles.
            """;

    @Test
    void theReportsInThePluralAreNotPinnedOnTheNearestOneClaim() throws Exception {
        List<Candidate> questions = denialQuestions(TRANSFER);
        assertTrue(questions.stream().noneMatch(c -> c.prompt().contains("board is split") && c.key().equals("Marta Fenn")),
                questions.toString());
        assertTrue(questions.stream().anyMatch(c -> c.key().equals("Marta Fenn") && c.prompt().contains("the reports")),
                questions.toString());
    }

    @Test
    void aBodyRejectingASuggestionAboutItselfIsAskedAsWhichOrganisation() throws Exception {
        assertTrue(denialQuestions(TRANSFER).stream().anyMatch(c -> c.prompt().equals(
                "Which organisation rejected the suggestion that it had been slow to act on the broken turnstiles?")),
                denialQuestions(TRANSFER).toString());
    }

    @Test
    void anAccusationRejectedIsAskedAsTheAccusationNotTheAccusedsName() throws Exception {
        String text = """
                Buggy maker under fire

                The campaign group Safer Prams said the regulator had been slow and accused Tindle of "hiding complaints for two years".

                Tindle rejected the accusation. "We have nothing to hide," its chief executive, Omar Lusk, told reporters.

                The regulator said it had acted as soon as it had evidence, and Safer Prams said it would keep up the pressure.
                """;
        List<Candidate> questions = denialQuestions(text);
        assertTrue(questions.stream().noneMatch(c -> c.prompt().matches("(?s).*\\bTindle of\\b.*")), questions.toString());
    }

    @Test
    void aDenialPointingBackNeverSkipsTheNearestClaimForAnOlderOne() throws Exception {
        String text = """
                Builder's trial hears from defence

                Glenn Marsh is accused of charging four families for repairs he never carried out, a jury at Hollin Crown Court has heard.

                Mr Marsh accepted that the wording of his leaflet was "a mistake" made by the printer.

                His barrister, Ruth Okafor, told the jury the inspector had "looked at the wrong wall" at the first house.

                Ms Dale, for the prosecution, dismissed that explanation as "a tale told backwards from the bills".
                """;
        List<Candidate> questions = denialQuestions(text);
        assertTrue(questions.stream().noneMatch(c -> c.prompt().contains("leaflet") || c.key().equals("Glenn Marsh")
                || c.key().contains("leaflet")), questions.toString());
    }

    @Test
    void theClaimRightAfterAFreshClaimIsThatOneNotAnOlderClaimedOne() throws Exception {
        String text = """
                Optician's video questions lens study

                The optician Paul Reeve claimed in a video on Monday that the study team had dropped 40 volunteers from its results.

                The lead researcher, Nadia Oke, rejected the accusation and said every volunteer had been counted.

                Reeve also suggested in the video that Oke had been paid by a rival lens maker.

                Fenwick University said in a post on X that the claim was false.

                The lens maker Brightvue said it had paid for the study but had no say in its findings.
                """;
        for (Candidate c : denialQuestions(text)) {
            if (c.key().equals("Fenwick University") || c.prompt().contains("Fenwick University")) {
                assertFalse(c.prompt().contains("dropped") || c.key().contains("dropped"), c.toString());
            }
        }
    }
}
