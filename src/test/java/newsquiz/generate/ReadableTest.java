package newsquiz.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReadableTest {
    @Test
    void themNeedsSomeoneNamedBeforeIt() {
        assertTrue(Readable.unresolvedThem("The ruling had complicated them"));
        assertFalse(Readable.unresolvedThem("Staff were trained to help members, not to trap them"));
        assertFalse(Readable.unresolvedThem("The council will repair the roofs before winter"));
    }

    @Test
    void aChoiceWithALostReferentOrACutIsRefused() {
        assertEquals(Optional.of("them out of context"), Readable.choiceProblem("The delay had cost them the contract"));
        assertEquals(Optional.of("cut off"), Readable.choiceProblem("The minister said that the plan would go ahead and"));
        assertEquals(Optional.empty(), Readable.choiceProblem("The bridge will reopen to traffic in March"));
    }

    @Test
    void anObjectItOrThatNeedsAThingNamedBeforeIt() {
        assertTrue(Readable.unresolvedIt("The applicant learned of it only when she tried to leave"));
        assertTrue(Readable.unresolvedIt("The 212 ballots could change it, since the margin is small"));
        assertTrue(Readable.unresolvedIt("A single cold week in September could wipe that out"));
        assertFalse(Readable.unresolvedIt("The fee was buried so deep that no customer could find it"));
        assertFalse(Readable.unresolvedIt("The council said it would repair the roofs before winter"));
        assertFalse(Readable.unresolvedIt("It was the second rise in a row"));
    }

    @Test
    void aThatClauseMustKeepItsVerb() {
        assertTrue(Readable.thatWithoutVerb("Who denied the allegation that the bid committee agreeing to pay a retainer?"));
        assertTrue(Readable.thatWithoutVerb("That suppliers of inflating the costs they reported to the authority"));
        assertFalse(Readable.thatWithoutVerb("Who said that the number of patients waiting more than a year had fallen?"));
        assertFalse(Readable.thatWithoutVerb("Who said that the company was hiding the fee?"));
    }

    @Test
    void aStemDoesNotSpeakInTheSpeakersVoiceOrPointAtAClaimItDoesNotName() {
        assertTrue(Readable.stemProblem("Who said that we will go where the evidence takes us?").isPresent());
        assertTrue(Readable.stemProblem("Who insisted that there were no retention targets of that kind?").isPresent());
        assertTrue(Readable.stemProblem("Who rejected the claim?").isPresent());
        assertEquals(Optional.empty(), Readable.stemProblem("Who said this, according to the article? \u201cWe will go where the evidence takes us\u201d"));
        assertEquals(Optional.empty(), Readable.stemProblem("Who said that there was \u201cno truth whatsoever\u201d in the report?"));
    }

    @Test
    void theyNeedsPeopleNamedBeforeItUnlessItIsTheAnswer() {
        assertTrue(Readable.unresolvedThey("That their letters had been ignored"));
        assertFalse(Readable.unresolvedThey("the family's claim that their letters had been ignored"));
        assertEquals(Optional.empty(), Readable.stemProblem("Who rejected suggestions that they had interfered?"));
        assertTrue(Readable.choiceProblem("The museum had replied to both").isPresent());
        assertTrue(Readable.choiceProblem("No such concern had been recorded in the minutes").isPresent());
    }

    @Test
    void callingAClaimUntrueIsDenyingWhatFollows() {
        assertEquals("The criteria were changed to help any bidder",
                DenierWording.verdictOn("It is simply untrue that the criteria were changed to help any bidder."));
        assertEquals(null, DenierWording.verdictOn("It is true that the criteria were changed"));
    }

    @Test
    void aChoiceLosesNeitherItsEndNorKeepsItsFrame() {
        assertTrue(Readable.choiceProblem("The pro-government daily Glas Veldre reported on Tuesday that the visas were cancelled").isPresent());
        assertTrue(Readable.choiceProblem("The council had added a new scoring rule three weeks").isPresent());
        assertEquals(Optional.empty(), Readable.choiceProblem("The council had added a new scoring rule for three weeks"));
        assertTrue(Readable.stemProblem("Who said that VELDRA, March 14 (Northgate Wire) - Kessavia ordered two diplomats out?").isPresent());
    }

    @Test
    void aChoiceThatPointsBackOutOfItsSentenceIsNotOffered() {
        // review25 PEL q05, QUI q08/q09: the 1970s and the gallery were cut away.
        assertTrue(Readable.choiceProblem("The movement was cleaned and the mainspring replaced at around that time").isPresent());
        assertTrue(Readable.choiceProblem("The sampling had taken place on a weekday with two of its own conservators present").isPresent());
        assertEquals(Optional.empty(), Readable.choiceProblem("Even after the rise, bills would be lower than they were at this point last year"));
        assertEquals(Optional.empty(), Readable.choiceProblem("Harwick Tiles will move production to its own plant in Portugal"));
    }
}
