package nl.royaal.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Someone in the room. Anonymous by default: the name is optional and never required to answer.
 *
 * @param displayName empty when anonymous
 */
public record Participant(UUID id, String displayName, JoinChannel joinedVia, Instant joinedAt) {

    public Participant {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(joinedVia, "joinedVia");
        Objects.requireNonNull(joinedAt, "joinedAt");
        displayName = TextRules.optional(displayName, "field.participantName", TextRules.MAX_PARTICIPANT_NAME_LENGTH);
    }

    public static Participant anonymous(JoinChannel channel, Instant joinedAt) {
        return new Participant(UUID.randomUUID(), "", channel, joinedAt);
    }

    public Optional<String> name() {
        return displayName.isEmpty() ? Optional.empty() : Optional.of(displayName);
    }
}
