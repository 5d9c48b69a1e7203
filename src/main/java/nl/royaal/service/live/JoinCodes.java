package nl.royaal.service.live;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * The short code participants type from the projector: six characters from an alphabet without
 * the look-alikes 0/O, 1/I/L, so nobody has to guess. 31<sup>6</sup> (about 887 million) codes;
 * with the phone server's rate limit per client, guessing one is hopeless during a workshop.
 */
public final class JoinCodes {

    /** A-Z and 2-9 without I, L, O (and without 0 and 1). */
    public static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    public static final int LENGTH = 6;
    /** Longer typed input is refused before any comparison. */
    private static final int MAX_TYPED_LENGTH = 24;

    private final SecureRandom random;

    public JoinCodes(SecureRandom random) {
        this.random = random;
    }

    public String next() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /**
     * A typed code as it is stored: upper case, without spaces or dashes ("abc 234" → "ABC234").
     * Empty when it cannot be a code at all (wrong length or characters outside the alphabet).
     */
    public static Optional<String> normalize(String typed) {
        if (typed == null || typed.length() > MAX_TYPED_LENGTH) {
            return Optional.empty();
        }
        String code = typed.replaceAll("[\\s\\-]", "").toUpperCase(Locale.ROOT);
        if (code.length() != LENGTH) {
            return Optional.empty();
        }
        for (int i = 0; i < code.length(); i++) {
            if (ALPHABET.indexOf(code.charAt(i)) < 0) {
                return Optional.empty();
            }
        }
        return Optional.of(code);
    }
}
