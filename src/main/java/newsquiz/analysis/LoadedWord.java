package newsquiz.analysis;

/** A word that carries one side's framing ("Ukronazis"), with who used it and where. */
public record LoadedWord(String word, String usedBy, int sentence, String evidence) {}
