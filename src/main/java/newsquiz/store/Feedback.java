package newsquiz.store;

import java.util.Locale;
import java.util.Optional;

/** When a class session lets students see right and wrong: after each answer, after they finish, or when the teacher closes it. */
public enum Feedback {
    IMMEDIATE, END, CLOSED;

    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Feedback> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        for (Feedback f : values()) {
            if (f.json().equals(value.strip().toLowerCase(Locale.ROOT))) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
