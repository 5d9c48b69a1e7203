package nl.royaal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageTest {

    @Test
    void dutchIsTheDefault() {
        assertEquals(Language.NL, Language.DEFAULT);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void readsBackTheCodeItStores(Language language) {
        assertEquals(language, Language.fromCode(language.code()));
    }

    @Test
    void readsCodesIgnoringCase() {
        assertEquals(Language.EN, Language.fromCode("EN"));
        assertEquals(Language.NL, Language.fromCode("Nl"));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "de", "fr", "english", " en"})
    void fallsBackToDutchForAnUnknownCode(String code) {
        assertEquals(Language.NL, Language.fromCode(code));
    }

    @Test
    void hasTheMatchingLocale() {
        assertEquals("nl", Language.NL.locale().getLanguage());
        assertEquals(Locale.ENGLISH.getLanguage(), Language.EN.locale().getLanguage());
    }
}
