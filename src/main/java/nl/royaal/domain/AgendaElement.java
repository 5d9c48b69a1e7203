package nl.royaal.domain;

import java.util.Objects;
import java.util.UUID;

/**
 * One item of the workshop's agenda.
 *
 * @param pinned kept at its position when the peak-end sequencer suggests a new order
 *               (the welcome stays first, the closing stays last)
 */
public record AgendaElement(UUID id, ElementKind kind, String title, int plannedMinutes, boolean pinned) {

    public static final int MAX_PLANNED_MINUTES = 480;

    public AgendaElement {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        title = TextRules.required(title, "field.elementTitle", TextRules.MAX_LABEL_LENGTH);
        if (plannedMinutes < 0 || plannedMinutes > MAX_PLANNED_MINUTES) {
            throw new DomainException("validation.minutes.range", plannedMinutes, 0, MAX_PLANNED_MINUTES);
        }
    }

    public static AgendaElement create(ElementKind kind, String title, int plannedMinutes) {
        return new AgendaElement(UUID.randomUUID(), kind, title, plannedMinutes, false);
    }

    public AgendaElement withTitle(String newTitle) {
        return new AgendaElement(id, kind, newTitle, plannedMinutes, pinned);
    }

    public AgendaElement withPlannedMinutes(int minutes) {
        return new AgendaElement(id, kind, title, minutes, pinned);
    }

    public AgendaElement withPinned(boolean newPinned) {
        return new AgendaElement(id, kind, title, plannedMinutes, newPinned);
    }

    public AgendaElement withKind(ElementKind newKind) {
        return new AgendaElement(id, newKind, title, plannedMinutes, pinned);
    }
}
