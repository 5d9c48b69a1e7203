package nl.royaal.domain;

import static nl.royaal.domain.Refusals.assertRefused;
import static nl.royaal.domain.Refusals.assertRefusedForField;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TouchpointTest {

    private static Touchpoint invoice(Double contacts) {
        return new Touchpoint(UUID.randomUUID(), "Factuur", contacts);
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, 0.1625, 1, 12, Touchpoint.MAX_CONTACTS_PER_YEAR})
    void acceptsContactsFromNoneToDaily(double contacts) {
        assertEquals(Optional.of(contacts), invoice(contacts).contactsPerYear());
    }

    @ParameterizedTest
    @ValueSource(doubles = {-0.01, -1, 365.01, 1000, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    void refusesContactsOutsideNoneToDaily(double contacts) {
        assertRefused("validation.contacts.range", new Object[] {contacts, 0, Touchpoint.MAX_CONTACTS_PER_YEAR},
                () -> invoice(contacts));
    }

    @Test
    void refusesContactsThatAreNotANumber() {
        assertRefused("validation.contacts.range", () -> invoice(Double.NaN));
    }

    @Test
    void allowsUnknownContacts() {
        Touchpoint touchpoint = invoice(null);
        assertNull(touchpoint.contactsPerCustomerPerYear());
        assertTrue(touchpoint.contactsPerYear().isEmpty());
    }

    @Test
    void createdTouchpointsHaveFreshIdsAndUnknownContacts() {
        Touchpoint website = Touchpoint.create("Website");
        assertNotEquals(website.id(), Touchpoint.create("Website").id());
        assertTrue(website.contactsPerYear().isEmpty());
    }

    @Test
    void refusesEmptyName() {
        assertRefusedForField("validation.text.required", "field.touchpointName", () -> Touchpoint.create(" \n "));
    }

    @Test
    void refusesNameLongerThanOneProjectorLine() {
        assertRefused("validation.text.tooLong", new Object[] {"field.touchpointName", 120, 121},
                () -> Touchpoint.create("n".repeat(121)));
    }

    @Test
    void storesNameTrimmed() {
        assertEquals("Eerste telefoontje", Touchpoint.create("  Eerste telefoontje ").name());
    }

    @Test
    void requiresAnId() {
        assertThrows(NullPointerException.class, () -> new Touchpoint(null, "Offerte", null));
    }

    @Test
    void changesKeepTheIdentityAndCanForgetTheContacts() {
        Touchpoint original = invoice(12.0);
        Touchpoint renamed = original.withName("Herinnering");
        assertEquals(original.id(), renamed.id());
        assertEquals(Optional.of(12.0), renamed.contactsPerYear());
        assertTrue(renamed.withContactsPerCustomerPerYear(null).contactsPerYear().isEmpty());
        assertRefused("validation.contacts.range", () -> renamed.withContactsPerCustomerPerYear(-1.0));
    }
}
