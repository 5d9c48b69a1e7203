package nl.royaal.persistence.file;

import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import nl.royaal.domain.DomainException;
import nl.royaal.persistence.DiskFull;

/**
 * Reading or writing a {@code .royaal} file (or a template) failed. Like {@link DomainException} it
 * carries message keys and arguments, not a sentence, so the view can tell the trainer what went
 * wrong in the workshop's language. When this is thrown, nothing was changed: a read returns no
 * half-read workshop, and a failed {@link RoyaalFile#writeAtomically} leaves the old file as it was.
 */
public class RoyaalFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What went wrong, each with the message key the view shows. */
    public enum Problem {
        /** Not JSON, damaged, cut off, not UTF-8, or the stream could not be read at all. No arguments. */
        UNREADABLE("file.error.unreadable"),
        /** Zero bytes or only white space: typical of a copy that was interrupted. No arguments. */
        EMPTY("file.error.empty"),
        /** Larger than {@link RoyaalFile#MAX_FILE_BYTES}; refused before parsing. Argument: the limit in MB. */
        TOO_LARGE("file.error.tooLarge"),
        /** Valid JSON, but not a Royaal workshop (or template) file. No arguments. */
        NOT_ROYAAL("file.error.notRoyaal"),
        /** Written by a newer Royaal. Arguments: the file's formatVersion, the newest version this Royaal reads. */
        NEWER_VERSION("file.error.newerVersion"),
        /**
         * A Royaal file whose content breaks a rule (a score of 11, an empty title, a vote for an
         * unknown proposal). Argument: where in the file. The rule itself is in {@link #detailKey()}.
         */
        INVALID_CONTENT("file.error.invalidContent"),
        /** The file could not be written (folder missing, no permission, ...). No arguments. */
        WRITE_FAILED("file.error.writeFailed"),
        /** The disk (or the user's quota) is full. No arguments. */
        DISK_FULL("file.error.diskFull");

        private final String messageKey;

        Problem(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    /** Detail of {@link Problem#INVALID_CONTENT}: a value that must be there is missing or null. */
    public static final String DETAIL_MISSING_VALUE = "file.error.detail.missingValue";
    /** Detail of {@link Problem#INVALID_CONTENT}: a value of the wrong type or form ("seven" for a score). */
    public static final String DETAIL_WRONG_VALUE = "file.error.detail.wrongValue";
    /** Detail of {@link Problem#INVALID_CONTENT}: a field this format version does not have. */
    public static final String DETAIL_UNKNOWN_FIELD = "file.error.detail.unknownField";

    private final Problem problem;
    private final transient Object[] arguments;
    private final String detailKey;
    private final transient Object[] detailArguments;

    private RoyaalFileException(
            Problem problem, Object[] arguments, String detailKey, Object[] detailArguments, Throwable cause) {
        super(describe(problem, arguments, detailKey, detailArguments, cause), cause);
        this.problem = problem;
        this.arguments = arguments.clone();
        this.detailKey = detailKey;
        this.detailArguments = detailArguments.clone();
    }

    public Problem problem() {
        return problem;
    }

    public String messageKey() {
        return problem.messageKey();
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    /**
     * For {@link Problem#INVALID_CONTENT}: the key of the broken rule, to show under the main
     * message. Either a domain key (from the {@link DomainException} that is the cause, such as
     * {@code validation.score.range}) or one of the {@code DETAIL_*} keys of this class.
     */
    public Optional<String> detailKey() {
        return Optional.ofNullable(detailKey);
    }

    /** Arguments of {@link #detailKey()}; empty when there is no detail. */
    public Object[] detailArguments() {
        return detailArguments.clone();
    }

    static RoyaalFileException unreadable(Throwable cause) {
        return new RoyaalFileException(Problem.UNREADABLE, new Object[0], null, new Object[0], cause);
    }

    static RoyaalFileException empty() {
        return new RoyaalFileException(Problem.EMPTY, new Object[0], null, new Object[0], null);
    }

    static RoyaalFileException tooLarge(long maxBytes) {
        return new RoyaalFileException(Problem.TOO_LARGE, new Object[] {maxBytes / (1024 * 1024)}, null,
                new Object[0], null);
    }

    static RoyaalFileException notRoyaal() {
        return new RoyaalFileException(Problem.NOT_ROYAAL, new Object[0], null, new Object[0], null);
    }

    static RoyaalFileException newerVersion(int fileVersion, int supportedVersion) {
        return new RoyaalFileException(Problem.NEWER_VERSION, new Object[] {fileVersion, supportedVersion}, null,
                new Object[0], null);
    }

    static RoyaalFileException invalidContent(String location, DomainException brokenRule) {
        return new RoyaalFileException(Problem.INVALID_CONTENT, new Object[] {location}, brokenRule.messageKey(),
                brokenRule.arguments(), brokenRule);
    }

    static RoyaalFileException invalidContent(String location, String detailKey, Throwable cause) {
        return new RoyaalFileException(Problem.INVALID_CONTENT, new Object[] {location}, detailKey, new Object[0],
                cause);
    }

    /** A failed write, told apart by cause: a full disk needs a different action from the trainer. */
    static RoyaalFileException writeFailed(IOException cause) {
        Problem problem = isDiskFull(cause) ? Problem.DISK_FULL : Problem.WRITE_FAILED;
        return new RoyaalFileException(problem, new Object[0], null, new Object[0], cause);
    }

    /**
     * Java reports a full disk only as an IOException with the operating system's text:
     * "No space left on device" (Linux, macOS), "There is not enough space on the disk" (Windows),
     * "Disk quota exceeded" (a full quota feels the same to the user).
     */
    static boolean isDiskFull(Throwable failure) {
        return DiskFull.isCauseOf(failure);
    }

    /** For the log only; users see the translated message keys. */
    private static String describe(
            Problem problem, Object[] arguments, String detailKey, Object[] detailArguments, Throwable cause) {
        StringBuilder text = new StringBuilder(problem.messageKey()).append(Arrays.toString(arguments));
        if (detailKey != null) {
            text.append(' ').append(detailKey).append(Arrays.toString(detailArguments));
        }
        if (cause != null && cause.getMessage() != null) {
            text.append(": ").append(cause.getMessage());
        }
        return text.toString();
    }
}
