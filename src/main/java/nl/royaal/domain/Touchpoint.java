package nl.royaal.domain;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A contact moment of the customer journey (website, first call, quote, invoice...).
 *
 * @param contactsPerCustomerPerYear how often an average customer meets the organisation here;
 *                                   {@code null} when unknown (it is optional in the workshop)
 */
public record Touchpoint(UUID id, String name, Double contactsPerCustomerPerYear) {

    /** More than daily contact is not a "touchpoint" any more; it also keeps typos out. */
    public static final double MAX_CONTACTS_PER_YEAR = 365;

    public Touchpoint {
        Objects.requireNonNull(id, "id");
        name = TextRules.required(name, "field.touchpointName", TextRules.MAX_LABEL_LENGTH);
        if (contactsPerCustomerPerYear != null
                && (contactsPerCustomerPerYear.isNaN()
                        || contactsPerCustomerPerYear < 0
                        || contactsPerCustomerPerYear > MAX_CONTACTS_PER_YEAR)) {
            throw new DomainException("validation.contacts.range", contactsPerCustomerPerYear, 0, MAX_CONTACTS_PER_YEAR);
        }
    }

    public static Touchpoint create(String name) {
        return new Touchpoint(UUID.randomUUID(), name, null);
    }

    public Optional<Double> contactsPerYear() {
        return Optional.ofNullable(contactsPerCustomerPerYear);
    }

    public Touchpoint withName(String newName) {
        return new Touchpoint(id, newName, contactsPerCustomerPerYear);
    }

    public Touchpoint withContactsPerCustomerPerYear(Double contacts) {
        return new Touchpoint(id, name, contacts);
    }
}
