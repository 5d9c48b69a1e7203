package nl.royaal.domain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.function.Executable;

/** Asserts that input was refused with the message key (and arguments) the view will translate. */
public final class Refusals {

    private Refusals() {
    }

    public static DomainException assertRefused(String messageKey, Executable action) {
        DomainException refused = assertThrows(DomainException.class, action);
        assertEquals(messageKey, refused.messageKey(), () -> "refused for another reason: " + refused.getMessage());
        return refused;
    }

    public static DomainException assertRefused(String messageKey, Object[] arguments, Executable action) {
        DomainException refused = assertRefused(messageKey, action);
        assertArrayEquals(arguments, refused.arguments(), () -> "arguments of " + refused.getMessage());
        return refused;
    }

    /** The field a text refusal names: the first argument of {@code validation.text.*}. */
    public static void assertRefusedForField(String messageKey, String fieldKey, Executable action) {
        DomainException refused = assertRefused(messageKey, action);
        assertEquals(fieldKey, refused.arguments()[0], () -> "field of " + refused.getMessage());
    }
}
