package newsquiz.generate;

import static newsquiz.generate.InventedArticles.facts;
import static newsquiz.generate.InventedArticles.questions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What eval-blind51's review showed at stop 48, in invented text: a radio station that speaks for itself is the body
 * "its chair of trustees" chairs (eval-blind51's radio story, read from the test resources), so it is no wrong answer
 * beside him, though a paper is not "the group" whose chairman answers its report; "Both sides" is nobody a reader
 * could pick; a teacher at a school is not one of the campaign named after the school for sharing its name (eval-blind49's
 * school story, read from the test resources, once the campaign is typed a body); and "its inspectors" in a letter from
 * the agency "included in the bundle" are the agency's. A station's denial, in other words, of what an unnamed
 * presenter told a paper is asked as "Who denied the report that …?", where the claim's words are taken up (and not
 * when they are not); "any" out from under a denial reads as the claim was put ("a member of staff had …"); and "the
 * account was wrong: … 70 minutes, not three hours" answers the account that gave three hours (eval-blind51's rescue
 * story), not an older claim "account" pointed at first. "after the Broadcast Licensing Authority found that …"
 * shows the body with its "the", as a verb in the past without "-ed" is no noun the "the" could belong to.
 */
class QuestionsFortyEightTest {

    @Test
    void aStationSpeakingForItselfIsTheBodyItsChairSpeaksFor() throws Exception {
        Facts facts = facts(Files.readString(Path.of("src/test/resources/eval-blind51/gowanvale-fm-community-radio-licence-row.txt")));
        assertTrue(facts.knownSame("Aldhelm Haverthwaite", "Gowanvale FM"));
    }

    @Test
    void aPaperIsNotTheGroupWhoseChairmanAnswersItsReport() throws Exception {
        Facts facts = facts("Care firm row\n\nThe Tonbury Post reported on Tuesday that Kindcare's parent company had been put "
                + "up for sale. \"Complete nonsense,\" said the group's chairman, Hal Penrose, adding that the company had not "
                + "spoken to a single buyer.");
        assertFalse(facts.knownSame("Hal Penrose", "Tonbury Post"));
    }

    @Test
    void bothSidesIsNoChoice() throws Exception {
        List<Candidate> all = questions(new AttributionQuestions(), "Rescue row\n\nVolunteers from the Fellside Rescue Team "
                + "brought 11 walkers down from the ridge on Saturday.\n\nThe team's leader, Owen Garth, said the group should never "
                + "have been on the ridge. He said two walkers were close to hypothermia.\n\nThe owner of Peak Guiding, Hal Drew, "
                + "said the guide had checked the forecast. Drew also said the team had taken three hours to reach the walkers.\n\n"
                + "Both sides said they would meet this week. A walker, who did not give her name, said one walker wore trainers.");
        assertFalse(all.isEmpty());
        assertTrue(all.stream().noneMatch(c -> c.distractors().contains("Both sides") || c.key().equals("Both sides")), all.toString());
    }

    @Test
    void aTeacherAtTheSchoolIsNotOneOfTheCampaignNamedAfterIt() throws Exception {
        Facts facts = facts(Files.readString(Path.of("src/test/resources/eval-blind49/glenholt-primary-school-closure-consultation.txt")));
        assertFalse(facts.mayBeSame("A teacher at Glenholt", "Briallen Gillibrand"));
    }

    @Test
    void whatALetterWasIncludedInIsNotWhoseInspectorsTheyAre() throws Exception {
        Facts facts = facts("Tribunal\n\nThe agency inspected the course nine days later. According to a letter from the agency "
                + "included in the bundle of documents before the tribunal, its inspectors found chlorvane residue in water samples "
                + "taken 200 metres downstream.");
        assertTrue(facts.statements.stream().anyMatch(s -> s.claim().startsWith("The agency's inspectors found chlorvane residue")),
                facts.statements.toString());
    }

    private static final String STATION = "Station may lose licence\n\nMarrow FM, the community station that has "
            + "broadcast to the town since 2012, could lose its licence after the regulator found it made too few programmes.\n\n"
            + "A volunteer presenter, speaking on condition that her name not be used, "
            + "told the Marrow Post that presenters had been asked to list repeats as new shows in the programme logs. The "
            + "station said the shows in question were new programmes recorded the day before, not repeats.\n\nLarchley Radio "
            + "said it would apply for the frequency. The regulator said listeners could send their views until September.";

    @Test
    void aDenialOfWhatAnUnnamedSourceToldAPaperIsAskedByTheClaim() throws Exception {
        List<Candidate> all = questions(new DenialQuestions(), STATION);
        assertTrue(all.stream().anyMatch(c -> c.prompt().startsWith("Who denied the report that presenters had been asked to list "
                + "repeats") && c.key().equals("Marrow FM")), all.toString());
    }

    @Test
    void aDenialThatDoesNotTakeUpTheClaimsWordsIsNotAskedAsDenyingIt() throws Exception {
        List<Candidate> all = questions(new DenialQuestions(), "Pension memo\n\nA senior official, who asked not to be named, "
                + "told the Courier that the memo had been sent to three Cabinet ministers in late January. \"Nobody in this "
                + "building has ever proposed cutting what pensioners receive,\" a Treasury spokesperson said.\n\nThe opposition "
                + "leader, Ada Greythorpe, said the plan should be published. The pensioners' group Silver Voice said it would "
                + "protest in March.");
        assertTrue(all.stream().noneMatch(c -> c.prompt().startsWith("Who denied the report that the memo")), all.toString());
    }

    @Test
    void anyOutFromUnderADenialReadsAsTheClaimWasPut() {
        assertEquals("a member of staff had sales targets",
                DenialTrueFalseQuestions.withoutLeadingAny("any member of staff had sales targets"));
        assertEquals("Someone had been paid", DenialTrueFalseQuestions.withoutLeadingAny("Anyone had been paid"));
        assertEquals("some vets had targets", DenialTrueFalseQuestions.withoutLeadingAny("any vets had targets"));
        assertEquals("any society money was spent on it", DenialTrueFalseQuestions.withoutLeadingAny("any society money was spent on it"));
    }

    @Test
    void theAccountSetRightByItsFigureIsTheOneThatGaveIt() throws Exception {
        Facts facts = facts(Files.readString(Path.of("src/test/resources/eval-blind51/kelderscar-mountain-rescue-callout-row.txt")));
        List<Candidate> all = new DenialQuestions().propose(facts);
        // (Since stop 51 the claim is shown in the stem when it can be: "… denied the account that … Whose account was it?")
        assertTrue(all.stream().anyMatch(c -> (c.prompt().equals("Whose account did Kelderdale Mountain Rescue Team deny?")
                || c.prompt().startsWith("Kelderdale Mountain Rescue Team denied the account that")
                        && c.prompt().endsWith("Whose account was it?"))
                && c.key().equals("Hildebrand Ingledew")), all.toString());
    }

    @Test
    void aBodyTheArticleWritesWithTheBeforeAnIrregularVerbKeepsIt() throws Exception {
        Facts facts = facts("Licence review\n\nThe station could lose its licence after the Broadcast Licensing Authority found "
                + "that it was making too few programmes. The station said it had been judged on a single week.");
        assertEquals("the Broadcast Licensing Authority", facts.casing().source("Broadcast Licensing Authority"));
    }
}
