package nl.royaal.domain.scoring;

import java.util.Objects;
import nl.royaal.domain.DomainException;
import nl.royaal.domain.Touchpoint;

/**
 * The time between two contacts of one customer, in the words a trainer would say: "once every
 * 6 years", "once every 3 months", "once every 10 days".
 *
 * <p>The unit is the largest in which the interval is at least one: years from one year up,
 * months from one month up, days below. The spoken number is rounded to a whole (at least 1); a
 * rounding that reaches the next unit moves up (11.8 months is "once a year").
 *
 * @param unit    years, months or days
 * @param exact   the interval in that unit, unrounded (6.15 years)
 * @param rounded the interval in that unit as said (6 years)
 */
public record ContactInterval(Unit unit, double exact, long rounded) {

    /** The units of the wording; each names its message pattern ({0} is the rounded number). */
    public enum Unit {
        YEARS(1, "scoring.contacts.everyYears"),
        MONTHS(1.0 / 12, "scoring.contacts.everyMonths"),
        DAYS(1 / 365.25, "scoring.contacts.everyDays");

        private final double years;
        private final String messageKey;

        Unit(double years, String messageKey) {
            this.years = years;
            this.messageKey = messageKey;
        }

        /** The length of one unit in years (a day is 1/365.25 year, a month 1/12). */
        public double years() {
            return years;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    private static final long MONTHS_PER_YEAR = 12;
    private static final long DAYS_PER_MONTH_ROUNDED_UP = 31;

    public ContactInterval {
        Objects.requireNonNull(unit, "unit");
        if (!(exact > 0) || Double.isInfinite(exact) || rounded < 1) {
            throw new IllegalArgumentException("interval " + exact + " rounded " + rounded);
        }
    }

    /** The wording for an interval of this many years (more than 0). */
    public static ContactInterval ofYears(double years) {
        if (!(years > 0) || Double.isInfinite(years)) {
            throw new IllegalArgumentException("years between contacts: " + years);
        }
        if (years >= 1) {
            return new ContactInterval(Unit.YEARS, years, Math.round(years));
        }
        double months = years / Unit.MONTHS.years;
        if (months >= 1) {
            long said = Math.round(months);
            return said >= MONTHS_PER_YEAR
                    ? new ContactInterval(Unit.YEARS, years, 1)
                    : new ContactInterval(Unit.MONTHS, months, said);
        }
        double days = years / Unit.DAYS.years;
        long said = Math.max(1, Math.round(days));
        return said >= DAYS_PER_MONTH_ROUNDED_UP
                ? new ContactInterval(Unit.MONTHS, months, 1)
                : new ContactInterval(Unit.DAYS, days, said);
    }

    /** The interval as said, in years: 6 for "once every 6 years", 0.25 for "every 3 months". */
    public double roundedYears() {
        return rounded * unit.years;
    }

    /**
     * How many other contacts (12 monthly debits a year) fall in the interval as said: the
     * brief's "72 monthly debits in that time" is 12 × 6 years.
     *
     * @throws DomainException {@code validation.contacts.range} outside 0 to 365 a year
     */
    public long otherContactsInRoundedInterval(double otherContactsPerYear) {
        requireContactsPerYear(otherContactsPerYear);
        return Math.round(otherContactsPerYear * roundedYears());
    }

    static void requireContactsPerYear(double contactsPerYear) {
        double most = Touchpoint.MAX_CONTACTS_PER_YEAR;
        if (Double.isNaN(contactsPerYear) || contactsPerYear < 0 || contactsPerYear > most) {
            throw new DomainException("validation.contacts.range", contactsPerYear, 0, most);
        }
    }
}
