package nl.royaal.persistence.h2;

import static nl.royaal.domain.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;
import nl.royaal.domain.VisionCanvas;
import nl.royaal.domain.VisionField;
import nl.royaal.domain.Workshop;
import nl.royaal.persistence.WorkshopRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The adopted dream-service vision is stored with the workshop (V5) and survives a restart. */
class JdbcVisionTest {

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

    private static VisionCanvas trickyVision() {
        return VisionCanvas.EMPTY.withDotsPerPerson(7)
                .adopt(VisionField.IDEAL_CUSTOMER, "Ondernemers die 💛 voor vakwerk hebben")
                .adopt(VisionField.ALL_IN_ON, "Vakmanschap")
                .adopt(VisionField.ALL_IN_ON, "🎉🎉🎉")
                .adopt(VisionField.ALL_IN_ON, "שירות אישי")
                .adopt(VisionField.NOT_DOING, "Regel één\nRegel twee")
                .adopt(VisionField.PROMISE, "ë".repeat(500));
    }

    @Test
    void anAdoptedVisionComesBackAfterARestartInTheOrderItWasChosen() {
        Workshop live = SampleWorkshops.live();
        workshops.insert(live);

        workshops.saveVision(live.id(), trickyVision());
        database.close();
        open();

        VisionCanvas stored = workshops.find(live.id()).orElseThrow().vision();
        assertEquals(trickyVision(), stored);
        assertEquals(java.util.List.of("Vakmanschap", "🎉🎉🎉", "שירות אישי"), stored.texts(VisionField.ALL_IN_ON));
    }

    @Test
    void savingAgainReplacesTheWholeVisionAndAnEmptyOneClearsIt() {
        Workshop live = SampleWorkshops.live();
        workshops.insert(live);
        workshops.saveVision(live.id(), trickyVision());

        VisionCanvas fewer = trickyVision().remove(VisionField.ALL_IN_ON, 0).edit(VisionField.PROMISE, 0, "Vers");
        workshops.saveVision(live.id(), fewer);
        assertEquals(fewer, workshops.find(live.id()).orElseThrow().vision());

        workshops.saveVision(live.id(), VisionCanvas.EMPTY);
        assertTrue(workshops.find(live.id()).orElseThrow().vision().isEmpty());
    }

    @Test
    void anImportedWorkshopKeepsItsVision() {
        Workshop live = SampleWorkshops.live();
        Workshop withVision = live.withVision(trickyVision(), live.updatedAt());

        workshops.insert(withVision);

        assertEquals(withVision, workshops.find(live.id()).orElseThrow());
    }

    @Test
    void aWorkshopStoredBeforeVisionsWereKeptHasNoneAndThreeDots() {
        Workshop live = SampleWorkshops.live();
        workshops.insert(live);

        VisionCanvas vision = workshops.find(live.id()).orElseThrow().vision();

        assertEquals(VisionCanvas.EMPTY, vision);
    }

    @Test
    void aVisionForAWorkshopThatIsNotStoredIsRefused() {
        assertRefused("validation.workshop.danglingReference",
                () -> workshops.saveVision(UUID.randomUUID(), trickyVision()));
    }
}
