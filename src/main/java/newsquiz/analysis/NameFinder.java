package newsquiz.analysis;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds names by capitalisation and part of speech, not by lists of names: "Sin Hong Chol",
 * "Ministry of Foreign Affairs of the Donetsk People's Republic", "Korvant-Halberg".
 */
final class NameFinder {
    private static final java.util.regex.Pattern FULL_STOP_END = java.util.regex.Pattern.compile("\\.$");

    private static final Set<String> CALENDAR = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "january", "february", "march", "april", "june", "july", "august", "september", "october", "november",
            "december", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sept.", "sep.", "oct.", "nov.", "dec.");
    private static final Set<String> CONNECTORS = Set.of("of", "for", "the", "de", "del", "da", "van", "von", "der", "den",
            // "Aves y Naturaleza", "Arts et Métiers", "Ricerca e Sviluppo": "and" in the languages the names come from.
            "la", "le", "al", "bin", "&", "du", "des", "do", "dos", "das", "di", "della", "delle", "dello", "dei", "degli", "ibn", "y", "e", "et");
    private static final Set<String> PERSONAL_TITLES = Set.of("mr", "mrs", "ms", "miss", "mx", "dr");
    private static final Set<String> NEVER_NAMES = Set.of("i", "i'm", "i've", "i'd", "i'll", "ok", "tv",
            // "Thousands of homes in rural Rossenthwaite will wait …": a number of things opening a sentence names nobody.
            "thousands", "hundreds", "dozens", "millions", "billions", "scores");

    private final Lexicon lexicon;
    private final Set<String> capitalisedMidSentence;
    /** Words capitalised mid-sentence where no capitalised word stands before them: words that open a name. */
    private final Set<String> openingMidSentence = new HashSet<>();
    private final Set<String> lowercaseWords = new HashSet<>();

    NameFinder(Lexicon lexicon, List<SentenceView> sentences) {
        this.lexicon = lexicon;
        this.capitalisedMidSentence = new HashSet<>();
        for (SentenceView s : sentences) {
            for (int i = 0; i < s.size(); i++) {
                Token t = s.tokens[i];
                if (!initialPosition(s, i) && t.capitalised() && Character.isLetter(t.text().charAt(0))) {
                    capitalisedMidSentence.add(t.bare().toLowerCase(Locale.ROOT));
                    if (!s.tokens[i - 1].capitalised()) {
                        openingMidSentence.add(t.bare().toLowerCase(Locale.ROOT));
                    }
                }
                if (Character.isLowerCase(t.text().charAt(0))) {
                    lowercaseWords.add(t.lower());
                }
            }
        }
    }

    List<NameRun> find(SentenceView s) {
        List<NameRun> runs = new ArrayList<>();
        int i = 0;
        while (i < s.size()) {
            int handleEnd = handleEnd(s, i);
            if (handleEnd > i) {
                runs.add(new NameRun(s.index(), i, handleEnd, s.text(i, handleEnd), false));
                i = handleEnd;
                continue;
            }
            if (!startsName(s, i)) {
                i++;
                continue;
            }
            int end = i + 1;
            boolean possessive = s.tokens[i].possessive();
            while (end < s.size() && (!possessive || possessiveInsideName(s, end) || ownerInsideName(s, i, end))) {
                int next = continuation(s, i, end);
                if (next < 0) {
                    break;
                }
                end = next + 1;
                possessive = s.tokens[next].possessive();
            }
            if (officeTitle(s, i, end)) {
                // "The Work and Pensions Secretary, Hippolyta Embleton, told …": the office names no one; its holder is named
                // beside it.
                if (!runs.isEmpty() && runs.get(runs.size() - 1).to() == i - 1 && s.is(i - 1, "and")) {
                    runs.remove(runs.size() - 1);
                }
                i = end;
                continue;
            }
            runs.add(new NameRun(s.index(), i, end, bareText(s, i, end, possessive), possessive));
            i = end;
        }
        return runs;
    }

    /**
     * Whether the sentence's first word is written with a capital elsewhere too. "Residents of the Whinnock Fields estate say
     * …" is not a name because the article has "the Whinnock Fields Residents' Association": a common word capitalised only
     * inside another name does not open one.
     */
    private boolean capitalisedAsAName(SentenceView s, int i) {
        String word = s.tokens[i].bare().toLowerCase(Locale.ROOT);
        if (!capitalisedMidSentence.contains(word)) {
            return false;
        }
        boolean commonWord = lexicon.is("person_group", word) || lexicon.is("role", word);
        // "Police said …" is still the force named elsewhere ("Westdale Police"); only a run through "of" would be new.
        return !commonWord || openingMidSentence.contains(word) || !s.isAny(i + 1, "of");
    }

    private static final Set<String> OFFICES = Set.of("secretary", "minister", "chancellor", "commissioner");

    /**
     * "the Health Secretary", "Britain's Foreign Minister", "the Work and Pensions Secretary": capitalised words ending in an
     * office after "the", a possessive or "and": a title, not a name.
     */
    private static boolean officeTitle(SentenceView s, int from, int to) {
        if (to - from < 2 || !OFFICES.contains(s.tokens[to - 1].lower()) || from == 0 || s.tokens[to - 2].possessive()) {
            return false;
        }
        Token before = s.tokens[from - 1];
        return before.isAny("the", "and") || before.possessive();
    }

    /**
     * "@MillStreetTea", which the tokenizer splits at its capitals ("@MillStreet", "Tea" or "@", "QuayStreet", "Tea"): a
     * handle is one name, all the glued tokens after its "@"; the end of them, or {@code i} when no handle starts at i.
     */
    private static int handleEnd(SentenceView s, int i) {
        if (!s.tokens[i].text().startsWith("@") || s.tokens[i].quoted() && s.tokens[i].text().equals("@")) {
            return i;
        }
        int end = i + 1;
        while (end < s.size() && s.tokens[end].start() == s.tokens[end - 1].end() && s.tokens[end].text().matches("[\\p{L}\\d_]+")) {
            end++;
        }
        return end > i + 1 || s.tokens[i].text().length() > 1 ? end : i;
    }

    /** Index of the token that extends a run ending before {@code at}, skipping connectors and hyphens; -1 if none. */
    private int continuation(SentenceView s, int runStart, int at) {
        Token t = s.tokens[at];
        if (nameWord(s, at) && !t.isQuoteMark() || t.text().equals("TV")) {
            // "Harwick TV": "TV" never opens a name but can end one.
            return at;
        }
        if (t.text().length() > 1 && t.text().charAt(0) == '-' && Character.isUpperCase(t.text().charAt(1))
                && t.start() == s.tokens[at - 1].end()) {
            return at;
        }
        Token before = s.tokens[at - 1];
        if (t.text().matches("['\u2019]") && t.start() == before.end() && before.capitalised() && before.lower().endsWith("s")
                && at + 1 < s.size() && s.tokens[at + 1].capitalised() && nameWord(s, at + 1) && !s.tokens[at + 1].isFunctionWord()) {
            // "the Wharfside Residents' Association", "Eldenholme Patients' Voice", its apostrophe a token of its own: as with
            // "Knitters' Guild", a plural possessive names whose body it is, and the body's name goes on.
            return at + 1;
        }
        if (before.text().endsWith("-") && before.text().length() > 1 && t.start() == before.end() && nameWord(s, at)) {
            // "Vasquez-" "Lind"
            return at;
        }
        if (t.text().equals("-") && at + 1 < s.size() && t.start() == s.tokens[at - 1].end()
                && s.tokens[at + 1].start() == t.end() && nameWord(s, at + 1)) {
            return at + 1;
        }
        if (t.tag().equals("NUM") && t.text().matches("\\d{1,6}") && !s.tokens[at - 1].possessive()
                && !isCalendar(s.tokens[at - 1]) && !s.isAny(at + 1, "per", "percent", "%", "pc", "points")) {
            // "Channel 4", not "gives Calder 52 per cent".
            return at;
        }
        // "the Rail and Signal Workers' Union": one word after "the", even an organisation word, starts the same name.
        boolean oneWordAfterThe = runStart == at - 1 && runStart > 0 && s.tokens[runStart - 1].is("the");
        if (t.is("and") && ((commonWordBeforeAnd(s, at - 1) || areaAfterAnd(s, at + 1) || oneWordAfterThe) && orgNameAfterAnd(s, at + 1)
                || remitAfterAnd(s, runStart, at) || partnersOfAFirm(s, runStart, at) || familyFirm(s, at))) {
            return at + 1;
        }
        boolean afterTitle = lexicon.is("title", strip(s.tokens[at - 1].lower()));
        int k = at;
        boolean afterOrgWord = lexicon.is("org_keyword", s.tokens[at - 1].lower()) || s.tokens[at - 1].isAny("convention", "conference", "treaty");
        if (!afterTitle && !afterOrgWord && looksLikePerson(s, runStart, at)) {
            // "Dr. Helena Varga of Ashford University": a person's name ends before "of".
            return -1;
        }
        if (t.is("of") && at + 1 < s.size() && PERSONAL_TITLES.contains(strip(s.tokens[at + 1].lower()))) {
            // "Allies of Ms Hollis-Pryce claim …": whose allies they are; a body is never named after a Ms or a Mr.
            return -1;
        }
        while (k < s.size() && (CONNECTORS.contains(s.tokens[k].lower()) || afterTitle && k == at && s.tokens[k].is("to")
                || (afterOrgWord || pluralOnPlural(s, runStart, at)) && k == at && s.tokens[k].is("on"))) {
            k++;
        }
        if (k > at && k < s.size() && k - at <= 2 && nameWord(s, k) && !s.tokens[k].isQuoteMark() && !adjectiveUse(s, k)) {
            return k;
        }
        return -1;
    }

    /**
     * "the campaign group Tarnshire Readers on Wheels": two plural words, capitalised, either side of "on" and after a word of
     * the name go on as one name; "Islanders on Orrasay" opening a sentence, or "Posts on Monday", do not.
     */
    private static boolean pluralOnPlural(SentenceView s, int runStart, int on) {
        Token before = s.tokens[on - 1];
        Token after = s.at(on + 1);
        return on - runStart >= 2 && after != null && plural(before) && plural(after) && !isCalendar(after) && lastWordAt(s, on + 1);
    }

    private static boolean plural(Token t) {
        return t.text().matches("\\p{Lu}\\p{Ll}+s") && !t.text().endsWith("ss") && !t.possessive();
    }

    /**
     * "The millwrights Scrivenor and Voysey, who will do the work, said …": two surnames joined by "and" after a trade that
     * works as a firm are the firm's one name (review71 RUD, eight items offering "Voysey"; "the brothers Tom and Ned" are two),
     * and so are two surnames with the trade in an aside after them ("Clegg and Jaques, the estate agents …").
     */
    private static boolean partnersOfAFirm(SentenceView s, int runStart, int and) {
        Token after = s.at(and + 1);
        // "the music magazine Stave and Score": a title after the kind of outlet it names is one name too.
        boolean tradeBefore = runStart > 0 && (FIRM_TRADES.contains(s.tokens[runStart - 1].lower())
                || OUTLET_KINDS.contains(s.tokens[runStart - 1].lower()));
        return and == runStart + 1 && (tradeBefore || tradeAfter(s, and + 1)) && after != null
                && after.text().matches("\\p{Lu}\\p{Ll}+") && lastWordAt(s, and + 1);
    }

    /** "Clegg and Jaques, the estate agents Knaggs named, said it …": the trade in an aside straight after the two names. */
    private static boolean tradeAfter(SentenceView s, int last) {
        if (s.at(last + 2) == null || !s.tokens[last + 1].text().equals(",") || !s.is(last + 2, "the")) {
            return false;
        }
        for (int k = last + 3; k <= last + 4 && k < s.size(); k++) {
            if (FIRM_TRADES.contains(s.tokens[k].lower())) {
                return true;
            }
        }
        return false;
    }

    /** "Mawer and Sons", "Hale and Partners": a family firm's name goes on over its "and" (review77 rusholt q03). */
    private static boolean familyFirm(SentenceView s, int and) {
        Token after = s.at(and + 1);
        return after != null && after.text().matches("Sons|Daughters|Partners|Son|Co") && lastWordAt(s, and + 1);
    }

    /** No capitalised word follows token {@code i}: a name that goes on over "on" or "and" ends there. */
    private static boolean lastWordAt(SentenceView s, int i) {
        return !(s.at(i + 1) != null && s.tokens[i + 1].capitalised());
    }

    private static final Set<String> OUTLET_KINDS = Set.of("magazine", "newspaper", "journal", "newsletter", "weekly", "monthly",
            "quarterly", "podcast", "website", "blog");

    private static final Set<String> FIRM_TRADES = Set.of("millwrights", "solicitors", "architects", "accountants", "auctioneers",
            "agents", "surveyors", "builders", "stonemasons", "jewellers", "publishers", "printers", "brewers", "undertakers",
            "opticians", "chemists", "outfitters", "ironmongers", "boatbuilders", "coachbuilders", "wheelwrights", "saddlers",
            "decorators", "plumbers", "electricians", "roofers", "joiners", "glaziers", "carpenters", "bakers", "butchers",
            "florists", "caterers", "contractors", "landscapers", "engravers", "locksmiths");

    /**
     * "Pennar Fire and Rescue Service", "Food and Drug Administration": an ordinary word (the
     * article also writes it in lower case) joined by "and" to words ending in an organisation word.
     */
    private boolean commonWordBeforeAnd(SentenceView s, int i) {
        Token t = s.tokens[i];
        return !t.possessive() && lowercaseWords.contains(t.lower()) && !lexicon.is("org_keyword", t.lower())
                && !lexicon.is("outlet_keyword", t.lower());
    }

    /** "Thornbury and District Hospitals Trust", "Lowfield and County Bank": a place and its surrounding area name one body. */
    private static boolean areaAfterAnd(SentenceView s, int i) {
        return i < s.size() && Character.isUpperCase(s.tokens[i].text().charAt(0))
                && s.tokens[i].isAny("district", "districts", "county", "region", "borough", "area");
    }

    private boolean orgNameAfterAnd(SentenceView s, int from) {
        int k = from;
        // "Rail and Signal Workers' Union": a plural possessive names whose union it is, inside the name.
        while (k < s.size() && k < from + 3 && nameWord(s, k) && (!s.tokens[k].possessive() || s.tokens[k].lower().matches(".*s['\u2019]$"))) {
            k++;
        }
        return k > from && (k == s.size() || !nameWord(s, k)) && lexicon.is("org_keyword", s.tokens[k - 1].lower());
    }

    /**
     * "Department for Environment and Coasts", "Ministry of Housing and Urban Development": after
     * "of" or "for", an organisation's remit can join two fields with "and" and the name ends there.
     */
    private boolean remitAfterAnd(SentenceView s, int runStart, int and) {
        boolean remit = false;
        for (int i = runStart; i + 1 < and; i++) {
            remit |= lexicon.is("org_keyword", s.tokens[i].lower()) && s.tokens[i + 1].isAny("of", "for");
        }
        if (!remit || s.tokens[and - 1].possessive()) {
            return false;
        }
        int k = and + 1;
        while (k < s.size() && k < and + 4 && nameWord(s, k) && !s.tokens[k].possessive()) {
            Token t = s.tokens[k];
            if (EntityRegistry.isAcronym(t.text()) || lexicon.isPlace(t.text()) || lexicon.isDemonym(t.text())
                    || lexicon.is("title", strip(t.lower()))) {
                return false;
            }
            k++;
        }
        return k > and + 1 && (k == s.size() || !nameWord(s, k));
    }

    /**
     * "Donetsk People's Republic", "Russia's President Putin": a possessive inside a name is
     * followed by an organisation word or a title, not by an ordinary capitalised word.
     */
    private boolean possessiveInsideName(SentenceView s, int next) {
        Token t = s.tokens[next];
        if (!t.capitalised()) {
            return false;
        }
        String w = t.lower().replaceAll("\\.$", "");
        // "Sgarba Knitters' Guild", "Farmers' Market": a plural possessive names whose body it is, inside the name.
        boolean plural = next > 0 && s.tokens[next - 1].text().matches("\\p{Lu}\\p{L}*s['\u2019]") && !t.isFunctionWord();
        return plural || lexicon.is("org_keyword", w) || lexicon.is("title", w) || shopsName(s, next);
    }

    /**
     * "Jenkinson's Oatcakes, which has made oatcakes on Cheapside since 1937": a one-word owner, then a trade, or a plural the
     * article also writes in lower case, ending the name, is a shop's or firm's name ("Jenkinson's Bakery"), not a person's
     * oatcakes.
     */
    private boolean shopsName(SentenceView s, int next) {
        Token t = s.tokens[next];
        String owner = s.tokens[next - 1].text().replaceAll("['\u2019]s?$", "");
        boolean oneWordOwner = next < 2 || !s.tokens[next - 2].capitalised() || s.tokens[next - 2].isFunctionWord();
        boolean ends = next + 1 >= s.size() || !s.tokens[next + 1].capitalised();
        boolean trade = lexicon.is("trade_word", t.lower()) || t.text().matches("\\p{Lu}\\p{Ll}{3,}s") && lowercaseWords.contains(t.lower());
        return oneWordOwner && ends && trade && !lexicon.isPlace(owner) && lexicon.countryOfCapital(owner) == null;
    }

    /**
     * "The People's Prize Fund", "the Mayor's Hardship Fund": after "the", a possessive opening the name is the body's own
     * word when capitalised words after it end in a body's kind; "the Post's Saturday edition" has none.
     */
    private boolean ownerInsideName(SentenceView s, int from, int next) {
        if (from == 0 || !s.is(from - 1, "the") || next != from + 1) {
            return false;
        }
        for (int k = next; k < Math.min(s.size(), next + 4) && s.tokens[k].capitalised() && !s.tokens[k].possessive(); k++) {
            if (lexicon.is("org_keyword", s.tokens[k].lower())) {
                return true;
            }
        }
        return false;
    }

    private boolean startsName(SentenceView s, int i) {
        Token t = s.tokens[i];
        if (!nameWord(s, i)) {
            return false;
        }
        String tag = t.tag();
        boolean functionTag = tag.equals("DET") || tag.equals("PRON") || tag.equals("AUX") || tag.equals("ADP")
                || tag.equals("CCONJ") || tag.equals("SCONJ") || tag.equals("PART");
        if (articleOfATitle(s, i)) {
            return true;
        }
        if (functionTag && !t.isFunctionWord() && initialPosition(s, i) && (unknownWordBeforeName(s, i) || wordOfADescribedName(s, i))) {
            return true;
        }
        if (functionTag && (t.isFunctionWord() || initialPosition(s, i)
                && !capitalisedMidSentence.contains(t.bare().toLowerCase(Locale.ROOT)))) {
            return false;
        }
        if (initialPosition(s, i) && hyphenatedToLowerCase(s, i) && !capitalisedMidSentence.contains(t.bare().toLowerCase(Locale.ROOT))) {
            // "Pre-tax profit fell …", "Anti-government protests …": a prefix capitalised only because it opens the sentence.
            return false;
        }
        if (initialPosition(s, i) && s.isAny(i + 1, "of") && i + 2 < s.size()
                && PERSONAL_TITLES.contains(strip(s.tokens[i + 2].lower()))
                && !capitalisedMidSentence.contains(t.bare().toLowerCase(Locale.ROOT))) {
            // "Allies of Ms Hollis-Pryce claim …": the word is capitalised only because it opens the sentence.
            return false;
        }
        if (initialPosition(s, i)) {
            if (lowercaseWords.contains(t.lower()) && i + 1 < s.size() && s.tokens[i + 1].text().matches("\\p{Ll}.*")
                    && !s.tokens[i + 1].tag().startsWith("VERB") && !s.tokens[i + 1].tag().startsWith("AUX")) {
                // "Homes where someone relies on …" beside "Hebden Homes" and "23 homes": a word the article writes in lower
                // case too, opening the sentence before a lower-case word that is no verb, is that word and not the name it ends.
                return false;
            }
            // "Team Korvant-Halberg, …": an organisation word opening the sentence belongs to the name after it.
            boolean orgWordBeforeName = (lexicon.is("org_keyword", t.lower()) || lexicon.is("title", t.lower()))
                    && i + 1 < s.size() && nameWord(s, i + 1) && !s.tokens[i + 1].isFunctionWord();
            // "Quayline/NOUN Buses/NOUN said …": a word the article never writes in lower case, before a body's kind.
            boolean unknownBeforeOrgWord = neverInLowerCase(t) && !lexicon.is("org_keyword", t.lower()) && !lexicon.is("role", t.lower()) && !lexicon.is("person_group", t.lower())
                    && i + 1 < s.size() && nameWord(s, i + 1) && lexicon.is("org_keyword", s.tokens[i + 1].lower());
            if (orgWordBeforeName || unknownBeforeOrgWord || capitalisedAsAName(s, i) || adjectiveOfAName(s, i)
                    || wordOfADescribedName(s, i) || firstNameBeforeSurname(s, i) || bodyBeforeWhich(s, i)) {
                return true;
            }
            // "Court battles …", "Police said …": a common noun opening a sentence is tagged PROPN at times.
            boolean commonWord = lexicon.is("org_keyword", t.lower()) || lexicon.is("role", t.lower())
                    || lexicon.is("person_group", t.lower()) || lexicon.is("document_noun", t.lower());
            return tag.startsWith("PROPN") && !(commonWord && (i + 1 >= s.size() || !nameWord(s, i + 1)));
        }
        return true;
    }

    /**
     * "Fair Fees for Pets, a campaign group, …": an adjective opening the sentence, never written in
     * lower case in the article, before a name that goes on over "for" or "of", is its first word.
     * "Former Minister Carla Brent" and "Senior managers" are not names of that kind.
     */
    private boolean adjectiveOfAName(SentenceView s, int i) {
        Token t = s.tokens[i];
        Token next = s.at(i + 1);
        if (!t.tag().equals("ADJ") || lowercaseWords.contains(t.lower()) || lexicon.isDemonym(t.text()) || next == null
                || !nameWord(s, i + 1) || next.isFunctionWord() || lexicon.is("title", strip(next.lower()))
                || lexicon.is("role", next.lower())) {
            return false;
        }
        // The name goes on over a connector ("for", "of"): no person's name does.
        if (continuation(s, i + 1, i + 2) > i + 2) {
            return true;
        }
        // "Clean/ADJ Ambleth said …": an adjective no other line writes in lower case, with one name word, then the verb of
        // saying; "Former Smith said" is not of that kind.
        Token verb = s.at(i + 2);
        // "Sibold/ADJ Penberthy, who runs a surf school": a relative "who" after the two words says they are a person.
        boolean whoAfter = verb != null && verb.isComma() && personAfterComma(s, i + 3);
        return verb != null && (whoAfter || verb.isVerb() && lexicon.cue(verb.lower()) != null) && !PLAIN_OPENERS.contains(t.lower());
    }

    /**
     * "Dalewater, which takes drinking water from two reservoirs …, said": one word opening the sentence, never written in
     * lower case in the article and no common word of the lexicon, then ", which": a body's name (review72 blackhope q14, an
     * unnamed-source question keyed to it).
     */
    private boolean bodyBeforeWhich(SentenceView s, int i) {
        Token t = s.tokens[i];
        String w = t.lower();
        return t.text().matches("\\p{Lu}\\p{Ll}{3,}") && neverInLowerCase(t) && !CLOSED_CLASS.contains(w) && !lexicon.isDemonym(t.text())
                && COMMON_CLASSES.stream().noneMatch(c -> lexicon.is(c, w)) && s.at(i + 1) != null
                && commaWhichAfterCapitalised(s, i + 1);
    }

    /**
     * ", which" at {@code k}, or after up to three capitalised words from it: "Northfrost Refrigeration, which maintains the
     * plant", "Whiskerhaven Cat Rescue, which rehomes about 400 cats".
     */
    private static boolean commaWhichAfterCapitalised(SentenceView s, int k) {
        for (int j = k; j <= k + 3 && s.at(j) != null; j++) {
            if (s.tokens[j].isComma()) {
                return s.isAny(j + 1, "which");
            }
            if (!s.tokens[j].text().matches("\\p{Lu}\\p{Ll}{2,}")) {
                return false;
            }
        }
        return false;
    }

    /** ", who …", ", whose …", or an age between commas (", 84,"): what follows the comma at {@code i} is said of a person. */
    private static boolean personAfterComma(SentenceView s, int i) {
        return s.isAny(i, "who", "whose") || s.at(i) != null && s.tokens[i].text().matches("\\d{1,3}") && s.at(i + 1) != null
                && s.tokens[i + 1].isComma();
    }

    private static final Set<String> PLAIN_OPENERS = Set.of("former", "senior", "junior", "local", "new", "young", "old", "retired",
            "acting", "deputy", "interim", "late", "veteran", "chief", "top", "leading", "some", "many", "several", "other");

    /**
     * "Verity Text, the detection company …": a word opening the sentence, never written in lower case in the article,
     * before capitalised words that an appositive ", the …" then describes, is the name's first word.
     */
    private boolean wordOfADescribedName(SentenceView s, int i) {
        Token t = s.tokens[i];
        Token next = s.at(i + 1);
        if (lowercaseWords.contains(t.lower()) || lexicon.isDemonym(t.text()) || next == null || !nameWord(s, i + 1)
                || next.isFunctionWord() || lexicon.is("title", strip(next.lower())) || lexicon.is("role", next.lower())
                || lexicon.is("title", t.lower()) || lexicon.is("role", t.lower())) {
            return false;
        }
        int k = i + 1;
        while (k < s.size() && nameWord(s, k) && !s.tokens[k].isFunctionWord()) {
            k++;
        }
        return k < i + 4 && k + 1 < s.size() && s.tokens[k].isComma() && s.isAny(k + 1, "the", "a", "an");
    }

    /**
     * "Aoife Brannigan-Shah, who runs the charity …": a word opening the sentence that the article never writes in lower
     * case and no word list knows, before a double-barrelled surname or a surname that ", who …" describes, is the first
     * name, however the tagger took it.
     */
    private boolean firstNameBeforeSurname(SentenceView s, int i) {
        Token t = s.tokens[i];
        Token next = s.at(i + 1);
        String w = t.lower();
        if (next == null || !t.text().matches("\\p{Lu}\\p{Ll}+") || lowercaseWords.contains(w) || t.tag().equals("ADV")
                || CLOSED_CLASS.contains(w) || lexicon.isDemonym(t.text()) || lexicon.isPlace(t.text())
                || COMMON_CLASSES.stream().anyMatch(c -> lexicon.is(c, w))) {
            return false;
        }
        if (!next.text().matches("\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?") || next.start() != t.end() + 1) {
            return false;
        }
        // The tokenizer may split the surname at its hyphen: "Brannigan" "-Shah" or "Brannigan" "-" "Shah".
        Token glued = s.at(i + 2);
        // "Einar/NOUN Ellershaw, who keeps sheep …": a relative "who" after the two words says they are a person.
        boolean whoAfter = glued != null && glued.isComma() && personAfterComma(s, i + 3) && !isCalendar(t);
        return next.text().contains("-") || glued != null && glued.start() == next.end() && glued.text().startsWith("-") || whoAfter;
    }

    private static final List<String> COMMON_CLASSES = List.of("role", "title", "org_keyword", "outlet_keyword", "person_group",
            "document_noun");

    /** "the hockey newsletter The Blue Line", "told The Circuit": a capital "The" after a lower-case word opens a title. */
    private boolean articleOfATitle(SentenceView s, int i) {
        Token t = s.tokens[i];
        Token before = s.at(i - 1);
        return t.text().equals("The") && !initialPosition(s, i) && before != null && Character.isLowerCase(before.text().charAt(0))
                && !before.quoted() && i + 1 < s.size() && nameWord(s, i + 1) && !s.tokens[i + 1].isFunctionWord();
    }

    private static final Set<String> CLOSED_CLASS = Set.of("nobody", "everybody", "somebody", "anybody", "everyone", "someone",
            "anyone", "whoever", "whatever", "whichever", "nothing", "something", "everything", "anything", "few", "several",
            "another", "other", "others", "one", "none", "whom", "itself", "himself", "herself", "themselves", "ourselves");

    /**
     * "Vecernji Vjesnik led on …": opening a sentence, a foreign word the tagger took for a pronoun or determiner, never
     * written in lower case and followed by a proper noun, starts a name; English closed-class words never do.
     */
    private boolean unknownWordBeforeName(SentenceView s, int i) {
        Token t = s.tokens[i];
        Token next = s.at(i + 1);
        return neverInLowerCase(t) && next != null && next.tag().startsWith("PROPN") && nameWord(s, i + 1) && !next.isFunctionWord();
    }

    /** A word no line of the article writes in lower case, and no preposition or other closed-class word. */
    private boolean neverInLowerCase(Token t) {
        return !t.isPrepositionWord() && !CLOSED_CLASS.contains(t.lower()) && !lowercaseWords.contains(t.lower());
    }

    private static boolean hyphenatedToLowerCase(SentenceView s, int i) {
        Token next = s.at(i + 1);
        if (next == null || next.start() != s.tokens[i].end()) {
            return false;
        }
        if (next.text().equals("-")) {
            Token after = s.at(i + 2);
            return after != null && after.start() == next.end() && Character.isLowerCase(after.text().charAt(0));
        }
        return next.text().length() > 1 && next.text().charAt(0) == '-' && Character.isLowerCase(next.text().charAt(1));
    }

    private boolean nameWord(SentenceView s, int i) {
        Token t = s.tokens[i];
        if (!t.capitalised() || t.isPunct() || t.isQuoteMark() || !Character.isLetterOrDigit(t.text().charAt(0))) {
            return false;
        }
        if (NEVER_NAMES.contains(t.lower()) || isCalendar(t) && !weekdayInName(s, i)) {
            return false;
        }
        if (t.lower().equals("may") && (s.at(i + 1) != null && s.at(i + 1).tag().equals("NUM")
                || s.at(i - 1) != null && s.at(i - 1).tag().equals("NUM")
                || s.at(i - 1) != null && s.at(i - 1).isAny("in", "on", "since", "last", "next", "early", "late", "mid", "of"))) {
            return false;
        }
        return true;
    }

    private boolean looksLikePerson(SentenceView s, int from, int to) {
        int names = 0;
        for (int i = from; i < to; i++) {
            String w = FULL_STOP_END.matcher(s.tokens[i].lower()).replaceAll("");
            if (lexicon.is("org_keyword", w) || lexicon.is("outlet_keyword", w)) {
                return false;
            }
            if (i > from && w.endsWith("s") && lexicon.is("person_group", w)) {
                // "Hazelbrigg Parents for Places": people in the plural are a group, whose name goes on over "for".
                return false;
            }
            // "Fair Fees for Pets": an adjective opening the sentence is no first name.
            boolean openingAdjective = i == from && initialPosition(s, i) && s.tokens[i].tag().equals("ADJ");
            if (!lexicon.is("title", w) && Character.isLetter(s.tokens[i].text().charAt(0)) && !openingAdjective) {
                names++;
            }
        }
        return names >= 2;
    }

    /** "of Russian state television": a nationality adjective before a common noun is not part of a name. */
    private boolean adjectiveUse(SentenceView s, int k) {
        Token next = s.at(k + 1);
        return lexicon.isDemonym(s.tokens[k].text()) && next != null && !next.capitalised();
    }

    /**
     * "the Sunday Courier", "the tabloid Sunday Courier", "the Laverton Sunday Echo": a weekday after "the", a common noun or
     * a name word, and before a name word, is part of the name.
     */
    private static boolean weekdayInName(SentenceView s, int i) {
        Token next = s.at(i + 1);
        Token before = s.at(i - 1);
        boolean afterNoun = before != null && before.tag().startsWith("NOUN") && !before.capitalised() && !before.quoted();
        // "the Laverton Sunday Echo": between two name words, a weekday is one of them.
        // ("Eastway's Sunday Politics": after an owner, the weekday opens a name of its own.)
        boolean betweenNameWords = before != null && i > 1 && before.capitalised() && !before.quoted() && !before.isFunctionWord()
                && !before.possessive() && !before.text().matches(".*['\u2019]s");
        return WEEKDAYS.contains(s.tokens[i].lower()) && (s.is(i - 1, "the") || afterNoun || betweenNameWords) && next != null
                && next.capitalised()
                && Character.isLetter(next.text().charAt(0)) && !isCalendar(next) && !next.isFunctionWord();
    }

    private static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

    private static boolean isCalendar(Token t) {
        return CALENDAR.contains(t.lower()) || CALENDAR.contains(t.bare().toLowerCase(Locale.ROOT));
    }

    /** The first word of a sentence, of a quoted sentence, or after a colon is capitalised anyway. */
    static boolean initialPosition(SentenceView s, int i) {
        if (i == 0) {
            return true;
        }
        Token before = s.tokens[i - 1];
        if (before.text().equals(":") || before.text().equals("(") && i == 1) {
            return true;
        }
        if (before.isQuoteMark() && (i == 1 || s.tokens[i - 2].isComma() || s.tokens[i - 2].text().equals(":"))) {
            return true;
        }
        return false;
    }

    private static String strip(String word) {
        return word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
    }

    private static String bareText(SentenceView s, int from, int to, boolean possessive) {
        String text = s.text(from, to);
        if (possessive) {
            text = text.replaceAll("['\u2019]s?$", "");
        }
        return text;
    }
}
