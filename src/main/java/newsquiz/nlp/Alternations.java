package newsquiz.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Compiles a long alternation of cue phrases so that it matches exactly what {@link Pattern#compile} would, faster.
 * Java's matcher tries every branch at every position, and a branch that opens with {@code \b} repeats that test each
 * time: in the denial lexicons, with sixty branches, the repeated test was most of the analysis's regex time. Each run
 * of neighbouring branches that open with {@code \b} is compiled as one group behind a single test, in the same order,
 * so the same branch wins at the same position and group numbers do not move.
 */
public final class Alternations {
    private Alternations() {}

    public static Pattern compile(String regex) {
        return compile(regex, 0);
    }

    public static Pattern compile(String regex, int flags) {
        List<String> branches = topLevelBranches(regex);
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
            append(hoisted, branch);
        }
        appendRun(hoisted, run);
        return Pattern.compile(hoisted.toString(), flags);
    }

    private static void appendRun(StringBuilder out, List<String> run) {
        if (run.isEmpty()) {
            return;
        }
        append(out, run.size() == 1 ? "\\b" + run.get(0) : "\\b(?:" + String.join("|", run) + ")");
        run.clear();
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
