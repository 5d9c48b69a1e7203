package nl.royaal.persistence;

/**
 * Storing or reading failed for a reason outside the user's input. The {@link Reason} lets the
 * view say something useful ("the disk is full") in the user's language.
 */
public class StorageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why storage failed, as far as we can tell. */
    public enum Reason {
        /** Another running Royaal holds the database file. */
        LOCKED,
        /** No space left on the device. */
        DISK_FULL,
        /** The file is not a database this version can read (corrupt or from a newer Royaal). */
        UNREADABLE,
        /** Anything else: the message of the cause is logged, the user gets a general message. */
        OTHER
    }

    private final Reason reason;

    public StorageException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
