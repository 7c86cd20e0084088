package newsquiz.web;

import newsquiz.store.SavedAnswer;

/** The attempt after an answer committed, and what saving did (created, replaced, confirmed). */
public record Answered(AttemptView view, SavedAnswer saved) {}
