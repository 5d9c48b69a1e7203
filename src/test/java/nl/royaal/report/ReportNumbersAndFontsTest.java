package nl.royaal.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.OptionalDouble;
import nl.royaal.domain.Language;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/** How numbers are written (rounded as by hand, in the workshop's locale) and which characters the font shows. */
class ReportNumbersAndFontsTest {

    private final ReportNumbers dutch = new ReportNumbers(Language.NL);
    private final ReportNumbers english = new ReportNumbers(Language.EN);

    @Test
    void meansAreRoundedHalfUpAsByHandEvenWhereBinaryFallsJustShort() {
        assertEquals("7,3", dutch.grade(29.0 / 4)); // 7.25 exactly
        assertEquals("7,4", dutch.grade(147.0 / 20)); // 7.35, stored as 7.3499999…
        assertEquals("7,3", dutch.grade(22.0 / 3));
        assertEquals("10,0", dutch.grade(10));
        assertEquals("7.4", english.grade(147.0 / 20));
    }

    @Test
    void gapsCarryATypographicSignAndZeroHasNone() {
        assertEquals("+1,7", dutch.gap(5.0 / 3));
        assertEquals("\u22123,7", dutch.gap(-11.0 / 3));
        assertEquals("\u22120,3", dutch.gap(-0.25));
        assertEquals("0,0", dutch.gap(-0.04));
        assertEquals("0,0", dutch.gap(0.0));
        assertEquals("\u2013", dutch.gap(OptionalDouble.empty()));
        assertEquals("\u2013", dutch.grade(OptionalDouble.empty()));
    }

    @Test
    void countsAreGroupedInTheWorkshopsLocale() {
        assertEquals("2.800", dutch.count(2800));
        assertEquals("2,800", english.count(2800));
    }

    @Test
    void charactersTheFontLacksBecomeOneVisiblePlaceholderPerCharacter() throws IOException {
        try (PDDocument document = new PDDocument()) {
            PdfFonts fonts = new PdfFonts(document);
            assertEquals("Zoë café naïef € – „x”", fonts.printable("Zoë café naïef € – „x”"));
            assertFalse(fonts.substituted());
            assertEquals("é", fonts.printable("e\u0301"), "composed before it is shown");
            assertEquals("a\u25A1b", fonts.printable("a🎉b"));
            assertEquals("\u25A1", fonts.printable("👩‍👩‍👧"), "a joined family is one character");
            assertEquals("\u25A1 \u25A1", fonts.printable("👍🏽 ❤️"));
            assertEquals("\u200fRTL\u200e", fonts.printable("\u200fRTL\u200e"), "Lato has the direction marks");
            assertEquals("ok", fonts.printable("o\u2066k"), "an invisible mark the font lacks is dropped, not boxed");
            assertEquals("\u25A1\u25A1\u25A1\u25A1", fonts.printable("שלום"));
            assertTrue(fonts.substituted());
        }
    }
}
