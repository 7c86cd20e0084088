package newsquiz.generate;

import static newsquiz.generate.InventedArticles.questions;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What tuning on eval-blind45 and eval-blind46 showed at stop 45: a denial that says a thing never existed ("there had been
 * no complaint") answers the one claim that said there was one, though that claim was a plain statement; a figure set right answers
 * the second thing a claimant said ("… and that the level found was only 4"); and a charge that names a thing rather than a deed is
 * no claim to offer; and a post holder of "its" or of "the group" speaks for the body that spoke just before.
 */
class QuestionsFortyFiveTest {

    private static final String BISTRO = "Bistro given one star\n\nThe Quayside Grill was given a hygiene rating of one on Friday, "
            + "according to an inspection report. A post on a food forum claimed the grill had been shut down.\n\nThe owner, "
            + "Marisol Fenwick, has also said the inspection was set off by a complaint from a rival restaurant. The borough "
            + "said there had been no complaint and that the visit was a routine one.\n\nA former waiter, who asked not to be named, "
            + "told the Harbour Echo that staff had been told to keep the cellar door shut. A regular, Tobin Hale, said the grill "
            + "had always been clean. The harbour master, Ilse Vane, said the quay would be resurfaced in June.";

    @Test
    void aThingSaidNeverToHaveExistedAnswersTheClaimThatNamedIt() throws Exception {
        List<Candidate> all = questions(new DenialQuestions(), BISTRO);
        assertTrue(all.stream().anyMatch(c -> c.prompt().contains("the borough") && c.key().contains("complaint from a rival restaurant")
                || c.key().equals("The borough") && c.prompt().contains("complaint from a rival restaurant")), all.toString());
    }

    @Test
    void aVerdictWordIsNoThingAnotherSaidThereWas() throws Exception {
        List<Candidate> all = questions(new DenialQuestions(), BISTRO.replace("there had been no complaint and that the visit was "
                + "a routine one", "there was no truth in it").replace("set off by a complaint", "set off by a complaint, the truth of "
                + "which nobody doubts,"));
        assertTrue(all.stream().noneMatch(c -> (c.prompt() + c.key()).contains("the truth of")), all.toString());
    }

    @Test
    void aChargeNamingAThingIsNoClaimToOffer() throws Exception {
        List<Candidate> all = questions(new AttributionQuestions(), "Recount row\n\nThe recount in Hallow was delayed by a week. "
                + "The mayor's rival, Dunstan Prewe, accused the mayor's allies of \"a cover-up dressed up as a clerical error.\" "
                + "The board said the delay was caused by a printer fault. A clerk, Ada Mull, said the count had been slow.\n\nThe "
                + "mayor, Lys Orme, said she would accept the result. A voter, Cal Indri, said the queue had been long.");
        assertTrue(all.stream().noneMatch(c -> (c.prompt() + c.key() + c.distractors()).contains("allies of")), all.toString());
    }

    @Test
    void aFigureSetRightAnswersTheSecondThingAClaimantSaid() throws Exception {
        List<Candidate> all = questions(new DenialQuestions(), "Rower suspended\n\nThe Dalby Rowing Federation said on Thursday that "
                + "it had suspended the sculler Ines Varro after a test in May.\n\nHer lawyer, Piet Anholt, said the substance had "
                + "come from a protein powder and that the level found was only 4 nanograms per millilitre. The federation said "
                + "the level was 40 nanograms, not 4.\n\nA team-mate, who asked not to be named, told the site Oarlock that Varro "
                + "had started a new powder in April. A post on the forum Sculls claimed she had been banned for four years. The "
                + "coach, Mara Lind, said the team would train at Dalby Water in June.");
        assertTrue(all.stream().anyMatch(c -> c.key().equals("The Dalby Rowing Federation") && c.prompt().contains("only 4 nanograms")
                || c.prompt().contains("Federation") && c.key().contains("only 4 nanograms")), all.toString());
    }

    @Test
    void aPostHolderOfItsSpeaksForTheBodyThatSpokeJustBefore() throws Exception {
        Facts facts = InventedArticles.facts("Rail strike\n\nThe Federation of Rail Crews said drivers would strike on Tuesday. Its "
                + "general secretary, Dilwyn Inglesant, said members had run out of patience.\n\nCaldermoor Trains said it had offered "
                + "4.5 percent over two years. The offer would cost about 19 million crowns, the company said.\n\n\"Not one guard will "
                + "lose a job on our trains,\" said its chief executive, Clarimond Dallimore.");
        assertTrue(facts.knownSame("Caldermoor Trains", "Clarimond Dallimore"));
        assertTrue(facts.knownSame("Federation of Rail Crews", "Dilwyn Inglesant"));
        assertFalse(facts.knownSame("Federation of Rail Crews", "Clarimond Dallimore"));
    }

    @Test
    void aGroupsChairSpeaksForTheGroupNamedBefore() throws Exception {
        Facts facts = InventedArticles.facts("Exam row\n\nFair Results for Ibbotsholme said on Monday that only 38 percent of pupils "
                + "passed both English and maths. The Elderwick Learning Trust called the figures untrue.\n\n\"Nobody was taken off "
                + "our roll,\" said the head teacher, Gwenhwyfar Haldorsen.\n\nThe group's chair, Eirlys Kilbrannan, told the "
                + "Lissford Gazette that its figures came from the results slips of about 70 families.");
        assertTrue(facts.knownSame("Fair Results for Ibbotsholme", "Eirlys Kilbrannan"));
        assertFalse(facts.knownSame("Elderwick Learning Trust", "Eirlys Kilbrannan"));
    }

    @Test
    void theOperatorsManagerSpeaksForTheOperatorJustNamed() throws Exception {
        Facts facts = InventedArticles.facts("Buses cancelled\n\nEleven bus services were cancelled on Monday. The drivers' union, "
                + "Motorway and Transit Workers, said its members had walked out. Quayline Buses said there had been no walkout. "
                + "\"Every driver on the rota turned up for work on Monday,\" said the operator's depot manager, Rozenn Sandercott.");
        assertTrue(facts.knownSame("Quayline Buses", "Rozenn Sandercott"));
        assertFalse(facts.knownSame("Motorway and Transit Workers", "Rozenn Sandercott"));
    }

    @Test
    void noSuchThingAnswersTheClaimThatUsedItsVerb() throws Exception {
        // "The engineer said the team had proposed doing that in November and was told the project was “not a priority.” There
        // was no such proposal, Nestwise insisted."
        List<Candidate> all = questions(new DenialQuestions(),
                Files.readString(Path.of("src/test/resources/eval-blind7/nestwise-thermostat-support-memo.txt")));
        assertTrue(all.stream().anyMatch(c -> c.prompt().contains("Nestwise") && c.key().contains("had proposed doing that")
                || c.key().equals("Nestwise") && c.prompt().contains("had proposed doing that")), all.toString());
    }

    @Test
    void aVerdictAfterTheThingBrandedIsNoPartOfIt() throws Exception {
        List<Candidate> all = questions(new DenialQuestions(), "Charity fees\n\nThe Wexmoor Sentinel reported that the agency kept "
                + "38 percent of everything it collected. The agency, Mallowgate Fundraising, also branded the 38 percent figure "
                + "false, saying its fee had been fixed in a contract.\n\nA post on the blog Tithewatch claimed the director earned "
                + "a fortune. A collector, who asked not to be named, said the rota was unfair. The mayor, Ida Penn, said the "
                + "appeal raised 90,000 marks.");
        assertTrue(all.stream().noneMatch(c -> c.prompt().contains("figure false")), all.toString());
        assertTrue(all.stream().anyMatch(c -> c.prompt().contains("the 38 percent figure?") && c.key().equals("Mallowgate Fundraising")),
                all.toString());
    }

    @Test
    void aMonthInTheSentenceBeforeIsNoOtherBody() throws Exception {
        // "Clean Ambleth said on Thursday that 19 of the 24 samples it took between May and August had failed … The group's
        // chair, Gwendolen Beckworth, said …": "May" is no body whose chair she might be.
        Facts facts = InventedArticles.facts(Files.readString(Path.of("src/test/resources/eval-blind45/ambleth-river-sewage-sampling-dispute.txt")));
        assertTrue(facts.knownSame("Clean Ambleth", "Gwendolen Beckworth"));
    }

    @Test
    void aClaimTheDenierCalledWrongJustAfterIsNoWrongAnswer() throws Exception {
        // "… told the Caddlestone Herald that officers had been called to the park twice the week before. The force said it was
        // wrong to say so, because the only earlier call had been about a lost dog."
        List<Candidate> all = questions(new DenialQuestions(),
                Files.readString(Path.of("src/test/resources/eval-blind45/caddlestone-park-robbery-police-appeal.txt")));
        for (Candidate c : all) {
            if (c.prompt().startsWith("Which claim did Kelverdale Police")) {
                assertTrue(c.distractors().stream().noneMatch(w -> w.contains("called to the park twice")), c.toString());
            }
        }
        assertTrue(all.stream().anyMatch(c -> c.prompt().startsWith("Which claim did Kelverdale Police")), all.toString());
    }

    @Test
    void anUnnamedClaimIsNotAskedBothAsWhichClaimAndAsWhyTakeCare() throws Exception {
        // review45 inchcombe q10 and q11: "Which of these claims comes from a source the article does not name?" and "The
        // article reports: “…” Why should a careful reader treat this claim with extra care?" on one claim.
        Path article = Path.of("src/test/resources/eval-blind/wyndle-estuary-seagrass-report.txt");
        newsquiz.quiz.Quiz quiz = new QuizPipeline(newsquiz.testing.Models.nlp()).quiz(article.getFileName().toString(),
                Files.readAllBytes(article), "wyndle", QuizPipeline.articlePath(article));
        List<newsquiz.quiz.Question> unnamed = quiz.questions().stream().filter(q -> q.prompt().contains("does not name")
                || q.prompt().contains("extra care")).toList();
        for (newsquiz.quiz.Question which : unnamed) {
            String key = withoutQuotes(which.choices().stream().filter(newsquiz.quiz.Choice::correct).findFirst().orElseThrow().text());
            assertTrue(unnamed.stream().noneMatch(why -> why.prompt().contains("extra care") && withoutQuotes(why.prompt()).contains(key)),
                    quiz.toString());
        }
    }

    private static String withoutQuotes(String text) {
        return text.replaceAll("[\"\u201c\u201d\u2018\u2019']", "");
    }
}
