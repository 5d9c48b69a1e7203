package nl.royaal.domain.scoring;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.royaal.domain.Touchpoint;

/**
 * The figures of the contact-frequency reality check (PRODUCT.md §1 "Few contacts") that belong
 * to the client rather than to one touchpoint: where the personal contacts come from, the
 * organisation's totals and the automated contacts a customer gets. Kept with the workshop, so
 * the report and a reopened file show the same sentence the room saw. Immutable; each figure may
 * be unknown ({@code null}), and a known one lies in the range {@link ContactFrequency} accepts.
 *
 * @param source                   whether the personal contacts come from the journey's touchpoints
 *                                 or from the organisation's totals
 * @param totalContactsPerYear     all personal contacts of the organisation in a year (13,000 for the union)
 * @param customers                the number of customers or members (80,000 for the union)
 * @param automatedContactsPerYear newsletters, invoices, debits per customer per year (12 for the union)
 */
public record RealityCheckFigures(
        Source source, Double totalContactsPerYear, Long customers, Double automatedContactsPerYear) {

    /** Where the personal contacts come from. */
    public enum Source { JOURNEY, TOTALS }

    /** Nothing known yet: the journey's own figures, no totals, no automated contacts. */
    public static final RealityCheckFigures NONE = new RealityCheckFigures(Source.JOURNEY, null, null, null);

    /** The brief's union: 13,000 member contacts a year, about 80,000 members, 12 monthly debits. */
    public static final RealityCheckFigures UNION_EXAMPLE = new RealityCheckFigures(Source.TOTALS, 13_000.0, 80_000L, 12.0);

    public RealityCheckFigures {
        Objects.requireNonNull(source, "source");
        if (totalContactsPerYear != null) {
            ContactFrequency.fromTotals(totalContactsPerYear, 1); // the domain's range, whatever the customers
        }
        if (customers != null) {
            ContactFrequency.fromTotals(0, customers);
        }
        if (automatedContactsPerYear != null) {
            ContactInterval.requireContactsPerYear(automatedContactsPerYear);
        }
    }

    public RealityCheckFigures withSource(Source newSource) {
        return new RealityCheckFigures(newSource, totalContactsPerYear, customers, automatedContactsPerYear);
    }

    public RealityCheckFigures withTotalContactsPerYear(Double newTotal) {
        return new RealityCheckFigures(source, newTotal, customers, automatedContactsPerYear);
    }

    public RealityCheckFigures withCustomers(Long newCustomers) {
        return new RealityCheckFigures(source, totalContactsPerYear, newCustomers, automatedContactsPerYear);
    }

    public RealityCheckFigures withAutomatedContactsPerYear(Double newAutomated) {
        return new RealityCheckFigures(source, totalContactsPerYear, customers, newAutomated);
    }

    /**
     * How often an average customer meets a person of the organisation: from the journey's
     * touchpoints or from the totals, as chosen. Absent while the chosen figures are unknown.
     */
    public Optional<ContactFrequency> frequency(List<Touchpoint> touchpoints) {
        if (source == Source.JOURNEY) {
            return ContactFrequency.fromTouchpoints(touchpoints);
        }
        if (totalContactsPerYear == null || customers == null) {
            return Optional.empty();
        }
        return Optional.of(ContactFrequency.fromTotals(totalContactsPerYear, customers));
    }
}
