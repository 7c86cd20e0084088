package newsquiz.web.teacher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The figures checked against values worked out by hand (the working is in the comments). */
class ItemStatisticsTest {
    private static final double EPS = 1e-4;

    /**
     * Four students, three items, a perfect staircase:
     * <pre>
     *   S1 1 1 1  total 3
     *   S2 1 1 0        2
     *   S3 1 0 0        1
     *   S4 0 0 0        0
     * </pre>
     * Totals: mean 1.5, median 1.5, sample variance (2.25+0.25+0.25+2.25)/3 = 5/3, sd √(5/3) = 1.29099.
     * Item sample variances: 0.75/3 = 0.25, 1/3, 0.25; sum 5/6. Alpha = 3/2 · (1 − (5/6)/(5/3)) = 0.75.
     * Item 1 against the rest (2,1,0,0): deviations x (.25,.25,.25,−.75), rest (1.25,.25,−.75,−.75);
     * Σxy = .75, Σx² = .75, Σr² = 2.75, r = .75/√(.75·2.75) = 0.52223.
     * Item 2 against (2,1,1,0): Σxy = 1, Σx² = 1, Σr² = 2, r = 1/√2 = 0.70711.
     * Item 3 against (2,2,1,0): Σxy = .75, Σx² = .75, Σr² = 2.75, r = 0.52223.
     */
    @Test
    void staircaseClass() {
        ItemStatistics.Result r = ItemStatistics.compute(new double[][] {{1, 1, 1}, {1, 1, 0}, {1, 0, 0}, {0, 0, 0}});
        assertEquals(4, r.students());
        assertEquals(3, r.items());
        assertEquals(List.of(3.0, 2.0, 1.0, 0.0), r.totals());
        assertEquals(1.5, r.mean(), EPS);
        assertEquals(1.5, r.median(), EPS);
        assertEquals(1.29099, r.standardDeviation(), EPS);
        assertEquals(0.75, r.alpha(), EPS);
        assertEquals(0.75, r.facility().get(0), EPS);
        assertEquals(0.50, r.facility().get(1), EPS);
        assertEquals(0.25, r.facility().get(2), EPS);
        assertEquals(0.52223, r.discrimination().get(0), EPS);
        assertEquals(0.70711, r.discrimination().get(1), EPS);
        assertEquals(0.52223, r.discrimination().get(2), EPS);
    }

    /**
     * Item 1 is answered right only by the two students who got everything else wrong:
     * item (0,0,1,1) against the rest (2,2,0,0) is a perfect negative correlation, −1.
     * Totals (2,2,1,1): mean 1.5, median 1.5, sd √(4·0.25/3) = 0.57735.
     * Item variances 1/3 each (three items): sum 1; total variance 1/3; alpha = 3/2 · (1 − 3) = −3.
     */
    @Test
    void anItemTheWeakerStudentsGetRightDiscriminatesNegatively() {
        ItemStatistics.Result r = ItemStatistics.compute(new double[][] {{0, 1, 1}, {0, 1, 1}, {1, 0, 0}, {1, 0, 0}});
        assertEquals(-1.0, r.discrimination().get(0), EPS);
        assertEquals(0.57735, r.standardDeviation(), EPS);
        assertEquals(-3.0, r.alpha(), EPS);
        assertTrue(r.discrimination().get(0) < ItemStatistics.LOW_DISCRIMINATION);
    }

    /** Everyone right: facility 1, and no discrimination to speak of (nothing varies), so NaN rather than a number. */
    @Test
    void anItemEveryoneGotRightHasNoDiscrimination() {
        ItemStatistics.Result r = ItemStatistics.compute(new double[][] {{1, 1}, {1, 0}, {1, 1}});
        assertEquals(1.0, r.facility().get(0), EPS);
        assertTrue(Double.isNaN(r.discrimination().get(0)));
        // Totals (2,1,2): odd count, median is the middle value.
        assertEquals(2.0, r.median(), EPS);
        assertEquals(5.0 / 3, r.mean(), EPS);
    }

    @Test
    void oneStudentOrNoneGivesNoSpreadOrReliability() {
        ItemStatistics.Result one = ItemStatistics.compute(new double[][] {{1, 0, 1}});
        assertEquals(2.0, one.mean(), EPS);
        assertTrue(Double.isNaN(one.standardDeviation()));
        assertTrue(Double.isNaN(one.alpha()));
        assertTrue(Double.isNaN(one.discrimination().get(0)));
        ItemStatistics.Result none = ItemStatistics.compute(new double[0][0]);
        assertEquals(0, none.students());
        assertTrue(Double.isNaN(none.mean()));
        assertTrue(Double.isNaN(none.median()));
    }

    /** A single question has no "rest of the test" and no internal consistency. */
    @Test
    void aOneQuestionTestHasNoAlpha() {
        ItemStatistics.Result r = ItemStatistics.compute(new double[][] {{1}, {0}, {1}});
        assertTrue(Double.isNaN(r.alpha()));
        assertTrue(Double.isNaN(r.discrimination().get(0)));
        assertEquals(2.0 / 3, r.facility().get(0), EPS);
    }

    @Test
    void raggedMatricesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> ItemStatistics.compute(new double[][] {{1, 0}, {1}}));
    }
}
