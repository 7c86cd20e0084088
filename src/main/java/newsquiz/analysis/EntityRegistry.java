package newsquiz.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The people, organisations, outlets and places of one article, with every way the article
 * refers to them by name: "Putin" and "Vladimir Putin", "Matseroga" (sic) and "Alexander
 * Matsegora", "ICIA" and "International Cycling Integrity Agency", "the Courier" and "Harbor
 * County Courier".
 */
final class EntityRegistry {
    // Compiled once, not by String.replaceAll or split on every call: keys and name runs are read for every mention, and
    // each name is set against every other one when short forms are linked.
    private static final java.util.regex.Pattern QUOTE_MARKS = java.util.regex.Pattern.compile("[\u201c\u201d\"]");
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
    private static final java.util.regex.Pattern KEY_THE = java.util.regex.Pattern.compile("^the ");
    private static final java.util.regex.Pattern KEY_POSSESSIVE = java.util.regex.Pattern.compile("'s?$");
    private static final java.util.regex.Pattern POSSESSIVE_END = java.util.regex.Pattern.compile("['\u2019]s?$");
    private static final java.util.regex.Pattern FULL_STOP_END = java.util.regex.Pattern.compile("\\.$");
    private static final java.util.regex.Pattern NAME_PARTS = java.util.regex.Pattern.compile("[\\s-]+");

    /** Outlet words that are also ordinary words in the names of other bodies. */
    private static final Set<String> NAME_WORDS_OF_OUTLETS = Set.of("review", "independent", "radio", "observer");
    private static final Set<String> REGULATOR_HEADS = Set.of("authority", "commission", "regulator", "ombudsman", "tribunal",
            "inspectorate", "directorate");
    /** Words a body's name may hold and a person's never does: "Plug In Tarnwick", "Friends For Allingham". */
    private static final Set<String> NAME_FUNCTION_WORDS = Set.of("in", "of", "for", "the", "and", "on", "at", "to", "our", "your");
    private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "lord", "lady", "rev");
    private static final Set<String> DIRECTIONS = Set.of("north", "south", "east", "west", "northern", "southern", "eastern",
            "western", "central", "upper", "lower", "new", "old", "great");
    private static final Set<String> GOVERNMENT_WORDS = Set.of("government", "kremlin", "white house", "ministry", "parliament",
            "congress", "senate", "cabinet", "pentagon", "downing street", "state department", "foreign office");

    private final Lexicon lexicon;
    private final List<Entity> entities = new ArrayList<>();
    private final Map<String, Entity> byKey = new HashMap<>();
    private final Map<Integer, List<Mention>> mentionsBySentence = new LinkedHashMap<>();

    EntityRegistry(Lexicon lexicon, List<SentenceView> sentences, NameFinder finder, List<String> sourceList) {
        this.lexicon = lexicon;
        for (String source : sourceList) {
            Entity e = entity(source, -1);
            e.listedAsSource = true;
            // "Statement on the fire - Orrendale Fire Service": a body's own statement is listed beside the papers.
            String last = source.substring(source.lastIndexOf(' ') + 1).toLowerCase(java.util.Locale.ROOT);
            e.type = lexicon.is("org_keyword", last) && !lexicon.is("outlet_noun", last) ? SourceType.ORGANIZATION : SourceType.OUTLET;
        }
        List<List<NameRun>> runs = new ArrayList<>();
        Map<String, Integer> standalone = new HashMap<>();
        for (SentenceView s : sentences) {
            List<NameRun> found = finder.find(s);
            runs.add(found);
            for (NameRun run : found) {
                int core = coreStart(s, run);
                if (core < run.to()) {
                    standalone.merge(key(POSSESSIVE_END.matcher(s.text(core, run.to())).replaceAll("")), 1, Integer::sum);
                }
            }
        }
        for (int i = 0; i < sentences.size(); i++) {
            SentenceView s = sentences.get(i);
            List<Mention> mentions = new ArrayList<>();
            List<NameRun> found = runs.get(i);
            for (int r = 0; r < found.size(); r++) {
                String surname = r + 1 < found.size() ? sharedSurname(s, found.get(r), found.get(r + 1)) : null;
                if (surname == null) {
                    mentionsOf(s, found.get(r), standalone, mentions);
                    continue;
                }
                NameRun run = found.get(r);
                Entity e = entity(s.text(run.from(), run.to()) + " " + surname, s.index());
                e.mentions++;
                mentions.add(new Mention(s.index(), run.from(), run.from(), run.to(), false, e));
            }
            mentionsBySentence.put(s.index(), mentions);
            for (Mention m : mentions) {
                if (regionOrTown(s, m)) {
                    usedAsPlace.add(m.entity());
                }
            }
        }
        keepPossessiveInShopNames(sentences);
        linkShortForms();
        fitTitlesToGender(sentences);
        linkSelfIdentified(sentences);
        gatherEvidence(sentences);
        classify();
        noteCountries(sentences);
    }

    /**
     * "its biggest retailer, Brankstone's, knew …", "Brankstone's also rejected …": a shop named for its founder is never
     * written without its "'s" and stands where a noun phrase ends, so the "'s" is part of the name, not a possessive.
     */
    private void keepPossessiveInShopNames(List<SentenceView> sentences) {
        Set<Entity> standingAlone = new LinkedHashSet<>();
        Set<Entity> otherwise = new HashSet<>();
        for (SentenceView s : sentences) {
            for (Mention m : mentions(s.index())) {
                Token after = s.at(m.to());
                boolean alone = m.possessive() && s.tokens[m.to() - 1].text().matches(".*\\p{L}['\u2019]s") && after != null
                        && (after.isAny(",", ")", ".", ";") || after.tag().equals("AUX") || after.tag().startsWith("VERB")
                        || after.tag().equals("ADV") && s.at(m.to() + 1) != null && s.tokens[m.to() + 1].tag().startsWith("VERB"));
                (alone ? standingAlone : otherwise).add(m.entity());
            }
        }
        standingAlone.removeAll(otherwise);
        for (Entity e : standingAlone) {
            e.name = e.name + "'s";
        }
        for (List<Mention> ms : mentionsBySentence.values()) {
            ms.replaceAll(m -> standingAlone.contains(m.entity())
                    ? new Mention(m.sentence(), m.titleFrom(), m.from(), m.to(), false, m.entity()) : m);
        }
    }

    /** A country named in a sentence, by name, by its capital or by its demonym ("North Korean workers"). */
    private record CountryMention(int sentence, int token, String country) {}

    private final List<CountryMention> countryMentions = new ArrayList<>();

    private void noteCountries(List<SentenceView> sentences) {
        for (SentenceView s : sentences) {
            for (int i = 0; i < s.size(); i++) {
                Mention m = mentionAt(s.index(), i);
                String country = null;
                if (m != null) {
                    String name = canonical(m.entity()).name;
                    country = lexicon.isCountry(name) ? name : lexicon.countryOfCapital(name);
                    i = m.to() - 1;
                } else if (lexicon.isDemonym(s.tokens[i].text())) {
                    Token before = s.at(i - 1);
                    String twoWords = before != null && before.capitalised() ? before.text() + " " + s.tokens[i].text() : null;
                    country = twoWords != null ? lexicon.countryOfDemonym(twoWords) : null;
                    if (country == null) {
                        country = lexicon.countryOfDemonym(s.tokens[i].text());
                    }
                }
                if (country != null) {
                    countryMentions.add(new CountryMention(s.index(), i, country));
                }
            }
        }
    }

    /**
     * The country "the country" or "the communist nation" stands for at a point in the text: the
     * one named most often in the three sentences before it, the latest breaking a tie; null if none.
     */
    String salientCountry(int sentence, int token) {
        Map<String, Integer> count = new LinkedHashMap<>();
        Map<String, Integer> latest = new HashMap<>();
        // The mentions are in text order: start at the window by binary search, so each look-up is local.
        int lo = 0;
        int hi = countryMentions.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (countryMentions.get(mid).sentence() < sentence - 3) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        for (int i = lo; i < countryMentions.size() && countryMentions.get(i).sentence() <= sentence; i++) {
            CountryMention c = countryMentions.get(i);
            boolean before = c.sentence() < sentence || c.sentence() == sentence && c.token() < token;
            if (before && c.sentence() >= sentence - 3) {
                count.merge(c.country(), 1, Integer::sum);
                latest.put(c.country(), i);
            }
        }
        String best = null;
        for (String country : count.keySet()) {
            if (best == null || count.get(country) > count.get(best)
                    || count.get(country).equals(count.get(best)) && latest.get(country) > latest.get(best)) {
                best = country;
            }
        }
        return best;
    }

    private static final Set<String> ORG_NOUNS = Set.of("company", "firm", "group", "app", "service", "platform", "maker",
            "carmaker", "automaker", "chipmaker", "drugmaker", "housebuilder",
            "manufacturer", "provider", "operator", "agency", "union", "association", "club", "team", "charity", "organisation",
            "organization", "business", "startup", "retailer", "chain", "brand", "body", "regulator", "watchdog", "department",
            "ministry", "council", "authority", "court", "tribunal", "party", "coalition", "campaign", "network", "bank",
            "insurer", "broker", "developer", "airline", "carrier", "utility", "school", "university", "hospital", "institute",
            "centre", "center", "laboratory", "lab", "consortium", "government", "administration",
            // "Hallcraig Knitwear, a factory in the Borders": a place of work named as a business.
            "factory", "distillery", "brewery", "bakery", "dairy", "mill", "supplier", "wholesaler", "producer", "publisher",
            "shop", "store", "supermarket", "restaurant", "hotel", "studio", "clinic", "practice", "trust", "foundation",
            "society", "federation", "cooperative", "co-operative", "partnership", "consultancy", "contractor", "manufacturers",
            // "The liquidators, Hartsmere Recovery": a firm named in the plural of what its people do.
            "liquidators", "administrators", "receivers", "auditors", "accountants");
    /** "Hallgren's lawyer", "the minister's aide": roles a person has as often as a body, so no sign of an organisation. */
    private static final Set<String> PERSONAL_ROLES = Set.of("lawyer", "lawyers", "attorney", "attorneys", "solicitor", "solicitors",
            "barrister", "agent", "aide", "aides", "adviser", "advisers", "advisor", "advisors", "wife", "husband", "daughter", "son",
            "brother", "sister", "mother", "father", "family", "widow", "partner", "friend", "friends");
    private final Map<Entity, int[]> evidence = new HashMap<>();

    /**
     * What the text around each name says it is: ", which …" is a thing and ", who …" a person;
     * "X's chief executive" makes X an organisation; an appositive or a title before the name
     * describes it ("TechLedger, a technology news site", "the pro-Kremlin daily Izvestia").
     */
    private void gatherEvidence(List<SentenceView> sentences) {
        for (int si = 0; si < sentences.size(); si++) {
            SentenceView s = sentences.get(si);
            SentenceView nextSentence = si + 1 < sentences.size() ? sentences.get(si + 1) : null;
            for (Mention m : mentions(s.index())) {
                Entity e = canonical(m.entity());
                int[] votes = evidence.computeIfAbsent(e, k -> new int[SourceType.values().length]);
                int after = m.to();
                Token next = s.at(after);
                if (m.titleFrom() == 0 && !m.possessive() && nextSentence != null && nextSentence.size() > 2
                        && nextSentence.tokens[0].text().equals("Its")
                        && (nextSentence.tokens[1].tag().startsWith("NOUN") || lexicon.is("role", nextSentence.tokens[1].lower())
                                // "Its quarry/ADJ manager said …": a kind of post, then the post.
                                || nextSentence.tokens[1].tag().startsWith("ADJ") && lexicon.is("role", nextSentence.tokens[2].lower()))) {
                    // "Tansy Cosmetics disputed our results. Its founder, …": what opens a sentence and is "its" in the
                    // next is a body.
                    votes[SourceType.ORGANIZATION.ordinal()] += 2;
                }
                if (placeByContext(s, m)) {
                    placeEvidence.add(e);
                }
                Token article = s.at(m.titleFrom() - 1);
                if (article == null || !article.isAny("the")) {
                    e.namedWithoutThe = true;
                } else if (m.to() - m.from() == 1 && !m.possessive() && next != null && lexicon.cue(next.lower()) != null
                        && REPORTING_LEMMAS.contains(lexicon.cue(next.lower()).lemma())) {
                    // "The Mercury reported …": a one-word name after "the" that reports is a newspaper's short name.
                    votes[SourceType.OUTLET.ordinal()] += 2;
                }
                Token locative = article;
                if (m.possessive() || locative == null || !locative.isAny("in", "at", "near", "outside", "from", "off", "across",
                        "around", "into", "towards", "toward", "through")) {
                    // "closed the harbour at Westby": a name only ever after a preposition of place is somewhere, not a body.
                    e.namedOtherThanAsPlace = true;
                }
                if (next != null && !m.possessive() && next.isAny("herself", "himself")) {
                    // "Lindgren herself put clear water between herself and her coach": only a person is "herself", and
                    // which one says which.
                    votes[SourceType.PERSON.ordinal()] += 2;
                    e.gender = next.is("herself") ? Entity.Gender.FEMALE : Entity.Gender.MALE;
                }
                if (next != null && next.isComma() && s.at(after + 1) != null) {
                    Token relative = s.tokens[after + 1];
                    if (relative.isAny("which")) {
                        votes[SourceType.ORGANIZATION.ordinal()]++;
                    } else if (relative.isAny("who", "whose")) {
                        votes[SourceType.PERSON.ordinal()]++;
                    } else if (relative.isAny("a", "an", "the") || relative.possessive() || titledRun(s, after + 1)) {
                        int end = after + 1;
                        while (end < s.size() && !s.tokens[end].isComma() && !s.tokens[end].isAny("who", "which", "whose")
                                && !(s.tokens[end].is("that") && end > after + 2 && s.nounLike(end - 1))
                                && !(s.tokens[end].isPunct() && !s.tokens[end].text().equals("-") && !s.tokens[end].text().equals("&"))
                                && !(end > after + 2 && s.tokens[end].isAny("the", "its", "his", "her", "their") && s.nounLike(end - 1))) {
                            // "Sallin Strait, a boarding the ministry described as …": the description ends where a clause's subject starts.
                            end++;
                        }
                        boolean verb = false;
                        for (int k = after + 1; k < end; k++) {
                            Token t = s.tokens[k];
                            boolean participle = t.lower().endsWith("ing") || t.lower().endsWith("ed") && s.at(k + 1) != null
                                    && s.tokens[k + 1].isPreposition();
                            verb |= t.tag().equals("AUX") || t.tag().startsWith("VERB") && !participle;
                        }
                        // "worked for Shorewatch Enforcement, the private company that patrols …": after a preposition, only a
                        // word for a body is sure to describe the name before it.
                        boolean afterPreposition = m.titleFrom() > 0 && s.tokens[m.titleFrom() - 1].isPreposition();
                        if (end > after + 2 && end - after < 20 && !verb
                                && (!afterPreposition || ORG_NOUNS.contains(s.tokens[end - 1].lower()) && s.tokens[after + 1].isAny("the", "a", "an"))) {
                            String description = s.text(after + 1, end);
                            e.describe(description);
                            vote(votes, headNounBefore(s, after + 1, end));
                        }
                    }
                }
                if (!m.possessive() && next != null && next.text().equals("(")) {
                    describeBracketedRole(s, after, e, votes);
                }
                if (m.possessive() && next != null && (lexicon.is("role", next.lower()) || lexicon.is("title", next.lower())
                        || next.isAny("chief", "managing", "executive", "senior")) && !PERSONAL_ROLES.contains(next.lower())) {
                    votes[SourceType.ORGANIZATION.ordinal()]++;
                }
                if (!m.possessive() && next != null && !next.capitalised() && lexicon.is("role", next.lower())
                        && !lexicon.is("person_group", next.lower()) && mentionAt(s.index(), after + 1) != null) {
                    // "Calder manager Graham Tully": the body a named person works for.
                    votes[SourceType.ORGANIZATION.ordinal()]++;
                }
                Token kindRole = s.at(after + 1);
                if (!m.possessive() && next != null && !next.capitalised() && next.tag().equals("NOUN") && kindRole != null
                        && !kindRole.capitalised() && lexicon.is("role", kindRole.lower()) && !lexicon.is("person_group", kindRole.lower())
                        && mentionAt(s.index(), after + 2) != null) {
                    // "Mossbrook Fields festival director Dulcie Yelverton": a kind of role between the body and the person.
                    votes[SourceType.ORGANIZATION.ordinal()] += 2;
                }
                int before = m.titleFrom() - 1;
                if (before >= 0) {
                    Token prev = s.tokens[before];
                    if (prev.isQuoteMark() && before > 0) {
                        prev = s.tokens[--before];
                    }
                    String word = prev.lower();
                    Token following = s.at(m.to());
                    if (prev.isComma() && before >= 2 && s.tokens[before - 2].isAny("the", "its", "their")
                            && following != null && following.isComma() && (ORG_NOUNS.contains(s.tokens[before - 1].lower())
                                    || pluralOfWhatPeopleDo(s.tokens[before - 1]))
                            && (before == 2 || !s.tokens[before - 3].isPreposition())) {
                        // "The liquidators, Hartsmere Recovery, said …": a body's kind set before its name, between commas; not
                        // "Counsel for the insurer, Amir Shah, …", where the insurer is who the person works for.
                        votes[SourceType.ORGANIZATION.ordinal()] += 2;
                    }
                    if (word.equals("as") && before >= 2 && java.util.stream.IntStream.range(Math.max(0, before - 4), before)
                            .anyMatch(k -> s.tokens[k].isAny("name", "named", "identified", "introduced"))) {
                        // "The page's administrator, who gave his name only as Viggo": a person known by one name.
                        votes[SourceType.PERSON.ordinal()] += 2;
                    }
                    if (lexicon.is("role", word) && !lexicon.is("person_group", word) || lexicon.is("title", word)) {
                        votes[SourceType.PERSON.ordinal()]++;
                        describePrefix(s, before, e);
                    } else if (lexicon.is("outlet_noun", word)) {
                        votes[SourceType.OUTLET.ordinal()] += 2;
                        describePrefix(s, before, e);
                    } else if (ORG_NOUNS.contains(word)) {
                        votes[SourceType.ORGANIZATION.ordinal()]++;
                        describePrefix(s, before, e);
                    } else if ((word.equals("by") || word.equals("for")) && before >= 1 && (word.equals("by")
                            ? s.tokens[before - 1].isAny("employed", "hired", "contracted") : s.tokens[before - 1].isAny("work",
                            "works", "worked", "working"))) {
                        // "carers employed by Auldmere Care", "who has worked for Auldmere": whom people work for is a body, even
                        // when its name is two words like a person's.
                        votes[SourceType.ORGANIZATION.ordinal()]++;
                    } else if (word.equals("of") || word.equals("for") || word.equals("at")) {
                        Token role = s.at(before - 1);
                        Token det = s.at(before - 1);
                        if (role != null && (lexicon.is("role", role.lower()) || lexicon.is("title", role.lower()))
                                || det != null && det.is("the") && s.at(before - 2) != null && lexicon.is("role", s.tokens[before - 2].lower())) {
                            votes[SourceType.ORGANIZATION.ordinal()]++;
                        }
                    }
                }
            }
        }
    }

    /**
     * "the clockmakers, Thorncliffe Horology," "the caterers, Bellwood Kitchens,": one name set after the plural of a trade
     * is a firm, since no single person is plural.
     */
    private static boolean pluralOfWhatPeopleDo(Token word) {
        return word.tag().startsWith("NOUN") && word.lower().matches("[a-z-]{3,}(er|or|ist|ant|ician)s");
    }

    private static final Set<String> COMPASS = Set.of("southern", "northern", "eastern", "western", "central", "rural", "coastal");
    private final java.util.Set<Entity> usedAsPlace = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    /** "in southern Vestrana", "across Delmark": a one-word name used as a place, not a surname or a body's short form. */
    private static boolean regionOrTown(SentenceView s, Mention m) {
        Token before = s.at(m.titleFrom() - 1);
        return m.to() - m.from() == 1 && !m.possessive() && before != null
                && (before.isAny("across", "throughout") || COMPASS.contains(before.lower()));
    }

    private final java.util.Set<Entity> placeEvidence = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    /** "a factory in Monterrey, Mexico", "The Denver-based company": a name used only as a place. */
    private boolean placeByContext(SentenceView s, Mention m) {
        Token next = s.at(m.to());
        if (next != null && next.text().equals("-") && s.is(m.to() + 1, "based") || next != null && next.is("-based")) {
            return true;
        }
        Token before = s.at(m.titleFrom() - 1);
        if (before != null && before.isAny("rural", "central", "northern", "southern", "eastern", "western", "coastal", "upland", "inner",
                "outer", "greater", "suburban") && s.at(m.titleFrom() - 2) != null && s.at(m.titleFrom() - 2).isAny("in", "across",
                "around", "throughout")) {
            // "Thousands of homes in rural Rossenthwaite": a part of somewhere, so a place.
            return true;
        }
        if (before == null || !before.isAny("in", "at", "near", "outside", "from") || next == null || !next.isComma()) {
            return false;
        }
        Mention region = mentionAt(s.index(), m.to() + 1);
        return region != null && region.titleFrom() == m.to() + 1 && lexicon.isPlace(region.entity().name);
    }

    /** "John Kirby, White House National Security Council Coordinator for …": a capitalised title phrase. */
    private boolean titledRun(SentenceView s, int from) {
        for (int i = from; i < Math.min(s.size(), from + 10) && s.tokens[i].capitalised(); i++) {
            if (lexicon.is("title", FULL_STOP_END.matcher(s.tokens[i].lower()).replaceAll(""))) {
                return true;
            }
        }
        return false;
    }

    private void vote(int[] votes, String head) {
        if (head == null) {
            return;
        }
        if (lexicon.is("outlet_noun", head)) {
            votes[SourceType.OUTLET.ordinal()] += 2;
        } else if (ORG_NOUNS.contains(head)) {
            votes[SourceType.ORGANIZATION.ordinal()] += 2;
        } else if (lexicon.is("role", head) || lexicon.is("title", head)
                || lexicon.is("kin", head.substring(head.lastIndexOf('-') + 1))) {
            // "Ada Oruwa, a great-granddaughter of the last king": a relative is a person.
            votes[SourceType.PERSON.ordinal()] += 2;
        }
    }

    /**
     * "Present: Mrs Perpetua Orrell (Chair), Mr Kwabena Asante-Hale (Headteacher)": minutes and cast lists give a person's
     * role in brackets after the name, and later call them by it ("The Chair said …").
     */
    private void describeBracketedRole(SentenceView s, int open, Entity e, int[] votes) {
        int close = open + 1;
        while (close < s.size() && close <= open + 5 && !s.tokens[close].text().equals(")")) {
            close++;
        }
        if (close < s.size() && close > open + 1 && s.tokens[close].text().equals(")")
                && lexicon.is("role", s.tokens[close - 1].lower())) {
            e.describe(s.text(open + 1, close));
            e.listedRoles.add(s.tokens[close - 1].lower());
            // "(Mayor, in the Chair)": the office comes first.
            String office = s.text(open + 1, close).split(",")[0].strip();
            if (e.listedAs == null && office.matches("\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*)?")) {
                e.listedAs = office;
            }
            votes[SourceType.PERSON.ordinal()]++;
        }
    }

    /** The head noun of a description: the last noun before any preposition ("a news portal in South Korea" → portal). */
    private static String headNounBefore(SentenceView s, int from, int to) {
        String head = null;
        for (int i = from; i < to; i++) {
            Token t = s.tokens[i];
            if (t.isPreposition() && head != null) {
                break;
            }
            if (t.isNoun() || t.tag().startsWith("ADJ") && i == to - 1) {
                head = t.lower();
            }
        }
        return head;
    }

    /** "the pro-Kremlin daily Izvestia": the words from the determiner to the name describe it. */
    private void describePrefix(SentenceView s, int last, Entity e) {
        int start = last;
        while (start > 0) {
            Token t = s.tokens[start - 1];
            // ("the workers' chat/PRON group": a noun the tagger took for a pronoun goes on with the description.)
            if (t.isAny("the", "a", "an") || t.isPunct() || t.isVerb() || t.isPreposition() || t.isFunctionWord()
                    || t.tag().equals("PRON") && t.isAny("him", "them", "us", "me", "one", "itself", "themselves")) {
                break;
            }
            start--;
        }
        String description = s.text(start, last + 1).replaceAll("[\u201c\u201d\"]", "").strip();
        if (!description.isEmpty()) {
            e.describe(description);
        }
    }

    List<Mention> mentions(int sentence) {
        return mentionsBySentence.getOrDefault(sentence, List.of());
    }

    boolean hasSentence(int sentence) {
        return mentionsBySentence.containsKey(sentence);
    }

    Collection<Entity> entities() {
        return entities.stream().filter(e -> e.mentions > 0 || e.listedAsSource).toList();
    }

    Entity lookup(String name) {
        Entity e = byKey.get(key(name));
        return e == null ? null : canonical(e);
    }

    /** "Water" in "Callerby Water", "Foods" in "Elverton Foods": a word a company's name may end in, its trade. */
    boolean tradeWord(String word) {
        return lexicon.is("trade_word", word);
    }

    /** The mention covering token {@code i} of a sentence, if any. */
    Mention mentionAt(int sentence, int i) {
        for (Mention m : mentions(sentence)) {
            if (i >= m.titleFrom() && i < m.to()) {
                return m;
            }
        }
        return null;
    }

    private final Map<Entity, Entity> mergedInto = new HashMap<>();

    Entity canonical(Entity e) {
        Entity current = e;
        while (mergedInto.containsKey(current)) {
            current = mergedInto.get(current);
        }
        return current;
    }

    static String key(String name) {
        String k = name.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        k = SPACES.matcher(QUOTE_MARKS.matcher(k).replaceAll("")).replaceAll(" ").strip();
        k = KEY_THE.matcher(k).replaceAll("");
        return KEY_POSSESSIVE.matcher(k).replaceAll("");
    }

    private Entity entity(String name, int sentence) {
        String k = key(name);
        Entity e = byKey.get(k);
        if (e == null) {
            e = new Entity(entities.size(), name.replaceAll("^[\u201c\"]|[\u201d\"]$", ""), sentence);
            e.keys.add(k);
            entities.add(e);
            byKey.put(k, e);
        }
        return canonical(e);
    }

    /**
     * Where the name proper starts in a run: after a title such as "Ambassador" or "Council
     * President" (with its "to Russia" complement), when a name follows it.
     */
    private int coreStart(SentenceView s, NameRun run) {
        int core = run.from();
        for (int i = run.from(); i < run.to(); i++) {
            String word = FULL_STOP_END.matcher(s.tokens[i].lower()).replaceAll("");
            if (!lexicon.is("title", word)) {
                continue;
            }
            int after = i + 1;
            if (after < run.to() && s.tokens[after].isAny("to", "of", "for")) {
                int placeEnd = placeEnd(s, after + 1, run.to());
                if (placeEnd < 0) {
                    continue;
                }
                after = placeEnd;
            }
            if (after < run.to() && !onlyOrgWords(s, after, run.to())) {
                core = after;
            }
        }
        return core;
    }

    /** "Pennar General Hospital": a title word followed only by an organisation word is part of the name. */
    private boolean onlyOrgWords(SentenceView s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!lexicon.is("org_keyword", s.tokens[i].bare().toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    /** End of the longest known place starting at {@code from}, or -1. */
    private int placeEnd(SentenceView s, int from, int limit) {
        for (int end = Math.min(limit, from + 4); end > from; end--) {
            if (lexicon.isPlace(POSSESSIVE_END.matcher(s.text(from, end)).replaceAll(""))) {
                return end;
            }
        }
        return -1;
    }

    private void mentionsOf(SentenceView s, NameRun run, Map<String, Integer> standalone, List<Mention> out) {
        int core = coreStart(s, run);
        if (core >= run.to() || onlyAdjectives(s, core, run.to()) || onlyTitles(s, run.from(), run.to())) {
            return;
        }
        int titleFrom = run.from();
        int from = core;
        // "Voice of America John Kirby", "Russia Sin Hong Chol": a known name glued to another.
        while (from < run.to()) {
            int split = splitPoint(s, from, run.to(), standalone);
            int end = split > 0 ? split : run.to();
            boolean possessive = end == run.to() && run.possessive();
            String text = POSSESSIVE_END.matcher(s.text(from, end)).replaceAll("");
            if (!onlyAdjectives(s, from, end)) {
                Entity e = entity(text, s.index());
                e.mentions++;
                if (from == core && core > titleFrom) {
                    String title = s.text(titleFrom, core);
                    if (!HONORIFICS.contains(title.toLowerCase(Locale.ROOT).replaceAll("\\.$", ""))) {
                        e.describe(title);
                    }
                    noteGender(e, title);
                }
                out.add(new Mention(s.index(), from == core ? titleFrom : from, from, end, possessive, e));
            }
            from = end;
        }
    }

    private int splitPoint(SentenceView s, int from, int to, Map<String, Integer> standalone) {
        if (to - from < 3) {
            return -1;
        }
        for (int cut = to - 2; cut > from; cut--) {
            String prefix = s.text(from, cut);
            String suffix = s.text(cut, to).replaceAll("['\u2019]s?$", "");
            if (s.tokens[cut - 1].lower().matches("of|for|the|&|de|van|von")) {
                continue;
            }
            // Only organisations, outlets and places are split off: a person's first name alone is not a reason to split.
            boolean prefixKnown = lexicon.isPlace(prefix) || byKey.containsKey(key(prefix)) && byKey.get(key(prefix)).listedAsSource
                    || standalone.getOrDefault(key(prefix), 0) > 0 && (hasKeyword(prefix) || isAcronym(prefix));
            boolean suffixPerson = to - cut >= 2 && !hasKeyword(suffix) && !lexicon.isPlace(suffix);
            if (prefixKnown && (suffixPerson || standalone.getOrDefault(key(suffix), 0) > 0)) {
                return cut;
            }
        }
        return -1;
    }

    /**
     * "Marguerite and Felix Osei-Tremayne": two first names sharing the surname after the second, so the first is
     * "Marguerite Osei-Tremayne"; null when the runs are not such a pair. Both must be common first names, so
     * "Nokia and Tim Cook" stays two names.
     */
    private String sharedSurname(SentenceView s, NameRun first, NameRun second) {
        if (first.length() != 1 || first.possessive() || second.from() != first.to() + 1 || !s.is(first.to(), "and")
                || second.length() < 2 || lexicon.genderOfFirstName(s.tokens[first.from()].text()) == Entity.Gender.UNKNOWN
                || lexicon.genderOfFirstName(s.tokens[second.from()].text()) == Entity.Gender.UNKNOWN) {
            return null;
        }
        String[] rest = s.text(second.from() + 1, second.to()).replaceAll("['\u2019]s?$", "").split("\\s+");
        return rest[rest.length - 1];
    }

    /**
     * "Mr Osei-Tremayne … Mrs Osei-Tremayne said": one surname with titles of both genders is two people, so a titled
     * surname goes to the person of that surname whose gender fits the title, when the one it was linked to does not.
     */
    private void fitTitlesToGender(List<SentenceView> sentences) {
        // Read once per person: a full name's own gender does not change as short titled mentions are moved between people.
        Map<Entity, Entity.Gender> known = new HashMap<>();
        java.util.function.Function<Entity, Entity.Gender> own = e -> known.computeIfAbsent(e, x -> ownGender(x, sentences));
        for (SentenceView s : sentences) {
            List<Mention> ms = mentionsBySentence.get(s.index());
            for (int j = 0; j < ms.size(); j++) {
                Mention m = ms.get(j);
                if (m.titleFrom() == m.from() || m.to() - m.from() != 1) {
                    continue;
                }
                Entity.Gender titled = genderOfCue(s.text(m.titleFrom(), m.from()));
                Entity linked = canonical(m.entity());
                if (titled == Entity.Gender.UNKNOWN) {
                    continue;
                }
                String surname = s.text(m.from(), m.to()).replaceAll("['\u2019]s?$", "");
                // "Jabez Trevallion … His daughter, Nerys Trevallion … Ms Trevallion said": the titles of the short name
                // have run together on the one it was linked to, so what each full name says of itself decides.
                Entity described = personDescribedAs(surname, titled, own);
                Entity fitting = described != null && own.apply(linked) != titled ? described
                        : likelyGender(linked) == Entity.Gender.UNKNOWN || likelyGender(linked) == titled ? null
                        : personBySurname(surname, titled);
                if (fitting != null && fitting != linked) {
                    fitting.gender = titled;
                    ms.set(j, new Mention(m.sentence(), m.titleFrom(), m.from(), m.to(), m.possessive(), fitting));
                }
            }
        }
    }

    /**
     * What is known of a person's gender, else what the first name suggests ("Felix Osei-Tremayne"). Only for matching a
     * title to a name, or to rule a name out for a pronoun of the other gender: a pronoun goes by what is known, so
     * "Thewlis … he" is not taken by a "Callum Reid" nearby, but "she" is not "Councillor Ragnar Purslow".
     */
    Entity.Gender likelyGender(Entity e) {
        String[] words = SPACES.split(e.name);
        return e.gender != Entity.Gender.UNKNOWN || words.length < 2 ? e.gender : lexicon.genderOfFirstName(words[0]);
    }

    /**
     * A person's gender by their own first name or the role set before their full name ("His daughter, Nerys
     * Trevallion"), not by the titles a shared surname was given.
     */
    private Entity.Gender ownGender(Entity e, List<SentenceView> sentences) {
        String[] words = SPACES.split(e.name);
        Entity.Gender g = words.length < 2 ? Entity.Gender.UNKNOWN : lexicon.genderOfFirstName(words[0]);
        for (SentenceView s : sentences) {
            for (Mention m : mentionsBySentence.getOrDefault(s.index(), List.of())) {
                if (g != Entity.Gender.UNKNOWN) {
                    return g;
                }
                if (canonical(m.entity()) == e && m.to() - m.from() >= 2 && m.from() >= 2 && s.tokens[m.from() - 1].isComma()) {
                    int from = m.from() - 1;
                    while (from > 0 && m.from() - from < 4 && !s.tokens[from - 1].isPunct()) {
                        from--;
                    }
                    g = genderOfCue(s.text(from, m.from() - 1));
                }
            }
        }
        return g;
    }

    /** Of two or more named people sharing a surname, the one whose own name or description fits the gender; else null. */
    private Entity personDescribedAs(String surname, Entity.Gender gender, java.util.function.Function<Entity, Entity.Gender> own) {
        Set<Entity> sharing = new java.util.LinkedHashSet<>();
        for (Entity e : entities) {
            Entity c = canonical(e);
            if (c.name.endsWith(" " + surname) && !hasKeyword(c.name)) {
                sharing.add(c);
            }
        }
        List<Entity> fitting = sharing.stream().filter(c -> own.apply(c) == gender).toList();
        return sharing.size() >= 2 && fitting.size() == 1 ? fitting.get(0) : null;
    }

    /** The one named person of that surname and gender, or null when none or several. */
    private Entity personBySurname(String surname, Entity.Gender gender) {
        Entity found = null;
        for (Entity e : entities) {
            Entity c = canonical(e);
            if (likelyGender(c) == gender && c != found && c.name.endsWith(" " + surname) && !hasKeyword(c.name)) {
                if (found != null) {
                    return null;
                }
                found = c;
            }
        }
        return found;
    }

    /** "The local MP, Anita Crewe", "Chief Executive": a title with no name is a role, not someone's name. */
    private boolean onlyTitles(SentenceView s, int from, int to) {
        if (to - from == 1 && from > 0 && s.tokens[from - 1].is("the") && s.tokens[from].capitalised()
                && lexicon.is("outlet_keyword", s.tokens[from].lower())) {
            // "told the Courier", "the Observer reported": a newspaper's name, though a courier or an observer is a person.
            return false;
        }
        for (int i = from; i < to; i++) {
            String w = s.tokens[i].bare().toLowerCase(Locale.ROOT).replaceAll("\\.$", "");
            if (!lexicon.is("title", w) && !lexicon.is("role", w)) {
                return false;
            }
        }
        return from > 0 && !NameFinder.initialPosition(s, from);
    }

    private boolean onlyAdjectives(SentenceView s, int from, int to) {
        for (int i = from; i < to; i++) {
            String w = s.tokens[i].bare();
            if (!lexicon.isDemonym(w) && !DIRECTIONS.contains(w.toLowerCase(Locale.ROOT)) && !w.equals("-")
                    && !lexicon.isDemonym(w.replaceAll("s$", ""))) {
                return false;
            }
        }
        // "Russians" names people; "Russian" alone is an adjective.
        return !s.tokens[to - 1].bare().endsWith("s") || to - from > 1;
    }

    /** Names already read for a keyword: linking short forms asks about every name once for every other name. */
    private final Map<String, Boolean> keywordNames = new HashMap<>();

    private boolean hasKeyword(String name) {
        return keywordNames.computeIfAbsent(name, this::readHasKeyword);
    }

    private boolean readHasKeyword(String name) {
        if (name.contains(" & ")) {
            // "Whitlow & Marsh": a firm of partners, so a bare "Marsh" is the person Toby Marsh, not the firm.
            return true;
        }
        for (String w : SPACES.split(name.toLowerCase(Locale.ROOT))) {
            if (lexicon.is("org_keyword", w) || lexicon.is("outlet_keyword", w)) {
                return true;
            }
        }
        return false;
    }

    /** The one person whose name ends in {@code surname} ("Harlow" → Imogen Harlow), or null when none or several. */
    Entity personBySurname(String surname) {
        Entity found = null;
        for (Entity e : entities()) {
            Entity c = canonical(e);
            if (c.type == SourceType.PERSON && c != found && c.name.endsWith(" " + surname)) {
                if (found != null) {
                    return null;
                }
                found = c;
            }
        }
        return found;
    }

    /** Short forms point to the full name: surnames, acronyms, misspellings, "the Courier". */
    private void linkShortForms() {
        List<Entity> all = new ArrayList<>(entities);
        for (Entity shortForm : all) {
            if (mergedInto.containsKey(shortForm)) {
                continue;
            }
            Entity target = longFormOf(shortForm, all);
            if (target != null && target != shortForm) {
                merge(shortForm, target);
            }
        }
    }

    /**
     * "a user called Clastic, who has since identified herself as Elspeth Corran": the label and the name are one person,
     * known by the name.
     */
    private void linkSelfIdentified(List<SentenceView> sentences) {
        for (SentenceView s : sentences) {
            List<Mention> ms = mentions(s.index());
            for (int j = 0; j + 1 < ms.size(); j++) {
                Mention label = ms.get(j);
                Mention name = ms.get(j + 1);
                int as = name.titleFrom() - 1;
                if (!s.is(label.to(), ",") || !s.is(label.to() + 1, "who") || !s.isAny(as, "as") || as - label.to() > 7
                        || !s.isAny(as - 1, "herself", "himself", "themselves") || !s.text(label.to(), as).contains("identified")
                        || canonical(label.entity()) == canonical(name.entity())) {
                    continue;
                }
                merge(canonical(label.entity()), canonical(name.entity()));
                canonical(name.entity()).gender = s.is(as - 1, "herself") ? Entity.Gender.FEMALE
                        : s.is(as - 1, "himself") ? Entity.Gender.MALE : canonical(name.entity()).gender;
            }
        }
    }

    private Entity longFormOf(Entity shortForm, List<Entity> allNames) {
        String k = shortForm.keys.iterator().next();
        String[] words = k.split(" ");
        // "Ashgill said the figure bore no relation …" after "Ashgill Water said …": a name that opens with the same word but
        // only comes later ("a group calling itself Ashgill Won't Pay") is not what the short form stood for.
        boolean namedBefore = allNames.stream().anyMatch(c -> c != shortForm && !mergedInto.containsKey(c)
                && c.firstSentence <= shortForm.firstSentence && c.keys.iterator().next().startsWith(k + " "));
        List<Entity> all = namedBefore ? allNames.stream().filter(c -> c == shortForm || c.firstSentence <= shortForm.firstSentence
                || !c.keys.iterator().next().startsWith(k + " ")).toList() : allNames;
        // "Auldmere Care in Benthwick" beside "Benthwick Herald" and "Benthwick Carers Together": a word that opens several
        // names is the place they are named after, not short for one of them. Asked once, not for every candidate.
        boolean opensSeveral = words.length == 1 && !uniqueFirstWord(k, all);
        Entity best = null;
        int bestScore = 0;
        for (Entity candidate : all) {
            if (candidate == shortForm || mergedInto.containsKey(candidate)) {
                continue;
            }
            if (shortForm.gender != Entity.Gender.UNKNOWN && likelyGender(candidate) != Entity.Gender.UNKNOWN
                    && shortForm.gender != likelyGender(candidate)) {
                // "Mrs Osei-Tremayne" beside "Marguerite and Felix Osei-Tremayne": she is not Felix.
                continue;
            }
            String ck = candidate.keys.iterator().next();
            String[] cw = ck.split(" ");
            int score = 0;
            if (cw.length > words.length && words.length == 1 && !lexicon.isPlace(shortForm.name) && !usedAsPlace.contains(shortForm)) {
                // ("Cradlewell Voyager 360", a model with its number, is no full name that "Cradlewell" could be short for; nor is
                // the chat group "Vellaby Line Two" what the town "Vellaby" stands for.)
                // (Nor is "Plug In Tarnwick", whose "In" no person's name has, what the town "Tarnwick" stands for.)
                boolean personLike = !hasKeyword(candidate.name) && !lexicon.isPlace(candidate.name) && !candidate.listedAsSource
                        && !cw[cw.length - 1].matches("\\d+|one|two|three|four|five|six|seven|eight|nine|ten|ii|iii|iv")
                        && java.util.Arrays.stream(cw).noneMatch(NAME_FUNCTION_WORDS::contains);
                for (int i = 0; i < cw.length; i++) {
                    String w = cw[i];
                    if (opensSeveral && i == 0) {
                        continue;
                    }
                    if (w.equals(k) && (personLike || isAcronym(shortForm.name))) {
                        score = 3;
                    } else if (personLike && k.length() >= 6 && w.length() >= 6 && w.charAt(0) == k.charAt(0)
                            && editDistance(w, k) <= 2 && !byKeyIsFrequent(k)) {
                        score = Math.max(score, 2);
                    }
                }
                if (hasKeyword(candidate.name) && ck.endsWith(" " + k)) {
                    score = Math.max(score, 2);
                }
                if (cw[0].equals(k) && (onlyOrgWordsAfterFirst(cw) || cw.length <= 4 && lexicon.is("org_keyword", cw[cw.length - 1]))
                        && !opensSeveral) {
                    // "Kestner" for "Kestner Chemicals", "Halloway" for "Halloway Farms", "Gallowcroft" for "Gallowcroft Waste
                    // Services".
                    score = Math.max(score, 2);
                }
            }
            // "From the PTA" is not Philippa Trenowden-Amofah: a person is not called by initials that happen to fit.
            if (isAcronym(shortForm.name) && acronymOf(candidate.name).equals(shortForm.name)
                    && likelyGender(candidate) == Entity.Gender.UNKNOWN) {
                score = 4;
            }
            if (!ck.equals(k) && (ck.equals(k + "s") || k.equals(ck + "s")) && (candidate.listedAsSource || shortForm.listedAsSource)) {
                score = candidate.listedAsSource ? 4 : 0;
            }
            if (score > bestScore || score == bestScore && score > 0 && best != null && candidate.mentions > best.mentions) {
                best = candidate;
                bestScore = score;
            }
        }
        return best;
    }

    private boolean onlyOrgWordsAfterFirst(String[] words) {
        for (int i = 1; i < words.length; i++) {
            if (!lexicon.is("org_keyword", words[i])) {
                return false;
            }
        }
        return words.length > 1;
    }

    /** Only one organisation starts with the word, so the short form cannot mean another one. */
    private boolean uniqueFirstWord(String k, List<Entity> all) {
        int count = 0;
        for (Entity e : all) {
            if (e.keys.iterator().next().startsWith(k + " ") && !mergedInto.containsKey(e)) {
                count++;
            }
        }
        return count == 1;
    }

    private boolean byKeyIsFrequent(String k) {
        Entity e = byKey.get(k);
        return e != null && e.mentions >= 3;
    }

    private void merge(Entity from, Entity into) {
        mergedInto.put(from, into);
        into.keys.addAll(from.keys);
        into.mentions += from.mentions;
        into.listedAsSource |= from.listedAsSource;
        for (String d : from.descriptions) {
            into.describe(d);
        }
        if (into.gender == Entity.Gender.UNKNOWN) {
            into.gender = from.gender;
        }
        if (from.listedAsSource && !into.listedAsSource) {
            into.name = from.name;
        }
        for (String k : from.keys) {
            byKey.put(k, into);
        }
    }

    private void classify() {
        for (Entity e : entities) {
            if (mergedInto.containsKey(e)) {
                continue;
            }
            e.type = typeOf(e);
        }
    }

    /** What an unnamed source's head noun makes it: "observatory" an organisation, "ministry" a government body. */
    SourceType typeOfHead(String head) {
        String lower = head == null ? "" : head.toLowerCase(Locale.ROOT);
        if (GOVERNMENT_WORDS.contains(lower)) {
            return SourceType.GOVERNMENT;
        }
        return lexicon.is("org_keyword", lower) ? SourceType.ORGANIZATION : SourceType.UNKNOWN;
    }

    /** Nouns that, as the head of a description, make a body of what they describe; never a person's job. */
    private static final Set<String> COLLECTIVE_HEADS = Set.of("group", "company", "firm", "charity", "organisation", "organization",
            "association", "union", "society", "club", "coalition", "alliance", "network", "trust", "body", "consultancy",
            "watchdog", "campaign", "retailer", "chain", "federation", "foundation", "institute", "party", "regulator");

    /** "an election law specialist at the University of Kastrello" → "specialist": the description's own noun. */
    private static String descriptionHead(String description) {
        String core = description.toLowerCase(Locale.ROOT).split("\\s+(?:of|at|in|for|from|with|who|which|that|on|to|by)\\s+")[0]
                .replaceAll("[^\\p{L}\\s'-]", "").strip();
        String[] words = core.split("\\s+");
        return words[words.length - 1];
    }

    private SourceType typeOf(Entity e) {
        String lower = e.name.toLowerCase(Locale.ROOT);
        if (lexicon.isPlace(e.name) || lexicon.countryOfCapital(e.name) != null) {
            e.place = true;
            return SourceType.GOVERNMENT;
        }
        if (placeEvidence.contains(e) && !hasKeyword(e.name)) {
            e.place = true;
            return SourceType.UNKNOWN;
        }
        for (String w : GOVERNMENT_WORDS) {
            if (lower.contains(w)) {
                return SourceType.GOVERNMENT;
            }
        }
        if (e.listedAsSource || lexicon.is("platform", lower)) {
            return SourceType.OUTLET;
        }
        String[] words = lower.split("\\s+");
        String last = words[words.length - 1];
        if (words.length >= 2 && (LEGAL_SUFFIXES.contains(last.replace(".", ""))
                || lower.matches(".*\\p{L}s['\u2019]\\s+\\S.*"))) {
            // "Lanmoor Beekeepers' Circle": a plural possessive inside the name says whose body it is.
            // "Harbour Holdings Ltd", "Daily Courier Media plc": a company by its legal form, whatever its other words.
            return SourceType.ORGANIZATION;
        }
        if (words.length >= 2 && lexicon.is("org_keyword", last) && !lexicon.is("outlet_keyword", last) && java.util.Arrays.stream(words)
                .allMatch(w -> !lexicon.is("outlet_keyword", w) || NAME_WORDS_OF_OUTLETS.contains(w))) {
            // "Competition Review Board", "Guild of Independent Opticians": a body by its last word, though "review" and
            // "independent" may name a paper. "Harbour Press Agency" is still a news agency.
            return SourceType.ORGANIZATION;
        }
        if (words.length >= 2 && REGULATOR_HEADS.contains(last)) {
            // "Broadcast Licensing Authority", "Press Complaints Commission": a body that oversees the media is not one of them.
            return SourceType.ORGANIZATION;
        }
        for (String w : words) {
            if (lexicon.is("outlet_keyword", w)) {
                return SourceType.OUTLET;
            }
        }
        // ("the postal company Ledgerpost": a body described by its kind is no paper, whatever its name ends in.)
        boolean describedAsBody = e.descriptions.stream()
                .anyMatch(d -> ORG_NOUNS.contains(d.substring(d.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT)));
        for (String suffix : List.of("wire", "news", "times", "post", "press", "ledger", "radio", "tv")) {
            if (last.endsWith(suffix) && last.length() > suffix.length() + 2 && !describedAsBody) {
                return SourceType.OUTLET;
            }
        }
        for (String w : words) {
            if (lexicon.is("org_keyword", w)) {
                return SourceType.ORGANIZATION;
            }
        }
        if (words.length >= 2 && e.gender == Entity.Gender.UNKNOWN && tradeWord(last)) {
            // "Tarvenny Environmental", "Fernthwaite Grounds": a name ending in a trade is a company's.
            return SourceType.ORGANIZATION;
        }
        if (lexicon.isCampaignName(lower)) {
            // A campaign's name is no person's.
            return SourceType.ORGANIZATION;
        }
        if (words.length >= 3 && java.util.Arrays.asList(words).subList(1, words.length - 1).contains("for")) {
            // "Fair Results for Ibbotsholme", "Parents for Safer Roads": no person's name goes on over "for".
            return SourceType.ORGANIZATION;
        }
        if (e.name.matches("\\p{Lu}[\\p{L}'\u2019-]+ & \\p{Lu}[\\p{L}'\u2019-]+")) {
            // "Pargeter & Wolde", "Hollis & Crane": two surnames joined by "&" name a firm of partners, whatever the role
            // nouns around it ("the family's solicitors, …") would vote.
            return SourceType.ORGANIZATION;
        }
        if (e.gender != Entity.Gender.UNKNOWN && words.length >= 2 && words.length <= 4) {
            // "Mr Penrice": a full name with a gender is a person's, whatever an "its" nearby seemed to say of it.
            return SourceType.PERSON;
        }
        if (e.gender == Entity.Gender.UNKNOWN && e.descriptions.stream().anyMatch(d -> COLLECTIVE_HEADS.contains(descriptionHead(d))
                && java.util.Arrays.stream(d.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")).noneMatch(w -> lexicon.is("outlet_keyword", w)))) {
            // "The monitoring group, Fair Count Mereth, said …": what the article calls it is a body, whatever the name looks like.
            return SourceType.ORGANIZATION;
        }
        if (words.length == 1 && e.name.matches("\\p{Lu}\\p{L}+['\u2019]s") && !PLACE_WORDS.contains(lower.replaceAll("['\u2019]s$", ""))) {
            // "Yardy's, whose Riccall store …": a name that keeps its "'s" as its own is a shop's or a firm's, not a person's.
            return SourceType.ORGANIZATION;
        }
        // "farmed Upper Scarth", "from Nether Wallop": a place's name, which no one's first name begins like.
        boolean placeLike = e.gender == Entity.Gender.UNKNOWN && words.length >= 2 && PLACE_PREFIXES.contains(words[0]);
        int[] votes = evidence.get(e);
        if (isAcronym(e.name)) {
            // "the state broadcaster OTR" is an outlet; other acronyms are organisations.
            boolean outlet = votes != null && votes[SourceType.OUTLET.ordinal()] > votes[SourceType.ORGANIZATION.ordinal()];
            return outlet ? SourceType.OUTLET : SourceType.ORGANIZATION;
        }
        if (votes != null) {
            int best = -1;
            for (int i = 0; i < votes.length; i++) {
                if (votes[i] > 0 && (best < 0 || votes[i] > votes[best])) {
                    best = i;
                }
            }
            if (best >= 0) {
                return placeLike && best == SourceType.PERSON.ordinal() ? SourceType.UNKNOWN : SourceType.values()[best];
            }
        }
        for (String w : words) {
            if (PLACE_WORDS.contains(w) || lexicon.isDemonym(capitalise(w)) && w.equals(last)) {
                return SourceType.UNKNOWN;
            }
        }
        if (words.length >= 2 && words.length <= 4) {
            return placeLike ? SourceType.UNKNOWN : SourceType.PERSON;
        }
        if (words.length == 1 && !e.namedWithoutThe) {
            // "the Mercury", never bare: a thing's or a body's name, not a person's.
            return SourceType.UNKNOWN;
        }
        return e.gender != Entity.Gender.UNKNOWN ? SourceType.PERSON : SourceType.UNKNOWN;
    }

    private static final Set<String> LEGAL_SUFFIXES = Set.of("ltd", "limited", "plc", "inc", "llc", "llp", "gmbh", "ag", "sa",
            "bv", "nv", "pty", "corp");
    private static final Set<String> REPORTING_LEMMAS = Set.of("report", "publish", "print", "quote", "cite", "run",
            "carry");

    private static final Set<String> PLACE_PREFIXES = Set.of("upper", "lower", "nether", "north", "south", "east", "west", "great",
            "little", "middle", "high", "low");
    private static final Set<String> PLACE_WORDS = Set.of("peninsula", "asia", "europe", "africa", "america", "sea", "ocean",
            "river", "mountains", "mountain", "valley", "island", "islands", "isles", "curtain", "war", "street", "road", "lane",
            "square", "park", "bridge", "station", "airport", "coast", "bay", "lake", "gulf", "strait", "region", "province",
            "county", "district", "city", "town", "village", "hall", "avenue", "karst", "desert", "forest", "canal", "pier",
            "port", "harbour", "harbor", "dam", "reservoir", "elementary", "stadium", "arena", "tower", "building", "mill", "row", "hills",
            "terrace", "crescent", "estate");

    private static String capitalise(String w) {
        return w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }

    private static final java.util.regex.Pattern TITLED_POSSESSOR = java.util.regex.Pattern.compile(
            "\\b(?:mr|mrs|ms|miss|dame|lady|sir|lord|dr)\\.?\\s+(?:[\\p{L}-]+\\s+)?[\\p{L}-]+['\u2019]s?(?=\\s|$)");

    void noteGender(Entity e, String cue) {
        Entity.Gender g = genderOfCue(cue);
        if (g != Entity.Gender.UNKNOWN) {
            e.gender = g;
        }
    }

    private static Entity.Gender genderOfCue(String cue) {
        // "his agent", "her lawyer": a possessive in a description is someone else's, so it says nothing of this person;
        // nor does the title of a named possessor ("Ms Reyes's lawyer").
        String c = TITLED_POSSESSOR.matcher(cue.toLowerCase(Locale.ROOT)).replaceAll(" ");
        // "his father, Rui Brennock": a kinship word is this person's own, unless it is a possessor ("her son's school").
        if (MALE_CUE.matcher(c).matches()) {
            return Entity.Gender.MALE;
        } else if (FEMALE_CUE.matcher(c).matches()) {
            return Entity.Gender.FEMALE;
        }
        return Entity.Gender.UNKNOWN;
    }

    private static final java.util.regex.Pattern MALE_CUE = java.util.regex.Pattern.compile(".*\\b(mr|sir|lord|baron|duke|earl|king|prince|spokesman|chairman|congressman|councilman|assemblyman|alderman|he|him"
                + "|father|son|brother|husband|uncle|grandfather|nephew|grandson)\\b(?!['\u2019]).*");
    private static final java.util.regex.Pattern FEMALE_CUE = java.util.regex.Pattern.compile(".*\\b(mrs|ms|miss|dame|lady|baroness|duchess|countess|queen|princess|spokeswoman|chairwoman|congresswoman|councilwoman|assemblywoman|alderwoman|she"
                + "|mother|daughter|sister|wife|aunt|grandmother|niece|granddaughter)\\b(?!['\u2019]).*");

    static boolean isAcronym(String name) {
        return name.length() >= 2 && name.length() <= 6 && name.chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
    }

    static String acronymOf(String name) {
        StringBuilder b = new StringBuilder();
        for (String w : NAME_PARTS.split(name)) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                b.append(w.charAt(0));
            }
        }
        return b.toString();
    }

    static int editDistance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
