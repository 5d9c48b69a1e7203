package nl.royaal.service;

import java.nio.file.Path;
import java.util.Objects;
import nl.royaal.persistence.Settings;
import nl.royaal.persistence.SettingsStore;

/**
 * The trainer's preferences, and where the data really is this run: a {@code --data-dir} on the
 * command line wins over the setting, which wins over the platform's default directory.
 */
public final class SettingsService {

    private final SettingsStore store;
    private final Path defaultDataDirectory;
    private final Path commandLineDataDirectory;
    private Settings current;

    /** @param commandLineDataDirectory {@code null} when not given */
    public SettingsService(SettingsStore store, Path defaultDataDirectory, Path commandLineDataDirectory) {
        this.store = Objects.requireNonNull(store);
        this.defaultDataDirectory = Objects.requireNonNull(defaultDataDirectory);
        this.commandLineDataDirectory = commandLineDataDirectory;
        this.current = store.load();
    }

    public Settings current() {
        return current;
    }

    public void save(Settings settings) {
        store.save(settings);
        current = settings;
    }

    /** The directory this run uses for its database. */
    public Path effectiveDataDirectory() {
        if (commandLineDataDirectory != null) {
            return commandLineDataDirectory;
        }
        return current.chosenDataDirectory().orElse(defaultDataDirectory);
    }

    public Path defaultDataDirectory() {
        return defaultDataDirectory;
    }

    /** True when {@code --data-dir} overrides the setting for this run. */
    public boolean dataDirectoryFromCommandLine() {
        return commandLineDataDirectory != null;
    }
}
