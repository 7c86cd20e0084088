package newsquiz.analysis;

/**
 * A person the article introduces without a name, outside any quotation: "passed to it by a former
 * employee of the bid committee". The next "she said" is that person when no named one fits.
 */
final class IndefinitePersons {
    private IndefinitePersons() {}

    /** The last such phrase in the sentence ("a former employee of the bid committee"), or null. */
    static String last(Lexicon lexicon, SentenceView s) {
        String found = null;
        for (int i = 0; i < s.size(); i++) {
            if (s.tokens[i].quoted() || !s.tokens[i].isAny("a", "an")) {
                continue;
            }
            int head = i + 1;
            while (head < s.size() && s.tokens[head].tag().startsWith("ADJ") && !s.tokens[head].quoted()) {
                head++;
            }
            // "a former keeper at the park": a noun for one who does something names a person as well as a listed role.
            boolean agent = s.at(head) != null && s.tokens[head].isNoun() && PhraseParser.agentive(lexicon, s.tokens[head].lower())
                    && !s.tokens[head].lower().endsWith("s");
            if (head >= s.size() || s.tokens[head].quoted() || !lexicon.is("role", s.tokens[head].lower()) && !agent
                    || lexicon.is("person_group", s.tokens[head].lower())) {
                continue;
            }
            int end = head + 1;
            if (s.is(end, "of") && s.at(end + 1) != null && s.tokens[end + 1].isAny("the", "a", "an")) {
                // "a former employee of the bid committee": the body that places the person goes with them.
                end += 2;
                while (end < s.size() && (s.tokens[end].isNoun() || s.tokens[end].tag().startsWith("PROPN")) && !s.tokens[end].quoted()) {
                    end++;
                }
            }
            // "by a user called Clastic, who has since identified herself as …": a person given a name is no unnamed one.
            // "Tomas Welde, a retired surveyor in Hull": nor is a named person's description.
            if (s.isAny(end, "called", "named") && s.at(end + 1) != null && s.tokens[end + 1].capitalised()
                    || i >= 2 && s.tokens[i - 1].isComma() && s.tokens[i - 2].tag().startsWith("PROPN")) {
                continue;
            }
            found = s.text(i, end);
            i = end - 1;
        }
        return found;
    }

    /** "The girl's sister, 19, was called by the prosecution.": a person the sentence is about, known by a relation or role. */
    private static final java.util.regex.Pattern RELATION_SUBJECT = java.util.regex.Pattern.compile(
            "^((?:the|his|her|their) (?:[\\p{L}-]+['\u2019]s )?(?:[\\p{L}-]+ )?([\\p{L}-]+))(?:, (?:aged )?\\d+,)? "
                    + "(?:was|is|has|had)\\b(?! (?:said|told|quoted|reported)\\b)", java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * The subject of a sentence that attributes nothing, when it is a person known only by a relation or a role: the next
     * "she said" is that person ("… was called by the prosecution. She told magistrates …"), not a speaker further up.
     */
    static String relationSubject(Lexicon lexicon, SentenceView s) {
        var m = RELATION_SUBJECT.matcher(s.sentence.text());
        if (!m.find()) {
            return null;
        }
        String head = m.group(2).toLowerCase(java.util.Locale.ROOT);
        return lexicon.is("kin", head) || lexicon.is("role", head) && !head.startsWith("spokes") ? m.group(1) : null;
    }

    private static final java.util.regex.Pattern SELF = java.util.regex.Pattern.compile("(?i)(?:he|she)\\s.*");

    /**
     * "a man who said he had worked as a warden for the company, …": a person known only by what they said of
     * themselves is named by it; the words up to the first comma, when short, stand for the name.
     */
    static Phrase describedBySelf(Phrase who, String cue, String content) {
        if (who.kind() != Phrase.Kind.GROUP || who.definite() || who.plural() || !who.text().matches("(?i)an? \\p{L}+")
                || !SELF.matcher(content).matches()) {
            return who;
        }
        String own = content.split("[,;:\u201c\"]", 2)[0].strip();
        if (own.split("\\s+").length > 12) {
            return who;
        }
        return new Phrase(who.sentence(), who.from(), who.to(), who.kind(), who.entity(), who.text() + " who " + cue + " " + own,
                who.head(), who.description(), true, false, false, who.via());
    }
}
