package newsquiz.generate;

import java.util.List;

/** One kind of question; proposes candidates only where the analysis supports them. */
interface QuestionFamily {
    List<Candidate> propose(Facts facts);
}
