package nl.royaal.service.live;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The secret a phone keeps in its cookie: 256 random bits from {@link SecureRandom}, URL-safe
 * Base64 without padding (43 characters). Only its SHA-256 hash is stored, so a copy of the
 * database does not let anyone answer as a participant.
 */
public final class ParticipantTokens {

    public static final int TOKEN_BYTES = 32;
    public static final int TOKEN_LENGTH = 43;

    private final SecureRandom random;

    public ParticipantTokens(SecureRandom random) {
        this.random = random;
    }

    public String next() {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether {@code token} has the form of a token this class makes; says nothing about whether it was issued. */
    public static boolean wellFormed(String token) {
        if (token == null || token.length() != TOKEN_LENGTH) {
            return false;
        }
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            boolean urlSafe = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '_';
            if (!urlSafe) {
                return false;
            }
        }
        return true;
    }

    public static byte[] hash(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("Every Java platform has SHA-256", impossible);
        }
    }

    static String hashKey(byte[] hash) {
        return HexFormat.of().formatHex(hash);
    }
}
