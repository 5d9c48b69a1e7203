package nl.royaal.persistence.h2;

import java.io.EOFException;
import java.sql.SQLException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.function.Predicate;
import nl.royaal.persistence.DiskFull;
import nl.royaal.persistence.StorageException;
import nl.royaal.persistence.StorageException.Reason;
import org.flywaydb.core.api.exception.FlywayValidateException;
import org.h2.api.ErrorCode;

/**
 * Turns what H2 and Flyway throw into a {@link StorageException} whose {@link Reason} the view can
 * explain. The reason is searched along the whole cause chain, because H2 and Flyway wrap the
 * interesting exception (an {@code IOException} from the disk) in one or two layers of their own.
 */
final class StorageFailures {

    private StorageFailures() {
    }

    static StorageException translate(String action, Throwable failure) {
        if (failure instanceof StorageException alreadyTranslated) {
            return alreadyTranslated;
        }
        return new StorageException(classify(failure), action + " failed: " + failure.getMessage(), failure);
    }

    static Reason classify(Throwable failure) {
        // Disk full first: H2 reports it as a plain I/O error (or even as a corrupt file when a write was cut short).
        if (anyInChain(failure, StorageFailures::saysDiskFull)) {
            return Reason.DISK_FULL;
        }
        if (anyInChain(failure, StorageFailures::saysInUse)) {
            return Reason.LOCKED;
        }
        if (anyInChain(failure, StorageFailures::saysUnreadable)) {
            return Reason.UNREADABLE;
        }
        return Reason.OTHER;
    }

    static boolean isDuplicateKey(SQLException failure) {
        return failure.getErrorCode() == ErrorCode.DUPLICATE_KEY_1;
    }

    static boolean isMissingParent(SQLException failure) {
        return failure.getErrorCode() == ErrorCode.REFERENTIAL_INTEGRITY_VIOLATED_PARENT_MISSING_1;
    }

    private static boolean saysInUse(Throwable t) {
        return t instanceof SQLException sql && sql.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1;
    }

    private static boolean saysDiskFull(Throwable t) {
        return DiskFull.says(t);
    }

    /** Not a database this version can read: damaged, truncated, encrypted, or from a newer Royaal. */
    private static boolean saysUnreadable(Throwable t) {
        if (t instanceof FlywayValidateException || t instanceof EOFException) {
            return true;
        }
        if (t instanceof SQLException sql) {
            int code = sql.getErrorCode();
            return code == ErrorCode.FILE_CORRUPTED_1
                    || code == ErrorCode.FILE_VERSION_ERROR_1
                    || code == ErrorCode.FILE_ENCRYPTION_ERROR_1
                    || code == ErrorCode.WRONG_USER_OR_PASSWORD;
        }
        return false;
    }

    private static boolean anyInChain(Throwable failure, Predicate<Throwable> test) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Throwable current = failure;
        while (current != null && seen.add(current)) {
            if (test.test(current)) {
                return true;
            }
            if (current instanceof SQLException sql && sql.getNextException() != null
                    && anyInChain(sql.getNextException(), test)) {
                return true;
            }
            current = current.getCause();
        }
        return false;
    }
}
