package nl.royaal.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.royaal.domain.Language;
import nl.royaal.service.SettingsService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsStoreTest {

    @TempDir
    Path config;

    @Test
    void aFirstStartGivesDutchAndTheDefaultDirectory() {
        assertEquals(Settings.DEFAULTS, new SettingsStore(config).load());
    }

    @Test
    void savedSettingsComeBack() {
        SettingsStore store = new SettingsStore(config.resolve("nested"));
        Settings english = new Settings(Language.EN, Path.of("/srv/royaal"));
        store.save(english);
        assertEquals(english, new SettingsStore(config.resolve("nested")).load());
    }

    @Test
    void aDamagedFileFallsBackToDefaultsInsteadOfBlockingTheStart() throws IOException {
        Files.write(config.resolve("settings.properties"), new byte[] {'l', 'a', 'n', 'g', '=', '\\', 'u', 'z', 'z'});
        assertEquals(Settings.DEFAULTS, new SettingsStore(config).load());
    }

    @Test
    void commandLineDataDirectoryWinsOverTheSettingWhichWinsOverTheDefault() {
        SettingsStore store = new SettingsStore(config);
        Path fallback = Path.of("/default");
        assertEquals(fallback, new SettingsService(store, fallback, null).effectiveDataDirectory());
        store.save(new Settings(Language.NL, Path.of("/chosen")));
        assertEquals(Path.of("/chosen"), new SettingsService(store, fallback, null).effectiveDataDirectory());
        assertEquals(Path.of("/cli"), new SettingsService(store, fallback, Path.of("/cli")).effectiveDataDirectory());
    }
}
