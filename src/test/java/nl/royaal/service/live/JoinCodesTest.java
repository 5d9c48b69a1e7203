package nl.royaal.service.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JoinCodesTest {

    @Test
    void codesUseOnlyTheUnambiguousAlphabetAndVary() {
        JoinCodes codes = new JoinCodes(new SecureRandom());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 2_000; i++) {
            String code = codes.next();
            assertTrue(code.matches("[ABCDEFGHJKMNPQRSTUVWXYZ2-9]{6}"), code);
            seen.add(code);
        }
        assertTrue(seen.size() > 1_990, "random enough: " + seen.size());
        assertEquals(31, JoinCodes.ALPHABET.length());
    }

    @Test
    void typedCodesAreNormalisedOrRejected() {
        assertEquals(Optional.of("K7P3QX"), JoinCodes.normalize(" k7p-3qx "));
        assertEquals(Optional.empty(), JoinCodes.normalize("K7P3Q"));
        assertEquals(Optional.empty(), JoinCodes.normalize("K7P3Q0"), "0 is not in the alphabet");
        assertEquals(Optional.empty(), JoinCodes.normalize(null));
        assertEquals(Optional.empty(), JoinCodes.normalize("K".repeat(25)));
    }

    @Test
    void tokensAreWellFormedOnlyAsIssued() {
        ParticipantTokens tokens = new ParticipantTokens(new SecureRandom());
        String token = tokens.next();
        assertTrue(ParticipantTokens.wellFormed(token));
        assertEquals(32, ParticipantTokens.hash(token).length);
        assertTrue(!ParticipantTokens.wellFormed(token + "=") && !ParticipantTokens.wellFormed("a b".repeat(15)));
    }
}
