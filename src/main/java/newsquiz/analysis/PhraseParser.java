package newsquiz.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Parses the noun phrase that names a source: finds its head (the rightmost name or noun
 * before any prepositional phrase, participle or relative clause), its descriptions
 * (pre-modifiers and appositives) and the outlets it mentions ("seen by TechLedger").
 */
final class PhraseParser {
    static final Set<String> PRONOUNS = Set.of("he", "she", "it", "they", "we", "i", "you");
    private static final Set<String> UNNAMED_BODIES = Set.of("group", "union", "association", "charity", "coalition", "alliance",
            "campaign", "organisation", "organization", "company", "firm", "committee", "council", "agency", "society",
            "federation", "foundation", "club", "team", "trust", "consortium", "network");
    static final Set<String> QUANTIFIERS = Set.of("several", "many", "some", "others", "most", "few", "both", "all");
    private static final Set<String> ORDINALS = Set.of("second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
            "ninth", "tenth", "last", "latest");
    private static final Set<String> RELATIVES = Set.of("who", "whom", "whose", "which", "that");
    private static final Set<String> BY_VERBS = Set.of("seen", "obtained", "published", "reviewed", "leaked", "shared",
            "posted", "broadcast", "aired", "carried", "released", "cited", "quoted", "reported", "viewed", "shown");

    private final Lexicon lexicon;
    private final EntityRegistry registry;

    PhraseParser(Lexicon lexicon, EntityRegistry registry) {
        this.lexicon = lexicon;
        this.registry = registry;
    }

    /** Parses tokens [from, to) of a sentence as a source phrase; null when nothing there can speak. */
    Phrase parse(SentenceView s, int from, int to) {
        while (from < to && (s.tokens[from].isPunct() || s.tokens[from].isQuoteMark())) {
            from++;
        }
        while (to > from && (s.tokens[to - 1].isPunct() && !s.tokens[to - 1].text().equals(")") || s.tokens[to - 1].isQuoteMark())) {
            to--;
        }
        if (to - from > 2 && s.tokens[from].isAny("there's", "there\u2019s")) {
            // "There's a video going round that says …": the video says it; "there's" only brings it in.
            from += 1;
        } else if (to - from > 3 && s.tokens[from].is("there") && s.isAny(from + 1, "'s", "\u2019s", "is", "are", "was", "were")) {
            from += 2;
            while (to > from + 1 && s.tokens[to - 1].isAny("that", "which", "who") && !s.tokens[to - 1].quoted()) {
                // "There is a post on Facebook that claims …": the relative pronoun is the clause's, not the post's.
                to--;
            }
        }
        if (from >= to) {
            return null;
        }
        Phrase bracketed = nameBeforeBrackets(s, from, to);
        if (bracketed != null) {
            return bracketed;
        }
        if (to - from == 2 && s.tokens[from].isAny("a", "the") && ORDINALS.contains(s.tokens[from + 1].lower())) {
            // "A second message claimed …. A third claimed …": the next of things just counted, its noun left out.
            return new Phrase(s.index(), from, to, Phrase.Kind.OTHER, null, s.text(from, to), s.tokens[from + 1].lower(), "", true,
                    false, s.tokens[from].is("the"), List.of());
        }
        List<int[]> segments = segments(s, from, to);
        if (segments.size() > 1 && !hasNoun(s, segments.get(0))) {
            // "A second, shorter video …": a comma between adjectives does not end the phrase.
            segments.set(1, new int[] {segments.get(0)[0], segments.get(1)[1]});
            segments.remove(0);
        }
        int[] first = segments.get(0);
        String text = s.text(from, to);
        boolean anonymous = anonymousMarker(text);
        List<String> via = outletsNamed(s, from, to);

        // "one of them", "two of the officials": the group is the source, and no one is named.
        if (first[1] - first[0] >= 3 && (s.tokens[first[0]].tag().equals("NUM") || s.tokens[first[0]].isAny("one", "some", "many",
                "several", "most", "none", "each", "few", "both", "all", "neither", "either")) && s.is(first[0] + 1, "of")) {
            Mention named = segments.size() > 1 && s.tokens[first[0]].isAny("one") ? onlyMention(s, segments.get(1)[0], segments.get(1)[1]) : null;
            if (named != null && registry.canonical(named.entity()).type == SourceType.PERSON) {
                // "One of the homeowners, Margaret Ellwood, 84, said": the one is named right after, and speaks by name.
                return name(s, from, to, named.entity(), SentenceView.clean(s.text(first[0], first[1])), false, via);
            }
            Phrase group = parse(s, first[0] + 2, first[1]);
            if (group != null) {
                // "one of the contractors": a person from a group of people, not a body to look up.
                Phrase.Kind kind = group.kind() == Phrase.Kind.DEFINITE && agentive(group.head()) ? Phrase.Kind.GROUP : group.kind();
                return new Phrase(s.index(), from, to, kind, group.entity(), group.kind() == Phrase.Kind.NAME ? group.text()
                        : SentenceView.clean(s.text(from, first[1])), group.head(), group.description(), true,
                        // "One of the contractors … backed that up. “…,” he said": one of them is one person.
                        group.plural() && !s.tokens[first[0]].isAny("one", "each", "every", "either", "neither"), group.definite(), group.via());
            }
        }
        Token single = first[1] - first[0] == 1 ? s.tokens[first[0]] : null;
        if (single != null && PRONOUNS.contains(single.lower())) {
            return new Phrase(s.index(), from, to, Phrase.Kind.PRONOUN, null, single.text(), single.lower(), "", anonymous,
                    single.isAny("they", "we"), true, via);
        }
        if (single != null && QUANTIFIERS.contains(single.lower())) {
            // "Several say they developed asthma", "Others said …": some of a group the article has just described.
            return new Phrase(s.index(), from, to, Phrase.Kind.GROUP, null, single.text(), single.lower(), "", anonymous,
                    true, false, via);
        }
        if (first[1] - first[0] >= 3 && QUANTIFIERS.contains(s.tokens[first[0]].lower()) && s.isAny(first[0] + 1, "in", "at", "around", "across", "within")) {
            // "Some in the town have suggested …", "Many at the club say …": unnamed people of a place.
            return new Phrase(s.index(), from, to, Phrase.Kind.GROUP, null, SentenceView.clean(s.text(from, to)), s.tokens[first[0]].lower(), "",
                    true, true, false, via);
        }
        int boundary = headBoundary(s, first[0], first[1]);
        // "A hacking group calling itself GreyLantern", "a group called Coastwatch Velmara"
        Token afterHead = boundary < first[1] ? s.tokens[boundary] : null;
        boolean callingItself = afterHead != null && afterHead.is("calling") && s.is(boundary + 1, "itself");
        Mention calledName = afterHead != null && afterHead.isAny("called", "named") ? registry.mentionAt(s.index(), boundary + 1) : null;
        boolean called = calledName != null && calledName.to() == first[1];
        if (callingItself || called) {
            Mention named = firstMention(s, boundary + (callingItself ? 2 : 1), first[1]);
            if (named != null) {
                String description = s.text(skipDeterminer(s, first[0]), boundary);
                named.entity().describe(description);
                return name(s, from, to, named.entity(), description, anonymous, via);
            }
        }
        int nameEnd = boundary;
        while (nameEnd > first[0] + 1 && s.tokens[nameEnd - 1].isQuoteMark()) {
            // "a report by “NK News”, a news portal …": the closing mark is not part of the name.
            nameEnd--;
        }
        Mention headMention = registry.mentionAt(s.index(), nameEnd - 1);
        Mention personAfter = segments.size() > 1 ? onlyMention(s, segments.get(1)[0], segments.get(1)[1]) : null;
        if (headMention != null && personAfter != null && personAfter.entity().type == SourceType.PERSON
                && s.tokens[first[0]].is("the") && nameEnd - first[0] == 2 && headMention.entity().type != SourceType.PERSON) {
            // "The Conservative, Marcus Dale, said": a party or a people's name as a role, and the person named after it.
            personAfter.entity().describe(s.text(first[0] + 1, nameEnd));
            return name(s, from, to, personAfter.entity(), s.text(first[0] + 1, nameEnd), anonymous, via);
        }
        if (headMention != null && personAfter != null && personAfter.entity().type == SourceType.PERSON
                && headMention.entity() != personAfter.entity() && s.tokens[first[0]].is("the")
                && (officeOf(s, first[0] + 1) || s.tokens[first[0] + 1].capitalised() && officeOf(s, first[0] + 2))) {
            // "The Mayor of the Brenmouth Combined Authority, Bertil Gawthorpe, wrote", "The Cabinet Member for Finance, Cllr
            // NAME, confirmed": an office in capitals, then its holder.
            personAfter.entity().describe(s.text(first[0] + 1, nameEnd));
            return name(s, from, to, personAfter.entity(), s.text(first[0] + 1, nameEnd), anonymous, via);
        }
        if (headMention != null && headMention.to() == nameEnd && !headMention.possessive()) {
            String description = prefixDescription(s, first[0], headMention);
            description = appositive(s, segments, description);
            return name(s, from, to, headMention.entity(), description, anonymous, via);
        }
        int headIndex = contactClauseHead(s, first[0], boundary);
        while (headIndex > first[0] && (s.tokens[headIndex].isPunct() || s.tokens[headIndex].isQuoteMark()
                || !s.tokens[headIndex].isNoun() && s.tokens[headIndex - 1].isNoun() && !personWord(s.tokens[headIndex].lower())
                // "a social media post/VERB": a document's noun the tagger took for a verb is still the head.
                && !(headIndex == boundary - 1 && lexicon.is("document_noun", s.tokens[headIndex].lower()))
                // "Norland's embassy in Tarn" (whatever the tagger made of "embassy"): the owner is not the head.
                && !s.tokens[headIndex - 1].possessiveForm())) {
            headIndex--;
        }
        Token head = s.tokens[headIndex];
        String headWord = head.bare().toLowerCase(Locale.ROOT);
        // "her spokesperson, Derek Pham" / "a spokesman for the Cumbria Fire and Rescue squad, Brian Mitchelhill"
        if (segments.size() > 1 && (lexicon.is("role", headWord) || lexicon.is("title", headWord) || compoundRole(headWord)
                || head.tag().startsWith("NOUN")
                && !lexicon.is("document_noun", headWord))) {
            int[] second = segments.get(1);
            Mention named = onlyMention(s, second[0], second[1]);
            if (named == null) {
                // "Its new owner, the investment firm Brackwater Partners", "One resident, retired bus driver Eamon
                // Fairweather": a described name.
                Mention last = registry.mentionAt(s.index(), second[1] - 1);
                if (last != null && last.to() == second[1] && (s.tokens[second[0]].isAny("the", "a", "an")
                        || last.titleFrom() > second[0] && (personWord(s.tokens[last.titleFrom() - 1].lower())
                        || agentive(s.tokens[last.titleFrom() - 1].lower())))) {
                    named = last;
                }
            }
            if (named == null) {
                // "The club's auditor, Rahel Tenbrink of Tenbrink & Moss": a name and where the person works.
                Mention lead = registry.mentionAt(s.index(), second[0]);
                if (lead != null && lead.titleFrom() == second[0] && lead.entity().type == SourceType.PERSON
                        && s.isAny(lead.to(), "of", "at", "from", "with")) {
                    named = lead;
                }
            }
            // "The developer, Larchmont Homes": a word for a body names the body after it.
            boolean bodyWord = UNNAMED_BODIES.contains(headWord) || lexicon.is("org_keyword", headWord) || agentive(headWord)
                    || lexicon.is("outlet_noun", headWord)
                    // "The family who farm Wrayholt, the Pendreighs": a family is named by its surname.
                    || headWord.equals("family");
            // "A plasterer who has worked for the contractor, Brightwell Maintenance, told …": after a relative clause ending
            // in a noun, a name is that noun's appositive, not the speaker's. ("The family who farm Wrayholt, the Pendreighs, said":
            // a clause ending in a name leaves none to give, and the name after it is the family's.)
            // ("The vet who treated the rest, Rhonwen Mullarkey": a person's name cannot be that of "the rest", only the vet's.)
            boolean ofTheRelative = boundary < first[1] && RELATIVES.contains(s.tokens[boundary].lower()) && s.tokens[first[1] - 1].isNoun()
                    && !s.tokens[first[1] - 1].capitalised()
                    && !(named != null && named.entity().type == SourceType.PERSON && !nameFits(s.tokens[first[1] - 1].lower()));
            if (named != null && (ofTheRelative || speaksForNamedRole(s, headIndex, first[1]) || worksForNamedBody(s, headIndex, first[1], named))) {
                named = null;
            }
            if (named != null && (named.entity().type == SourceType.PERSON || lexicon.is("role", headWord)
                    || lexicon.is("title", headWord) || bodyWord && named.entity().type != SourceType.PERSON)) {
                return name(s, from, to, named.entity(), s.text(skipDeterminer(s, first[0]), first[1]), anonymous, via);
            }
        }
        // "Both councils he named": "both" points back at two the article has named, like "the two".
        boolean definite = s.tokens[first[0]].isAny("the", "this", "that", "these", "those", "both")
                || s.tokens[first[0]].possessiveForm() || s.tokens[first[0]].tag().equals("PRON")
                // "City hall says …": the seat of a local government stands for it, like a name.
                || headWord.equals("hall") && headIndex > first[0] && s.tokens[headIndex - 1].isAny("city", "town", "county");
        // "a woman who drove the bus" is one person, though "woman" is listed among the person groups.
        // "the man who lives there" is one person too: the person groups list singular nouns beside their plurals.
        boolean plural = (headWord.endsWith("s") && !headWord.endsWith("ss")
                || lexicon.is("person_group", headWord) && !SINGULAR_PERSONS.contains(headWord))
                && !s.tokens[first[0]].isAny("a", "an", "one");
        String phraseText = sourceText(s, first[0], first[1]);
        String description = appositive(s, segments, "");
        Phrase.Kind kind;
        if (lexicon.is("document_noun", headWord)) {
            kind = Phrase.Kind.DOCUMENT;
        } else if (lexicon.is("person_group", headWord) || lexicon.is("role", headWord) || lexicon.is("title", headWord)
                || pluralRole(headWord)) {
            kind = Phrase.Kind.GROUP;
        } else if (head.isFunctionWord() || head.isPunct() || head.tag().equals("NUM")) {
            return null;
        } else if (definite) {
            kind = Phrase.Kind.DEFINITE;
        } else if (agentive(headWord)) {
            // "a former line supervisor", "climbers": a noun for someone who does something.
            kind = Phrase.Kind.GROUP;
        } else {
            kind = Phrase.Kind.OTHER;
        }
        if (kind == Phrase.Kind.GROUP) {
            phraseText = withRestrictiveClause(s, first[0], first[1], phraseText);
        }
        if (kind == Phrase.Kind.GROUP || kind == Phrase.Kind.OTHER) {
            // "Two Brisko employees", "the fellow at the Brookings Institution": people the article never names.
            // "Helix Systems' chief executive" can be looked up; "the fellow", "a spokeswoman" cannot.
            boolean possessed = s.tokens[first[0]].possessive() || s.tokens[first[0]].tag().equals("PRON")
                    || first[0] + 1 < first[1] && s.tokens[first[0] + 1].possessive();
            anonymous |= kind == Phrase.Kind.GROUP && (!definite || !plural && !lexicon.is("title", headWord) && !possessed)
                    || headWord.equals("source") || headWord.equals("sources")
                    // "a parents' group", "a local charity": a body that speaks but is never named.
                    || kind == Phrase.Kind.OTHER && !definite && UNNAMED_BODIES.contains(headWord);
            // "A ticket holders' group led by Marrable Trethowan": a group that names who leads it is not unnamed.
            anonymous &= anonymousMarker(text) || !LED_BY_NAME.matcher(text).find();
        }
        return new Phrase(s.index(), from, to, kind, null, phraseText, headWord, description, anonymous, plural, definite, via);
    }

    static final java.util.regex.Pattern LED_BY_NAME = java.util.regex.Pattern.compile(
            "\\b(?:led|run|founded|chaired|headed|organi[sz]ed|set up|started)\\s+by\\s+(?:\\p{Lu}\\p{L}+\\s+)?\\p{Lu}\\p{L}+");

    private static final Set<String> SINGULAR_PERSONS = Set.of("man", "woman", "girl", "boy");

    /** A noun a name could be given for: a person's, an agent's ("the builder"), a body's ("the contractor", "the council"). */
    private boolean nameFits(String noun) {
        return personWord(noun) || agentive(noun) || UNNAMED_BODIES.contains(noun) || lexicon.is("org_keyword", noun);
    }

    /** "a union official" (the tagger calls "official" an adjective): a word for a person is the head. */
    boolean personWord(String word) {
        return lexicon.is("role", word) || lexicon.is("person_group", word) || pluralRole(word) || compoundRole(word);
    }

    /** "headteacher", "schoolteacher", "shopkeeper"-style compounds that end in a role the lexicon lists. */
    private boolean compoundRole(String word) {
        if (word.indexOf('-') > 0 && lexicon.is("title", word.substring(word.lastIndexOf('-') + 1))) {
            // "pro-vice-chancellor", "deputy-director": a hyphenated title.
            return true;
        }
        for (int cut = 3; cut <= word.length() - 4; cut++) {
            if (lexicon.is("role", word.substring(cut))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "The dealer your report named", "the builder the paper hired": a clause with its own subject and no relative
     * pronoun ends the noun phrase's head at the noun before it; else the head is the last token before {@code boundary}.
     */
    private static int contactClauseHead(SentenceView s, int from, int boundary) {
        Token verb = s.at(boundary);
        if (verb == null || !verb.isVerb() || !verb.lower().endsWith("ed")) {
            return boundary - 1;
        }
        for (int i = from + 1; i + 1 < boundary; i++) {
            if (s.tokens[i].isAny("the", "your", "our", "his", "her", "its", "their") && s.tokens[i - 1].isNoun()
                    && !s.tokens[i - 1].possessiveForm()) {
                return i - 1;
            }
        }
        return boundary - 1;
    }

    /** "representatives", "supervisors": plurals of the roles the lexicon lists in the singular. */
    private boolean pluralRole(String word) {
        return word.endsWith("s") && word.length() > 4 && lexicon.is("role", word.substring(0, word.length() - 1));
    }

    private boolean agentive(String word) {
        return agentive(lexicon, word);
    }

    /** "a former keeper", "climbers": a noun for someone who does something. */
    static boolean agentive(Lexicon lexicon, String word) {
        return word.length() >= 5 && word.matches("[a-z-]+(?:er|or|ist|ian)s?") && !lexicon.is("document_noun", word)
                && !lexicon.is("channel_noun", word) && !lexicon.is("outlet_noun", word) && !lexicon.is("org_keyword", word)
                && !lexicon.is("platform", word) && !lexicon.is("thing_noun", word.endsWith("s") ? word.substring(0, word.length() - 1) : word);
    }

    private Phrase name(SentenceView s, int from, int to, Entity entity, String description, boolean anonymous, List<String> via) {
        if (description.isBlank() && from >= 3 && s.tokens[from - 1].isComma() && (s.tokens[from - 2].isNoun()
                || lexicon.is("kin", s.tokens[from - 2].lower()) || lexicon.is("role", s.tokens[from - 2].lower()))
                && s.isAny(from - 3, "his", "her", "their", "its")) {
            // "…, his father, Rui Brennock, told …": the subject was cut at the comma, but the role before it is still
            // this person's, and says whether "he" or "she" goes on to mean them.
            description = s.text(from - 3, from - 1);
        }
        if (!description.isBlank()) {
            entity.describe(description);
            registry.noteGender(entity, description);
        }
        List<String> outlets = new ArrayList<>(via);
        outlets.remove(entity.name);
        return new Phrase(s.index(), from, to, Phrase.Kind.NAME, entity, s.text(from, to), entity.name, description,
                anonymous, false, true, outlets);
    }

    private boolean hasNoun(SentenceView s, int[] segment) {
        for (int i = segment[0]; i < segment[1]; i++) {
            // A name counts even when the tagger calls it an adjective ("Puravent/ADJ").
            if (s.tokens[i].isNoun() && !s.tokens[i].isFunctionWord() || registry.mentionAt(s.index(), i) != null
                    || i > segment[0] && s.tokens[i - 1].possessiveForm() && !s.tokens[i].isPunct()) {
                return true;
            }
        }
        return false;
    }

    /** Comma-separated parts of the phrase outside quotations. */
    private static List<int[]> segments(SentenceView s, int from, int to) {
        List<int[]> out = new ArrayList<>();
        int start = from;
        for (int i = from; i < to; i++) {
            if (s.tokens[i].isComma() && !s.tokens[i].quoted() && i > from && ClauseShapes.nounListContinues(s, i)) {
                continue;
            }
            if (s.tokens[i].isComma() && !s.tokens[i].quoted()) {
                if (i > start) {
                    out.add(new int[] {start, i});
                }
                start = i + 1;
            }
        }
        if (start < to) {
            out.add(new int[] {start, to});
        }
        if (out.isEmpty()) {
            out.add(new int[] {from, to});
        }
        return out;
    }

    /** The first token after the head: a preposition, participle or relative pronoun outside a name. */
    private int headBoundary(SentenceView s, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            Token t = s.tokens[i];
            Mention m = registry.mentionAt(s.index(), i);
            if (m != null && m.from() < i) {
                continue;
            }
            if (t.tag().startsWith("VERB") && t.lower().endsWith("ed") && i > from + 1 && s.tokens[i - 1].tag().equals("ADV")
                    && s.tokens[i - 1].lower().endsWith("ly") && s.tokens[i - 2].isNoun()) {
                // "A message widely shared on social media": the adverb opens the participle's phrase after the head.
                return i - 1;
            }
            if (t.isPreposition() || RELATIVES.contains(t.lower()) && i > from
                    || t.is("calling") || t.tag().startsWith("VERB") && (BY_VERBS.contains(t.lower()) || t.lower().endsWith("ed")
                    || t.lower().endsWith("ing") && !(s.at(i + 1) != null && s.tokens[i + 1].isNoun() && i + 1 < to))
                    // "A graphic/ADJ shared widely on X": a word for a document is a noun, whatever its tag.
                    && i > from && (s.tokens[i - 1].isNoun() || lexicon.is("document_noun", s.tokens[i - 1].lower()))
                    && !lexicon.is("role", s.tokens[i - 1].lower()) && !t.lower().equals("led")
                    || t.lower().equals("led") && s.is(i + 1, "by")) {
                return i;
            }
        }
        return to;
    }

    private String prefixDescription(SentenceView s, int segmentStart, Mention head) {
        int start = skipDeterminer(s, segmentStart);
        // "the US state foreign broadcaster Voice of America John Kirby": words before an outlet describe the outlet.
        for (int i = start; i < head.titleFrom(); i++) {
            Mention other = registry.mentionAt(s.index(), i);
            if (other != null && other != head && other.entity().type == SourceType.OUTLET && head.entity().type != SourceType.OUTLET) {
                start = other.to();
                i = other.to() - 1;
            }
        }
        int end = head.from();
        if (head.titleFrom() < head.from() && registry.mentionAt(s.index(), head.titleFrom()) == head) {
            end = head.from();
        }
        // "The county's Rivers Agency": "county's" says whose it is, and alone it describes nothing.
        if (start >= end || s.tokens[end - 1].ownerForm()) {
            return "";
        }
        String description = s.text(start, end).strip();
        boolean hasNoun = false;
        for (int i = start; i < end; i++) {
            Token t = s.tokens[i];
            if (t.tag().startsWith("VERB") && !t.text().contains("-") || t.isPreposition() && !s.tokens[i].is("of")
                    && !s.tokens[i].is("to")) {
                return "";
            }
            hasNoun |= t.isNoun() || lexicon.is("title", t.lower().replaceAll("\\.$", ""));
        }
        return hasNoun ? description.replaceAll("[\u201c\u201d\"]", "").strip() : "";
    }

    /**
     * "A spokeswoman for the education minister, Rufus Adeyemi-Crane": the name after a person's role is that person's,
     * and the one who speaks for them is left unnamed ("a spokesman for the rescue squad, Brian Mitchelhill" is the
     * spokesman: a body's role word is no person's).
     */
    private boolean speaksForNamedRole(SentenceView s, int head, int end) {
        String last = s.tokens[end - 1].lower();
        return SPEAKS_FOR.matcher(s.tokens[head].lower()).matches() && s.isAny(head + 1, "for", "to") && end - 1 > head + 1
                && (lexicon.is("role", last) || lexicon.is("title", last)) && !UNNAMED_BODIES.contains(last)
                && !lexicon.is("org_keyword", last);
    }

    /**
     * "A driver for the council's waste contractor, Tarvenny Environmental, who …": a company's name after a body's noun
     * names the body the person works for, not the person.
     */
    private boolean worksForNamedBody(SentenceView s, int head, int end, Mention named) {
        String last = s.tokens[end - 1].lower();
        String nameEnd = s.tokens[named.to() - 1].lower();
        return (personWord(s.tokens[head].lower()) || agentive(s.tokens[head].lower()))
                && s.isAny(head + 1, "for", "at", "with", "from") && end - 1 > head + 1
                && (UNNAMED_BODIES.contains(last) || lexicon.is("org_keyword", last) || agentive(last))
                && (registry.tradeWord(nameEnd) || lexicon.is("org_keyword", nameEnd));
    }

    private static final java.util.regex.Pattern SPEAKS_FOR = java.util.regex.Pattern.compile(
            "spokes(?:wo)?man|spokesperson|aide|adviser|advisor|lawyer|solicitor|press|representative");

    /** "Cllr Perrin Goodliffe (opposition group leader)": the name, its description in brackets; null for anything else. */
    private Phrase nameBeforeBrackets(SentenceView s, int from, int to) {
        if (!s.tokens[to - 1].text().equals(")")) {
            return null;
        }
        int open = to - 2;
        while (open > from && !s.tokens[open].text().equals("(")) {
            open--;
        }
        if (open <= from || registry.mentionAt(s.index(), open - 1) == null) {
            return null;
        }
        Phrase name = parse(s, from, open);
        if (name == null || name.kind() != Phrase.Kind.NAME) {
            return null;
        }
        String inBrackets = s.text(open + 1, to - 1).strip();
        // "(KMA)" is the body's short name, not a description of it.
        boolean describes = name.description().isBlank() && inBrackets.chars().anyMatch(Character::isLowerCase);
        return new Phrase(name.sentence(), name.from(), to, name.kind(), name.entity(), name.text(), name.head(),
                describes ? inBrackets : name.description(), name.anonymousMarker(), name.plural(), name.definite(),
                name.via());
    }

    /** "Mayor of …", "Member for …": a title or role word and what it is held of or for. */
    private boolean officeOf(SentenceView s, int k) {
        return s.at(k + 1) != null && s.isAny(k + 1, "of", "for")
                && (lexicon.is("title", s.tokens[k].lower()) || lexicon.is("role", s.tokens[k].lower()));
    }

    private String appositive(SentenceView s, List<int[]> segments, String description) {
        if (!description.isBlank() || segments.size() < 2) {
            return description;
        }
        int[] second = segments.get(1);
        Token first = s.tokens[second[0]];
        // "…, its head of operations,", "…, managing director of Kestlebrook Boat Holidays,": an owner's word, or a role
        // after one word of its kind, opens a description as well.
        if (first.isAny("a", "an", "the", "its", "his", "her", "their") || lexicon.is("role", first.lower()) || first.possessive()
                || second[1] - second[0] > 2 && lexicon.is("role", s.tokens[second[0] + 1].lower()) && s.is(second[0] + 2, "of")) {
            int end = second[1];
            for (int i = second[0]; i < second[1]; i++) {
                if (s.tokens[i].isAny("who", "whose", "which") || s.tokens[i].is("that") && i > second[0] + 2) {
                    end = i;
                    break;
                }
            }
            return s.text(second[0], end).strip();
        }
        return description;
    }

    private Mention firstMention(SentenceView s, int from, int to) {
        for (int i = from; i < to; i++) {
            Mention m = registry.mentionAt(s.index(), i);
            if (m != null) {
                return m;
            }
        }
        return null;
    }

    /** The mention that makes up the whole of tokens [from, to), quotes aside. */
    private Mention onlyMention(SentenceView s, int from, int to) {
        while (from < to && s.tokens[from].isQuoteMark()) {
            from++;
        }
        if (to - 1 > from && s.tokens[to - 1].text().equals(")")) {
            // "Cllr Peter Haldane (Conservative)": a party label in brackets is not part of the name.
            int open = to - 2;
            while (open > from && !s.tokens[open].text().equals("(")) {
                open--;
            }
            if (open > from) {
                to = open;
            }
        }
        while (to > from && (s.tokens[to - 1].isQuoteMark() || s.tokens[to - 1].isPunct())) {
            to--;
        }
        Mention m = registry.mentionAt(s.index(), from);
        return m != null && m.titleFrom() == from && m.to() == to ? m : null;
    }

    private static int skipDeterminer(SentenceView s, int i) {
        return s.tokens[i].isAny("a", "an", "the") ? i + 1 : i;
    }

    /** "People who have seen the sale documents": a "who" clause without commas says which people. */
    private static String withRestrictiveClause(SentenceView s, int from, int to, String text) {
        for (int i = from + 1; i < to - 1; i++) {
            if (s.tokens[i].is("who")) {
                int end = i + 1;
                while (end < to && !(s.tokens[end].isAny("because", "since", "as", "while", "although", "though")
                        // "who signs off as “Marsh Tit, Kent”", "who works as a nurse": "as" after the verb names, it opens no clause.
                        && !(s.tokens[end].is("as") && (s.tokens[end - 1].isVerb() || s.tokens[end - 1].tag().equals("ADP")
                                || s.tokens[end - 1].tag().equals("ADV") || s.tokens[end - 1].tag().equals("PART"))))) {
                    end++;
                }
                if (end - from > 12) {
                    return text;
                }
                String clause = SentenceView.clean(s.text(from, end));
                // "… signs off as “Marsh Tit, Kent”": a quotation the clause opens is closed with it.
                return clause.chars().filter(c -> c == '\u201c').count() > clause.chars().filter(c -> c == '\u201d').count()
                        ? clause + "\u201d" : clause;
            }
        }
        return text;
    }

    /** The phrase without trailing relative clauses or time expressions. */
    private String sourceText(SentenceView s, int from, int to) {
        int end = to;
        for (int i = from + 1; i < to; i++) {
            if (s.tokens[i].isAny("who", "whose", "which") || s.tokens[i].is("that") && i > from + 1
                    && !s.tokens[i - 1].isNoun()) {
                end = i;
                break;
            }
        }
        if (end == to && s.tokens[end - 1].quoted() && end < s.size() && s.tokens[end].isQuoteMark() && !s.tokens[end].quoted()) {
            // "an account named “Drummond Valley Truth Network”": a source never ends inside an open quotation.
            end++;
        }
        return SentenceView.clean(s.text(from, end));
    }

    static boolean anonymousMarker(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        return t.contains("anonymity") || t.contains("anonymous") || t.contains("unnamed") || t.contains("unidentified")
                || t.contains("familiar with") || t.contains("not authorized") || t.contains("not authorised")
                || t.contains("declined to be named") || t.contains("asked not to be named") || t.contains("close to the")
                || NOT_NAMED.matcher(t).find();
    }

    /**
     * "who asked us not to use his name", "who did not want to be identified", "who spoke on condition that she was not
     * named": other ways of staying unnamed.
     */
    private static final java.util.regex.Pattern NOT_NAMED = java.util.regex.Pattern.compile(
            "\\basked (?:us |me |the \\w+ )?not to (?:be identified|use (?:his|her|their) names?|name (?:him|her|them))\\b"
                    + "|\\b(?:did not|didn't|does not|doesn't) (?:want|wish) to be (?:named|identified)\\b|\\bdeclined to be identified\\b"
                    // "who spoke on condition that she was not named", "… that his name was withheld"
                    + "|\\bon condition that (?:\\w+ ){1,3}(?:not|never) (?:be )?(?:named|identified|used|published|given)\\b"
                    + "|\\bon condition that (?:his|her|their) names? (?:was|were|would be|be) (?:withheld|kept out)\\b");

    /** Outlets a phrase names as the channel of the source: "seen by TechLedger", "published in the Pacific Journal". */
    private List<String> outletsNamed(SentenceView s, int from, int to) {
        List<String> out = new ArrayList<>();
        for (int i = from; i < to - 1; i++) {
            Token t = s.tokens[i];
            if (t.is("on") && lexicon.is("platform", s.tokens[i + 1].lower()) && s.tokens[i + 1].capitalised()
                    && !out.contains(s.tokens[i + 1].text())) {
                // "Several accounts on X", "a summary on LinkedIn": the platform carried what they said.
                out.add(s.tokens[i + 1].text());
            }
            if ((BY_VERBS.contains(t.lower()) && s.isAny(i + 1, "by", "in", "on")) || t.is("via")) {
                for (int j = i + 1; j < Math.min(to, i + 8); j++) {
                    Mention m = registry.mentionAt(s.index(), j);
                    if (m != null) {
                        out.add(m.entity().name);
                        break;
                    }
                    if (s.tokens[j].isComma()) {
                        break;
                    }
                }
                int k = i + 2;
                if (s.is(i + 1, "on") && k < to && lexicon.is("platform", s.tokens[k].lower()) && s.tokens[k].capitalised()) {
                    out.add(s.tokens[k].text());
                } else if (s.is(i + 1, "on") && s.is(k, "social") && s.is(k + 1, "media")) {
                    out.add("social media");
                }
            }
        }
        return out;
    }
}
