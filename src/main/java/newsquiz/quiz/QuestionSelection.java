package newsquiz.quiz;

/** Which questions an export takes. Rejected questions are never exported, whatever the selection. */
public enum QuestionSelection {
    /** Approved and draft questions. */
    NOT_REJECTED,
    /** Only questions a teacher has approved. */
    APPROVED_ONLY
}
