package nl.royaal.persistence.h2;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.sql.SQLException;
import nl.royaal.persistence.StorageException.Reason;
import org.h2.api.ErrorCode;
import org.junit.jupiter.api.Test;

/**
 * The reasons for failures that a test cannot easily provoke on a real file (a full disk), and
 * the wrapping H2 puts around them.
 */
class StorageFailuresTest {

    @Test
    void fullDiskDeepInTheCauseChainIsReportedAsDiskFull() {
        IOException disk = new IOException("No space left on device");
        SQLException h2 = new SQLException("IO Exception", "90028", ErrorCode.IO_EXCEPTION_1,
                new IllegalStateException("Writing to file failed", disk));

        assertEquals(Reason.DISK_FULL, StorageFailures.classify(new UncheckedIOException(new IOException(h2))));
    }

    @Test
    void fullDiskReportedByTheFileSystemIsReportedAsDiskFull() {
        FileSystemException windows = new FileSystemException("C:\\Royaal\\royaal.mv.db", null,
                "There is not enough space on the disk");

        assertEquals(Reason.DISK_FULL, StorageFailures.classify(windows));
    }

    @Test
    void databaseInUseByAnotherProcessIsReportedAsLocked() {
        SQLException inUse = new SQLException("Database may be already in use", "90020",
                ErrorCode.DATABASE_ALREADY_OPEN_1);

        assertEquals(Reason.LOCKED, StorageFailures.classify(new RuntimeException(inUse)));
    }

    @Test
    void corruptFileIsReportedAsUnreadable() {
        SQLException corrupt = new SQLException("File corrupted", "90030", ErrorCode.FILE_CORRUPTED_1);

        assertEquals(Reason.UNREADABLE, StorageFailures.classify(corrupt));
    }

    @Test
    void anyOtherFailureIsReportedAsOther() {
        SQLException syntax = new SQLException("Syntax error", "42000", ErrorCode.SYNTAX_ERROR_1);

        assertEquals(Reason.OTHER, StorageFailures.classify(syntax));
    }
}
