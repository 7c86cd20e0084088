package newsquiz.generate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsquiz.article.Article;
import newsquiz.article.NoiseLine;

/**
 * What the pasted text is, in the word a question uses for it: "the notice", "the report", "the summary" for the documents
 * teachers also paste, when their heading or their own words say so; "the article" otherwise, as for a news story with or
 * without a byline. Reviewers failed every question that called an improvement notice or a court's press summary "the
 * article" (review30: 25 stems in three texts).
 */
record TextName(String noun, boolean plural) {
    static final TextName ARTICLE = new TextName("article", false);

    /** A line of a newspaper's furniture: a byline, a reporter's or a desk's name. */
    private static final Pattern NEWS_LINE = Pattern.compile("(?:^|\\|\\s*)By\\s+\\p{Lu}|(?i)\\b(?:reporter|correspondent|editor|desk|"
            + "newsroom|wire|live (?:updates|coverage|reporting))\\b");
    /** The forms a text names itself by, each with the word a question uses ("FOR IMMEDIATE RELEASE" is a press release). */
    private static final Map<String, String> FORMS = new LinkedHashMap<>();

    static {
        for (String form : List.of("notice", "summary", "report", "letter", "newsletter", "bulletin", "update", "announcement",
                "transcript", "foreword", "decision", "statement", "judgment", "memo", "email", "circular", "minutes")) {
            FORMS.put(form, form);
        }
        FORMS.put("release", "press release");
        FORMS.put("faq", "page");
        FORMS.put("frequently asked questions", "page");
        FORMS.put("article", "article");
        FORMS.put("story", "article");
    }

    private static final Pattern SELF_REFERENCE = Pattern.compile("(?i)\\b(?:this|these)\\s+(" + String.join("|", FORMS.keySet()) + ")\\b");
    private static final Pattern QUOTED = Pattern.compile("\u201c[^\u201d]*\u201d|\"[^\"]*\"");

    static TextName of(Article article) {
        List<String> header = headerLines(article);
        // Not every byline is a reporter's: "From: Oriel Stanbridge-Mensah, Managing Director" heads an email.
        if (article.noise().stream().anyMatch(n -> NEWS_LINE.matcher(n.text()).find())
                || header.stream().anyMatch(l -> NEWS_LINE.matcher(l).find())) {
            return ARTICLE;
        }
        // "PRESS SUMMARY", "Improvement notice: Hollybeck Lodge …", "Chair's report to the Annual General Meeting": the form
        // heads a label in the document's heading. In a headline it is a verb's object ("government calls report flawed").
        for (String line : prepend(article.title() == null ? "" : article.title(), header)) {
            for (String label : LABEL_BREAK.split(QUOTED.matcher(line).replaceAll(" "))) {
                Matcher form = LABEL.matcher(label.strip());
                if (form.find()) {
                    return named(form.group(1));
                }
            }
        }
        if (header.stream().anyMatch(l -> l.startsWith("From:")) && header.stream().anyMatch(l -> l.matches("(?:To|Subject):.*"))) {
            return new TextName("email", false);
        }
        // "This summary is provided to help in understanding the Court's decision": the text's own word for itself.
        Matcher self = SELF_REFERENCE.matcher(QUOTED.matcher(article.text()).replaceAll(" "));
        return self.find() ? named(self.group(1)) : ARTICLE;
    }

    private static final Pattern LABEL_BREAK = Pattern.compile("[:;|,()]|\\s[-\u2013\u2014]\\s");
    /** A form word among a label's first four words, after nothing that reads as a verb or a count ("4 minutes"). */
    private static final Pattern LABEL = Pattern.compile("(?i)^(?:(?!\\d)[\\p{L}'\u2019#-]*(?:['\u2019]s?|[^s\\s'\u2019]|ss)\\s+){0,3}?("
            + String.join("|", FORMS.keySet()) + ")\\b");

    private static TextName named(String form) {
        String noun = FORMS.get(form.toLowerCase(Locale.ROOT));
        return new TextName(noun, noun.equals("minutes"));
    }

    private static List<String> prepend(String first, List<String> rest) {
        List<String> all = new ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return all;
    }

    /**
     * The lines around the title that are not the body: the text before its first sentence, and the lines kept out of the
     * body as a byline, a date or a stray heading ("From: …", "PASSENGER NOTICE"); not "Read more" links to other stories.
     */
    private static List<String> headerLines(Article article) {
        String text = article.text();
        int body = article.sentences().isEmpty() ? text.length() : article.sentences().get(0).start();
        List<String> lines = new ArrayList<>();
        for (String line : text.substring(0, Math.max(0, Math.min(body, text.length()))).split("\\R")) {
            if (!line.isBlank()) {
                lines.add(line.strip());
            }
        }
        // The first few only: further down, "Helpful (31) | Report review" is a button, not a heading.
        article.noise().stream().limit(4).filter(n -> HEADER_KINDS.contains(n.kind())).forEach(n -> lines.add(n.text().strip()));
        return lines;
    }

    private static final java.util.Set<NoiseLine.Kind> HEADER_KINDS = java.util.EnumSet.of(NoiseLine.Kind.BYLINE, NoiseLine.Kind.DATE,
            NoiseLine.Kind.DATELINE, NoiseLine.Kind.STRAY_HEADLINE);

    private static final Pattern OUR_WORDS = Pattern.compile("\\b([Tt]his|[Tt]he) article\\b(?:(['\u2019]s)|\\s+(says|does|has|gives|calls|"
            + "reports|shows|belongs|keeps|is|names|quotes|passes|links|treats|writes|words|uses|leaves|hedges))?");

    /** A question's own words about the text with this name for it ("the article says" → "the notice says"), outside quotations. */
    String rename(String words) {
        if (noun.equals("article") || words == null || !words.contains("article")) {
            return words;
        }
        StringBuilder out = new StringBuilder();
        Matcher quoted = QUOTED.matcher(words);
        int at = 0;
        while (quoted.find()) {
            out.append(renameOutsideQuotes(words.substring(at, quoted.start()))).append(quoted.group());
            at = quoted.end();
        }
        return out.append(renameOutsideQuotes(words.substring(at))).toString();
    }

    private String renameOutsideQuotes(String words) {
        if (plural) {
            // "Which of these sources does the article not name?" → "… do the minutes not name?"
            words = DOES_BEFORE.matcher(words).replaceAll("do $1");
        }
        Matcher m = OUR_WORDS.matcher(words);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            // "this article" → "these minutes"; "the" stays.
            String determiner = plural && m.group(1).equalsIgnoreCase("this") ? m.group(1).charAt(0) + "hese" : m.group(1);
            // "The report reports" says nothing twice: a report "says".
            String verb = m.group(3) != null && m.group(3).equals("reports") && noun.equals("report") ? "says" : m.group(3);
            String replaced = determiner + " " + noun + (m.group(2) != null ? m.group(2) : "")
                    + (verb != null ? " " + (plural ? pluralVerb(verb) : verb) : "");
            m.appendReplacement(out, Matcher.quoteReplacement(replaced));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static final java.util.regex.Pattern DOES_BEFORE = java.util.regex.Pattern.compile("\\bdoes\\s+((?:the|this)\\s+article)\\b");

    /** "the minutes says" → "the minutes say". */
    private static String pluralVerb(String verb) {
        return switch (verb) {
            case "does" -> "do";
            case "has" -> "have";
            case "is" -> "are";
            case "passes" -> "pass";
            default -> verb.substring(0, verb.length() - 1);
        };
    }
}
