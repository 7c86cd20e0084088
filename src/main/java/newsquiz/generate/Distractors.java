package newsquiz.generate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import newsquiz.analysis.SourceType;

/** Chooses wrong answers that are plausible, of the same kind as the key, and really wrong. */
final class Distractors {
    private Distractors() {}

    /** Other speakers of the same broad kind, never one that may be the key's speaker under another name. */
    static List<String> speakers(Facts facts, String key, Set<String> alsoRight, int count) {
        return speakers(facts, key, alsoRight, count, name -> false);
    }

    private static final java.util.regex.Pattern COUNCIL_ROLE = java.util.regex.Pattern.compile("(?i)\\b(?:cabinet member|"
            + "councillor|cllr|council leader|leader of the council|portfolio holder)\\b");

    /** Whether what one says may be said for the other: the same speaker under another name, or a council and its member. */
    static boolean sameSide(Facts facts, String one, String other) {
        return facts.mayBeSame(one, other) || councilAndMember(facts, one, other);
    }

    /** Whether one of the two speakers holds a seat or post on the council the other is. */
    static boolean councilAndMember(Facts facts, String one, String other) {
        return councilAnd(facts, one, other, COUNCIL_ROLE);
    }

    /**
     * Whether one of the two holds office for the other, a council: its leader or a cabinet member, whose figure the council
     * would not contest. A councillor and nothing more may be on the other side ("Councillor Bogdana Farrar said the stop was
     * for the buyers of new flats. The council said the claim was twaddle").
     */
    static boolean councilAndOfficeHolder(Facts facts, String one, String other) {
        return councilAnd(facts, one, other, COUNCIL_OFFICE);
    }

    /** Whether one of the two is a council member, named or described by {@code post}, and the other the council. */
    private static boolean councilAnd(Facts facts, String one, String other, java.util.regex.Pattern post) {
        Facts.SpeakerInfo a = facts.speakers.get(one);
        Facts.SpeakerInfo b = facts.speakers.get(other);
        return a != null && councilMember(a, other) && namedOrDescribed(a, post) || b != null && councilMember(b, one) && namedOrDescribed(b, post);
    }

    private static boolean namedOrDescribed(Facts.SpeakerInfo person, java.util.regex.Pattern post) {
        return post.matcher(person.name()).find() || person.descriptions().stream().anyMatch(d -> post.matcher(d).find());
    }

    private static final java.util.regex.Pattern COUNCIL_OFFICE = java.util.regex.Pattern.compile("(?i)\\b(?:cabinet member|"
            + "council leader|leader of the council|leader|deputy leader|portfolio holder|mayor|chair|chairman|chairwoman|spokes\\w+)\\b");

    /** Whether {@code person} holds a council seat or post and {@code body} is a council. */
    private static boolean councilMember(Facts.SpeakerInfo person, String body) {
        return body.matches("(?i).*\\bcouncil\\b.*") && person.type() == SourceType.PERSON && namedOrDescribed(person, COUNCIL_ROLE);
    }

    /** Like {@link #speakers(Facts, String, Set, int)}, never offering one that is {@code barred}, though its side may be. */
    static List<String> speakers(Facts facts, String key, Set<String> alsoRight, int count, java.util.function.Predicate<String> barred) {
        Facts.SpeakerInfo keyInfo = facts.speakers.get(key);
        List<Facts.SpeakerInfo> pool = new ArrayList<>(facts.speakers.values());
        pool.removeIf(s -> barred.test(s.name()));
        pool.removeIf(s -> facts.unfitSpeakers.computeIfAbsent(s.name(), name -> unfitSpeaker(facts, name))
                || facts.mayBeSame(s.name(), key) || alsoRight.stream().anyMatch(r -> facts.mayBeSame(s.name(), r))
                || groupAroundPerson(keyInfo, s) || mayBeEmployerOf(keyInfo, s) || mayBeEmployerOf(s, keyInfo) && !speaksForAnother(facts, s, key)
                || !facts.sameStory(s.name(), key) || passesOnWordsOf(facts, s.name(), key) || facts.consultedOnly.computeIfAbsent(s.name(), n -> onlyConsultedForFigures(facts, n))
                || Facts.documentLike(s.name()) && (!Facts.documentLike(key) || s.name().matches("(?i).*\\b(its|their|his|her)\\b.*")));
        // "The council pushed back … said the cabinet member for schools, Elswyth Goscombe": a council's cabinet member or
        // councillor may speak for it, so neither is a wrong answer when the other is right (review49 GLE q01, q11, q13).
        pool.removeIf(s -> councilMember(s, key) || keyInfo != null && councilMember(keyInfo, s.name())
                && s.type() != SourceType.PERSON && s.type() != SourceType.ANONYMOUS);
        java.util.regex.Matcher spokesFor = SPOKESPERSON_FOR.matcher(key);
        if (spokesFor.matches()) {
            // "A spokesman for the MP" speaks for the MP and for "Gadsworth's office": neither is a wrong answer (review43 TES q06).
            String principal = spokesFor.group(1).toLowerCase(java.util.Locale.ROOT);
            pool.removeIf(s -> s.name().matches("(?i).*['\u2019]s\\s+office$") || s.descriptions().stream()
                    .anyMatch(d -> d.toLowerCase(java.util.Locale.ROOT).matches(".*\\b" + java.util.regex.Pattern.quote(principal) + "\\b.*")));
        }
        pool.sort(Comparator.comparingInt(s -> kindDistance(keyInfo, s)));
        List<String> out = new ArrayList<>();
        for (Facts.SpeakerInfo s : pool) {
            if (out.size() == count) {
                break;
            }
            if (out.stream().noneMatch(o -> facts.mayBeSame(o, s.name()) || sameKind(o, s.name())) && !sameKind(key, s.name())) {
                out.add(s.name());
            }
        }
        return out;
    }

    /**
     * Wrong answers to "Which organisation …?": only bodies the article names, however far down the list of speakers they
     * come, and none that may be {@code notOf} (the one whose claim was denied), when given.
     */
    static List<String> bodies(Facts facts, String key, Set<String> alsoRight, String notOf) {
        return new ArrayList<>(speakers(facts, key, alsoRight, 8).stream()
                .filter(w -> namedBody(facts, w) && !(notOf != null && facts.mayBeSame(w, notOf))).limit(3).toList());
    }

    private static final java.util.regex.Pattern FIRST_PERSON_SINGULAR = java.util.regex.Pattern.compile("\\b(?:I|I'm|I've|I'd|me|my|myself)\\b");
    private static final java.util.regex.Pattern SEVERAL_PEOPLE = java.util.regex.Pattern.compile(
            "(?i)^(?:two|three|four|five|six|several|some|many|both|a group of|members of|a number of)\\b.*");

    /**
     * Named people other than {@code key}, up to three, when {@code words} are a person's own in the first person singular;
     * else an empty list.
     */
    static List<String> peopleFor(Facts facts, String key, Set<String> alsoRight, String words) {
        Facts.SpeakerInfo keyInfo = facts.speakers.get(key);
        if (!FIRST_PERSON_SINGULAR.matcher(words).find() || keyInfo == null || keyInfo.type() != SourceType.PERSON || keyInfo.anonymous()) {
            return List.of();
        }
        List<String> people = new ArrayList<>(speakers(facts, key, alsoRight, 8));
        people.removeIf(w -> facts.speakers.get(w) == null || facts.speakers.get(w).type() != SourceType.PERSON
                || facts.speakers.get(w).anonymous() || SEVERAL_PEOPLE.matcher(w).matches());
        return people.size() > 3 ? List.copyOf(people.subList(0, 3)) : people;
    }

    /**
     * "I have never thrown a leg in my life": one person's words, so "Two people who work in the betting trade" is no one a
     * reader could weigh as having said them (review31 SPE q01).
     */
    static void keepSingleVoices(List<String> wrong, String words) {
        if (FIRST_PERSON_SINGULAR.matcher(words).find()) {
            wrong.removeIf(w -> SEVERAL_PEOPLE.matcher(w).matches());
        }
    }

    /** "A message going round a shop-floor group chat", "Posts on an art forum": words passed on, no organisation. */
    private static final java.util.regex.Pattern MESSAGE = java.util.regex.Pattern.compile("(?i)^(?:an?\\s+|the\\s+)?(?:[\\p{L}-]+\\s+)?"
            + "(?:posts?|messages?|videos?|rumou?rs?|emails?|threads?|tweets?|comments?|claims?|leaflets?)\\b.*");

    /** A wrong answer to "Which organisation …": a speaker the article names that is no person or message. */
    static boolean namedBody(Facts facts, String speaker) {
        Facts.SpeakerInfo info = facts.speakers.get(speaker);
        return info != null && info.type() != SourceType.PERSON && !info.anonymous() && !MESSAGE.matcher(speaker).matches();
    }

    /**
     * "The Gazette's story" among three named people, or one person among three bodies: the key stands out by its kind,
     * and a reader picks it without reading (review21).
     */
    static boolean keyStandsOut(Facts facts, String key, List<String> wrong) {
        Facts.SpeakerInfo keyInfo = facts.speakers.get(key);
        return keyInfo != null && !keyInfo.anonymous() && !wrong.isEmpty() && wrong.stream().map(facts.speakers::get)
                .allMatch(o -> o != null && !o.anonymous() && group(o.type(), false) != group(keyInfo.type(), false));
    }

    private static final java.util.regex.Pattern JOINT_SPEAKERS = java.util.regex.Pattern.compile("(?i)^(?:both|each|neither|all|the two|"
            + "the three)\\s+(?:of them|sides?|parties|camps|groups|clubs|teams|companies|firms|councils|bodies|organi[sz]ations)$");

    /** A speaker no question should offer, whatever it asks: worked out once per name, since every question asks. */
    private static boolean unfitSpeaker(Facts facts, String name) {
        return name.length() > 60 || name.split(" ").length > 8
                // "One of them": a label that names no one a reader can pick out.
                || !ClauseCheck.readableSource(name) || name.matches("(?i)^(?:several|some|many|most|others?|one|two|three|both)$")
                // "Both sides said they would meet": every side at once overlaps the one that is the key (review51 KEL q03).
                || JOINT_SPEAKERS.matcher(name).matches()
                // "Photographs released by the coast guard", "Gustavsen's verdict on the headline number": evidence or a
                // remark, not someone who speaks.
                || notASpeaker(name)
                // "the programme Evening Line on the broadcaster ORN": a programme is where words were said, not who said them.
                || RelayQuestions.isProgramme(facts, name);
    }

    /**
     * "A government source", "Two government sources", "Government sources": one kind of unnamed source counted
     * differently, which a reader cannot tell apart as choices (review19).
     */
    static boolean sameKind(String a, String b) {
        String ka = bareKind(a);
        return ka.contains(" ") && ka.equals(bareKind(b));
    }

    private static final String QUANTIFIER = "(?i)^(?:(?:a|an|the|one|two|three|four|several|some|other|another|second|third|"
            + "senior)\\s+)+";

    private static String bareKind(String name) {
        String bare = name.replaceFirst(QUANTIFIER, "").toLowerCase(java.util.Locale.ROOT).strip();
        return bare.endsWith("s") && !bare.endsWith("ss") ? bare.substring(0, bare.length() - 1) : bare;
    }

    /**
     * "It sold for £212,000 in 2019, according to the Land Registry": a record the writer looked a figure up in, not someone
     * a reader would believe said "I'd like that put right".
     */
    private static boolean onlyConsultedForFigures(Facts facts, String speaker) {
        List<Statement> own = facts.statements.stream().filter(st -> st.speaker().equals(speaker)).toList();
        return !own.isEmpty() && own.stream().allMatch(st -> st.attribution().sourceType() != SourceType.PERSON
                && st.attribution().sourceType() != SourceType.OUTLET
                && st.attribution().cue().toLowerCase(java.util.Locale.ROOT).startsWith("according to")
                && st.claim().chars().anyMatch(Character::isDigit));
    }

    /**
     * "Analysts had expected $1.37 billion, according to data compiled by FactPoint": FactPoint passes on what analysts
     * said, so beside "Analysts at Torvik Securities" it is half right.
     */
    private static boolean passesOnWordsOf(Facts facts, String speaker, String key) {
        String group = key.split(" ")[0];
        return group.matches("\\p{Lu}\\p{Ll}+s") && facts.statements.stream()
                .anyMatch(st -> st.speaker().equals(speaker) && st.claim().startsWith(group + " "));
    }

    /**
     * "The researchers" or "the authors" may include the named researcher who is the key; an
     * unnamed group is no safe wrong answer for a named person, nor the other way round.
     */
    /** "the firm's operations director": the body a person speaks for, named only by its kind. */
    private static final java.util.regex.Pattern UNNAMED_EMPLOYER = java.util.regex.Pattern.compile(
            "(?i)(?:^|\\b(?:the|this|that)\\s+)(firm|company|business|club|council|union|charity|school|trust|group|society|agency|hospital"
                    + "|board|authority|ministry|department|university)['\u2019]s?\\s");
    /** "A spokesman for the MP": who the spokesperson speaks for, by the post alone. */
    private static final java.util.regex.Pattern SPOKESPERSON_FOR = java.util.regex.Pattern.compile(
            "(?i)^an?\\s+spokes(?:man|woman|person)\\s+for\\s+the\\s+(\\p{L}+)$");
    /** "manager", "the chief executive", "finance chief": an officer of a business, named by the post alone. */
    private static final java.util.regex.Pattern BUSINESS_TITLE = java.util.regex.Pattern.compile("(?i)^(?:the\\s+)?(?:[\\p{L}-]+\\s+)?"
            + "(?:manager|chief executive|managing director|finance (?:chief|director)|chief financial officer|chief operating officer"
            + "|spokes(?:man|woman|person))$");
    private static final java.util.regex.Pattern PUBLIC_BODY = java.util.regex.Pattern.compile("(?i)\\b(?:office|council|police|constabulary|"
            + "hospital|authority|ministry|department|university|school|court|government|agency|commission|inspectorate|regulator|service)\\b");

    /**
     * Whether {@code other} may be the body {@code key}'s description names only by its kind: beside "Winslow Ofelkirk, the
     * firm's operations director", the firm Gallowcroft is no wrong answer (review32 GAL q03), nor is he beside the firm.
     */
    /** "Its general secretary, Mo Patel" after the union: the article ties the person to a body other than {@code key}. */
    private static boolean speaksForAnother(Facts facts, Facts.SpeakerInfo person, String key) {
        return facts.speakers.values().stream().anyMatch(b -> !b.name().equals(key) && !facts.mayBeSame(b.name(), key)
                && (b.type() == SourceType.ORGANIZATION || b.type() == SourceType.GOVERNMENT) && facts.knownSame(person.name(), b.name()));
    }

    /** Whether {@code person} may speak for {@code body}: "its quarry manager", "the manager" of a firm in the story. */
    static boolean mayWorkFor(Facts facts, String person, String body) {
        String spokenFor = facts.bodySpokenFor(person);
        return mayBeEmployerOf(facts.speakers.get(person), facts.speakers.get(body))
                || spokenFor != null && (spokenFor.equals(body) || facts.mayBeSame(spokenFor, body));
    }

    private static boolean mayBeEmployerOf(Facts.SpeakerInfo key, Facts.SpeakerInfo other) {
        // Only a body: "A council spokeswoman" beside "the council's head of waste" is another voice, not the council.
        if (key == null || other == null || key.type() != SourceType.PERSON) {
            return false;
        }
        if ((other.type() == SourceType.ORGANIZATION || other.type() == SourceType.UNKNOWN && !other.anonymous())
                && !PUBLIC_BODY.matcher(other.name()).find()
                && key.descriptions().stream().anyMatch(d -> BUSINESS_TITLE.matcher(d.strip()).matches())) {
            // "said the manager, Ragnvald Ostby": a firm's officer with no firm named may speak for any firm in the story, a
            // name like "Gelthorpe Stone" that is a firm only by what it does as well.
            return true;
        }
        if (other.type() != SourceType.ORGANIZATION && other.type() != SourceType.GOVERNMENT) {
            return false;
        }
        for (String description : key.descriptions()) {
            if (description.matches("(?i)^(?:its|their)\\s+\\S.*")) {
                // "Its chief veterinary adviser": the body named just before, whichever it is.
                return true;
            }
            java.util.regex.Matcher m = UNNAMED_EMPLOYER.matcher(description + " ");
            if (!m.find()) {
                continue;
            }
            String kind = m.group(1).toLowerCase(java.util.Locale.ROOT);
            boolean business = kind.matches("firm|company|business");
            java.util.regex.Pattern word = java.util.regex.Pattern.compile("(?i)\\b" + kind + "\\b");
            if (word.matcher(other.name()).find() || other.descriptions().stream().anyMatch(d -> word.matcher(d).find())
                    || business && !PUBLIC_BODY.matcher(other.name()).find()) {
                return true;
            }
        }
        return false;
    }

    private static boolean groupAroundPerson(Facts.SpeakerInfo key, Facts.SpeakerInfo other) {
        if (key == null) {
            return false;
        }
        boolean keyGroup = key.name().matches("(?i)^(the|a|an|some|two|three|several)\\s.*s$");
        boolean otherGroup = other.name().matches("(?i)^(the|a|an|some|two|three|several)\\s.*s$");
        return keyGroup && other.type() == SourceType.PERSON || otherGroup && key.type() == SourceType.PERSON;
    }

    private static int kindDistance(Facts.SpeakerInfo key, Facts.SpeakerInfo other) {
        if (key == null) {
            return 0;
        }
        return group(key.type(), key.anonymous()) == group(other.type(), other.anonymous()) ? 0 : 1;
    }

    private static int group(SourceType type, boolean anonymous) {
        if (anonymous) {
            return 2;
        }
        return type == SourceType.PERSON ? 0 : 1;
    }

    /**
     * Claims from other statements, similar in length to the key, that share no source name
     * with it and are not near-copies of it.
     */
    static List<String> claims(Facts facts, String key, Predicate<Statement> eligible, int count) {
        List<String> out = new ArrayList<>();
        // The families' own tests are the costly ones: asked only of the closest claims, until enough are found.
        for (Statement s : facts.claimsBeside.computeIfAbsent(key, k -> claimsBeside(facts, k))) {
            if (out.size() == count) {
                break;
            }
            if (out.stream().noneMatch(o -> facts.similar(o, s.claim())) && eligible.test(s)) {
                out.add(s.claim());
            }
        }
        return out;
    }

    /** Every statement whose claim could stand beside {@code key} as a wrong answer, closest first; one list per key and quiz. */
    private static List<Statement> claimsBeside(Facts facts, String key) {
        int keyWords = Phrasing.words(key);
        boolean keyFirstPerson = facts.firstPerson(key);
        List<Statement> pool = new ArrayList<>();
        for (Statement s : facts.statements) {
            if (!facts.isStandalone(s) || !facts.readableClaims.computeIfAbsent(s, Distractors::readableClaim)
                    || !keyFirstPerson && facts.firstPerson(s.claim())) {
                continue;
            }
            if (facts.similar(s.claim(), key) || !facts.sameStory(s.claim(), key) || facts.shareSource(s.claim(), key)
                    // One the quality filter would drop as far too long only takes the place of one it would keep.
                    || Phrasing.words(s.claim()) > QualityFilter.longestAlike(keyWords)) {
                continue;
            }
            pool.add(s);
        }
        // A wrong answer on the key's topic is one a reader has to think about: "the fee was hidden" beside "the fee was
        // lawful" asks more than a claim about the weather does. Length still keeps the choices alike.
        Map<Statement, Integer> lengthGap = new IdentityHashMap<>();
        for (Statement s : pool) {
            lengthGap.put(s, Math.abs(Phrasing.words(s.claim()) - keyWords) - 4 * Math.min(2, facts.sharedWords(s.claim(), key)));
        }
        // A stable sort: the order is the same whichever statements a family then finds eligible.
        pool.sort(Comparator.comparingInt(lengthGap::get));
        return pool;
    }

    /** Whether a statement's claim reads as a wrong answer on its own; it does not depend on the key. */
    private static boolean readableClaim(Statement s) {
        // A choice the quality filter would drop leaves the question short of wrong answers; pick readable ones.
        if (Readable.choiceProblem(s.claim()).isPresent() || s.objectAndInfinitive()) {
            return false;
        }
        // "So where does a third more cheese come from? From the sky": a question asks, it claims nothing as a choice.
        if (s.claim().contains("?") || Phrasing.clean(s.attribution().content()).strip().matches("(?s).*\\?[\"\u201d']?$")) {
            return false;
        }
        // "The seizure “a message aimed at Kestowa”": a thing and a label for it, with no verb between, is no claim.
        return s.quotation() || !(LABEL_ONLY.matcher(s.claim()).matches()
                && !Facts.hasFiniteVerb(s.claim().replaceAll("[\u201c\"][^\u201d\"]*[\u201d\"]", " "))
                || !ClauseCheck.isFullSentence(s.claim()));
    }

    private static final java.util.regex.Pattern EVIDENCE_LABEL = java.util.regex.Pattern.compile(
            "(?i)^(?:\\p{L}+\\s+){0,2}(?:photographs?|photos?|images?|footage|videos?|data|records|documents?|figures|logs?)\\s+"
                    + "(?:released|published|seen|obtained|shared|posted|provided|compiled|entered|filed|reviewed)\\b"
                    + "|['\u2019]s\\s+(?:verdict|view|advice|message|assessment|comment|reply|answer|response|warning)\\b"
                    // "A figure repeated by the deputy speaker": what was said, not who said it.
                    + "|^(?:a|an|the|this|that)\\s+(?:figure|number|claim|report|post|rumou?r|statement|estimate|allegation|story)$");

    /** "Photographs released by the coast guard", "Gustavsen's verdict on the headline number": no one a reader could name as the speaker. */
    static boolean notASpeaker(String name) {
        return EVIDENCE_LABEL.matcher(name).find();
    }

    private static final java.util.regex.Pattern LABEL_ONLY = java.util.regex.Pattern.compile(
            "(?i)^[^\u201c\"]+\\s[\u201c\"](?:a|an|the)\\s.*");

    /** Two texts that share most of their content words say the same thing. */
    static boolean similar(String a, String b) {
        return similar(a, b, contentWords(a), contentWords(b));
    }

    static boolean similar(String a, String b, Set<String> wa, Set<String> wb) {
        if (wa.isEmpty() || wb.isEmpty()) {
            return Phrasing.key(a).equals(Phrasing.key(b));
        }
        int shared = 0;
        for (String w : wa) {
            if (wb.contains(w)) {
                shared++;
            }
        }
        return shared >= 0.5 * Math.min(wa.size(), wb.size());
    }

    /** How many of the text's content words are among {@code words}. */
    static int sharedWith(Set<String> words, String text) {
        return (int) contentWords(text).stream().filter(words::contains).count();
    }

    static Set<String> contentWords(String text) {
        Set<String> out = new HashSet<>();
        for (String w : Phrasing.key(text).split(" ")) {
            if (w.length() >= 4 && !STOP.contains(w)) {
                out.add(w.toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    private static final Set<String> STOP = Set.of("that", "this", "with", "from", "have", "been", "were", "will", "would",
            "could", "their", "there", "they", "about", "which", "said", "also", "more", "than", "into", "over", "after", "because");
}
