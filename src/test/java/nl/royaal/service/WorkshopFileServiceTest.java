package nl.royaal.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import nl.royaal.domain.Language;
import nl.royaal.domain.Workshop;
import nl.royaal.persistence.file.RoyaalFile;
import nl.royaal.persistence.file.RoyaalFileException;
import nl.royaal.testing.InMemoryWorkshopRepository;
import nl.royaal.testing.TestTemplates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkshopFileServiceTest {

    @TempDir
    Path folder;

    private final InMemoryWorkshopRepository repository = new InMemoryWorkshopRepository();
    private final WorkshopService workshops = new WorkshopService(repository, repository,
            Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC));
    private final WorkshopFileService files = new WorkshopFileService(repository, new RoyaalFile("test"));

    @Test
    void exportThenImportElsewhereGivesTheSameWorkshop() {
        Workshop original = workshops.createFromTemplate(TestTemplates.small(), Language.NL);
        Path file = folder.resolve("a.royaal");
        files.exportFile(original.id(), file);

        InMemoryWorkshopRepository otherLaptop = new InMemoryWorkshopRepository();
        WorkshopFileService.Imported imported =
                new WorkshopFileService(otherLaptop, new RoyaalFile("test")).importFile(file);

        assertFalse(imported.renamedAsCopy());
        assertEquals(original, imported.workshop());
        assertEquals(original, otherLaptop.stored(original.id()));
    }

    @Test
    void importingAWorkshopThatIsAlreadyHereAddsASecondOneInsteadOfOverwriting() {
        Workshop original = workshops.createFromTemplate(TestTemplates.small(), Language.NL);
        Path file = folder.resolve("a.royaal");
        files.exportFile(original.id(), file);

        WorkshopFileService.Imported imported = files.importFile(file);

        assertTrue(imported.renamedAsCopy());
        assertNotEquals(original.id(), imported.workshop().id());
        assertEquals(original.title(), imported.workshop().title());
        assertEquals(2, workshops.list().size());
        assertEquals(original, repository.stored(original.id()));
    }

    @Test
    void aDamagedOrNewerFileIsRefusedAndNothingIsStored() throws IOException {
        Path damaged = Files.writeString(folder.resolve("damaged.royaal"), "{\"format\":\"royaal-workshop\",");
        Path newer = Files.writeString(folder.resolve("newer.royaal"),
                "{\"format\":\"royaal-workshop\",\"formatVersion\":99,\"workshop\":{}}");

        RoyaalFileException unreadable = assertThrows(RoyaalFileException.class, () -> files.importFile(damaged));
        RoyaalFileException tooNew = assertThrows(RoyaalFileException.class, () -> files.importFile(newer));

        assertEquals(RoyaalFileException.Problem.UNREADABLE, unreadable.problem());
        assertEquals(RoyaalFileException.Problem.NEWER_VERSION, tooNew.problem());
        assertEquals(0, repository.writes());
    }

    @Test
    void suggestedFileNamesAreSafeOnEveryFileSystem() {
        assertEquals("2026-11-23 Klant- Q4-2026.royaal",
                WorkshopFileService.suggestedFileName("Klant: Q4/2026", LocalDate.of(2026, 11, 23)));
    }
}
