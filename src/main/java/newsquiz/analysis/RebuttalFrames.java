package newsquiz.analysis;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import newsquiz.article.Sentence;
import newsquiz.nlp.Alternations;

/**
 * Rebuttals told by a frame rather than a verb of denial: "was scornful of the broadcaster's figure", "was in no mood for
 * the suggestion", "took issue with that", "replied on Instagram with a video", "gave his own version". A frame with only
 * a pointer for its object keeps its own words as content (they are all it says), and what the same speaker says right
 * after it, or after the article's own verdict on a claim, is the other version of things, a denial whatever its words.
 */
final class RebuttalFrames {
    private static final Set<String> COPULA = Set.of("was", "were", "is", "are");
    private static final Set<String> SCORNFUL = Set.of("scornful", "dismissive", "contemptuous", "disdainful");
    private static final Set<String> POINTER = Set.of("it", "that", "this", "them", "these", "those");
    /** A rejection told only by its frame, the verb's own words stripped: "scornful of the figure", "that in an email". */
    private static final Pattern BARE_FRAME = Alternations.compile("^(?:(?:that|this|it|them)(?:\\s*$|\\s*[,.;:]|\\s+(?:in|on|at|with|without|during|to|when|after|before|via|"
            + "through|by|outright|flatly)\\b)|(?:scornful|dismissive|"
            + "contemptuous|disdainful) of\\b|in no mood for\\b)", Pattern.CASE_INSENSITIVE);
    /** "The estate's owner, X, replied on Instagram with a video.": a reply told without its words. */
    private static final Pattern REPLY_FRAME = Alternations.compile("^([^\"\u201c\u201d:]{2,160}?)\\s+(?:has |had )?(?:replied|answered|"
            + "responded|hit back|fired back)(?:\\s*[.!]?$|\\s+(?:in|on|with|via|through|by|at|within|later|swiftly|quickly|"
            + "online|publicly)\\b[^\"\u201c\u201d:]*[.!]$)");
    private static final Pattern OWN_VERSION = Alternations.compile("\\b(?:his|her|their|its|my|our) (?:own )?(?:version|side of (?:the story|"
            + "events|things))\\b|\\b(?:his|her|their|its|my|our) own account\\b", Pattern.CASE_INSENSITIVE);
    /** "That is not true.": the article's own verdict, the whole sentence, on a claim just before it. */
    private static final Pattern VERDICT = Alternations.compile("^\\W*(?:that|this|it|the (?:claim|post|report|story)|that claim|this claim)"
            + "\\s+(?:is|was)\\s+(?:simply\\s+)?(?:not true|untrue|false|wrong|incorrect|not correct|not the case)\\W*$",
            Pattern.CASE_INSENSITIVE);

    /** "much the same thing: …", "the same: …": what comes after the colon is said again, in the speaker's own terms. */
    private static final Pattern SAME_THING = Alternations.compile("^(?i)(?:much |exactly |very much |essentially |largely |broadly )?"
            + "the same(?: thing| story| message| line| point)?\\s*:\\s*(?=\\S)");
    /** "that one from the officers' bench without being asked: …": a reply aimed at a claim, then its words. */
    private static final Pattern POINTED_REPLY = Alternations.compile("^(?i)(?:that |this )?(?:one|it|that|this|them|"
            + "the (?:claim|point|charge|question|allegation|suggestion|figure))\\b[^:\"\u201c\u201d]{0,60}:\\s*(?=\\S)");
    private static final Set<String> REPLY_VERBS = Set.of("answer", "reply", "respond", "counter", "retort");
    private static final Pattern OWNED = Alternations.compile("(?i)\\b(?:yes|true|correct|right|admit\\w*|sorry|accept\\w*)\\b");

    private RebuttalFrames() {}

    /**
     * The length of a lead-in that only points at what the words after it answer or repeat ("much the same thing: ",
     * "that one from the bench: "), or 0. After a reply verb the lead-in must point at a claim; "the same" needs no verb.
     */
    static int leadIn(Lexicon.CueVerb verb, String content) {
        var same = SAME_THING.matcher(content);
        if (same.lookingAt()) {
            return same.end();
        }
        var pointed = POINTED_REPLY.matcher(content);
        return verb != null && REPLY_VERBS.contains(verb.lemma()) && pointed.lookingAt() ? pointed.end() : 0;
    }

    /**
     * "told the Gazette much the same thing: …" after another's denial, "answered that one …: the valuation took eleven
     * days" after another's claim: the same denial again, or the other version of what was claimed. {@code before} is the
     * statement just before.
     */
    static boolean answersWithLeadIn(String leadIn, String rest, String source, int sentence, Attribution before) {
        if (leadIn.isEmpty() || before == null || before.source().equals(source) || before.sentence() < sentence - 2) {
            return false;
        }
        return SAME_THING.matcher(leadIn + rest).lookingAt() ? before.stance() == Stance.DENY
                : before.stance() != Stance.DENY && !OWNED.matcher(rest).find();
    }

    /** Adds a draft for each adjective frame of rejection: "X was scornful of the figure", "X was in no mood for the suggestion". */
    static void add(SentenceView s, List<Draft> found, PhraseParser phrases, Lexicon lexicon) {
        for (int c = 1; c + 2 < s.size(); c++) {
            if (!COPULA.contains(s.tokens[c].lower()) || s.tokens[c].quoted()) {
                continue;
            }
            int a = s.tokens[c + 1].lower().endsWith("ly") ? c + 2 : c + 1;
            int object;
            if (s.at(a) != null && SCORNFUL.contains(s.tokens[a].lower()) && s.is(a + 1, "of")) {
                object = a + 2;
            } else if (s.is(a, "in") && s.is(a + 1, "no") && s.is(a + 2, "mood") && s.is(a + 3, "for")) {
                object = a + 4;
            } else {
                continue;
            }
            int end = s.size();
            while (end > object && (s.tokens[end - 1].isPunct() || s.tokens[end - 1].isQuoteMark())) {
                end--;
            }
            int frameStart = c;
            boolean taken = found.stream().anyMatch(d -> !d.dropped && d.cueToken >= frameStart && d.cueToken < object);
            Phrase speaker = end > object && !taken ? phrases.parse(s, 0, c) : null;
            if (speaker == null || s.tokens[object].quoted()) {
                continue;
            }
            Draft d = new Draft(Draft.Kind.VERB, s.index(), a);
            d.verb = lexicon.cue("dismissed");
            d.cue = s.text(c, object);
            d.phrase = speaker;
            d.content.add(new int[] {s.tokens[a].start(), s.tokens[end - 1].end()});
            d.contentFromToken = a;
            d.contentToToken = end;
            found.add(d);
            return;
        }
    }

    /**
     * "took issue with that in an email": a rejection whose pronoun object the content lost keeps its verb, which is all
     * the statement says ("in an email" alone says nothing).
     */
    static void keepOwnWords(SentenceView s, List<Draft> found) {
        for (Draft d : found) {
            if (d.dropped || d.verb == null || d.verb.stance() != Stance.DENY || d.verb.kind() != Lexicon.CueKind.NEGATIVE_SPEECH
                    || d.content.size() != 1 || d.contentFromToken <= d.cueToken
                    || d.contentFromToken >= s.size() || d.content.get(0)[0] != s.tokens[d.contentFromToken].start()) {
                continue;
            }
            // "met the accusation with a flat no when he went into the witness box": what follows the verdict's particles
            // only says when; the verdict's own words are all the statement says.
            if (!d.verb.particle().isEmpty() && s.tokens[d.contentFromToken].isAny("when", "as", "once", "after", "before")
                    && s.at(d.contentFromToken + 1) != null && s.tokens[d.contentFromToken + 1].isAny("he", "she", "they", "it", "we", "i")
                    && !s.tokens[d.contentFromToken].quoted()) {
                d.content.get(0)[0] = s.tokens[d.cueToken].start();
                continue;
            }
            if (d.contentFromToken - d.cueToken > 5) {
                continue;
            }
            boolean pronounBetween = false;
            boolean clean = true;
            for (int k = d.cueToken + 1; k < d.contentFromToken; k++) {
                Token t = s.tokens[k];
                clean &= !t.quoted() && !t.isComma() && !t.isQuoteMark() && !t.is("as");
                pronounBetween |= POINTER.contains(t.lower());
            }
            // "that claim", "the company's account" stay as they are: the quiz reads what a denial points back at from them.
            if (clean && pronounBetween) {
                d.content.get(0)[0] = s.tokens[d.cueToken].start();
            }
        }
    }

    /**
     * Whether a plain statement is the other version of a claim: the speaker's own next words after rejecting it without
     * content ("was in no mood for the suggestion. “Every litre …,” she said"), after a reply told without its words, given
     * as "his own version" of another's account, or right after the article's verdict that the claim is not true.
     */
    static boolean answers(Draft d, String source, String described, String content, List<Attribution> previous,
            List<Sentence> sentences) {
        // "“We are picking. / Come and taste,” he wrote": the quote begins where its first sentence does.
        int first = Math.min(d.sentence, d.firstSentence);
        return afterOwnRejection(source, first, previous, d.quoted ? content : null) || afterReplyFrame(source, first, previous, sentences)
                || d.cue != null && OWN_VERSION.matcher(d.cue + " " + sentences.get(d.sentence).text()).find()
                        && claimByOther(source, first - 2, d.sentence, previous)
                || afterVerdict(source, described, first, previous, sentences)
                || stayedAgainstAChange(content, source, first, previous)
                || DULLER.matcher(content).find() && claimByOther(source, first - 4, first, previous)
                || carriesOnAgainstAnEnd(content, source, described, first, previous);
    }

    /** "carrying water, “which is duller than smuggling”": the speaker's version set against a more lurid one. */
    private static final Pattern DULLER = Alternations.compile("\\b(?:duller|(?:more|less)\\s+(?:boring|mundane|prosaic|innocent|legal|"
            + "exciting|sinister|dramatic|glamorous))\\s+than\\b", Pattern.CASE_INSENSITIVE);

    /** "The bulletin stayed at 4 all morning" after a report that it "had lowered its rating to level 3": the change denied. */
    private static final Pattern STAYED = Alternations.compile("\\b(?:stayed|remained)\\s+(?:at|on)\\s+"
            + "(?:level\\s+)?(\\d+)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern CHANGED_TO = Alternations.compile("\\b(?:lowered|cut|raised|reduced|increased|downgraded|upgraded|dropped|"
            + "fell|rose|changed|revised)\\b[^.;]*?\\bto\\s+(?:level\\s+)?(\\d+)\\b", Pattern.CASE_INSENSITIVE);

    private static boolean stayedAgainstAChange(String content, String source, int first, List<Attribution> previous) {
        var stayed = STAYED.matcher(content);
        if (!stayed.find()) {
            return false;
        }
        for (Attribution a : previous) {
            if (a.sentence() >= first - 2 && a.sentence() <= first && !a.source().equals(source) && a.stance() != Stance.DENY) {
                var changed = CHANGED_TO.matcher(a.content());
                if (changed.find() && !changed.group(1).equals(stayed.group(1))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** What a claim says someone will stop, and what their own words say they go on doing. */
    private static final Pattern ENDING = Alternations.compile("\\b(?:pull(?:ed|ing|s)? out|withdr[ae]w\\w*|quit(?:s|ting)?|walk(?:ed|ing|s)? "
            + "away|skip(?:ped|ping|s)?|scrap(?:ped|ping|s)?|shut(?:ting|s)? down|clos(?:e|ed|es|ing) down|cancel(?:l?ed|l?ing|s)?|"
            + "abandon(?:ed|ing|s)?|pull(?:ed|ing|s)? the plug)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern CARRYING_ON = Alternations.compile("^\\W*(?:we|i)(?:['\u2019]ve|['\u2019]re|['\u2019]m| have| had| are| am)?\\s+"
            + "(?:just\\s+|already\\s+|still\\s+)?(?:signed|renewed|extended|re-signed|committed|staying|picking|open|running|"
            + "trading|operating|going ahead)\\b", Pattern.CASE_INSENSITIVE);

    /**
     * "A post claimed the sponsor, Solvane, would pull out. … “We signed for three more seasons in January,” said Solvane's
     * marketing director": the party a claim says will stop, saying in its own voice that it goes on.
     */
    private static boolean carriesOnAgainstAnEnd(String content, String source, String described, int first, List<Attribution> previous) {
        if (!CARRYING_ON.matcher(content).find()) {
            return false;
        }
        for (Attribution a : previous) {
            if (a.sentence() >= first - 3 && a.sentence() < first && !a.source().equals(source) && a.stance() != Stance.DENY
                    && ENDING.matcher(a.content()).find() && mentions(a.content(), source, described)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a claim names the speaker, or the body in the speaker's description ("Solvane" of "Solvane's marketing director"). */
    private static boolean mentions(String claim, String source, String described) {
        String[] names = source.split("\\s+");
        String last = names[names.length - 1];
        if (last.length() >= 4 && claim.toLowerCase(Locale.ROOT).contains(last.toLowerCase(Locale.ROOT))) {
            return true;
        }
        for (String w : described.split("[\\s,]+")) {
            String word = w.replaceAll("['\u2019]s$", "");
            if (word.length() >= 4 && Character.isUpperCase(word.charAt(0)) && claim.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** "rejected a claim made on a blog that the paper had been rushed through": what the rejected claim was about. */
    private static final Pattern CLAIM_ABOUT = Alternations.compile("^(?:a|the|any)\\s+(?:claim|claims|report|reports|suggestion|"
            + "suggestions|allegation|allegations)\\b[^\"\u201c\u201d]*?\\bthat\\s+(?:the|its|their)\\s+[\\p{L}-]+\\s+"
            + "(?:had|has|was|were|is|are|would|will)\\b", Pattern.CASE_INSENSITIVE);
    /** "“It went through two rounds of review,” she said": the quote goes on about the thing the claim was about. */
    private static final Pattern ABOUT_IT = Alternations.compile("^\\W*(?:it|they)\\b", Pattern.CASE_INSENSITIVE);

    private static boolean afterOwnRejection(String source, int sentence, List<Attribution> previous, String quote) {
        for (int i = previous.size() - 1; i >= 0; i--) {
            Attribution a = previous.get(i);
            if (a.sentence() < sentence - 1) {
                return false;
            }
            if (a.source().equals(source)) {
                // Only a frame with nothing of its own to say: after "rejected any suggestion that …" or "rejected that
                // account", the next words are often the speaker's own matter rather than the other version.
                // But a quote that goes straight on about what the rejected claim was about ("a claim that the paper had
                // been rushed through. “It went through two rounds of review …”") is the other version.
                return a.stance() == Stance.DENY && a.sentence() == sentence - 1
                        && (BARE_FRAME.matcher(a.content().strip()).find()
                                || BARE_FRAME.matcher(withoutCue(a.cue(), a.content().strip())).find()
                                || quote != null && ABOUT_IT.matcher(quote).find()
                                        && CLAIM_ABOUT.matcher(withoutCue(a.cue(), a.content().strip())).find());
            }
        }
        return false;
    }

    private static boolean afterReplyFrame(String source, int sentence, List<Attribution> previous, List<Sentence> sentences) {
        if (sentence < 1 || previous.stream().anyMatch(a -> a.sentence() == sentence - 1)) {
            return false;
        }
        var m = REPLY_FRAME.matcher(sentences.get(sentence - 1).text().strip());
        if (!m.find()) {
            return false;
        }
        String[] names = source.split("\\s+");
        String surname = names[names.length - 1].toLowerCase(Locale.ROOT);
        return surname.length() > 2 && m.group(1).toLowerCase(Locale.ROOT).contains(surname)
                && claimByOther(source, sentence - 3, sentence - 1, previous);
    }

    private static boolean afterVerdict(String source, String described, int sentence, List<Attribution> previous,
            List<Sentence> sentences) {
        if (sentence < 2 || !VERDICT.matcher(sentences.get(sentence - 1).text()).find()
                || previous.stream().anyMatch(a -> a.sentence() == sentence - 1 || a.sentence() == sentence)) {
            return false;
        }
        // "A post claimed the council had shut the studio. That is not true. A spokesperson for the council said …": the
        // party the claim was about answers it; a hospital or a set of figures giving the facts only asserts them.
        return previous.stream().anyMatch(a -> a.sentence() == sentence - 2 && a.stance() != Stance.DENY
                && !a.source().equals(source) && mentions(a.content(), source, described));
    }

    /** A claim by someone else in sentences [from, to). */
    private static boolean claimByOther(String source, int from, int to, List<Attribution> previous) {
        return previous.stream().anyMatch(a -> a.sentence() >= from && a.sentence() < to && !a.source().equals(source)
                && a.stance() != Stance.DENY);
    }

    /** "contested that claim" less its cue "has contested": what the rejection's object was. */
    static String withoutCue(String cue, String content) {
        if (cue == null) {
            return content;
        }
        String[] words = cue.strip().split("\\s+");
        for (int i = 0; i < words.length; i++) {
            String tail = String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length));
            if (content.regionMatches(true, 0, tail + " ", 0, tail.length() + 1)) {
                return content.substring(tail.length() + 1);
            }
        }
        return content;
    }
}
