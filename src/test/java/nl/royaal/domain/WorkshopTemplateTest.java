package nl.royaal.domain;

import static nl.royaal.domain.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class WorkshopTemplateTest {

    private static final LocalDate DATE = LocalDate.of(2026, 3, 12);
    private static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");
    private static final String KEY = "royaal-default";

    private static Map<Language, String> both(String nl, String en) {
        return Map.of(Language.NL, nl, Language.EN, en);
    }

    private static final List<WorkshopTemplate.Element> ELEMENTS = List.of(
            new WorkshopTemplate.Element(ElementKind.WELCOME, both("Welkom", "Welcome"), 10, true),
            new WorkshopTemplate.Element(ElementKind.FAN_MOMENT, both("Fanmoment", "Fan moment"), 15, false),
            new WorkshopTemplate.Element(ElementKind.CLOSING, both("Afsluiting", "Closing"), 10, true));
    private static final List<WorkshopTemplate.JourneyStep> JOURNEY = List.of(
            new WorkshopTemplate.JourneyStep(both("Website", "Website"), 4.0),
            new WorkshopTemplate.JourneyStep(both("Factuur", "Invoice"), null));

    private static WorkshopTemplate template() {
        return new WorkshopTemplate(KEY, both("Royale organisatie, loyale klanten", "Royal organisation, loyal customers"),
                ELEMENTS, JOURNEY);
    }

    @Test
    void refusesATemplateWithoutATitleInEveryLanguage() {
        assertRefused("validation.template.missingLanguage", new Object[] {KEY, "en"},
                () -> new WorkshopTemplate(KEY, Map.of(Language.NL, "Royale organisatie"), ELEMENTS, JOURNEY));
    }

    @Test
    void refusesAnElementWithoutATitleInEveryLanguage() {
        List<WorkshopTemplate.Element> dutchOnly = List.of(
                new WorkshopTemplate.Element(ElementKind.WELCOME, Map.of(Language.NL, "Welkom"), 10, true));
        assertRefused("validation.template.missingLanguage", new Object[] {KEY, "en"},
                () -> new WorkshopTemplate(KEY, both("T", "T"), dutchOnly, JOURNEY));
    }

    @Test
    void refusesAJourneyStepWithoutANameInEveryLanguage() {
        List<WorkshopTemplate.JourneyStep> englishOnly = List.of(
                new WorkshopTemplate.JourneyStep(Map.of(Language.EN, "Invoice"), null));
        assertRefused("validation.template.missingLanguage", new Object[] {KEY, "nl"},
                () -> new WorkshopTemplate(KEY, both("T", "T"), ELEMENTS, englishOnly));
    }

    @Test
    void countsABlankTranslationAsMissing() {
        assertRefused("validation.template.missingLanguage", new Object[] {KEY, "en"},
                () -> new WorkshopTemplate(KEY, both("Royale organisatie", "   "), ELEMENTS, JOURNEY));
    }

    @Test
    void keepsItsOwnCopyOfTheTitles() {
        Map<Language, String> titles = new HashMap<>(both("Titel", "Title"));
        WorkshopTemplate template = new WorkshopTemplate(KEY, titles, ELEMENTS, JOURNEY);
        titles.put(Language.EN, "Changed");
        assertEquals("Title", template.title(Language.EN));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void instantiatesADraftInTheChosenLanguage(Language language) {
        Workshop workshop = template().instantiate(language, DATE, NOW);
        assertEquals(WorkshopStatus.DRAFT, workshop.status());
        assertEquals(language, workshop.language());
        assertEquals(template().title(language), workshop.title());
        assertEquals(DATE, workshop.details().date());
        assertEquals(KEY, workshop.templateKey());
        assertTrue(workshop.participants().isEmpty());
        assertTrue(workshop.answers().isEmpty());
        assertNull(workshop.currentElementId());
        assertEquals(NOW, workshop.createdAt());
        assertEquals(NOW, workshop.updatedAt());
    }

    @Test
    void instantiatesTheAgendaAndJourneyInTheChosenLanguage() {
        Workshop workshop = template().instantiate(Language.EN, DATE, NOW);
        assertEquals(List.of("Welcome", "Fan moment", "Closing"),
                workshop.agenda().stream().map(AgendaElement::title).toList());
        assertEquals(List.of(ElementKind.WELCOME, ElementKind.FAN_MOMENT, ElementKind.CLOSING),
                workshop.agenda().stream().map(AgendaElement::kind).toList());
        assertEquals(List.of(10, 15, 10), workshop.agenda().stream().map(AgendaElement::plannedMinutes).toList());
        assertEquals(List.of(true, false, true), workshop.agenda().stream().map(AgendaElement::pinned).toList());
        assertEquals(List.of("Website", "Invoice"), workshop.touchpoints().stream().map(Touchpoint::name).toList());
        assertEquals(4.0, workshop.touchpoints().getFirst().contactsPerCustomerPerYear());
        assertNull(workshop.touchpoints().getLast().contactsPerCustomerPerYear());
    }

    @Test
    void givesEveryInstanceFreshIds() {
        WorkshopTemplate template = template();
        Workshop first = template.instantiate(Language.NL, DATE, NOW);
        Workshop second = template.instantiate(Language.NL, DATE, NOW);
        assertNotEquals(first.id(), second.id());
        Set<UUID> firstIds = new HashSet<>();
        first.agenda().forEach(e -> firstIds.add(e.id()));
        first.touchpoints().forEach(t -> firstIds.add(t.id()));
        second.agenda().forEach(e -> assertFalse(firstIds.contains(e.id()), "reused id of " + e.title()));
        second.touchpoints().forEach(t -> assertFalse(firstIds.contains(t.id()), "reused id of " + t.name()));
    }
}
