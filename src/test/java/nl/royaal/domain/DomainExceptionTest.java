package nl.royaal.domain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DomainExceptionTest {

    @Test
    void carriesAMessageKeyAndItsArgumentsNotASentence() {
        DomainException refused = new DomainException("validation.score.range", 11, 1, 10);
        assertEquals("validation.score.range", refused.messageKey());
        assertArrayEquals(new Object[] {11, 1, 10}, refused.arguments());
        assertEquals("validation.score.range[11, 1, 10]", refused.getMessage());
    }

    @Test
    void argumentsCannotBeChangedFromOutside() {
        Object[] arguments = {"field.title"};
        DomainException refused = new DomainException("validation.text.required", arguments);
        arguments[0] = "changed";
        refused.arguments()[0] = "changed too";
        assertArrayEquals(new Object[] {"field.title"}, refused.arguments());
    }
}
