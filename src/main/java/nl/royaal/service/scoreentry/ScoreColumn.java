package nl.royaal.service.scoreentry;

import java.util.Objects;
import java.util.UUID;
import nl.royaal.domain.ScoreDimension;

/** Where a grade goes: one touchpoint, expectation or experience (a column of the grid, a mapped file column). */
public record ScoreColumn(UUID touchpointId, ScoreDimension dimension) {

    public ScoreColumn {
        Objects.requireNonNull(touchpointId, "touchpointId");
        Objects.requireNonNull(dimension, "dimension");
    }
}
