package nl.royaal.domain;

import static nl.royaal.domain.Refusals.assertRefused;
import static nl.royaal.domain.Refusals.assertRefusedForField;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class WorkshopDetailsTest {

    private static final LocalDate DATE = LocalDate.of(2026, 3, 12);

    private static WorkshopDetails withTitle(String title) {
        return new WorkshopDetails(title, "Zorgverzekeraar Noord", DATE, "Anna de Vries", Language.NL);
    }

    @Test
    void refusesEmptyTitle() {
        assertRefusedForField("validation.text.required", "field.title", () -> withTitle(""));
    }

    @ParameterizedTest
    @ValueSource(strings = {" ", "     ", "\t", "\n\n", " \r\n ", "\u00A0", "\u00A0 \u202F"})
    void refusesWhitespaceOnlyTitle(String title) {
        assertRefusedForField("validation.text.required", "field.title", () -> withTitle(title));
    }

    @ParameterizedTest
    @NullSource
    void refusesMissingTitle(String title) {
        assertRefusedForField("validation.text.required", "field.title", () -> withTitle(title));
    }

    @Test
    void refusesTitleOfTenThousandCharacters() {
        assertRefused("validation.text.tooLong", new Object[] {"field.title", TextRules.MAX_NAME_LENGTH, 10_000},
                () -> withTitle("x".repeat(10_000)));
    }

    @Test
    void acceptsTitleOfTwoHundredCharacters() {
        assertEquals(200, withTitle("x".repeat(200)).title().length());
    }

    @Test
    void storesTheTitleTrimmedAndOnOneLine() {
        assertEquals("Royale organisatie, loyale klanten",
                withTitle("  Royale organisatie,\nloyale klanten\u00A0 ").title());
    }

    @Test
    void languageDefaultsToDutch() {
        assertEquals(Language.NL, new WorkshopDetails("Workshop", "", DATE, "", null).language());
    }

    @Test
    void keepsTheChosenLanguage() {
        assertEquals(Language.EN, new WorkshopDetails("Workshop", "", DATE, "", Language.EN).language());
    }

    @Test
    void clientAndFacilitatorMayBeEmptyWhilePreparing() {
        WorkshopDetails details = new WorkshopDetails("Workshop", null, DATE, "  ", Language.NL);
        assertEquals("", details.clientOrganisation());
        assertEquals("", details.facilitator());
    }

    @Test
    void refusesClientNameOverTwoHundredCharacters() {
        assertRefusedForField("validation.text.tooLong", "field.client",
                () -> new WorkshopDetails("Workshop", "c".repeat(201), DATE, "", Language.NL));
    }

    @Test
    void refusesFacilitatorNameOverTwoHundredCharacters() {
        assertRefusedForField("validation.text.tooLong", "field.facilitator",
                () -> new WorkshopDetails("Workshop", "", DATE, "f".repeat(201), Language.NL));
    }

    @Test
    void requiresADate() {
        assertThrows(NullPointerException.class, () -> new WorkshopDetails("Workshop", "", null, "", Language.NL));
    }

    @Test
    void withTitleValidatesTheNewTitle() {
        WorkshopDetails details = withTitle("Workshop");
        assertRefusedForField("validation.text.required", "field.title", () -> details.withTitle("   "));
    }

    @Test
    void withTitleAndWithDateKeepTheOtherFields() {
        WorkshopDetails details = withTitle("Workshop");
        WorkshopDetails changed = details.withTitle("Andere titel").withDate(DATE.plusDays(7));
        assertEquals(new WorkshopDetails("Andere titel", "Zorgverzekeraar Noord", DATE.plusDays(7),
                "Anna de Vries", Language.NL), changed);
    }
}
