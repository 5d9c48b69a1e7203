package nl.royaal.persistence.h2;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.royaal.domain.Workshop;
import nl.royaal.persistence.StorageException;
import nl.royaal.persistence.file.RoyaalFile;
import nl.royaal.persistence.file.RoyaalFileException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real full disk: a tiny tmpfs is mounted (needs root, as in CI; skipped elsewhere), filled to
 * the last byte, and then the database (or the workshop file) is asked to store more. The trainer must get "disk full",
 * and everything stored before must still be there once space is free again.
 */
class FullDiskTest {

    @TempDir
    Path temporary;

    private Path mountPoint;
    private boolean mounted;

    @BeforeEach
    void mountTinyDisk() throws Exception {
        mountPoint = Files.createDirectory(temporary.resolve("tiny-disk"));
        mounted = run("mount", "-t", "tmpfs", "-o", "size=6m", "tmpfs", mountPoint.toString());
        assumeTrue(mounted, "mounting a tmpfs needs root; this test runs in CI");
    }

    @AfterEach
    void unmount() throws Exception {
        if (mounted) {
            run("umount", "-l", mountPoint.toString());
        }
    }

    @Test
    void aFullDiskIsReportedAsSuchAndEarlierDataSurvives() throws IOException {
        Path data = mountPoint.resolve("data");
        Workshop kept = SampleWorkshops.live();
        Database database = Database.open(data);
        database.workshops().insert(kept);

        fillDisk(mountPoint.resolve("filler"));
        Workshop tooMuch = SampleWorkshops.draft("Komt er niet meer bij", "Klant");
        StorageException full = assertThrows(StorageException.class, () -> {
            // A few writes: H2 may have a little room left in its last page.
            for (int i = 0; i < 50; i++) {
                database.workshops().insert(i == 0 ? tooMuch : SampleWorkshops.draft("Nog een " + i, "Klant"));
            }
        });
        assertEquals(StorageException.Reason.DISK_FULL, full.reason(), () -> "got " + full);

        closeQuietly(database);
        Files.delete(mountPoint.resolve("filler"));
        try (Database reopened = Database.open(data)) {
            assertEquals(kept, reopened.workshops().find(kept.id()).orElseThrow());
            assertTrue(reopened.workshops().find(tooMuch.id()).isEmpty()
                    || reopened.workshops().find(tooMuch.id()).get().equals(tooMuch),
                    "a refused write is either absent or whole, never half");
            assertEquals(List.of(), reopened.workshops().list().stream()
                    .filter(summary -> summary.title().isBlank()).toList());
        }
    }

    @Test
    void exportingToAFullDiskSaysSoAndKeepsTheEarlierFile() throws IOException {
        RoyaalFile format = new RoyaalFile("test");
        Path target = mountPoint.resolve("workshop.royaal");
        format.writeAtomically(SampleWorkshops.draft("Eerste versie", "Klant"), target);
        byte[] before = Files.readAllBytes(target);

        fillDisk(mountPoint.resolve("filler"));
        RoyaalFileException full = assertThrows(RoyaalFileException.class,
                () -> format.writeAtomically(SampleWorkshops.live(), target));

        assertEquals(RoyaalFileException.Problem.DISK_FULL, full.problem());
        assertArrayEquals(before, Files.readAllBytes(target));
        try (var leftovers = Files.list(mountPoint)) {
            assertEquals(List.of("filler", "workshop.royaal"),
                    leftovers.map(p -> p.getFileName().toString()).sorted().toList(), "no temporary file left behind");
        }
    }

    private static void fillDisk(Path filler) throws IOException {
        byte[] block = new byte[16 * 1024];
        try (OutputStream out = Files.newOutputStream(filler)) {
            while (true) {
                out.write(block);
            }
        } catch (IOException expectedWhenFull) {
            if (!String.valueOf(expectedWhenFull.getMessage()).toLowerCase().contains("space")) {
                throw expectedWhenFull;
            }
        }
    }

    private static void closeQuietly(Database database) {
        try {
            database.close();
        } catch (RuntimeException closingAFullDatabaseMayFail) {
            // Closing writes too; on a full disk that may fail, which is exactly the situation tested.
        }
    }

    private static boolean run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getInputStream().readAllBytes();
        return process.waitFor(20, TimeUnit.SECONDS) && process.exitValue() == 0;
    }
}
