package newsquiz.generate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import newsquiz.analysis.SourceType;
import newsquiz.quiz.Difficulty;
import newsquiz.quiz.QuestionType;
import newsquiz.quiz.Skill;

/** Through which outlets a statement reached the article. */
final class RelayQuestions implements QuestionFamily {
    private static final String ARROW = " \u2192 ";

    @Override
    public List<Candidate> propose(Facts facts) {
        List<Candidate> out = new ArrayList<>();
        Set<String> outlets = outlets(facts);
        Set<String> asked = new LinkedHashSet<>();
        for (Statement s : facts.statements) {
            List<String> chain = withoutProgrammes(facts, s.attribution().via().stream().filter(outlets::contains).toList());
            s.attribution().via().stream().filter(v -> !outlets.contains(v) && isChannel(v) && !shortNameOf(v, outlets)).findFirst()
                    .ifPresent(channel -> channelQuestion(facts, s, channel, out));
            if (chain.isEmpty() || !asked.add(s.speaker() + chain)) {
                continue;
            }
            if (s.attribution().via().stream().anyMatch(v -> !outlets.contains(v) && LATER_REPORT.matcher(v).find())) {
                // "told Sponsorship Ledger …, according to a report on Radio Ostermoor's website": one more step the outlets
                // do not name, so any chain asked would leave it out (review20).
                continue;
            }
            if (chain.size() >= 2) {
                chainQuestion(facts, s, chain, outlets, out);
            } else {
                outletQuestion(facts, s, chain.get(0), outlets, out);
            }
        }
        return out;
    }

    /** "quoted by the Post" after "the Ardenvale Post": the paper's short name, not a post online (review23 ARD q14). */
    private static boolean shortNameOf(String via, Set<String> outlets) {
        return Character.isUpperCase(via.charAt(0)) && outlets.stream().anyMatch(o -> o.endsWith(" " + via));
    }

    private static boolean isChannel(String via) {
        return via.toLowerCase(java.util.Locale.ROOT).matches("twitter|x|facebook|instagram|tiktok|youtube|telegram|linkedin|social media|"
                + "this publication|e-?mail|statement|interview|press conference|news conference|conference|briefing|letter|video|"
                + "video statement|written statement|post|tweet|podcast|radio interview|television interview");
    }

    private static Set<String> outlets(Facts facts) {
        Set<String> out = new LinkedHashSet<>();
        // Twitter carries words but publishes nothing of its own: a channel, not an outlet. A journal publishes
        // research, not news; "Civica for the Sunday Ledger" is a poll's label; and the paper this article appears
        // in is where the words arrived, not a step on the way.
        facts.analysis.sources().stream().filter(e -> e.type() == SourceType.OUTLET && !isChannel(e.name())
                && !e.name().matches("(?i).*\\b(?:journal|proceedings)\\b.*|.*\\sfor\\s.*") && !OwnOutlet.is(facts, e.name())
                // "reported it to the Environment Agency": a public agency, not a news agency, unless its name says so.
                && !e.name().matches("(?i)(?!.*\\b(?:news|press)\\b).*\\bagency$")
                && !adjectiveOnly(facts.analysis.article().text(), e.name())
                // "21 March 2025", "page 7. Translated from the Italian", "translator's notes are in square brackets": pieces of a
                // source line, not outlets.
                && !e.name().matches("(?s)^[\\d\\p{Ll}].*|(?is).*\\bpage\\s+\\d.*")
                && !programmeOfAnother(facts, e.name())
                // "The container ship Corvina Star lost 61 boxes": a name nothing was said through, by or about as a
                // publication, and with no word calling it one, is no outlet a reader would believe carried the words.
                && (carriesWords(facts, e.name()) || !e.descriptions().isEmpty()))
                .forEach(e -> out.add(e.name()));
        return out;
    }

    private static boolean carriesWords(Facts facts, String outlet) {
        return facts.analysis.attributions().stream().anyMatch(a -> a.via().contains(outlet) || a.source().equals(outlet));
    }

    private static boolean programmeOfAnother(Facts facts, String outlet) {
        return facts.analysis.sources().stream().anyMatch(e -> e.type() == SourceType.OUTLET && !e.name().equals(outlet)
                && programmeOf(facts, outlet, e.name()));
    }

    /**
     * "National Radio's Morning Report", "the Morning Report programme on Radio National": a programme goes with the
     * broadcaster that airs it, so the two are one outlet.
     */
    private static List<String> withoutProgrammes(Facts facts, List<String> chain) {
        return chain.stream().filter(b -> chain.stream().noneMatch(a -> !a.equals(b) && programmeOf(facts, b, a))).toList();
    }

    /** Asked for every pair of outlets and again for every relay chain: remembered per article. */
    private static boolean programmeOf(Facts facts, String programme, String broadcaster) {
        return facts.programmeOf.computeIfAbsent(programme + '\u0000' + broadcaster, k -> {
            String text = facts.analysis.article().text().replace('\u2019', '\'');
            if (text.contains(broadcaster + "'s " + programme)) {
                return true;
            }
            // Most outlets are never followed by "on": one pass per outlet spares a pass per pair of outlets.
            return facts.airedOnSomething.computeIfAbsent(programme, p -> airedOn(p, "").matcher(text).find())
                    && airedOn(programme, "(?:the\\s+)?(?:[\\p{L}-]+\\s+){0,3}?" + java.util.regex.Pattern.quote(broadcaster) + "\\b")
                            .matcher(text).find();
        });
    }

    /** "Evening Line on the Orlandan broadcaster ORN": a description may stand between the programme and its broadcaster. */
    private static java.util.regex.Pattern airedOn(String programme, String broadcaster) {
        return java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(programme)
                + "(?:\\s+(?:programme|program|show|podcast|bulletin))?\\s+on\\s+" + broadcaster);
    }

    /** A name the article gives as a programme of one of its outlets. */
    static boolean isProgramme(Facts facts, String name) {
        // Asked of every speaker for every question: remembered per article.
        return facts.programmes.computeIfAbsent(name, n -> facts.analysis.sources().stream()
                .anyMatch(e -> e.type() == SourceType.OUTLET && !e.name().equals(n) && programmeOf(facts, n, e.name())));
    }

    /**
     * "the Orlandan broadcaster", "Orlandan diplomats": a one-word "outlet" the article only ever puts before a noun is an
     * adjective of nationality, not a publication.
     */
    private static boolean adjectiveOnly(String text, String name) {
        if (name.contains(" ")) {
            return false;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\b" + java.util.regex.Pattern.quote(name) + "\\b(\\s+\\p{Ll})?").matcher(text);
        boolean seen = false;
        while (m.find()) {
            if (m.group(1) == null) {
                return false;
            }
            seen = true;
        }
        return seen;
    }

    /**
     * "Which outlet first published Matsegora's words?" Wrong answers are outlets outside the
     * chain, so no wrong answer names a source the right one names.
     */
    private void chainQuestion(Facts facts, Statement s, List<String> chain, Set<String> outlets, List<Candidate> out) {
        if (saidThroughAnotherRoute(facts, s, chain.get(0), outlets)) {
            return;
        }
        List<String> wrong = new ArrayList<>();
        for (String other : outlets) {
            if (!chain.contains(other) && wrong.size() < 3 && !facts.mayBeSame(other, s.speaker())
                    && chain.stream().noneMatch(c -> facts.mayBeSame(c, other))) {
                wrong.add(other);
            }
        }
        String path = String.join(" to ", chain);
        String speaker = AttributionQuestions.speakerInSentence(s.speaker(), facts);
        String explanation = "The article says: " + Explain.quote(s.evidence()) + " The words went from " + speaker + " to " + path
                + " and then to this article. Each step is a chance for words to be shortened, translated or framed.";
        if (wrong.size() >= 2) {
            out.add(new Candidate("relay", Skill.SOURCE_EVALUATION, QuestionType.SINGLE_CHOICE, Difficulty.HARD,
                    "Which news outlet first published what " + speaker + " " + s.verb() + ", before it reached this article?",
                    chain.get(0), wrong, explanation, s.sentences(), "relay:" + s.speaker(), 85));
        }
        List<String> counts = new ArrayList<>(List.of("None: this article heard it directly", "One", "Two", "Three"));
        String key = counts.get(Math.min(chain.size(), 3));
        counts.remove(key);
        out.add(new Candidate("relay", Skill.SOURCE_EVALUATION, QuestionType.SINGLE_CHOICE, Difficulty.HARD,
                "Through how many news outlets did " + Phrasing.possessive(speaker, '\u2019') + " words pass before they reached this article?", key, counts,
                explanation, s.sentences(), "relay-count:" + s.speaker(), 75));
    }

    private static final java.util.regex.Pattern MEDIUM = java.util.regex.Pattern.compile(
            "(?i)\\b(?:clip|video|footage|post|posts|tweet|message|recording|broadcast|livestream|caption|photo|photograph)s?\\b");
    private static final java.util.regex.Pattern VIDEO_PLATFORM = java.util.regex.Pattern.compile("(?i)\\b(?:TikTok|YouTube|Instagram|Twitch|Vimeo)\\b");

    /** "PRESENTER:", "REPORTER:": the speaker labels of a broadcast's transcript. */
    private static final java.util.regex.Pattern BROADCAST_LABEL = java.util.regex.Pattern.compile(
            "(?m)^(?:PRESENTER|ANCHOR|REPORTER|NEWSREADER|HOST|CORRESPONDENT)\\s*:");
    /** "told us", "a spokesperson told the Courier": the article's own reporter heard it, by whatever means. */
    private static final String TOLD_THIS_PUBLICATION = "Directly to this publication";
    /** "a report on Radio Ostermoor's website", "an article in the Herald": a report the words came through. */
    private static final java.util.regex.Pattern LATER_REPORT = java.util.regex.Pattern.compile(
            "(?i)^(?:an?|the)\\s+(?:report|article|story|broadcast|bulletin)\\s+(?:on|in|by|from)\\s+\\S");
    /** "what it has not, and where the rumours came from": a question told about, not a statement made. */
    private static final java.util.regex.Pattern WH_CLAUSE = java.util.regex.Pattern.compile("(?i)(?:what|where|how|why|when|whether|who|which)\\b");
    private static final List<String> CHANNELS = List.of("In an email", "In a written statement", "On social media",
            "In a television interview", "At a press conference", "In a letter", "In a video");

    /** "How did the ministry make its denial?" → "On Twitter". */
    private void channelQuestion(Facts facts, Statement s, String channel, List<Candidate> out) {
        if (MEDIUM.matcher(s.speaker()).find()) {
            // "How did a 19-second clip say this? On TikTok": a clip or a post is the channel itself, not someone using one.
            return;
        }
        if (!AttributionQuestions.wholeQuotation(s) && WH_CLAUSE.matcher(s.claim()).lookingAt()) {
            // "sets out what the team has told us, what it has not, and …": no statement, so no way it was made (review20).
            return;
        }
        // "told us" in a landlord's notice or an ombudsman's decision: "us" is the body writing, not a newsroom.
        // "she told us" in a television bulletin's transcript: the programme heard it, on camera as likely as not.
        boolean broadcast = BROADCAST_LABEL.matcher(facts.analysis.article().text()).find();
        String toWriter = facts.voice().map(v -> "Directly to " + v.body()).orElse(broadcast ? "Directly to this programme" : TOLD_THIS_PUBLICATION);
        // "said in a statement read out at Sunday's service": heard, not read; written it may have been as well.
        boolean readOut = channel.equalsIgnoreCase("statement") && READ_OUT.matcher(String.join(" ", s.evidence())).find();
        String phrase = readOut ? "In a statement read out aloud" : channelPhrase(channel);
        String key = phrase.equals(TOLD_THIS_PUBLICATION) ? toWriter : phrase;
        boolean toUsKey = key.equals(toWriter);
        List<String> used = new ArrayList<>();
        facts.by(s.speaker()).forEach(o -> o.attribution().via().forEach(v -> used.add(channelPhrase(v).toLowerCase(java.util.Locale.ROOT))));
        List<String> wrong = new ArrayList<>();
        boolean platform = key.startsWith("On ") || key.matches("(?i)in an? (?:post|tweet)");
        for (String c : CHANNELS) {
            String lc = c.toLowerCase(java.util.Locale.ROOT);
            boolean video = key.equalsIgnoreCase("In a video") && (lc.equals("on social media") || lc.contains("television"))
                    // "On TikTok" or "On YouTube" is in a video too.
                    || lc.equals("in a video") && VIDEO_PLATFORM.matcher(key).find();
            // "told us" may have been by email or in writing: only ways of speaking to nobody in particular are wrong.
            boolean toUs = toUsKey && (written(c) || lc.equals("in a letter") || broadcast && (lc.contains("television") || lc.contains("video")
                    || lc.contains("interview")));
            if (platform && (lc.equals("on social media") || written(c)) || written(key) && written(c) || video || toUs || readOut && written(c)) {
                // Twitter is social media and a post is written, an email is a written statement, a video is often posted
                // online or filmed for television: both would be right.
                continue;
            }
            if (!lc.equals(key.toLowerCase(java.util.Locale.ROOT)) && used.stream().noneMatch(u -> u.contains(lc.substring(lc.lastIndexOf(' ') + 1)))
                    && wrong.size() < 3) {
                wrong.add(c);
            }
        }
        String speaker = AttributionQuestions.speakerInSentence(s.speaker(), facts);
        String explanation = "The article says: " + Explain.quote(s.evidence()) + " Knowing where a statement was made helps a reader"
                + " judge it" + (written(key) ? ": written words are chosen with time to think."
                        : key.equals(TOLD_THIS_PUBLICATION) || key.contains("interview") ? ": words given to a reporter answer the reporter's questions."
                        : toUsKey ? ": words given in answer to " + Phrasing.possessive(key.substring("Directly to ".length()), '\'')
                                + " questions answer what it asked."
                        : ".");
        boolean denial = s.attribution().stance() == newsquiz.analysis.Stance.DENY;
        String channelWord = key.replaceFirst("^(?i)(in an?|on|at an?)\\s+", "").toLowerCase(java.util.Locale.ROOT);
        if (speaker.toLowerCase(java.util.Locale.ROOT).contains(channelWord)) {
            // "a post on X": the answer is in the question.
            return;
        }
        String content = Phrasing.clean(s.attribution().content()).toLowerCase(java.util.Locale.ROOT);
        String cueWord = s.attribution().cue() == null ? "" : s.attribution().cue().strip().toLowerCase(java.util.Locale.ROOT).replaceFirst("\\s.*$", "");
        if (!cueWord.isEmpty() && content.startsWith(cueWord + " ") || content.matches("^(?:saying|adding|insisting|arguing|pointing)\\b.*")) {
            // "waved the report away in a statement to the Star": the words are the rejection itself, with no claim to put after
            // "deny that".
            return;
        }
        String what = AttributionQuestions.wholeQuotation(s) ? (denial ? "make this denial: " : "say this: ")
                : denial && !deniesInOwnWords(s) ? "deny that " : "say that ";
        out.add(new Candidate(denial ? "denial" : "relay", Skill.SOURCE_EVALUATION, QuestionType.SINGLE_CHOICE, Difficulty.EASY,
                "According to the article, how did " + speaker + " " + what + said(s, facts), key, wrong, explanation, s.sentences(), (denial ? "deny-how:" : "channel:") + s.index(), denial ? 56 : 52));
    }


    private static final java.util.regex.Pattern HOW_SAID = java.util.regex.Pattern.compile(
            "^(According to the article, how )did .+? (say this: |make this denial: |deny that |say that )(.*)$",
            java.util.regex.Pattern.DOTALL);

    /**
     * The same "how did X say this?" question without X's name: beside "Who said this?" on the same words, the name would
     * answer that question (review22). Unchanged if it names no one.
     */
    static Candidate withoutSpeaker(Candidate c) {
        java.util.regex.Matcher m = HOW_SAID.matcher(c.prompt());
        if (!m.matches()) {
            return c;
        }
        String unnamed = switch (m.group(2)) {
            case "say this: " -> "was this said: ";
            case "make this denial: " -> "was this denial made: ";
            case "deny that " -> "was it denied that ";
            default -> "was it said that ";
        };
        return c.withPrompt(m.group(1) + unnamed + m.group(3));
    }

    private static final java.util.regex.Pattern UNNAMED = java.util.regex.Pattern.compile("^According to the article, how (?:was|were) ");

    /** Whether a "how did X say this?" question names X: every one does but those {@link #withoutSpeaker} rewrote. */
    static boolean namesSpeaker(Candidate c) {
        return !UNNAMED.matcher(c.prompt()).lookingAt();
    }

    /**
     * "There was no cover-up, the board insisted": the words are the denial itself, so "how did the board deny that there
     * was no cover-up?" would say the opposite of the article; it is asked as what the board said.
     */
    private static boolean deniesInOwnWords(Statement s) {
        return ClauseCheck.negated(s.attribution().content()) && !Speech.denies(s.verb());
    }

    /** A quotation is quoted; reported speech is reported, never dressed up as a quotation. */
    private static String said(Statement s, Facts facts) {
        if (AttributionQuestions.wholeQuotation(s)) {
            return "\u201c" + Phrasing.wholeClauses(Phrasing.unquote(s.claim()), 16) + "\u201d?";
        }
        String verdictOn = DenierWording.verdictOn(Phrasing.unquote(s.claim()));
        String claim = s.withOwnPronoun(verdictOn != null ? verdictOn : s.claim());
        return Phrasing.endQuestion(Phrasing.lowerFirst(claim, facts));
    }

    private static final java.util.regex.Pattern READ_OUT = java.util.regex.Pattern.compile(
            "(?i)\\bstatement\\s+(?:(?:that|which)\\s+was\\s+)?read\\s+(?:out|aloud)\\b");

    private static boolean written(String channel) {
        return channel.matches("(?i).*\\b(email|letter|written statement|statement)$");
    }

    private static String channelPhrase(String channel) {
        String c = channel.toLowerCase(java.util.Locale.ROOT);
        return switch (c) {
            case "twitter", "x", "facebook", "instagram", "tiktok", "youtube", "telegram", "linkedin", "social media" ->
                    "On " + (c.equals("social media") ? c : Phrasing.capitalise(channel));
            case "this publication" -> TOLD_THIS_PUBLICATION;
            case "email", "e-mail" -> "In an email";
            case "statement" -> "In a written statement";
            case "interview" -> "In an interview";
            case "press conference", "conference", "briefing", "news conference" -> "At a " + c;
            default -> (c.matches("^[aeiou].*") ? "In an " : "In a ") + c;
        };
    }

    private void outletQuestion(Facts facts, Statement s, String outlet, Set<String> outlets, List<Candidate> out) {
        Set<String> usedBySpeaker = new LinkedHashSet<>();
        facts.by(s.speaker()).forEach(o -> usedBySpeaker.addAll(o.attribution().via()));
        String evidence = String.join(" ", s.evidence());
        if (outlets.stream().anyMatch(o -> !o.equals(outlet) && evidence.contains(o)) || carriedByAnother(evidence, outlet)
                || saidThroughAnotherRoute(facts, s, outlet, outlets)) {
            // "told Kanal 4, in remarks later carried by the Ostraven Post": the words took more than one step, and
            // "through which outlet" would have two answers.
            return;
        }
        List<String> wrong = new ArrayList<>();
        for (String other : outlets) {
            // "told Glas Doruvije, as reported by Obzor": an outlet the same sentence names may be a step too.
            if (!usedBySpeaker.contains(other) && !facts.mayBeSame(other, outlet) && !evidence.contains(other) && wrong.size() < 3) {
                wrong.add(other);
            }
        }
        if (wrong.size() < 2) {
            return;
        }
        String prompt = "Through which news outlet did the article get what " + AttributionQuestions.speakerInSentence(s.speaker(), facts)
                + " " + s.verb() + "?";
        String explanation = "The article says: " + Explain.quote(s.evidence()) + " The statement reached the article through "
                + outlet + ".";
        out.add(new Candidate("relay", Skill.SOURCE_EVALUATION, QuestionType.SINGLE_CHOICE, Difficulty.MEDIUM, prompt, outlet, wrong,
                explanation, s.sentences(), "relay:" + s.speaker(), 65));
    }

    private static final java.util.regex.Pattern LATER_CARRIED = java.util.regex.Pattern.compile(
            "\\b(?:carried|quoted|reported|cited|picked up|published|republished|broadcast)\\s+by\\s+(?:the\\s+)?(\\p{Lu}[^,.;]*)");

    private static boolean carriedByAnother(String evidence, String outlet) {
        java.util.regex.Matcher m = LATER_CARRIED.matcher(evidence);
        String own = outlet.replaceFirst("^(?i)the\\s+", "");
        while (m.find()) {
            if (!m.group(1).startsWith(own)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "What did Derek Wyvern say" has one answer only when he spoke through one route: a Facebook post and a later
     * interview with the Wessex Gazette make "through which outlet did the article get what he said" ambiguous.
     */
    private static boolean saidThroughAnotherRoute(Facts facts, Statement s, String outlet, Set<String> outlets) {
        // Only outlets and channels count as routes: "The Moscow Times" as this article's own paper is where all words arrive.
        return facts.by(s.speaker()).stream().map(o -> o.attribution().via().stream().filter(v -> outlets.contains(v) || isChannel(v)).toList())
                .anyMatch(route -> !route.isEmpty() && !route.contains(outlet) && route.stream().noneMatch(s.attribution().via()::contains));
    }

    private static String path(String speaker, List<String> chain) {
        return speaker + ARROW + String.join(ARROW, chain) + ARROW + "this article";
    }
}
