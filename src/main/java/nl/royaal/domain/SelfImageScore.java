package nl.royaal.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A participant's grade for one of the two self-image questions. */
public record SelfImageScore(UUID participantId, SelfImageQuestion question, Score score, Instant answeredAt)
        implements Answer {

    public SelfImageScore {
        Objects.requireNonNull(participantId, "participantId");
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(answeredAt, "answeredAt");
    }
}
