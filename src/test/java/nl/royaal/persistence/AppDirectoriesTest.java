package nl.royaal.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AppDirectoriesTest {

    @Test
    void linuxFollowsXdgWithTheUsualFallbacks() {
        AppDirectories plain = AppDirectories.forPlatform("Linux", "/home/trainer", Map.of());
        assertEquals(Path.of("/home/trainer/.local/share/royaal"), plain.dataDirectory());
        assertEquals(Path.of("/home/trainer/.config/royaal"), plain.configDirectory());

        AppDirectories xdg = AppDirectories.forPlatform("Linux", "/home/trainer",
                Map.of("XDG_DATA_HOME", "/data", "XDG_CONFIG_HOME", "/cfg"));
        assertEquals(Path.of("/data/royaal"), xdg.dataDirectory());
        assertEquals(Path.of("/cfg/royaal"), xdg.configDirectory());
    }

    @Test
    void relativeXdgPathsAreIgnoredAsTheSpecificationSays() {
        AppDirectories relative = AppDirectories.forPlatform("Linux", "/home/trainer", Map.of("XDG_DATA_HOME", "data"));
        assertEquals(Path.of("/home/trainer/.local/share/royaal"), relative.dataDirectory());
    }

    @Test
    void windowsUsesAppData() {
        AppDirectories windows = AppDirectories.forPlatform("Windows 11", "/home/trainer",
                Map.of("APPDATA", "/roaming", "LOCALAPPDATA", "/local"));
        assertEquals(Path.of("/local/Royaal"), windows.dataDirectory());
        assertEquals(Path.of("/roaming/Royaal"), windows.configDirectory());
    }

    @Test
    void macUsesApplicationSupport() {
        AppDirectories mac = AppDirectories.forPlatform("Mac OS X", "/Users/trainer", Map.of());
        assertEquals(Path.of("/Users/trainer/Library/Application Support/Royaal"), mac.dataDirectory());
    }
}
