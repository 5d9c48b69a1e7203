package nl.royaal.persistence.file;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import nl.royaal.domain.Workshop;
import nl.royaal.persistence.file.RoyaalFileException.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A failed save must never leave a half-written file or clobber the last good one. */
class RoyaalFileAtomicWriteTest {

    private static final byte[] OLD_CONTENT = "the previous export, still good\n".getBytes(UTF_8);

    @TempDir
    Path folder;

    private final Workshop workshop = WorkshopFixtures.fullWorkshop();

    @Test
    void writesANewFileThatReadsBackAndLeavesNoTemporaryFile() throws IOException {
        Path target = folder.resolve("bakkerij-dekker.royaal");

        new RoyaalFile("0.1.0").writeAtomically(workshop, target);

        assertEquals(workshop, new RoyaalFile("0.1.0").read(target));
        assertEquals(List.of(target), filesIn(folder));
    }

    @Test
    void replacesAnExistingFile() throws IOException {
        Path target = existingTarget();

        new RoyaalFile("0.1.0").writeAtomically(workshop, target);

        assertEquals(workshop, new RoyaalFile("0.1.0").read(target));
        assertEquals(List.of(target), filesIn(folder));
    }

    @Test
    void aFullDiskHalfwayKeepsTheOldFileAndRemovesTheTemporaryOne() throws IOException {
        Path target = existingTarget();
        RoyaalFile diskFillsUp = new RoyaalFile("0.1.0",
                temp -> new FailsAfter(Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW), 1000,
                        new IOException("No space left on device")));

        RoyaalFileException refused = assertThrows(RoyaalFileException.class,
                () -> diskFillsUp.writeAtomically(workshop, target));

        assertEquals(Problem.DISK_FULL, refused.problem());
        assertEquals("file.error.diskFull", refused.messageKey());
        assertArrayEquals(OLD_CONTENT, Files.readAllBytes(target));
        assertEquals(List.of(target), filesIn(folder));
    }

    @Test
    void aFullDiskReportedOnlyWhenClosingAlsoKeepsTheOldFile() throws IOException {
        // Buffered writes often fail only when the operating system flushes them on close.
        Path target = existingTarget();
        RoyaalFile failsOnClose = new RoyaalFile("0.1.0",
                temp -> new FilterOutputStream(Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW)) {
                    @Override
                    public void close() throws IOException {
                        super.close();
                        throw new IOException("There is not enough space on the disk");
                    }
                });

        RoyaalFileException refused = assertThrows(RoyaalFileException.class,
                () -> failsOnClose.writeAtomically(workshop, target));

        assertEquals(Problem.DISK_FULL, refused.problem());
        assertArrayEquals(OLD_CONTENT, Files.readAllBytes(target));
        assertEquals(List.of(target), filesIn(folder));
    }

    @Test
    void anyOtherWriteErrorIsAFailedWriteAndKeepsTheOldFile() throws IOException {
        Path target = existingTarget();
        RoyaalFile brokenStick = new RoyaalFile("0.1.0",
                temp -> new FailsAfter(Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW), 10,
                        new IOException("Input/output error")));

        RoyaalFileException refused = assertThrows(RoyaalFileException.class,
                () -> brokenStick.writeAtomically(workshop, target));

        assertEquals(Problem.WRITE_FAILED, refused.problem());
        assertEquals("file.error.writeFailed", refused.messageKey());
        assertArrayEquals(OLD_CONTENT, Files.readAllBytes(target));
        assertEquals(List.of(target), filesIn(folder));
    }

    @Test
    void aMissingFolderIsAFailedWriteThatCreatesNothing() {
        Path target = folder.resolve("weg").resolve("export.royaal");

        RoyaalFileException refused = assertThrows(RoyaalFileException.class,
                () -> new RoyaalFile("0.1.0").writeAtomically(workshop, target));

        assertEquals(Problem.WRITE_FAILED, refused.problem());
        assertFalse(Files.exists(target.getParent()));
    }

    @Test
    void aTargetThatCannotBeReplacedIsAFailedWriteAndLeavesNoTemporaryFile() throws IOException {
        Path target = Files.createDirectory(folder.resolve("export.royaal"));
        Files.writeString(target.resolve("inside.txt"), "keep me");

        RoyaalFileException refused = assertThrows(RoyaalFileException.class,
                () -> new RoyaalFile("0.1.0").writeAtomically(workshop, target));

        assertEquals(Problem.WRITE_FAILED, refused.problem());
        assertEquals("keep me", Files.readString(target.resolve("inside.txt")));
        assertEquals(List.of(target), filesIn(folder));
    }

    @Test
    void aReadOnlyFolderIsAFailedWriteAndKeepsTheOldFile() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
        Path target = existingTarget();
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeFalse(Files.isWritable(folder), "running as a user who may write anyway (root)");

            RoyaalFileException refused = assertThrows(RoyaalFileException.class,
                    () -> new RoyaalFile("0.1.0").writeAtomically(workshop, target));

            assertEquals(Problem.WRITE_FAILED, refused.problem());
            assertArrayEquals(OLD_CONTENT, Files.readAllBytes(target));
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void writingToAFullStreamIsReportedAsADiskFull() {
        OutputStream full = new FailsAfter(new ByteArrayOutputStream(), 0, new IOException("No space left on device"));

        RoyaalFileException refused = assertThrows(RoyaalFileException.class,
                () -> new RoyaalFile("0.1.0").write(workshop, full));

        assertEquals(Problem.DISK_FULL, refused.problem());
    }

    private Path existingTarget() throws IOException {
        return Files.write(folder.resolve("bakkerij-dekker.royaal"), OLD_CONTENT);
    }

    /** Everything in the folder, hidden temporary files included. */
    private static List<Path> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }

    /** Accepts {@code limit} bytes, then fails the way a full or broken disk does. */
    private static final class FailsAfter extends FilterOutputStream {
        private final IOException failure;
        private long remaining;

        FailsAfter(OutputStream target, long limit, IOException failure) {
            super(target);
            this.remaining = limit;
            this.failure = failure;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            if (length > remaining) {
                out.write(bytes, offset, (int) remaining);
                remaining = 0;
                throw failure;
            }
            out.write(bytes, offset, length);
            remaining -= length;
        }
    }
}
