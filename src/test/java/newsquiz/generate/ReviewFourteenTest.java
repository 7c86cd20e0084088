package newsquiz.generate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Defects the eval-blind14 review and quiz checks found, each on invented text: a claim by people who asked not to be
 * named that went unasked because of a "he" after the person it opens with, or a pronoun inside the words they quoted;
 * wrong answers taken from another story of a briefing.
 */
class ReviewFourteenTest {
    @Test
    void aClaimFromPeopleWhoAskedNotToBeNamedIsAskedDespiteItsPronouns() throws Exception {
        List<Candidate> asked = InventedArticles.questions(new AnonymousSourceQuestions(), """
                Cheating row at chess open

                Stig Halvorsen, the top seed, lost to Tomas Vrana in round seven.

                The Harlow Chess Federation said it had received "no formal complaint" about the game.

                Two players who were in the hotel bar on Saturday night, and who asked not to be named, said Halvorsen had told several people he would "take it to the federation" if the organisers did nothing.

                Petra Lind, the chief arbiter, said the players had been searched before the round. Ilona Wexler, a statistician, said the accuracy was high but not outlandish.

                Tomas Vrana said he had prepared the opening for three weeks with his coach in a small flat above a bakery in the old town.
                """);
        assertTrue(asked.stream().anyMatch(c -> c.fact().startsWith("anon:") && c.key().startsWith("Halvorsen had told several people he would")),
                asked.toString());
    }

    @Test
    void aBriefingsOtherStoriesGiveNoWrongAnswers() throws Exception {
        String briefing = """
                World briefing: a volcano scare and a coach who stays

                NORTHSTAR WIRE | World briefing

                VELLANO, Calvera (Northstar) — The national volcano observatory said on Friday that it had not told anyone to leave.

                The observatory's director, Dr Elisa Marangoni, said seismic activity had "increased modestly" since October. The mayor, Piero Manca, said 200 residents slept in their cars. A geologist, Prof Anna Berti, said an eruption was unlikely this year.

                KORVAN, Estrelia (Northstar) — The coach of the national football team, Andrés Valcárcel, said on Friday that he had not resigned.

                The federation's president, Rui Calado, said the coach had "the full confidence of the board". The sports daily Gol Diário said two players had complained. The team's captain, Nuno Reis, said the squad was united.
                """;
        Facts facts = InventedArticles.facts(briefing);
        List<String> volcano = List.of("Elisa Marangoni", "Piero Manca", "Anna Berti");
        List<String> football = List.of("Andrés Valcárcel", "Rui Calado", "Gol Diário", "Nuno Reis");
        for (QuestionFamily family : List.of(new AttributionQuestions(), new DenialQuestions())) {
            for (Candidate c : family.propose(facts)) {
                QualityFilter.check(c, facts).ifPresent(kept -> {
                    boolean aboutVolcano = volcano.stream().anyMatch(kept.key()::contains);
                    boolean aboutFootball = football.stream().anyMatch(kept.key()::contains);
                    for (String wrong : kept.distractors()) {
                        if (aboutVolcano) {
                            assertTrue(football.stream().noneMatch(wrong::contains), kept.toString());
                        }
                        if (aboutFootball) {
                            assertTrue(volcano.stream().noneMatch(wrong::contains), kept.toString());
                        }
                    }
                });
            }
        }
        // Each story still gets its questions, with wrong answers from its own people.
        assertTrue(new AttributionQuestions().propose(facts).stream().filter(c -> QualityFilter.check(c, facts).isPresent())
                .anyMatch(c -> c.key().equals("Rui Calado")));
        assertTrue(facts.fromAnotherStory("Rui Calado", List.of(3)));
        assertFalse(facts.fromAnotherStory("Piero Manca", List.of(3)));
    }

    @Test
    void theSpeakersDescriptionBeforeTheNameIsNotPartOfTheClaim() throws Exception {
        Facts facts = InventedArticles.facts("""
                Volcano scare

                About 200 residents of Casteldoro spent Thursday night in their cars anyway, its mayor, Piero Manca, told the local station Radio Siro.

                Dr Elisa Marangoni said seismic activity had increased modestly. Police said the message may have been a prank.
                """);
        assertTrue(facts.statements.stream().anyMatch(s -> s.speaker().equals("Piero Manca")
                && s.claim().endsWith("spent Thursday night in their cars anyway")), facts.statements.toString());
    }

    @Test
    void aDenyingClauseIsNotAThingSomeoneRejected() throws Exception {
        List<Candidate> asked = InventedArticles.questions(new DenialQuestions(), """
                Coach says there is no letter

                The sports daily Gol Diario reported that the coach, Andres Valcarcel, had handed in his resignation.

                Valcarcel said on Friday that no letter of resignation existed. The federation's president, Rui Calado, said the coach had the board's confidence. Marta Silva, a former player, said the team needed a win.
                """);
        assertTrue(asked.stream().noneMatch(c -> c.prompt().startsWith("Who rejected no ")), asked.toString());
    }

    @Test
    void theDeniersOwnBodyMadeNoAccountHeDenied() throws Exception {
        Facts facts = InventedArticles.facts("""
                Missing gospel book found

                The daily Dagsposten reported last week, citing two library employees, that the book had been stolen.

                The library's director, Henrik Alsaker, called that account "a thriller without a crime" in a statement. The library said the book had been moved for rebinding.

                Arnholt police said they had received no report of a theft. Dagsposten's editor, Marit Solvang, said the paper stood by its sources.
                """);
        List<Candidate> asked = new DenialQuestions().propose(facts).stream().filter(c -> QualityFilter.check(c, facts).isPresent()).toList();
        assertTrue(asked.stream().filter(c -> c.prompt().startsWith("Whose "))
                .noneMatch(c -> c.distractors().stream().anyMatch(w -> w.equalsIgnoreCase("The library"))), asked.toString());
    }

    @Test
    void wordsTheSpeakerSaysWereMistranslatedAreNotSimplyTheirs() throws Exception {
        List<Candidate> asked = InventedArticles.questions(new TrueFalseNotGivenQuestions(), """
                Summit claim in doubt

                Nima Targe, the expedition's cook, told the Kelvash Times on 24 February that Rendle had returned to camp much earlier than a man who had been to the top, according to an English translation published by the news site AlpenPost.

                Reached on Saturday, Mr Targe said the translation had got him wrong. "I said he came back tired, not that he came back early," he said.

                Ilse Brandauer, a mountain guide, said the photographs could not settle it. Dawa Lhakpa said the tracker had been working.
                """);
        assertTrue(asked.stream().noneMatch(c -> c.prompt().contains("According to Nima Targe")), asked.toString());
    }

    @Test
    void theLedesFarmerNamedLaterIsNoUnnamedSource() throws Exception {
        // The explainer's lede has "a farmer" who "believes it fell from space"; eight sentences on she is "Ruth Pennick, who
        // farms 120 hectares on the moor".
        Facts facts = InventedArticles.facts(java.nio.file.Files.readString(
                java.nio.file.Path.of("src/test/resources/eval-blind14/heddon-moor-meteorite-slag-explainer.txt")));
        Statement farmer = facts.statements.stream().filter(s -> s.speaker().equalsIgnoreCase("A farmer")).findFirst().orElseThrow();
        assertFalse(AnonymousSourceQuestions.unnamed(facts, farmer));
    }

    @Test
    void aVoiceMessageInTheLedeIsAnUnnamedSourceAndItsHoursAwayAGuessAboutTheFuture() throws Exception {
        Facts facts = InventedArticles.facts("""
                Volcano scare

                A voice message shared on WhatsApp on Thursday claimed that an eruption was "hours away".

                The observatory's director, Dr Elisa Marangoni, said seismic activity had increased modestly since October. The mayor, Piero Manca, said 200 residents slept in their cars. Dr Anna Berti, a geologist, said an eruption this year was unlikely.
                """);
        Statement message = facts.statements.stream().filter(s -> s.speaker().toLowerCase().contains("voice message")).findFirst()
                .orElseThrow(() -> new AssertionError(facts.statements.toString()));
        assertTrue(AnonymousSourceQuestions.unnamed(facts, message));
        List<Candidate> asked = new AnonymousSourceQuestions().propose(facts);
        assertTrue(asked.stream().flatMap(c -> c.distractors().stream()).noneMatch(w -> w.contains("guess about the future")),
                asked.toString());
    }
}
