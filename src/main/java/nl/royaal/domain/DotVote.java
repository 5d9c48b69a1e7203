package nl.royaal.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The dots one participant put on one vision proposal (a {@link TextAnswer}): one row per
 * participant and proposal, with how many dots. One, unless the facilitator allows more on one
 * proposal ({@link VisionCanvas#maxDotsPerProposal()}); never more than anyone's whole budget can be.
 *
 * @param dots how many dots, {@value #MIN_DOTS} to {@value VisionCanvas#MAX_DOTS}; taking the last
 *             one back removes the vote rather than keeping a zero
 */
public record DotVote(UUID participantId, UUID proposalId, Instant answeredAt, int dots) implements Answer {

    public static final int MIN_DOTS = 1;

    public DotVote {
        Objects.requireNonNull(participantId, "participantId");
        Objects.requireNonNull(proposalId, "proposalId");
        Objects.requireNonNull(answeredAt, "answeredAt");
        if (dots < MIN_DOTS || dots > VisionCanvas.MAX_DOTS) {
            throw new DomainException("vision.error.voteDots", dots, MIN_DOTS, VisionCanvas.MAX_DOTS);
        }
    }

    /** One dot: the vote as it always was when one dot per proposal is allowed. */
    public DotVote(UUID participantId, UUID proposalId, Instant answeredAt) {
        this(participantId, proposalId, answeredAt, MIN_DOTS);
    }
}
