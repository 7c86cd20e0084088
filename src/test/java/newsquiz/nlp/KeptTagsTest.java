package newsquiz.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import newsquiz.testing.Models;
import org.junit.jupiter.api.Test;

/** A paragraph tagged while the article was read is tagged once, not again when the analysis reaches it as a sentence. */
class KeptTagsTest {
    private static final String CAPTION = "Photo: Olwen Rydquist at the National Championships in Wenmoth last year.";

    @Test
    void aKeptTaggingIsTakenUpOnceAndThenTaggedAfresh() {
        Nlp nlp = Models.nlp();
        nlp.forgetKeptTags();
        TaggedTokens kept = nlp.tagAndKeep(CAPTION);
        assertSame(kept, nlp.tag(CAPTION));
        TaggedTokens again = nlp.tag(CAPTION);
        assertNotSame(kept, again);
        assertArrayEquals(kept.tags(), again.tags());
        assertArrayEquals(kept.tokens(), again.tokens());
    }

    @Test
    void readingTheNextArticleForgetsWhatWasKept() {
        Nlp nlp = Models.nlp();
        TaggedTokens kept = nlp.tagAndKeep(CAPTION);
        nlp.forgetKeptTags();
        assertNotSame(kept, nlp.tag(CAPTION));
    }
}
