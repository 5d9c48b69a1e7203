package nl.royaal.domain;

import static nl.royaal.domain.Refusals.assertRefused;
import static nl.royaal.domain.Refusals.assertRefusedForField;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AgendaElementTest {

    private static AgendaElement fanMoment(int minutes) {
        return new AgendaElement(UUID.randomUUID(), ElementKind.FAN_MOMENT, "Fanmoment", minutes, false);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 45, AgendaElement.MAX_PLANNED_MINUTES})
    void acceptsPlannedMinutesFromZeroToAWorkingDay(int minutes) {
        assertEquals(minutes, fanMoment(minutes).plannedMinutes());
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, AgendaElement.MAX_PLANNED_MINUTES + 1, Integer.MIN_VALUE, Integer.MAX_VALUE})
    void refusesPlannedMinutesOutsideZeroToAWorkingDay(int minutes) {
        assertRefused("validation.minutes.range", new Object[] {minutes, 0, AgendaElement.MAX_PLANNED_MINUTES},
                () -> fanMoment(minutes));
    }

    @Test
    void refusesEmptyTitle() {
        assertRefusedForField("validation.text.required", "field.elementTitle",
                () -> AgendaElement.create(ElementKind.CUSTOM, "  ", 10));
    }

    @Test
    void acceptsTitleThatFitsOneProjectorLine() {
        assertEquals(120, AgendaElement.create(ElementKind.CUSTOM, "t".repeat(120), 10).title().length());
    }

    @Test
    void refusesTitleLongerThanOneProjectorLine() {
        assertRefused("validation.text.tooLong", new Object[] {"field.elementTitle", 120, 121},
                () -> AgendaElement.create(ElementKind.CUSTOM, "t".repeat(121), 10));
    }

    @Test
    void storesTitleTrimmedOnOneLine() {
        assertEquals("Peak end", AgendaElement.create(ElementKind.PEAK_END, " Peak\nend ", 20).title());
    }

    @Test
    void requiresIdAndKind() {
        assertThrows(NullPointerException.class, () -> new AgendaElement(null, ElementKind.CUSTOM, "x", 1, false));
        assertThrows(NullPointerException.class, () -> new AgendaElement(UUID.randomUUID(), null, "x", 1, false));
    }

    @Test
    void createdElementsHaveFreshIdsAndAreNotPinned() {
        AgendaElement first = AgendaElement.create(ElementKind.BREAK, "Pauze", 15);
        AgendaElement second = AgendaElement.create(ElementKind.BREAK, "Pauze", 15);
        assertNotEquals(first.id(), second.id());
        assertFalse(first.pinned());
    }

    @Test
    void changesKeepTheIdentityAndTheOtherFields() {
        AgendaElement original = AgendaElement.create(ElementKind.WELCOME, "Welkom", 10);
        AgendaElement changed = original.withTitle("Welkom allemaal").withPlannedMinutes(5).withPinned(true)
                .withKind(ElementKind.CUSTOM);
        assertEquals(new AgendaElement(original.id(), ElementKind.CUSTOM, "Welkom allemaal", 5, true), changed);
        assertTrue(changed.pinned());
    }

    @Test
    void changesAreValidatedLikeANewElement() {
        AgendaElement element = AgendaElement.create(ElementKind.WELCOME, "Welkom", 10);
        assertRefused("validation.minutes.range", () -> element.withPlannedMinutes(-5));
        assertRefused("validation.text.required", () -> element.withTitle(""));
    }
}
