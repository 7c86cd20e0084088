package newsquiz.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The text of a phrase as a speaker's label: layout around it is no part of who spoke. */
class SentenceViewTest {
    @Test
    void aListItemsNumberIsNoPartOfItsSpeaker() {
        assertEquals("The former knitter", SentenceView.clean("2. The former knitter"));
        assertEquals("A retailer", SentenceView.clean("3) A retailer,"));
        // A figure that is the name's own stays.
        assertEquals("7 Oaks Residents", SentenceView.clean("7 Oaks Residents"));
    }
}
