package nl.royaal.persistence.h2;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import nl.royaal.domain.Workshop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdbcAppStateRepositoryTest {

    @TempDir
    Path dataDirectory;

    @Test
    void theLastOpenWorkshopIsRememberedAcrossRestarts() {
        Workshop workshop = SampleWorkshops.draft("Gisteren", "");
        try (Database database = Database.open(dataDirectory)) {
            database.workshops().insert(workshop);
            database.appState().setLastOpenWorkshop(workshop.id());
        }

        try (Database restarted = Database.open(dataDirectory)) {
            assertEquals(Optional.of(workshop.id()), restarted.appState().lastOpenWorkshop());
        }
    }

    @Test
    void rememberingAnotherWorkshopReplacesTheFormer() {
        Workshop first = SampleWorkshops.draft("Eerste", "");
        Workshop second = SampleWorkshops.draft("Tweede", "");
        try (Database database = Database.open(dataDirectory)) {
            database.workshops().insert(first);
            database.workshops().insert(second);

            database.appState().setLastOpenWorkshop(first.id());
            database.appState().setLastOpenWorkshop(second.id());

            assertEquals(Optional.of(second.id()), database.appState().lastOpenWorkshop());
        }
    }

    @Test
    void nullForgetsTheLastOpenWorkshop() {
        Workshop workshop = SampleWorkshops.draft("Vergeten", "");
        try (Database database = Database.open(dataDirectory)) {
            database.workshops().insert(workshop);
            database.appState().setLastOpenWorkshop(workshop.id());

            database.appState().setLastOpenWorkshop(null);

            assertEquals(Optional.empty(), database.appState().lastOpenWorkshop());
        }
    }

    @Test
    void aDeletedWorkshopIsNotOfferedForReopening() {
        Workshop workshop = SampleWorkshops.draft("Verwijderd", "");
        try (Database database = Database.open(dataDirectory)) {
            database.workshops().insert(workshop);
            database.appState().setLastOpenWorkshop(workshop.id());

            database.workshops().delete(workshop.id());

            assertEquals(Optional.empty(), database.appState().lastOpenWorkshop());
        }
    }

    @Test
    void aFreshDatabaseRemembersNoWorkshop() {
        try (Database database = Database.open(dataDirectory)) {
            assertEquals(Optional.empty(), database.appState().lastOpenWorkshop());
        }
    }

    @Test
    void rememberingAWorkshopThatIsNotStoredOffersNothing() {
        try (Database database = Database.open(dataDirectory)) {
            database.appState().setLastOpenWorkshop(UUID.randomUUID());

            assertEquals(Optional.empty(), database.appState().lastOpenWorkshop());
        }
    }
}
