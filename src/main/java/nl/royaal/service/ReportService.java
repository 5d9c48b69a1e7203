package nl.royaal.service;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleConsumer;
import nl.royaal.domain.Workshop;
import nl.royaal.i18n.I18n;
import nl.royaal.persistence.DiskFull;
import nl.royaal.report.ReportFormat;
import nl.royaal.report.ReportModel;
import nl.royaal.report.ReportWriter;

/**
 * Writes a workshop's session report (PDF, CSV archive or XLSX) to a file: the one use case
 * behind the console's export button and the {@code royaal report} command.
 *
 * <p><b>Threading.</b> {@link #write} does all its work on the calling thread and takes from a
 * fraction of a second to a couple of seconds: call it off the JavaFX thread (the console's
 * {@code BackgroundTask}). The progress callback is called on that same thread, so a screen
 * must hand the value over to the FX thread itself. Stateless and safe to share.
 *
 * <p><b>All or nothing.</b> The report is written to a temporary file next to the target,
 * forced to disk and then moved onto the target's name in one step. When anything fails the
 * temporary file is removed and an existing file at the target is left as it was.
 */
public final class ReportService {

    /**
     * The report of this workshop as the screens would show it (default scoring settings and
     * fan-club projection); built once and shared by every format.
     */
    public ReportModel model(Workshop workshop) {
        return ReportModel.of(Objects.requireNonNull(workshop, "workshop"));
    }

    /**
     * Writes the report of {@code workshop} in {@code format} to {@code target}.
     *
     * @param overwrite replace a file that is already there; without it an existing file is
     *                  refused with {@link ReportException.Problem#EXISTS} (ask the trainer first)
     * @param progress  told the share done, from 0 to 1, never going back; called on the calling thread
     * @return the absolute path written
     * @throws ReportException with a message key when the file cannot be written
     */
    public Path write(Workshop workshop, ReportFormat format, Path target, boolean overwrite, DoubleConsumer progress) {
        return write(model(workshop), format, target, overwrite, progress);
    }

    /** As {@link #write(Workshop, ReportFormat, Path, boolean, DoubleConsumer)}, for a model already built. */
    public Path write(ReportModel model, ReportFormat format, Path target, boolean overwrite, DoubleConsumer progress) {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(target, "target");
        DoubleConsumer forward = progress == null ? share -> { } : progress;
        Path file = target.toAbsolutePath().normalize();
        checkTarget(file, overwrite);
        Monotonic steps = new Monotonic(forward);
        steps.accept(0);
        Path temporary = file.resolveSibling("." + file.getFileName() + "."
                + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
        boolean created = false;
        boolean moved = false;
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary,
                    StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), 1 << 16)) {
                created = true;
                ReportWriter.forFormat(format).write(model, out, share -> steps.accept(share * 0.95));
            }
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            moveIntoPlace(temporary, file, overwrite);
            moved = true;
        } catch (IOException | UncheckedIOException failure) {
            throw problem(failure instanceof UncheckedIOException unchecked ? unchecked.getCause() : failure, file);
        } finally {
            if (created && !moved) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // The write failed already; that failure is what the trainer needs to hear.
                }
            }
        }
        steps.accept(1);
        return file;
    }

    /** Whether writing to {@code target} would replace a file: the console asks before it does. */
    public boolean exists(Path target) {
        return Files.exists(target.toAbsolutePath().normalize(), LinkOption.NOFOLLOW_LINKS);
    }

    /**
     * "2025-03-14 Royale organisatie, loyale klanten - Sessierapport.pdf": sortable, in the
     * workshop's language, and safe on every file system (no / \ : * ? " &lt; &gt; |).
     */
    public static String suggestedFileName(Workshop workshop, ReportFormat format) {
        String title = workshop.title().replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]+", "-")
                .replaceAll("\\s+", " ").strip();
        if (title.codePointCount(0, title.length()) > 80) {
            title = title.substring(0, title.offsetByCodePoints(0, 80)).strip();
        }
        while (title.startsWith(".") || title.startsWith("-")) {
            title = title.substring(1).strip();
        }
        String kind = I18n.of(workshop.language()).t("report.title");
        String name = title.isEmpty() ? kind : title + " - " + kind;
        return workshop.details().date() + " " + name + "." + format.extension();
    }

    private static void checkTarget(Path file, boolean overwrite) {
        if (Files.isDirectory(file)) {
            throw new ReportException(ReportException.Problem.NOT_WRITABLE, file, null);
        }
        Path folder = file.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            boolean blocked = folder != null && Files.exists(folder); // a file where the folder should be
            throw new ReportException(blocked ? ReportException.Problem.NOT_WRITABLE
                    : ReportException.Problem.FOLDER_MISSING, file, null);
        }
        if (!overwrite && Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new ReportException(ReportException.Problem.EXISTS, file, null);
        }
    }

    private static void moveIntoPlace(Path temporary, Path file, boolean overwrite) throws IOException {
        if (!overwrite) {
            // A plain move refuses an existing target (an atomic rename would silently replace it).
            Files.move(temporary, file);
            return;
        }
        try {
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException notOnThisDisk) {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static ReportException problem(Throwable failure, Path file) {
        ReportException.Problem problem;
        if (DiskFull.isCauseOf(failure)) {
            problem = ReportException.Problem.DISK_FULL;
        } else if (failure instanceof FileAlreadyExistsException) {
            problem = ReportException.Problem.EXISTS;
        } else if (failure instanceof NoSuchFileException) {
            problem = ReportException.Problem.FOLDER_MISSING;
        } else if (failure instanceof AccessDeniedException || failure instanceof NotDirectoryException
                || (failure instanceof FileSystemException system && system.getReason() != null
                        && system.getReason().toLowerCase(Locale.ROOT).contains("read-only"))) {
            problem = ReportException.Problem.NOT_WRITABLE;
        } else {
            problem = ReportException.Problem.WRITE_FAILED;
        }
        return new ReportException(problem, file, failure);
    }

    /** Passes progress on, clamped to 0..1 and never lower than before. */
    private static final class Monotonic implements DoubleConsumer {
        private final DoubleConsumer target;
        private double last = -1;

        Monotonic(DoubleConsumer target) {
            this.target = target;
        }

        @Override
        public void accept(double share) {
            double value = Double.isNaN(share) ? last : Math.clamp(share, 0, 1);
            if (value > last) {
                last = value;
                target.accept(value);
            }
        }
    }
}
