package nl.royaal.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.OptionalDouble;
import nl.royaal.domain.Language;
import nl.royaal.domain.scoring.Statistic;
import nl.royaal.i18n.I18n;

/**
 * How the report writes a number, in the workshop's language: "7,4" in Dutch, "7.4" in English;
 * a gap with its sign ("+1,2", "−0,8"); "–" where a figure is absent (a spread of fewer than two
 * grades). Immutable.
 *
 * <p><b>Rounding.</b> Half up, as people round by hand: a mean of exactly 7.25 is "7,3". The
 * domain divides once ({@code sum / n}), so the double it gives is the one nearest to the true
 * fraction; {@link BigDecimal#valueOf(double)} reads that double back as the shortest decimal that
 * names it, which for a fraction such as 147/20 is "7.35" exactly (not the binary
 * 7.3499999…). Rounding that decimal half up therefore rounds the true fraction, so the report
 * agrees with a hand calculation to the last decimal shown.
 */
public final class ReportNumbers {

    /** The minus sign of typography (U+2212), wider than a hyphen and as wide as a plus. */
    public static final String MINUS = "\u2212";

    private final Locale locale;
    private final String noValue;
    private final char decimalSeparator;

    public ReportNumbers(Language language) {
        this.locale = language.locale();
        this.noValue = I18n.of(language).t(Statistic.NO_VALUE_KEY);
        this.decimalSeparator = DecimalFormatSymbols.getInstance(locale).getDecimalSeparator();
    }

    /** A value rounded half up to {@code scale} decimals, through its shortest decimal form. */
    public static BigDecimal rounded(double value, int scale) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("not a number: " + value);
        }
        BigDecimal result = BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_UP);
        return result.signum() == 0 ? result.abs() : result; // no "-0.0"
    }

    public Locale locale() {
        return locale;
    }

    public char decimalSeparator() {
        return decimalSeparator;
    }

    /** What stands where a figure is absent: "–". */
    public String noValue() {
        return noValue;
    }

    /** A grade or mean with one decimal ("7,4"), or "–" when absent. */
    public String grade(OptionalDouble value) {
        return value.isPresent() ? decimal(value.getAsDouble(), 1) : noValue;
    }

    /** A grade or mean with one decimal ("7,4"). */
    public String grade(double value) {
        return decimal(value, 1);
    }

    /** A difference with its sign and one decimal ("+1,2", "−0,8", "0,0"), or "–" when absent. */
    public String gap(OptionalDouble value) {
        return value.isPresent() ? gap(value.getAsDouble()) : noValue;
    }

    /** A difference with its sign and one decimal ("+1,2", "−0,8", "0,0"). */
    public String gap(double value) {
        BigDecimal rounded = rounded(value, 1);
        String digits = format(rounded.abs(), 1);
        return switch (rounded.signum()) {
            case 1 -> "+" + digits;
            case -1 -> MINUS + digits;
            default -> digits;
        };
    }

    /** A number with {@code scale} decimals in the workshop's locale, rounded half up. */
    public String decimal(double value, int scale) {
        return format(rounded(value, scale), scale);
    }

    /** A whole number with the locale's grouping: "2.000" in Dutch, "2,000" in English. */
    public String count(long value) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }

    private String format(BigDecimal value, int scale) {
        DecimalFormat format = (DecimalFormat) NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(scale);
        format.setMaximumFractionDigits(scale);
        format.setRoundingMode(RoundingMode.HALF_UP); // already rounded: this only prints
        return format.format(value);
    }
}
