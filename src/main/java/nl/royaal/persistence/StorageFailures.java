package nl.royaal.persistence;

import java.util.Locale;

/** Reads what went wrong from an exception chain, so every writer names a full disk the same way. */
public final class StorageFailures {

    private StorageFailures() {
    }

    public static StorageException.Reason reasonOf(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String message = String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT);
            if (message.contains("no space left") || message.contains("disk full")
                    || message.contains("not enough space")) {
                return StorageException.Reason.DISK_FULL;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return StorageException.Reason.OTHER;
    }
}
