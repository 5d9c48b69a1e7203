package nl.royaal.domain.scoring;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Where a touchpoint lands when experience is set against expectation, with the margin of
 * {@link ScoringSettings}: below −margin disappoints, within ±margin (both ends included)
 * satisfies, above +margin makes fans.
 */
public enum GapClass {

    /** Experience below expectation by more than the margin: gap &lt; −margin. */
    DISAPPOINTMENT("gapClass.disappointment", "gapClass.disappointment.description"),
    /** Experience about equal to expectation: |gap| ≤ margin. */
    SATISFIED("gapClass.satisfied", "gapClass.satisfied.description"),
    /** Experience above expectation by more than the margin: gap &gt; margin. */
    FAN_ZONE("gapClass.fan_zone", "gapClass.fan_zone.description");

    private final String messageKey;
    private final String descriptionKey;

    GapClass(String messageKey, String descriptionKey) {
        this.messageKey = messageKey;
        this.descriptionKey = descriptionKey;
    }

    /** The class's name on screen ("Teleurstelling", "Tevreden", "Fanzone"). */
    public String messageKey() {
        return messageKey;
    }

    /** One line for a legend: what the class means. */
    public String descriptionKey() {
        return descriptionKey;
    }

    /**
     * The class of a touchpoint with these two samples, absent when either has no grades (no
     * gap). Decided exactly on the sums, so a gap of exactly the margin is always "satisfied".
     */
    public static Optional<GapClass> classify(Statistic expectation, Statistic experience, ScoringSettings settings) {
        if (!expectation.hasMean() || !experience.hasMean()) {
            return Optional.empty();
        }
        return Optional.of(of(Exact.mean(experience).minus(Exact.mean(expectation)), settings.exactMargin()));
    }

    static GapClass of(Exact gap, BigDecimal margin) {
        if (gap.compareTo(margin.negate()) < 0) {
            return DISAPPOINTMENT;
        }
        if (gap.compareTo(margin) > 0) {
            return FAN_ZONE;
        }
        return SATISFIED;
    }
}
