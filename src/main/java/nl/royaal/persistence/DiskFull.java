package nl.royaal.persistence;

import java.nio.file.FileSystemException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Set;

/**
 * Recognises a full disk in whatever an I/O layer threw, so the database, the workshop file and
 * the settings all tell the trainer the same thing. The reason is searched along the cause chain:
 * H2, Flyway and Jackson wrap the {@code IOException} from the disk in layers of their own.
 */
public final class DiskFull {

    /** How operating systems word it (Linux and macOS; Windows; network shares with quotas). */
    private static final String[] MESSAGES = {
        "no space left on device", "not enough space on the disk", "disk full", "quota exceeded"
    };

    private DiskFull() {
    }

    /** True when this throwable or any of its causes says the disk is full. */
    public static boolean isCauseOf(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable current = failure; current != null && seen.add(current); current = current.getCause()) {
            if (says(current)) {
                return true;
            }
        }
        return false;
    }

    /** True when this one throwable (not its causes) says the disk is full. */
    public static boolean says(Throwable failure) {
        String text = failure instanceof FileSystemException fileSystem && fileSystem.getReason() != null
                ? fileSystem.getReason()
                : failure.getMessage();
        if (text == null) {
            return false;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        for (String diskFull : MESSAGES) {
            if (lower.contains(diskFull)) {
                return true;
            }
        }
        return false;
    }
}
