package nl.royaal.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** One dot a participant put on a vision proposal (a {@link TextAnswer}). */
public record DotVote(UUID participantId, UUID proposalId, Instant answeredAt) implements Answer {

    public DotVote {
        Objects.requireNonNull(participantId, "participantId");
        Objects.requireNonNull(proposalId, "proposalId");
        Objects.requireNonNull(answeredAt, "answeredAt");
    }
}
