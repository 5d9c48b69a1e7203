package nl.royaal.persistence.file;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import nl.royaal.domain.VisionCanvas;
import nl.royaal.domain.WorkshopSettings;
import nl.royaal.domain.Workshop;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.node.ObjectNode;

/**
 * Exports a workshop to, and imports it from, a {@code .royaal} file: versioned JSON in UTF-8,
 * documented in docs/file-format.md. Export then import gives back an equal workshop.
 *
 * <p>Every failure is a {@link RoyaalFileException} with a message key; reading never returns a
 * workshop the domain would refuse. Immutable and safe to share between threads.
 */
public final class RoyaalFile {

    /** The file name extension, for file choosers. */
    public static final String EXTENSION = ".royaal";
    /** The value of the top-level {@code "format"} field. */
    public static final String FORMAT = WorkshopFileFormat.FORMAT;
    /** The version this Royaal writes, and the newest it reads. */
    public static final int FORMAT_VERSION = WorkshopFileFormat.VERSION;
    /** Larger files are refused before they are parsed. */
    public static final int MAX_FILE_BYTES = VersionedJson.MAX_BYTES;

    /** Opens the temporary file that {@link #writeAtomically} fills; a seam so tests can make writing fail. */
    @FunctionalInterface
    interface TempFileOpener {
        OutputStream open(Path tempFile) throws IOException;
    }

    private final String writtenBy;
    private final TempFileOpener tempFileOpener;

    /** @param appVersion the running Royaal's version, written into the file as "Royaal {appVersion}" */
    public RoyaalFile(String appVersion) {
        this(appVersion, tempFile -> Files.newOutputStream(tempFile, StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE));
    }

    RoyaalFile(String appVersion, TempFileOpener tempFileOpener) {
        if (appVersion == null || appVersion.isBlank()) {
            throw new IllegalArgumentException("appVersion is required");
        }
        this.writtenBy = "Royaal " + appVersion.strip();
        this.tempFileOpener = Objects.requireNonNull(tempFileOpener, "tempFileOpener");
    }

    /** Writes the workshop as a {@code .royaal} document. Flushes but does not close {@code out}. */
    public void write(Workshop workshop, OutputStream out) {
        try {
            writeTo(workshop, out);
        } catch (IOException e) {
            throw RoyaalFileException.writeFailed(e);
        }
    }

    /**
     * Writes the workshop to {@code target} all or nothing: first to a temporary file next to it,
     * forced to disk, then moved over the target in one step. When anything fails (a full disk, a
     * missing folder) the temporary file is removed and an existing target is left as it was.
     */
    public void writeAtomically(Workshop workshop, Path target) {
        Objects.requireNonNull(workshop, "workshop");
        Objects.requireNonNull(target, "target");
        Path absoluteTarget = target.toAbsolutePath();
        // Same directory as the target: a move within one file system can be atomic, across file systems not.
        Path tempFile = absoluteTarget.resolveSibling(
                "." + absoluteTarget.getFileName() + "."
                + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
        boolean tempFileCreated = false;
        boolean moved = false;
        try {
            try (OutputStream out = tempFileOpener.open(tempFile)) {
                tempFileCreated = true;
                writeTo(workshop, out);
            }
            forceToDisk(tempFile);
            moveOver(tempFile, absoluteTarget);
            moved = true;
        } catch (IOException e) {
            throw RoyaalFileException.writeFailed(e);
        } finally {
            if (tempFileCreated && !moved) {
                deleteQuietly(tempFile);
            }
        }
    }

    /**
     * Reads a {@code .royaal} document and validates all of it through the domain. Reads the
     * stream to its end (at most {@link #MAX_FILE_BYTES}) but does not close it.
     *
     * @throws RoyaalFileException when the content is not a workshop this Royaal can read
     */
    public Workshop read(InputStream in) {
        VersionedJson.Envelope envelope = VersionedJson.open(VersionedJson.readLimited(in), FORMAT, FORMAT_VERSION);
        ObjectNode current = migrateToCurrentVersion(envelope);
        return WorkshopFileFormat.toWorkshop(VersionedJson.bind(current, WorkshopFileFormat.FileJson.class));
    }

    /** Reads a {@code .royaal} file; a file over the size limit is refused without reading it. */
    public Workshop read(Path source) {
        try {
            if (Files.size(source) > MAX_FILE_BYTES) {
                throw RoyaalFileException.tooLarge(MAX_FILE_BYTES);
            }
            try (InputStream in = Files.newInputStream(source)) {
                return read(in);
            }
        } catch (IOException e) {
            throw RoyaalFileException.unreadable(e);
        }
    }

    /**
     * Older format versions are brought up to the current one on the JSON tree, one version at a
     * time, before binding (docs/file-format.md, "Versions").
     */
    private static ObjectNode migrateToCurrentVersion(VersionedJson.Envelope envelope) {
        ObjectNode root = envelope.root();
        if (envelope.formatVersion() == 1) {
            root = fromVersion1(root);
        }
        if (root.path("formatVersion").asInt() == 2) {
            root = fromVersion2(root);
        }
        return root;
    }

    /**
     * Version 2 added {@code workshop.vision}: a file from before it has adopted nothing and votes
     * with the default three dots. A version-1 file that names a vision already is refused, as any
     * field unknown to its version; another broken version-1 file is left for binding to refuse.
     */
    private static ObjectNode fromVersion1(ObjectNode root) {
        if (root.get("workshop") instanceof ObjectNode workshop) {
            if (workshop.has("vision")) {
                // Built from its parts: a location in the file, not a message key.
                throw RoyaalFileException.invalidContent(String.join(".", "workshop", "vision"),
                        RoyaalFileException.DETAIL_UNKNOWN_FIELD, null);
            }
            ObjectNode vision = workshop.putObject("vision");
            vision.put("dotsPerPerson", VisionCanvas.DEFAULT_DOTS);
            vision.putArray("adopted");
        }
        root.put("formatVersion", 2);
        return root;
    }

    /**
     * Version 3 added {@code workshop.settings}: a file from before it judges with the default
     * margin (0.5) and threshold (2.0), knows no reality-check totals and projects the fan club for
     * the room, 200 days, one year: exactly what the app did then.
     */
    private static ObjectNode fromVersion2(ObjectNode root) {
        if (root.get("workshop") instanceof ObjectNode workshop) {
            if (workshop.has("settings")) {
                throw RoyaalFileException.invalidContent(String.join(".", "workshop", "settings"),
                        RoyaalFileException.DETAIL_UNKNOWN_FIELD, null);
            }
            WorkshopSettings defaults = WorkshopSettings.DEFAULT;
            ObjectNode settings = workshop.putObject("settings");
            ObjectNode scoring = settings.putObject("scoring");
            scoring.put("margin", defaults.scoring().margin());
            scoring.put("discussThreshold", defaults.scoring().disagreementThreshold());
            settings.putObject("realityCheck").put("source", defaults.realityCheck().source().name());
            ObjectNode fanClub = settings.putObject("fanClub");
            fanClub.put("workingDaysPerYear", defaults.fanClub().workingDaysPerYear());
            fanClub.put("years", defaults.fanClub().years());
        }
        root.put("formatVersion", 3);
        return root;
    }

    private void writeTo(Workshop workshop, OutputStream out) throws IOException {
        byte[] json;
        try {
            json = VersionedJson.MAPPER.writeValueAsBytes(WorkshopFileFormat.toFile(workshop, writtenBy));
        } catch (JacksonException e) {
            // Serializing plain records to memory cannot fail for a valid workshop; if it does, it is a bug.
            throw new IllegalStateException("Could not serialize workshop " + workshop.id(), e);
        }
        out.write(json);
        out.write('\n');
        out.flush();
    }

    /** Without this, a power cut right after the move can leave an empty file under the target's name. */
    private static void forceToDisk(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    private static void moveOver(Path source, Path target) throws IOException {
        try {
            Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // Some network shares cannot rename atomically; the temporary file is complete, so replacing is safe enough.
            Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // The write already failed and that failure is what the trainer needs to hear about.
        }
    }
}
