package newsquiz.analysis;

import static newsquiz.analysis.InventedText.analyze;
import static newsquiz.analysis.InventedText.saying;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Retorts with "back", written at stop 60 before eval-blind78 and 79 were read: "fired back that" was a denial, but "shot back
 * that" (the tagger reads "shot" as a noun) and "hit back that" were not even found as speech. After they were measured and
 * reviewed (false denials and a wrong key there, on invented names here):
 * <ul>
 * <li>"said it had let learners down: …": a verdict on the speaker's own doing owns a fault, whatever the idiom; "it had been
 * misquoted: …" is done to it and still denies.</li>
 * <li>"“Nobody wants to see a fire engine parked at night,” X said, “but …”", "Nobody wanted to be the one to close the
 * gates, but …": reluctance owned answers no claim.</li>
 * <li>"Homes where someone relies on …, the company said" beside "Hebden Homes" and "300 homes": the word opening the sentence
 * is the common noun, so "the company" is the operator that has been speaking, not the housebuilder.</li>
 * <li>"staff had been told to list hearings even when they knew no interpreter had been found": a "no" only inside a "when"
 * clause makes a claim, not a denial, so the agency's "there was no substance to it" has a claim to answer.</li>
 * <li>"… saying the leak had come from a hose connector. Sandercock Water said its engineers had traced the leak to the same
 * connector": another source pointing at "the same" thing a denial just named backs it (wennicombe q07, where the supplier
 * was offered as a wrong answer to "Who denied …?").</li>
 * <li>"Winnan pooh-poohed the figure, saying …": the tokenizer split the verb, and its first half was read into the name
 * ("Winnan pooh", in eight items of the yarlstone quiz); it is one verb again, and a rejecting one.</li>
 * </ul>
 */
class ConstructionsSixtyTest {

    @Test
    void shotBackThatDenies() throws Exception {
        var all = analyze("Ivo Rand, a driver, said the crews had never tested the alarms. Tolvern Telecom shot back that every "
                + "alarm had been tested before the crews left.");
        assertEquals(Stance.DENY, saying(all, "every alarm had been tested").stance(), all.toString());
    }

    @Test
    void hitBackThatDenies() throws Exception {
        var all = analyze("Ivo Rand, a driver, said the depot would close in May. Tolvern Buses hit back that the depot would stay "
                + "open until 2031.");
        assertEquals(Stance.DENY, saying(all, "stay open until 2031").stance(), all.toString());
    }

    @Test
    void hitBackAtAClaimSayingKeepsTheReasonAlone() throws Exception {
        var all = analyze("Ivo Rand, a driver, said lorries on the lane had doubled. Tolvern Quarry hit back at those numbers, "
                + "saying its logs show 142 lorries a week.");
        assertTrue(all.stream().noneMatch(a -> a.content().startsWith("at those numbers")), all.toString());
    }

    @Test
    void aVerdictOnTheSpeakersOwnDoingOwnsAFault() throws Exception {
        var all = analyze("Ivo Rand, a parent, said the new timetable had been hidden from learners. The service said it had let "
                + "learners down: the new daytime timetable went up on its website nine days after enrolment had opened.");
        assertNotEquals(Stance.DENY, saying(all, "went up on its website").stance(), all.toString());
    }

    @Test
    void aVerdictOnWhatWasDoneToTheSpeakerStillDenies() throws Exception {
        var all = analyze("Ivo Rand, a parent, said the grant had gone. The council said it had been misquoted: the grant was paid "
                + "in March.");
        assertEquals(Stance.DENY, saying(all, "paid in March").stance(), all.toString());
    }

    @Test
    void nobodyWantingAThingAnswersNoClaim() throws Exception {
        var all = analyze("The union said the engine would be parked every night from May. \"Nobody wants to see a fire engine "
                + "parked at night,\" the station manager, Hector Gubb, said, \"but sending it out with three people would be worse.\"");
        assertNotEquals(Stance.DENY, saying(all, "Nobody wants").stance(), all.toString());
    }

    @Test
    void aCommonNounOpeningTheSentenceIsNotTheNameItEnds() throws Exception {
        var all = analyze("The estate of 300 homes was built by Hebden Homes. Hackett said Hebden Homes had been paid for the "
                + "substation. The operator, Elphin Power Networks, said the cuts would end in March. It said it had written to every "
                + "household. Homes where someone relies on an oxygen machine will not be cut if they are on the register, the "
                + "company said.");
        assertEquals("Elphin Power Networks", saying(all, "oxygen machine").source(), all.toString());
    }

    @Test
    void aNegationOnlyInAWhenClauseDeniesNothing() throws Exception {
        var all = analyze("About one hearing in every eight that needed an interpreter was put off, according to the court's own "
                + "list. An usher at the court, who asked not to be named, told the Dunmere Post that staff had been told to list "
                + "hearings even when they knew no interpreter had been found, so that the figures would look better.");
        assertNotEquals(Stance.DENY, saying(all, "list hearings").stance(), all.toString());
    }

    @Test
    void pointingAtTheSameThingADenialNamedBacksIt() throws Exception {
        var all = analyze("A council groundsman, who asked not to be named, told the Plotline that the bill had been driven up by a "
                + "burst council pipe. Marten Zell took that story to pieces, saying the leak had come from a hose connector on plot "
                + "14. Sandercock Water, the supplier, said its engineers had traced the leak to the same connector.");
        assertEquals(Stance.DENY, saying(all, "the same connector").stance(), all.toString());
    }

    @Test
    void aVerbJoinedByAHyphenStaysOutOfTheName() throws Exception {
        var all = analyze("Councillor Zeno Rablen said the price of a new grave would double. The manager, Thora Winnan, said the "
                + "price would rise. Winnan pooh-poohed the figure, saying a grave would cost 1,150 crowns.");
        assertEquals("Thora Winnan", saying(all, "1,150 crowns").source(), all.toString());
        assertEquals(Stance.DENY, saying(all, "1,150 crowns").stance(), all.toString());
    }

    @Test
    void nobodyHavingWantedAThingDeniesNothing() throws Exception {
        var all = analyze("\"Nobody wanted to be the one to close the gates to new graves, but the ground has made the decision for "
                + "us,\" said the council's cemetery manager, Thora Winn.");
        assertNotEquals(Stance.DENY, saying(all, "Nobody wanted").stance(), all.toString());
    }
}
