package newsquiz.analysis;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A "not" written as "n't" is a negation to every rule that asks whether words are negated. */
class StanceClassifierNegationTest {

    private static Attribution claim(String source, String content, int sentence) {
        return new Attribution(source, SourceType.PERSON, "", source, "said", Stance.ASSERT, content, false, false, false,
                List.of(), sentence, content, List.of(), List.of(sentence));
    }

    @Test
    void aContractedNotJoinedToARejectionIsWhatTheRejectionSays() {
        String sentence = "She rejected a claim that her firm had been promised the contract, and said the firm didn't bid for it.";
        assertTrue(StanceClassifier.saidAfterRejecting("the firm didn't bid for it", sentence));
        assertTrue(StanceClassifier.saidAfterRejecting("the firm didn\u2019t bid for it", sentence.replace('\'', '\u2019')));
        assertFalse(StanceClassifier.saidAfterRejecting("the firm bid for it", sentence.replace("didn't ", "")),
                "no negation, no denial");
    }

    @Test
    void aContractedNotIsNoSayingThatTheThingStillGoesOn() {
        var before = List.of(claim("bathers", "testing had stopped to save money", 1));
        assertTrue(StanceClassifier.saysItStillGoesOn("The water is tested every two hours", "the manager", 2, before));
        assertFalse(StanceClassifier.saysItStillGoesOn("The water isn't tested every day in winter", "the manager", 2, before));
    }

    @Test
    void aContractedNotIsNoSayingThatTheThingWasThere() {
        var before = List.of(claim("a post", "no safety boat had been out that afternoon", 1));
        assertTrue(StanceClassifier.saysItWasThere("A safety boat was on the water", "the instructor", 2, before));
        assertFalse(StanceClassifier.saysItWasThere("A safety boat was there but wasn't launched", "the instructor", 2, before));
    }

    @Test
    void aCurlyApostropheIsANegationToo() {
        assertTrue(StanceClassifier.hasNegation("we haven\u2019t sold the bells"));
        assertTrue(StanceClassifier.hasNegation("we haven't sold the bells"));
        assertFalse(StanceClassifier.hasNegation("we sold the bells in June"));
    }
}
