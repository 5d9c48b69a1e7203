package nl.royaal.domain.scoring;

import static nl.royaal.domain.scoring.GapClassTest.sample;
import static nl.royaal.domain.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PromiseCheckTest {

    private static final ScoringSettings SETTINGS = ScoringSettings.DEFAULT;

    private static TouchpointAggregate touchpoint(Statistic expectation, Statistic experience) {
        int respondents = Math.max(expectation.n(), experience.n());
        return TouchpointAggregate.of(Journeys.QUOTE, expectation, experience, respondents, SETTINGS);
    }

    /** Customers expect an 8 and get a 7: a disappointment of one whole grade. */
    private static final TouchpointAggregate OVERPROMISED = touchpoint(Statistic.of(8, 8), Statistic.of(7, 7));

    private static PromiseCheck check(TouchpointAggregate touchpoint, double lower, double raise) {
        return PromiseCheck.of(touchpoint, lower, raise, SETTINGS).orElseThrow();
    }

    @Test
    void promisingLessTurnsADisappointmentIntoSatisfaction() {
        PromiseCheck modest = check(OVERPROMISED, 0.5, 0);
        assertEquals(GapClass.DISAPPOINTMENT, modest.classBefore());
        assertEquals(-1.0, modest.gapBefore());
        assertEquals(7.5, modest.expectation());
        assertEquals(7.0, modest.experience());
        assertEquals(-0.5, modest.gap());
        assertEquals(GapClass.SATISFIED, modest.gapClass());
        assertTrue(modest.classChanged());
        assertEquals(1, modest.classSteps());
    }

    @Test
    void promisingLessAndDeliveringMoreMakesFans() {
        PromiseCheck both = check(OVERPROMISED, 0.5, 1);
        assertEquals(7.5, both.expectation());
        assertEquals(8.0, both.experience());
        assertEquals(0.5, both.gap());
        assertEquals(GapClass.SATISFIED, both.gapClass(), "exactly the margin still satisfies");
        PromiseCheck more = check(OVERPROMISED, 1, 1);
        assertEquals(GapClass.FAN_ZONE, more.gapClass());
        assertEquals(2, more.classSteps());
    }

    @Test
    void loweringThePromiseWorksAsWellAsRaisingTheService() {
        assertEquals(check(OVERPROMISED, 0, 1.5).gap(), check(OVERPROMISED, 1.5, 0).gap());
        assertEquals(check(OVERPROMISED, 0, 1.5).gapClass(), check(OVERPROMISED, 1.5, 0).gapClass());
    }

    @Test
    void nothingChangedMovesNothing() {
        PromiseCheck same = check(OVERPROMISED, 0, 0);
        assertEquals(-1.0, same.gap());
        assertFalse(same.classChanged());
        assertEquals(0, same.classSteps());
    }

    @Test
    void theChangedMeansStayOnTheScale() {
        PromiseCheck extreme = check(touchpoint(Statistic.of(2, 1), Statistic.of(9, 10)), 3, 3);
        assertEquals(1.0, extreme.expectation());
        assertEquals(10.0, extreme.experience());
        assertEquals(9.0, extreme.gap());
    }

    @Test
    void aDecimalChangeLandsExactlyOnTheMargin() {
        // expectation 6.6, experience 6.0: −0.6; a tenth better is exactly −0.5, which still satisfies
        TouchpointAggregate close = touchpoint(sample(10, 66), sample(10, 60));
        assertEquals(GapClass.DISAPPOINTMENT, close.gapClass().orElseThrow());
        PromiseCheck tenthBetter = check(close, 0, 0.1);
        assertEquals(-0.5, tenthBetter.gap());
        assertEquals(GapClass.SATISFIED, tenthBetter.gapClass());
        // the same from the other side: thirds and a typed decimal
        TouchpointAggregate thirds = touchpoint(sample(3, 11), sample(6, 22)); // 11/3 and 11/3: gap 0
        assertEquals(GapClass.SATISFIED, check(thirds, 0.2, 0.3).gapClass());
        assertEquals(GapClass.FAN_ZONE, check(thirds, 0.2, 0.31).gapClass());
    }

    @Test
    void theClassBeforeFollowsTheMarginOfTheCheck() {
        PromiseCheck lenient = PromiseCheck.of(OVERPROMISED, 0, 0, SETTINGS.withMargin(1)).orElseThrow();
        assertEquals(GapClass.SATISFIED, lenient.classBefore());
        assertFalse(lenient.classChanged());
    }

    @Test
    void aTouchpointWithoutAGapHasNothingToCheck() {
        TouchpointAggregate halfScored = touchpoint(Statistic.of(8), Statistic.EMPTY);
        assertEquals(Optional.empty(), PromiseCheck.of(halfScored, 1, 1, SETTINGS));
    }

    @ParameterizedTest
    @ValueSource(doubles = {-0.1, -1, 9.01, 10, Double.NaN, Double.POSITIVE_INFINITY})
    void refusesAChangeBeyondTheScale(double change) {
        assertRefused("scoring.error.changeRange", () -> PromiseCheck.of(OVERPROMISED, change, 0, SETTINGS));
        assertRefused("scoring.error.changeRange", () -> PromiseCheck.of(OVERPROMISED, 0, change, SETTINGS));
    }

    @Test
    void acceptsTheWholeScaleAsAChange() {
        assertEquals(1.0, check(OVERPROMISED, 9, 9).expectation());
        assertEquals(10.0, check(OVERPROMISED, 9, 9).experience());
    }
}
