package nl.royaal.service;

import java.nio.file.Path;

/**
 * Writing a report failed. Carries a message key and the target path, not a sentence, so the
 * console and the command line can say it in their language. When this is thrown nothing was
 * written: no half file, and an existing file at the target is as it was.
 */
public class ReportException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What went wrong; every key takes the target path as {0}. */
    public enum Problem {
        /** A file with that name exists and overwriting was not asked for. */
        EXISTS("report.error.exists"),
        /** The folder to write in does not exist. */
        FOLDER_MISSING("report.error.folderMissing"),
        /** The folder (or the file) may not be written: permissions, read-only disk, a folder with that name. */
        NOT_WRITABLE("report.error.notWritable"),
        /** The disk or the quota is full. */
        DISK_FULL("report.error.diskFull"),
        /** Anything else while writing. */
        WRITE_FAILED("report.error.writeFailed");

        private final String messageKey;

        Problem(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    private final Problem problem;
    private final transient Path target;

    public ReportException(Problem problem, Path target, Throwable cause) {
        super(problem.messageKey() + ": " + target, cause);
        this.problem = problem;
        this.target = target;
    }

    public Problem problem() {
        return problem;
    }

    public String messageKey() {
        return problem.messageKey();
    }

    public Path target() {
        return target;
    }

    /** The arguments of {@link #messageKey()}: the target path. */
    public Object[] arguments() {
        return new Object[] {String.valueOf(target)};
    }
}
