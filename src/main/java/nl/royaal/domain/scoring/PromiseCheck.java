package nl.royaal.domain.scoring;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import nl.royaal.domain.DomainException;
import nl.royaal.domain.Score;

/**
 * "Don't overpromise" (PRODUCT.md §3 step 8): what happens to one touchpoint's gap and class if
 * the organisation promises less, so customers expect less, and/or delivers more. Immutable.
 *
 * <p>The new expectation is the mean expectation minus {@code lowerExpectationBy}, the new
 * experience the mean experience plus {@code raiseExperienceBy}, each kept within the grade scale
 * (1 to 10); the new gap is their difference and is classified with the same margin, exactly.
 *
 * @param before             the touchpoint as the room scored it (it has a gap)
 * @param lowerExpectationBy how much lower the promise sets the expectation, 0 to 9
 * @param raiseExperienceBy  how much better the service gets, 0 to 9
 * @param classBefore        the class as the room scored it, under the same settings
 * @param expectation        the new mean expectation
 * @param experience         the new mean experience
 * @param gap                the new gap, experience − expectation
 * @param gapClass           the new class
 */
public record PromiseCheck(
        TouchpointAggregate before,
        double lowerExpectationBy,
        double raiseExperienceBy,
        GapClass classBefore,
        double expectation,
        double experience,
        double gap,
        GapClass gapClass) {

    public static final double MIN_CHANGE = 0;
    /** The whole scale: from 10 to 1. */
    public static final double MAX_CHANGE = 9;

    public PromiseCheck {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(classBefore, "classBefore");
        Objects.requireNonNull(gapClass, "gapClass");
        if (!before.hasGap()) {
            throw new IllegalArgumentException("a promise check needs a touchpoint with both grades");
        }
    }

    /**
     * The what-if for this touchpoint; absent when the touchpoint has no gap yet (it needs both
     * an expectation and an experience).
     *
     * @throws DomainException {@code scoring.error.changeRange} when a change is not from 0 to 9
     */
    public static Optional<PromiseCheck> of(
            TouchpointAggregate touchpoint, double lowerExpectationBy, double raiseExperienceBy,
            ScoringSettings settings) {
        requireChange(lowerExpectationBy);
        requireChange(raiseExperienceBy);
        Objects.requireNonNull(settings, "settings");
        if (!touchpoint.hasGap()) {
            return Optional.empty();
        }
        BigDecimal lowest = BigDecimal.valueOf(Score.MIN);
        BigDecimal highest = BigDecimal.valueOf(Score.MAX);
        Exact expectation = Exact.mean(touchpoint.expectation()).minus(Exact.decimal(lowerExpectationBy)).max(lowest);
        Exact experience = Exact.mean(touchpoint.experience()).plus(Exact.decimal(raiseExperienceBy)).min(highest);
        Exact gap = experience.minus(expectation);
        GapClass classBefore = GapClass.classify(touchpoint.expectation(), touchpoint.experience(), settings)
                .orElseThrow();
        return Optional.of(new PromiseCheck(touchpoint, lowerExpectationBy, raiseExperienceBy, classBefore,
                expectation.toDouble(), experience.toDouble(), gap.toDouble(),
                GapClass.of(gap, settings.exactMargin())));
    }

    /** The class moved: the what-if crosses a border of the margin. */
    public boolean classChanged() {
        return gapClass != classBefore;
    }

    /** How many classes up (towards the fan zone, positive) or down the change moves the touchpoint. */
    public int classSteps() {
        return gapClass.ordinal() - classBefore.ordinal();
    }

    /** The gap before the change. */
    public double gapBefore() {
        return before.gap().orElseThrow();
    }

    private static void requireChange(double change) {
        if (Double.isNaN(change) || change < MIN_CHANGE || change > MAX_CHANGE) {
            throw new DomainException("scoring.error.changeRange", change, MIN_CHANGE, MAX_CHANGE);
        }
    }
}
