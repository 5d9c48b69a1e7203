package nl.royaal.domain.scoring;

import java.math.BigDecimal;
import nl.royaal.domain.DomainException;

/**
 * How the expectation-versus-experience round judges its results. Immutable.
 *
 * @param margin                 how far experience may lie from expectation and still count as
 *                               "satisfied": a gap below −margin disappoints, above +margin makes
 *                               fans. From 0 to 9 (a gap cannot exceed 9 on a 1–10 scale); default 0.5.
 * @param disagreementThreshold  the sample standard deviation, on either dimension, from which a
 *                               touchpoint is flagged "discuss": the room does not agree on it.
 *                               Above 0 and at most 9 (9 switches the flag off in practice);
 *                               default 2.0. See docs/scoring.md for why.
 */
public record ScoringSettings(double margin, double disagreementThreshold) {

    public static final double DEFAULT_MARGIN = 0.5;
    public static final double MIN_MARGIN = 0;
    public static final double MAX_MARGIN = 9;

    /**
     * A standard deviation of 2 grades: a typical participant is two grades away from the
     * room's mean, more than the distance from "decent" (7) to "excellent" (8.5). Half the
     * room giving a 5 and half a 9 is just over it; everybody within a grade of each other is
     * well below it (at most about 1).
     */
    public static final double DEFAULT_DISAGREEMENT_THRESHOLD = 2.0;
    public static final double MIN_DISAGREEMENT_THRESHOLD = 0;
    public static final double MAX_DISAGREEMENT_THRESHOLD = 9;

    public static final ScoringSettings DEFAULT =
            new ScoringSettings(DEFAULT_MARGIN, DEFAULT_DISAGREEMENT_THRESHOLD);

    public ScoringSettings {
        if (Double.isNaN(margin) || margin < MIN_MARGIN || margin > MAX_MARGIN) {
            throw new DomainException("scoring.error.marginRange", margin, MIN_MARGIN, MAX_MARGIN);
        }
        if (Double.isNaN(disagreementThreshold)
                || disagreementThreshold <= MIN_DISAGREEMENT_THRESHOLD
                || disagreementThreshold > MAX_DISAGREEMENT_THRESHOLD) {
            throw new DomainException("scoring.error.disagreementRange",
                    disagreementThreshold, MIN_DISAGREEMENT_THRESHOLD, MAX_DISAGREEMENT_THRESHOLD);
        }
        if (margin == 0) {
            margin = 0; // one zero: -0.0 would print as "-0"
        }
    }

    public ScoringSettings withMargin(double newMargin) {
        return new ScoringSettings(newMargin, disagreementThreshold);
    }

    public ScoringSettings withDisagreementThreshold(double newThreshold) {
        return new ScoringSettings(margin, newThreshold);
    }

    /** The margin as the decimal the trainer typed (0.3 is three tenths exactly). */
    BigDecimal exactMargin() {
        return Exact.decimal(margin);
    }

    /** Whether this sample's spread reaches the threshold, decided exactly: variance ≥ threshold². */
    boolean disagrees(Statistic statistic) {
        if (!statistic.hasSpread()) {
            return false;
        }
        BigDecimal threshold = Exact.decimal(disagreementThreshold);
        // s ≥ t  ⇔  s² ≥ t²  ⇔  n·Σx² − (Σx)² ≥ t²·n·(n − 1)   (both sides are ≥ 0)
        BigDecimal scaledSquare = threshold.multiply(threshold)
                .multiply(BigDecimal.valueOf((long) statistic.n() * (statistic.n() - 1)));
        return BigDecimal.valueOf(statistic.varianceNumerator()).compareTo(scaledSquare) >= 0;
    }
}
