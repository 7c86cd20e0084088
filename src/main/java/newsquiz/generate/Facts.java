package newsquiz.generate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import newsquiz.analysis.Analysis;
import newsquiz.analysis.Attribution;
import newsquiz.analysis.SourceType;
import newsquiz.analysis.Stance;
import newsquiz.article.Sentence;
import newsquiz.article.Stories;

/**
 * The analysis seen from the question writer's side: statements with standalone claims,
 * speakers with their kind and descriptions, and the names a wrong answer must not repeat.
 */
final class Facts {
    /** Words too common in organisation names to tell two speakers apart. */
    static final Set<String> GENERIC = Set.of("ministry", "foreign", "affairs", "news", "government", "national",
            "international", "university", "council", "department", "office", "agency", "republic", "times", "daily", "media",
            "group", "company", "state", "states", "people", "service", "services", "institute", "commission", "association",
            "party", "the", "and", "for", "with", "from", "that", "this", "reports", "report", "unnamed", "source", "sources",
            "official", "officials", "north", "south", "east", "west", "said", "district", "county", "city", "public",
            "board", "their", "which", "about", "after", "before");
    private static final Set<String> OBJECT_STARTS = Set.of("the", "these", "those", "that", "this", "its", "his", "her",
            "their", "any", "a", "an", "it", "them", "to", "against", "as", "in", "on", "for", "of", "at");

    static final newsquiz.analysis.Lexicon LEXICON = new newsquiz.analysis.Lexicon();

    final Analysis analysis;
    final List<Statement> statements = new ArrayList<>();
    /** The second "… and that …" clauses of reported statements, as claims a denial may answer: see {@link #claims()}. */
    private final List<Statement> laterClauses = new ArrayList<>();
    final Map<String, SpeakerInfo> speakers = new LinkedHashMap<>();
    final Set<String> names = new LinkedHashSet<>();
    /** Names of people, bodies, outlets and places: these keep their capitals inside a question. */
    final Set<String> entityNames = new LinkedHashSet<>();
    /** Per sentence, which story of a briefing it belongs to (all 0 in a single story). */
    private final int[] stories;
    private final boolean briefing;
    /** Which kind each of {@link #entityNames} is: an outlet's name cannot be the "she" that follows it. */
    private final Map<String, SourceType> entityTypes = new HashMap<>();
    /** Words the article writes in lower case: a claim starting with one may be lower-cased, a name may not. */
    final Set<String> lowerCaseWords = new java.util.HashSet<>();

    /** "the company" → {"Harrowgate Aggregates"}: what the article's definite descriptions stood for. */
    private final Map<String, Set<String>> definiteAliases = new HashMap<>();
    /** How the article introduces each speaker: its descriptions and the words it was mentioned with. */
    private final Map<String, Set<String>> introductions = new HashMap<>();
    /** Which speakers may be one under different names: reads {@link #speakers} and {@link #introductions}. */
    private final SpeakerIdentity identity;
    /** "kerravian medical association" → "KMA": the short name the article goes on to use for a body. */
    private final Map<String, String> acronyms = new HashMap<>();
    /** "resident" → {"Eamon Fairweather"}: the lower-case words the article uses for a speaker. */
    private final Map<String, Set<String>> roleWords = new HashMap<>();
    /** The body a letter or notice says "we" for, when it names one. */
    private final Optional<WritersVoice> voice;
    private static final Set<String> ROLE_WORD_NOISE = Set.of("former", "senior", "local", "which", "where", "their", "about",
            "other", "there", "first", "later", "earlier", "people", "condition", "anonymity", "because", "authorized", "allowed",
            "speak", "publicly", "named", "asked", "familiar", "matter", "under", "after", "before");

    private static final java.util.regex.Pattern HEARD = java.util.regex.Pattern.compile("(?i)(?:was\\s+|were\\s+|has\\s+|had\\s+)?(?:heard|hears|hear)");

    /** {@code anonymous}: the speaker goes unnamed. An outlet is named even when its report rests on people who are not. */
    record SpeakerInfo(String name, SourceType type, List<String> descriptions, boolean anonymous) {}

    private static final java.util.regex.Pattern DOCUMENT_FROM = java.util.regex.Pattern.compile("(?i)^(?:a|an|the)\\s+(?:[\\p{L}-]+\\s+)?(?:statement|report|letter|"
            + "release|notice|filing|post|email|e-mail)\\s+(?:from|by|of)\\s+(\\S.*?)"
            // ("a letter from the agency included in the bundle of documents": the agency, not what the letter was put in.)
            + "(?:\\s+(?:included|filed|published|sent|seen|shown|put|read|quoted|cited|given|attached|which|that)\\b.*)?$");

    Facts(Analysis analysis) {
        this.analysis = analysis;
        this.voice = WritersVoice.of(analysis);
        this.stories = Stories.of(analysis.article());
        this.briefing = java.util.Arrays.stream(stories).anyMatch(n -> n > 0);
        // Each body under every name the analysis knows it by: "Cradlewell" for "Cradlewell Voyager 360".
        identity = new SpeakerIdentity(speakers, analysis.sources().stream().flatMap(e -> java.util.stream.Stream
                .concat(java.util.stream.Stream.of(e.name()), e.aliases().stream().filter(a -> a.length() >= 3))
                .map(name -> new SpeakerInfo(name, e.type(), e.descriptions(), false))).toList(), introductions,
                bodySpokenFor, analysis.article().text(), lowerCaseWords);
        for (String w : analysis.article().text().split("[^\\p{L}']+")) {
            if (!w.isEmpty() && Character.isLowerCase(w.charAt(0))) {
                lowerCaseWords.add(w);
            }
        }
        Map<String, List<String>> descriptions = new HashMap<>();
        for (Analysis.SourceEntity e : analysis.sources()) {
            descriptions.put(e.name(), e.descriptions());
            shortNameInArticle(e).ifPresent(a -> acronyms.put(e.name().toLowerCase(Locale.ROOT), a));
            names.add(e.name());
            entityNames.add(e.name());
            entityTypes.put(e.name(), e.type());
            for (String alias : e.aliases()) {
                if (alias.length() >= 3) {
                    names.add(Phrasing.capitalise(alias));
                }
            }
        }
        List<Attribution> attributions = analysis.attributions();
        for (int i = 0; i < attributions.size(); i++) {
            Attribution a = attributions.get(i);
            if (a.source() == null || a.source().startsWith("unnamed source")) {
                continue;
            }
            String speaker = speakerName(a);
            if (commonWord(speaker) && !a.anonymous()) {
                // "Rotas" of "rotas, timesheets and invoices", "Weekly" of "a left-leaning weekly": no one a reader could name.
                continue;
            }
            names.add(speaker);
            String mention = a.mention() == null ? "" : Phrasing.clean(a.mention()).toLowerCase(Locale.ROOT);
            if (mention.matches("^the\\s+[\\p{Ll} '-]+$") && !a.source().toLowerCase(Locale.ROOT).equals(mention)) {
                definiteAliases.computeIfAbsent(mention.substring(4), m -> new LinkedHashSet<>()).add(speaker);
            }
            Set<String> intro = introductions.computeIfAbsent(speaker, k -> new LinkedHashSet<>());
            intro.add(Phrasing.clean(a.description()));
            String mentioned = Phrasing.clean(a.mention() == null ? "" : a.mention());
            // "Brereton-Coyle, blamed … Daniel Fairlie-Mbatha, who he": a mention that runs on to a pronoun is the path the
            // reader took to the speaker, and the names on it are other people.
            if (!PRONOUN_END.matcher(mentioned).find()) {
                intro.add(mentioned.replace(Phrasing.clean(a.source()), " "));
            }
            intro.addAll(descriptions.getOrDefault(a.source(), List.of()));
            Integer owner = a.sourceType() == SourceType.PERSON ? ownerSpokenOfBefore(attributions, i) : null;
            if (owner != null) {
                // "said its chief executive, Clarimond Dallimore", after "the company said": she speaks for Caldermoor Trains.
                // (Not an introduction: "Eastmoor" of the body would tie her to "Eastmoor Radio" too.)
                bodySpokenFor.putIfAbsent(speaker, speakerName(attributions.get(owner)));
            }
            if (a.sourceType() == SourceType.PERSON && roleClausesRead.add(a.source())) {
                intro.addAll(roleClauses(a.source()));
            }
            // "resident Eamon Fairweather": a choice about "residents" may be about him.
            // A title before the name ("Mayor Ana Ruiz") is a role too: "the mayor" may be her.
            String title = a.description().matches("\\p{Lu}\\p{Ll}+") ? a.description().toLowerCase(Locale.ROOT) : "";
            String roles = (Phrasing.clean(a.mention() == null ? "" : a.mention()) + " " + a.description() + " " + title)
                    .replace(a.source(), " ");
            for (String w : roles.split("[^\\p{L}-]+")) {
                if (w.length() >= 5 && Character.isLowerCase(w.charAt(0)) && !ROLE_WORD_NOISE.contains(w)
                        && !ORGANISATION_HEADS.contains(w) && !GENERIC.contains(w)) {
                    roleWords.computeIfAbsent(w.toLowerCase(Locale.ROOT), m -> new LinkedHashSet<>()).add(speaker);
                }
            }
            // The statement's own description as well as the name's: "the board's medical director", given to "Dr Radmila
            // Crowthorne" by the quotation that named her, is who she speaks for.
            List<String> described = new ArrayList<>(descriptions.getOrDefault(a.source(), List.of()));
            if (!a.description().isBlank() && !described.contains(a.description())) {
                described.add(a.description());
            }
            speakers.putIfAbsent(speaker, new SpeakerInfo(speaker, a.sourceType(), List.copyOf(described),
                    a.anonymous() && a.sourceType() != SourceType.OUTLET));
            if (HEARD.matcher(a.cue()).matches()) {
                // "The court heard that …": the evidence a court heard is a witness's words, not the court's. The court is
                // still someone in the story, to be offered as a wrong answer.
                continue;
            }
            List<Integer> sentences = a.sentences().isEmpty() ? List.of(a.sentence()) : a.sentences();
            List<String> evidence = new ArrayList<>();
            for (int s : sentences) {
                evidence.add(sentence(s).text());
            }
            boolean quotation = isQuotation(a);
            statements.add(new Statement(i, a, speaker, claimOf(a, speaker, quotation), quotation, sentences, evidence));
            Attribution second = quotation ? null : secondClause(a);
            if (second != null) {
                // "said the substance had come from a protein powder and that the level found was only 4 nanograms": the
                // second "that" clause is a claim of its own, which a denial may answer ("the level was 40 nanograms, not 4").
                // It may lean on the first ("and that it had been hidden as a result"), so only a denial's target is sought in it.
                laterClauses.add(new Statement(i, second, speaker, claimOf(second, speaker, false), false, sentences, evidence));
            }
        }
    }

    /**
     * Whether a choice comes only from another story of a briefing than the sentences a question is about: a speaker, a
     * claim or a description from the football item is no plausible answer about the volcano.
     */
    boolean fromAnotherStory(String choice, List<Integer> asked) {
        if (!briefing) {
            return false;
        }
        Set<Integer> storiesAsked = new java.util.HashSet<>();
        asked.forEach(i -> storiesAsked.add(stories[i]));
        Set<Integer> home = storiesOf(choice);
        return !home.isEmpty() && java.util.Collections.disjoint(home, storiesAsked);
    }

    /** Whether two choices may stand side by side: they come from one story of a briefing, or the article is one story. */
    boolean sameStory(String a, String b) {
        if (!briefing) {
            return true;
        }
        Set<Integer> first = storiesOf(a);
        Set<Integer> second = storiesOf(b);
        return first.isEmpty() || second.isEmpty() || !java.util.Collections.disjoint(first, second);
    }

    /** The stories a speaker speaks in or a claim is made in; else the stories whose sentences hold the words. */
    private Set<Integer> storiesOf(String choice) {
        return storiesOfChoice.computeIfAbsent(choice, c -> {
            Set<Integer> home = new java.util.HashSet<>();
            for (Statement s : statements) {
                if (s.speaker().equals(c) || s.claim().equals(c)) {
                    home.add(stories[s.sentence()]);
                }
            }
            if (home.isEmpty()) {
                String words = c.toLowerCase(Locale.ROOT);
                for (Sentence s : analysis.article().sentences()) {
                    if (s.text().toLowerCase(Locale.ROOT).contains(words)) {
                        home.add(stories[s.index()]);
                    }
                }
            }
            return home;
        });
    }

    private final Map<String, Set<Integer>> storiesOfChoice = new HashMap<>();

    /** Whether the article introduces a speaker with a word that starts with {@code stem} ("who farms …" for "farm"). */
    boolean introducedWith(String speaker, String stem) {
        return introductions.getOrDefault(speaker, Set.of()).stream()
                .anyMatch(i -> java.util.Arrays.stream(i.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")).anyMatch(w -> w.startsWith(stem)));
    }

    Sentence sentence(int index) {
        return analysis.article().sentences().get(index);
    }

    private AnswerOverlap answerOverlap;

    /** Made on first use: most articles have few denials to match. */
    AnswerOverlap answerOverlap() {
        if (answerOverlap == null) {
            answerOverlap = new AnswerOverlap(analysis.article().sentences());
        }
        return answerOverlap;
    }

    /** The body a letter, notice or decision says "we" and "us" for, when it names one. */
    Optional<WritersVoice> voice() {
        return voice;
    }

    /** The speaker as a learner should read it: "A source in Russia" rather than "a source in Russia". */
    String speakerName(Attribution a) {
        String s = Phrasing.clean(a.source()).replaceAll("\\s*\\([^)]*\\)\\s*", " ").strip();
        if (!ClauseCheck.balancedQuotes(s)) {
            // "quoted a “long-time drinker” who said …": the label came with one of its quotation marks only.
            s = s.replaceAll("[\"\u201c\u201d]", "").strip();
        }
        String asWritten = bodyAsWritten(a, s);
        if (asWritten != null) {
            s = asWritten;
        }
        // "His ministry" means nothing out of its sentence; "The ministry" does.
        s = s.replaceFirst("^(?i)(his|her|its|their)\\s+", "The ");
        if (voice.isPresent()) {
            // "Our board", "One of our drivers": the writer's body by name.
            s = voice.get().inThirdPerson(s);
        }
        // "One neighbour, who didn't want to be named" is, for a reader choosing, "A neighbour".
        s = s.replaceFirst(",\\s*(?:who|which|whose)\\b.*$", "")
                .replaceFirst("\\s+(?:on|last|this)\\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year)\\b.*$", "")
                // "A petition page set up last week" without its week is "A petition page", not "… set up".
                .replaceFirst("(?i)^((?:an?|the)\\s+\\p{L}+(?:\\s+\\p{L}+)?)\\s+(?:set up|put up|posted|shared|published|launched|started|created|sent)$", "$1");
        java.util.regex.Matcher one = java.util.regex.Pattern.compile("^(?i)one\\s+(?!of\\b)(\\p{Ll}.*)$").matcher(s);
        if (one.matches()) {
            s = (Descriptions.startsWithVowelSound(one.group(1)) ? "An " : "A ") + one.group(1);
        }
        String named = Phrasing.capitalise(withArticleThe(s));
        String acronym = acronyms.get(s.replaceFirst("^(?i)the\\s+", "").toLowerCase(Locale.ROOT));
        // The article says "the KMA" after introducing it once: the choice shows both, so a reader can match either.
        return acronym != null && !named.contains(acronym) ? named + " (" + acronym + ")" : named;
    }

    /** "Kerravian Medical Association" → "KMA": the capitals of its words, small words left out. */
    private static String initials(String name) {
        StringBuilder out = new StringBuilder();
        for (String w : name.split("[\\s-]+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                out.append(w.charAt(0));
            }
        }
        return out.toString();
    }

    /** An all-capital alias of the body that the article also uses on its own, outside the brackets that introduce it. */
    private java.util.Optional<String> shortNameInArticle(Analysis.SourceEntity e) {
        String text = analysis.article().text();
        for (String alias : e.aliases()) {
            String upper = alias.toUpperCase(Locale.ROOT);
            if (alias.matches("[a-z]{2,6}") && upper.equals(initials(e.name()))
                    && java.util.regex.Pattern.compile("(?<![(\\p{L}])" + upper + "(?![)\\p{L}])").matcher(text).find()) {
                return java.util.Optional.of(upper);
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * "Vellmar's interior ministry" resolved to a name that shares no word with it and is not
     * described as one (a place, say): the article's own words for the body are safer, and a
     * later "the ministry" is the same named body. Null when the resolution is plausible.
     */
    private static final java.util.regex.Pattern RELATIVE_AFTER_NAME = java.util.regex.Pattern.compile(",\\s*(?:who|whose)\\b");

    private String bodyAsWritten(Attribution a, String source) {
        if (a.sourceType() == SourceType.PERSON && POST_OF_A_BODY.matcher(Phrasing.clean(a.mention() == null ? "" : a.mention())).matches()) {
            // "The chair of the Yellerstowe Hoteliers' Association", named as Ginevra Thistlewood: her post, not the body.
            return null;
        }
        String mention = Phrasing.clean(a.mention() == null ? "" : a.mention()).replaceFirst("^(?i)(?:his|her|its|their)\\s+", "the ");
        if (a.sourceType() == SourceType.PERSON && (mention.contains(source) && RELATIVE_AFTER_NAME.matcher(mention).find()
                // "Dobromir Kirkbright, recorder for the Ilton Bird Club": the name, then its post in the body.
                || mention.startsWith(source + ","))) {
            // "Councillor Nye Wickstead, who leads the opposition on the county council": the person named, whatever body
            // the clause after the name ends on.
            return null;
        }
        String head = mention.isEmpty() ? "" : mention.substring(mention.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
        if (!ORGANISATION_HEADS.contains(head) || source.toLowerCase(Locale.ROOT).contains(head)
                || analysis.sources().stream().anyMatch(e -> e.name().equals(source)
                        && e.descriptions().stream().anyMatch(d -> d.toLowerCase(Locale.ROOT).endsWith(head)))) {
            return null;
        }
        if (mention.matches(".*\\p{Lu}.*\\s.*") && !mention.matches("(?i)^the\\s+\\p{Ll}+$")) {
            return mention;
        }
        // "The ministry" right after "Vellmar's interior ministry": the body just named.
        for (Attribution earlier : analysis.attributions()) {
            // "The Bramblecote Parents' Forum, which represents families at the school" names the forum, not "the school".
            String m = Phrasing.clean(earlier.mention() == null ? "" : earlier.mention()).replaceFirst(",\\s*(?:who|which|whose|that)\\b.*$", "");
            if (earlier.sentence() < a.sentence() && earlier.sentence() >= a.sentence() - 3 && m.toLowerCase(Locale.ROOT).endsWith(" " + head)
                    && m.matches(".*\\p{Lu}.*\\s.*") && !m.matches("(?i)^the\\s+\\p{Ll}+$")) {
                return m;
            }
        }
        return null;
    }

    private static final java.util.regex.Pattern POST_OF_A_BODY = java.util.regex.Pattern.compile(
            "(?i)^the\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:chair|chairman|chairwoman|director|chief|executive|manager|officer|secretary|president"
                    + "|head|leader|treasurer|spokes(?:man|woman|person))\\s+(?:of|at|for)\\s+.+$");

    /** "Kremlin" is "the Kremlin" in the article: keep the article's own way of naming it. */
    String withArticleThe(String name) {
        return casing().source(name);
    }

    private Casing casing;

    /** How the article writes words in the middle of a sentence: built once, on first use. */
    Casing casing() {
        if (casing == null) {
            Set<String> people = new LinkedHashSet<>(entityNames);
            people.removeIf(n -> entityTypes.get(n) != SourceType.PERSON);
            casing = new Casing(analysis.article().sentences().stream().map(Sentence::text).toList(), entityNames, people);
        }
        return casing;
    }

    /** A statement's claim as a standalone sentence: "North Korea wants to send workers …". */
    /** A modal's verb, then "and" with a past tense: "would “not be doing sums in public” and moved on". */
    private static final java.util.regex.Pattern MODAL_THEN_PAST = java.util.regex.Pattern.compile(
            "\\b(?:would|could|will|can|should|might|may|must)\\b.*?\\s+and\\s+(\\p{Ll}+ed)\\s+"
                    // A verb goes on with a particle, an object or a quotation; "and recycled water" is an adjective's noun.
                    + "(?=on\\b|off\\b|out\\b|up\\b|down\\b|away\\b|back\\b|to\\b|into\\b|the\\b|a\\b|an\\b|his\\b|her\\b|their\\b|"
                    + "its\\b|it\\b|them\\b|him\\b|that\\b|[\"\u201c])");
    /** Verbs whose bare form ends in "ed", which a modal may take ("would need", "could succeed"). */
    private static final Set<String> BARE_IN_ED = Set.of("need", "feed", "proceed", "exceed", "succeed", "bleed", "breed", "speed",
            "shed", "wed", "embed", "seed", "heed", "weed", "shred", "bed", "sled", "red", "led");

    /**
     * "he said he would “not be doing sums in public” and moved on to the next question": a past tense after "and" cannot go
     * on from "would"; it goes on from "said", and what follows is the narrator's, not the speaker's.
     */
    static String withoutNarratorsVerb(String claim) {
        java.util.regex.Matcher m = MODAL_THEN_PAST.matcher(claim);
        if (!m.find() || BARE_IN_ED.contains(m.group(1))) {
            return claim;
        }
        int and = claim.lastIndexOf(" and ", m.start(1));
        String before = claim.substring(0, and);
        // The "and" must be the narrator's, outside any quotation.
        return ClauseCheck.balancedQuotes(before) ? before.strip() : claim;
    }

    /** "the speculation", "those reports": the object of a verdict is a claim. */
    private static final java.util.regex.Pattern CLAIM_OBJECT = java.util.regex.Pattern.compile("(?i)(?:the|these|those|that|this|such)\\s+"
            + "(?:[\\p{L}'\u2019-]+\\s+)?(?:speculation|rumou?rs?|reports?|claims?|stor(?:y|ies)|allegations?|suggestions?|accounts?"
            // "played down the count", "took issue with the estimate": a figure or a complaint is as much a claim's name.
            + "|counts?|figures?|estimates?|totals?|complaints?|criticism|warnings?)\\b");
    private static final java.util.regex.Pattern SECOND_THAT = java.util.regex.Pattern.compile(
            ",\\s+(but|and)\\s+that\\s+(?=(?:the|a|an|he|she|it|they|we|his|her|its|their|there|no|some|every|all)\\s|\\p{Lu})");
    private static final java.util.regex.Pattern BARE_SECOND_THAT = java.util.regex.Pattern.compile(
            "(?<=[\\p{L}\\p{N}\u201d\"])\\s+but\\s+that\\s+(?=(?:the|a|an|he|she|it|they|we|his|her|its|their|there|no|some|every|all)\\s|\\p{Lu})");

    private static final java.util.regex.Pattern REPORT_BY_WHERE_IT_RAN = java.util.regex.Pattern.compile(
            "(?i)^(?:an?|the)\\s+(?:\\p{L}+\\s+)?(?:report|story|article)\\s+(?:in|by|from|on)\\s");

    private static final java.util.regex.Pattern AND_THAT = java.util.regex.Pattern.compile(",?\\s+and that\\s+(?=\\S)");

    /** The words after "… and that" in reported speech, as an attribution of their own; null when there are none. */
    private static Attribution secondClause(Attribution a) {
        String content = a.content();
        java.util.regex.Matcher m = AND_THAT.matcher(content);
        if (a.quoted() || !m.find()) {
            return null;
        }
        int start = m.start();
        String rest = content.substring(m.end());
        // Inside a quotation, or one of several "and that" clauses: no one second claim.
        if (content.substring(0, start).matches(".*[\"\u201c][^\"\u201d]*") || m.find()) {
            return null;
        }
        return new Attribution(a.source(), a.sourceType(), a.description(), a.mention(), a.cue(), a.stance(), rest, a.quoted(),
                a.hedged(), a.anonymous(), a.via(), a.sentence(), a.evidence(), a.hedges(), a.sentences());
    }

    /** "A report in the trade paper Orchard Weekly": a paper's report named only by where it ran. */
    static boolean reportByWhereItRan(String words) {
        return REPORT_BY_WHERE_IT_RAN.matcher(words).find();
    }

    private static final java.util.regex.Pattern OBJECT_AND_INFINITIVE = java.util.regex.Pattern.compile(
            "^(\\p{L}[^,;:\"\u201c\u201d]{2,120}?)\\s+to\\s+(\\p{Ll}+\\b.*)$");
    private static final java.util.regex.Pattern AUXILIARY = java.util.regex.Pattern.compile(
            "(?i)\\b(?:that|which|who|am|is|are|was|were|has|have|had|will|would|could|can|may|might|should|must)\\b");

    /**
     * "He expected the large stocks … to keep prices under pressure": what is expected is "the large stocks … would keep
     * prices under pressure"; the object and its infinitive are no sentence a reader can be shown.
     */
    static String expectationAsClaim(String cue, String c) {
        java.util.regex.Matcher m = OBJECT_AND_INFINITIVE.matcher(c);
        if (!cue.matches("(?i)(?:also\\s+)?expect(?:s|ed)?") || !m.matches() || AUXILIARY.matcher(m.group(1)).find()) {
            return c;
        }
        return m.group(1) + " would " + m.group(2);
    }

    /** "poured cold water on", "gave short shrift to": an idiom of rejection the analysis keeps with its object. */
    static final java.util.regex.Pattern REJECTING_IDIOM = java.util.regex.Pattern.compile("(?i)^(?:poured|pours|pour) cold "
            + "water on\\s+(?=\\S)|^(?:gave|gives|give) short shrift to\\s+(?=\\S)|^(?:pushed|pushes|push) back (?:on|against)\\s+(?=\\S)"
            + "|^(?:scoffed|scoffs) at\\s+(?=\\S)");

    private String claimOf(Attribution a, String speaker, boolean quotation) {
        String c = Phrasing.withoutBullet(Phrasing.unquote(Phrasing.clean(quotation ? Phrasing.joinedQuotation(a.content()) : a.content())));
        // "reported, citing two pilots, that two …": who the report cites is the source, not part of what it said.
        c = c.replaceFirst("^(?i)(?:on \\p{L}+,\\s+)?(?:citing|quoting)\\s+[^,]{2,60},\\s+(?=that\\s)", "");
        // "Wednesday 30 April: Castellanos-Reid is “gutted …”, says his coach": a timeline's date heads the entry, not the claim.
        c = c.replaceFirst("^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\\s+)?\\d{1,2}(?:st|nd|rd|th)?\\s+\\p{Lu}\\p{Ll}+(?:\\s+\\d{4})?:\\s+"
                + "|^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day:\\s+", "");
        // "… asked for the finish to be moved, citing two members of the committee": the same, at the end.
        c = c.replaceFirst("(?i),\\s+(?:citing|quoting)\\s+[^,\u201c\"]{2,80}[.]?$", "");
        // "a reduction that … will eliminate": the gap left by "district officials say" closes up.
        c = c.replaceAll("\\b(that|which|who)((?:\\s+(?:could|would|may|might|will|can|should|must))?)\\s+\u2026\\s+", "$1$2 ");
        if (!a.quoted() && c.matches("(?i)^that\\s+.*") && FINITE.matcher(c.substring(5)).find()
                && !c.matches("(?i)^that\\s+(account|claim|report|suggestion|allegation|idea|decision|story|figure|sum|amount)\\b.*")
                // "said that was “categorically untrue”": a "that" straight before its verb is what was said of.
                && !c.matches("(?i)^that\\s+(?:(?:simply|just|plainly|really)\\s+)?(?:was|is|were|are|'s)\\s.*")) {
            c = c.substring(5);
        }
        c = c.replaceFirst("^(?i)(?:his|her|their|its) (?:belief|view|hope|fear|concern|confidence|opinion|expectation) that\\s+", "");
        if (!a.quoted() && a.stance() == newsquiz.analysis.Stance.DENY) {
            // "poured cold water on the charity's forecast": the idiom's rejecting words are the cue, its object what was denied.
            c = REJECTING_IDIOM.matcher(c).replaceFirst("");
        }
        // "He said he remembered the joke, but that the cake was taken away": the second "that" is the reporting verb's,
        // and "According to Ikeme-Stroud, he remembered the joke, but that the cake …" does not read (review20).
        c = SECOND_THAT.matcher(c).replaceAll(", $1 ");
        if (!a.quoted()) {
            // "… had been running “a touch rich” that night but that every sample had been sealed": no comma, same "that"
            // (review21). A quotation keeps its words; "and that" is where a claim is cut in two, so it stays.
            c = BARE_SECOND_THAT.matcher(c).replaceAll(" but ");
        }
        if (!a.quoted()) {
            // "There was no leak … adding that every bidder …": the second thing said is a claim of its own.
            c = c.replaceFirst("\\s*[,\u2026]\\s*(?:adding|saying|noting|explaining)\\s.*$", "");
            // "…, calling them “completely without foundation”": the speaker's label for it, not part of it.
            c = c.replaceFirst(",\\s*(?:calling|describing|branding)\\s+(?:it|them|this|that|these|those)\\s.*$", "");
        }
        if (!a.quoted()) {
            // "the complaint came from a single household, a couple who moved in behind her in March": an appositive after the
            // claim that says who they were, with a pronoun a reader out of the article cannot place.
            c = c.replaceFirst(",\\s+(?:a|an)\\s+\\p{Ll}+\\s+(?:who|which|that)\\s+[^,\u201c\"]*\\b(?:he|she|him|her|they|them|his|their)\\b[^,\u201c\"]*[.]?$", "");
        }
        // "A banned weedkiller was being sprayed …, an employment tribunal has heard": the frame is how it was heard, not what.
        c = c.replaceFirst(",\\s+(?:an?|the)\\s+[^,]{2,50}\\s+(?:has|have|had|was|were)\\s+(?:heard|told)\\.?$", "");
        // "… spent the night in their cars anyway, its mayor, Piero Manca, told Radio Siro": the speaker's description
        // before the name closes the sentence, not the claim.
        String description = a.description() == null ? "" : a.description().strip();
        if (!description.isEmpty() && c.endsWith(", " + description)) {
            c = c.substring(0, c.length() - description.length() - 2);
        }
        // "was scornful of the broadcaster's figure", "took issue with that": the analysis keeps a frame's words as content
        // when they are all it says; what was rejected is the object after them.
        c = c.replaceFirst("^(?i)(?:(?:scornful|dismissive|contemptuous|disdainful)\\s+of|in\\s+no\\s+mood\\s+for|took\\s+issue\\s+with"
                + "|(?:has\\s+)?contested)\\s+(?=\\S)", "");
        // "shrugged off the speculation after training": a verdict told by a verb phrase keeps its verb in the content; the
        // claim is its object (review20: "Who rejected shrugged off the speculation …?").
        // ("has shot down the second claim": the content starts at the verb, after its auxiliary.)
        String verb = a.cue().replaceFirst("^(?i)(?:has|have|had)\\s+", "");
        if (!a.quoted() && !verb.isBlank() && c.regionMatches(true, 0, verb + " ", 0, verb.length() + 1)
                && CLAIM_OBJECT.matcher(c.substring(verb.length() + 1)).lookingAt()) {
            c = c.substring(verb.length() + 1);
        }
        c = expectationAsClaim(a.cue(), c);
        c = Accusations.asClaim(a.cue(), c);
        c = withRelativeSubject(a, c);
        c = withoutNarratorsVerb(c);
        boolean person = a.sourceType() == SourceType.PERSON;
        if (person && !quotation) {
            c = withEmployerNamed(a, c);
        }
        boolean body = a.sourceType() == SourceType.ORGANIZATION || a.sourceType() == SourceType.GOVERNMENT
                || a.sourceType() == SourceType.OUTLET || a.sourceType() == SourceType.UNKNOWN && !a.anonymous();
        // "It has been fined once, according to court records": records are "they"; "it" is someone else.
        // So are "Council papers published in January".
        java.util.regex.Matcher document = DOCUMENT_HEAD.matcher(speaker);
        body &= !(document.matches() && document.group(1).endsWith("s") && !document.group(1).equalsIgnoreCase("analysis"));
        // "the company's lawyer told reporters it had never been made": a lawyer is a person, so "it" is never the speaker.
        body &= !PERSON_ROLE_HEAD.matcher(speaker).matches();
        // "it wants to send workers" → "North Korea wants …"; not the "it" of "it was in the interest of …", nor the one
        // labelled in "called it “the fair's annual ghost story”".
        // In a speaker's own words "she" is someone else: "“She was frightened,” Okafor-Reyes said of Whitford".
        boolean ownPronoun = !quotation && pronounMeansSpeaker(a, speaker, c);
        // "A lorry driver told the paper that he had driven …": one unnamed person is a "he" too; a post or a message is not.
        boolean onePerson = person || a.anonymous() && speaker.matches("(?i)^an?\\s+\\S+(?:\\s+\\S+)?$") && !documentLike(speaker);
        // "Students said they had been told …": a group of people, unnamed, is "they".
        boolean group = !body && !documentLike(speaker) && PEOPLE_IN_PLURAL.matcher(speaker).matches();
        if (ownPronoun && (onePerson && c.matches("(?i)^(he|she)\\s+\\w.*") || group && c.matches("(?i)^they\\s+\\p{Ll}.*") || body && !LABELLED_IT.matcher(a.cue() + " " + c).matches() && c.matches("(?i)^it\\s+(?!is\\b|was\\b|would be\\b|will be\\b|at\\b|to\\b|in\\b|on\\b|as\\b|for\\b|from\\b|with\\b|by\\b).*"))) {
            c = c.replaceFirst("^\\S+", java.util.regex.Matcher.quoteReplacement(body ? asSubject(speaker) : speaker));
        } else if (ownPronoun && !a.anonymous() && (person && c.matches("(?i)^(his|her)\\s+\\w.*")
                || (body || person && ACRONYM_END.matcher(speaker).find()) && c.matches("(?i)^its\\s+\\w.*")
                        && !PLURAL_BODY.matcher(speaker).matches())) {
            // "its inspectors" of "Marta Zan" are not hers; of "Brindle AI", read as a person, they are its own.
            // "its border units" of "Osmeria's general staff" are Osmeria's; "its product" of "Brindle AI" is Brindle AI's.
            java.util.regex.Matcher owner = java.util.regex.Pattern.compile("^(?:the\\s+)?(\\S+)['\u2019]s\\s").matcher(speaker);
            // "According to a statement from the journal, its editors …": the journal's editors, not the statement's.
            java.util.regex.Matcher issuer = DOCUMENT_FROM.matcher(speaker);
            String possessor = issuer.matches() ? issuer.group(1) : owner.find() && body ? owner.group(1) : speaker;
            c = c.replaceFirst("^\\S+", java.util.regex.Matcher.quoteReplacement(Phrasing.possessive(possessor, '\'')));
        }
        if (!quotation) {
            // "the photos “look like the same bird”; Callum Reid is less sure": after a semicolon, a new subject says
            // something of its own.
            c = c.replaceFirst(";\\s+\\p{Lu}[^\u201c\u201d\"]*$", "");
        }
        if (!quotation && ZERO_RELATIVE_HEAD.matcher(Phrasing.clean(a.content())).find()) {
            // "…, a move campaigners say is a closure by stealth": the move is the one just told of, so on its own it is
            // "the move", not "a move".
            c = c.replaceFirst("(?i)^an?\\s+", "the ");
        }
        c = closeGaps(c);
        if (!quotation) {
            // "… had been taken out of context and that he had been referring to …": the second clause is a second claim,
            // and so is "denied that any officer had struck him and said a doctor had examined …".
            c = c.replaceFirst(",?\\s+and that\\s.*$", "").replaceFirst(",?\\s+and (?:said|says|added|adds|insisted|told)\\b.*$", "");
        }
        // "by the end of the month, and quietly,”": the comma belonged to the sentence the quote stood in.
        c = c.replaceAll("[,;:]+([\u201d\"\u2019]+)$", "$1");
        if (voice.isPresent() && !a.quoted() && !c.matches(".*[\"\u201c\u201d].*")) {
            // "A post said the panel had already fined us": the writer's "us", which a choice on its own cannot keep.
            c = voice.get().inThirdPerson(c);
        }
        return Phrasing.capitalise(Phrasing.wholeClauses(c, 20).replaceAll("[,;:]+([\u201d\"\u2019]+)$", "$1"));
    }

    /**
     * "blamed the lead-out man, Daniel Fairlie-Mbatha, who he said had “swung across the road”": the words reported start
     * inside a relative clause, and whom they are about is the name the "who" stands for.
     */
    private String withRelativeSubject(Attribution a, String claim) {
        if (isQuotation(a) || !claim.matches("(?i)^(?:had|has|was|were|is|would|could|will)\\s.*")) {
            return claim;
        }
        String[] words = claim.split("\\s+");
        String opening = String.join(" ", java.util.Arrays.copyOf(words, Math.min(3, words.length)));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\p{Lu}[\\p{L}'\u2019.-]*(?:\\s+\\p{Lu}[\\p{L}'\u2019.-]*){0,3})"
                + WHO_HE_SAID + java.util.regex.Pattern.quote(opening)).matcher(Phrasing.clean(sentence(a.sentence()).text()));
        return m.find() ? m.group(1) + " " + claim : claim;
    }

    /** "a move … is a closure": what the thing is called wraps the noun, given with "a" as it was first told. */
    private static final java.util.regex.Pattern ZERO_RELATIVE_HEAD = java.util.regex.Pattern.compile("(?i)^an?\\s+[\\p{L}-]+\\s+\u2026\\s+(?:is|was|are|were)\\s");

    /** ", who he said", ", who she claimed": a relative clause that reports someone's words about its antecedent. */
    private static final String WHO_HE_SAID = ",\\s+who\\s+(?:he|she|they|it)\\s+(?:said|says|claimed|claims|alleged|alleges|insisted|added)\\s+";

    private static final java.util.regex.Pattern PRONOUN_END = java.util.regex.Pattern.compile("(?i),.*\\b(?:he|she|they|it)$");
    private static final java.util.regex.Pattern PERSON_ROLE_HEAD = java.util.regex.Pattern.compile("(?i).*\\b(?:lawyer|solicitor|barrister|"
            + "spokes(?:man|woman|person)|director|officer|manager|chair(?:man|woman)?|secretary|adviser|advisor|executive|founder|"
            + "owner|treasurer|clerk|inspector|councillor|headteacher|engineer|employee|worker)$");

    /** "called it “the fair's annual ghost story”": the "it" is what was labelled, not the speaker. */
    private static final java.util.regex.Pattern LABELLED_IT = java.util.regex.Pattern.compile(
            "(?i)(?:call|describ|dub|brand|label|term)\\S*\\s+it\\s+[\"\u201c].*");

    /** "his company had …", "the firm “has never been asked …”": a person's words of the business they speak for. */
    private static final java.util.regex.Pattern OWN_BUSINESS = java.util.regex.Pattern.compile(
            "(?i)^(?:the|his|her|their)\\s+(?:company|firm|business)(?=\\s+(?!(?:that|which|who)\\b)\\S)");
    /** "Corvane's managing director", "Its founder": who the person speaks for, by name or by the body just named. */
    private static final java.util.regex.Pattern ROLE_AT = java.util.regex.Pattern.compile(
            "^(?:(?:the\\s+)?(\\p{Lu}[\\p{L}&-]*(?:\\s+\\p{Lu}[\\p{L}&-]*){0,3})['\u2019]s?|(Its))\\s+\\p{Ll}[\\p{L} -]*$");

    /**
     * "Corvane's managing director … said his company had “never made an approach to the rink”": asked without its speaker,
     * "his company" and "the company" point at nobody; the body the description names is who they mean. Left as it is when
     * the description names no body the article does.
     */
    private String withEmployerNamed(Attribution a, String claim) {
        java.util.regex.Matcher business = OWN_BUSINESS.matcher(claim);
        java.util.regex.Matcher role = ROLE_AT.matcher(a.description() == null ? "" : a.description().strip());
        if (!business.lookingAt() || !role.matches() || anotherOfItsKindJustBefore(a, claim.substring(0, business.end()))) {
            return claim;
        }
        String employer = role.group(1) != null ? bodyCalled(role.group(1)) : bodyJustBefore(a);
        return employer == null ? claim : asSubject(employer) + claim.substring(business.end());
    }

    /**
     * "… a paid collection run by a private firm. She said the firm was Vardon Glass Recovery": "the firm" takes up another
     * firm just brought in, not the one the speaker works for (review77 northallow q03, a wrong key).
     */
    private boolean anotherOfItsKindJustBefore(Attribution a, String business) {
        String noun = business.replaceFirst("(?i)^\\S+\\s+", "");
        java.util.regex.Pattern introduced = java.util.regex.Pattern.compile("(?i)\\b(?:a|an|another)\\s+(?:[\\p{L}-]+\\s+){0,2}?"
                + java.util.regex.Pattern.quote(noun) + "\\b");
        for (int i = Math.max(0, a.sentence() - 2); i < a.sentence(); i++) {
            if (introduced.matcher(analysis.article().sentences().get(i).text()).find()) {
                return true;
            }
        }
        return false;
    }

    private String bodyCalled(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return analysis.sources().stream().filter(e -> (e.type() == SourceType.ORGANIZATION || e.type() == SourceType.GOVERNMENT)
                && (e.name().equalsIgnoreCase(name) || e.aliases().contains(lower))).map(Analysis.SourceEntity::name).findFirst().orElse(null);
    }

    /** "Its founder, Beatrix Caldicot, …": the one body the sentence before (or this one, before the person) names. */
    private static final java.util.regex.Pattern OWNER_POINTED_AT = java.util.regex.Pattern.compile(
            "(?i)^(?:its|their|(?:the\\s+)?(\\p{Ll}+)['\u2019]s?)\\s+\\p{L}");

    private static final java.util.regex.Pattern OPENING_SHORT_NAME = java.util.regex.Pattern.compile(
            "^\\W*The\\s+(\\p{Ll}{4,})\\s+(?:also\\s+)?(?:\\p{Ll}+ed|has|had|was|is|says|said|will|would)\\b");

    /**
     * "Lobwell took issue with that … The borough backed the firm. “…,” said its parks manager": the body the sentence before
     * opens with, by a word of its name, is whose "its" it is, not the one last heard from (review60 KIN q10).
     */
    private java.util.Optional<Integer> bodyOpeningTheSentenceBefore(List<Attribution> attributions, int i, String lastHeard) {
        int first = attributions.get(i).firstSentence();
        if (first == 0) {
            return java.util.Optional.empty();
        }
        java.util.regex.Matcher m = OPENING_SHORT_NAME.matcher(sentence(first - 1).text());
        if (!m.find() || WholeWord.in(lastHeard.toLowerCase(Locale.ROOT), m.group(1))) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.ofNullable(latestBodyNamed(attributions, i, name -> WholeWord.in(name, m.group(1))));
    }

    /** The latest named organisation or government before attribution {@code before} whose lower-case name passes; or null. */
    private static Integer latestBodyNamed(List<Attribution> attributions, int before, java.util.function.Predicate<String> name) {
        for (int k = before - 1; k >= 0; k--) {
            Attribution b = attributions.get(k);
            if (b.source() != null && !b.anonymous() && (b.sourceType() == SourceType.ORGANIZATION || b.sourceType() == SourceType.GOVERNMENT)
                    && name.test(b.source().toLowerCase(Locale.ROOT))) {
                return k;
            }
        }
        return null;
    }

    private static final java.util.regex.Pattern SHORT_NAME = java.util.regex.Pattern.compile("(?i)^the\\s+(\\p{L}{3,})$");
    /** "Wendlow Valley Railway", "The Kettle Yard Trust": three capitalised words or more, a body's name in full. */
    private static final java.util.regex.Pattern FULL_NAME = java.util.regex.Pattern.compile(
            "^(?:The\\s+)?\\p{Lu}[\\p{L}'\u2019-]+(?:\\s+(?:of\\s+|and\\s+|&\\s+)?\\p{Lu}[\\p{L}'\u2019-]+){2,}$");

    /**
     * The body named before attribution {@code k} that "the lab" or "the council" ({@code shortName}) stands for, or {@code k}
     * itself when {@code shortName} is a body's full name; or null.
     */
    private static Integer bodyShortNamed(List<Attribution> attributions, int k, String shortName) {
        if (attributions.stream().anyMatch(x -> shortName.equals(x.source())
                && (x.sourceType() == SourceType.ORGANIZATION || x.sourceType() == SourceType.GOVERNMENT))) {
            // ("the town council", a body where it was first named, whatever it was typed as here.)
            return k;
        }
        java.util.regex.Matcher m = SHORT_NAME.matcher(shortName.strip());
        if (!m.matches()) {
            // "The Wendlow Valley Railway said … said its commercial director": a body's own full name, just heard, is whose
            // "its" it is, whatever the analysis typed it as (review71 WEN q01, q13).
            return FULL_NAME.matcher(shortName.strip()).matches() ? k : null;
        }
        String word = m.group(1).toLowerCase(Locale.ROOT);
        return latestBodyNamed(attributions, k, name -> java.util.Arrays.stream(name.split("[^\\p{L}]+")).anyMatch(w -> w.startsWith(word)));
    }

    /**
     * The index of the attribution of the body a post holder's "its chief executive" or "the group's chair" points back to:
     * the latest body that spoke in the five sentences before, of that kind when the description names one ("the trust's"
     * → a trust; a "group" or an "operator" is one whose name says no other kind). Null when none does, or when the
     * sentence before names another body. A bare "its" after "The borough backed the firm." is the borough's; after an
     * untyped body just heard ("The council accepted …"), it is that body's, or none.
     */
    private Integer ownerSpokenOfBefore(List<Attribution> attributions, int i) {
        Attribution a = attributions.get(i);
        java.util.regex.Matcher m = OWNER_POINTED_AT.matcher(Phrasing.clean(a.description()));
        if (!m.find() || a.sentence() == 0) {
            return null;
        }
        String kind = m.group(1) == null ? null : m.group(1).toLowerCase(Locale.ROOT);
        java.util.regex.Pattern kindMention = kind == null ? null
                : java.util.regex.Pattern.compile("(?i)^(?:the|a|an)\\s+(?:[\\p{L}-]+\\s+)?" + java.util.regex.Pattern.quote(kind) + "$");
        for (int k = i - 1; k >= 0 && attributions.get(k).sentence() >= a.sentence() - 5; k--) {
            Attribution b = attributions.get(k);
            // ("Clean Ambleth", typed as a person, is still "the group" when the article calls it that.)
            boolean calledThatKind = kindMention != null && attributions.stream().anyMatch(x -> x.source().equals(b.source())
                    && x.mention() != null && kindMention.matcher(x.mention().strip()).matches());
            if (b.source() != null && b.anonymous() && b.sentence() >= a.sentence() - 1 && FOUNDED_A_GROUP.matcher(sentence(b.sentence()).text()).find()) {
                // "Relatives of residents, who set up the group Annesgrove Families Together last week, said … Its chair, Birgitta
                // Claverhouse, said …": she chairs the group they set up, and speaks for them (review52 ANN q07).
                return k;
            }
            // ("The station said … Its chair of trustees, Aldhelm Haverthwaite, said …": a radio station speaking for itself is
            // a body too.)
            boolean outletSpeaking = b.sourceType() == SourceType.OUTLET && (b.via() == null || b.via().isEmpty())
                    && (kind == null || OUTLET_KINDS.contains(kind));
            if (b.anonymous() || b.sourceType() != SourceType.ORGANIZATION && b.sourceType() != SourceType.GOVERNMENT && !calledThatKind
                    && !outletSpeaking || b.source() == null || b.source().startsWith("unnamed source")) {
                if (kind == null && b.source() != null && !b.anonymous() && b.sourceType() == SourceType.UNKNOWN
                        && b.sentence() >= a.sentence() - 1) {
                    // "The council accepted that … Its leader, Councillor Guntram Blamire, said …": "its" is the one just heard
                    // from, whatever its type, and an older body stands in for it only when that is what its short name names.
                    return bodyShortNamed(attributions, k, b.source());
                }
                continue;
            }
            String name = b.source().toLowerCase(Locale.ROOT);
            String head = name.substring(name.lastIndexOf(' ') + 1);
            boolean ofThatKind = kind == null || WholeWord.in(name, kind)
                    || BUSINESS_OR_GROUP.contains(kind) && !ORGANISATION_HEADS.contains(head);
            if (!ofThatKind) {
                continue;
            }
            // Another body named in the sentence before may be whose "its" it is ("The newsletter Tide Notes first reported
            // … Its editor").
            String before = sentence(a.sentence() - 1).text();
            boolean another = analysis.sources().stream().anyMatch(e -> IMPERSONAL.contains(e.type()) && !e.name().equals(b.source())
                    && before.contains(e.name()) && !b.source().contains(e.name()));
            return another ? null : kind == null ? bodyOpeningTheSentenceBefore(attributions, i, b.source()).orElse(k) : k;
        }
        return null;
    }

    private static final java.util.regex.Pattern FOUNDED_A_GROUP = java.util.regex.Pattern.compile(
            "(?i)\\b(?:set up|formed|founded|started|launched)\\s+(?:the|a|an)\\s+(?:[\\p{L}-]+\\s+)?(?:group|campaign|association|committee|society)\\b");

    /** "the station's manager", "the paper's editor": the kinds a speaking outlet may be called ("the group's" is no paper). */
    private static final Set<String> OUTLET_KINDS = Set.of("station", "paper", "newspaper", "magazine", "channel", "broadcaster",
            "site", "website", "programme", "show", "podcast", "newsletter");

    /** "the operator's depot manager", "the group's chair": kinds of body whose names need not say what they are. */
    private static final Set<String> BUSINESS_OR_GROUP = Set.of("group", "operator", "company", "firm", "business", "developer",
            "owner", "owners", "airline", "carrier", "campaign");

    private String bodyJustBefore(Attribution a) {
        String here = sentence(a.sentence()).text();
        int at = a.mention() == null ? -1 : here.indexOf(Phrasing.clean(a.mention()));
        String before = (a.sentence() > 0 ? sentence(a.sentence() - 1).text() + " " : "") + (at > 0 ? here.substring(0, at) : "");
        List<String> named = analysis.sources().stream()
                .filter(e -> (e.type() == SourceType.ORGANIZATION || e.type() == SourceType.GOVERNMENT) && before.contains(e.name()))
                .map(Analysis.SourceEntity::name).toList();
        return named.size() == 1 ? named.get(0) : null;
    }

    /**
     * "The state Public Utilities Commission … The commission said it had passed …": standing for "it", a body the article
     * writes with "the" keeps it ("The Public Utilities Commission had passed …").
     */
    private String asSubject(String body) {
        String shown = casing().source(body);
        return shown.equalsIgnoreCase("the " + body) ? "The " + body : body;
    }

    private static final java.util.regex.Pattern ACRONYM_END = java.util.regex.Pattern.compile("\\s\\p{Lu}{2,}$");
    private static final java.util.regex.Pattern OBJECT_PRONOUN = java.util.regex.Pattern.compile("(?i)\\b(him|her|them)\\b");
    /** "deleted it and", "took it down": an object "it", not the subject of a clause ("confirmed it had received"). */
    private static final java.util.regex.Pattern OBJECT_IT = java.util.regex.Pattern.compile(
            "\\b\\p{Ll}{2,}\\s+it\\b(?=\\s*(?:[,.;]|$|(?:and|but|or|to|from|down|up|off|out|after|before)\\b))");
    private static final java.util.regex.Pattern NAME_PARTS = java.util.regex.Pattern.compile("[\\s-]+");
    private static final Set<SourceType> IMPERSONAL = Set.of(SourceType.OUTLET, SourceType.ORGANIZATION, SourceType.GOVERNMENT);
    private static final Set<String> NAMELESS_CAPITALS = Set.of("The", "And", "For", "Of", "With");

    /**
     * Whether a pronoun opening what was said can only mean the speaker: not in "told him he
     * would be useless", nor after another person's name ("wrote to Lindqvist-Mbeki … and he has
     * not yet replied"). A personal pronoun can skip a body's or an outlet's name ("Speaking to the podcast Harbour
     * Lights …, in remarks later reported by the South Coast Echo, she said she held …").
     */
    /**
     * "Ms Quennell said he was working abroad": the article calls the speaker Ms, Mrs or Miss and the claim opens on "he"
     * (or Mr and "she"), so the pronoun is someone else, named in an earlier sentence.
     */
    private boolean otherGender(String speaker, String claim) {
        java.util.regex.Matcher opening = java.util.regex.Pattern.compile("(?i)^(he|his|she|her)\\s").matcher(claim);
        String surname = speaker.replaceFirst("^.*\\s", "");
        if (!opening.find() || surname.length() < 3 || !Character.isUpperCase(surname.charAt(0))) {
            return false;
        }
        boolean male = opening.group(1).toLowerCase(Locale.ROOT).startsWith("h") && !opening.group(1).equalsIgnoreCase("her");
        String titles = male ? "Ms|Mrs|Miss" : "Mr";
        return java.util.regex.Pattern.compile("\\b(?:" + titles + ")\\.?\\s+(?:\\p{Lu}\\p{L}+\\s+)?" + java.util.regex.Pattern.quote(surname) + "\\b")
                .matcher(analysis.article().text()).find();
    }

    private static final java.util.regex.Pattern RELATIVE_ASIDE = java.util.regex.Pattern.compile(",\\s+(?:which|who)\\s+[^,\u201c\"]*,");

    /** "The trustees said its gas bill had risen": "its" is not theirs but the kitchen's. */
    static final java.util.regex.Pattern PLURAL_BODY = java.util.regex.Pattern.compile("(?i)^(?:the\\s+)?\\p{L}+(?<!s)s$");
    /** "Students", "Two workers on the night shift", "Several parents": people, more than one, by what they are. */
    private static final java.util.regex.Pattern PEOPLE_IN_PLURAL = java.util.regex.Pattern.compile(
            "^(?:(?i:two|three|four|five|six|seven|eight|nine|ten|several|some|many|most|other|former|local|\\d+)\\s+)*"
                    + "\\p{L}\\p{Ll}*(?<!s)s\\b(?:\\s+(?:on|at|in|from|of|who|near)\\b\\P{Lu}*)?$");

    private static final java.util.regex.Pattern THING_CLAUSE_BEFORE = java.util.regex.Pattern.compile(
            "\\bthat\\s+the\\s+\\p{Ll}+\\s+(?:had|has|was|is|were|are|would|will|could|did)\\b");

    private boolean pronounMeansSpeaker(Attribution a, String speaker, String claim) {
        if (otherGender(speaker, claim)) {
            return false;
        }
        boolean personal = claim.matches("(?i)^(?:he|she|his|her)\\s.*");
        String evidence = a.evidence() == null ? "" : a.evidence();
        String content = Phrasing.clean(a.content());
        int at = evidence.indexOf(content.length() > 20 ? content.substring(0, 20) : content);
        String before = at < 0 ? "" : evidence.substring(0, at);
        // "has since deleted it and said it …": an "it" already standing for a thing is that thing again.
        if (OBJECT_PRONOUN.matcher(before).find() || content.matches("(?i)^it\\b.*") && OBJECT_IT.matcher(before).find()) {
            return false;
        }
        // "The firm was adamant that the survey had not been rushed, and said it had lasted more than an hour": the "it" is
        // the thing the first clause was about, not the firm (review64 LUD q06).
        if (content.matches("(?i)^it\\b.*") && THING_CLAUSE_BEFORE.matcher(before).find()) {
            return false;
        }
        Set<String> own = new java.util.HashSet<>(List.of(NAME_PARTS.split(speaker)));
        // "Gorvane Energy, which runs the Grimsett plant …, also denied that it …": a name inside the speaker's own relative
        // clause describes the speaker; the "it" after the verb is still the speaker's.
        before = RELATIVE_ASIDE.matcher(before).replaceAll(",");
        for (String other : entityNames) {
            if (personal && (IMPERSONAL.contains(entityTypes.get(other)) || a.via().contains(other))) {
                continue;
            }
            for (String w : NAME_PARTS.split(other)) {
                // "The" of "The Ledger" names nothing: "The company denied that it …" is the company's own "it".
                if (w.length() > 2 && Character.isUpperCase(w.charAt(0)) && !own.contains(w) && !other.equals(a.source())
                        && !NAMELESS_CAPITALS.contains(w)
                        && WholeWord.in(before, w)) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * "Last year … the tin raised $3,800" was "Last year, he says, the tin raised $3,800": the
     * words around a removed tag belong together. When the words before the gap already make a
     * clause, what follows is a second statement and goes.
     */
    private static String closeGaps(String c) {
        String t = c;
        int gap;
        while ((gap = t.indexOf(" \u2026 ")) > 0) {
            String before = t.substring(0, gap);
            String after = t.substring(gap + 3);
            // "The workboat people had described … was a hire boat": words ending on a verb, with a verb straight after the
            // gap, are a subject and its relative clause, however clause-like they look.
            boolean subjectOnly = before.matches("(?s).*\\p{Ll}ed") && Phrasing.PREDICATE_FIRST.matcher(after).lookingAt();
            t = FINITE.matcher(before).find() && !subjectOnly ? before : before + " " + after;
        }
        return t;
    }

    private static boolean isQuotation(Attribution a) {
        // '“We have never told a carer to cut a visit short,” Strellett said, “and anyone who did …”': the quotation
        // resumed after the tag keeps its marks; the words before it are still the speaker's own.
        String c = Phrasing.clean(a.content());
        String[] parts = c.split(" \u2026 ");
        if (a.quoted() && parts.length > 1 && Phrasing.words(parts[0]) >= 3) {
            String[] words = parts[0].split("\\s+");
            String opening = words[0] + " " + words[1];
            String evidence = Phrasing.clean(a.evidence());
            if (evidence.contains("\u201c" + opening) || evidence.contains("\"" + opening) || evidence.contains("'" + opening)
                    || evidence.contains("\u2018" + opening)) {
                return true;
            }
        }
        return a.quoted() && (c.startsWith("\u201c") || c.startsWith("\"")) && !quoteThenNarration(c)
                || a.quoted() && !c.contains("\u201c") && !c.contains("\"");
    }

    /** '“Not a single pound has gone missing” and that the accounts would be published': a quotation, then reported speech. */
    private static boolean quoteThenNarration(String c) {
        int close = c.startsWith("\u201c") ? c.indexOf('\u201d') : c.indexOf('"', 1);
        return close > 0 && c.substring(close + 1).matches("(?s)\\s*,?\\s*(?:and|but)\\s+that\\s+\\p{L}.*");
    }

    /** Common finite verbs: whether a text is a clause, and where its predicate starts. */
    static final java.util.regex.Pattern FINITE = java.util.regex.Pattern.compile(
            "(?i)\\b(?:am|is|are|was|were|has|have|had|will|would|could|can|may|might|should|must|did|do|does|said|told|made|took|went|"
                    + "found|gave|left|sent|won|lost|rose|fell|grew|paid|held|met|led|saw|knew|thought|brought|bought|built|began|came|"
                    + "kept|put|set|ran|got|wrote|spoke|became|chose|drove|flew|struck|stood|sold|spent|meant|cut|hit|felt|heard|"
                    + "shows|says|means|needs|wants|plans|remains|includes|contains|seems|appears|takes|makes|gives|keeps|goes|"
                    + "comes|gets|sells|buys|tells|knows|owns|accepts|allows|quit|shut|fought|taught|caught|sought|threw|wore|broke|"
                    + "woke|froze|stole|hid|fled|slept|dealt|lent|rode|ate|forgot|sank|sang|rang|drank|swam|dug|shook|drew|blew|"
                    + "withdrew|understood|used|owed)\\b"
                    // "the department never takes …", "it still owns …": a verb after an adverb of time or negation.
                    + "|\\b(?:never|always|still|no longer|already|often|rarely|seldom)\\s+\\p{Ll}+(?:s|ed)\\b"
                    // A past tense followed by what verbs take: "flagged the server", "offered to send".
                    + "|\\b\\w{3,}ed\\s+(?:the|a|an|that|to|in|on|at|by|with|for|from|its|their|his|her|them|him|it|this|these|those|some|no|up|out"
                    + "|of|about|into|over|after|before|as|when|because|last|yesterday|earlier|any|all|every|more|less|much|many"
                    + "|several|both|each|only|not|never)\\b"
                    // "arrived two days after", "came back late".
                    + "|\\b\\w{3,}ed\\s+(?:\\d|one|two|three|four|five|six|seven|eight|nine|ten|twice|back|late|early|home|away|again)\\b"
                    // A present tense before an infinitive: "intends to sell", "expects to open".
                    + "|\\b\\w{3,}[^s\\W]s\\s+to\\s+(?!the\\b|a\\b|an\\b)\\w+");

    /** "The company's argument that the claim must fail": a thing said, named, not a claim. */
    /** "the suggestion on a cycling forum that …": where a claim was made, between its noun and its "that". */
    static final String WHERE_MADE = "(?:\\s+(?:on|in|by|from|at)\\s+(?:[^\\s,]+\\s+){0,4}?[^\\s,]+(?=\\s+that\\b))?";
    private static final java.util.regex.Pattern NAMED_CLAIM = java.util.regex.Pattern.compile(
            "(?i)^(?:(?:the|a|an|his|her|its|their|this|that|\\S+['\u2019]s?)\\s+)?(?:\\S+\\s+){0,3}(?:argument|claim|suggestion|idea|"
                    + "allegation|assertion|view|notion|report|accusation|contention|theory|belief|fear|concern|finding|decision|"
                    + "charge|rumou?r|story|account|case)s?"
                    // "claims circulating on social media that …", "suggestions, made by economists, that …"
                    // "a claim first made in a Facebook group that …"
                    + "(?:\\s+(?:(?:first|originally|also|widely|later|since)\\s+)?(?:\\p{L}+ing|\\p{L}+ed|made|spread|shared)\\b"
                    + "(?:\\s+[^\\s,]+){0,5}?)?(?:,[^,]{1,80},)?"
                    + WHERE_MADE
                    + "\\s+(?:that|it|he|she|they|we|there)\\b.*");

    static boolean namesAClaim(String text) {
        return NAMED_CLAIM.matcher(text).matches();
    }

    /** "a claim, first made on a podcast, …": a noun phrase naming a claim, not the claim itself. */
    static boolean opensWithClaimNoun(String text) {
        return CLAIM_NOUN_OPENING.matcher(Phrasing.clean(text)).find();
    }

    private static final java.util.regex.Pattern CLAIM_NOUN_OPENING = java.util.regex.Pattern.compile(
            "(?i)^(?:a|an|the|fresh|new|further)\\s+(?:\\S+\\s+)?(?:claim|suggestion|report|allegation|accusation|rumou?r|assertion|statement|argument|contention|case|idea|notion|"
            + "theory|account|version|story|storie)s?\\b(?=\\s+(?:that|of|about|from|in|on|by)\\b|\\s*[,.;:]|$"
            // "the story repeated in every cafe in town, that …"
            + "|\\s+\\p{L}+(?:ed|ing)\\b[^,]{0,60},\\s+that\\b)");

    static boolean hasFiniteVerb(String text) {
        return FINITE.matcher(text).find();
    }

    /** A claim that reads as a statement on its own (not "these reports" or "interest in meeting Kim"). */
    private static boolean standalone(Statement s) {
        String c = s.claim().replaceAll("^\u2026\\s*", "");
        int words = Phrasing.words(c);
        // A denial as short as "There was no fight" is a whole sentence and says all it means to; other quotations that short
        // ("We are deeply sorry") say too little to ask about.
        if (words < 4 || s.quotation() && words < 5
                && !(s.attribution().stance() == Stance.DENY && ClauseCheck.isFullSentence(c) && !ClauseCheck.pointsBack(c))) {
            return false;
        }
        if (s.quotation()) {
            return true;
        }
        String[] w = c.split(" ");
        // An unresolved pronoun ("It had obtained …") or a bare object ("Responsibility and allegedly demanded …") is no claim.
        // "At least three of the results had …" opens with a number, not with a preposition.
        if (w[0].matches("(?i)it|he|she|they|him|them|his|her|its|their|responsibility|interest|as|in|on|at|to|for|with|by|from|of|and|but|or|\u2026.*")
                && !c.matches("(?i)^at (?:least|most) .*")) {
            return false;
        }
        // "won't say what the buyer is paying, or who he is": a question left open, not a claim; "explained how a record is
        // judged" answers one.
        if (w[0].matches("(?i)what|who|whom|whether|how|why|when|where|which|if") && LEFT_OPEN.matcher(s.attribution().cue()).find()) {
            return false;
        }
        if (NAMED_CLAIM.matcher(c).matches() || REPORTED_INSIDE.matcher(c).find()) {
            return false;
        }
        // "accused the mayor's allies of “a cover-up dressed up as a clerical error”": a charge that names a thing, not a deed,
        // stays "the mayor's allies of …", no sentence.
        if (ACCUSING.matcher(s.attribution().cue()).find() && ACCUSED_OF_A_THING.matcher(c).find()) {
            return false;
        }
        if (NAME_THEN_PAST.matcher(c).lookingAt()) {
            // "Saltmoor Town Council stopped padlocking the orchard gate …": a name and its verb in the past.
            return true;
        }
        java.util.regex.Matcher verb = FINITE.matcher(c);
        // "Declined to comment on …", "Wrote that …": a claim with no subject.
        if (!verb.find() || verb.start() == 0) {
            return false;
        }
        int verbWord = c.substring(0, verb.start()).split(" ").length;
        return verbWord <= Math.max(8, words * 0.6) && !ClauseCheck.nameThenParticiple(c);
    }

    private static final java.util.regex.Pattern NAME_THEN_PAST = java.util.regex.Pattern.compile(
            "(?:\\p{Lu}[\\p{L}'\u2019-]*\\s+){1,5}(?!(?:named|called|based|owned|run|led|backed|funded)\\b)\\p{Ll}{3,}ed\\s+\\p{Ll}");
    private static final java.util.regex.Pattern ACCUSING = java.util.regex.Pattern.compile("(?i)\\b(?:accus|charg)");
    private static final java.util.regex.Pattern ACCUSED_OF_A_THING = java.util.regex.Pattern.compile(
            "(?i)^[^\u201c\"]{1,80}?\\s(?:of|with)\\s+(?:[\u201c\"]|an?\\s|the\\s)");

    /** A verb of saying left in its base form ("won't say", "could not tell") or refused: what follows was not answered. */
    private static final java.util.regex.Pattern LEFT_OPEN = java.util.regex.Pattern.compile(
            "(?i)^(?:say|tell|confirm|reveal|disclose|explain|comment)$|\\b(?:not|n't|never|declined|refused|wouldn't|won't|asked|wondered)\\b");

    /** "blamed the lead-out man, Daniel Fairlie-Mbatha, who he said had …": the person blamed, with the claim inside. */
    private static final java.util.regex.Pattern REPORTED_INSIDE = java.util.regex.Pattern.compile("(?i)" + WHO_HE_SAID);

    /**
     * Every statement, then the second clauses of those that said two things, put in the article's order: the claims a
     * denial may have answered. Worked out once, when first asked for, after the Facts are built.
     */
    List<Statement> claims() {
        if (claims == null) {
            List<Statement> all = new ArrayList<>(statements);
            all.addAll(laterClauses);
            all.sort(java.util.Comparator.comparingInt(Statement::sentence));
            claims = laterClauses.isEmpty() ? statements : List.copyOf(all);
        }
        return claims;
    }

    private List<Statement> claims;

    /** The second "… and that …" clause of {@code s}, as a claim of its own, or null when it said one thing. */
    Statement laterClauseOf(Statement s) {
        return laterClauses.stream().filter(c -> c.index() == s.index()).findFirst().orElse(null);
    }

    boolean isDenial(Statement s) {
        return s.attribution().stance() == Stance.DENY;
    }

    /** Whether the article itself ties the two together: see {@link SpeakerIdentity#mayBeSameNamed}. */
    boolean mayBeSameNamed(String a, String b) {
        return identity.mayBeSameNamed(a, b);
    }

    /** Whether two speakers could be the same person or body under different names: see {@link SpeakerIdentity#mayBeSame}. */
    boolean mayBeSame(String a, String b) {
        return identity.mayBeSame(a, b);
    }

    /** Whether the article gives two speakers as one: see {@link SpeakerIdentity#knownSame}. */
    boolean knownSame(String a, String b) {
        return identity.knownSame(a, b);
    }

    /** Whether a speaker is a bare role that may be anyone: see {@link SpeakerIdentity#bareRole}. */
    boolean bareRole(String speaker) {
        return identity.bareRole(speaker);
    }

    /** Per speaker name, whether the article only looked a figure up in it (see Distractors): asked for every wrong answer. */
    final Map<String, Boolean> consultedOnly = new HashMap<>();
    /** Per speaker name, whether the article gives it as a programme of one of its outlets (see RelayQuestions). */
    final Map<String, Boolean> programmes = new HashMap<>();
    /** Per speaker name, whether no question may offer it (see Distractors). */
    final Map<String, Boolean> unfitSpeakers = new HashMap<>();
    /** Per pair of outlets, whether the first is a programme the second airs (see RelayQuestions). */
    final Map<String, Boolean> programmeOf = new HashMap<>();
    /** Per outlet, whether the article ever follows its name with "on" (see RelayQuestions). */
    final Map<String, Boolean> airedOnSomething = new HashMap<>();
    private final Map<String, Optional<String>> choiceProblems = new HashMap<>();
    private final Map<String, Boolean> firstPersonTexts = new HashMap<>();

    /** {@link Readable#choiceProblem}, remembered: one claim is weighed as a choice for many questions. */
    Optional<String> choiceProblem(String text) {
        // "Halvorsen had told several people he would …": a "he" after the person the claim opens with is that person.
        return choiceProblems.computeIfAbsent(text, t -> Readable.choiceProblem(t)
                .filter(p -> !p.equals(Readable.HE_SHE) || !opensWithPerson(t)));
    }

    private boolean opensWithPerson(String text) {
        String first = text.split("\\s+(?:and|or|&)\\s+", 2)[0];
        return entityTypes.entrySet().stream().anyMatch(e -> e.getValue() == SourceType.PERSON && first.contains(" ")
                && (first.startsWith(e.getKey() + " ") || first.startsWith(e.getKey().substring(e.getKey().lastIndexOf(' ') + 1) + " ")));
    }

    /** {@link Readable#firstPerson}, remembered for the same reason. */
    boolean firstPerson(String text) {
        return firstPersonTexts.computeIfAbsent(text, Readable::firstPerson);
    }

    /** Per denial, the claim it answers (see DenialQuestions), worked out once: every denial's wrong answers ask it of the rest. */
    final Map<Statement, java.util.Optional<Statement>> claimAnswered = new java.util.IdentityHashMap<>();
    /** Per statement, whether its claim reads as a wrong answer (see Distractors). */
    final Map<Statement, Boolean> readableClaims = new java.util.IdentityHashMap<>();
    /** {@link Distractors#claims}' wrong answers for each key, closest first, before a family's own tests. */
    final Map<String, List<Statement>> claimsBeside = new HashMap<>();
    private final Map<String, Set<String>> contentWordsCache = new HashMap<>();
    private final Map<Statement, Boolean> standaloneCache = new java.util.IdentityHashMap<>();

    /** Whether a statement's claim stands on its own as a choice, remembered: families ask it of every statement, often for every key. */
    boolean isStandalone(Statement s) {
        return standaloneCache.computeIfAbsent(s, Facts::standalone);
    }

    private final Map<String, Boolean> claimCheckCache = new HashMap<>();

    /** A full sentence that does not point back to an earlier one or speak in the first person, remembered per text. */
    boolean standsAsClaim(String claim) {
        return claimCheckCache.computeIfAbsent(claim, c -> ClauseCheck.isFullSentence(c) && !ClauseCheck.pointsBack(c)
                && !ClauseCheck.firstPerson(c));
    }

    /** How many content words two texts share: a topic in common, when not so many that they say the same. */
    int sharedWords(String a, String b) {
        Set<String> wa = contentWordsCache.computeIfAbsent(a, Distractors::contentWords);
        Set<String> wb = contentWordsCache.computeIfAbsent(b, Distractors::contentWords);
        int shared = 0;
        for (String w : wa) {
            if (wb.contains(w)) {
                shared++;
            }
        }
        return shared;
    }

    /** {@link Distractors#similar(String, String)} over remembered content words. */
    boolean similar(String a, String b) {
        return Distractors.similar(a, b, contentWordsCache.computeIfAbsent(a, Distractors::contentWords),
                contentWordsCache.computeIfAbsent(b, Distractors::contentWords));
    }

    /** Whether the speaker is a person the article names. */
    boolean isPerson(String speaker) {
        SpeakerInfo info = speakers.get(speaker);
        return info != null && info.type() == SourceType.PERSON && !info.anonymous();
    }

    /** Whether the article calls a body "the Inspectorate": its kind, capitalised, as a name of its own. */
    boolean callsItThe(String capitalisedHead) {
        return java.util.regex.Pattern.compile("\\b[Tt]he " + java.util.regex.Pattern.quote(capitalisedHead) + "\\b(?!\\s+\\p{Lu})")
                .matcher(analysis.article().text()).find();
    }

    static final Set<String> ORGANISATION_HEADS = Set.of("ministry", "department", "agency", "council", "court", "tribunal",
            "commission", "authority", "government", "office", "service", "police", "board", "committee", "union", "association",
            "league", "regulator", "inspectorate", "parliament", "assembly", "senate", "cabinet", "administration", "army", "military",
            "navy", "bank", "school", "university", "hospital", "trust", "charity", "club", "party", "embassy", "consulate",
            "museum", "gallery", "library", "theatre", "playhouse", "observatory", "college", "institute", "foundation", "society",
            "borough", "federation", "alliance", "laboratory", "force", "constabulary", "watchdog", "coastguard", "academy");

    private final Set<String> roleClausesRead = new java.util.HashSet<>();
    /** Post holders of "its" or "the group's", by the body they speak for: see {@link #ownerSpokenOfBefore}. */
    private final Map<String, String> bodySpokenFor = new HashMap<>();

    /** The body a post holder's "its branch secretary" points back to, or null. */
    String bodySpokenFor(String speaker) {
        return bodySpokenFor.get(speaker);
    }
    private static final String ROLE_VERBS = "chairs|heads|leads|runs|directs|manages|represents|speaks for|works for|works at|owns|founded";

    /** "Ana Ruiz, who chairs the board": what a relative clause after the name says she does, read once per person. */
    List<String> roleClauses(String person) {
        return roleClausesByPerson.computeIfAbsent(person, this::readRoleClauses);
    }

    private final Map<String, List<String>> roleClausesByPerson = new HashMap<>();

    private List<String> readRoleClauses(String person) {
        List<String> out = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\b" + java.util.regex.Pattern.quote(person)
                + ",\\s+who\\s+(?:" + ROLE_VERBS + ")\\s+([^,.;]+)").matcher(analysis.article().text());
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static final java.util.regex.Pattern DOCUMENT_HEAD = java.util.regex.Pattern.compile(
            "(?i).*\\b(memo|statement|reports?|documents?|figures|records|results|findings|logs?|logbooks?|readings|study|review|letter|posts?|video|messages?|data"
                    + "|survey|analysis|minutes|transcript|filing|account|paper|papers|rotas|timesheets|invoices|receipts|spreadsheets?|preprint|ruling|judg(?:e)?ment|verdict|decision|order|notice|update"
                    + "|release|page|website|site|blog|bulletin|announcement|guidance|advisory|plan|proposal|budget|audit|assessment"
                    + "|forecast|estimate|email|e-mail|tweet|thread|photo|photograph|image|footage|recording|map|chart|table|dashboard"
                    + "|search|check|checks|tests?|inspection|investigation|scan|copy|copies|draft|trials?|experiment|pilot|leaflet|flyer)\\b"
                    // "An internal review seen by the Wessex Gazette": the document is still the head.
                    + "(?:\\s+(?:seen|obtained|published|released|leaked|shared|reviewed|cited|filed|sent|written|prepared|commissioned|"
                    + "quoted|dated|circulating|posted|appearing)\\s+(?:by|to|with|on|in)\\b.*|\\s+(?:from|dated|of|by|in)\\s+(?:[^,]|,(?=\\d))*)?[^\\p{L}]*$");

    private static final Set<String> GROUPS_WHO_SPEAK = Set.of("police", "residents", "witnesses", "officials", "prosecutors",
            "doctors", "scientists", "experts", "researchers", "analysts", "teachers", "parents", "workers", "staff", "employees",
            "critics", "campaigners", "supporters", "fans", "investigators", "engineers", "nurses", "students", "pupils", "locals",
            "economists", "lawyers", "organisers", "organizers", "officers", "firefighters", "paramedics", "volunteers", "neighbors",
            "neighbours", "relatives", "passengers", "customers", "members", "shoppers", "tenants", "villagers", "protesters",
            "activists", "authorities", "agencies", "sources", "insiders", "diplomats", "rescuers", "farmers", "players", "drivers");

    /** A one-word "speaker" the article otherwise writes in lower case, and no group of people who speak: a common noun. */
    private boolean commonWord(String speaker) {
        String bare = speaker.replaceFirst("^(?i)the\\s+", "");
        String lower = bare.toLowerCase(Locale.ROOT);
        return !bare.contains(" ") && !bare.isEmpty() && Character.isUpperCase(bare.charAt(0)) && lowerCaseWords.contains(lower)
                && !GROUPS_WHO_SPEAK.contains(lower) && !ORGANISATION_HEADS.contains(lower) && !SOURCE_NOUNS.contains(lower)
                && !GENERIC.contains(lower);
    }

    /** "Chinese", "Russia", "Helix": words that keep their capital inside a lower-cased title. */
    boolean isProperWord(String word) {
        String w = word.replaceAll("['\u2019]s$", "").replaceAll("[^\\p{L}.-]", "");
        if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
            return false;
        }
        return LEXICON.isDemonym(w) || LEXICON.isPlace(w)
                // ("Students'" of "Wallerscote Students' Union" is the same word as "Students".)
                || entityNames.stream().anyMatch(n -> java.util.Arrays.stream(n.split("\\s+"))
                        .anyMatch(x -> x.replaceAll("['\u2019]s$", "").replaceAll("[^\\p{L}.-]", "").equals(w)))
                || capitalisedInside(w) && !lowerCaseWords.contains(w.toLowerCase(Locale.ROOT));
    }

    /** Whether the article writes the word with a capital somewhere other than at the start of a sentence. */
    private boolean capitalisedInside(String word) {
        return capitalisedCache.computeIfAbsent(word, this::findCapitalisedInside);
    }

    private boolean findCapitalisedInside(String word) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?:[\\p{Ll},;]|\\b(?:St|Mt|Dr|Mr|Mrs|Ms)\\.)\\s+" + java.util.regex.Pattern.quote(word) + "\\b")
                .matcher(analysis.article().text());
        return m.find();
    }

    /**
     * "Lady Justice", "Mr", "Sir": a form of address before a name, which says nothing of who the source is. A rank or an
     * office ("Detective Inspector", "Chief executive") does.
     */
    static boolean formOfAddress(String description) {
        String[] words = description.strip().toLowerCase(java.util.Locale.ROOT).replace(".", "").split("\\s+");
        return java.util.Arrays.stream(words).allMatch(FORMS_OF_ADDRESS::contains);
    }

    private static final Set<String> FORMS_OF_ADDRESS = Set.of("mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame", "lord",
            "lady", "justice", "rev", "reverend", "baron", "baroness", "hon", "honourable", "the", "very", "rt", "right", "most", "revd",
            "canon", "father");

    private static final java.util.regex.Pattern HEARSAY = java.util.regex.Pattern.compile(
            "(?i)^(?:an?\\s+|the\\s+|some\\s+)?(?:suggestions?|claims?|rumou?rs?|talk|speculation|stor(?:y|ies)|reports|whispers?)"
            + "(?:\\s+(?:circulating|going|spreading|doing|online|on|in|that)\\b.*)?$");

    /** "Suggestions circulating online", "A story going round": talk that no one is named for, not a speaker. */
    static boolean hearsay(String speaker) {
        return HEARSAY.matcher(speaker.strip()).matches();
    }

    private String articleKey;

    /**
     * Whether the article says {@code text} in these very words (case, quotation marks and spacing aside); an elided
     * quotation ("… they scored the same … there was no difference") piece by piece.
     */
    boolean saysVerbatim(String text) {
        if (articleKey == null) {
            articleKey = Phrasing.key(analysis.article().text());
        }
        return java.util.Arrays.stream(text.split("\u2026")).map(Phrasing::key).allMatch(articleKey::contains);
    }

    /** Whether a source is a document rather than a person or body: a person's name never fits as its distractor. */
    static boolean documentLike(String speaker) {
        return DOCUMENT_HEAD.matcher(speaker).matches();
    }

    /** Nouns that name a kind of source: two choices sharing one may point at the same speaker. */
    private static final Set<String> SOURCE_NOUNS = Set.of("study", "researchers", "authors", "team", "report", "reports",
            "ministry", "government", "company", "police", "agency", "officials", "council", "board", "union", "league",
            "court", "tribunal", "commission", "authority", "spokesperson", "spokesman", "spokeswoman", "post", "posts",
            "documents", "memo", "review", "survey", "figures", "experts", "scientists", "witnesses", "residents", "firm",
            "federation", "association", "trust", "society", "institute", "foundation", "department", "regulator", "inspectorate",
            "directorate", "watchdog", "charity");

    /**
     * Names (of people, bodies, outlets and places) and source nouns a text mentions, matched as
     * a reader would: "North Korean authorities" mentions North Korea.
     */
    List<String> namesIn(String text) {
        return namesInCache.computeIfAbsent(text, this::findNames);
    }

    // Distractor checks compare every candidate with every key, so the same texts come back many times.
    private final Map<String, List<String>> namesInCache = new HashMap<>();
    private final Map<String, Boolean> shareSourceCache = new HashMap<>();
    private final Map<String, Boolean> capitalisedCache = new HashMap<>();
    private final Map<String, java.util.regex.Pattern> aliasPatterns = new HashMap<>();

    private List<String> findNames(String text) {
        List<String> found = new ArrayList<>();
        String t = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        for (String n : names) {
            String nl = n.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
            if (nl.length() >= 4 && t.contains(nl)) {
                found.add(n);
            }
        }
        for (String w : t.split("[^\\p{L}]+")) {
            if (SOURCE_NOUNS.contains(w)) {
                found.add(w);
            } else if (w.endsWith("s") && SOURCE_NOUNS.contains(w.substring(0, w.length() - 1))) {
                found.add(w.substring(0, w.length() - 1));
            }
        }
        String[] written = text.replace('\u2019', '\'').split("[^\\p{L}-]+");
        for (int i = 0; i < written.length; i++) {
            if (i > 0 && !written[i].isEmpty() && Character.isUpperCase(written[i].charAt(0))) {
                // "The Water Bills Adjudicator": a capital inside a name is no role word ("a water company").
                continue;
            }
            String w = written[i].toLowerCase(Locale.ROOT);
            found.addAll(roleWords.getOrDefault(w, Set.of()));
            if (w.endsWith("s")) {
                found.addAll(roleWords.getOrDefault(w.substring(0, w.length() - 1), Set.of()));
            }
        }
        for (Map.Entry<String, Set<String>> alias : definiteAliases.entrySet()) {
            java.util.regex.Pattern alone = aliasPatterns.computeIfAbsent(alias.getKey(),
                    k -> java.util.regex.Pattern.compile("\\b" + java.util.regex.Pattern.quote(k) + "\\b"));
            if (alone.matcher(t).find()) {
                found.addAll(alias.getValue());
            }
        }
        // A capital stands for its country's government: "Pyongyang" names North Korea.
        for (String n : List.copyOf(found)) {
            String country = LEXICON.countryOfCapital(n);
            if (country != null) {
                found.add(country);
            }
        }
        for (String n : names) {
            String country = LEXICON.countryOfCapital(n);
            if (country != null && found.contains(country) && !found.contains(n)) {
                found.add(n);
            }
        }
        return List.copyOf(found);
    }

    /** Whether two texts may name one source: the same name, or names the article may use for one speaker. */
    boolean shareSource(String a, String b) {
        return shareSourceCache.computeIfAbsent(a + '\u0000' + b, k -> findSharedSource(a, b));
    }

    private boolean findSharedSource(String a, String b) {
        List<String> inB = namesIn(b);
        for (String x : namesIn(a)) {
            for (String y : inB) {
                if (x.equalsIgnoreCase(y) || x.length() > 3 && y.length() > 3 && mayBeSame(x, y)) {
                    return true;
                }
            }
        }
        return false;
    }

    List<Statement> by(String speaker) {
        return statements.stream().filter(s -> s.speaker().equals(speaker)).toList();
    }
}
