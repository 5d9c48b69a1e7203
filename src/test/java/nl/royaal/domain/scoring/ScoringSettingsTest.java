package nl.royaal.domain.scoring;

import static nl.royaal.domain.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScoringSettingsTest {

    @Test
    void defaultsAreHalfAGradeMarginAndASpreadOfTwoToDiscuss() {
        assertEquals(0.5, ScoringSettings.DEFAULT.margin());
        assertEquals(2.0, ScoringSettings.DEFAULT.disagreementThreshold());
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, 0.1, 0.5, 1, 8.99, 9})
    void acceptsAMarginFromNoneToTheWholeScale(double margin) {
        assertEquals(margin, ScoringSettings.DEFAULT.withMargin(margin).margin());
    }

    @ParameterizedTest
    @ValueSource(doubles = {-0.01, -1, 9.01, 10, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    void refusesAMarginOutsideTheScale(double margin) {
        assertRefused("scoring.error.marginRange", new Object[] {margin, 0.0, 9.0},
                () -> ScoringSettings.DEFAULT.withMargin(margin));
    }

    @Test
    void refusesAMarginThatIsNotANumber() {
        assertRefused("scoring.error.marginRange", () -> new ScoringSettings(Double.NaN, 2));
    }

    @Test
    void negativeZeroMarginIsJustZero() {
        assertEquals(0.0, new ScoringSettings(-0.0, 2).margin());
        assertEquals(new ScoringSettings(0, 2), new ScoringSettings(-0.0, 2));
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.01, 1, 2, 9})
    void acceptsAThresholdAboveNothingUpToNine(double threshold) {
        assertEquals(threshold, ScoringSettings.DEFAULT.withDisagreementThreshold(threshold).disagreementThreshold());
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, -0.5, 9.01, Double.NaN, Double.POSITIVE_INFINITY})
    void refusesAThresholdThatFlagsEverythingOrIsOffTheScale(double threshold) {
        assertRefused("scoring.error.disagreementRange",
                () -> ScoringSettings.DEFAULT.withDisagreementThreshold(threshold));
    }
}
