package newsquiz.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Compiles a long alternation of cue phrases so that it matches exactly what {@link Pattern#compile} would, faster.
 * Java's matcher tries every branch at every position, and a branch that opens with {@code \b} repeats that test each
 * time: in the denial lexicons, with sixty branches, the repeated test was most of the analysis's regex time. Each run
 * of neighbouring branches that open with {@code \b} is compiled as one group behind a single test, in the same order,
 * so the same branch wins at the same position and group numbers do not move. When the characters a run's branches can
 * start with are known, a lookahead on them lets the matcher leave most positions after one test instead of one per branch;
 * so does one before each branch that opens with a group. This pays for any pattern that opens with {@code \b} or a group,
 * not only long alternations.
 */
public final class Alternations {
    private Alternations() {}

    public static Pattern compile(String regex) {
        return compile(regex, 0);
    }

    public static Pattern compile(String regex, int flags) {
        // A case flag that opens the regex applies to every branch alike, so it can stay in front of the regrouped ones.
        String lead = regex.startsWith("(?i)") ? "(?i)" : "";
        String body = regex.substring(lead.length());
        List<String> branches = (flags & (Pattern.COMMENTS | Pattern.LITERAL | Pattern.UNICODE_CHARACTER_CLASS)) == 0
                ? topLevelBranches(body) : null;
        if (branches == null) {
            return Pattern.compile(regex, flags);
        }
        StringBuilder hoisted = new StringBuilder();
        List<String> run = new ArrayList<>();
        for (String branch : branches) {
            if (branch.startsWith("\\b") && !branch.startsWith("\\b{")) {
                run.add(branch.substring(2));
                continue;
            }
            appendRun(hoisted, run);
            String first = branch.startsWith("(") ? firstCharClass(List.of(branch)) : null;
            append(hoisted, first == null ? branch : "(?=" + first + ")" + branch);
        }
        appendRun(hoisted, run);
        return Pattern.compile(lead + hoisted, flags);
    }

    /**
     * Appends a run of branches that open with {@code \\b}: those whose first characters are known go behind a lookahead
     * on them, and so does each such branch that opens with a group of its own alternatives, which the matcher would
     * otherwise try one by one; the others, as they are.
     */
    private static void appendRun(StringBuilder out, List<String> run) {
        int from = 0;
        while (from < run.size()) {
            boolean known = firstCharClass(List.of(run.get(from))) != null;
            int to = from + 1;
            while (to < run.size() && (firstCharClass(List.of(run.get(to))) != null) == known) {
                to++;
            }
            List<String> part = run.subList(from, to);
            if (!known) {
                append(out, "\\b" + group(part));
            } else if (part.size() == 1) {
                append(out, "\\b(?=" + firstCharClass(part) + ")" + part.get(0));
            } else {
                List<String> guarded = part.stream()
                        .map(b -> b.startsWith("(") ? "(?=" + firstCharClass(List.of(b)) + ")" + b : b).toList();
                append(out, "\\b(?=" + firstCharClass(part) + ")" + group(guarded));
            }
            from = to;
        }
        run.clear();
    }

    private static String group(List<String> branches) {
        return branches.size() == 1 ? branches.get(0) : "(?:" + String.join("|", branches) + ")";
    }

    /**
     * A class of every character a match of one of the branches can start with, or null when that is not known for sure.
     * Compiled with the same flags as the branches, the class accepts a character exactly when a literal would.
     */
    static String firstCharClass(List<String> branches) {
        StringBuilder chars = new StringBuilder();
        for (String branch : branches) {
            FirstChars first = firstChars(branch, 0, branch.length());
            if (first == null || first.canBeEmpty) {
                return null;
            }
            chars.append(first.chars);
        }
        StringBuilder out = new StringBuilder("[");
        if (chars.chars().anyMatch(c -> Character.isSurrogate((char) c))) {
            return null;
        }
        chars.chars().distinct().sorted().forEach(c -> out.append(c < 128 && Character.isLetterOrDigit(c) ? String.valueOf((char) c)
                : String.format("\\x{%x}", c)));
        return out.append(']').toString();
    }

    /** The characters a match of a sequence can start with, and whether it can match nothing. */
    private record FirstChars(String chars, boolean canBeEmpty) {}

    /**
     * Reads the sequence {@code regex[from, to)} from its start while its elements can match nothing; null for anything
     * this simple reading does not know (classes, escapes for kinds of character, anchors, lookarounds, the dot).
     */
    private static FirstChars firstChars(String regex, int from, int to) {
        StringBuilder chars = new StringBuilder();
        int i = from;
        while (i < to) {
            char c = regex.charAt(i);
            String element;
            boolean elementCanBeEmpty;
            int next;
            if (c == '(') {
                int close = closingParen(regex, i);
                int inner = i + 1;
                if (regex.startsWith("?:", inner)) {
                    inner += 2;
                } else if (regex.startsWith("?<", inner) && inner + 2 < to && Character.isLetter(regex.charAt(inner + 2))) {
                    inner = regex.indexOf('>', inner) + 1;
                } else if (regex.charAt(inner) == '?') {
                    return null;
                }
                FirstChars group = alternativesFirstChars(regex, inner, close);
                if (group == null) {
                    return null;
                }
                element = group.chars;
                elementCanBeEmpty = group.canBeEmpty;
                next = close + 1;
            } else if (c == '\\') {
                if (i + 1 >= to) {
                    return null;
                }
                char e = regex.charAt(i + 1);
                if (e == 'Q') {
                    int end = regex.indexOf("\\E", i + 2);
                    if (end == i + 2 || end < 0) {
                        return null;
                    }
                    chars.append(regex.charAt(i + 2));
                    return new FirstChars(chars.toString(), false);
                }
                if (e == 'd') {
                    element = "0123456789";
                    elementCanBeEmpty = false;
                    next = i + 2;
                } else if (Character.isLetterOrDigit(e)) {
                    return null;
                } else {
                    element = String.valueOf(e);
                    elementCanBeEmpty = false;
                    next = i + 2;
                }
            } else if (c == '[') {
                int close = closingBracket(regex, i);
                element = classChars(regex.substring(i + 1, close));
                if (element == null) {
                    return null;
                }
                elementCanBeEmpty = false;
                next = close + 1;
            } else if (".^$|)*+?{".indexOf(c) >= 0) {
                return null;
            } else {
                element = String.valueOf(c);
                elementCanBeEmpty = false;
                next = i + 1;
            }
            if (next < to && (regex.charAt(next) == '?' || regex.charAt(next) == '*' || regex.startsWith("{0,", next)
                    || regex.startsWith("{0}", next))) {
                elementCanBeEmpty = true;
            } else if (next < to && regex.charAt(next) == '{' && !Character.isDigit(regex.charAt(next + 1))) {
                return null;
            }
            chars.append(element);
            if (!elementCanBeEmpty) {
                return new FirstChars(chars.toString(), false);
            }
            i = skipQuantifier(regex, next, to);
        }
        return new FirstChars(chars.toString(), true);
    }

    /** The characters of a class that lists them one by one ("[$\u20ac\u00a3]"); null for ranges, negations and the like. */
    private static String classChars(String members) {
        StringBuilder chars = new StringBuilder();
        for (int i = 0; i < members.length(); i++) {
            char c = members.charAt(i);
            if (c == '\\' && i + 1 < members.length() && !Character.isLetterOrDigit(members.charAt(i + 1))) {
                chars.append(members.charAt(++i));
            } else if (c == '\\' || c == '[' || c == '&' || c == '^' && i == 0 || c == '-' && i > 0 && i < members.length() - 1) {
                return null;
            } else {
                chars.append(c);
            }
        }
        return chars.isEmpty() ? null : chars.toString();
    }

    private static FirstChars alternativesFirstChars(String regex, int from, int to) {
        StringBuilder chars = new StringBuilder();
        boolean canBeEmpty = false;
        int depth = 0;
        int start = from;
        for (int i = from; i <= to; i++) {
            char c = i < to ? regex.charAt(i) : '|';
            if (i < to && c == '\\') {
                i++;
            } else if (i < to && c == '[') {
                i = closingBracket(regex, i);
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                FirstChars alternative = firstChars(regex, start, i);
                if (alternative == null) {
                    return null;
                }
                chars.append(alternative.chars);
                canBeEmpty |= alternative.canBeEmpty;
                start = i + 1;
            }
        }
        return new FirstChars(chars.toString(), canBeEmpty);
    }

    private static int skipQuantifier(String regex, int at, int to) {
        int i = at;
        if (i < to && regex.charAt(i) == '{') {
            i = regex.indexOf('}', i) + 1;
        } else if (i < to && "?*+".indexOf(regex.charAt(i)) >= 0) {
            i++;
        }
        if (i < to && (regex.charAt(i) == '?' || regex.charAt(i) == '+')) {
            i++;
        }
        return i;
    }

    private static int closingParen(String regex, int open) {
        int depth = 0;
        for (int i = open; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                i = closingBracket(regex, i);
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        throw new IllegalArgumentException("unbalanced group in " + regex);
    }

    private static int closingBracket(String regex, int open) {
        int i = open + 1;
        if (i < regex.length() && regex.charAt(i) == '^') {
            i++;
        }
        if (i < regex.length() && regex.charAt(i) == ']') {
            i++;
        }
        for (; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                i = closingBracket(regex, i);
            } else if (c == ']') {
                return i;
            }
        }
        throw new IllegalArgumentException("unclosed class in " + regex);
    }

    private static void append(StringBuilder out, String branch) {
        if (!out.isEmpty()) {
            out.append('|');
        }
        out.append(branch);
    }

    /**
     * The branches of the outermost alternation, or null when regrouping could change the meaning: an inline flag
     * such as {@code (?i)} at the top level applies to every branch after it.
     */
    private static List<String> topLevelBranches(String regex) {
        List<String> branches = new ArrayList<>();
        int depth = 0;
        int start = 0;
        boolean inClass = false;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                if (regex.startsWith("Q", i + 1)) {
                    int end = regex.indexOf("\\E", i + 2);
                    i = end < 0 ? regex.length() : end + 1;
                } else {
                    i++;
                }
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
                if (regex.startsWith("]", i + 1) || regex.startsWith("^]", i + 1)) {
                    i += regex.charAt(i + 1) == '^' ? 2 : 1;
                }
            } else if (c == '(') {
                if (depth == 0 && regex.startsWith("(?", i) && i + 2 < regex.length()
                        && (Character.isLetter(regex.charAt(i + 2)) || regex.charAt(i + 2) == '-')) {
                    return null;
                }
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                branches.add(regex.substring(start, i));
                start = i + 1;
            }
        }
        branches.add(regex.substring(start));
        return branches;
    }
}
