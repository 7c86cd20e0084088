package newsquiz.analysis;

import java.util.List;

/** A cause and its effect as the article states them, with the words that link them ("As a result"). */
public record CauseEffect(String cause, String effect, String link, int sentence, List<Integer> sentences) {}
