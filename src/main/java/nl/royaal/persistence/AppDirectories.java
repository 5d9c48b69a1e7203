package nl.royaal.persistence;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where Royaal keeps its database and its settings on each platform: the XDG directories on
 * Linux, AppData on Windows, Application Support on macOS. Pure (environment passed in) so
 * every platform is testable on any platform.
 */
public record AppDirectories(Path dataDirectory, Path configDirectory) {

    private static final String APP = "royaal";
    private static final String APP_TITLE = "Royaal";

    public static AppDirectories forCurrentUser() {
        return forPlatform(System.getProperty("os.name", ""), System.getProperty("user.home", "."), System.getenv());
    }

    public static AppDirectories forPlatform(String osName, String userHome, Map<String, String> environment) {
        String os = osName.toLowerCase(Locale.ROOT);
        Path home = Path.of(userHome);
        if (os.startsWith("windows")) {
            Path roaming = pathOr(environment.get("APPDATA"), home.resolve("AppData").resolve("Roaming"));
            Path local = pathOr(environment.get("LOCALAPPDATA"), home.resolve("AppData").resolve("Local"));
            return new AppDirectories(local.resolve(APP_TITLE), roaming.resolve(APP_TITLE));
        }
        if (os.startsWith("mac")) {
            Path support = home.resolve("Library").resolve("Application Support").resolve(APP_TITLE);
            return new AppDirectories(support, support);
        }
        Path dataHome = pathOr(environment.get("XDG_DATA_HOME"), home.resolve(".local").resolve("share"));
        Path configHome = pathOr(environment.get("XDG_CONFIG_HOME"), home.resolve(".config"));
        return new AppDirectories(dataHome.resolve(APP), configHome.resolve(APP));
    }

    /** XDG says a relative path in the variable is invalid and must be ignored. */
    private static Path pathOr(String value, Path fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        Path path = Path.of(value);
        return path.isAbsolute() ? path : fallback;
    }
}
