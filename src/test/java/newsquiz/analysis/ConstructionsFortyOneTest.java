package newsquiz.analysis;

import static newsquiz.analysis.InventedText.analyze;
import static newsquiz.analysis.InventedText.saying;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The constructions eval-blind39 showed at stop 41, in invented text: an aside with a bare plural for its speaker and a
 * statement joined after it, an account held "despite claims", a title with a word in -s ("finds liaison officer"), a thing
 * "found in a field", a common word that is capitalised only inside another name; and the statements next to them that
 * stay what they are.
 */
class ConstructionsFortyOneTest {

    @Test
    void aBarePluralSpeakerInAnAsideIsRead() throws Exception {
        var all = analyze("Burglaries in Dunmere rose by 31 per cent in the year to September, police told a press conference on "
                + "Tuesday, and the front desk will stay open.");
        assertEquals("police", saying(all, "rose by 31 per cent").source().toLowerCase());
    }

    @Test
    void aStatementJoinedAfterTheAsideIsItsOwnAttribution() throws Exception {
        var all = analyze("Thefts from sheds in Orrin Vale fell by a fifth last year, police told a public meeting on Monday, and "
                + "the village's mobile station will keep its weekly visit.");
        Attribution fell = saying(all, "fell by a fifth");
        Attribution visit = saying(all, "will keep its weekly visit");
        assertTrue(fell != visit, "two statements, two attributions: " + all);
        assertFalse(fell.content().contains("weekly visit"), fell.content());
        assertEquals(fell.source(), visit.source());
    }

    @Test
    void anotherActorsDeedAfterTheAsideIsNotSplitOffAsTheSpeakers() throws Exception {
        var all = analyze("A Corvel Air plane lost a wheel on landing at Tarn on Friday, the airline said, and the national "
                + "safety board grounded two more aircraft of the same type.");
        assertEquals(1, all.stream().filter(a -> a.content().contains("grounded two more")
                || a.content().contains("lost a wheel")).count(), all.toString());
    }

    @Test
    void aContrastAfterAnAdmissionStaysWithIt() throws Exception {
        var all = analyze("He trimmed the video and \"sharpened it a little, like anyone would\", he admits, but he did \"not add "
                + "a single frame\".");
        assertEquals(Stance.DENY, saying(all, "not add").stance());
    }

    @Test
    void anAccountHeldDespiteClaimsDeniesThem() throws Exception {
        var all = analyze("The branch library will stay open on Saturdays despite claims that it is about to close, the council "
                + "said on Tuesday.");
        assertEquals(Stance.DENY, saying(all, "stay open").stance());
    }

    @Test
    void anAccountWithNoClaimNamedStaysAnAccount() throws Exception {
        var all = analyze("The branch library will stay open on Saturdays despite the roadworks outside, the council said on "
                + "Tuesday.");
        assertEquals(Stance.ASSERT, saying(all, "stay open").stance());
    }

    @Test
    void aTitleWithAWordInSIsNoVerb() throws Exception {
        var all = analyze("A brooch found in a garden at Pell Green in June is medieval, the county finds liaison officer says.");
        assertEquals(1, all.size(), all.toString());
        Attribution brooch = saying(all, "is medieval");
        assertTrue(brooch.source().contains("finds liaison officer"), brooch.source());
    }

    @Test
    void aFindingKeepsItsFinder() throws Exception {
        var all = analyze("Inspectors found in a check last month that the fire doors had been wedged open.");
        assertEquals("Inspectors", saying(all, "fire doors had been wedged open").source());
    }

    @Test
    void aTitleOpeningTheSentenceDoesNotHideTheSaying() throws Exception {
        var all = analyze("Finds liaison officer Dr Maren Holt rejected the claim, saying the glaze matched the kiln site and "
                + "had not been disturbed for centuries.");
        Attribution glaze = saying(all, "the glaze matched");
        assertEquals("Maren Holt", glaze.source());
        assertEquals(Stance.DENY, glaze.stance());
    }

    @Test
    void residentsOfAPlaceAreNotANameBecauseTheirAssociationIsOne() throws Exception {
        var all = analyze("Residents of the Corran Meadows estate say water is coming through their ceilings. The Corran Meadows "
                + "Residents' Association says 40 homes are affected.");
        assertTrue(saying(all, "water is coming through").source().startsWith("Residents of"), all.toString());
    }

    @Test
    void theForceNamedElsewhereIsStillTheForce() throws Exception {
        var all = analyze("Brennock Police appealed for witnesses on Monday. A spokesman for Brennock Police said it was a quiet "
                + "day. Police said the car had been found burnt out near Lowfield.");
        assertEquals("Brennock Police", saying(all, "burnt out").source());
    }

    @Test
    void aClaimAboutAPriceCapIsAStatementButClaimingAPriceBackIsNot() throws Exception {
        var cap = analyze("Posts on social media claimed the price cap would be scrapped in March.");
        assertEquals("Posts on social media", saying(cap, "price cap would be scrapped").source());
        assertTrue(analyze("Passengers can claim half their ticket price back.").isEmpty());
    }

    @Test
    void aCarrierWidelySharedStillSpeaks() throws Exception {
        var all = analyze("A message widely shared on social media claimed that the dam had burst.");
        assertEquals("A message widely shared on social media", saying(all, "the dam had burst").source());
    }

    @Test
    void aClauseBeforeTheSpeakerMayOpenWithAnAgeOrAPlaceAside() throws Exception {
        var age = analyze("Brenna Holt, 26, tested positive for a banned stimulant in June, the federation announced last week.");
        assertEquals("the federation", saying(age, "tested positive").source());
        var place = analyze("A fire at a paint store in Kessel, in the province of Varn, forced 200 people from their homes, local "
                + "authorities said.");
        assertEquals("local authorities", saying(place, "forced 200 people").source());
    }

    @Test
    void aVerbInSAfterThatAndBeforeAnOwnerIsTheRelativeClausesVerb() throws Exception {
        var all = analyze("Tallow Pay, the payments firm that handles Brindle's transactions, also rejected the finding. Its "
                + "systems had not been breached, it said.");
        assertEquals(Stance.DENY, saying(all, "the finding").stance());
        assertEquals("Tallow Pay", saying(all, "had not been breached").source());
    }

    @Test
    void aBodysListedStatementMakesItNoOutletOfTheAgencyKind() throws Exception {
        var all = InventedText.analysis("The fire began at 9 pm, according to the Orrendale fire service. Some residents said the "
                + "smoke contained chlorine. The provincial environment agency said "
                + "there had been no chlorine in the smoke.\n\nSources\n\n\"Statement on the fire\" - Orrendale Fire Service, "
                + "April 12, 2029").attributions();
        assertEquals("The provincial environment agency", saying(all, "no chlorine").source());
    }

    @Test
    void theBodysOwnOfficerGivesItsVersionRightAfterItsRejection() throws Exception {
        var all = analyze("Corvenna rejected that criticism. Its chief medical officer, Dr Alva Lind, said the 50 mg dose was the "
                + "average that patients tolerate.");
        assertEquals(Stance.DENY, saying(all, "the 50 mg dose").stance());
    }

    @Test
    void anOfficerAfterARejectionOfNothingNamedGivesAnAccount() throws Exception {
        var all = analyze("Corvenna rejected the offer. Its chief medical officer, Dr Alva Lind, said the 50 mg dose was the "
                + "average that patients tolerate.");
        assertEquals(Stance.ASSERT, saying(all, "the 50 mg dose").stance());
    }

    @Test
    void sayingNothingOfTheKindWasEverDoneDeniesAClaim() throws Exception {
        var permits = analyze("Reports in Koldara claimed a radar was being built on the plateau. The defence ministry said no "
                + "building permits had been issued on the plateau.");
        assertEquals(Stance.DENY, saying(permits, "no building permits").stance());
        var took = analyze("Reports claimed the sprinter had been doping. The athlete has said she never knowingly took a banned "
                + "substance.");
        assertEquals(Stance.DENY, saying(took, "never knowingly took").stance());
    }

    @Test
    void noRecordOfAThingAndOldHabitsDenyNothing() throws Exception {
        var claim = analyze("A post claimed the insurer would refuse to pay. Fieldguard says no claim has been made.");
        assertEquals(Stance.ASSERT, saying(claim, "no claim has been made").stance());
        var referred = analyze("A post claimed the tests had killed a man. The coroner's office said no death had been referred "
                + "to it.");
        assertEquals(Stance.ASSERT, saying(referred, "no death had been referred").stance());
        var habit = analyze("Posts claimed burglaries had doubled. \"I never used to lock the gate,\" said Ada Lane.");
        assertEquals(Stance.ASSERT, saying(habit, "never used to").stance());
    }

    @Test
    void aDenialOfThisAfterAClaimBorneOutByAQuotationDeniesTheClaimToo() throws Exception {
        var all = analyze("Some residents said on local radio that the smoke contained chlorine. \"It was a poison cloud. My eyes "
                + "were streaming,\" said Maja Thorsby, who left her home near the store. Varnwell Paints denied this, saying the "
                + "store held only water-based paint.");
        Attribution denied = all.stream().filter(a -> a.cue().equals("denied")).findFirst().orElseThrow();
        assertTrue(denied.content().startsWith("the smoke contained chlorine"), denied.content());
    }

    @Test
    void aDenialOfThisAfterTheSpeakersOwnRejectionTakesOnlyTheQuotation() throws Exception {
        var all = analyze("The league called reports of a 40 million pound deal wide of the mark. \"Every club is better off,\" "
                + "said Kaveh Lind. The union disputes that.");
        Attribution disputes = all.stream().filter(a -> a.cue().equals("disputes")).findFirst().orElseThrow();
        assertEquals("Every club is better off", disputes.content());
    }

    @Test
    void aPredicateGoingOnAfterTheSourceKeepsItsAnd() throws Exception {
        var all = analyze("Heart failure affects about 1.2 million people in the country, according to the heart charity Pulsewell, "
                + "and is the most common reason for emergency admission among people over 65.");
        assertTrue(saying(all, "most common reason").content().contains("… and is the most common reason"), all.toString());
    }

    @Test
    void theAthleteInAStoryAboutOneNamedAthleteIsThatAthlete() throws Exception {
        // The eval article itself: "The athlete has said she never knowingly took a banned substance" was an unnamed source.
        java.nio.file.Path path = java.nio.file.Path.of("src/test/resources/eval-blind40/oduya-brenn-positive-test-sports-wire.txt");
        var article = newsquiz.testing.Models.reader().parse(path.getFileName().toString(), java.nio.file.Files.readString(path),
                newsquiz.article.Article.Format.TEXT);
        var all = newsquiz.testing.Models.analyzer().analyze(article).attributions();
        assertEquals("Talia Oduya-Brenn", saying(all, "never knowingly took").source());
    }

    @Test
    void theAthleteAmongSeveralNamedAthletesStaysUnnamed() throws Exception {
        var all = analyze("Talia Brenn won the 200 metres. Ada Lund won the 400 metres. Brenn said the track was fast. Lund said "
                + "the wind had helped. The athlete said the crowd was loud.");
        assertEquals("The athlete", saying(all, "the crowd was loud").source());
    }

    @Test
    void aDenierNamingTheOtherPartyWithNotMidSentenceCorrectsTheClaim() throws Exception {
        // The eval article itself: "The dose, she said, was chosen by doctors, not by the company, and matched …" was an account.
        java.nio.file.Path path = java.nio.file.Path.of("src/test/resources/eval-blind40/velmitra-heart-trial-medical-news-agency.txt");
        var article = newsquiz.testing.Models.reader().parse(path.getFileName().toString(), java.nio.file.Files.readString(path),
                newsquiz.article.Article.Format.TEXT);
        var all = newsquiz.testing.Models.analyzer().analyze(article).attributions();
        assertEquals(Stance.DENY, saying(all, "chosen by doctors").stance());
    }

    @Test
    void sayingWhatTheThingsReportedReallyWereAnswersTheReport() throws Exception {
        var all = analyze("She found 18,000 card numbers in a file copied from a payment log, the researcher told KernelPost. A "
                + "Brindle spokesperson said the numbers in that file were payment tokens.");
        assertEquals(Stance.DENY, saying(all, "payment tokens").stance());
    }

    @Test
    void sayingWhatThingsWereWithNothingReportedOfThemIsAnAccount() throws Exception {
        var all = analyze("She said the office had moved in March. A Brindle spokesperson said the numbers in that file were "
                + "payment tokens.");
        assertEquals(Stance.ASSERT, saying(all, "payment tokens").stance());
    }

    @Test
    void havingReceivedNoMoneyDeniesAClaim() throws Exception {
        var money = analyze("A consumer group claimed Northvane had paid 300 million crowns in dividends. Its parent company, "
                + "Orbisham Holdings, said it had received no money from the supply business in 2029.");
        assertEquals(Stance.DENY, saying(money, "received no money").stance());
    }

    @Test
    void claimingADeedIsNoStatementButClaimingResponsibilityIs() throws Exception {
        var attack = analyze("The Greyvane group, which claimed the attack on its leak site on Sunday, says it took 1.1 terabytes "
                + "of data.");
        assertEquals("it took 1.1 terabytes of data", saying(attack, "terabytes").content());
        var responsibility = analyze("A hacking group calling itself RedMoth has claimed responsibility and allegedly demanded $2 "
                + "million in cryptocurrency to delete the files.");
        assertTrue(responsibility.stream().anyMatch(a -> a.content().startsWith("responsibility")), responsibility.toString());
    }
}
