package nl.royaal.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** One grade for one touchpoint: either the expectation or the experience. */
public record TouchpointScore(
        UUID participantId, UUID touchpointId, ScoreDimension dimension, Score score, Instant answeredAt)
        implements Answer {

    public TouchpointScore {
        Objects.requireNonNull(participantId, "participantId");
        Objects.requireNonNull(touchpointId, "touchpointId");
        Objects.requireNonNull(dimension, "dimension");
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(answeredAt, "answeredAt");
    }
}
