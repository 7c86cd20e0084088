package newsquiz.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns the words a sentence uses for its source into who that is: "it" → the ministry most
 * recently speaking, "she" → the last woman (or person not known to be a man) quoted, "the
 * company" → Brisko, "the union" → the Carver Falls Education Association.
 */
final class SourceResolver {
    /** Class nouns and the words in organisation names or descriptions that they can stand for. */
    private static final Map<String, Set<String>> CLASS_NOUNS = Map.ofEntries(
            Map.entry("company", Set.of("company", "firm", "corporation", "corp", "inc", "ltd", "app", "maker", "manufacturer",
                    "carmaker", "automaker", "chipmaker", "drugmaker", "housebuilder",
                    "pharmaceuticals", "pharma", "airline", "bank", "retailer", "developer", "platform", "startup", "business",
                    "holdings", "brand", "operator", "provider", "producer", "chain", "plc", "llc", "co", "limited", "services",
                    // "Hobthrush Aggregates … The company": a trading name by what it sells or does.
                    "aggregates", "industries", "mining", "haulage", "construction", "developments", "properties", "engineering",
                    "logistics", "foods", "electronics", "brands", "ventures", "investments", "insurance", "motors", "systems", "leisure")),
            Map.entry("airline", Set.of("airline", "airlines", "airways", "air", "carrier")),
            // "The Glassonby Playhouse will stage three productions …, the theatre said."
            Map.entry("theatre", Set.of("theatre", "theater", "playhouse")),
            Map.entry("carrier", Set.of("airline", "airlines", "airways", "air", "carrier")),
            Map.entry("firm", Set.of("firm", "company", "corporation", "inc", "ltd", "limited", "plc", "llc", "partners", "group", "services")),
            Map.entry("union", Set.of("union", "association", "federation", "guild", "confederation")),
            Map.entry("agency", Set.of("agency", "authority", "office", "bureau", "service", "commission", "administration")),
            Map.entry("ministry", Set.of("ministry", "department")),
            Map.entry("government", Set.of("government", "administration", "ministry", "kremlin", "cabinet", "state")),
            Map.entry("court", Set.of("court", "tribunal")),
            Map.entry("tribunal", Set.of("tribunal", "court")),
            Map.entry("team", Set.of("team", "club", "squad")),
            Map.entry("club", Set.of("club", "team")),
            Map.entry("regulator", Set.of("commission", "authority", "agency", "board", "regulator", "office")),
            Map.entry("board", Set.of("board", "commission", "council")),
            Map.entry("council", Set.of("council", "board", "assembly")),
            Map.entry("hospital", Set.of("hospital", "infirmary", "clinic", "centre", "center")),
            Map.entry("university", Set.of("university", "college", "institute", "school")),
            Map.entry("school", Set.of("school", "academy", "college")),
            Map.entry("police", Set.of("police", "constabulary", "force")),
            Map.entry("force", Set.of("police", "constabulary", "force")),
            Map.entry("newspaper", Set.of("newspaper", "daily", "paper", "times", "post", "herald", "journal", "gazette", "tribune")),
            Map.entry("paper", Set.of("newspaper", "daily", "paper", "times", "post", "herald", "journal", "gazette", "tribune")),
            Map.entry("broadcaster", Set.of("broadcaster", "radio", "television", "tv", "channel", "network")),
            Map.entry("site", Set.of("site", "website", "portal", "news")),
            Map.entry("publication", Set.of("publication", "magazine", "journal", "newspaper", "site")),
            Map.entry("party", Set.of("party")),
            Map.entry("charity", Set.of("charity", "foundation", "trust")),
            Map.entry("group", Set.of("group", "coalition", "network", "alliance", "campaign", "organisation", "organization")),
            Map.entry("organisation", Set.of("organisation", "organization", "group", "association", "agency")),
            Map.entry("organization", Set.of("organisation", "organization", "group", "association", "agency")),
            Map.entry("commission", Set.of("commission")),
            Map.entry("committee", Set.of("committee")),
            Map.entry("department", Set.of("department", "ministry")),
            Map.entry("authority", Set.of("authority", "agency")),
            Map.entry("institute", Set.of("institute", "institution")),
            Map.entry("maker", Set.of("makes", "maker", "manufacturer", "pharmaceuticals", "company")),
            Map.entry("manufacturer", Set.of("makes", "maker", "manufacturer", "pharmaceuticals", "company")));

    /**
     * A source a later pronoun or description may point back to; {@code type} is what an unnamed one ({@code groupText}) was
     * read as when it spoke ("the city council" an organisation), so "The council said" later is of that type too.
     */
    private record Salient(Entity entity, String groupText, int sentence, boolean plural, Entity.Gender gender, boolean person,
            boolean anonymous, boolean document, SourceType type) {

        /** What "the council" standing for this unnamed source is: its own type, or none known, or unnamed. */
        SourceType groupType() {
            return anonymous ? SourceType.ANONYMOUS : type;
        }
    }

    private final List<Salient> recent = new ArrayList<>();
    /** Bodies that have spoken, and the body each description ("the firm") last stood for. */
    private final Map<Entity, Integer> lastSpoke = new java.util.HashMap<>();
    private final Map<String, Entity> describedAs = new java.util.HashMap<>();
    /** Bodies the article describes by their owner rather than names ("Valtessa's state water company"), by head noun. */
    private final Map<String, Resolved> describedBodies = new java.util.HashMap<>();
    private final EntityRegistry registry;
    private final List<SentenceView> sentences;

    SourceResolver(EntityRegistry registry, List<SentenceView> sentences) {
        this.registry = registry;
        this.sentences = sentences;
    }

    /** A resolved source: an entity, or a phrase for unnamed sources. */
    record Resolved(Entity entity, String text, SourceType type, boolean anonymous, String description) {}

    Resolved resolve(Phrase phrase, int sentence) {
        return resolve(phrase, sentence, t -> false);
    }

    /** Tokens of the pronoun's sentence that are the words said: nobody named there is the one saying them. */
    private java.util.function.IntPredicate said = t -> false;

    Resolved resolve(Phrase phrase, int sentence, java.util.function.IntPredicate insideContent) {
        said = insideContent;
        try {
            return resolveNow(phrase, sentence);
        } finally {
            said = t -> false;
        }
    }

    private Resolved resolveNow(Phrase phrase, int sentence) {
        if (client != null && phrase.text() != null && phrase.text().strip().equalsIgnoreCase("our client")) {
            return client;
        }
        Resolved r = switch (phrase.kind()) {
            case NAME -> named(phrase.entity(), phrase.description(), phrase.anonymousMarker());
            case PRONOUN -> pronoun(phrase, sentence);
            case DEFINITE -> definite(phrase, sentence);
            case DOCUMENT -> paperNamedBefore(phrase, sentence);
            case GROUP, OTHER -> {
                Resolved subject = storySubject(phrase, sentence);
                yield subject != null ? subject : unnamed(phrase, sentence);
            }
        };
        if (r.entity() != null) {
            lastSpoke.put(registry.canonical(r.entity()), sentence);
        }
        if (r != author && sectionAuthors.values().stream().noneMatch(w -> w == r)) {
            // The writer's "I" is no third person: a later "he" or "she" is somebody else; so too for the signer of a letter
            // ("I rang the manager, Mr NAME. '…,' he told me": he is the manager, not the head who signs).
            remember(r, phrase, sentence);
        }
        return r;
    }

    /** "The paper also said …" after "the Sunday Globe reported": the newspaper that spoke before, not a document. */
    private Resolved paperNamedBefore(Phrase phrase, int sentence) {
        if (phrase.definite() && (phrase.head().equals("paper") || phrase.head().equals("newspaper"))) {
            Resolved r = definite(phrase, sentence);
            // Only a newspaper that has spoken: "published in Construction Materials Letters … the paper reported" is the article.
            if (r.entity() != null && r.type() == SourceType.OUTLET && recent.stream().anyMatch(x -> x.entity() == r.entity())) {
                return r;
            }
        }
        return unnamed(phrase, sentence);
    }

    /** A definite subject ("the union") that stands for a named body keeps that body resolvable. */
    void noteIfNamed(Phrase phrase, int sentence) {
        int before = recent.size();
        Resolved r = definite(phrase, sentence);
        if (r.entity() != null && recent.size() == before) {
            remember(r, phrase, sentence);
        } else if (r.entity() == null && (phrase.plural() || COLLECTIVE.contains(phrase.head())) && phrase.definite()) {
            // "The posts go further. They say …": a plural subject, named or not, is what the next "they" points back to.
            recent.add(new Salient(null, SentenceView.clean(phrase.text()), sentence, true, Entity.Gender.UNKNOWN, false, false, false,
                    SourceType.UNKNOWN));
        } else if (r.entity() == null && phrase.kind() == Phrase.Kind.DOCUMENT && phrase.definite()) {
            // "The letter goes further. It claims that …": a document just made the subject is the next "it".
            recent.add(new Salient(null, SentenceView.clean(phrase.text()), sentence, false, Entity.Gender.UNKNOWN, false, false, true,
                    SourceType.UNKNOWN));
        }
    }

    private String unnamedPerson;
    private int unnamedPersonSentence = -1;

    /** "… passed to it by a former employee. She said …": a person introduced without a name, for a "she" nobody else fits. */
    /**
     * "His witness, Kwame Ocran, said he had seen …": a named person whose reported clause opens with "he" or "she" is
     * of that gender, so a later "he" is not handed to another man named inside the clause.
     */
    void noteSpeakersPronoun(Resolved speaker, String content) {
        if (speaker.entity() == null || speaker.type() != SourceType.PERSON) {
            return;
        }
        Entity e = registry.canonical(speaker.entity());
        if (e.gender != Entity.Gender.UNKNOWN) {
            return;
        }
        if (content.startsWith("he ")) {
            e.gender = Entity.Gender.MALE;
        } else if (content.startsWith("she ")) {
            e.gender = Entity.Gender.FEMALE;
        }
    }

    void noteUnnamedPerson(String text, int sentence) {
        if (text != null) {
            unnamedPerson = text;
            unnamedPersonSentence = sentence;
        }
    }

    /** Subjects of sentences that are not attributions still make "it" and "they" resolvable. */
    void noteSubject(Entity entity, int sentence) {
        recent.add(new Salient(entity, null, sentence, false, entity.gender, entity.type == SourceType.PERSON, false, false, entity.type));
    }

    private Resolved named(Entity e, String description, boolean anonymousMarker) {
        Entity entity = registry.canonical(e);
        String desc = description == null || description.isBlank() ? entity.description() : Entity.cleanDescription(description);
        return new Resolved(entity, entity.name, entity.type, false, desc);
    }

    private Resolved author;

    /** The writer of a first-person piece, named by its standfirst, byline or sign-off: who an unquoted "I" is. */
    void author(Resolved writer) {
        author = writer;
    }

    private Resolved addressee;
    private Resolved client;

    /** The body a solicitor's letter acts for: who "our client" is. */
    void client(Resolved body) {
        client = body;
    }

    private Resolved recipientCompany;

    /** The company a notice or letter is addressed to ("To: Sunvessel Care Ltd"): who its plain "the company" is. */
    void recipientCompany(Resolved company) {
        recipientCompany = company;
    }

    /** The one a letter is written to ("Dear Mr Farrowgate,"): who an unquoted "you" is. */
    void addressee(Resolved reader) {
        addressee = reader;
    }

    private java.util.NavigableMap<Integer, Resolved> sectionAuthors = new java.util.TreeMap<>();

    /** Writers of parts of the page ("Response from the owner, NAME"), by the first sentence of each part. */
    void sectionAuthors(java.util.NavigableMap<Integer, Resolved> writers) {
        sectionAuthors = writers;
    }

    private Resolved pronoun(Phrase phrase, int sentence) {
        String p = phrase.head();
        var section = sectionAuthors.floorEntry(sentence);
        // A part's writer, up to the line that ends the part; the page's author outside every part.
        Resolved writer = section != null && section.getValue() != null ? section.getValue() : author;
        if (p.equals("i") && writer != null && sentence >= 0 && sentence < sentences.size()
                && phrase.from() >= 0 && phrase.from() < sentences.get(sentence).size()
                && !sentences.get(sentence).tokens[phrase.from()].quoted()) {
            return writer;
        }
        if (p.equals("you") && addressee != null && sentence >= 0 && sentence < sentences.size()
                && phrase.from() >= 0 && phrase.from() < sentences.get(sentence).size()
                && !sentences.get(sentence).tokens[phrase.from()].quoted()) {
            return addressee;
        }
        Entity contacted = contactedByWriter(p, sentence);
        if (contacted != null) {
            return new Resolved(contacted, contacted.name, contacted.type, false, contacted.description());
        }
        Entity subject = p.equals("it") ? bodyOpeningTheClause(sentence, phrase.from()) : null;
        if (subject != null) {
            return named(subject, "", false);
        }
        Resolved company = p.equals("they") ? nameAndCompanyOpening(sentence, phrase.from()) : null;
        if (company != null) {
            return company;
        }
        // "they" agrees in number with a plural group first; an organisation can be "they" too, but only failing that.
        boolean plural = p.equals("they") || p.equals("we");
        Resolved r = pronoun(phrase, sentence, plural);
        if (r == null && plural) {
            r = pronoun(phrase, sentence, false);
        }
        return r != null ? r : unresolved(phrase, sentence);
    }

    /**
     * "Quibell and many of her neighbours blame a breakwater …, which they say has stopped sand …": a "they" later in the
     * sentence is the name and the people with it that the sentence opens with.
     */
    private Resolved nameAndCompanyOpening(int sentence, int pronounAt) {
        if (sentence < 0 || sentence >= sentences.size() || pronounAt < 4) {
            return null;
        }
        SentenceView s = sentences.get(sentence);
        Mention name = registry.mentionAt(sentence, 0);
        if (name == null || s.tokens[pronounAt].quoted() || !s.is(name.to(), "and")) {
            return null;
        }
        for (int k = name.to() + 1; k < Math.min(pronounAt - 1, name.to() + 7); k++) {
            Token t = s.tokens[k];
            if (t.isVerb() && !t.isNoun() || t.isPunct()) {
                return null;
            }
            if (t.isNoun() && t.lower().endsWith("s") && s.at(k + 1) != null && s.tokens[k + 1].isVerb()
                    && s.tokens[k - 1].isAny("her", "his", "their", "the", "other", "fellow")) {
                Entity e = registry.canonical(name.entity());
                return new Resolved(e, SentenceView.clean(s.text(name.from(), k + 1)), e.type, false, "");
            }
        }
        return null;
    }

    /**
     * "Because of the row, the museum has cancelled a planned loan of the painting …, it said": a trailing "it" is the body
     * the clause before it opens with ("the museum", the one body the article names that way); null when the clause opens
     * otherwise, or the noun fits no body or two.
     */
    private Entity bodyOpeningTheClause(int sentence, int pronounAt) {
        if (sentence < 0 || sentence >= sentences.size() || pronounAt < 4) {
            return null;
        }
        SentenceView s = sentences.get(sentence);
        if (!s.tokens[pronounAt - 1].isComma() || s.tokens[pronounAt].quoted()) {
            return null;
        }
        // After an opening phrase of a few words and its comma ("Because of the row, …"), or at the start.
        int at = 0;
        for (int k = 0; k < Math.min(8, pronounAt); k++) {
            if (s.tokens[k].isComma()) {
                at = k + 1;
                break;
            }
        }
        if (at + 2 >= pronounAt || !s.tokens[at].is("the") || s.tokens[at].quoted() || !s.tokens[at + 1].isNoun()
                || !s.tokens[at + 2].tag().equals("AUX")) {
            return null;
        }
        String head = s.tokens[at + 1].lower();
        Set<String> fits = CLASS_NOUNS.getOrDefault(head, Set.of(head));
        Entity found = null;
        for (Entity e : registry.entities()) {
            Entity c = registry.canonical(e);
            if (c.type == SourceType.PERSON || c.place || !(endsWithNoun(c, head) || matchesClass(c, head, fits))) {
                continue;
            }
            if (found != null && found != c) {
                return null;
            }
            found = c;
        }
        return found;
    }

    /**
     * "I rang the manager of the pool, Mr NAME, on Monday. '…,' he told me.": when the writer's own sentence just before
     * names one person, the next "he" or "she" is that person, not a speaker further up; null otherwise.
     */
    private Entity contactedByWriter(String pronoun, int sentence) {
        if (!(pronoun.equals("he") || pronoun.equals("she") || pronoun.equals("it")) || sentence < 1 || sentence > sentences.size()) {
            return null;
        }
        SentenceView before = sentences.get(sentence - 1);
        int first = 0;
        while (first < before.size() - 1 && (before.tokens[first].tag().equals("ADP") || before.tokens[first].tag().equals("NUM")
                || before.tokens[first].tag().equals("PROPN") && first > 0 || before.tokens[first].isComma())) {
            // "In 2019 we sent samples to the lab at NAME.": an opening time phrase before the writer's "we".
            first++;
        }
        if (before.size() == 0 || before.tokens[first].quoted() || !before.tokens[first].isAny("i", "we")) {
            return null;
        }
        // "We sent samples to the lab at the University of NAME. According to its report, …": "it" is the one body named.
        return pronoun.equals("it") ? onlyOrganisationNamedIn(sentence - 1) : onlyPersonNamedIn(sentence - 1, pronoun, null);
    }

    /**
     * "The banks are emptied by the charity Rethread, which sells what it collects. It said …": when the sentence before
     * made nobody its subject or speaker and names one body, a sentence opening "It" speaks for that body, not for a
     * speaker further up (review77 northallow q02, a wrong key).
     */
    private Entity onlyBodyOfASentenceWithNoSubjectNoted(int sentence) {
        if (sentence < 1 || recent.stream().anyMatch(x -> x.sentence >= sentence - 1 && !x.plural && !x.person)) {
            return null;
        }
        // ("…, the club said. It said …": a speaker the sentence before gave, named or not, goes on.)
        SentenceView before = sentences.get(sentence - 1);
        for (int i = 0; i < before.size(); i++) {
            if (before.tokens[i].isAny("said", "says", "told", "tells", "according", "added", "adds", "stated")) {
                return null;
            }
        }
        return onlyOrganisationNamedIn(sentence - 1);
    }

    private Entity onlyOrganisationNamedIn(int sentence) {
        Entity found = null;
        for (Mention m : registry.mentions(sentence)) {
            Entity c = registry.canonical(m.entity());
            if (c.type == SourceType.PERSON || c.place || c == found || sentences.get(sentence).tokens[m.from()].quoted()) {
                continue;
            }
            if (found != null || c.type != SourceType.ORGANIZATION) {
                return null;
            }
            found = c;
        }
        return found;
    }

    private Resolved pronoun(Phrase phrase, int sentence, boolean pluralOnly) {
        String p = phrase.head();
        Entity inSentence = p.equals("he") || p.equals("she") ? personEarlierInSentence(p, sentence, phrase.from()) : null;
        if (inSentence != null) {
            return new Resolved(inSentence, inSentence.name, inSentence.type, false, inSentence.description());
        }
        Entity other = otherPersonBefore(p, sentence);
        if (other != null) {
            return new Resolved(other, other.name, other.type, false, other.description());
        }
        Entity body = p.equals("it") && phrase.from() == 0 ? onlyBodyOfASentenceWithNoSubjectNoted(sentence) : null;
        if (body != null) {
            return new Resolved(body, body.name, body.type, false, body.description());
        }
        for (int i = recent.size() - 1; i >= 0; i--) {
            Salient s = recent.get(i);
            if (s.sentence < sentence - 4) {
                break;
            }
            if (pluralOnly && !s.plural) {
                continue;
            }
            // What is known of a named person's gender now, not only when they were last mentioned.
            Entity.Gender gender = s.entity != null && registry.canonical(s.entity).gender != Entity.Gender.UNKNOWN
                    ? registry.canonical(s.entity).gender : s.gender;
            if (gender == Entity.Gender.UNKNOWN && s.entity != null && s.person) {
                // "Ynyra Stagg … said … Councillor Ragnar Purslow said … She said …": a first name rules a speaker out, though
                // it never picks one.
                gender = registry.likelyGender(registry.canonical(s.entity));
            }
            boolean ok = switch (p) {
                case "he" -> s.person && gender != Entity.Gender.FEMALE && !s.plural;
                case "she" -> s.person && gender != Entity.Gender.MALE && !s.plural;
                case "it" -> !s.person && !s.plural;
                // A single document is "it", never "they".
                case "they", "we" -> s.plural || !s.person && !s.document
                        // "A member of staff, who spoke on condition of anonymity, … “…,” they said": a singular "they".
                        || !pluralOnly && p.equals("they") && s.person && s.anonymous && s.entity == null && gender == Entity.Gender.UNKNOWN;
                default -> false;
            };
            if (!ok || s.entity != null && s.person && (p.equals("he") || p.equals("she")) && namedInWordsSaid(s.entity, sentence)) {
                continue;
            }
            if (unnamedPersonFits(p, sentence) && unnamedPersonSentence > s.sentence && !profiledAs(s.entity, p)) {
                // "We spoke to a former keeper at the park, who asked not to be named. She told us …": the person just
                // introduced, not a speaker further up.
                return new Resolved(null, unnamedPerson, SourceType.ANONYMOUS, true, "");
            }
            // "A Hearthwell spokeswoman said … Hearthwell says it will also pay Mrs Kettlewood £50. She remains unimpressed": a
            // speaker from further up, named or not, gives way to the one person the sentence before names.
            Entity justNamed = s.sentence < sentence - 1 && s.person
                    ? onlyPersonNamedIn(sentence - 1, p, s.entity == null ? null : registry.canonical(s.entity)) : null;
            if (justNamed != null) {
                return new Resolved(justNamed, justNamed.name, justNamed.type, false, justNamed.description());
            }
            if (s.entity != null) {
                Entity e = registry.canonical(s.entity);
                if (e.gender == Entity.Gender.UNKNOWN && (p.equals("he") || p.equals("she"))) {
                    Entity known = knownGenderNearby(p, sentence, phrase.from(), e);
                    if (known != null) {
                        return new Resolved(known, known.name, known.type, false, known.description());
                    }
                    e.gender = p.equals("he") ? Entity.Gender.MALE : Entity.Gender.FEMALE;
                }
                return new Resolved(e, e.name, e.type, false, e.description());
            }
            return new Resolved(null, s.groupText, s.groupType(), s.anonymous, "");
        }
        return null;
    }

    /**
     * "Posters have suggested that Achterberg left in protest. She says the posters have it backwards.": a speaker from
     * further up gives way to the one person the sentence before names, who can be "he" or "she"; null if there is none.
     */
    private Entity onlyPersonNamedIn(int sentence, String pronoun, Entity speaker) {
        if (!(pronoun.equals("he") || pronoun.equals("she"))) {
            return null;
        }
        Entity.Gender unwanted = pronoun.equals("he") ? Entity.Gender.FEMALE : Entity.Gender.MALE;
        Entity found = null;
        for (Mention m : registry.mentions(sentence)) {
            Entity c = registry.canonical(m.entity());
            if (c.type != SourceType.PERSON || c == found || sentences.get(sentence).tokens[m.from()].quoted()) {
                continue;
            }
            if (modifiesNoun(sentence, m)) {
                // "Posts on a Wraybourne community forum": a name used as a modifier is nobody who could be "she".
                continue;
            }
            if (found != null || m.possessive() || c.gender == unwanted || c == speaker) {
                return null;
            }
            found = c;
        }
        return found != null && registry.likelyGender(found) == unwanted ? null : found;
    }

    private boolean modifiesNoun(int sentence, Mention m) {
        Token[] t = sentences.get(sentence).tokens;
        return m.from() > 0 && t[m.from() - 1].isAny("a", "an") && m.to() < t.length && t[m.to()].tag().equals("NOUN");
    }

    /**
     * "Mr Coyle first went public in January, when he told the radio station …": the person who opens the pronoun's own
     * sentence as its subject is its referent, before any speaker of the sentences above; null if there is none.
     */
    private Entity personEarlierInSentence(String pronoun, int sentence, int token) {
        Entity.Gender unwanted = pronoun.equals("he") ? Entity.Gender.FEMALE : Entity.Gender.MALE;
        for (Mention m : registry.mentions(sentence)) {
            Entity c = registry.canonical(m.entity());
            // "Pike 'has asked for nothing of the sort', she said": a name that opens the words said is not their speaker.
            if ((m.titleFrom() == 0 || namedAfterOpeningRole(sentences.get(sentence), m)) && m.from() < token && !m.possessive()
                    && c.type == SourceType.PERSON && c.gender != unwanted && (!said.test(m.from()) || introducesAQuote(sentence, m, token))) {
                return c;
            }
        }
        return null;
    }

    /**
     * "Tresillian played down the complaint: “Any member can cancel online …,” she said": the subject before a colon that opens
     * a quotation is not in the words said, whatever span the trailing "she said" took for them.
     */
    private boolean introducesAQuote(int sentence, Mention m, int pronounAt) {
        SentenceView s = sentences.get(sentence);
        if (s.tokens[m.from()].quoted()) {
            return false;
        }
        for (int k = m.to(); k < pronounAt - 1; k++) {
            if (s.tokens[k].quoted()) {
                return false;
            }
            if (s.tokens[k].text().equals(":")) {
                return s.tokens[k + 1].isQuoteMark() || s.tokens[k + 1].quoted();
            }
        }
        return false;
    }

    /** "The county's libraries manager, Algernon Tealby, was candid …": the subject named after its role, set off by a comma. */
    private static boolean namedAfterOpeningRole(SentenceView s, Mention m) {
        if (m.from() < 2 || !s.tokens[m.from() - 1].isComma() || m.to() >= s.size() || !s.tokens[m.to()].isComma()) {
            return false;
        }
        for (int i = 0; i < m.from() - 1; i++) {
            if (s.tokens[i].isVerb() || s.tokens[i].isPunct() || s.tokens[i].quoted()) {
                return false;
            }
        }
        return true;
    }

    /**
     * "Amani pressed Okafor-Reyes on that gap. He testified …": when the nearest candidate's gender
     * is unknown, the one person named in the sentence before (or earlier in this one) who is known
     * to be "he" (or "she") is the better reading; null when there is no such person or more than one.
     */
    private Entity knownGenderNearby(String pronoun, int sentence, int token, Entity nearest) {
        Entity.Gender wanted = pronoun.equals("he") ? Entity.Gender.MALE : Entity.Gender.FEMALE;
        Entity found = null;
        for (int at = sentence - 1; at <= sentence; at++) {
            for (Mention m : registry.mentions(at)) {
                Entity c = registry.canonical(m.entity());
                // "Hallgren's lawyer, Martin Oduro, said … He said his client …": the possessor is not who goes on speaking.
                if (at == sentence && (m.from() >= token || said.test(m.from())) || c == nearest || c == found || c.type != SourceType.PERSON || m.possessive()) {
                    continue;
                }
                if (c.gender == wanted) {
                    if (found != null) {
                        return null;
                    }
                    found = c;
                }
            }
        }
        return found;
    }

    /** "Pike 'has asked for nothing of the sort', she said": the person the words said are about is not their speaker. */
    private boolean namedInWordsSaid(Entity e, int sentence) {
        Entity c = registry.canonical(e);
        for (Mention m : registry.mentions(sentence)) {
            if (said.test(m.from()) && registry.canonical(m.entity()) == c) {
                return true;
            }
        }
        return false;
    }

    /**
     * "… drew a statement from his agent, Farah Quint. Pike 'has asked for nothing of the sort', she said": when the
     * words said name the only other candidate, the one other person of the sentence before who can be "he" or "she".
     */
    private Entity otherPersonBefore(String pronoun, int sentence) {
        if (!(pronoun.equals("he") || pronoun.equals("she")) || sentence == 0) {
            return null;
        }
        Entity.Gender unwanted = pronoun.equals("he") ? Entity.Gender.FEMALE : Entity.Gender.MALE;
        Entity found = null;
        boolean excluded = false;
        for (Mention m : registry.mentions(sentence - 1)) {
            Entity c = registry.canonical(m.entity());
            if (c.type != SourceType.PERSON || c == found) {
                continue;
            }
            if (namedInWordsSaid(c, sentence)) {
                excluded = true;
                continue;
            }
            if (m.possessive() || c.gender == unwanted) {
                continue;
            }
            if (found != null) {
                return null;
            }
            found = c;
        }
        return excluded ? found : null;
    }

    private Resolved unresolved(Phrase phrase, int sentence) {
        String p = phrase.head();
        if ((p.equals("he") || p.equals("she")) && unnamedPerson != null && unnamedPersonSentence == sentence - 1) {
            // "The girl's sister, 19, was called by the prosecution. She told magistrates …": the person just introduced,
            // before anyone named further up.
            return new Resolved(null, unnamedPerson, SourceType.ANONYMOUS, true, "");
        }
        Entity far = namedPersonFurtherBack(p, sentence);
        if (far != null) {
            return new Resolved(far, far.name, far.type, false, far.description());
        }
        if ((p.equals("he") || p.equals("she")) && unnamedPerson != null && unnamedPersonSentence >= sentence - 1) {
            return new Resolved(null, unnamedPerson, SourceType.ANONYMOUS, true, "");
        }
        Entity subject = recent.isEmpty() ? profiledPerson(p) : null;
        if (subject != null) {
            return new Resolved(subject, subject.name, subject.type, false, subject.description());
        }
        return new Resolved(null, "unnamed source (" + phrase.text() + ")", SourceType.UNKNOWN, false, "");
    }

    /**
     * "She promised that every penny would feed a hungry child." as a standfirst, before anyone is named: a feature's
     * "she" ahead of all names is the person it is about, the one named most often.
     */
    private Entity profiledPerson(String pronoun) {
        Entity.Gender unwanted = pronoun.equals("he") ? Entity.Gender.FEMALE : pronoun.equals("she") ? Entity.Gender.MALE : null;
        if (unwanted == null) {
            return null;
        }
        Entity best = null;
        int bestCount = 1;
        for (Entity e : registry.entities()) {
            Entity c = registry.canonical(e);
            int count = sentencesOf(c).size();
            if (c.type == SourceType.PERSON && c.gender != unwanted && count > bestCount) {
                best = c;
                bestCount = count;
            }
        }
        return best;
    }

    /**
     * "… from a buyer in Lisbon had been cancelled. “It's in shed three,” she says": in a profile, the "she" it has
     * used all along for its subject, known to be a woman, is still her, not a person of unknown sex just mentioned.
     */
    private boolean profiledAs(Entity candidate, String pronoun) {
        if (candidate == null || !(pronoun.equals("he") || pronoun.equals("she"))) {
            return false;
        }
        Entity e = registry.canonical(candidate);
        Entity.Gender wanted = pronoun.equals("he") ? Entity.Gender.MALE : Entity.Gender.FEMALE;
        return e.gender == wanted && genderOf(unnamedPerson) == Entity.Gender.UNKNOWN && profiledPerson(pronoun) == e;
    }

    /**
     * An interview or profile calls its subject "he" for paragraphs on end: past the usual
     * window, a named person already known to be "he" (or "she") is still the referent.
     */
    private Entity namedPersonFurtherBack(String pronoun, int sentence) {
        Entity.Gender wanted = pronoun.equals("he") ? Entity.Gender.MALE : pronoun.equals("she") ? Entity.Gender.FEMALE : null;
        if (wanted == null) {
            return null;
        }
        for (int i = recent.size() - 1; i >= 0; i--) {
            Salient s = recent.get(i);
            if (s.sentence < sentence - 12) {
                break;
            }
            if (s.entity != null && s.person && !s.plural) {
                Entity e = registry.canonical(s.entity);
                if (e.gender == wanted) {
                    return e;
                }
            }
        }
        return null;
    }

    /**
     * "NAME, chief executive of Harbourline Ltd, said … Tickets will be refunded, the company said.": the body whose officer
     * spoke in this sentence or the one before is "the company", though another firm was named more recently; null if none.
     */
    private Entity employerOfLastSpeaker(String head, Set<String> fits, int sentence) {
        if (recent.isEmpty()) {
            return null;
        }
        Salient last = recent.get(recent.size() - 1);
        if (last.entity == null || !last.person || last.sentence < sentence - 1) {
            return null;
        }
        String described = registry.canonical(last.entity).descriptions.stream().collect(java.util.stream.Collectors.joining(" | "));
        for (Entity e : registry.entities()) {
            Entity c = registry.canonical(e);
            // The plain containment test first: the pattern is compiled only for a body the description names at all.
            if (c.type != SourceType.PERSON && !c.place && c.name.length() > 3 && described.contains(c.name) && matchesClass(c, head, fits)
                    && java.util.regex.Pattern.compile("\\b(?:of|at|for)\\s+(?:the\\s+)?" + java.util.regex.Pattern.quote(c.name) + "(?!\\p{L})")
                    .matcher(described).find()) {
                return c;
            }
        }
        return null;
    }

    /** "the company", "the agency", "the Courier": the most recent organisation the noun fits. */
    private Resolved definite(Phrase phrase, int sentence) {
        String head = phrase.head();
        Entity byName = registry.lookup(phrase.text().replaceAll("(?i)^the\\s+", ""));
        if (byName != null) {
            return named(byName, phrase.description(), phrase.anonymousMarker());
        }
        Resolved country = country(phrase, sentence);
        if (country != null) {
            return country;
        }
        if (phrase.text().matches("(?:[Tt]he\\s+)?\\p{Ll}[\\p{L}-]*['\u2019]s\\s+\\S.*")) {
            // "The minister's office later said": the office is the minister's, not the Office of Energy Regulation.
            return unnamed(phrase, sentence);
        }
        Set<String> fits = CLASS_NOUNS.getOrDefault(head, Set.of(head));
        Entity namer = namingModifier(phrase);
        if (namer != null && !matchesClass(namer, head, fits)) {
            // "The Vestmark federation said …" after the Continental Boxing Federation: a name before the noun makes it another body.
            return new Resolved(null, SentenceView.clean(phrase.text()), SourceType.ORGANIZATION, false, phrase.description());
        }
        Entity employer = employerOfLastSpeaker(head, fits, sentence);
        if (employer != null) {
            return named(employer, phrase.description(), false);
        }
        if (recipientCompany != null && phrase.text().matches("(?i)the\\s+(?:company|firm)")) {
            // "3.5 The alarm installer, Vantrell Systems, confirmed … 3.6 The company accepted …": in a notice to a company,
            // the company is the one it is addressed to.
            return recipientCompany.entity() != null ? named(recipientCompany.entity(), phrase.description(), false) : recipientCompany;
        }
        List<String> modifiers = modifiers(phrase);
        Entity best = null;
        int bestSentence = Integer.MIN_VALUE;
        int bestShared = 0;
        boolean bestOwnNoun = false;
        boolean bestKindLast = false;
        for (Entity e : registry.entities()) {
            Entity c = registry.canonical(e);
            if (c.type == SourceType.PERSON || c.place) {
                continue;
            }
            if (matchesClass(c, head, fits) || printOutlet(c, head)) {
                int last = lastMention(c, sentence, phrase.from());
                // "the appeal court" is the Court of Appeal, even when the High Court was named since.
                int shared = sharedWords(c, modifiers);
                // "the authority" is the Park Authority, not the deer agency named since: a name ending in the noun itself
                // beats one that only fits the noun's class.
                boolean ownNoun = endsWithNoun(c, head);
                if (!ownNoun && shared == 0 && modifiers.stream().anyMatch(KIND_MODIFIERS::contains)) {
                    // "The parish council says …" is not the Southmoor Health Board: a body of another kind, named by its kind.
                    continue;
                }
                // "Gorsebridge Leisure Centre … run by Equilane Leisure. The company …": a name that ends in the kind beats one that
                // only holds it, when both were named as lately.
                boolean kindLast = fits.contains(c.name.substring(c.name.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT));
                if (last >= 0 && (shared > bestShared || shared == bestShared && (ownNoun && !bestOwnNoun
                        || ownNoun == bestOwnNoun && (last > bestSentence || last == bestSentence && kindLast && !bestKindLast)))) {
                    best = c;
                    bestSentence = last;
                    bestShared = shared;
                    bestOwnNoun = ownNoun;
                    bestKindLast = kindLast;
                }
            }
        }
        if (CLASS_NOUNS.containsKey(head) && (head.equals("company") || head.equals("firm")) && (best == null || bestSentence < sentence - 3)) {
            // "Velotra, the bicycle maker, …" in the first section; "Pellamar Mining fell 6.3% … The company later called the
            // Greyfen document …" in the next: a company named just before is the one meant, whatever the earlier one's
            // description fitted.
            Entity salient = mostSalientOrganisation(sentence, phrase.from());
            if (best == null || salient != null && lastMention(salient, sentence, phrase.from()) >= sentence - 2) {
                best = salient;
            }
        }
        String asWritten = phrase.text().toLowerCase(Locale.ROOT).strip();
        HomeBody home = homeBodies.get(asWritten);
        if (best != null && home != null && home.sentence() < sentencesOf(best).stream().mapToInt(Integer::intValue).min().orElse(0)
                && bestSentence < sentence - 2 && !namedInLede(best)) {
            // "the borough council voted …" in a story about Sandlemere; "neighbouring Mallowdene District Council" a while
            // later; then "the council said": the story's own council, unnamed from the start, not the other one named since.
            return home.resolved();
        }
        Entity describedBefore = describedAs.get(asWritten);
        if (best != null && describedBefore != null && describedBefore != best && bestShared == 0
                && lastSpoke.getOrDefault(best, -1) < sentence - 2) {
            // "The firm said its griddles could not keep up. … Garside said the building had been sold to Beckhampton Homes.
            // The firm kicked that story into touch": the firm that has spoken as "the firm", not one only named since, nor
            // one that spoke by its name a while ago ("Beckhampton Homes said …" three sentences before).
            best = describedBefore;
        }
        if (best != null) {
            describedAs.put(asWritten, best);
            Resolved owned = describedBodies.get(head);
            if (owned != null && owned.text().toLowerCase(Locale.ROOT).replace('\u2019', '\'')
                    .matches("(?:the\\s+)?" + java.util.regex.Pattern.quote(best.name.toLowerCase(Locale.ROOT)) + "'s?\\s.*")) {
                // "Valtessa's state water company" … "the company": the company, not the country that owns it.
                return owned;
            }
            return named(best, phrase.description(), false);
        }
        // "the service" after "The national weather service said …": the same unnamed body.
        for (int i = recent.size() - 1; i >= 0; i--) {
            Salient s = recent.get(i);
            if (s.sentence < sentence - 6) {
                break;
            }
            String bare = phrase.text().toLowerCase(Locale.ROOT).replaceAll("^(?:the|this|that|its|their)\\s+", "");
            if (s.groupText == null || !s.groupText.toLowerCase(Locale.ROOT).matches(".*\\b" + java.util.regex.Pattern.quote(bare) + "\\b.*")) {
                continue;
            }
            // "Kerravia's health ministry and the country's largest doctors' union" … "The ministry said": one of the two;
            // "A club spokesperson" is not "the club".
            for (String part : s.groupText.split(",?\\s+and\\s+")) {
                if (part.toLowerCase(Locale.ROOT).matches(".*\\b" + java.util.regex.Pattern.quote(bare) + "\\b.*")
                        && sameHead(part, bare.substring(bare.lastIndexOf(' ') + 1))) {
                    return new Resolved(null, part, s.groupType(), s.anonymous, "");
                }
            }
        }
        Resolved r = unnamed(phrase, sentence);
        if (r.entity() == null && phrase.text().matches("(?:[Tt]he\\s+)?\\p{Lu}[\\p{L}-]*['\u2019]s?\\s.*")) {
            describedBodies.putIfAbsent(head, r);
        }
        String described = r.entity() == null ? describedBefore(phrase, sentence) : null;
        Resolved unnamedBody = described != null ? new Resolved(null, described, SourceType.ORGANIZATION, false, r.description()) : r;
        if (unnamedBody.entity() == null && phrase.text().matches("(?i)the\\s+\\p{Ll}+")) {
            homeBodies.putIfAbsent(asWritten, new HomeBody(unnamedBody, sentence));
        }
        return unnamedBody;
    }

    /** A body the article calls by its noun alone ("the council") before naming any other of its kind. */
    private record HomeBody(Resolved resolved, int sentence) {}

    private final Map<String, HomeBody> homeBodies = new java.util.HashMap<>();

    /** Whether the article's opening sentence names {@code e} or its place ("Households in Sandlemere …"). */
    private boolean namedInLede(Entity e) {
        if (sentences.isEmpty()) {
            return false;
        }
        String lede = sentences.get(0).sentence.text();
        return java.util.Arrays.stream(e.name.split("\\s+")).anyMatch(w -> w.length() > 2 && Character.isUpperCase(w.charAt(0))
                && !PUBLIC_BODY_WORDS.contains(w.toLowerCase(Locale.ROOT)) && java.util.regex.Pattern.compile("\\b" + java.util.regex.Pattern.quote(w) + "\\b").matcher(lede).find());
    }

    /** Words of a body's name that say its kind, not where or whose it is. */
    private static final Set<String> PUBLIC_BODY_WORDS = Set.of("district", "borough", "county", "city", "town", "parish", "council",
            "the", "of", "and");

    /** Words for a body that {@link #describedBefore} takes besides the class nouns. */
    private static final Set<String> OTHER_BODY_NOUNS = Set.of("authority", "commission", "service", "inspectorate", "department",
            "office", "trust", "association", "committee", "watchdog");

    /**
     * "An inspector from the regional environment agency, Athol Maddock, …" then "the agency said": the body the article
     * described in full a little before, never named; null when it described none, or two.
     */
    private String describedBefore(Phrase phrase, int sentence) {
        if (!phrase.text().matches("(?i)the\\s+\\p{Ll}+") || !CLASS_NOUNS.containsKey(phrase.head()) && !OTHER_BODY_NOUNS.contains(phrase.head())) {
            return null;
        }
        java.util.regex.Pattern full = java.util.regex.Pattern.compile("\\b[Tt]he\\s+((?:\\p{Ll}[\\p{Ll}-]+\\s+){1,3})"
                + java.util.regex.Pattern.quote(phrase.head()) + "\\b");
        Set<String> found = new java.util.LinkedHashSet<>();
        for (int i = Math.max(0, sentence - 8); i < sentence && i < sentences.size(); i++) {
            java.util.regex.Matcher m = full.matcher(sentences.get(i).sentence.text());
            while (m.find()) {
                // ("closed to the public by the council", "The trust called the group's figures untrue": no description runs
                // over an article or a preposition.)
                if (!m.group(1).strip().matches("(?i)same|other|new|first|second|whole|said|very")
                        && !m.group(1).matches("(?i)(?:.*\\s)?(?:the|a|an|by|of|to|in|on|at|for|with|from|and|or|its|their)\\s.*")) {
                    found.add("the " + m.group(1).strip() + " " + phrase.head());
                }
            }
        }
        return found.size() == 1 ? found.iterator().next() : null;
    }

    private static final java.util.regex.Pattern ROLE_NOUN = java.util.regex.Pattern.compile("(?:officer|manager|director|worker"
            + "|assistant|inspector|engineer|adviser|advisor|lead|chief|head|member|officials?|staff|clerk|coordinator|supervisor)s?");

    /** Whether a group's own noun (before any "of", "who", comma …) is {@code head}, in the singular or plural. */
    private static boolean sameHead(String groupText, String head) {
        String core = groupText.toLowerCase(Locale.ROOT).split(",|\\s(?:who|which|that|of|on|at|in|from|for|with|by|named|called|"
                + "calling|seen|familiar|close|speaking|based)\\s")[0].strip();
        String[] words = core.split("\\s+");
        int end = words.length;
        for (int i = 2; i < words.length; i++) {
            // "A council licensing officer", "a housing manager": a gerund before the last noun, a role, names its kind.
            boolean modifier = words[i].endsWith("ing") && i == words.length - 2 && ROLE_NOUN.matcher(words[i + 1]).matches();
            if (words[i].matches("[a-z]{3,}(?:ed|ing)") && !modifier) {
                // "A post shared widely on Facebook …": the noun before the participle.
                end = i;
                break;
            }
        }
        String last = words[end - 1].replaceAll("['\u2019]s?$", "");
        return last.equals(head) || last.startsWith(head) && last.length() - head.length() <= 2
                || head.startsWith(last) && head.length() - last.length() <= 2;
    }

    /** Words a story uses for the one person it is about, once it has named them. */
    private static final Set<String> STORY_SUBJECTS = Set.of("athlete", "sprinter", "runner", "cyclist", "swimmer", "boxer", "player",
            "star", "singer", "actor", "actress", "rapper", "presenter", "champion", "striker", "goalkeeper", "skater", "climber");

    /**
     * "The athlete has said she never knowingly took a banned substance": in a story about one named person, "the athlete"
     * is that person; null when the phrase is no such word or the story has no one person it is about.
     */
    private Resolved storySubject(Phrase phrase, int sentence) {
        if (!STORY_SUBJECTS.contains(phrase.head()) || !phrase.text().matches("(?i)the\\s+\\S+")) {
            return null;
        }
        Entity subject = personTheStoryIsAbout(sentence, phrase.from());
        return subject == null ? null : named(subject, phrase.description(), false);
    }

    /**
     * Of the people named before {@code sentence}, the one the whole article names most, when it names them at least three
     * times and twice as often as anyone else; null otherwise.
     */
    private Entity personTheStoryIsAbout(int sentence, int token) {
        Entity best = null;
        int most = 0;
        int next = 0;
        for (Entity e : registry.entities()) {
            Entity c = registry.canonical(e);
            if (c != e || c.type != SourceType.PERSON || lastMention(c, sentence, token) < 0) {
                continue;
            }
            if (c.mentions > most) {
                next = most;
                most = c.mentions;
                best = c;
            } else {
                next = Math.max(next, c.mentions);
            }
        }
        return most >= 3 && most >= 2 * next ? best : null;
    }

    private static final Set<String> COUNTRY_NOUNS = Set.of("country", "nation", "regime", "state", "kingdom", "republic");

    /** "The communist country has since confirmed …": a country described, not named, is the one the text is about. */
    private Resolved country(Phrase phrase, int sentence) {
        String text = phrase.text().toLowerCase(Locale.ROOT);
        // "the state" alone is as often a US state or the state at large; with an adjective ("the isolated state") it is a country.
        boolean described = text.matches("(?:the|this|that)\\s+(?:[\\p{L}-]+\\s+){0,3}" + phrase.head())
                && (!phrase.head().equals("state") || text.split("\\s+").length > 2);
        if (!COUNTRY_NOUNS.contains(phrase.head()) || !described) {
            return null;
        }
        String name = registry.salientCountry(sentence, phrase.from());
        if (name == null) {
            return null;
        }
        Entity e = registry.lookup(name);
        String description = SentenceView.clean(phrase.text());
        return e != null ? new Resolved(e, e.name, e.type, false, description)
                : new Resolved(null, name, SourceType.GOVERNMENT, false, description);
    }

    /** A name among the words before the head that is neither a place nor a country ("Vestmark" in "the Vestmark federation"), or null. */
    private Entity namingModifier(Phrase phrase) {
        String[] words = phrase.text().split("\\s+");
        for (int i = 1; i < words.length - 1; i++) {
            if (!Character.isUpperCase(words[i].charAt(0))) {
                continue;
            }
            Entity e = registry.lookup(words[i]);
            if (e != null) {
                Entity c = registry.canonical(e);
                return c.place || c.type == SourceType.GOVERNMENT || c.type == SourceType.PERSON ? null : c;
            }
        }
        return null;
    }

    /** Words that tell what kind of body a class noun is: "the parish council", "the health board". */
    private static final Set<String> KIND_MODIFIERS = Set.of("parish", "county", "town", "city", "district", "borough", "village",
            "community", "health", "school", "education", "planning", "water", "fire", "police", "harbour", "port", "transport",
            "housing", "licensing", "environment", "environmental", "ambulance", "rescue", "aviation", "safety", "food", "medicines",
            "energy", "weather", "flood", "statistics", "tax", "revenue");

    /** The words before the head: "appeal" in "the appeal court". */
    private static List<String> modifiers(Phrase phrase) {
        List<String> out = new ArrayList<>();
        for (String w : phrase.text().toLowerCase(Locale.ROOT).split("\\s+")) {
            if (w.equals(phrase.head())) {
                break;
            }
            if (w.length() > 3 && !w.matches("the|this|that|its|their|these|those")) {
                out.add(w);
            }
        }
        return out;
    }

    private static int sharedWords(Entity e, List<String> modifiers) {
        int shared = 0;
        for (String m : modifiers) {
            String stem = m.substring(0, Math.min(m.length(), 5));
            for (String w : e.name.toLowerCase(Locale.ROOT).split("[\\s-]+")) {
                if (w.startsWith(stem)) {
                    shared++;
                    break;
                }
            }
        }
        return shared;
    }

    /** Whether the name's own noun ("Authority" in "Park Authority", "University" in "University of Carrowmore") is {@code head}. */
    private static boolean endsWithNoun(Entity e, String head) {
        String[] words = e.name.toLowerCase(Locale.ROOT).split("\\s+of\\s+")[0].split("[\\s-]+");
        return words[words.length - 1].equals(head) || words[words.length - 1].equals(head + "s");
    }

    /** "the paper" after "the Sunday Globe reported": a newspaper's name need not say it is one; a broadcaster's or a site's does. */
    private static boolean printOutlet(Entity e, String head) {
        return (head.equals("paper") || head.equals("newspaper")) && e.type == SourceType.OUTLET
                && !e.name.toLowerCase(Locale.ROOT).matches(".*\\b(?:radio|tv|television|channel|network|fm|site|podcast|online|news)\\b.*");
    }

    /** "Rovensby Athletic … The club said": the last words of a sports club's name ("Rovers Supporters' Trust" is no club). */
    private static final Set<String> CLUB_NAME_ENDS = Set.of("fc", "afc", "united", "athletic", "rovers", "wanderers", "albion",
            "rangers", "harriers", "hotspur");

    private boolean matchesClass(Entity e, String head, Set<String> fits) {
        String[] words = e.name.toLowerCase(Locale.ROOT).split("[\\s-]+");
        if ((head.equals("company") || head.equals("firm")) && words.length > 1 && registry.tradeWord(words[words.length - 1])) {
            // "Callerby Water said … the company said": a name ending in its trade is a company's.
            return true;
        }
        if ((head.equals("club") || head.equals("team")) && words.length > 1 && CLUB_NAME_ENDS.contains(words[words.length - 1])) {
            return true;
        }
        for (String word : words) {
            if (word.equals(head) || fits.contains(word)) {
                return true;
            }
        }
        boolean business = head.equals("firm") || head.equals("company");
        if (business && e.descriptions.stream().anyMatch(d -> NO_BUSINESS.matcher(d).matches())) {
            // "The owners' group Mossingham Paws said … The firm said the suggestion was false": a group of people who
            // campaign is no firm, though a "group" of companies may be one; once described so, its bare "the group" is
            // no firm either.
            return false;
        }
        for (String d : e.descriptions) {
            String[] described = d.toLowerCase(Locale.ROOT).split("[\\s-]+");
            if (e.type == SourceType.OUTLET) {
                // "the business channel Tickerband TV" is a channel, not "the company": an outlet only by its description's noun.
                described = new String[] {described[described.length - 1]};
            }
            for (String word : described) {
                if (word.equals(head) || fits.contains(word)) {
                    return true;
                }
            }
        }
        return false;
    }

    private java.util.Map<Entity, List<Integer>> mentionIndex;

    /** The sentences each entity is named in, built once per article. */
    private List<Integer> sentencesOf(Entity e) {
        if (mentionIndex == null) {
            mentionIndex = new java.util.IdentityHashMap<>();
            for (int s = 0; ; s++) {
                List<Mention> mentions = registry.mentions(s);
                if (mentions.isEmpty() && !registry.hasSentence(s)) {
                    break;
                }
                for (Mention m : mentions) {
                    mentionIndex.computeIfAbsent(registry.canonical(m.entity()), k -> new ArrayList<>()).add(s);
                }
            }
        }
        return mentionIndex.getOrDefault(e, List.of());
    }

    /** The last sentence naming {@code e} before token {@code token} of sentence {@code before}, or -1. */
    private int lastMention(Entity e, int before, int token) {
        int last = -1;
        for (int s : sentencesOf(e)) {
            if (s < before || s == before && namedBefore(e, s, token)) {
                last = s;
            }
        }
        for (Salient s : recent) {
            if (s.entity != null && registry.canonical(s.entity) == e) {
                last = Math.max(last, s.sentence);
            }
        }
        return last;
    }

    /** "The company dismissed reports that a plant in Velden …": a name later in the sentence is not yet known. */
    private boolean namedBefore(Entity e, int sentence, int token) {
        for (Mention m : registry.mentions(sentence)) {
            if (m.from() < token && registry.canonical(m.entity()) == e) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> PUBLIC_BODIES = Set.of("ministry", "department", "agency", "commission", "committee",
            "council", "board", "bureau", "office", "authority", "administration", "court", "tribunal", "parliament", "congress",
            "senate", "police", "government", "university", "college", "school", "hospital", "union", "association",
            "federation", "league", "party", "institute", "institution", "nations");

    /** "The company" with no company word in any name: the business mentioned most recently. */
    private Entity mostSalientOrganisation(int sentence, int token) {
        Entity best = null;
        int bestLast = -1;
        boolean bestKnown = false;
        for (Entity e : registry.entities()) {
            Entity c = registry.canonical(e);
            if (c.type == SourceType.PERSON || c.type == SourceType.OUTLET || c.type == SourceType.GOVERNMENT || c.place
                    || isPublicBody(c) || c.type == SourceType.UNKNOWN && (!c.namedOtherThanAsPlace || EVENT.matcher(c.name).matches())
                    // "A post in the workers' chat group Vellaby Line Two claimed … The company said": a place where posts are
                    // written or a campaign is no company (review50 ROT q18).
                    || c.descriptions.stream().anyMatch(x -> NO_BUSINESS.matcher(x).matches())) {
                continue;
            }
            // A name known to be an organisation beats one of unknown kind ("Shares closed down …", "a plant in Velden").
            boolean known = c.type == SourceType.ORGANIZATION;
            int last = lastMention(c, sentence, token);
            if (last >= 0 && (known && !bestKnown || known == bestKnown && last > bestLast)) {
                best = c;
                bestLast = last;
                bestKnown = known;
            }
        }
        return best;
    }

    private static final java.util.regex.Pattern NO_BUSINESS = java.util.regex.Pattern.compile("(?i).*\\b(?:(?:chat|messaging|"
            + "online|discussion|campaign|pressure|protest|action|community|support|volunteer|lobby|advocacy|environmental|conservation|"
            + "heritage|(?:residents|parents|owners|patients|users|tenants|walkers|campaigners)['’]?|\\p{L}+s['’])\\s+group|forum|page|thread|channel|"
            + "blog|website|newsletter|petition)$");

    /** "the Harrowfield County Show", "the Dunnerholme Open": an event, which no "the company" means. */
    private static final java.util.regex.Pattern EVENT = java.util.regex.Pattern.compile(
            ".*\\s(?:Show|Fair|Festival|Open|Games|Cup|Championships?|Marathon|Exhibition|Conference|Summit|Awards|Expo|Regatta|Derby)$");

    private static boolean isPublicBody(Entity e) {
        for (String w : e.name.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (PUBLIC_BODIES.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Russia's ambassador to North Korea" … "Ambassador Alexander Matsegora": a definite role
     * phrase names the one person the article gives that role, before or after.
     */
    private Entity personWithRole(Phrase phrase, int sentence) {
        if (phrase.kind() != Phrase.Kind.GROUP || !phrase.definite() || phrase.plural()) {
            return null;
        }
        String role = phrase.head();
        String text = phrase.text().toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        java.util.regex.Matcher complement = java.util.regex.Pattern.compile("\\b" + java.util.regex.Pattern.quote(role)
                + "\\s+(?:to|of|for|at)\\s+(?:the\\s+)?([\\w' -]+)").matcher(text);
        String place = complement.find() ? complement.group(1).strip() : null;
        // "the transport secretary" is not the union's general secretary who spoke last: a qualified role names its holder.
        List<String> qualifiers = modifiers(phrase);
        Entity found = null;
        for (Entity e : registry.entities()) {
            Entity c = registry.canonical(e);
            if (c.type != SourceType.PERSON || c == found) {
                continue;
            }
            boolean hasRole = false;
            boolean conflicting = false;
            for (String d : c.descriptions) {
                String desc = d.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
                if (desc.matches(".*\\b" + java.util.regex.Pattern.quote(role) + "\\b.*")
                        && qualifiers.stream().allMatch(q -> desc.matches(".*\\b" + java.util.regex.Pattern.quote(q) + "\\b.*"))) {
                    hasRole = true;
                    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\b" + java.util.regex.Pattern.quote(role)
                            + "\\s+(?:to|of|for|at)\\s+(?:the\\s+)?([\\w' -]+)").matcher(desc);
                    if (place != null && m.find() && !m.group(1).strip().startsWith(place) && !place.startsWith(m.group(1).strip())) {
                        conflicting = true;
                    }
                }
            }
            // "Abbot Gerwin Stallybrass … The abbot rejected that account": the title before a name is the role, however far back.
            boolean titled = qualifiers.isEmpty() && c.descriptions.stream().anyMatch(d -> d.equalsIgnoreCase(role));
            List<Integer> at = sentencesOf(c);
            boolean near = titled || !qualifiers.isEmpty() || c.listedRoles.contains(role) || at.stream().anyMatch(i -> Math.abs(i - sentence) <= 3);
            if (hasRole && !conflicting && near) {
                if (found != null) {
                    return null;
                }
                found = c;
            }
        }
        return found;
    }

    private static final java.util.regex.Pattern LEDE_BUSINESS = java.util.regex.Pattern.compile(
            "(?i)^an?\\s+(?:[\\p{L}-]+\\s+){1,2}(?:contractor|firm|company|supplier|retailer|operator|developer|maker|manufacturer|"
                    + "builder|haulier|landlord|chain|bank|insurer|provider|producer|charity|business)$");

    /**
     * "A forestry contractor has denied …" in the lede, then "Brackmoor Forestry's operations manager …": the one body
     * named later with the lede's own word in its name is the one the lede kept for later; null if not exactly one.
     */
    private Entity businessNamedLater(Phrase phrase, int sentence) {
        if (sentence > 1 || phrase.plural() || !businessKeptForLater(phrase)) {
            return null;
        }
        List<String> words = modifiers(phrase).stream().filter(w -> !w.matches("an?|local|small|large|major|british|family")).toList();
        Set<Entity> found = new java.util.LinkedHashSet<>();
        for (int k = sentence + 1; k < sentences.size(); k++) {
            for (Mention m : registry.mentions(k)) {
                Entity c = registry.canonical(m.entity());
                String[] nameWords = c.name.toLowerCase(Locale.ROOT).split("\\s+");
                // "Brackmoor Forestry", typed a person for want of a company word, ends in the lede's word all the same.
                boolean ownWord = c.type != SourceType.PERSON && java.util.Arrays.stream(nameWords).anyMatch(words::contains)
                        || nameWords.length > 1 && words.contains(nameWords[nameWords.length - 1]);
                // "A canal holiday company …" is not the Canal Holiday Operators Association: a business, not a public body.
                if (!c.place && ownWord && !isPublicBody(c)) {
                    found.add(c);
                }
            }
        }
        return found.size() == 1 ? found.iterator().next() : null;
    }

    /** "A forestry contractor": a business described, not named, as a lede may name it later. */
    static boolean businessKeptForLater(Phrase phrase) {
        return LEDE_BUSINESS.matcher(SentenceView.clean(phrase.text())).matches();
    }

    private Resolved unnamed(Phrase phrase, int sentence) {
        Entity lateName = businessNamedLater(phrase, sentence);
        if (lateName != null) {
            return named(lateName, SentenceView.clean(phrase.text()).replaceFirst("(?i)^an?\\s+", ""), false);
        }
        Entity person = personWithRole(phrase, sentence);
        if (person != null) {
            return new Resolved(person, person.name, person.type, false, SentenceView.clean(phrase.text()));
        }
        Resolved owners = ownersRole(phrase, sentence);
        if (owners != null) {
            return owners;
        }
        // "the authors", "the researchers": an earlier group of the same kind; "the post": the post already described;
        // "the spokesman": the council spokesman who spoke just before.
        if (phrase.definite() && (phrase.plural() || phrase.kind() == Phrase.Kind.DOCUMENT || phrase.kind() == Phrase.Kind.GROUP)) {
            for (int i = recent.size() - 1; i >= 0; i--) {
                Salient s = recent.get(i);
                if (s.sentence < sentence - 6) {
                    break;
                }
                if (s.groupText != null && s.groupText.toLowerCase(Locale.ROOT).contains(phrase.head()) && sameHead(s.groupText, phrase.head())
                        && sameOwner(phrase.text(), s.groupText)) {
                    return new Resolved(null, s.groupText, s.groupType(), s.anonymous, "");
                }
            }
        }
        // "The occupier of Linnet Cottage states …": a member of the public known only by an address is not named.
        boolean byAddress = ADDRESS_ONLY.matcher(phrase.text()).find()
                // "Several representations state that …": letters from members of the public, not one of them named.
                || phrase.kind() == Phrase.Kind.DOCUMENT && !phrase.definite() && phrase.head().matches("representations?");
        // "A ticket holders' group led by Marrable Trethowan": a group that names who leads it is not an unnamed source.
        boolean ledByName = PhraseParser.LED_BY_NAME.matcher(phrase.text()).find();
        boolean anonymous = phrase.anonymousMarker() || byAddress || phrase.kind() == Phrase.Kind.GROUP && !phrase.definite() && !ledByName
                || phrase.kind() == Phrase.Kind.DOCUMENT && !phrase.definite() && phrase.via().isEmpty() == false
                        && !namesItsAuthor(phrase)
                || phrase.kind() == Phrase.Kind.DOCUMENT && phrase.head().equals("reports");
        // "Calvera's national volcano observatory": no name, but its head says what kind of source it is. A bare "the force"
        // left unresolved still points back to a body named earlier, so it stays untyped rather than look like another one.
        SourceType type = anonymous ? SourceType.ANONYMOUS
                : phrase.text().matches("(?i)^the\\s+\\S+$") ? SourceType.UNKNOWN : registry.typeOfHead(phrase.head());
        // "A second source, a joiner who worked at the firm …": the count says nothing a reader can hold; the appositive does.
        String text = COUNTED_SOURCE.matcher(phrase.text().strip()).matches() && phrase.description().matches("(?i)^(?:a|an)\\s+\\S.*")
                ? Character.toUpperCase(phrase.description().charAt(0)) + phrase.description().substring(1) : phrase.text();
        return new Resolved(null, text, type, anonymous, text.equals(phrase.text()) ? phrase.description() : "");
    }

    private static final java.util.regex.Pattern COUNTED_SOURCE = java.util.regex.Pattern.compile(
            "(?i)^(?:a|one)\\s+(?:second|third|fourth|fifth|further|different|new|separate)\\s+(?:source|person|insider)|another\\s+(?:source|person|insider)");

    private static final java.util.regex.Pattern OWNER = java.util.regex.Pattern.compile("(?i)^(?:the\\s+)?([\\p{L}-]+)['\u2019]s?\\s");

    /** "The manufacturer's engineer" is not the "engineer who was not authorised to speak" of a paragraph before. */
    private static boolean sameOwner(String phrase, String earlier) {
        java.util.regex.Matcher m = OWNER.matcher(phrase.strip());
        return !m.find() || earlier.toLowerCase(Locale.ROOT).contains(m.group(1).toLowerCase(Locale.ROOT));
    }

    private static final java.util.regex.Pattern OWNERS_ROLE = java.util.regex.Pattern.compile(
            "(?i)^(its|their|a)\\s+(spokes(?:man|woman|person)|press (?:officer|office)|representatives?|lawyers?|solicitors?)$");

    /**
     * "The agency rejected that account. “…,” its spokesperson said": the role belongs to the body "its" stands for, so the
     * source reads "National Forestry Agency spokesperson", as a reader would put it; null when "its" points at no body.
     */
    private Resolved ownersRole(Phrase phrase, int sentence) {
        java.util.regex.Matcher m = OWNERS_ROLE.matcher(phrase.text().strip());
        if (!m.matches()) {
            return null;
        }
        // "The office disputed the council's reading. A spokesman said …": a bare "a spokesman" speaks for the body just named.
        String pronoun = m.group(1).equalsIgnoreCase("their") ? "they" : "it";
        Resolved owner = pronoun(new Phrase(phrase.sentence(), phrase.from(), phrase.from() + 1, Phrase.Kind.PRONOUN, null,
                pronoun.equals("it") ? "its" : m.group(1), pronoun, "", false, pronoun.equals("they"), true, List.of()), sentence, false);
        if (owner == null || owner.entity() == null || owner.entity().type == SourceType.PERSON || owner.entity().place) {
            return null;
        }
        String role = owner.entity().name + " " + m.group(2).toLowerCase(Locale.ROOT);
        if (m.group(1).equalsIgnoreCase("a")) {
            // "a spokesman" stays one of the body's people: "an Office for Waste Statistics spokesman".
            String article = (m.group(1).equals("A") ? "A" : "a") + ("AEIOU".indexOf(role.charAt(0)) >= 0 ? "n " : " ");
            role = article + role;
        }
        return new Resolved(null, role, registry.typeOfHead(phrase.head()), false, SentenceView.clean(phrase.text()));
    }

    private static final java.util.regex.Pattern ADDRESS_ONLY = java.util.regex.Pattern.compile(
            "(?i)^the\\s+(?:occupiers?|occupants?|householders?|residents?|tenants?)\\s+of\\s+(?:number\\s+|no\\.?\\s+)?(?-i:\\p{Lu}|\\d)");

    /** "a post … from an account named “Drummond Valley Truth Network”": the author is named, if only by a handle. */
    private static boolean namesItsAuthor(Phrase phrase) {
        return phrase.text().matches("(?s).*(?:[\"\u201c]|\\bnamed\\b|\\bcalling (?:itself|himself|herself)\\b|@\\w).*");
    }

    private void remember(Resolved r, Phrase phrase, int sentence) {
        boolean person = r.entity() != null ? r.entity().type == SourceType.PERSON
                : phrase.kind() == Phrase.Kind.GROUP || phrase.kind() == Phrase.Kind.PRONOUN
                        && !phrase.head().equals("it")
                        // "A former lifeguard, who asked not to be named": only a person asks that.
                        || phrase.kind() == Phrase.Kind.OTHER && (phrase.anonymousMarker() || WHO_CLAUSE.matcher(phrase.text()).find());
        // "His solicitors, Marrack & Doyle, replied …. They said": a named body described in the plural is "they".
        // ("Yardy's" ends in an "s" but is one shop: "It said …".)
        boolean plural = phrase.plural() && !(r.entity() != null && r.entity().name.matches(".*\\p{L}['\u2019]s")) || PLURAL_DESCRIPTION.matcher(phrase.text()).find() || r.entity() == null && phrase.kind() == Phrase.Kind.DOCUMENT && phrase.head().endsWith("s");
        Entity.Gender gender = r.entity() != null ? r.entity().gender : genderOf(phrase);
        if (phrase.kind() == Phrase.Kind.PRONOUN && r.entity() == null && r.text().startsWith("unnamed source")) {
            return;
        }
        recent.add(new Salient(r.entity(), r.entity() == null ? r.text() : null, sentence, plural, gender, person, r.anonymous(),
                phrase.kind() == Phrase.Kind.DOCUMENT, r.type()));
    }

    /** "The team, led by …, dated the sediment. They found …": a body of people the next "they" may stand for. */
    private static final Set<String> COLLECTIVE = Set.of("team", "crew", "panel", "group", "committee", "family", "staff", "band");

    /** "His solicitors, Marrack & Doyle": a name introduced by a plural description. */
    private static final java.util.regex.Pattern PLURAL_DESCRIPTION = java.util.regex.Pattern.compile(
            "^(?:its|his|her|their|the) (?:[\\p{L}-]+ )?(?:lawyers|solicitors|attorneys|advisers|advisors|accountants|auditors|agents|representatives),",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    private static final java.util.regex.Pattern WHO_CLAUSE = java.util.regex.Pattern.compile(",\\s*who\\b");

    private boolean unnamedPersonFits(String pronoun, int sentence) {
        if (!(pronoun.equals("he") || pronoun.equals("she")) || unnamedPerson == null || unnamedPersonSentence < sentence - 1) {
            return false;
        }
        Entity.Gender gender = genderOf(unnamedPerson);
        return gender != (pronoun.equals("he") ? Entity.Gender.FEMALE : Entity.Gender.MALE);
    }

    private static Entity.Gender genderOf(Phrase phrase) {
        return genderOf(phrase.text());
    }

    private static Entity.Gender genderOf(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        if (t.matches(".*\\b(spokeswoman|woman|chairwoman|mother|daughter|wife|she|her)\\b.*")) {
            return Entity.Gender.FEMALE;
        }
        if (t.matches(".*\\b(spokesman|man|chairman|father|son|husband|he|his)\\b.*")) {
            return Entity.Gender.MALE;
        }
        return Entity.Gender.UNKNOWN;
    }
}
