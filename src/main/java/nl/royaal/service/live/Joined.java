package nl.royaal.service.live;

import java.util.Objects;
import java.util.UUID;

/**
 * A phone that joined: the participant it now answers as, and the token for its cookie.
 * The token is handed out once and never stored (only its hash is).
 *
 * @param rejoined the phone already had a valid token for this workshop and keeps its participant
 */
public record Joined(UUID participantId, String token, boolean rejoined) {

    public Joined {
        Objects.requireNonNull(participantId, "participantId");
        Objects.requireNonNull(token, "token");
    }

    @Override
    public String toString() {
        return "Joined[participantId=" + participantId + ", rejoined=" + rejoined + "]"; // never print the token
    }
}
