package nl.royaal.persistence;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import nl.royaal.domain.Language;

/**
 * The trainer's own preferences, kept outside the database so they can say where the database is.
 *
 * @param dataDirectory chosen data directory; {@code null} for the platform's default
 */
public record Settings(Language language, Path dataDirectory) {

    public static final Settings DEFAULTS = new Settings(Language.DEFAULT, null);

    public Settings {
        Objects.requireNonNull(language, "language");
    }

    public Optional<Path> chosenDataDirectory() {
        return Optional.ofNullable(dataDirectory);
    }

    public Settings withLanguage(Language newLanguage) {
        return new Settings(newLanguage, dataDirectory);
    }

    public Settings withDataDirectory(Path newDirectory) {
        return new Settings(language, newDirectory);
    }
}
