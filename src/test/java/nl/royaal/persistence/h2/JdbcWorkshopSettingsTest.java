package nl.royaal.persistence.h2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Instant;
import nl.royaal.domain.Workshop;
import nl.royaal.domain.WorkshopSettings;
import nl.royaal.domain.scoring.FanClubSettings;
import nl.royaal.domain.scoring.RealityCheckFigures;
import nl.royaal.domain.scoring.ScoringSettings;
import nl.royaal.persistence.StorageException;
import nl.royaal.persistence.WorkshopRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The margin, threshold, reality-check figures and fan-club inputs are kept with the workshop (V6). */
class JdbcWorkshopSettingsTest {

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

    private static WorkshopSettings unusual() {
        return new WorkshopSettings(new ScoringSettings(0.3, 1.75),
                new RealityCheckFigures(RealityCheckFigures.Source.TOTALS, 13_000.0, 80_000L, null),
                new FanClubSettings(12, 220, 5));
    }

    @Test
    void aWorkshopStoredBeforeItsSettingsWereChangedJudgesWithTheDefaults() {
        Workshop live = SampleWorkshops.live();
        workshops.insert(live);

        assertEquals(WorkshopSettings.DEFAULT, workshops.find(live.id()).orElseThrow().settings());
    }

    @Test
    void changedSettingsComeBackExactlyAfterARestart() {
        Workshop live = SampleWorkshops.live();
        workshops.insert(live);

        workshops.saveSettings(live.id(), unusual());
        database.close();
        open();

        WorkshopSettings stored = workshops.find(live.id()).orElseThrow().settings();
        assertEquals(unusual(), stored);
        assertEquals(0.3, stored.scoring().margin(), "three tenths, not 0.30000000000000004");
    }

    @Test
    void unknownFiguresStayUnknownRatherThanZeroAndTheFanClubFollowsTheRoomAgain() {
        Workshop live = SampleWorkshops.live();
        workshops.insert(live);
        workshops.saveSettings(live.id(), unusual());

        WorkshopSettings cleared = unusual().withRealityCheck(RealityCheckFigures.NONE)
                .withFanClub(FanClubSettings.DEFAULT);
        workshops.saveSettings(live.id(), cleared);

        assertEquals(cleared, workshops.find(live.id()).orElseThrow().settings());
    }

    @Test
    void aWorkshopInsertedWithSettingsKeepsThem() {
        Workshop live = SampleWorkshops.live();
        Workshop withSettings = live.withSettings(unusual(), live.updatedAt());

        workshops.insert(withSettings);

        assertEquals(unusual(), workshops.find(live.id()).orElseThrow().settings());
    }

    @Test
    void theSchemaRefusesAMarginABuggyCallerMightWriteAroundTheDomain() {
        Workshop live = SampleWorkshops.live();
        workshops.insert(live);

        assertThrows(StorageException.class, () -> database.inTransaction("bypass", connection ->
                JdbcValues.update(connection, "UPDATE workshop SET scoring_margin = 10 WHERE id = ?", live.id())));
    }
}
