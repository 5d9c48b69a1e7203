package nl.royaal.service.live;

import java.util.Objects;
import java.util.UUID;

/** A phone that presented a valid token: which workshop and participant it answers as. */
public record PhoneSession(UUID workshopId, UUID participantId) {

    public PhoneSession {
        Objects.requireNonNull(workshopId, "workshopId");
        Objects.requireNonNull(participantId, "participantId");
    }
}
