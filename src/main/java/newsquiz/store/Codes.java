package newsquiz.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** Random join codes, personal rejoin codes and bearer tokens. */
public final class Codes {
    /** No 0/O, 1/I/L, 5/S or 2/Z pairs: easy to read off a projector and type on a phone. */
    public static final String ALPHABET = "ABCDEFGHJKMNPQRTUVWXY346789";
    public static final int JOIN_CODE_LENGTH = 6;
    public static final int REJOIN_CODE_LENGTH = 5;

    private final SecureRandom random = new SecureRandom();

    public String joinCode() {
        return code(JOIN_CODE_LENGTH);
    }

    public String rejoinCode() {
        return code(REJOIN_CODE_LENGTH);
    }

    /** 256 random bits, URL-safe. */
    public String token() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private String code(int length) {
        StringBuilder code = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** What a typed code becomes before lookup: upper case, without spaces or dashes. */
    public static String normalize(String typed) {
        return typed == null ? "" : typed.replaceAll("[\\s-]", "").toUpperCase(java.util.Locale.ROOT);
    }

    public static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static boolean sameCode(String a, String b) {
        return a != null && b != null
                && MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
