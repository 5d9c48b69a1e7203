package nl.royaal.service.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.Optional;
import java.util.UUID;
import nl.royaal.domain.ElementKind;
import nl.royaal.domain.Language;
import nl.royaal.domain.RoundStatus;
import nl.royaal.domain.VisionField;
import nl.royaal.domain.Workshop;
import nl.royaal.domain.WorkshopStatus;
import nl.royaal.persistence.h2.Database;
import nl.royaal.service.WorkshopService;
import nl.royaal.testing.TestTemplates;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The live run against a real database file, with a clock the test moves by hand. */
class LiveRunTest {

    @TempDir
    Path data;

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-23T09:00:00Z"));
    private Database database;
    private WorkshopService workshops;
    private Workshop workshop;

    @BeforeEach
    void open() {
        database = Database.open(data);
        workshops = new WorkshopService(database.workshops(), database.appState(), clock);
        workshop = workshops.createFromTemplate(TestTemplates.small(), Language.NL);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private LiveRun start() {
        Workshop stored = database.workshops().find(workshop.id()).orElseThrow();
        return LiveRun.start(stored, workshops, database.workshops(), database.liveState(), clock);
    }

    @Test
    void startingGoesLiveOnTheFirstElementWithItsClockRunning() {
        LiveRun run = start();
        assertEquals(WorkshopStatus.LIVE, run.workshop().status());
        assertEquals(0, run.currentIndex());
        clock.advance(Duration.ofMinutes(3));
        assertEquals(Duration.ofMinutes(3), run.currentState().orElseThrow().elapsedAt(clock.instant()));
        assertTrue(run.current().isPresent());
    }

    @Test
    void eachElementKeepsItsOwnClock() {
        LiveRun run = start();
        clock.advance(Duration.ofMinutes(4));
        run.next();
        clock.advance(Duration.ofMinutes(10));
        run.previous();
        clock.advance(Duration.ofMinutes(1));

        Instant now = clock.instant();
        assertEquals(Duration.ofMinutes(5), run.state(workshop.agenda().get(0).id()).elapsedAt(now));
        assertEquals(Duration.ofMinutes(10), run.state(workshop.agenda().get(1).id()).elapsedAt(now));
        assertEquals(Duration.ofMinutes(15), run.totalElapsed());
    }

    @Test
    void timerCanBePausedAndContinued() {
        LiveRun run = start();
        clock.advance(Duration.ofMinutes(2));
        run.toggleTimer();
        clock.advance(Duration.ofMinutes(30));
        run.toggleTimer();
        clock.advance(Duration.ofMinutes(1));
        assertEquals(Duration.ofMinutes(3), run.currentState().orElseThrow().elapsedAt(clock.instant()));
    }

    @Test
    void roundRevealAndNotesSurviveARestartAtTheSameElement() {
        LiveRun run = start();
        run.next();
        run.openRound();
        run.toggleReveal();
        run.setNotes("Anekdote over de bakker\nniet vergeten");
        clock.advance(Duration.ofMinutes(7));
        run.pause();

        database.close();
        database = Database.open(data);
        workshops = new WorkshopService(database.workshops(), database.appState(), clock);
        clock.advance(Duration.ofHours(12));
        LiveRun resumed = start();

        assertEquals(1, resumed.currentIndex());
        LiveSnapshot snapshot = resumed.current().orElseThrow();
        assertEquals(RoundStatus.OPEN, snapshot.roundStatus());
        assertTrue(snapshot.revealed());
        assertEquals("Anekdote over de bakker\nniet vergeten", resumed.currentState().orElseThrow().notes());
        assertEquals(Duration.ofMinutes(7), resumed.currentState().orElseThrow().elapsedAt(clock.instant()),
                "the night in between does not count");
    }

    @Test
    void votingAndTheHighlightedTextSurviveARestart() {
        workshop = workshops.addElement(workshop, ElementKind.DREAM_SERVICE, "Droomservice", 30);
        LiveRun run = start();
        run.goTo(workshop.agenda().size() - 1);
        run.openRound();
        run.setVoting(true);
        UUID text = UUID.randomUUID();
        run.highlight(text);
        assertTrue(run.current().orElseThrow().voting(), "phones see the voting phase at once");
        run.pause();

        database.close();
        database = Database.open(data);
        workshops = new WorkshopService(database.workshops(), database.appState(), clock);
        LiveRun resumed = start();

        assertTrue(resumed.current().orElseThrow().voting());
        assertEquals(Optional.of(text), resumed.currentState().orElseThrow().highlightedText());
        resumed.highlight(null);
        resumed.setVoting(false);
        assertEquals(Optional.empty(), resumed.currentState().orElseThrow().highlightedText());
        assertFalse(resumed.current().orElseThrow().voting());
    }

    @Test
    void theProjectedVisionFieldSurvivesARestartAndAResetClearsIt() {
        workshop = workshops.addElement(workshop, ElementKind.DREAM_SERVICE, "Droomservice", 30);
        LiveRun run = start();
        run.goTo(workshop.agenda().size() - 1);
        run.setVoting(true);
        run.setVisionField(VisionField.NOT_DOING);
        run.pause();

        database.close();
        database = Database.open(data);
        workshops = new WorkshopService(database.workshops(), database.appState(), clock);
        LiveRun resumed = start();

        assertEquals(VisionField.NOT_DOING, resumed.currentState().orElseThrow().visionField());
        resumed.resetRound();
        assertEquals(null, resumed.currentState().orElseThrow().visionField());
        resumed.previous();
        resumed.setVisionField(VisionField.PROMISE);
        assertEquals(null, resumed.currentState().orElseThrow().visionField(), "only the dream service has one");
    }

    @Test
    void onlyTheDreamServiceVotes() {
        LiveRun run = start();
        run.next(); // the fan moment
        AtomicInteger heard = new AtomicInteger();
        run.addListener(heard::incrementAndGet);
        run.setVoting(true);
        assertFalse(run.current().orElseThrow().voting());
        assertEquals(0, heard.get(), "nothing changed, so nothing is announced");
    }

    @Test
    void listenersHearEveryChangeButNotANonChange() {
        LiveRun run = start();
        AtomicInteger heard = new AtomicInteger();
        run.addListener(heard::incrementAndGet);
        run.openRound();
        run.openRound();
        run.closeRound();
        run.next();
        run.previous();
        run.previous();
        assertEquals(4, heard.get());
    }

    @Test
    void resetStartsTheRoundOverButKeepsTheNotes() {
        LiveRun run = start();
        run.setNotes("notitie");
        run.openRound();
        run.toggleReveal();
        clock.advance(Duration.ofMinutes(5));
        run.resetRound();
        var state = run.currentState().orElseThrow();
        assertEquals(RoundStatus.NOT_OPENED, state.round());
        assertFalse(state.revealed());
        assertEquals(Duration.ZERO, state.elapsedAt(clock.instant()));
        assertEquals("notitie", state.notes());
    }

    @Test
    void resetAlsoStopsVotingAndTheHighlight() {
        workshop = workshops.addElement(workshop, ElementKind.DREAM_SERVICE, "Droomservice", 30);
        LiveRun run = start();
        run.goTo(workshop.agenda().size() - 1);
        run.setVoting(true);
        run.highlight(UUID.randomUUID());
        run.resetRound();
        var state = run.currentState().orElseThrow();
        assertFalse(state.voting());
        assertEquals(Optional.empty(), state.highlightedText());
    }

    @Test
    void aClosedWorkshopIsNotLiveForPhones() {
        LiveRun run = start();
        workshops.setStatus(run.workshop(), WorkshopStatus.CLOSED);
        run.answersChanged();
        assertTrue(run.current().isEmpty());
    }

    /** A clock that moves only when the test says so. */
    static final class MovableClock extends java.time.Clock {
        private Instant now;

        MovableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("Europe/Amsterdam");
        }

        @Override
        public java.time.Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
