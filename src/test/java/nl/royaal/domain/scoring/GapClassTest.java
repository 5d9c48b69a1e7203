package nl.royaal.domain.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class GapClassTest {

    private static final ScoringSettings HALF = ScoringSettings.DEFAULT;

    /** n grades adding up to sum, as evenly spread as whole grades allow: only n and sum matter for the mean. */
    static Statistic sample(int n, int sum) {
        Statistic statistic = Statistic.EMPTY;
        for (int i = 0; i < n; i++) {
            statistic = statistic.plusGrade(sum / n + (i < sum % n ? 1 : 0));
        }
        assertEquals(sum, statistic.sum());
        return statistic;
    }

    private static GapClass classify(Statistic expectation, Statistic experience, ScoringSettings settings) {
        return GapClass.classify(expectation, experience, settings).orElseThrow();
    }

    @Test
    void aGapOfExactlyPlusTheMarginSatisfiesEvenWhereFloatingPointOvershoots() {
        Statistic expectation = sample(3, 11); // 11/3 = 3.666…
        Statistic experience = sample(6, 25); // 25/6 = 4.1666…, exactly half a grade more
        assertEquals(0.5000000000000004, experience.mean().getAsDouble() - expectation.mean().getAsDouble(),
                "the naive double difference lies above the margin");
        assertEquals(GapClass.SATISFIED, classify(expectation, experience, HALF));
    }

    @Test
    void aGapOfExactlyMinusTheMarginSatisfiesEvenWhereFloatingPointOvershoots() {
        Statistic expectation = sample(3, 25); // 25/3 = 8.333…
        Statistic experience = sample(6, 47); // 47/6 = 7.8333…, exactly half a grade less
        assertEquals(-0.5000000000000009, experience.mean().getAsDouble() - expectation.mean().getAsDouble(),
                "the naive double difference lies below minus the margin");
        assertEquals(GapClass.SATISFIED, classify(expectation, experience, HALF));
    }

    @Test
    void aTypedMarginIsTheDecimalThatWasTyped() {
        Statistic expectation = sample(1, 1); // 1.0
        Statistic experience = sample(10, 13); // 1.3
        assertEquals(0.30000000000000004, 1.3 - 1.0, "0.3 is not a double");
        assertEquals(GapClass.SATISFIED, classify(expectation, experience, HALF.withMargin(0.3)));
        assertEquals(GapClass.FAN_ZONE, classify(expectation, experience, HALF.withMargin(0.29)));
    }

    static Stream<Arguments> tenParticipantsAroundTheMargin() {
        // expectation 6.6 (10 grades adding up to 66); experience as given; margin 0.5
        return Stream.of(
                Arguments.of(59, GapClass.DISAPPOINTMENT), // 5.9 − 6.6 = −0.7
                Arguments.of(60, GapClass.DISAPPOINTMENT), // −0.6
                Arguments.of(61, GapClass.SATISFIED), //      −0.5 exactly
                Arguments.of(66, GapClass.SATISFIED), //       0
                Arguments.of(71, GapClass.SATISFIED), //      7.1 − 6.6 = 0.5 exactly
                Arguments.of(72, GapClass.FAN_ZONE), //        0.6
                Arguments.of(90, GapClass.FAN_ZONE));
    }

    @ParameterizedTest
    @MethodSource("tenParticipantsAroundTheMargin")
    void classifiesAroundTheMarginWithBothEndsSatisfied(int experienceSum, GapClass expected) {
        assertEquals(expected, classify(sample(10, 66), sample(10, experienceSum), HALF));
    }

    @Test
    void withoutAMarginOnlyAnEqualScoreSatisfies() {
        ScoringSettings strict = HALF.withMargin(0);
        assertEquals(GapClass.SATISFIED, classify(sample(3, 21), sample(2, 14), strict));
        assertEquals(GapClass.FAN_ZONE, classify(sample(10, 70), sample(10, 71), strict));
        assertEquals(GapClass.DISAPPOINTMENT, classify(sample(10, 70), sample(10, 69), strict));
    }

    @Test
    void theWidestMarginSatisfiesEverything() {
        ScoringSettings lenient = HALF.withMargin(9);
        assertEquals(GapClass.SATISFIED, classify(Statistic.of(1), Statistic.of(10), lenient));
        assertEquals(GapClass.SATISFIED, classify(Statistic.of(10), Statistic.of(1), lenient));
    }

    @Test
    void noClassWithoutBothScores() {
        assertEquals(Optional.empty(), GapClass.classify(Statistic.EMPTY, Statistic.of(8), HALF));
        assertEquals(Optional.empty(), GapClass.classify(Statistic.of(8), Statistic.EMPTY, HALF));
    }

    @Test
    void classesAreNamedByTheKeysTheScreensTranslate() {
        assertEquals("gapClass.disappointment", GapClass.DISAPPOINTMENT.messageKey());
        assertEquals("gapClass.satisfied", GapClass.SATISFIED.messageKey());
        assertEquals("gapClass.fan_zone", GapClass.FAN_ZONE.messageKey());
        for (GapClass gapClass : GapClass.values()) {
            assertEquals(gapClass.messageKey() + ".description", gapClass.descriptionKey());
        }
    }

    @Test
    void classesRunFromWorstToBest() {
        assertTrue(GapClass.DISAPPOINTMENT.ordinal() < GapClass.SATISFIED.ordinal());
        assertTrue(GapClass.SATISFIED.ordinal() < GapClass.FAN_ZONE.ordinal());
    }

    @Test
    void aSpreadOfExactlyTheThresholdIsFlagged() {
        Statistic exactlyTwo = Statistic.of(3, 3, 7, 7, 5); // squared deviations 4·4 = 16, variance 16 / 4
        assertEquals(2.0, exactlyTwo.standardDeviation().getAsDouble());
        assertTrue(HALF.disagrees(exactlyTwo));
        assertFalse(HALF.withDisagreementThreshold(2.01).disagrees(exactlyTwo));
    }

    @Test
    void halfTheRoomOnFiveAndHalfOnNineIsWorthDiscussing() {
        assertTrue(HALF.disagrees(Statistic.of(5, 5, 5, 5, 9, 9, 9, 9)));
        assertFalse(HALF.disagrees(Statistic.of(6, 7, 7, 7, 8, 8, 6, 7)), "within a grade or so of each other");
        assertFalse(HALF.disagrees(Statistic.of(1)), "one voice cannot disagree");
        assertFalse(HALF.disagrees(Statistic.EMPTY));
    }

    @Test
    void aFlaggedSpreadAlwaysReachesTheThresholdAsShown() {
        for (int a = 1; a <= 10; a++) {
            for (int b = 1; b <= 10; b++) {
                for (int c = 1; c <= 10; c++) {
                    Statistic statistic = Statistic.of(a, b, c);
                    boolean reaches = statistic.standardDeviation().getAsDouble() >= 2.0;
                    assertEquals(reaches, HALF.disagrees(statistic), statistic::toString);
                }
            }
        }
    }
}
