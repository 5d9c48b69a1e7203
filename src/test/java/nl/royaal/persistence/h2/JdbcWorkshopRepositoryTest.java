package nl.royaal.persistence.h2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.royaal.domain.AgendaElement;
import nl.royaal.domain.DomainException;
import nl.royaal.domain.ElementKind;
import nl.royaal.domain.Language;
import nl.royaal.domain.Participant;
import nl.royaal.domain.Touchpoint;
import nl.royaal.domain.Workshop;
import nl.royaal.domain.WorkshopDetails;
import nl.royaal.domain.WorkshopStatus;
import nl.royaal.domain.WorkshopSummary;
import nl.royaal.persistence.WorkshopRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdbcWorkshopRepositoryTest {

    @TempDir
    Path dataDirectory;

    private final SteppingClock clock = new SteppingClock(Instant.parse("2026-04-01T08:00:00Z"));
    private Database database;
    private WorkshopRepository workshops;

    @BeforeEach
    void open() {
        database = Database.open(dataDirectory, clock);
        workshops = database.workshops();
    }

    @AfterEach
    void close() {
        database.close();
    }

    private void reopen() {
        database.close();
        open();
    }

    @Test
    void aFullWorkshopWithEveryKindOfAnswerComesBackExactlyAsStored() {
        Workshop live = SampleWorkshops.live();

        workshops.insert(live);

        assertEquals(live, workshops.find(live.id()).orElseThrow());
    }

    @Test
    void aStoredWorkshopIsTheSameAfterClosingAndReopeningTheDatabase() {
        Workshop live = SampleWorkshops.live();
        workshops.insert(live);

        reopen();

        assertEquals(live, workshops.find(live.id()).orElseThrow());
    }

    @Test
    void instantsKeepTheirNanoseconds() {
        Workshop draft = SampleWorkshops.draft("Nanoseconden", "");
        Instant precise = Instant.parse("2026-03-12T09:00:00.987654321Z");
        Workshop stamped = new Workshop(draft.id(), draft.details(), draft.status(), draft.templateKey(),
                draft.agenda(), draft.touchpoints(), draft.participants(), draft.answers(), null, precise, precise);

        workshops.insert(stamped);

        assertEquals(precise, workshops.find(draft.id()).orElseThrow().updatedAt());
    }

    @Test
    void anUnknownWorkshopIsNotFound() {
        UUID unknown = UUID.randomUUID();

        assertEquals(Optional.empty(), workshops.find(unknown));
        assertFalse(workshops.exists(unknown));
    }

    @Test
    void listShowsTheMostRecentlyChangedWorkshopFirst() {
        Workshop older = SampleWorkshops.draft("Eerste", "");
        Workshop newer = SampleWorkshops.draft("Tweede", "");
        workshops.insert(older);
        workshops.insert(newer);

        workshops.updateStatus(older.id(), WorkshopStatus.LIVE);

        assertEquals(List.of(older.id(), newer.id()), workshops.list().stream().map(WorkshopSummary::id).toList());
    }

    @Test
    void listCountsTheParticipantsThatAreStored() {
        Workshop live = SampleWorkshops.live();
        workshops.insert(live);
        workshops.addParticipant(live.id(), SampleWorkshops.participant("Laatkomer", 500));

        WorkshopSummary summary = workshops.list().getFirst();

        assertEquals(live.participants().size() + 1, summary.participantCount());
    }

    @Test
    void listSummaryCarriesWhatTheSearchBoxAndTheListShow() {
        Workshop live = SampleWorkshops.live();
        workshops.insert(live);

        WorkshopSummary summary = workshops.list().getFirst();

        assertEquals(new WorkshopSummary(live.id(), live.title(), live.details().clientOrganisation(),
                live.details().date(), WorkshopStatus.LIVE, 3, live.updatedAt()), summary);
        assertTrue(summary.matches("bakkerij één"));
        assertTrue(summary.matches("LOYALE"));
        assertFalse(summary.matches("slagerij"));
    }

    @Test
    void detailsStatusAndCurrentElementSurviveClosingAndReopening() {
        Workshop draft = SampleWorkshops.draft("Voorbereiding", "");
        workshops.insert(draft);
        WorkshopDetails renamed = new WorkshopDetails("Klantreis in de praktijk", "Gemeente Utrecht",
                LocalDate.of(2026, 5, 20), "Piet Jansen", Language.EN);
        UUID scoring = draft.agenda().get(1).id();

        workshops.updateDetails(draft.id(), renamed);
        workshops.updateStatus(draft.id(), WorkshopStatus.LIVE);
        workshops.setCurrentElement(draft.id(), scoring);
        reopen();

        Workshop stored = workshops.find(draft.id()).orElseThrow();
        assertEquals(renamed, stored.details());
        assertEquals(WorkshopStatus.LIVE, stored.status());
        assertEquals(scoring, stored.currentElementId());
    }

    @Test
    void everyWriteMarksTheWorkshopAsChanged() {
        Workshop draft = SampleWorkshops.draft("Tijdstempel", "");
        workshops.insert(draft);

        workshops.setCurrentElement(draft.id(), draft.agenda().getFirst().id());

        assertEquals(clock.lastReading(), workshops.find(draft.id()).orElseThrow().updatedAt());
    }

    @Test
    void currentElementCanBeClearedToBeforeTheStart() {
        Workshop live = SampleWorkshops.live();
        workshops.insert(live);

        workshops.setCurrentElement(live.id(), null);

        assertNull(workshops.find(live.id()).orElseThrow().currentElementId());
    }

    @Test
    void currentElementMustBelongToTheWorkshop() {
        Workshop first = SampleWorkshops.draft("Eerste", "");
        Workshop second = SampleWorkshops.draft("Tweede", "");
        workshops.insert(first);
        workshops.insert(second);

        assertThrows(DomainException.class,
                () -> workshops.setCurrentElement(first.id(), second.agenda().getFirst().id()));
        assertNull(workshops.find(first.id()).orElseThrow().currentElementId());
    }

    @Test
    void replaceAgendaStoresTheNewOrderEditsAndAdditions() {
        Workshop draft = SampleWorkshops.draft("Agenda", "");
        workshops.insert(draft);
        List<AgendaElement> old = draft.agenda();
        AgendaElement added = AgendaElement.create(ElementKind.BREAK, "Koffie", 15);
        List<AgendaElement> reordered = List.of(old.get(0), added, old.get(2).withTitle("Afsluiting op een piek"),
                old.get(1).withPlannedMinutes(45));

        workshops.replaceAgenda(draft.id(), reordered);
        reopen();

        assertEquals(reordered, workshops.find(draft.id()).orElseThrow().agenda());
    }

    @Test
    void replaceAgendaDeletesMissingElementsWithTheAnswersGivenInThem() {
        Workshop live = SampleWorkshops.live();
        workshops.insert(live);
        AgendaElement fanMoment = live.agenda().get(1);
        List<AgendaElement> withoutFanMoment = live.agenda().stream().filter(e -> !e.equals(fanMoment)).toList();

        workshops.replaceAgenda(live.id(), withoutFanMoment);

        Workshop stored = workshops.find(live.id()).orElseThrow();
        assertEquals(withoutFanMoment, stored.agenda());
        assertEquals(0, stored.answerCountForElement(fanMoment.id()));
        assertEquals(live.answers().texts().size() - 2, stored.answers().texts().size());
        assertEquals(live.answers().ratings().size() - 1, stored.answers().ratings().size());
        assertEquals(live.answers().scores(), stored.answers().scores(), "answers about other things stay");
    }

    @Test
    void deletingAProposalsElementAlsoDeletesTheVotesOnIt() {
        Workshop live = SampleWorkshops.live();
        workshops.insert(live);
        AgendaElement dreamService = live.agenda().get(3);

        workshops.replaceAgenda(live.id(), live.agenda().stream().filter(e -> !e.equals(dreamService)).toList());

        assertTrue(workshops.find(live.id()).orElseThrow().answers().votes().isEmpty());
    }

    @Test
    void deletingTheCurrentElementReturnsTheWorkshopToBeforeTheStart() {
        Workshop live = SampleWorkshops.live();
        workshops.insert(live);

        workshops.replaceAgenda(live.id(),
                live.agenda().stream().filter(e -> !e.id().equals(live.currentElementId())).toList());

        assertNull(workshops.find(live.id()).orElseThrow().currentElementId());
    }

    @Test
    void aRefusedAgendaChangeLeavesTheStoredAgendaAsItWas() {
        Workshop first = SampleWorkshops.live();
        Workshop second = SampleWorkshops.draft("Ander", "");
        workshops.insert(first);
        workshops.insert(second);
        // Drops most elements (a delete that must be rolled back) and borrows another workshop's element.
        List<AgendaElement> borrowing = List.of(first.agenda().getFirst(), second.agenda().getFirst());

        assertThrows(DomainException.class, () -> workshops.replaceAgenda(first.id(), borrowing));

        assertEquals(first, workshops.find(first.id()).orElseThrow());
        assertEquals(second, workshops.find(second.id()).orElseThrow());
    }

    @Test
    void replaceAgendaRefusesTheSameElementTwice() {
        Workshop draft = SampleWorkshops.draft("Dubbel", "");
        workshops.insert(draft);
        AgendaElement welcome = draft.agenda().getFirst();

        assertThrows(DomainException.class, () -> workshops.replaceAgenda(draft.id(), List.of(welcome, welcome)));
    }

    @Test
    void replaceTouchpointsStoresTheNewJourney() {
        Workshop draft = SampleWorkshops.draft("Klantreis", "");
        workshops.insert(draft);
        List<Touchpoint> journey = List.of(Touchpoint.create("Klacht").withContactsPerCustomerPerYear(0.1),
                draft.touchpoints().get(1).withName("Factuur per mail"), draft.touchpoints().get(0));

        workshops.replaceTouchpoints(draft.id(), journey);
        reopen();

        assertEquals(journey, workshops.find(draft.id()).orElseThrow().touchpoints());
    }

    @Test
    void deletingATouchpointDeletesItsScoresAndKeepsTheOthers() {
        Workshop live = SampleWorkshops.live();
        workshops.insert(live);
        Touchpoint quote = live.touchpoints().get(2);

        workshops.replaceTouchpoints(live.id(), live.touchpoints().stream().filter(t -> !t.equals(quote)).toList());

        Workshop stored = workshops.find(live.id()).orElseThrow();
        assertEquals(0, stored.answerCountForTouchpoint(quote.id()));
        assertEquals(live.answers().scores().stream().filter(s -> !s.touchpointId().equals(quote.id())).toList(),
                stored.answers().scores());
        assertEquals(0, Rows.count(database,
                "SELECT COUNT(*) FROM touchpoint_score WHERE touchpoint_id = ?", quote.id()));
    }

    @Test
    void participantsComeBackInTheOrderTheyJoined() {
        Workshop draft = SampleWorkshops.draft("Binnenkomst", "");
        workshops.insert(draft);
        // Join order, not name or time: the kiosk's clock may differ from the phones'.
        List<Participant> arrivals = List.of(SampleWorkshops.participant("Zoë", 30),
                SampleWorkshops.participant("Anna", 10), SampleWorkshops.participant("", 20));

        arrivals.forEach(participant -> workshops.addParticipant(draft.id(), participant));

        assertEquals(arrivals, workshops.find(draft.id()).orElseThrow().participants());
    }

    @Test
    void aParticipantCannotJoinTwice() {
        Workshop draft = SampleWorkshops.draft("Dubbel", "");
        workshops.insert(draft);
        Participant anna = SampleWorkshops.participant("Anna", 1);
        workshops.addParticipant(draft.id(), anna);

        assertThrows(DomainException.class, () -> workshops.addParticipant(draft.id(), anna));
        assertEquals(1, workshops.list().getFirst().participantCount());
    }

    @Test
    void insertingAWorkshopThatIsAlreadyStoredIsRefusedAndChangesNothing() {
        Workshop live = SampleWorkshops.live();
        workshops.insert(live);
        Workshop sameIdOtherContent = new Workshop(live.id(), live.details().withTitle("Overschreven"), live.status(),
                live.templateKey(), List.of(), List.of(), List.of(), null, null, live.createdAt(), live.updatedAt());

        assertThrows(DomainException.class, () -> workshops.insert(sameIdOtherContent));
        assertEquals(live, workshops.find(live.id()).orElseThrow());
    }

    @Test
    void writesToAWorkshopThatIsNotStoredAreRefused() {
        UUID unknown = UUID.randomUUID();

        assertThrows(DomainException.class, () -> workshops.updateStatus(unknown, WorkshopStatus.CLOSED));
        assertThrows(DomainException.class, () -> workshops.replaceAgenda(unknown, List.of()));
        assertThrows(DomainException.class,
                () -> workshops.addParticipant(unknown, SampleWorkshops.participant("Anna", 1)));
        assertTrue(workshops.list().isEmpty());
    }

    @Test
    void deletingAWorkshopDeletesEverythingInItAndNothingElse() {
        Workshop live = SampleWorkshops.live();
        Workshop other = SampleWorkshops.draft("Blijft", "");
        workshops.insert(live);
        workshops.insert(other);

        workshops.delete(live.id());

        assertFalse(workshops.exists(live.id()));
        assertEquals(other, workshops.find(other.id()).orElseThrow());
        for (String table : List.of("participant", "touchpoint_score", "text_answer", "dot_vote", "element_rating",
                "self_image_score")) {
            assertEquals(0, Rows.count(database, "SELECT COUNT(*) FROM " + table), table);
        }
    }
}
