package nl.royaal.domain.scoring;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import nl.royaal.domain.DomainException;
import nl.royaal.domain.Touchpoint;

/**
 * How often an average customer meets the organisation in person, and how rare that is seen
 * from the customer (PRODUCT.md §1 "Few contacts"). Immutable.
 *
 * <p>The brief's union: 13,000 member contacts a year for about 80,000 members is 0.1625
 * contacts per member per year, one every 1 / 0.1625 ≈ 6.15 years ("once every 6 years"); in
 * those 6 years the member sees 12 × 6 = 72 monthly debits.
 *
 * @param contactsPerCustomerPerYear personal contacts of one average customer in a year, ≥ 0
 */
public record ContactFrequency(double contactsPerCustomerPerYear) {

    /** A big bank or energy company has millions of customers; a billion is a typo. */
    public static final long MAX_CUSTOMERS = 1_000_000_000L;
    /** A thousand contacts a year for each of the largest number of customers. */
    public static final double MAX_TOTAL_CONTACTS_PER_YEAR = 1e12;

    public ContactFrequency {
        if (!Double.isFinite(contactsPerCustomerPerYear) || contactsPerCustomerPerYear < 0) {
            throw new IllegalArgumentException("contacts per customer per year: " + contactsPerCustomerPerYear);
        }
    }

    /**
     * From the organisation's own figures: all personal contacts in a year shared over all
     * customers.
     *
     * @throws DomainException {@code scoring.error.totalContactsRange} for a total below 0 or above
     *                         10^12, {@code scoring.error.customersRange} for customers below 1 or
     *                         above 10^9
     */
    public static ContactFrequency fromTotals(double totalContactsPerYear, long customers) {
        if (Double.isNaN(totalContactsPerYear) || totalContactsPerYear < 0
                || totalContactsPerYear > MAX_TOTAL_CONTACTS_PER_YEAR) {
            throw new DomainException("scoring.error.totalContactsRange",
                    totalContactsPerYear, 0, MAX_TOTAL_CONTACTS_PER_YEAR);
        }
        if (customers < 1 || customers > MAX_CUSTOMERS) {
            throw new DomainException("scoring.error.customersRange", customers, 1, MAX_CUSTOMERS);
        }
        return new ContactFrequency(totalContactsPerYear / customers);
    }

    /**
     * From the journey: the sum of the touchpoints' "contacts per customer per year". Absent when
     * no touchpoint has that figure (unknown is not zero); touchpoints without it are left out,
     * see {@link #touchpointsWithoutFigure}.
     */
    public static Optional<ContactFrequency> fromTouchpoints(List<Touchpoint> touchpoints) {
        double total = 0;
        boolean known = false;
        for (Touchpoint touchpoint : touchpoints) {
            if (touchpoint.contactsPerCustomerPerYear() != null) {
                total += touchpoint.contactsPerCustomerPerYear();
                known = true;
            }
        }
        return known ? Optional.of(new ContactFrequency(total)) : Optional.empty();
    }

    /** How many touchpoints have no "contacts per customer per year", so the screen can say so. */
    public static int touchpointsWithoutFigure(List<Touchpoint> touchpoints) {
        return (int) touchpoints.stream().filter(touchpoint -> touchpoint.contactsPerCustomerPerYear() == null).count();
    }

    /** All personal contacts in a year with this many customers. */
    public double totalContactsPerYear(long customers) {
        if (customers < 1 || customers > MAX_CUSTOMERS) {
            throw new DomainException("scoring.error.customersRange", customers, 1, MAX_CUSTOMERS);
        }
        return contactsPerCustomerPerYear * customers;
    }

    /** Years from one contact to the next for one customer (6.15 for the union); absent without contacts. */
    public OptionalDouble yearsBetweenContacts() {
        double years = 1 / contactsPerCustomerPerYear;
        return Double.isFinite(years) ? OptionalDouble.of(years) : OptionalDouble.empty();
    }

    /** The same in words: "once every 6 years"; absent without contacts. */
    public Optional<ContactInterval> interval() {
        OptionalDouble years = yearsBetweenContacts();
        return years.isPresent() ? Optional.of(ContactInterval.ofYears(years.getAsDouble())) : Optional.empty();
    }

    /**
     * How many other contacts (a monthly debit: 12 a year) the customer has between two personal
     * ones, over the exact interval: 73.8 for the union. The brief's 72 is over the interval as
     * said, see {@link ContactInterval#otherContactsInRoundedInterval}.
     *
     * @throws DomainException {@code validation.contacts.range} outside 0 to 365 a year
     */
    public OptionalDouble otherContactsBetween(double otherContactsPerYear) {
        ContactInterval.requireContactsPerYear(otherContactsPerYear);
        OptionalDouble years = yearsBetweenContacts();
        return years.isPresent() ? OptionalDouble.of(otherContactsPerYear * years.getAsDouble()) : years;
    }
}
