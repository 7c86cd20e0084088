package newsquiz.store;

/** An attempt with a freshly made bearer token; the token exists in clear only here (the store keeps its hash). */
public record IssuedAttempt(Attempt attempt, String token) {}
