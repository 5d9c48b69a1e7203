package nl.royaal.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A participant's grade for one agenda element, given at the close; feeds the agenda's own peak-end. */
public record ElementRating(UUID participantId, UUID elementId, Score score, Instant answeredAt) implements Answer {

    public ElementRating {
        Objects.requireNonNull(participantId, "participantId");
        Objects.requireNonNull(elementId, "elementId");
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(answeredAt, "answeredAt");
    }
}
