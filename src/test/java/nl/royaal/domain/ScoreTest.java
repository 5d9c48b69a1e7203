package nl.royaal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScoreTest {

    @Test
    void acceptsEveryWholeGradeFromOneToTen() {
        for (int grade = 1; grade <= 10; grade++) {
            assertEquals(grade, Score.of(grade).value());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "11", "7.5", "7,5", "zeven", "", " ", "-3", "100"})
    void refusesWhatIsNotAWholeGradeFromOneToTen(String typed) {
        DomainException refused = assertThrows(DomainException.class, () -> Score.parse(typed));
        assertEquals(true, refused.messageKey().startsWith("validation.score."));
    }

    @Test
    void readsTypedGradeWithSurroundingSpaces() {
        assertEquals(8, Score.parse(" 8 ").value());
    }
}
