package nl.royaal.domain.scoring;

import java.util.UUID;
import nl.royaal.domain.ScoreDimension;
import nl.royaal.domain.TouchpointScore;

/** The question a touchpoint score answers: one answer per participant, touchpoint and dimension. */
record AnswerKey(UUID participantId, UUID touchpointId, ScoreDimension dimension) {

    static AnswerKey of(TouchpointScore score) {
        return new AnswerKey(score.participantId(), score.touchpointId(), score.dimension());
    }

    AnswerKey otherDimension() {
        return new AnswerKey(participantId, touchpointId,
                dimension == ScoreDimension.EXPECTATION ? ScoreDimension.EXPERIENCE : ScoreDimension.EXPECTATION);
    }
}
