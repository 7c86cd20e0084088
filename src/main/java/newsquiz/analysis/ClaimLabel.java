package newsquiz.analysis;

/**
 * A claim the article itself calls false, misleading or unsupported: "Matsegora echoes the
 * Kremlin's false claim that Ukraine is ruled by Nazis", "That claim is unsupported: …".
 */
public record ClaimLabel(String label, String claim, String claimSource, int claimSentence, int labelSentence, String labelEvidence) {}
