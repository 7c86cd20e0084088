package newsquiz.generate;

import java.util.List;
import newsquiz.analysis.Attribution;

/**
 * One attribution prepared for questions: who (as a learner should read it), what (short and
 * standalone), and the verbatim sentences that prove it.
 */
record Statement(
        int index,
        Attribution attribution,
        String speaker,
        String claim,
        boolean quotation,
        List<Integer> sentences,
        List<String> evidence) {

    int sentence() {
        return attribution.sentence();
    }

    String verb() {
        return Speech.pastTense(attribution);
    }
}
