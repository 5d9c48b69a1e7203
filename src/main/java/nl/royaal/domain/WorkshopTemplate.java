package nl.royaal.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A reusable starting point for a workshop, written in every language the app speaks, so a
 * Dutch and an English workshop start from the same agenda. The default template is
 * "Royale organisatie, loyale klanten" (PRODUCT.md section 3).
 */
public record WorkshopTemplate(
        String key, Map<Language, String> titles, List<Element> elements, List<JourneyStep> touchpoints) {

    public WorkshopTemplate {
        Objects.requireNonNull(key, "key");
        titles = Map.copyOf(titles);
        elements = List.copyOf(elements);
        touchpoints = List.copyOf(touchpoints);
        requireEveryLanguage(titles, key);
        elements.forEach(element -> requireEveryLanguage(element.titles(), key));
        touchpoints.forEach(step -> requireEveryLanguage(step.names(), key));
    }

    /** An agenda element of the template. */
    public record Element(ElementKind kind, Map<Language, String> titles, int plannedMinutes, boolean pinned) {
        public Element {
            titles = Map.copyOf(titles);
        }
    }

    /** A touchpoint of the template's example journey. */
    public record JourneyStep(Map<Language, String> names, Double contactsPerCustomerPerYear) {
        public JourneyStep {
            names = Map.copyOf(names);
        }
    }

    public String title(Language language) {
        return titles.get(language);
    }

    /** A new draft workshop in the given language, with fresh identities for everything. */
    public Workshop instantiate(Language language, LocalDate date, Instant now) {
        List<AgendaElement> agenda = elements.stream()
                .map(e -> new AgendaElement(UUID.randomUUID(), e.kind(), e.titles().get(language), e.plannedMinutes(),
                        e.pinned()))
                .toList();
        List<Touchpoint> journey = touchpoints.stream()
                .map(t -> new Touchpoint(UUID.randomUUID(), t.names().get(language), t.contactsPerCustomerPerYear()))
                .toList();
        WorkshopDetails details = new WorkshopDetails(titles.get(language), "", date, "", language);
        return new Workshop(UUID.randomUUID(), details, WorkshopStatus.DRAFT, key, agenda, journey, List.of(),
                Answers.NONE, null, now, now);
    }

    private static void requireEveryLanguage(Map<Language, String> texts, String key) {
        for (Language language : Language.values()) {
            String text = texts.get(language);
            if (text == null || text.isBlank()) {
                throw new DomainException("validation.template.missingLanguage", key, language.code());
            }
        }
    }
}
