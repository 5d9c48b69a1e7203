package nl.royaal.testing.phones;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.royaal.domain.AgendaElement;
import nl.royaal.domain.Answers;
import nl.royaal.domain.ElementKind;
import nl.royaal.domain.Language;
import nl.royaal.domain.Touchpoint;
import nl.royaal.domain.Workshop;
import nl.royaal.domain.WorkshopDetails;
import nl.royaal.domain.WorkshopStatus;

/** A live workshop with one element of every kind that has a round, a break, and three touchpoints. */
public final class LiveWorkshops {

    public static final Instant START = Instant.parse("2026-03-12T09:00:00Z");

    private LiveWorkshops() {
    }

    public static Workshop workshop(Language language) {
        List<AgendaElement> agenda = List.of(
                new AgendaElement(UUID.randomUUID(), ElementKind.WELCOME, "Welkom", 10, true),
                new AgendaElement(UUID.randomUUID(), ElementKind.FAN_MOMENT, "Fanmoment", 15, false),
                new AgendaElement(UUID.randomUUID(), ElementKind.SELF_IMAGE, "Zelfbeeld", 10, false),
                new AgendaElement(UUID.randomUUID(), ElementKind.DREAM_SERVICE, "Droomservice", 40, false),
                new AgendaElement(UUID.randomUUID(), ElementKind.SCORING, "Verwachting en beleving", 30, false),
                new AgendaElement(UUID.randomUUID(), ElementKind.BREAK, "Pauze", 15, false),
                new AgendaElement(UUID.randomUUID(), ElementKind.PLEDGE, "E\u00e9n fan per dag", 15, false),
                new AgendaElement(UUID.randomUUID(), ElementKind.CLOSING, "Afsluiting", 10, true));
        List<Touchpoint> touchpoints = List.of(
                new Touchpoint(UUID.randomUUID(), "Website", null),
                new Touchpoint(UUID.randomUUID(), "Eerste telefoontje", 1.5),
                new Touchpoint(UUID.randomUUID(), "Factuur", 12.0));
        WorkshopDetails details = new WorkshopDetails("Royale organisatie, loyale klanten", "Bakkerij De Korf",
                LocalDate.of(2026, 3, 12), "Anne de Vries", language);
        return new Workshop(UUID.randomUUID(), details, WorkshopStatus.LIVE, "royaal-default", agenda, touchpoints,
                List.of(), Answers.NONE, null, START, START);
    }

    public static Workshop workshop() {
        return workshop(Language.NL);
    }
}
