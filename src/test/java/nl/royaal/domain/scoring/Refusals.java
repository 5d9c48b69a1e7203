package nl.royaal.domain.scoring;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import nl.royaal.domain.DomainException;
import org.junit.jupiter.api.function.Executable;

/** Asserts that input was refused with the message key (and arguments) the screen will translate. */
final class Refusals {

    private Refusals() {
    }

    static DomainException assertRefused(String messageKey, Executable action) {
        DomainException refused = assertThrows(DomainException.class, action);
        assertEquals(messageKey, refused.messageKey(), () -> "refused for another reason: " + refused.getMessage());
        return refused;
    }

    static DomainException assertRefused(String messageKey, Object[] arguments, Executable action) {
        DomainException refused = assertRefused(messageKey, action);
        assertArrayEquals(arguments, refused.arguments(), () -> "arguments of " + refused.getMessage());
        return refused;
    }
}
