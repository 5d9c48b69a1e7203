package nl.royaal.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.royaal.domain.ElementKind;
import nl.royaal.domain.Language;
import nl.royaal.domain.RoundStatus;
import nl.royaal.domain.WorkshopStatus;
import nl.royaal.persistence.StorageException;
import org.junit.jupiter.api.Test;

/**
 * Every visible text exists in Dutch and English, every key the code or an FXML file names
 * exists, and no key lies unused (after JabRef's LocalizationConsistencyTest).
 */
class LocalizationConsistencyTest {

    private static final Path BUNDLES = Path.of("src/main/resources/nl/royaal/i18n");
    private static final Path SOURCES = Path.of("src/main");
    /** A quoted string that looks like one of our keys: lower-case dotted words. */
    private static final Pattern KEY_LITERAL = Pattern.compile("\"([a-z][a-zA-Z0-9_]*(?:\\.[a-zA-Z0-9_]+)+)\"");
    private static final Pattern FXML_KEY = Pattern.compile("\"%([a-zA-Z0-9_.]+)\"");

    @Test
    void dutchAndEnglishHaveExactlyTheSameKeys() {
        Set<String> dutch = load(Language.NL).stringPropertyNames();
        Set<String> english = load(Language.EN).stringPropertyNames();
        assertEquals(new TreeSet<>(dutch), new TreeSet<>(english), "keys differ between nl and en");
    }

    @Test
    void everyKeyNamedInFxmlOrJavaExistsInBothLanguages() {
        Set<String> known = load(Language.NL).stringPropertyNames();
        Set<String> missing = new TreeSet<>(keysNamedInSources());
        missing.removeAll(known);
        assertEquals(Set.of(), missing, "keys used in code or FXML but missing from the bundles");
    }

    @Test
    void everyKeyInTheBundlesIsUsed() {
        Set<String> named = keysNamedInSources();
        Set<String> unused = load(Language.NL).stringPropertyNames().stream()
                .filter(key -> !named.contains(key) && !builtFromEnum(key))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of(), unused, "keys nobody uses");
    }

    @Test
    void keysBuiltFromEnumsExistForEveryValue() {
        Set<String> known = load(Language.NL).stringPropertyNames();
        Set<String> expected = new TreeSet<>();
        for (ElementKind kind : ElementKind.values()) {
            expected.add("kind." + kind.name().toLowerCase(Locale.ROOT));
        }
        for (RoundStatus round : RoundStatus.values()) {
            expected.add("run.round." + round.name().toLowerCase(Locale.ROOT));
        }
        for (ElementKind kind : ElementKind.values()) {
            expected.add("projector.prompt." + kind.name().toLowerCase(Locale.ROOT));
        }
        for (WorkshopStatus status : WorkshopStatus.values()) {
            expected.add("status." + status.name().toLowerCase(Locale.ROOT));
        }
        for (Language language : Language.values()) {
            expected.add("language." + language.code());
        }
        for (StorageException.Reason reason : StorageException.Reason.values()) {
            expected.add("storage.error." + reason.name().toLowerCase(Locale.ROOT));
        }
        expected.removeAll(known);
        assertEquals(Set.of(), expected);
    }

    @Test
    void everyPatternWithArgumentsIsAValidMessageFormatWithoutLostQuotes() {
        for (Language language : Language.values()) {
            Properties texts = load(language);
            for (String key : texts.stringPropertyNames()) {
                String pattern = texts.getProperty(key);
                if (pattern.contains("{0")) {
                    // A lone ' would silently swallow the rest of the sentence in MessageFormat.
                    assertTrue(!pattern.replace("''", "").contains("'"), language + " " + key + " has a lone quote");
                    new MessageFormat(pattern, language.locale()).format(new Object[] {1, 2, 3});
                }
            }
        }
    }

    private static boolean builtFromEnum(String key) {
        return key.startsWith("kind.") || key.startsWith("status.") || key.startsWith("language.")
                || key.startsWith("storage.error.") || key.startsWith("run.round.")
                || key.startsWith("projector.prompt.");
    }

    private static Set<String> keysNamedInSources() {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            files.filter(Files::isRegularFile).forEach(file -> {
                String name = file.getFileName().toString();
                if (name.endsWith(".java")) {
                    collect(KEY_LITERAL.matcher(read(file)), keys);
                } else if (name.endsWith(".fxml")) {
                    collect(FXML_KEY.matcher(read(file)), keys);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Literals in Java that are not message keys (resource paths, packages) are filtered by the bundle check.
        Set<String> known = load(Language.NL).stringPropertyNames();
        keys.removeIf(key -> !known.contains(key) && !looksLikeMessageKey(key));
        return keys;
    }

    /**
     * A dotted lower-case literal is taken for a message key unless it is clearly something else:
     * a package or class name, or a file name.
     */
    private static boolean looksLikeMessageKey(String candidate) {
        if (candidate.matches(".*\\.(properties|fxml|css|png|json|ttf|sql|royaal|html|js|txt|md)")) {
            return false;
        }
        // System properties ("os.name") and our own attribute names ("royaal.session") are dotted too.
        return !candidate.matches("(nl|java|javax|javafx|jdk|org|com|io|tools|sun|os|user|file|line|royaal)\\..*");
    }

    private static void collect(Matcher matcher, Set<String> into) {
        while (matcher.find()) {
            into.add(matcher.group(1));
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Properties load(Language language) {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(BUNDLES.resolve("messages_" + language.code() + ".properties"))) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
