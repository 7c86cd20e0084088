package newsquiz.analysis;

import java.util.stream.Stream;
import newsquiz.article.Article;
import newsquiz.article.InvalidArticleException;
import newsquiz.testing.EvalSet;
import newsquiz.testing.EvalTable;
import newsquiz.testing.GoldScore;
import newsquiz.testing.Models;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Scores attribution extraction on the shared evaluation set (src/test/resources/eval) and on
 * the sets written in other styles, each held out until it was measured once (eval-dev, eval-holdout, eval-blind,
 * eval-blind3 to eval-blind15), with the thresholds: recall of required attributions ≥ 0.90, precision ≥ 0.90,
 * every required denial found as a denial.
 */
class AttributionEvalTest {
    private static final EvalTable TABLE = new EvalTable(
            String.format("%-34s %4s %4s  %5s  %5s  %5s", "article", "pred", "req", "recal", "prec", "deny"));

    @TestFactory
    Stream<DynamicTest> sharedEvaluationSet() {
        return tests("eval");
    }

    @TestFactory
    Stream<DynamicTest> developmentSetInOtherStyles() {
        return tests("eval-dev");
    }

    /** Written as a held-out set, later tuned on; kept here so its gains cannot silently slip back. */
    @TestFactory
    Stream<DynamicTest> formerHoldoutSet() {
        return tests("eval-holdout");
    }

    /** Written blind, later fixed against (the constructions it exposed, not its sentences); kept so those gains hold. */
    @TestFactory
    Stream<DynamicTest> formerBlindSet() {
        return tests("eval-blind");
    }

    /** Written blind (the fifth held-out set), later fixed against for the constructions it exposed; kept so those gains hold. */
    @TestFactory
    Stream<DynamicTest> formerBlind3Set() {
        return tests("eval-blind3");
    }

    /** Measured unseen once (the sixth held-out set), then tuned on in analysis round 5; kept so those gains hold. */
    @TestFactory
    Stream<DynamicTest> formerBlind4Set() {
        return tests("eval-blind4");
    }

    /** Measured unseen once (the seventh held-out set), then tuned on in analysis round 6; kept so those gains hold. */
    @TestFactory
    Stream<DynamicTest> formerBlind5Set() {
        return tests("eval-blind5");
    }

    /** Measured unseen once (the eighth held-out set), then tuned on in analysis round 7; kept so those gains hold. */
    @TestFactory
    Stream<DynamicTest> formerBlind6Set() {
        return tests("eval-blind6");
    }

    /** Measured unseen once (the ninth held-out set), then tuned on in analysis round 8; kept so those gains hold. */
    @TestFactory
    Stream<DynamicTest> formerBlind7Set() {
        return tests("eval-blind7");
    }

    /** Measured unseen once (the tenth held-out set), then tuned on in analysis round 9; kept so those gains hold. */
    @TestFactory
    Stream<DynamicTest> formerBlind8Set() {
        return tests("eval-blind8");
    }

    /** Measured unseen once (the eleventh held-out set), then tuned on in analysis round 10; kept so those gains hold. */
    @TestFactory
    Stream<DynamicTest> formerBlind9Set() {
        return tests("eval-blind9");
    }

    /** Measured unseen once (the twelfth held-out set), then tuned on in analysis round 11; kept so those gains hold. */
    @TestFactory
    Stream<DynamicTest> formerBlind10Set() {
        return tests("eval-blind10");
    }

    /** Measured unseen once (the thirteenth held-out set), then tuned on in analysis round 12; kept so those gains hold. */
    @TestFactory
    Stream<DynamicTest> formerBlind11Set() {
        return tests("eval-blind11");
    }

    /** Measured unseen once (the fourteenth held-out set), then tuned on in analysis round 13; kept so those gains hold. */
    @TestFactory
    Stream<DynamicTest> formerBlind12Set() {
        return tests("eval-blind12");
    }

    /** Measured unseen once (the fifteenth held-out set), then tuned on in analysis rounds 14 and 15; kept so those gains hold. */
    @TestFactory
    Stream<DynamicTest> formerBlind13Set() {
        return tests("eval-blind13");
    }

    /** Measured unseen once (the sixteenth held-out set), then tuned on; all six pass since analysis17; kept so those gains hold. */
    @TestFactory
    Stream<DynamicTest> formerBlind14Set() {
        return tests("eval-blind14");
    }

    /** Measured unseen once (the seventeenth held-out set), then tuned on; all six pass since analysis18; kept so those gains hold. */
    @TestFactory
    Stream<DynamicTest> formerBlind15Set() {
        return tests("eval-blind15");
    }

    /**
     * The newest held-out sets, tuned on after their one unseen measurement but not yet passing throughout (eval-blind16 to
     * eval-blind89; eval-blind72 to 89 were tuned on in the stop that measured them): the count of articles that pass is
     * held where it stands, so a change that makes fewer pass fails here, and the floor is raised as more pass. Once a set
     * passes throughout it moves to a test of its own above.
     */
    private static final java.util.List<String> TUNED_HELD_OUT = java.util.List.of("eval-blind16", "eval-blind17", "eval-blind18",
            "eval-blind19", "eval-blind20", "eval-blind21", "eval-blind22", "eval-blind23", "eval-blind24", "eval-blind25",
            "eval-blind26", "eval-blind27", "eval-blind28", "eval-blind29", "eval-blind30", "eval-blind31", "eval-blind32",
            "eval-blind33", "eval-blind34", "eval-blind35", "eval-blind36", "eval-blind37", "eval-blind38", "eval-blind39",
            "eval-blind40", "eval-blind41", "eval-blind42", "eval-blind43", "eval-blind44", "eval-blind45", "eval-blind46",
            "eval-blind47", "eval-blind48", "eval-blind49", "eval-blind50", "eval-blind51", "eval-blind52", "eval-blind53",
            "eval-blind54", "eval-blind55",
            "eval-blind56", "eval-blind57", "eval-blind58", "eval-blind59", "eval-blind60", "eval-blind61", "eval-blind62",
            "eval-blind63", "eval-blind64", "eval-blind65", "eval-blind66", "eval-blind67", "eval-blind68", "eval-blind69",
            "eval-blind70", "eval-blind71", "eval-blind72", "eval-blind73", "eval-blind74", "eval-blind75",
            "eval-blind76", "eval-blind77", "eval-blind78", "eval-blind79", "eval-blind80", "eval-blind81",
            "eval-blind82", "eval-blind83", "eval-blind84", "eval-blind85", "eval-blind86", "eval-blind87",
            "eval-blind88", "eval-blind89");
    private static final int TUNED_HELD_OUT_PASSING = 215;

    @org.junit.jupiter.api.Test
    void newestHeldOutSetsPassNoFewerArticlesThanRecorded() throws Exception {
        int passing = 0;
        java.util.List<String> failing = new java.util.ArrayList<>();
        for (String folder : TUNED_HELD_OUT) {
            for (EvalSet set : EvalSet.load(folder)) {
                GoldScore score = score(set);
                if (score.passes()) {
                    passing++;
                } else {
                    failing.add(folder + "/" + score.row());
                }
            }
        }
        System.out.println("attribution on the newest held-out sets: " + passing + " passing, " + failing.size() + " failing");
        org.junit.jupiter.api.Assertions.assertTrue(passing >= TUNED_HELD_OUT_PASSING,
                passing + " pass, fewer than " + TUNED_HELD_OUT_PASSING + ":\n" + String.join("\n", failing));
    }

    private static Stream<DynamicTest> tests(String folder) {
        return TABLE.tests(folder, set -> {
            GoldScore score = score(set);
            return new EvalTable.Outcome(score.row(), score.passes(), () -> score.row() + "\n  missed: " + score.missed()
                    + "\n  unmatched: " + String.join("\n    ", score.unmatched()));
        });
    }

    static GoldScore score(EvalSet set) throws InvalidArticleException {
        Article article = Models.reader().read(set.article());
        Analysis analysis = Models.analyzer().analyze(article);
        return GoldScore.of(set.name(), set.gold(), analysis.attributions());
    }

    @AfterAll
    static void printTable() {
        TABLE.print();
    }
}
