package newsquiz.web;

import java.util.Locale;
import java.util.Map;
import newsquiz.quiz.Skill;

/** Words a learner understands for skills and question families. */
public final class Labels {
    private static final Map<String, String> FOCUS = Map.ofEntries(
            Map.entry("attribution", "Who said what"),
            Map.entry("denial", "Denials"),
            Map.entry("anonymous_source", "Unnamed sources"),
            Map.entry("relay", "Passed-on reports"),
            Map.entry("hedge", "Careful wording (may, could)"),
            Map.entry("labelled_false", "Claims called false"),
            Map.entry("source_description", "Describing sources"),
            Map.entry("fact_opinion", "Fact or opinion"),
            Map.entry("number", "Numbers"),
            Map.entry("cause_effect", "Cause and effect"),
            Map.entry("main_idea", "Main idea"));

    private Labels() {}

    public static String skill(Skill skill) {
        if (skill == null) {
            return "Other";
        }
        return switch (skill) {
            case COMPREHENSION -> "Understanding the article";
            case SOURCE_EVALUATION -> "Judging the sources";
        };
    }

    public static String focus(String focus) {
        if (focus == null || focus.isBlank()) {
            return "Other";
        }
        String known = FOCUS.get(focus);
        if (known != null) {
            return known;
        }
        String words = focus.replace('_', ' ').replace('-', ' ').strip();
        return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }
}
