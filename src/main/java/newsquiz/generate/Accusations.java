package newsquiz.generate;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "accused Osmeria of sending a drone" → "Osmeria sent a drone": the accusation as the claim it
 * makes, so it can stand beside other claims as an answer choice.
 */
final class Accusations {
    private static final Pattern OF_DOING = Pattern.compile("^(\\S.*?)\\s+(?:of|with)\\s+(\\p{L}+ing)\\b(.*)$");
    private static final Map<String, String> IRREGULAR = Map.ofEntries(
            Map.entry("sending", "sent"), Map.entry("taking", "took"), Map.entry("giving", "gave"), Map.entry("making", "made"),
            Map.entry("breaking", "broke"), Map.entry("stealing", "stole"), Map.entry("paying", "paid"),
            Map.entry("spreading", "spread"), Map.entry("running", "ran"), Map.entry("selling", "sold"),
            Map.entry("buying", "bought"), Map.entry("bringing", "brought"), Map.entry("keeping", "kept"),
            Map.entry("letting", "let"), Map.entry("putting", "put"), Map.entry("setting", "set"), Map.entry("telling", "told"),
            Map.entry("withholding", "withheld"), Map.entry("hiding", "hid"), Map.entry("lying", "lied"),
            Map.entry("misleading", "misled"), Map.entry("leaving", "left"), Map.entry("holding", "held"),
            Map.entry("leading", "led"), Map.entry("fighting", "fought"), Map.entry("shooting", "shot"),
            Map.entry("building", "built"), Map.entry("spending", "spent"), Map.entry("seeking", "sought"),
            Map.entry("teaching", "taught"), Map.entry("writing", "wrote"), Map.entry("driving", "drove"),
            Map.entry("cutting", "cut"), Map.entry("hitting", "hit"), Map.entry("losing", "lost"), Map.entry("winning", "won"),
            Map.entry("feeding", "fed"), Map.entry("getting", "got"), Map.entry("going", "went"), Map.entry("doing", "did"),
            Map.entry("having", "had"), Map.entry("being", "was"), Map.entry("knowing", "knew"), Map.entry("seeing", "saw"),
            Map.entry("accepting", "accepted"), Map.entry("overstating", "overstated"), Map.entry("understating", "understated"),
            Map.entry("meeting", "met"), Map.entry("sitting", "sat"), Map.entry("standing", "stood"),
            Map.entry("thinking", "thought"), Map.entry("catching", "caught"), Map.entry("dealing", "dealt"),
            Map.entry("sleeping", "slept"), Map.entry("speaking", "spoke"), Map.entry("choosing", "chose"),
            Map.entry("forgetting", "forgot"), Map.entry("wearing", "wore"), Map.entry("throwing", "threw"),
            Map.entry("drawing", "drew"), Map.entry("falling", "fell"), Map.entry("blowing", "blew"));

    private Accusations() {}

    /** The claim inside "accused X of doing Y"; other content unchanged. */
    static String asClaim(String cue, String content) {
        String c = cue == null ? "" : cue.toLowerCase(Locale.ROOT);
        if (!c.contains("accus") && !c.contains("charg")) {
            return content;
        }
        Matcher m = OF_DOING.matcher(content);
        // "accused each other of misleading the public": no one claim with one subject.
        if (!m.matches() || m.group(1).matches("(?i)him|her|them|it|me|us|you|each other|one another")) {
            return content;
        }
        return m.group(1) + " " + pastTense(m.group(2)) + m.group(3);
    }

    static String pastTense(String ing) {
        String lower = ing.toLowerCase(Locale.ROOT);
        String irregular = IRREGULAR.get(lower);
        if (irregular != null) {
            return irregular;
        }
        String stem = lower.substring(0, lower.length() - 3);
        // "trying" → "tried", "playing" → "played"; "stopping" → "stopped", "using" → "used".
        if (stem.matches(".*[^aeiou]y")) {
            return stem.substring(0, stem.length() - 1) + "ied";
        }
        return stem + "ed";
    }
}
