package nl.royaal.domain.scoring;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.UUID;
import nl.royaal.domain.Touchpoint;

/**
 * The room's verdict on one touchpoint in the expectation-versus-experience round. Immutable;
 * made by {@link ScoreAggregator} or {@link RunningAggregate}.
 *
 * <p>Each dimension counts every participant who gave it; the gap is the difference of the two
 * means as shown, so the screen never shows a gap that its own two columns contradict. When
 * everybody gave both grades this equals the mean of the personal differences.
 *
 * @param touchpoint   the contact moment
 * @param expectation  the grades for what the customer expects
 * @param experience   the grades for what the customer gets
 * @param respondents  participants who gave at least one of the two grades
 * @param gap          mean experience − mean expectation; absent unless both dimensions have grades
 * @param gapClass     the class of the gap under the settings' margin; absent with the gap
 * @param discuss      the room disagrees: the standard deviation of either dimension reaches the
 *                     settings' threshold
 */
public record TouchpointAggregate(
        Touchpoint touchpoint,
        Statistic expectation,
        Statistic experience,
        int respondents,
        OptionalDouble gap,
        Optional<GapClass> gapClass,
        boolean discuss) {

    /** The name of the "discuss" flag on screen. */
    public static final String DISCUSS_KEY = "scoring.discuss";
    /** Why a touchpoint is flagged; argument {0} is the threshold. */
    public static final String DISCUSS_HINT_KEY = "scoring.discuss.hint";

    public TouchpointAggregate {
        Objects.requireNonNull(touchpoint, "touchpoint");
        Objects.requireNonNull(expectation, "expectation");
        Objects.requireNonNull(experience, "experience");
        Objects.requireNonNull(gap, "gap");
        Objects.requireNonNull(gapClass, "gapClass");
        if (respondents < Math.max(expectation.n(), experience.n())
                || respondents > expectation.n() + experience.n()) {
            throw new IllegalArgumentException("respondents " + respondents + " do not fit "
                    + expectation.n() + " expectations and " + experience.n() + " experiences");
        }
    }

    /** The aggregate of these samples, with gap, class and flag worked out under the settings. */
    public static TouchpointAggregate of(
            Touchpoint touchpoint, Statistic expectation, Statistic experience, int respondents,
            ScoringSettings settings) {
        OptionalDouble gap = OptionalDouble.empty();
        Optional<GapClass> gapClass = Optional.empty();
        if (expectation.hasMean() && experience.hasMean()) {
            Exact exactGap = Exact.mean(experience).minus(Exact.mean(expectation));
            gap = OptionalDouble.of(gapAsDouble(expectation, experience));
            gapClass = Optional.of(GapClass.of(exactGap, settings.exactMargin()));
        }
        boolean discuss = settings.disagrees(expectation) || settings.disagrees(experience);
        return new TouchpointAggregate(touchpoint, expectation, experience, respondents, gap, gapClass, discuss);
    }

    /** No grades yet. */
    public static TouchpointAggregate empty(Touchpoint touchpoint) {
        return new TouchpointAggregate(touchpoint, Statistic.EMPTY, Statistic.EMPTY, 0,
                OptionalDouble.empty(), Optional.empty(), false);
    }

    public UUID id() {
        return touchpoint.id();
    }

    public String name() {
        return touchpoint.name();
    }

    /** Participants who gave at least one grade for this touchpoint (the "n" of the table). */
    public int n() {
        return respondents;
    }

    public OptionalDouble meanExpectation() {
        return expectation.mean();
    }

    public OptionalDouble meanExperience() {
        return experience.mean();
    }

    public OptionalDouble spreadExpectation() {
        return expectation.standardDeviation();
    }

    public OptionalDouble spreadExperience() {
        return experience.standardDeviation();
    }

    public boolean hasGap() {
        return gap.isPresent();
    }

    /** (Σexperience·n_expectation − Σexpectation·n_experience) / (n_expectation·n_experience): one rounding. */
    private static double gapAsDouble(Statistic expectation, Statistic experience) {
        long numerator = experience.sum() * expectation.n() - expectation.sum() * experience.n();
        return (double) numerator / ((double) expectation.n() * experience.n());
    }
}
