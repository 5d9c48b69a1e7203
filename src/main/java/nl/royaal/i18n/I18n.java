package nl.royaal.i18n;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import nl.royaal.domain.DomainException;
import nl.royaal.domain.Language;

/**
 * The one way Java code gets a user-visible sentence: every text lives in
 * {@code messages_nl.properties} and {@code messages_en.properties}. Immutable: switching
 * language makes a new instance, and the console rebuilds its screens with it.
 */
public final class I18n {

    public static final String BUNDLE = "nl.royaal.i18n.messages";

    private final Language language;
    private final ResourceBundle bundle;

    private I18n(Language language, ResourceBundle bundle) {
        this.language = language;
        this.bundle = bundle;
    }

    public static I18n of(Language language) {
        Objects.requireNonNull(language, "language");
        return new I18n(language, ResourceBundle.getBundle(BUNDLE, language.locale()));
    }

    public Language language() {
        return language;
    }

    /** The bundle itself, for FXMLLoader's {@code %key} lookups. */
    public ResourceBundle bundle() {
        return bundle;
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /**
     * The text for {@code key}, with {@code {0}}-style arguments filled in. An argument that is
     * itself a message key (such as {@code field.title}) is translated first, so a domain error
     * can name the field it is about.
     */
    public String t(String key, Object... arguments) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException missing) {
            // Visible but not fatal: the localisation test fails on this long before a user sees it.
            return "!" + key + "!";
        }
        if (arguments.length == 0) {
            return pattern;
        }
        Object[] translated = Arrays.stream(arguments)
                .map(argument -> argument instanceof String text && text.contains(".") && has(text) ? t(text) : argument)
                .toArray();
        return new MessageFormat(pattern, language.locale()).format(translated);
    }

    /** The sentence for a broken domain rule. */
    public String message(DomainException problem) {
        return t(problem.messageKey(), problem.arguments());
    }
}
