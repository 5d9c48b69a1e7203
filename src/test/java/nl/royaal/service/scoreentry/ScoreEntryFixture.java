package nl.royaal.service.scoreentry;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import nl.royaal.domain.JoinChannel;
import nl.royaal.domain.Language;
import nl.royaal.domain.ScoreDimension;
import nl.royaal.domain.Touchpoint;
import nl.royaal.domain.TouchpointScore;
import nl.royaal.domain.Workshop;
import nl.royaal.persistence.h2.Database;
import nl.royaal.service.WorkshopService;
import nl.royaal.service.live.LiveRun;
import nl.royaal.testing.TestTemplates;

/**
 * A live workshop on a real H2 file (touchpoints Website and Factuur), with the score-entry
 * service wired the way ConsoleApplication wires it. Close it after the test.
 */
public final class ScoreEntryFixture implements AutoCloseable {

    public final Database database;
    public final WorkshopService workshops;
    public final ScoreEntryService entries;
    public final LiveRun run;
    private final Path directory;

    public ScoreEntryFixture(Path directory) {
        this.directory = directory;
        Clock clock = Clock.systemUTC();
        database = Database.open(directory);
        workshops = new WorkshopService(database.workshops(), database.appState(), clock);
        Workshop workshop = workshops.createFromTemplate(TestTemplates.small(), Language.NL);
        entries = new ScoreEntryService(database.workshops(), database.answers(), clock);
        run = LiveRun.start(workshop, workshops, database.workshops(), database.liveState(), clock);
    }

    public UUID workshopId() {
        return run.workshop().id();
    }

    /** What the database holds now, read fresh (not the live run's copy). */
    public Workshop stored() {
        return database.workshops().find(workshopId()).orElseThrow();
    }

    public Touchpoint touchpoint(int index) {
        return run.workshop().touchpoints().get(index);
    }

    public ScoreColumn column(int touchpoint, ScoreDimension dimension) {
        return new ScoreColumn(touchpoint(touchpoint).id(), dimension);
    }

    /** The stored grades as "participant name / touchpoint / dimension = grade", for readable assertions. */
    public List<String> storedGrades() {
        Workshop workshop = stored();
        return workshop.answers().scores().stream().map(score -> describe(workshop, score)).sorted().toList();
    }

    public long participants(JoinChannel channel) {
        return stored().participants().stream().filter(p -> p.joinedVia() == channel).count();
    }

    private static String describe(Workshop workshop, TouchpointScore score) {
        String who = workshop.participants().stream().filter(p -> p.id().equals(score.participantId()))
                .map(p -> p.displayName()).findFirst().orElse("?");
        String where = workshop.touchpoints().stream().filter(t -> t.id().equals(score.touchpointId()))
                .map(Touchpoint::name).findFirst().orElse("?");
        return who + " / " + where + " / " + score.dimension() + " = " + score.score().value();
    }

    public Path directory() {
        return directory;
    }

    @Override
    public void close() {
        database.close();
    }
}
