package newsquiz.web.teacher;

import at.favre.lib.crypto.bcrypt.BCrypt;
import at.favre.lib.crypto.bcrypt.LongPasswordStrategies;
import at.favre.lib.crypto.bcrypt.LongPasswordStrategy;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Optional;
import newsquiz.store.Codes;
import newsquiz.store.TeacherStore;

/**
 * The teacher's password: set from the environment, or generated once and shown once; kept only
 * as a bcrypt hash in the database.
 */
public final class TeacherCredentials {
    public static final String USER = "teacher";
    public static final int MIN_LENGTH = 8;
    static final int COST = 12;
    private static final BCrypt.Version VERSION = BCrypt.Version.VERSION_2A;
    /** bcrypt reads only 72 bytes; longer passwords are first condensed with SHA-512 rather than cut short. */
    private static final LongPasswordStrategy LONG = LongPasswordStrategies.hashSha512(VERSION);
    private static final int GENERATED_GROUPS = 4;
    private static final int GROUP_LENGTH = 4;

    private final TeacherStore store;
    private final SecureRandom random = new SecureRandom();
    /**
     * The last password bcrypt accepted (as SHA-256) and the hash it matched: API clients send the
     * password with every call, and a quarter second of bcrypt each time would be wasted.
     */
    private volatile Verified verified;

    private record Verified(String hash, byte[] digest) {}

    public TeacherCredentials(TeacherStore store) {
        this.store = store;
    }

    /**
     * Makes sure a password is set. A password from the environment replaces the stored one;
     * without one, a stored hash is kept, and on the very first start a password is generated and
     * returned so the caller can show it once.
     */
    public Optional<String> establish(String fromEnvironment) {
        if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
            if (fromEnvironment.codePointCount(0, fromEnvironment.length()) < MIN_LENGTH) {
                throw new IllegalArgumentException("NEWSQUIZ_TEACHER_PASSWORD must be at least " + MIN_LENGTH + " characters long");
            }
            if (!matches(fromEnvironment)) {
                store.setPasswordHash(hash(fromEnvironment));
            }
            return Optional.empty();
        }
        if (store.passwordHash().isPresent()) {
            return Optional.empty();
        }
        String generated = generate();
        store.setPasswordHash(hash(generated));
        return Optional.of(generated);
    }

    public boolean configured() {
        return store.passwordHash().isPresent();
    }

    public boolean matches(String candidate) {
        if (candidate == null || candidate.isEmpty() || candidate.length() > 1024) {
            return false;
        }
        Optional<String> stored = store.passwordHash();
        if (stored.isEmpty()) {
            return false;
        }
        byte[] digest = sha256(candidate);
        Verified last = verified;
        if (last != null && last.hash().equals(stored.get())) {
            return MessageDigest.isEqual(last.digest(), digest);
        }
        boolean ok;
        try {
            ok = BCrypt.verifyer(VERSION, LONG).verify(candidate.getBytes(StandardCharsets.UTF_8),
                    stored.get().getBytes(StandardCharsets.UTF_8)).verified;
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (ok) {
            verified = new Verified(stored.get(), digest);
        }
        return ok;
    }

    static String hash(String password) {
        return new String(BCrypt.with(VERSION, new SecureRandom(), LONG).hash(COST, password.getBytes(StandardCharsets.UTF_8)),
                StandardCharsets.UTF_8);
    }

    /** Four groups of four characters that cannot be mistaken for each other: about 76 random bits. */
    private String generate() {
        StringBuilder password = new StringBuilder();
        for (int g = 0; g < GENERATED_GROUPS; g++) {
            if (g > 0) {
                password.append('-');
            }
            for (int i = 0; i < GROUP_LENGTH; i++) {
                password.append(Codes.ALPHABET.charAt(random.nextInt(Codes.ALPHABET.length())));
            }
        }
        return password.toString();
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
