package nl.royaal.domain.scoring;

import java.util.Collection;
import java.util.OptionalDouble;
import nl.royaal.domain.Score;

/**
 * The summary of a sample of grades (rapportcijfers): how many, their mean and their sample
 * standard deviation. Immutable.
 *
 * <p>Grades are whole numbers from 1 to 10, so the statistic keeps the count, the sum and the sum
 * of squares as exact integers. The mean is {@code sum / n} and the sample variance is
 * {@code (n·Σx² − (Σx)²) / (n·(n − 1))}: the numerator is computed in exact integer arithmetic, so
 * the textbook formula that cancels catastrophically in floating point is exact here, and each
 * figure is rounded only once (mean: one division; standard deviation: one division and one
 * square root). Adding or replacing a grade is exact as well, which is why a running aggregate
 * always equals a full recomputation.
 *
 * @param n            how many grades
 * @param sum          their sum
 * @param sumOfSquares the sum of their squares
 */
public record Statistic(int n, long sum, long sumOfSquares) {

    /** What the screens show for a figure that is absent (a spread of fewer than two grades): "–". */
    public static final String NO_VALUE_KEY = "scoring.noValue";

    /** No grades: no mean, no spread. */
    public static final Statistic EMPTY = new Statistic(0, 0, 0);

    /**
     * At most a hundred million grades: far beyond any room, and it keeps {@code n·Σx²} within a
     * {@code long}, which is what makes the figures exact.
     */
    public static final int MAX_COUNT = 100_000_000;

    public Statistic {
        if (n < 0 || n > MAX_COUNT) {
            throw new IllegalArgumentException("count out of range: " + n);
        }
        // What n whole grades from 1 to 10 can add up to; (Σx)² ≤ n·Σx² is Cauchy-Schwarz.
        if (sum < (long) n * Score.MIN || sum > (long) n * Score.MAX
                || sumOfSquares < (long) n * Score.MIN * Score.MIN || sumOfSquares > (long) n * Score.MAX * Score.MAX
                || sum * sum > (long) n * sumOfSquares) {
            throw new IllegalArgumentException(
                    "not the sums of " + n + " grades: sum " + sum + ", sum of squares " + sumOfSquares);
        }
    }

    /** The statistic of these whole grades; each must be a valid grade (1 to 10). */
    public static Statistic of(int... grades) {
        Statistic statistic = EMPTY;
        for (int grade : grades) {
            statistic = statistic.plus(Score.of(grade));
        }
        return statistic;
    }

    public static Statistic ofScores(Collection<Score> scores) {
        Statistic statistic = EMPTY;
        for (Score score : scores) {
            statistic = statistic.plus(score);
        }
        return statistic;
    }

    /** This sample with one more grade. */
    public Statistic plus(Score score) {
        return plusGrade(score.value());
    }

    /** Both samples together (for instance two rooms of one keynote). */
    public Statistic plus(Statistic other) {
        return new Statistic(Math.addExact(n, other.n), sum + other.sum, sumOfSquares + other.sumOfSquares);
    }

    Statistic plusGrade(int grade) {
        long g = grade;
        return new Statistic(Math.addExact(n, 1), sum + g, sumOfSquares + g * g);
    }

    /** This sample without one grade that is in it: used when a participant replaces an answer. */
    Statistic minusGrade(int grade) {
        long g = grade;
        return new Statistic(n - 1, sum - g, sumOfSquares - g * g);
    }

    /** There is a mean: at least one grade. */
    public boolean hasMean() {
        return n > 0;
    }

    /** There is a spread: at least two grades. With fewer the screens show "–". */
    public boolean hasSpread() {
        return n > 1;
    }

    /** The mean, absent when there are no grades. */
    public OptionalDouble mean() {
        return n == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) sum / n);
    }

    /** The sample variance (divided by n − 1), absent for fewer than two grades. */
    public OptionalDouble variance() {
        if (n < 2) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of((double) varianceNumerator() / ((double) n * (n - 1)));
    }

    /** The sample standard deviation (n − 1), absent for fewer than two grades. */
    public OptionalDouble standardDeviation() {
        OptionalDouble variance = variance();
        return variance.isPresent() ? OptionalDouble.of(Math.sqrt(variance.getAsDouble())) : variance;
    }

    /**
     * {@code n·Σx² − (Σx)²}, exact and never negative; the sample variance is this divided by
     * {@code n·(n − 1)}.
     */
    long varianceNumerator() {
        return (long) n * sumOfSquares - sum * sum;
    }
}
