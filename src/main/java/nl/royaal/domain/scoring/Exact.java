package nl.royaal.domain.scoring;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * A number held exactly as {@code numerator / denominator}, with a decimal numerator and a
 * positive whole denominator: enough for means of grades ({@code sum / n}), for the decimals a
 * trainer types (margin 0.3, lower the promise by 0.5) and for their sums and differences.
 *
 * <p>Classification compares a gap with the margin. In floating point 25/6 − 11/3 is
 * 0.5000000000000004, which would call a gap of exactly 0.5 a fan zone; here it is exactly 1/2.
 * Only what is shown is rounded ({@link #toDouble()}).
 */
record Exact(BigDecimal numerator, long denominator) {

    Exact {
        if (denominator <= 0) {
            throw new IllegalArgumentException("denominator must be positive: " + denominator);
        }
    }

    static Exact of(BigDecimal value) {
        return new Exact(value, 1);
    }

    static Exact of(long whole) {
        return new Exact(BigDecimal.valueOf(whole), 1);
    }

    /**
     * The decimal a person typed, taken as that decimal: {@code 0.3} is three tenths, not the
     * binary double nearest to it. {@link BigDecimal#valueOf(double)} gives the shortest decimal
     * that reads back as the same double, which is what was typed.
     */
    static BigDecimal decimal(double typed) {
        return BigDecimal.valueOf(typed);
    }

    /** The mean of a statistic that has one. */
    static Exact mean(Statistic statistic) {
        if (!statistic.hasMean()) {
            throw new IllegalArgumentException("no mean without grades");
        }
        return new Exact(BigDecimal.valueOf(statistic.sum()), statistic.n());
    }

    Exact plus(BigDecimal value) {
        return new Exact(numerator.add(value.multiply(BigDecimal.valueOf(denominator))), denominator);
    }

    Exact minus(BigDecimal value) {
        return plus(value.negate());
    }

    Exact minus(Exact other) {
        return new Exact(
                numerator.multiply(BigDecimal.valueOf(other.denominator))
                        .subtract(other.numerator.multiply(BigDecimal.valueOf(denominator))),
                Math.multiplyExact(denominator, other.denominator));
    }

    /** Negative, zero or positive as this is below, equal to or above {@code value}. */
    int compareTo(BigDecimal value) {
        return numerator.compareTo(value.multiply(BigDecimal.valueOf(denominator)));
    }

    Exact max(BigDecimal value) {
        return compareTo(value) < 0 ? of(value) : this;
    }

    Exact min(BigDecimal value) {
        return compareTo(value) > 0 ? of(value) : this;
    }

    /** The nearest double, for showing and drawing (34 significant digits, then to double). */
    double toDouble() {
        return numerator.divide(BigDecimal.valueOf(denominator), MathContext.DECIMAL128).doubleValue();
    }
}
