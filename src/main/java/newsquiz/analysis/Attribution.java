package newsquiz.analysis;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * Who said what: one statement the article attributes to a source. Field names and meanings
 * follow the {@code analyze --json} contract in DESIGN.md; {@code mention} keeps the words the
 * article used for the source ("it", "the company"), {@code hedges} the words that hedge it.
 */
@JsonPropertyOrder({"source", "sourceType", "description", "mention", "cue", "stance", "content", "quoted", "hedged",
        "anonymous", "via", "sentence", "evidence", "hedges", "sentences"})
public record Attribution(
        String source,
        SourceType sourceType,
        String description,
        String mention,
        String cue,
        Stance stance,
        String content,
        boolean quoted,
        boolean hedged,
        boolean anonymous,
        List<String> via,
        int sentence,
        String evidence,
        List<String> hedges,
        List<Integer> sentences) {

    /** The sentence the statement starts in: a quote's first sentence, where its cue may come sentences later. */
    public int firstSentence() {
        return sentences == null ? sentence : Math.min(sentence, sentences.stream().mapToInt(Integer::intValue).min().orElse(sentence));
    }
}
