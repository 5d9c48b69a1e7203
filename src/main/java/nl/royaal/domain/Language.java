package nl.royaal.domain;

import java.util.Locale;

/** The language a workshop is run in (and the app is shown in). Dutch is the default. */
public enum Language {
    NL("nl"),
    EN("en");

    public static final Language DEFAULT = NL;

    private final String code;

    Language(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public Locale locale() {
        return Locale.of(code);
    }

    /** Reads a stored code; anything unknown falls back to Dutch rather than failing. */
    public static Language fromCode(String code) {
        for (Language language : values()) {
            if (language.code.equalsIgnoreCase(code)) {
                return language;
            }
        }
        return DEFAULT;
    }
}
