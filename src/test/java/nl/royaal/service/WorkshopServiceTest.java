package nl.royaal.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.royaal.domain.AgendaElement;
import nl.royaal.domain.Answers;
import nl.royaal.domain.DomainException;
import nl.royaal.domain.ElementKind;
import nl.royaal.domain.ElementRating;
import nl.royaal.domain.JoinChannel;
import nl.royaal.domain.Language;
import nl.royaal.domain.Participant;
import nl.royaal.domain.Score;
import nl.royaal.domain.ScoreDimension;
import nl.royaal.domain.TouchpointScore;
import nl.royaal.domain.Workshop;
import nl.royaal.domain.WorkshopDetails;
import nl.royaal.domain.WorkshopStatus;
import nl.royaal.domain.WorkshopTemplate;
import nl.royaal.persistence.StorageException;
import nl.royaal.testing.InMemoryWorkshopRepository;
import nl.royaal.testing.TestTemplates;
import org.junit.jupiter.api.Test;

class WorkshopServiceTest {

    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

    private final InMemoryWorkshopRepository repository = new InMemoryWorkshopRepository();
    private final WorkshopService service =
            new WorkshopService(repository, repository, Clock.fixed(NOW, ZoneId.of("Europe/Amsterdam")));

    private static WorkshopTemplate template() {
        return TestTemplates.small();
    }

    @Test
    void createsAWorkshopFromTheTemplateInTheChosenLanguageAndStoresIt() {
        Workshop created = service.createFromTemplate(template(), Language.EN);

        assertEquals("Royal organisation, loyal customers", created.title());
        assertEquals(LocalDate.of(2026, 11, 23), created.details().date());
        assertEquals(List.of("Welcome", "Fan moment", "Closing"), created.agenda().stream().map(AgendaElement::title).toList());
        assertEquals(created, repository.stored(created.id()));
    }

    @Test
    void openingRemembersTheWorkshopForTheNextStart() {
        Workshop created = service.createFromTemplate(template(), Language.NL);
        service.open(created.id());
        assertEquals(Optional.of(created.id()), service.lastOpen().map(Workshop::id));
        service.close();
        assertEquals(Optional.empty(), service.lastOpen());
    }

    @Test
    void refusesAnEmptyTitleAndStoresNothing() {
        Workshop created = service.createFromTemplate(template(), Language.NL);
        int writesBefore = repository.writes();
        assertThrows(DomainException.class, () -> service.updateDetails(created, created.details().withTitle("   ")));
        assertEquals(writesBefore, repository.writes());
        assertEquals(created.title(), repository.stored(created.id()).title());
    }

    @Test
    void aFullDiskLeavesTheStoredWorkshopAsItWas() {
        Workshop created = service.createFromTemplate(template(), Language.NL);
        repository.failNextWrite(StorageException.Reason.DISK_FULL);
        WorkshopDetails renamed = created.details().withTitle("Nieuwe titel");

        StorageException failure = assertThrows(StorageException.class, () -> service.updateDetails(created, renamed));

        assertEquals(StorageException.Reason.DISK_FULL, failure.reason());
        assertEquals(created, repository.stored(created.id()));
    }

    @Test
    void movesAgendaElementsAndStoresTheNewOrder() {
        Workshop created = service.createFromTemplate(template(), Language.NL);
        Workshop moved = service.moveElement(created, 2, 0);
        assertEquals(List.of("Afsluiten", "Welkom", "Fanmoment"), titles(moved));
        assertEquals(titles(moved), titles(repository.stored(created.id())));
    }

    @Test
    void addsUpdatesAndRemovesElementsAndTouchpoints() {
        Workshop workshop = service.createFromTemplate(template(), Language.NL);
        workshop = service.addElement(workshop, ElementKind.BREAK, "Pauze", 15);
        AgendaElement pause = workshop.agenda().getLast();
        workshop = service.updateElement(workshop, pause.withPlannedMinutes(20).withPinned(true));
        assertEquals(20, repository.stored(workshop.id()).agenda().getLast().plannedMinutes());
        workshop = service.removeElement(workshop, pause.id());
        assertEquals(3, repository.stored(workshop.id()).agenda().size());

        workshop = service.addTouchpoint(workshop, "Klacht");
        workshop = service.updateTouchpoint(workshop, workshop.touchpoints().getLast().withContactsPerCustomerPerYear(0.2));
        assertEquals(0.2, repository.stored(workshop.id()).touchpoints().getLast().contactsPerCustomerPerYear());
        workshop = service.moveTouchpoint(workshop, 2, 0);
        assertEquals("Klacht", repository.stored(workshop.id()).touchpoints().getFirst().name());
    }

    @Test
    void removingAScoredTouchpointRemovesItsScoresToo() {
        Workshop workshop = withAnswers(service.createFromTemplate(template(), Language.NL));
        UUID website = workshop.touchpoints().getFirst().id();
        assertEquals(1, workshop.answerCountForTouchpoint(website));

        Workshop after = service.removeTouchpoint(workshop, website);

        assertEquals(0, after.answers().scores().size());
        assertEquals(after.answers(), repository.stored(workshop.id()).answers());
        assertEquals(after.touchpoints(), repository.stored(workshop.id()).touchpoints());
    }

    @Test
    void removingAnElementRemovesTheRatingsGivenForIt() {
        Workshop workshop = withAnswers(service.createFromTemplate(template(), Language.NL));
        UUID welcome = workshop.agenda().getFirst().id();
        Workshop after = service.removeElement(workshop, welcome);
        assertEquals(0, after.answers().ratings().size());
        assertEquals(1, after.answers().scores().size());
    }

    @Test
    void duplicateIsAFreshDraftWithoutAnswersAndATitleThatFits() {
        Workshop original = withAnswers(service.createFromTemplate(template(), Language.NL));
        original = service.updateDetails(original, original.details().withTitle("x".repeat(200)));
        original = service.setStatus(original, WorkshopStatus.CLOSED);

        Workshop copy = service.duplicate(original.id(), title -> "Kopie van " + title);

        assertNotEquals(original.id(), copy.id());
        assertEquals(WorkshopStatus.DRAFT, copy.status());
        assertTrue(copy.answers().isEmpty());
        assertTrue(copy.title().startsWith("Kopie van xxx"));
        assertEquals(200, copy.title().codePointCount(0, copy.title().length()));
        assertEquals(2, service.list().size());
    }

    @Test
    void deletingTheLastOpenWorkshopForgetsIt() {
        Workshop created = service.createFromTemplate(template(), Language.NL);
        service.open(created.id());
        service.delete(created.id());
        assertEquals(Optional.empty(), service.lastOpen());
        assertTrue(service.list().isEmpty());
    }

    @Test
    void goingToAnElementIsRememberedForTheRestart() {
        Workshop created = service.createFromTemplate(template(), Language.NL);
        UUID fanMoment = created.agenda().get(1).id();
        service.goToElement(created, fanMoment);
        assertEquals(1, repository.stored(created.id()).currentElementIndex());
    }

    @Test
    void openingAWorkshopThatIsGoneSaysSo() {
        DomainException gone = assertThrows(DomainException.class, () -> service.open(UUID.randomUUID()));
        assertEquals("workshop.error.notFound", gone.messageKey());
        assertFalse(service.lastOpen().isPresent());
    }

    private Workshop withAnswers(Workshop workshop) {
        Participant anna = new Participant(UUID.randomUUID(), "Anna", JoinChannel.PHONE, NOW);
        Answers answers = new Answers(
                List.of(new TouchpointScore(anna.id(), workshop.touchpoints().getFirst().id(), ScoreDimension.EXPERIENCE,
                        Score.of(7), NOW)),
                List.of(), List.of(),
                List.of(new ElementRating(anna.id(), workshop.agenda().getFirst().id(), Score.of(9), NOW)),
                List.of());
        Workshop answered = new Workshop(workshop.id(), workshop.details(), workshop.status(), workshop.templateKey(),
                workshop.agenda(), workshop.touchpoints(), List.of(anna), answers, null, workshop.createdAt(), NOW);
        repository.delete(workshop.id());
        repository.insert(answered);
        return answered;
    }

    private static List<String> titles(Workshop workshop) {
        return workshop.agenda().stream().map(AgendaElement::title).toList();
    }
}
