package newsquiz.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CasingTest {
    @Test
    void aOneWordNameSeenOnlyAtASentenceStartIsAnOrdinaryWord() {
        Casing casing = new Casing(List.of("The rocket failed on Monday, Halcyon Launch Systems said.",
                "Debris fell into the sea, the coastguard said.", "Halcyon said it would publish its data."), Set.of("Debris",
                "Halcyon", "Halcyon Launch Systems"));
        assertEquals("debris fell into the sea", casing.lowerFirst("Debris fell into the sea"));
        assertEquals("Halcyon said it would publish", casing.lowerFirst("Halcyon said it would publish"));
    }

    @Test
    void aPossessiveOrAWholeWordKeepsANameItsCapital() {
        Casing casing = new Casing(List.of("Kerravia's health ministry said waiting lists were falling.",
                "The club bought 600 T-shirts.", "There was no contact, she said."), Set.of("Kerravia", "T"));
        assertEquals("Kerravia's health ministry said", casing.lowerFirst("Kerravia's health ministry said"));
        assertEquals("there was no contact", casing.lowerFirst("There was no contact"));
    }

    @Test
    void aBodyTheArticleWritesWithTheKeepsItBeforeARelativeClause() {
        Casing casing = new Casing(List.of("Quoting an official at the National Bank of Lusenia who asked not to be named, the paper said so.",
                "The bank said nothing."), Set.of("National Bank of Lusenia"));
        assertEquals("the National Bank of Lusenia", casing.source("National Bank of Lusenia"));
    }

    @Test
    void aTheBeforeAPluralNounBelongsToTheNounNotTheName() {
        Casing casing = new Casing(List.of("The fire broke out in a warehouse at the Haverlund Chemicals works.",
                "Haverlund Chemicals denied this."), Set.of("Haverlund Chemicals"));
        assertEquals("Haverlund Chemicals", casing.source("Haverlund Chemicals"));
    }

    @Test
    void aOneWordNameFoundByTheAnalysisKeepsItsCapitalEvenAtSentenceStartsOnly() {
        Casing casing = new Casing(List.of("Tallyrow, the payments firm that handles its transactions, rejected the finding.",
                "Witnesses said the van was grey."), Set.of("Tallyrow"));
        assertEquals("Tallyrow", casing.source("Tallyrow"));
        assertEquals("witnesses", casing.source("Witnesses"));
    }

    @Test
    void aNewspapersTitleTakesTheInASentence() {
        Casing casing = new Casing(List.of("The tabloid Morning Flare reported last week that the application had been refused.",
                "Sunday's Daily Beacon said the two players had come to blows.", "The magazine Fellcraft ran his diary."),
                Set.of("Morning Flare", "Daily Beacon", "Fellcraft"));
        assertEquals("the Morning Flare", casing.source("Morning Flare"));
        assertEquals("the Daily Beacon", casing.source("Daily Beacon"));
        assertEquals("Fellcraft", casing.source("Fellcraft"));
        Casing foreign = new Casing(List.of("The daily Dagsposten reported that the book had been stolen.",
                "Dagsposten's editor said the paper stood by its sources."), Set.of("Dagsposten"));
        assertEquals("Dagsposten", foreign.source("Dagsposten"));
    }

    @Test
    void aDescriptionWithItsOwnArticleTakesNoThe() {
        Casing casing = new Casing(List.of("One team leader, who asked us not to print her name, said she had been told to flag anyone over 90 seconds.",
                "Members say a team leader read out the figure."), Set.of());
        assertEquals("a team leader", casing.source("A team leader"));
    }

    @Test
    void anOrdinaryWordBeforeATitleStartsNoName() {
        Casing casing = new Casing(List.of("A former minister said moving Ms Hale now would be a mistake.", "Ms Hale said nothing."),
                Set.of("Ann Hale"));
        assertEquals("moving Ms Hale now would be a mistake", casing.lowerFirst("Moving Ms Hale now would be a mistake"));
    }

    @Test
    void aOneWordSpeakerNeverWrittenInLowerCaseIsAName() {
        Casing casing = new Casing(List.of("Nurelle, the second-largest maker, said in a statement that it had done nothing wrong.",
                "Debris fell into the sea.", "The debris was small."), Set.of("Nurelle"));
        org.junit.jupiter.api.Assertions.assertFalse(casing.writtenInLowerCase("Nurelle"));
        org.junit.jupiter.api.Assertions.assertTrue(casing.writtenInLowerCase("Debris"));
    }

    @Test
    void oneKindOfUnnamedSourceCountedDifferentlyIsOneChoice() {
        org.junit.jupiter.api.Assertions.assertTrue(Distractors.sameKind("A government source", "Two government sources"));
        org.junit.jupiter.api.Assertions.assertTrue(Distractors.sameKind("Government sources", "A second government source"));
        org.junit.jupiter.api.Assertions.assertFalse(Distractors.sameKind("A government source", "A Treasury spokeswoman"));
        org.junit.jupiter.api.Assertions.assertFalse(Distractors.sameKind("Nurelle", "Nurelle"));
    }

    @Test
    void aBodyWrittenWithTheBeforeATimePhraseKeepsIt() {
        // "wrote to the Countryside Licensing Authority last week": "last" is no noun the "the" belongs to (review23 TAM q09).
        Casing casing = new Casing(List.of("The MP wrote to the Countryside Licensing Authority last week.",
                "The authority said it had granted no licence."), Set.of("Countryside Licensing Authority"));
        assertEquals("the Countryside Licensing Authority", casing.source("Countryside Licensing Authority"));
    }

    @Test
    void aPersonsSurnameAloneKeepsItsCapital() {
        Casing casing = new Casing(List.of("Governor Ottokar Vessling won a second term.", "Vessling, of the Civic Alliance, took 51 percent.",
                "The Clean Air group said so.", "Air quality was poor."), Set.of("Ottokar Vessling", "Clean Air"), Set.of("Ottokar Vessling"));
        assertEquals("Vessling, of the Civic Alliance, took 51 percent", casing.lowerFirst("Vessling, of the Civic Alliance, took 51 percent"));
        assertEquals("air readings were low", casing.lowerFirst("Air readings were low"));
    }

    @Test
    void aNameWithOfKeepsItsCapitalWhereverItStands() {
        // review43 strandmoor q01, q02: "The figure comes from university of Strandmoor."
        Casing casing = new Casing(List.of("A University of Fernby study found that pupils learned more.",
                "The university announced the findings on Tuesday."), java.util.Set.of("University of Fernby"), java.util.Set.of());
        assertEquals("University of Fernby", casing.source("University of Fernby"));
    }

    @Test
    void theKindOfBodyInsideALongerNameIsAnOrdinaryWord() {
        Casing casing = new Casing(List.of("Dairy farmers who supply the creamery will be paid less, the processor said.",
                "The Hillcote Dairy League said the cut was unfair."), Set.of("Dairy", "Hillcote Dairy League"));
        assertEquals("dairy farmers who supply", casing.lowerFirst("Dairy farmers who supply"));
    }
}
