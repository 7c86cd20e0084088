package newsquiz.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsquiz.article.Article;
import newsquiz.article.NoiseLine;
import newsquiz.article.Paragraph;

/**
 * Who "I" is in a piece written in the first person, as a careful reader knows it: from a standfirst ("Here the
 * society's chair, NAME, responds."), an intro line ("NAME, the club's secretary, writes:"), a byline ("By NAME",
 * "Posted by NAME, Firm") or a sign-off ("NAME is the founder of X.", "— NAME, Director"). Nothing when the article
 * names no author in one of those ways: "I" then stays an unnamed source.
 */
final class Author {
    /** A decision's header field naming who decided: "Ombudsman: NAME". */
    private static final String DECIDER_FIELD = "(?:Ombudsman|Adjudicator|Inspector):";
    /** A written answer's "Answered on 9 February 2026 by NAME, Minister of State": the minister is its "I". */
    private static final String ANSWERED = "Answered(?:\\s+on\\s+[\\p{L}\\d ,]{3,30}?)?\\s+by";
    private static final String NAME = "\\p{Lu}[\\p{L}\u2019'.-]*(?:\\s+\\p{Lu}[\\p{L}\u2019'.-]*){0,3}";
    /** An annual review's "Foreword from the Chair of Trustees, NAME" or "A message from NAME": its writer is the "I". */
    private static final String FOREWORD = "(?:Foreword|Introduction|Preface|Welcome|(?:A\\s+)?[Mm]essage)\\s+(?:from|by)"
            + "(?:\\s+(?:the|our)\\s+[^,]{2,40},)?";
    /**
     * "By NAME", "Posted by NAME, Firm", "Written by NAME", a memo's "From: NAME, Role", a decision's "Ombudsman: NAME", a
     * written answer's "Answered on DATE by NAME", a foreword's "Foreword from the Chair, NAME": at a line's start or after a bar.
     */
    private static final Pattern BYLINE = Pattern.compile(
            "(?:^|[|\u2022\u00b7]\\s*)(?:By|by|Posted by|Written by|Words by|Story by|From:|Decided by|Signed by|" + ANSWERED + "|" + FOREWORD + "|" + DECIDER_FIELD + ")\\s+(" + NAME + ")(?=\\s*(?:$|[,|\u2022\u00b7(]|\\s+on\\s))");
    /** Degrees and memberships after a name: "BA (Hons)", "BSc", "PhD", "MRTPI". */
    private static final String POSTNOMINAL = "(?:\\p{Lu}{2,}|[BM]\\p{Lu}?Sc|PhD|DPhil|MPhil|[BM]Eng|\\(\\p{L}+\\))";
    private static final Pattern BYLINE_SENTENCE = Pattern.compile("^[Bb]y\\s+" + NAME + "(?:\\s+" + POSTNOMINAL + ")*$");
    /** "Here the director, NAME, responds." / "NAME, the club's secretary, writes:": the sentence ends on the writing verb. */
    private static final Pattern INTRO = Pattern.compile(
            "(?s).*\\b(?:responds|replies|writes|answers|sets the record straight)\\s*[.:]?\\s*$");
    /** "NAME is the founder of …" / "NAME is director of …": a bio line. */
    private static final Pattern BIO = Pattern.compile("^(" + NAME + ")\\s+(?:is|was)\\s+(?:(?:the|a|an)\\s+)?(?:\\p{Ll}+\\s+){0,3}"
            + "(?:director|founder|co-founder|chair|chairman|chairwoman|chief|head|president|secretary|editor|author|owner|"
            + "manager|professor|lecturer|member|leader|creator|curator|principal|executive|ceo|trustee|partner|writer|"
            + "spokesperson|organiser|organizer|coordinator|researcher|fellow)\\b.*");
    /** "— NAME, Director of X" or "— NAME": a signed ending. */
    private static final Pattern SIGN_OFF = Pattern.compile("^[\u2014\u2013-]\\s*(" + NAME + ")\\s*(?:,.*)?$");

    /** "Response from the owner, NAME, 17 February 2025", "Reply from NAME": the writer of the reply under the line. */
    private static final Pattern RESPONSE_LINE = Pattern.compile("^(?:(?:A\\s+)?(?:Response|Reply|Answer)\\s+from\\s+"
            + "(?:(?:the|our)\\s+)?(?:\\p{Ll}+\\s+){0,2}\\p{Ll}+,\\s+|(?:A\\s+)?(?:Response|Reply)\\s+from\\s+)(" + NAME + ")\\s*(?:,.*)?$");
    /** "Chairman's notes, by NAME": a section's title and its writer. */
    private static final Pattern SECTION_BYLINE = Pattern.compile("^[^,.:;!?\"\u201c]{3,60},\\s+by\\s+(" + NAME + ")\\s*$");

    /** "BrackenBoots | Stayed March 2025 | Cabin 2 | Couple": a reviewer's name or handle, then the stay or purchase. */
    private static final Pattern REVIEWER_LINE = Pattern.compile("^([^|\"\u201c]{2,40}?)\\s*\\|\\s*(?:Stayed|Visited|Travelled|Traveled|"
            + "Dined|Bought|Purchased|Ordered|Reviewed|Verified (?:guest|buyer|purchase|stay))\\b[^|]*(?:\\|.*)?$");
    private static final Pattern FULL_NAME = Pattern.compile("\\p{Lu}\\p{Ll}+(?:[-\u2019']\\p{L}+)*(?:\\s+\\p{Lu}\\p{Ll}+(?:[-\u2019']\\p{L}+)*){1,2}");

    /**
     * Review paragraphs by their reviewer: the body paragraph right under a label line "NAME | Stayed MONTH | …". A handle
     * or initials ("BrackenBoots", "Marguerite T.", "W.J.") leave the reviewer unnamed; a full name does not.
     */
    static java.util.Map<Integer, SourceResolver.Resolved> reviewers(Article article) {
        java.util.Map<Integer, SourceResolver.Resolved> out = new java.util.HashMap<>();
        List<Paragraph> ps = article.paragraphs();
        for (int i = 0; i + 1 < ps.size(); i++) {
            Matcher m = REVIEWER_LINE.matcher(ps.get(i).text().strip());
            Paragraph next = ps.get(i + 1);
            if (!m.matches() || ps.get(i).kind() == Paragraph.Kind.BODY || next.kind() != Paragraph.Kind.BODY) {
                continue;
            }
            String name = m.group(1).strip();
            boolean named = FULL_NAME.matcher(name).matches();
            out.put(next.index(), new SourceResolver.Resolved(null, name, SourceType.PERSON, !named, named ? "" : "reviewer"));
        }
        return out;
    }

    private Author() {}

    /** "With every blessing,", "Yours sincerely,", "With warm wishes,", "Kind regards,": a letter's closing before its signature. */
    private static final Pattern VALEDICTION = Pattern.compile("^(?:With\\s+(?:every|best|warm|warmest|kind|kindest|all\\s+good|many|much|"
            + "love\\s+and)?\\s*(?:\\p{Ll}+\\s+)?(?:wishes|blessings?|regards|thanks|love|prayers)(?:\\s+for\\s+(?:all\\s+)?your\\s+\\p{Ll}+)?"
            + "|Yours(?:\\s+(?:sincerely|faithfully|ever|truly|"
            + "in\\s+\\p{Ll}+))?|(?:Best|Kind|Warm|Warmest|Kindest)\\s+(?:wishes|regards)|Every\\s+blessing|Sincerely),?(?:\\s*\\n\\s*(.+))?$");
    /** Titles before a signature's name: "Revd Canon NAME", "Father NAME", "Dr NAME". */
    private static final Pattern SIGNATURE = Pattern.compile("^(?:(?:The\\s+)?(?:Revd|Rev|Reverend|Canon|Father|Fr|Mother|Sister|Brother|Dr|Prof|Mr|Mrs|"
            + "Ms|Miss|Cllr|Councillor)\\.?\\s+)*(" + NAME + ")\\s*(?:,.*)?$");
    /** "Dear friends,", "Dear Editor,": a letter's greeting. */
    private static final Pattern SALUTATION = Pattern.compile("^Dear\\s+[^.!?]{1,40},?$");

    /**
     * A letter signed off under a valediction ("With every blessing, / Revd NAME"): its "I" is the signer, from the
     * greeting ("Dear friends,") or the heading over it down to the signature.
     */
    private static void signedLetters(Article article, EntityRegistry registry, java.util.TreeMap<Integer, SourceResolver.Resolved> out) {
        List<Paragraph> ps = article.paragraphs();
        java.util.Set<NoiseLine> usedSignatures = new java.util.HashSet<>();
        for (int i = 1; i < ps.size(); i++) {
            Matcher v = VALEDICTION.matcher(ps.get(i).text().strip());
            if (!v.matches()) {
                continue;
            }
            // The signature is the next line of the page, whether kept as text or set aside as a noise line.
            String after = article.text().substring(Math.min(article.text().length(), ps.get(i).end())).strip();
            String signature = v.group(1) != null ? v.group(1).strip() : after.isEmpty() ? "" : after.split("\\R", 2)[0].strip();
            Matcher m = SIGNATURE.matcher(signature);
            // A line of the text under the closing is a signature only with a title ("Revd NAME") or in the closing's own
            // paragraph; a bare pair of capitalised words after it may be the next heading.
            boolean titled = m.matches() && (m.start(1) > 0 || v.group(1) != null);
            if (!titled) {
                m = SIGNATURE.matcher("");
                // A name line alone under the closing is often set aside as a stray heading: the next such line, in order.
                for (NoiseLine n : article.noise()) {
                    Matcher nm = SIGNATURE.matcher(n.text().strip());
                    if ((n.kind() == NoiseLine.Kind.STRAY_HEADLINE || n.kind() == NoiseLine.Kind.BYLINE) && !usedSignatures.contains(n)
                            && nm.matches() && nm.group(1).split("\\s+").length >= 2) {
                        usedSignatures.add(n);
                        m = nm;
                        break;
                    }
                }
            }
            if (!m.matches() || m.group(1).split("\\s+").length < 2) {
                continue;
            }
            // The letter opens at its greeting or, failing one, just under the heading over it.
            int open = -1;
            // Section heads inside a letter ("Dear families, … Swimming … With best wishes,") do not end it: its greeting,
            // if it has one after any earlier sign-off, opens it.
            for (int k = i - 1; k >= 0 && !VALEDICTION.matcher(ps.get(k).text().strip()).matches(); k--) {
                if (SALUTATION.matcher(ps.get(k).text().strip()).matches()) {
                    open = k;
                    break;
                }
            }
            for (int k = i - 1; k >= 0 && open < 0; k--) {
                String t = ps.get(k).text().strip();
                if (SALUTATION.matcher(t).matches() || ps.get(k).kind() != Paragraph.Kind.BODY) {
                    open = k;
                    break;
                }
            }
            if (open < 0) {
                continue;
            }
            int openAt = ps.get(open).index();
            int closeAt = ps.get(i).index();
            java.util.OptionalInt first = article.sentences().stream().filter(x -> x.paragraph() > openAt && x.paragraph() < closeAt)
                    .mapToInt(x -> x.index()).min();
            java.util.OptionalInt end = article.sentences().stream().filter(x -> x.paragraph() >= closeAt).mapToInt(x -> x.index()).min();
            if (first.isEmpty()) {
                continue;
            }
            String name = m.group(1).strip();
            Entity e = registry.lookup(name);
            out.put(first.getAsInt(), e != null ? of(registry.canonical(e)) : new SourceResolver.Resolved(null, name, SourceType.PERSON, false, ""));
            if (end.isPresent()) {
                out.putIfAbsent(end.getAsInt(), null);
            }
        }
    }

    /**
     * Writers of parts of a page, by the first sentence of the part: a reply under "Response from the owner, NAME, DATE"
     * or notes under "Chairman's notes, by NAME" are in that person's first person, up to the next such line.
     */
    static java.util.TreeMap<Integer, SourceResolver.Resolved> sections(Article article, EntityRegistry registry) {
        java.util.TreeMap<Integer, SourceResolver.Resolved> out = new java.util.TreeMap<>();
        for (Paragraph p : article.paragraphs()) {
            String text = p.text().strip();
            Matcher m = RESPONSE_LINE.matcher(text);
            if (!m.matches()) {
                m = SECTION_BYLINE.matcher(text);
                if (!m.matches()) {
                    continue;
                }
            }
            String name = m.group(1).strip();
            if (name.split("\\s+").length < 2) {
                continue;
            }
            Entity e = registry.lookup(name);
            SourceResolver.Resolved writer = e != null ? of(registry.canonical(e)) : new SourceResolver.Resolved(null, name, SourceType.PERSON, false, "");
            int first = article.sentences().stream().filter(x -> x.paragraph() > p.index()).mapToInt(x -> x.index()).min().orElse(-1);
            if (first < 0) {
                continue;
            }
            out.put(first, writer);
            // The part ends at the next heading or label line (a line with no full stop of its own).
            for (Paragraph q : article.paragraphs()) {
                if (q.index() > p.index() && (q.kind() != Paragraph.Kind.BODY || !q.text().strip().matches("(?s).*[.!?\"\u201d\u2019)]$"))) {
                    article.sentences().stream().filter(x -> x.paragraph() >= q.index()).mapToInt(x -> x.index()).min()
                            .ifPresent(end -> out.putIfAbsent(end, null));
                    break;
                }
            }
        }
        signedLetters(article, registry, out);
        return out;
    }

    /** "Issued by the Scarrowby Cliff Railway Trust, Wednesday 11 November 2026": the body whose notice this is. */
    private static final Pattern ISSUED_BY = Pattern.compile("^Issued by (?:the )?(\\p{Lu}[^,;:]{2,80}?)\\s*(?:,.*)?$");

    /** The body that issued a notice in its own "we", from an "Issued by" line over the text, or null. */
    static SourceResolver.Resolved issuer(Article article, EntityRegistry registry) {
        List<String> lines = new java.util.ArrayList<>();
        article.noise().forEach(n -> lines.add(n.text().strip()));
        article.paragraphs().stream().filter(p -> p.kind() != Paragraph.Kind.BODY).forEach(p -> lines.add(p.text().strip()));
        article.sentences().stream().limit(3).forEach(x -> lines.add(x.text().strip()));
        for (String line : lines) {
            Matcher m = ISSUED_BY.matcher(line);
            if (m.matches()) {
                Entity e = registry.lookup(m.group(1));
                return e != null ? of(registry.canonical(e))
                        : new SourceResolver.Resolved(null, m.group(1), SourceType.ORGANIZATION, false, "");
            }
        }
        return null;
    }

    private static final Pattern DECIDER = Pattern.compile("(?:^|[|\u2022\u00b7]\\s*)" + DECIDER_FIELD + "\\s+\\p{Lu}");

    /** A letter's "Dear Mr Farrowgate,": the person its unquoted "you" means, or null. */
    static SourceResolver.Resolved addressee(EntityRegistry registry, List<SentenceView> sentences) {
        SentenceView salutation = openingLine(sentences, 8, SALUTATION);
        Entity e = salutation == null ? null : onlyPerson(registry, salutation);
        if (e == null) {
            SentenceView signed = readersQuestionSignature(sentences);
            e = signed == null ? null : onlyPerson(registry, signed);
        }
        return e == null ? null : of(e);
    }

    /** "Q: In November I paid … Who is right?" */
    private static final Pattern READERS_QUESTION = Pattern.compile("^(?:Q|Question)\\s*[:.]\\s+\\S.*");
    /** "Florizel Tolliday, Fernwood": a reader's name, and where they live, signing their question. */
    private static final Pattern READERS_SIGNATURE = Pattern.compile("^\\p{Lu}[\\p{L}'\u2019-]+(?:\\s+\\p{Lu}[\\p{L}'\u2019-]+){1,3}(?:,\\s*\\p{Lu}[\\p{L}'\u2019 -]{1,40})?\\.?$");

    /**
     * A problem page's "Q: … Florizel Tolliday, Fernwood" in the opening paragraphs: the signature closing the reader's
     * question, whose writer the answer's "you" means; null if there is none.
     */
    private static SentenceView readersQuestionSignature(List<SentenceView> sentences) {
        for (int i = 0; i < sentences.size() && i < 12; i++) {
            SentenceView s = sentences.get(i);
            if (!READERS_QUESTION.matcher(s.sentence.text().strip()).matches()) {
                continue;
            }
            SentenceView last = s;
            for (int k = i + 1; k < sentences.size() && sentences.get(k).paragraph() == s.paragraph(); k++) {
                last = sentences.get(k);
            }
            return last != s && READERS_SIGNATURE.matcher(last.sentence.text().strip()).matches() ? last : null;
        }
        return null;
    }

    private static final Pattern CLIENT_LINE = Pattern.compile("^(?:Our client:|We act for|We are instructed by|We represent)\\s+\\p{Lu}.*");

    /** A solicitor's "Our client: Halberstock Scaffolding Ltd" or "We act for …": the body "our client" means, or null. */
    static SourceResolver.Resolved client(EntityRegistry registry, List<SentenceView> sentences) {
        SentenceView line = openingLine(sentences, 12, CLIENT_LINE);
        List<Mention> named = line == null ? List.of() : registry.mentions(line.index());
        Entity e = named.isEmpty() ? null : registry.canonical(named.get(0).entity());
        return e == null || e.place ? null : of(e);
    }

    private static final Pattern TO_LINE = Pattern.compile("^To:\\s*(.+)$");
    private static final String COMPANY_SUFFIX = "(?:Ltd\\.?|Limited|plc|PLC|LLP|LLC|Inc\\.?|Company|Co\\.)";
    private static final Pattern COMPANY_NAME = Pattern.compile("\\p{Lu}[\\p{L}&' -]*\\s" + COMPANY_SUFFIX);

    /**
     * A notice's or letter's "To: Sunvessel Care Ltd, the responsible person …": the company it is addressed to, whom its
     * "the company" means even after another firm is named; null if the header names none.
     */
    static SourceResolver.Resolved recipientCompany(Article article, EntityRegistry registry) {
        List<String> header = new ArrayList<>();
        article.noise().stream().filter(n -> n.kind() == NoiseLine.Kind.STRAY_HEADLINE).forEach(n -> header.add(n.text()));
        article.paragraphs().stream().limit(8).forEach(p -> header.add(p.text()));
        for (String line : header) {
            Matcher to = TO_LINE.matcher(line.strip());
            if (!to.matches()) {
                continue;
            }
            for (String part : to.group(1).split(",")) {
                if (COMPANY_NAME.matcher(part.strip()).matches()) {
                    String name = part.strip();
                    String bare = name.replaceFirst("\\s+" + COMPANY_SUFFIX + "$", "");
                    for (String key : List.of(name, bare, bare.split("\\s+")[0])) {
                        Entity e = registry.lookup(key);
                        if (e != null && e.type != SourceType.PERSON && !e.place) {
                            return of(registry.canonical(e));
                        }
                    }
                    return new SourceResolver.Resolved(null, name, SourceType.ORGANIZATION, false, "");
                }
            }
            return null;
        }
        return null;
    }

    /** The first of the sentences up to index {@code last} that is {@code line} as a whole, or null. */
    private static SentenceView openingLine(List<SentenceView> sentences, int last, Pattern line) {
        for (SentenceView s : sentences) {
            if (s.index() > last) {
                break;
            }
            if (line.matcher(s.sentence.text().strip()).matches()) {
                return s;
            }
        }
        return null;
    }

    /** The author as a resolved source, or null. */
    static SourceResolver.Resolved find(Article article, EntityRegistry registry, List<SentenceView> sentences) {
        // A standfirst or intro line in the opening paragraphs, before the author's own first "I".
        for (SentenceView s : sentences) {
            if (s.index() > 6 || startsFirstPerson(s)) {
                break;
            }
            if (INTRO.matcher(s.sentence.text()).matches() && !s.sentence.text().contains("\u201c") && !s.sentence.text().contains("\"")) {
                Entity e = onlyPerson(registry, s);
                if (e != null) {
                    return of(e);
                }
            }
        }
        for (SentenceView s : sentences) {
            // "by NAME BA (Hons) MRTPI" under a decision's heading: a line of its own, kept as text, naming the writer.
            if (s.index() > 3) {
                break;
            }
            if (BYLINE_SENTENCE.matcher(s.sentence.text().strip()).matches()) {
                SourceResolver.Resolved r = byline(s.sentence.text(), registry);
                if (r != null) {
                    return r;
                }
            }
        }
        for (NoiseLine n : article.noise()) {
            // A memo's "From: NAME, Role" header line is set aside as a stray heading, not a byline, but names the writer; so
            // does a decision's "… | Ombudsman: NAME | Date: …".
            if (n.kind() == NoiseLine.Kind.BYLINE || n.text().strip().startsWith("From:") || DECIDER.matcher(n.text()).find()) {
                SourceResolver.Resolved r = byline(n.text(), registry);
                if (r != null) {
                    return r;
                }
            }
        }
        for (Paragraph p : article.paragraphs()) {
            if (p.kind() != Paragraph.Kind.BODY) {
                SourceResolver.Resolved r = byline(p.text(), registry);
                if (r != null) {
                    return r;
                }
            }
        }
        // A bio line or a signed ending among the last sentences.
        for (int i = sentences.size() - 1; i >= Math.max(0, sentences.size() - 3); i--) {
            SentenceView s = sentences.get(i);
            String text = s.sentence.text().strip();
            Matcher bio = BIO.matcher(text);
            Matcher sign = SIGN_OFF.matcher(text);
            if (bio.matches() || sign.matches()) {
                String name = bio.matches() ? bio.group(1) : sign.group(1);
                Mention m = registry.mentions(s.index()).stream()
                        .filter(x -> x.titleFrom() <= 1 && registry.canonical(x.entity()).type == SourceType.PERSON)
                        .findFirst().orElse(null);
                if (m != null) {
                    return of(registry.canonical(m.entity()));
                }
                Entity e = registry.lookup(name.replaceFirst("^(?:Dr|Mr|Mrs|Ms|Prof|Professor)\\.?\\s+", ""));
                if (e != null && e.type == SourceType.PERSON) {
                    return of(e);
                }
            }
        }
        return null;
    }

    private static SourceResolver.Resolved byline(String line, EntityRegistry registry) {
        // A memo's header is one paragraph of lines ("To: …", "From: NAME, Role", "Date: …"): each line may be the byline.
        Matcher m = line.strip().lines().map(part -> BYLINE.matcher(part.strip())).filter(Matcher::find).findFirst().orElse(null);
        if (m == null) {
            return null;
        }
        // "by NAME BA (Hons) MRTPI": letters after a name are its holder's degrees and memberships, not part of it.
        String name = m.group(1).strip().replaceFirst("(?:\\s+" + POSTNOMINAL + ")+$", "");
        if (name.split("\\s+").length < 2) {
            return null;
        }
        Entity e = registry.lookup(name);
        return e != null ? of(e) : new SourceResolver.Resolved(null, name, SourceType.PERSON, false, "");
    }

    private static SourceResolver.Resolved of(Entity e) {
        return new SourceResolver.Resolved(e, e.name, e.type, false, e.description());
    }

    private static boolean startsFirstPerson(SentenceView s) {
        for (Token t : s.tokens) {
            if (t.isAny("i", "my", "me") && !t.quoted()) {
                return true;
            }
        }
        return false;
    }

    private static Entity onlyPerson(EntityRegistry registry, SentenceView s) {
        Entity found = null;
        for (Mention m : registry.mentions(s.index())) {
            Entity e = registry.canonical(m.entity());
            if (e.type != SourceType.PERSON || e == found) {
                continue;
            }
            if (found != null) {
                return null;
            }
            found = e;
        }
        return found;
    }
}
