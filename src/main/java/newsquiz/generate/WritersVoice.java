package newsquiz.generate;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsquiz.analysis.Analysis;
import newsquiz.analysis.SourceType;
import newsquiz.article.NoiseLine;

/**
 * The body a letter, notice, FAQ page or report speaks for when it says "we": named in its signature ("Managing Director,
 * Vantreth Heat Ltd") or at the head of its title ("Brackfold Donkey Sanctuary: Trustees' Report …"). A claim reported in
 * that voice ("the panel had already fined us") is read out of it as a learner must read it on its own: "… fined Vantreth
 * Heat Ltd".
 */
final class WritersVoice {
    /** Words that end the name of a body: what a signature's "Role, Body" line ends on. */
    private static final Pattern BODY_NAME = Pattern.compile("(?:\\p{Lu}[\\p{L}'\u2019&-]*\\s+){0,5}(?:Ltd|Limited|plc|PLC|LLP|Trust|Council|"
            + "School|Academy|College|University|Association|Society|Club|Branch|Union|Museum|Sanctuary|Railway|Company|Group|"
            + "Partnership|Foundation|Charity|Church|Services|Board|Authority|Federation|Institute|Agency|Cooperative|Co-operative|"
            + "Ombudsman|Homes|Housing)");
    /** "Brackfold Donkey Sanctuary: …", "Tor & Thistle Glamping: …": a title that opens on a name only. */
    private static final Pattern NAME_THEN_COLON = Pattern.compile("^((?:\\p{Lu}[\\p{L}'\u2019-]*|&)(?:\\s+(?:\\p{Lu}[\\p{L}'\u2019-]*|&)){1,5})\\s*:");
    /** The kind of page a title names after the body: "Pellowen Primary School Newsletter". */
    private static final Pattern FORM_WORD = Pattern.compile("\\s+(?:Newsletter|Bulletin|Magazine|Update|Notice|Report|News|Blog|FAQs?)$");
    private static final Pattern FIRST_PERSON_PLURAL = Pattern.compile("\\b(?:we|We|our|Our|us)\\b");
    private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"|\u201c[^\u201d]*\u201d");
    /** How many times the writer says "we" outside quotations before a text is taken to be in a body's voice. */
    private static final int VOICE = 3;

    private static final Map<String, String> AFTER_WE = Map.of("are", "is", "were", "was", "have", "has", "do", "does");
    private static final Map<String, String> CONTRACTED = Map.of("ve", "have", "re", "are", "ll", "will", "d", "would");
    private static final Pattern WE_CONTRACTED = Pattern.compile("\\b([Ww]e)['\u2019](ve|re|ll|d)\\b");
    private static final Pattern KEPT_AFTER_WE = Pattern.compile("(?:will|would|could|can|should|must|may|might|had|did|cannot|"
            + "\\p{Ll}+ed|took|made|sold|paid|found|gave|told|said|knew|kept|left|got|went|came|saw|ran|built|bought|brought|sent|"
            + "spent|lost|won|held|met|began|wrote|chose|heard|felt)");
    private static final Pattern WE_AND_NEXT = Pattern.compile("\\b[Ww]e\\s+(?:(also|still|never|now|then|already|only)\\s+)?(\\S+?)(?=[\\s,.;:]|$)");

    private final String body;

    private WritersVoice(String body) {
        this.body = body;
    }

    /** The body whose "we" the article is written in, when it names one; empty for a newsroom's or nobody's "we". */
    static Optional<WritersVoice> of(Analysis analysis) {
        String text = analysis.article().text();
        int said = 0;
        for (Matcher m = FIRST_PERSON_PLURAL.matcher(QUOTED.matcher(analysis.article().sentences().stream()
                .map(s -> s.text()).collect(java.util.stream.Collectors.joining(" "))).replaceAll(" ")); m.find(); ) {
            said++;
        }
        if (said < VOICE) {
            return Optional.empty();
        }
        // A signature under the closing is often set aside from the text as a stray line: it is read there too.
        List<String> lines = text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        List<String> signature = new java.util.ArrayList<>(lines.subList(Math.max(0, lines.size() - 6), lines.size()));
        analysis.article().noise().stream().filter(n -> n.kind() == NoiseLine.Kind.STRAY_HEADLINE || n.kind() == NoiseLine.Kind.BYLINE)
                .forEach(n -> signature.add(n.text().strip()));
        Optional<String> body = signedFor(signature).or(() -> titledFor(analysis.article().title()));
        return body.filter(b -> analysis.sources().stream().noneMatch(e -> e.type() == SourceType.OUTLET && e.name().equalsIgnoreCase(b)))
                .map(WritersVoice::new);
    }

    static WritersVoice named(String body) {
        return new WritersVoice(body);
    }

    String body() {
        return body;
    }

    /** "Managing Director, Vantreth Heat Ltd" or "Pellowen Primary School, Chapel Lane": a body on a line of the signature. */
    private static Optional<String> signedFor(List<String> lines) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            String line = lines.get(i);
            if (line.length() > 90 || line.matches(".*[.!?]$")) {
                continue;
            }
            for (String part : line.split("\\s*[,|]\\s*")) {
                if (BODY_NAME.matcher(part).matches()) {
                    return Optional.of(part);
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> titledFor(String title) {
        Matcher m = NAME_THEN_COLON.matcher(title == null ? "" : title.strip());
        return m.find() ? Optional.of(FORM_WORD.matcher(m.group(1)).replaceFirst("")) : Optional.empty();
    }

    /**
     * The claim with the writer's "we", "us" and "our" replaced by the body's name, or the claim unchanged when a "we" is
     * followed by a verb whose form for one body is not known ("we plan"): such a claim stays in the first person.
     */
    String inThirdPerson(String claim) {
        if (!FIRST_PERSON_PLURAL.matcher(claim).find()) {
            return claim;
        }
        String expanded = WE_CONTRACTED.matcher(claim).replaceAll(c -> c.group(1) + " " + CONTRACTED.get(c.group(2)));
        StringBuilder out = new StringBuilder();
        Matcher m = WE_AND_NEXT.matcher(expanded);
        int at = 0;
        while (m.find()) {
            String verb = m.group(2);
            String agreed = AFTER_WE.get(verb);
            if (agreed == null && !KEPT_AFTER_WE.matcher(verb).matches()) {
                return claim;
            }
            out.append(expanded, at, m.start()).append(body).append(' ');
            if (m.group(1) != null) {
                out.append(m.group(1)).append(' ');
            }
            out.append(agreed != null ? agreed : verb);
            at = m.end();
        }
        out.append(expanded.substring(at));
        return out.toString().replaceAll("\\b[Oo]ur\\b", Matcher.quoteReplacement(Phrasing.possessive(body, '\'')))
                .replaceAll("\\bus\\b", Matcher.quoteReplacement(body));
    }
}
