package nl.royaal.domain.scoring;

import static nl.royaal.domain.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import nl.royaal.domain.Score;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StatisticTest {

    @Test
    void noGradesHaveNeitherMeanNorSpread() {
        Statistic none = Statistic.of();
        assertEquals(Statistic.EMPTY, none);
        assertEquals(0, none.n());
        assertFalse(none.hasMean());
        assertFalse(none.hasSpread());
        assertEquals(OptionalDouble.empty(), none.mean());
        assertEquals(OptionalDouble.empty(), none.variance());
        assertEquals(OptionalDouble.empty(), none.standardDeviation());
    }

    @Test
    void oneGradeHasAMeanButNoSpread() {
        Statistic one = Statistic.of(7);
        assertEquals(1, one.n());
        assertEquals(OptionalDouble.of(7.0), one.mean());
        assertTrue(one.hasMean());
        assertFalse(one.hasSpread(), "shown as a dash");
        assertEquals(OptionalDouble.empty(), one.standardDeviation());
    }

    @Test
    void twoGradesSpreadByTheSampleFormula() {
        // 7 and 8: mean 7.5, squared deviations 0.25 + 0.25, divided by n − 1 = 1
        Statistic two = Statistic.of(7, 8);
        assertEquals(OptionalDouble.of(7.5), two.mean());
        assertEquals(OptionalDouble.of(0.5), two.variance());
        assertEquals(OptionalDouble.of(Math.sqrt(0.5)), two.standardDeviation());
    }

    @Test
    void theWidestPairSpreadsMost() {
        // 1 and 10: mean 5.5, squared deviations 20.25 + 20.25 = 40.5
        Statistic pair = Statistic.of(1, 10);
        assertEquals(OptionalDouble.of(5.5), pair.mean());
        assertEquals(OptionalDouble.of(40.5), pair.variance());
        assertEquals(6.363961030678928, pair.standardDeviation().getAsDouble());
    }

    @Test
    void fiveGradesByHand() {
        // 6, 7, 8, 9, 10: mean 8, squared deviations 4 + 1 + 0 + 1 + 4 = 10, variance 10 / 4
        Statistic five = Statistic.of(6, 7, 8, 9, 10);
        assertEquals(5, five.n());
        assertEquals(40, five.sum());
        assertEquals(330, five.sumOfSquares());
        assertEquals(OptionalDouble.of(8.0), five.mean());
        assertEquals(OptionalDouble.of(2.5), five.variance());
        assertEquals(OptionalDouble.of(Math.sqrt(2.5)), five.standardDeviation());
    }

    @Test
    void aMeanThatIsNotADecimalIsRoundedOnce() {
        // 7, 7, 8: mean 22/3; variance ((1/3)² + (1/3)² + (2/3)²) / 2 = 1/3
        Statistic three = Statistic.of(7, 7, 8);
        assertEquals(OptionalDouble.of(22.0 / 3), three.mean());
        assertEquals(OptionalDouble.of(1.0 / 3), three.variance());
        assertEquals(OptionalDouble.of(Math.sqrt(1.0 / 3)), three.standardDeviation());
    }

    @Test
    void identicalGradesHaveNoSpreadAtAll() {
        assertEquals(OptionalDouble.of(0.0), Statistic.of(8, 8, 8, 8).standardDeviation());
        assertEquals(OptionalDouble.of(0.0), Statistic.of(10, 10).standardDeviation());
    }

    @Test
    void aMillionEqualGradesStillHaveExactlyNoSpread() {
        // The floating-point shortcut Σx²/n − mean² is where cancellation usually shows; here it is exact.
        Statistic many = Statistic.EMPTY;
        for (int i = 0; i < 1_000_000; i++) {
            many = many.plus(Score.of(9));
        }
        assertEquals(OptionalDouble.of(9.0), many.mean());
        assertEquals(OptionalDouble.of(0.0), many.standardDeviation());
    }

    @Test
    void aMillionNearlyEqualGradesMatchAnExactReference() {
        Random random = new Random(42);
        List<Integer> grades = new ArrayList<>();
        for (int i = 0; i < 1_000_000; i++) {
            grades.add(random.nextInt(100) == 0 ? 10 : 9);
        }
        Statistic statistic = Statistic.ofScores(grades.stream().map(Score::of).toList());
        assertEquals(reference(grades).mean, statistic.mean().getAsDouble(), 0);
        double expected = reference(grades).standardDeviation;
        assertEquals(expected, statistic.standardDeviation().getAsDouble(), Math.ulp(expected));
    }

    @Test
    void combiningTwoSamplesIsTheSampleOfAllGrades() {
        assertEquals(Statistic.of(3, 9, 9, 4, 7), Statistic.of(3, 9).plus(Statistic.of(9, 4, 7)));
        assertEquals(Statistic.of(5), Statistic.EMPTY.plus(Statistic.of(5)));
    }

    @Test
    void replacingAGradeIsExact() {
        assertEquals(Statistic.of(6, 8), Statistic.of(6, 3).minusGrade(3).plusGrade(8));
        assertEquals(Statistic.EMPTY, Statistic.of(7).minusGrade(7));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 11, -1, 100})
    void refusesWhatIsNotAGrade(int notAGrade) {
        assertRefused("validation.score.range", () -> Statistic.of(7, notAGrade));
    }

    @Test
    void refusesSumsNoGradesCanHave() {
        assertThrows(IllegalArgumentException.class, () -> new Statistic(-1, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new Statistic(0, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> new Statistic(2, 21, 221), "above 10 each");
        assertThrows(IllegalArgumentException.class, () -> new Statistic(2, 10, 49), "squares too small for the sum");
        assertThrows(IllegalArgumentException.class, () -> new Statistic(Statistic.MAX_COUNT + 1, 0, 0));
    }

    @Property
    void theMeanLiesWithinTheScale(@ForAll @Size(min = 1, max = 60) List<@IntRange(min = 1, max = 10) Integer> grades) {
        double mean = statisticOf(grades).mean().getAsDouble();
        assertTrue(mean >= 1 && mean <= 10, () -> "mean " + mean);
        assertEquals(reference(grades).mean, mean, 0, "the mean is the exact mean, rounded once");
    }

    @Property
    void theSpreadIsNeverNegativeAndMatchesATwoPassReference(
            @ForAll @Size(min = 2, max = 60) List<@IntRange(min = 1, max = 10) Integer> grades) {
        double spread = statisticOf(grades).standardDeviation().getAsDouble();
        assertTrue(spread >= 0, () -> "spread " + spread);
        double expected = reference(grades).standardDeviation;
        assertEquals(expected, spread, 2 * Math.ulp(Math.max(expected, 1e-300)));
    }

    @Property
    void theOrderOfTheGradesDoesNotMatter(
            @ForAll @Size(max = 40) List<@IntRange(min = 1, max = 10) Integer> grades, @ForAll long seed) {
        List<Integer> shuffled = new ArrayList<>(grades);
        Collections.shuffle(shuffled, new Random(seed));
        assertEquals(statisticOf(grades), statisticOf(shuffled));
    }

    private static Statistic statisticOf(List<Integer> grades) {
        return Statistic.of(grades.stream().mapToInt(Integer::intValue).toArray());
    }

    private record Reference(double mean, double standardDeviation) {
    }

    /** Two passes in exact decimal arithmetic: the true mean and spread, rounded at the very end. */
    private static Reference reference(List<Integer> grades) {
        MathContext precise = new MathContext(60);
        BigDecimal n = BigDecimal.valueOf(grades.size());
        BigDecimal sum = grades.stream().map(BigDecimal::valueOf).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal mean = sum.divide(n, precise);
        if (grades.size() < 2) {
            return new Reference(mean.doubleValue(), Double.NaN);
        }
        BigDecimal squares = BigDecimal.ZERO;
        for (int grade : grades) {
            BigDecimal deviation = BigDecimal.valueOf(grade).subtract(mean);
            squares = squares.add(deviation.multiply(deviation));
        }
        BigDecimal variance = squares.divide(n.subtract(BigDecimal.ONE), precise);
        return new Reference(mean.doubleValue(), variance.sqrt(precise).doubleValue());
    }
}
