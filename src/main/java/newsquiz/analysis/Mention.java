package newsquiz.analysis;

/**
 * A name in a sentence resolved to its entity. Tokens [from, to) are the name itself;
 * [titleFrom, from) holds a title or role written into the name ("Council President").
 */
record Mention(int sentence, int titleFrom, int from, int to, boolean possessive, Entity entity) {}
