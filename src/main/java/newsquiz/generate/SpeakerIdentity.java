package newsquiz.generate;

import static newsquiz.generate.Facts.GENERIC;
import static newsquiz.generate.Facts.ORGANISATION_HEADS;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import newsquiz.analysis.SourceType;
import newsquiz.generate.Facts.SpeakerInfo;

/**
 * Whether two speakers of one article may be one person or body under different names, by the
 * article's own words: built once per {@link Facts}, over its speakers and their introductions.
 */
final class SpeakerIdentity {
    private static final Set<String> ROLES = Set.of("ambassador", "spokesman", "spokeswoman", "spokesperson", "minister",
            "president", "director", "chair", "chairman", "chairwoman", "executive", "manager", "officer", "commissioner",
            "superintendent", "mayor", "governor", "secretary", "lawyer", "doctor", "captain", "coach", "chief", "head",
            "leader", "editor", "founder", "owner", "diplomat", "envoy", "prosecutor", "judge", "councillor", "councilor");

    private static final java.util.regex.Pattern DEFINITE_COMMON_NOUN = java.util.regex.Pattern.compile("^(?i:the)\\s+[\\p{Ll}][\\p{Ll}'\u2019 -]*$");

    private final Map<String, SpeakerInfo> speakers;
    /** How the article introduces each speaker (see {@link Facts}): filled while the Facts are built. */
    private final Map<String, Set<String>> introductions;
    private final String articleText;
    /** The words the article writes in lower case somewhere (see {@link Facts#lowerCaseWords}). */
    private final Set<String> lowerCaseWords;

    /** The article's sources as the analysis lists them, speakers or not: "its" may point at any of them. */
    private final List<SpeakerInfo> sources;
    /**
     * Post holders of "its" or "the group's" by the body they speak for ("said its chief executive, X" after "the company
     * said"; see {@link Facts}): filled while the Facts are built.
     */
    private final Map<String, String> bodySpokenFor;

    SpeakerIdentity(Map<String, SpeakerInfo> speakers, List<SpeakerInfo> sources, Map<String, Set<String>> introductions,
            Map<String, String> bodySpokenFor, String articleText, Set<String> lowerCaseWords) {
        this.speakers = speakers;
        this.bodySpokenFor = bodySpokenFor;
        this.lowerCaseWords = lowerCaseWords;
        this.sources = sources;
        this.introductions = introductions;
        this.articleText = articleText;
    }

    /** Whether the article itself ties the two together: by apposition, a shared head noun or a description. */
    boolean mayBeSameNamed(String a, String b) {
        return postOfBody(a, b) || sameHead(a, b) || sameHead(b, a) || appositive(a, b) || describedBy(a, b) || describedBy(b, a);
    }

    /**
     * Whether two speakers could be the same person or body under different names: a shared
     * distinctive name word ("Matsegora", "Brisko"), or a role one of them is known by
     * ("Russia's ambassador to North Korea" and Ambassador Alexander Matsegora).
     */
    boolean mayBeSame(String a, String b) {
        return postOfBody(a, b) || mayBeSameCache.computeIfAbsent(a + '\u0000' + b, k -> findMayBeSame(a, b));
    }

    private final Map<String, Boolean> mayBeSameCache = new HashMap<>();

    private boolean findMayBeSame(String a, String b) {
        if (looseDescription(a) && namedBody(b) || looseDescription(b) && namedBody(a) || bareRole(a) || bareRole(b)
                || officerOfUnnamedBody(a) && body(b) || officerOfUnnamedBody(b) && body(a)) {
            return true;
        }
        return knownSame(a, b);
    }

    /**
     * Whether the article itself gives the two as one: not merely a loose description ("the staff message board", "a
     * spokesman") that a reader cannot tell apart from a named body. What such a speaker claimed may be what the body denies.
     */
    boolean knownSame(String a, String b) {
        return postOfBody(a, b) || knownSameCache.computeIfAbsent(a + '\u0000' + b, k -> findKnownSame(a, b));
    }

    /**
     * Whether one is a post holder of "its" or "the group's" and the other the body they speak for (what {@link #speaksFor}
     * cannot see in the words). Asked before the caches: the posts are filled in while the Facts are built, after some
     * pairs have been asked about.
     */
    private boolean postOfBody(String a, String b) {
        return b.equals(bodySpokenFor.get(a)) || a.equals(bodySpokenFor.get(b));
    }

    private final Map<String, Boolean> knownSameCache = new HashMap<>();

    private boolean findKnownSame(String a, String b) {
        if (headIntroduces(a, b) || headIntroduces(b, a) || partOfBody(a, b) || partOfBody(b, a)) {
            return true;
        }
        if (a.equalsIgnoreCase(b) || sameHead(a, b) || sameHead(b, a) || appositive(a, b)
                || describedBy(a, b) || describedBy(b, a)) {
            return true;
        }
        Set<String> wb = distinctiveWords(b);
        // "Keep Glenholt Learning" says what the campaign stands up for, so "A teacher at Glenholt" is not one of its members
        // for sharing the school's name (review51 / eval-blind49 GLE).
        boolean oneACampaign = Facts.LEXICON.isCampaignName(a) != Facts.LEXICON.isCampaignName(b);
        for (String w : distinctiveWords(a)) {
            if (wb.contains(w) && !(bothBodies(a, b) && (commonNounHere(w) || namedAfterOnePlace(a, b, w))) && !oneACampaign) {
                return true;
            }
        }
        return sharesRole(a, b) || sharesRole(b, a) || sameCountry(a, b) || sameCountry(b, a) || sameStudyTeam(a, b)
                || speaksFor(a, b) || speaksFor(b, a) || speakForOneBody(a, b) || seatOfCouncil(a, b) || seatOfCouncil(b, a)
                || roleOfBodyOf(a, b) || roleOfBodyOf(b, a);
    }

    private static final Pattern DEFINITE_ROLE = Pattern.compile("^(?i:the)\\s+(\\p{Ll}{3,})(?:\\s+(?:of|for|behind)\\b.*)?$");

    /**
     * "The promoter of the reunion tour" and "Northbeam's chief executive, Gareth Morcombe", where the article writes "the
     * promoter, Northbeam Live": the role names the body the person speaks for.
     */
    private boolean roleOfBodyOf(String role, String person) {
        java.util.regex.Matcher m = DEFINITE_ROLE.matcher(role.strip());
        if (!m.matches()) {
            return false;
        }
        String head = Pattern.quote(m.group(1));
        for (String body : bodiesOf(person)) {
            String b = Pattern.quote(body);
            if (Pattern.compile("\\bthe " + head + ", (?:[\\p{L}'\u2019-]+ ){0,3}?" + b + "\\b"
                    + "|\\b" + b + "(?: [\\p{L}'\u2019-]+){0,3}, the " + head + "\\b").matcher(lowerCaseText()).find()) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern COUNCIL_SEAT = Pattern.compile("(?i)^(?:the\\s+)?(?:county|city|town|borough|shire)\\s+hall$");
    private static final Pattern OF_THE_COUNCIL = Pattern.compile("(?i)\\b(?:council|councillor|cllr|mayor)\\b");

    /** "County Hall hit back": the building stands for the council, and for whoever speaks for it. */
    private static boolean seatOfCouncil(String seat, String other) {
        return COUNCIL_SEAT.matcher(seat.strip()).matches() && OF_THE_COUNCIL.matcher(other).find();
    }

    /** "chief executive Anders Holt", "The chair, Fiona Baird": an office with no body named, nor pointed to with "its". */
    private static final java.util.regex.Pattern OFFICE_WITHOUT_BODY = java.util.regex.Pattern.compile("(?i)(?:the\\s+)?"
            // "the company's chief executive": the body is named only by its kind, so which of the article's it is stays open.
            + "(?:(?:company|firm|group|business|charity|trust|club|bank|society|partnership|practice)['\u2019]s\\s+)?"
            + "(?:(?:deputy|acting|interim|joint)\\s+)?(?:chief executive|chief \\p{L}+ officer|chair|chairman|chairwoman"
            + "|chairperson|managing director|\\p{Ll}+ director|director|president|vice-president|founder|co-founder|owner"
            + "|(?:\\p{Ll}+\\s+)?manager|head of [\\p{Ll} ]+|spokes(?:man|woman|person)|press officer|company secretary"
            + "|partner(?:\\s+(?:handling|in charge of|leading|running)\\s+[\\p{Ll} ]+)?)");

    private static final java.util.regex.Pattern TITLE_WORD = java.util.regex.Pattern.compile("\\p{Lu}\\p{Ll}+");

    /**
     * A person known only by an office in some body the article does not name: a reader cannot tell which of the
     * article's bodies it is, so the person is never a wrong answer beside one of them, nor one of them beside the person.
     */
    private boolean officerOfUnnamedBody(String speaker) {
        SpeakerInfo info = speakers.get(speaker);
        if (info == null || info.type() != SourceType.PERSON || !bodiesOf(speaker).isEmpty()) {
            return false;
        }
        // "Area Manager Colin Bexley": the office may stand in the name itself.
        String[] words = speaker.toLowerCase(Locale.ROOT).split("\\s+");
        for (int i = 1; i < words.length; i++) {
            if (OFFICE_WITHOUT_BODY.matcher(String.join(" ", java.util.Arrays.copyOfRange(words, 0, i))).matches()) {
                // Only the rest of a title ("Area" of "Area Manager") may stand beside it; "Brindle Foods' …" names the body.
                return info.descriptions().stream().allMatch(d -> TITLE_WORD.matcher(d).matches());
            }
        }
        return !info.descriptions().isEmpty()
                && info.descriptions().stream().allMatch(d -> OFFICE_WITHOUT_BODY.matcher(d.strip().toLowerCase(Locale.ROOT)).matches());
    }

    private boolean body(String speaker) {
        SpeakerInfo info = speakers.get(speaker);
        return info != null && isBody(info);
    }

    private static final java.util.regex.Pattern PHRASE_AFTER_HEAD = java.util.regex.Pattern.compile("\\b(?:of|at|for|in|with|on|from|who|that)\\b");

    /**
     * An organisation, a government body or an outlet, or a name the article describes with such a head noun ("Greenline
     * Grounds, the contractor"), whatever type the analysis gave it.
     */
    private static boolean isBody(SpeakerInfo info) {
        if (info.type() == SourceType.ORGANIZATION || info.type() == SourceType.GOVERNMENT || info.type() == SourceType.OUTLET) {
            return true;
        }
        // "a member of the board" is a person: only a description with no phrase after its head noun counts.
        return info.descriptions().stream().map(d -> d.toLowerCase(Locale.ROOT)).filter(d -> !PHRASE_AFTER_HEAD.matcher(d).find())
                .map(d -> d.replaceAll(".*\\s", "")).anyMatch(SpeakerIdentity::bodyNoun);
    }

    private static final java.util.regex.Pattern SPOKESMAN_OF = java.util.regex.Pattern.compile(
            "\\b(\\p{L}+)['\u2019]s\\s+(?:spokes(?:man|woman|person)|aide|adviser|press secretary)\\b"
                    + "|\\bspokes(?:man|woman|person)\\s+for\\s+(?:the\\s+)?(\\p{L}+)");

    /** "A university spokesperson", "a council officer": a speaker named only as someone of a body. */
    private static final java.util.regex.Pattern POLICE_RANK = java.util.regex.Pattern.compile("\\b(?:(?:chief |detective |deputy )?"
            + "(?:inspector|superintendent|constable|sergeant)|ch insp|det insp|det supt|supt|det sgt|police)\\b");
    private static final java.util.regex.Pattern MEMBER_OF_KIND = java.util.regex.Pattern.compile(
            "^(?:a|an|the)\\s+(\\p{L}+)\\s+(?:spokes(?:man|woman|person)|official|officer|representative|source|insider|manager|executive)$");
    /** Words for a body that name no body of their own: "a company spokesperson" is the company's. */
    private static final Set<String> GENERIC_BODIES = Set.of("company", "firm", "group", "business", "club", "council", "ministry",
            "department", "agency", "union", "hospital", "school", "university", "charity", "trust", "airline", "airport", "museum");
    private static final java.util.regex.Pattern MEMBER_AT = java.util.regex.Pattern.compile(
            "^(?i:a|an|one)\\s+\\p{Ll}[\\p{Ll} -]{1,40}?\\s+(?:at|of|for|with)\\s+(?i:the\\s+)?(\\p{Lu}\\p{L}+)(?:\\s+\\p{Lu}[\\p{L}'\u2019-]*)*(?:(?:,|\\s+who\\b).*)?$");
    /** "Carrowmore's pro-vice-chancellor for education, Prof Annika Struthers": the body that the introduction gives her. */
    /** "Managing director Hesta Penkridge": words that qualify the role, no body's. */
    private static final Set<String> ROLE_ADJECTIVES = Set.of("managing", "executive", "general", "deputy", "assistant", "acting",
            "former", "interim", "joint", "senior", "finance", "financial", "technical", "medical", "commercial", "operations",
            "creative", "artistic", "editorial", "research", "programme", "program", "design", "marketing", "sales");
    private static final java.util.regex.Pattern KIND_HEAD_BEFORE_NAME = java.util.regex.Pattern.compile(
            "(?:^|[.!?]\\s+|\\s)(\\p{L}{4,})\\s+(?:head|chief|boss|director|secretary|manager|chair|chairman|chairwoman|founder|"
            + "spokes(?:man|woman|person))\\s+$");
    private static final java.util.regex.Pattern OWNER_BEFORE_NAME = java.util.regex.Pattern.compile(
            "(\\p{L}+)['\u2019]s\\s+[\\p{L} -]{2,60}?,\\s*(?:(?:prof|professor|dr|mr|mrs|ms|cllr|sir|dame)\\.?\\s+)?$");

    private static final java.util.regex.Pattern ITS_ROLE_BEFORE_NAME = java.util.regex.Pattern.compile(
            "\\bits\\s+[\\p{L} -]{2,60}?,\\s*(?:(?:prof|professor|dr|mr|mrs|ms|sir|dame)\\.?\\s+)?$");

    private static final java.util.regex.Pattern ITS_ROLE_AFTER_NAME = java.util.regex.Pattern.compile(",\\s*its\\s+\\p{L}[\\p{L} -]{1,40}?[,.]");

    /** "Professor NAME, the university's pro-vice-chancellor for research": the body by its kind, after the name. */
    private static final java.util.regex.Pattern KINDS_ROLE_AFTER_NAME = java.util.regex.Pattern.compile(
            ",\\s*the\\s+(\\p{L}+)['\u2019]s\\s+\\p{L}[\\p{L} -]{1,40}?[,.]");

    private static final java.util.regex.Pattern ITS = java.util.regex.Pattern.compile("\\bits\\b");

    /** Where the sentence holding {@code at} first says "its", or {@code at} when it says it only there. */
    private static int firstItsOfSentence(String text, int at) {
        int start = Math.max(Math.max(text.lastIndexOf(". ", at), text.lastIndexOf("\n", at)), 0);
        java.util.regex.Matcher its = ITS.matcher(text).region(start, at);
        return its.find() ? its.start() : at;
    }

    /**
     * The bodies "its" before {@code at} may point back to: the one named last, and, when that one is an outlet the words
     * were spoken to ("a statement to Policywire"), the one named last before it. Either may be meant, and a wrong
     * choice must be wrong on both readings.
     */
    private List<String> bodiesBefore(String text, int at) {
        List<String> out = new ArrayList<>();
        latestBodyBefore(text, at, false).ifPresent(out::add);
        latestBodyBefore(text, at, true).filter(body -> !out.contains(body)).ifPresent(out::add);
        return out;
    }

    private java.util.Optional<String> latestBodyBefore(String text, int at, boolean skipOutletsSpokenTo) {
        String latest = null;
        int where = -1;
        List<SpeakerInfo> candidates = new ArrayList<>(speakers.values());
        candidates.addAll(sources);
        for (SpeakerInfo info : candidates) {
            if (!isBody(info)) {
                continue;
            }
            for (String form : shortForms(info.name())) {
                int found = WholeWord.lastBefore(text, form, at);
                // "“… contact Cradlewell for a free buckle,” said its chief executive": a name inside the quote is not what
                // "its" points back to.
                // "Bloomcount said … in a statement to Policywire. Its chief executive": an outlet spoken to is the channel,
                // not the body that "its" points back to.
                // ("A company spokesperson": a body's word inside the speaker's own words is no body before them.)
                while (found >= 0 && (insideQuotation(text, found) || found + form.length() > at
                        || skipOutletsSpokenTo && info.type() == SourceType.OUTLET && spokenTo(text, found))) {
                    found = found == 0 ? -1 : WholeWord.lastBefore(text, form, found - 1);
                }
                // ("Parents have formed a campaign, Keep Glenholt Learning, … Its chair": the school's short name "Glenholt"
                // inside the campaign's is not a body named after it.)
                boolean insideLatest = latest != null && found > where && found < where + latest.length();
                boolean coversLatest = latest != null && found >= 0 && found <= where && found + form.length() >= where + latest.length()
                        && form.length() > latest.length();
                if (found > where && !insideLatest || coversLatest) {
                    where = found;
                    latest = form;
                }
            }
        }
        // "… by the newsletter Kernel Notes. Its editor": a name between the body and "its" is what "its" means.
        String between = latest == null ? "" : articleText.substring(where + latest.length(), at).replaceFirst("(?s)\\b[Ii]ts\\s[^.]*$", "");
        return latest == null || nameMidSentence(between) ? java.util.Optional.empty() : java.util.Optional.of(latest);
    }

    private static final Pattern SPOKEN_TO = Pattern.compile("(?:\\bto|\\btold|\\bin|\\bon)(?:\\s+the)?\\s+$");

    /** "a statement to Policywire", "told the Sentinel", "in the Herald": an outlet that carried the words. */
    private static boolean spokenTo(String text, int at) {
        return SPOKEN_TO.matcher(text.substring(Math.max(0, at - 12), at)).find();
    }

    /** Whether a place in the text lies between an opening and a closing quotation mark of its paragraph. */
    private static boolean insideQuotation(String text, int at) {
        int paragraph = text.lastIndexOf("\n\n", at) + 1;
        int open = 0;
        int straight = 0;
        for (int i = paragraph; i < at; i++) {
            char c = text.charAt(i);
            if (c == '\u201c') {
                open++;
            } else if (c == '\u201d') {
                open = Math.max(0, open - 1);
            } else if (c == '"') {
                straight++;
            }
        }
        return open > 0 || straight % 2 == 1;
    }

    /**
     * The forms a body goes by in lower case: its name and, for "Midshire Health Protection Team", "the health protection
     * team" and "the protection team", which the article may use once it has named the body, or instead of naming it.
     */
    private static List<String> shortForms(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        List<String> forms = new ArrayList<>(List.of(lower));
        String[] words = lower.split("\\s+");
        for (int i = 1; i + 2 <= words.length && words.length >= 3; i++) {
            forms.add("the " + String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length)));
        }
        // "The board, which ordered the recall, said …": the head noun alone, when it names a kind of body.
        String head = words[words.length - 1];
        if (words.length >= 2 && bodyNoun(head)) {
            forms.add("the " + head);
        }
        return forms;
    }

    private static final java.util.regex.Pattern NAME_MID_SENTENCE = java.util.regex.Pattern.compile(
            "(?<=[\\p{Ll},])(?<!\\b(?:of|in|near|at|from|to))\\s+(\\p{Lu}\\p{L}*)");
    private static final java.util.regex.Pattern QUOTATION = java.util.regex.Pattern.compile("\u201c[^\u201d]*\u201d|\"[^\"]*\"");
    private static final java.util.regex.Pattern CALENDAR = java.util.regex.Pattern.compile(
            newsquiz.nlp.Calendar.DAYS + "|" + newsquiz.nlp.Calendar.MONTHS + "|I");

    /**
     * Whether another name stands between a body and "its": then "its" may mean that one. Words inside a quotation are the
     * speaker's, and a name after "of", "in" or "near" is a place ("Greenline Grounds of Kelby", "near Ashcombe").
     */
    private static boolean nameMidSentence(String text) {
        java.util.regex.Matcher m = NAME_MID_SENTENCE.matcher(QUOTATION.matcher(text).replaceAll(" "));
        while (m.find()) {
            if (!CALENDAR.matcher(m.group(1)).matches()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The words a body is known by: its last word and, in "University of Carrowmore", the word before "of" — so that
     * "Carrowmore's pro-vice-chancellor" belongs to the university and not to the "Carrowmore Evening Echo".
     */
    private static List<String> heads(String body) {
        String[] words = body.toLowerCase(Locale.ROOT).replaceFirst("\\s*\\([^)]*\\)$", "").replaceFirst("^the\\s+", "").split("[^\\p{L}-]+");
        List<String> out = new ArrayList<>();
        if (words.length > 0) {
            out.add(words[words.length - 1]);
        }
        if (words.length > 1 && words[0].length() > 3 && !Facts.GENERIC.contains(words[0])) {
            // "Brightholme's chief operating officer" speaks for Brightholme Care.
            out.add(words[0]);
        }
        for (int i = 1; i < words.length - 1; i++) {
            if (words[i].equals("of") || words[i].equals("for")) {
                out.add(words[i - 1]);
                break;
            }
        }
        return out;
    }

    /** A pro-vice-chancellor and a university spokesperson both speak for the university: one side. */
    private boolean speakForOneBody(String a, String b) {
        if (bodiesOf(a).isEmpty() || bodiesOf(b).isEmpty()) {
            return false;
        }
        return speakers.keySet().stream().anyMatch(x -> !x.equals(a) && !x.equals(b) && speaksFor(a, x) && speaksFor(b, x));
    }

    /** "The mayor's spokesman, Elliot Brandvold" speaks for the mayor: one side, never each other's wrong answer. */
    private boolean speaksFor(String person, String principal) {
        // Asked for every pair, and for every third speaker when two may speak for one body: remembered.
        return speaksForCache.computeIfAbsent(person + '\u0000' + principal, k -> findSpeaksFor(person, principal));
    }

    private final Map<String, Boolean> speaksForCache = new HashMap<>();

    private boolean findSpeaksFor(String person, String principal) {
        SpeakerInfo info = speakers.get(person);
        if (info == null) {
            return false;
        }
        SpeakerInfo boss = speakers.get(principal);
        String bossWords = (principal + " " + (boss == null ? "" : String.join(" ", boss.descriptions()))).toLowerCase(Locale.ROOT);
        List<String> heads = heads(principal);
        List<String> named = List.of(principal.toLowerCase(Locale.ROOT).split("[^\\p{L}-]+"));
        for (String whose : bodiesOf(person)) {
            // "the university's pro-vice-chancellor" speaks for the University of Wystanby.
            // "Studio head Ulrika Ethelbrand" speaks for "Lanternfold Games, the studio behind …".
            if (heads.contains(whose) || whose.length() > 3 && (named.contains(whose) || describedAs(boss, whose)) && boss != null
                    && (boss.type() == SourceType.ORGANIZATION || boss.type() == SourceType.GOVERNMENT)) {
                return true;
            }
        }
        // "A spokeswoman for the crisp maker": an unnamed spokesperson is introduced by the words that name them.
        java.util.regex.Matcher m = SPOKESMAN_OF.matcher((person + " " + String.join(" ", info.descriptions())).toLowerCase(Locale.ROOT));
        while (m.find()) {
            String whose = m.group(1) != null ? m.group(1) : m.group(2);
            // "the crisp maker" speaks for Fenmarsh Crisps.
            if (WholeWord.in(bossWords, whose) || WholeWord.in(bossWords, whose + "s")) {
                return true;
            }
        }
        return false;
    }

    /** "Lanternfold Games, the studio behind …": a body the article describes as a {@code kind}, by the description's head. */
    private static boolean describedAs(SpeakerInfo body, String kind) {
        Pattern head = Pattern.compile("^(?:the|a|an)\\s+(?:[\\p{L}'\u2019-]+\\s+){0,2}?" + Pattern.quote(kind) + "\\b");
        return body != null && body.descriptions().stream().anyMatch(d -> head.matcher(d.toLowerCase(Locale.ROOT)).find());
    }

    private final Map<String, List<String>> bodiesOf = new HashMap<>();

    /** The bodies a speaker belongs to by the article's own words: "a university spokesperson", "Cllr", "X's director, Name". */
    private List<String> bodiesOf(String person) {
        return bodiesOf.computeIfAbsent(person, p -> {
            List<String> out = new ArrayList<>();
            SpeakerInfo info = speakers.get(p);
            if (info != null && (info.type() == SourceType.ORGANIZATION || info.type() == SourceType.OUTLET
                    || info.type() == SourceType.GOVERNMENT)) {
                // A body belongs to no other body here: "Corvalis Cloud's rival, Queuebird" is not Corvalis speaking.
                return out;
            }
            String lower = p.toLowerCase(Locale.ROOT);
            java.util.regex.Matcher kind = MEMBER_OF_KIND.matcher(lower);
            if (kind.matches()) {
                out.add(kind.group(1));
                int at = lowerCaseText().indexOf(lower);
                if (at > 0 && GENERIC_BODIES.contains(kind.group(1))) {
                    // "Ravelstoke dismissed the idea. A company spokesperson said …": the company named last before; "a ministry
                    // spokeswoman" is the ministry's, never the audit chamber named in her own sentence.
                    boolean business = kind.group(1).matches("company|firm|business");
                    bodiesBefore(lowerCaseText(), at).stream().filter(body -> business || heads(body).contains(kind.group(1)))
                            .forEach(body -> out.add(heads(body).get(0)));
                }
            }
            java.util.regex.Matcher memberAt = MEMBER_AT.matcher(p.strip());
            if (memberAt.matches()) {
                // "A former quality manager at Lilypad" belongs to Lilypad Kids; "a driver at the Gansbury depot" to a depot.
                out.add(memberAt.group(1).toLowerCase(Locale.ROOT));
            }
            if (lower.matches("^(?:cllr|councillor)\\b.*")) {
                out.add("council");
            }
            String described = (lower + " " + (info == null ? "" : String.join(" ", info.descriptions()))).toLowerCase(Locale.ROOT);
            if (POLICE_RANK.matcher(described).find()) {
                // "Chief Inspector Dale Ruthven": a police rank is the force speaking.
                out.add("police");
            }
            String text = lowerCaseText();
            String name = lower.replaceFirst("^(?:cllr|councillor|prof|professor|dr|mr|mrs|ms)\\.?\\s+", "");
            for (int at = text.indexOf(name); at >= 0 && name.length() > 3; at = text.indexOf(name, at + 1)) {
                String before = text.substring(Math.max(0, at - 90), at);
                String after = text.substring(at + name.length(), Math.min(text.length(), at + name.length() + 70));
                java.util.regex.Matcher owner = OWNER_BEFORE_NAME.matcher(before);
                java.util.regex.Matcher bodyKind = KINDS_ROLE_AFTER_NAME.matcher(after);
                java.util.regex.Matcher kindHead = KIND_HEAD_BEFORE_NAME.matcher(before);
                if (owner.find()) {
                    out.add(owner.group(1));
                } else if (kindHead.find() && !ROLE_ADJECTIVES.contains(kindHead.group(1))) {
                    // "Studio head Ulrika Ethelbrand", "Club secretary Ian Ross": the head of a kind of body.
                    out.add(kindHead.group(1));
                } else if (ITS_ROLE_AFTER_NAME.matcher(after.substring(0, Math.min(60, after.length()))).lookingAt()) {
                    // "The board disputed the account. “…,” said Crispin Ngata-Wolde, its head of operations": the body
                    // named last before the name.
                    bodiesBefore(text, at).forEach(body -> out.add(heads(body).get(0)));
                } else if (bodyKind.lookingAt()) {
                    // "the university's" is the University of Wystanby, a body named with that word. "the company's" names
                    // no body by its word, and the body named last may be the paper that reported it.
                    if (WholeWord.in(articleText, Phrasing.capitalise(bodyKind.group(1)))) {
                        out.add(bodyKind.group(1));
                    }
                } else if (ITS_ROLE_BEFORE_NAME.matcher(before).find()) {
                    // "Calloway Cruises said … Its chief medical officer, Dr Paul Renner": "its" is the body named last. But
                    // in "In its response to the APC, its managing director, Morag Lindsay", both "its" are the body named
                    // before the first one, not the APC between them.
                    bodiesBefore(text, firstItsOfSentence(text, at)).forEach(body -> out.add(heads(body).get(0)));
                }
            }
            return out;
        });
    }

    /**
     * "The spokesperson", "the old baker", "the company": a speaker the article has named
     * before under another name, or never; it may be anyone, so it is never a safe wrong
     * answer and never a clear right one.
     */
    boolean bareRole(String speaker) {
        if (!DEFINITE_COMMON_NOUN.matcher(speaker).matches()) {
            return false;
        }
        SpeakerInfo info = speakers.get(speaker);
        SourceType type = info == null ? SourceType.UNKNOWN : info.type();
        String head = speaker.substring(speaker.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
        return type == SourceType.PERSON || type == SourceType.UNKNOWN && !ORGANISATION_HEADS.contains(head) || speaker.matches("(?i).*\\b(company|firm|group|business|organi[sz]ation|owner|operator)$");
    }

    /**
     * "Ingrid Halvorsen, Helix Systems' chief executive", "a spokesperson for Nexora": a person the
     * article ties to a body speaks for it, so neither is a wrong answer when the other is right.
     */
    private boolean describedBy(String body, String person) {
        String how = String.join(" ", introductions.getOrDefault(person, Set.of())).toLowerCase(Locale.ROOT);
        if (how.isBlank()) {
            return false;
        }
        for (String w : distinctiveWords(body)) {
            if (WholeWord.in(how, w) && !(bothBodies(body, person) && commonNounHere(w))) {
                return true;
            }
        }
        return false;
    }

    private final Map<String, Boolean> appositions = new HashMap<>();

    private String lowerCaseText;

    private String lowerCaseText() {
        if (lowerCaseText == null) {
            lowerCaseText = articleText.toLowerCase(Locale.ROOT);
        }
        return lowerCaseText;
    }

    /** "The regional water authority, Aguas do Valmorra, put …": the article itself says the two are one. */
    private boolean appositive(String a, String b) {
        return appositions.computeIfAbsent(a + "\u0000" + b, k -> {
            String text = lowerCaseText();
            String x = a.toLowerCase(Locale.ROOT).replaceFirst("^the\\s+", "");
            String y = b.toLowerCase(Locale.ROOT).replaceFirst("^the\\s+", "");
            return followedBy(text, x, ", " + y) || followedBy(text, y, ", " + x) || followedBy(text, x, " (" + y)
                    || followedBy(text, y, " (" + x);
        });
    }

    private final Map<String, int[]> occurrences = new HashMap<>();

    /** Whether {@code first + then} occurs in the text: asked of every pair of names, so each name's places are kept. */
    private boolean followedBy(String text, String first, String then) {
        int[] places = occurrences.computeIfAbsent(first, f -> {
            java.util.stream.IntStream.Builder found = java.util.stream.IntStream.builder();
            for (int at = f.isEmpty() ? -1 : text.indexOf(f); at >= 0; at = text.indexOf(f, at + 1)) {
                found.add(at);
            }
            return found.build().toArray();
        });
        for (int at : places) {
            if (text.startsWith(then, at + first.length())) {
                return true;
            }
        }
        return first.isEmpty() && text.contains(then);
    }

    /** "council", "company", "trust": a noun that names a kind of body. */
    static boolean bodyNoun(String word) {
        return BODY_HEADS.contains(word) || ORGANISATION_HEADS.contains(word);
    }

    private static final Set<String> BODY_HEADS = Set.of("regulator", "watchdog", "body", "organisation", "organization", "firm",
            "company", "group", "operator", "provider", "supplier", "contractor", "airline", "carrier", "utility", "federation", "insurer",
            "lender", "retailer", "manufacturer", "developer", "landlord", "employer", "chain", "charity", "hospital", "trust",
            "authority", "agency", "board", "commission", "office", "service", "association", "union", "league", "club", "theatre",
            "playhouse", "museum", "gallery", "library", "observatory", "liquidators", "administrators", "receivers", "auditors", "chamber");

    /**
     * "The regulator" or "the airline" that the analysis could not tie to a name: a reader takes it for one of the bodies
     * the article names, so it is never a wrong answer beside one of them, nor one of them beside it.
     */
    private boolean looseDescription(String speaker) {
        if (!DEFINITE_COMMON_NOUN.matcher(speaker).matches()) {
            return false;
        }
        SpeakerInfo info = speakers.get(speaker);
        if (info != null && info.type() == SourceType.PERSON) {
            return false;
        }
        String head = speaker.substring(speaker.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
        return BODY_HEADS.contains(head);
    }

    /** "The board" and "Isobel Marsh, who chairs the county elections board": the person speaks for the body. */
    private boolean headIntroduces(String definite, String person) {
        if (!DEFINITE_COMMON_NOUN.matcher(definite).matches()) {
            return false;
        }
        String head = definite.substring(definite.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
        String how = String.join(" ", introductions.getOrDefault(person, Set.of())).toLowerCase(Locale.ROOT);
        return !how.isBlank() && WholeWord.in(how, head);
    }

    /**
     * "The committee" where the article writes "the city council's licensing committee": a part of the body, speaking for
     * it, and no other party (review57 YAR q04).
     */
    private boolean partOfBody(String part, String body) {
        if (!DEFINITE_COMMON_NOUN.matcher(part).matches()) {
            return false;
        }
        String head = part.substring(part.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
        String whole = body.toLowerCase(Locale.ROOT).replaceFirst("^the\\s+", "");
        return !whole.isBlank() && !whole.equals(head) && Pattern.compile("\\b" + Pattern.quote(whole) + "['\u2019]s?\\s+(?:[\\p{L}-]+\\s+){0,2}"
                + Pattern.quote(head) + "\\b").matcher(lowerCaseText()).find();
    }

    private boolean namedBody(String speaker) {
        SpeakerInfo info = speakers.get(speaker);
        return !DEFINITE_COMMON_NOUN.matcher(speaker).matches() && info != null
                && info.type() == SourceType.ORGANIZATION;
    }

    /** "The ministry" may be "Kerravia's health ministry": a definite description and a name with its head noun. */
    private static boolean sameHead(String definite, String other) {
        if (!DEFINITE_COMMON_NOUN.matcher(definite).matches()) {
            return false;
        }
        String[] words = definite.toLowerCase(Locale.ROOT).split("\\s+");
        String head = words[words.length - 1];
        return java.util.Arrays.asList(other.toLowerCase(Locale.ROOT).split("[^\\p{L}-]+")).contains(head);
    }

    private static final Set<String> STUDY_TEAM = Set.of("authors", "researchers", "team", "scientists", "study", "trial",
            "paper", "preprint", "researcher", "scientist", "author");

    /** "the authors", "the researchers" and "the study" are one team under different names. */
    private static boolean sameStudyTeam(String a, String b) {
        boolean inA = false;
        boolean inB = false;
        for (String w : a.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            inA |= STUDY_TEAM.contains(w);
        }
        for (String w : b.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            inB |= STUDY_TEAM.contains(w);
        }
        return inA && inB;
    }

    private static final java.util.regex.Pattern NON_LETTERS = java.util.regex.Pattern.compile("[^\\p{L}]+");
    private static final java.util.regex.Pattern ADJECTIVE_ENDING = java.util.regex.Pattern.compile(".*(ian|ese|ish|ine|an)$");
    private static final java.util.regex.Pattern DEMONYM_ENDING = java.util.regex.Pattern.compile(".*(ian|ese|ish|an)$");

    /** "The Chinese government" speaks for China; "the Russian Foreign Ministry" for Russia. */
    private static boolean sameCountry(String withAdjective, String other) {
        for (String raw : NON_LETTERS.split(withAdjective)) {
            String w = raw.toLowerCase(Locale.ROOT);
            if (raw.isEmpty() || !Character.isUpperCase(raw.charAt(0)) || !ADJECTIVE_ENDING.matcher(w).matches() || w.length() < 5) {
                continue;
            }
            for (String o : NON_LETTERS.split(other)) {
                String ol = o.toLowerCase(Locale.ROOT);
                if (!o.isEmpty() && Character.isUpperCase(o.charAt(0)) && !ol.equals(w) && ol.length() >= 4
                        && ol.substring(0, 4).equals(w.substring(0, 4)) && !DEMONYM_ENDING.matcher(ol).matches()) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean sharesRole(String unnamed, String named) {
        SpeakerInfo info = speakers.get(named);
        String descriptions = info == null ? "" : String.join(" ", info.descriptions()).toLowerCase(Locale.ROOT);
        for (String w : unnamed.toLowerCase(Locale.ROOT).split("[^\\p{L}-]+")) {
            if (ROLES.contains(w) && (descriptions.matches("(?s).*\\b" + w + "\\b.*") || named.toLowerCase(Locale.ROOT).contains(w))) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.regex.Pattern NAME_WORD_BREAK = java.util.regex.Pattern.compile("[^\\p{L}']+");
    private static final java.util.regex.Pattern APOSTROPHE_END = java.util.regex.Pattern.compile("'s?$");
    private static final java.util.regex.Pattern NATIONALITY_ENDING = java.util.regex.Pattern.compile(".*(ian|ese|ish|ic|an)$");
    private final Map<String, Set<String>> distinctiveWordsCache = new HashMap<>();

    private boolean bothBodies(String a, String b) {
        return body(a) && body(b);
    }

    /**
     * "Corrabeck Water" and the "Water Bills Adjudicator": a word the article also writes in lower case ("the water
     * households were using") is what two bodies deal in, not a name they share.
     */
    private boolean commonNounHere(String word) {
        return lowerCaseWords.contains(word);
    }

    /**
     * "The Kinnerdale Ratepayers' Association" and "Kinnerdale County Council": two bodies whose names open with the same
     * town and go on in different words are two bodies of that town; "Westermoor Council" may still be "Westermoor County
     * Council".
     */
    private static boolean namedAfterOnePlace(String a, String b, String shared) {
        List<String> restA = wordsAfter(a, shared);
        List<String> restB = wordsAfter(b, shared);
        return restA != null && restB != null && !restA.isEmpty() && !restB.isEmpty()
                && restA.stream().noneMatch(restB::contains);
    }

    /** The words of a name after its first, when its first (after "the") is {@code first}; null otherwise. */
    private static List<String> wordsAfter(String name, String first) {
        List<String> words = new ArrayList<>();
        for (String raw : NAME_WORD_BREAK.split(name.replace('\u2019', '\'').replaceFirst("^(?i)the\\s+", ""))) {
            if (!raw.isBlank()) {
                words.add(APOSTROPHE_END.matcher(raw.toLowerCase(Locale.ROOT)).replaceAll(""));
            }
        }
        return !words.isEmpty() && words.get(0).equals(first) ? words.subList(1, words.size()) : null;
    }

    /** Words of a name that tell it apart: not generic organisation words, not nationality adjectives. */
    private Set<String> distinctiveWords(String speaker) {
        return distinctiveWordsCache.computeIfAbsent(speaker, SpeakerIdentity::findDistinctiveWords);
    }

    private static Set<String> findDistinctiveWords(String speaker) {
        Set<String> out = new LinkedHashSet<>();
        for (String raw : NAME_WORD_BREAK.split(speaker.replace('\u2019', '\''))) {
            String w = APOSTROPHE_END.matcher(raw.toLowerCase(Locale.ROOT)).replaceAll("");
            boolean nationality = !raw.isEmpty() && Character.isUpperCase(raw.charAt(0)) && NATIONALITY_ENDING.matcher(w).matches();
            if (w.length() >= 4 && !GENERIC.contains(w) && !ROLES.contains(w) && !nationality) {
                out.add(w);
            }
        }
        return out;
    }
}
