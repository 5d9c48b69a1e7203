package nl.royaal.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;
import nl.royaal.domain.Language;

/**
 * Reads and writes {@code settings.properties} in the config directory. A missing or damaged
 * file gives the defaults: settings must never stop the app from starting in front of a room.
 */
public final class SettingsStore {

    private static final System.Logger LOG = System.getLogger(SettingsStore.class.getName());
    private static final String FILE_NAME = "settings.properties";
    private static final String LANGUAGE = "language";
    private static final String DATA_DIRECTORY = "dataDirectory";

    private final Path file;

    public SettingsStore(Path configDirectory) {
        this.file = configDirectory.resolve(FILE_NAME);
    }

    public Path file() {
        return file;
    }

    public Settings load() {
        if (!Files.isRegularFile(file)) {
            return Settings.DEFAULTS;
        }
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(in);
        } catch (IOException | IllegalArgumentException unreadable) {
            LOG.log(System.Logger.Level.WARNING, "Settings unreadable, using defaults: " + file, unreadable);
            return Settings.DEFAULTS;
        }
        Language language = Language.fromCode(properties.getProperty(LANGUAGE, Language.DEFAULT.code()));
        String directory = properties.getProperty(DATA_DIRECTORY, "").strip();
        Path dataDirectory = null;
        if (!directory.isEmpty()) {
            try {
                dataDirectory = Path.of(directory);
            } catch (java.nio.file.InvalidPathException invalid) {
                LOG.log(System.Logger.Level.WARNING, "Ignoring invalid data directory in settings: " + directory);
            }
        }
        return new Settings(language, dataDirectory);
    }

    /** Writes via a temporary file, so a crash mid-write leaves the previous settings in place. */
    public void save(Settings settings) {
        Properties properties = new Properties();
        properties.setProperty(LANGUAGE, settings.language().code());
        settings.chosenDataDirectory().ifPresent(dir -> properties.setProperty(DATA_DIRECTORY, dir.toString()));
        try {
            Files.createDirectories(file.getParent());
            Path temporary = Files.createTempFile(file.getParent(), "settings", ".tmp");
            try (OutputStream out = Files.newOutputStream(temporary)) {
                properties.store(out, "Royaal settings");
            } catch (IOException failed) {
                Files.deleteIfExists(temporary);
                throw failed;
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException failed) {
            throw new StorageException(
                    DiskFull.isCauseOf(failed) ? StorageException.Reason.DISK_FULL : StorageException.Reason.OTHER,
                    "Could not save settings to " + file, failed);
        }
    }
}
