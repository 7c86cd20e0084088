package newsquiz.quiz;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/** Collects, during one export, the questions an exporter left out or changed, so no loss is silent. */
final class ExportLog {
    private final List<ExportWarning> warnings = new ArrayList<>();
    /** By identity: a broken quiz may hold two questions with one id, and only one of them was left out. */
    private final Set<Question> skipped = Collections.newSetFromMap(new IdentityHashMap<>());

    void skip(Question question, String why) {
        skipped.add(question);
        warnings.add(new ExportWarning(question.id(), true, "left out: " + why));
    }

    void changed(Question question, String what) {
        warnings.add(new ExportWarning(question.id(), false, what));
    }

    void quiz(String what) {
        warnings.add(new ExportWarning(null, false, what));
    }

    boolean wasSkipped(Question question) {
        return skipped.contains(question);
    }

    List<ExportWarning> warnings() {
        return List.copyOf(warnings);
    }
}
