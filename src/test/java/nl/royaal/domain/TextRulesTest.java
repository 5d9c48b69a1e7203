package nl.royaal.domain;

import static nl.royaal.domain.Refusals.assertRefused;
import static nl.royaal.domain.Refusals.assertRefusedForField;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class TextRulesTest {

    private static final String FIELD = "field.title";
    /** One code point, two chars in a Java string. */
    private static final String EMOJI = "\uD83D\uDE00";

    // --- single line ---------------------------------------------------------------------------

    @Test
    void singleLineTrimsSurroundingWhitespace() {
        assertEquals("Klantreis Zorgverzekeraar", TextRules.singleLine("  \t Klantreis Zorgverzekeraar \n "));
    }

    @Test
    void singleLineTurnsLineBreaksAndTabsIntoOneSpace() {
        assertEquals("Eerste regel tweede regel", TextRules.singleLine("Eerste regel\r\n\ttweede regel"));
    }

    @Test
    void singleLineReplacesAsciiControlCharactersWithSpace() {
        assertEquals("Fan moment", TextRules.singleLine("Fan\u0000\u0007\u001Bmoment"));
    }

    @Test
    void singleLineRemovesUnicodeC1ControlCharactersToo() {
        // U+0085 (next line) and U+009B (terminal escape) are control characters as much as U+0007.
        assertEquals("Fan moment", TextRules.singleLine("Fan\u0085moment\u009B"));
    }

    @Test
    void singleLineCollapsesRunsOfSpaces() {
        assertEquals("a b", TextRules.singleLine("a    b"));
    }

    @Test
    void singleLineReadsNullAsEmpty() {
        assertEquals("", TextRules.singleLine(null));
    }

    // --- multi line ----------------------------------------------------------------------------

    @Test
    void multiLineKeepsLineBreaks() {
        assertEquals("Eerste regel\nTweede regel", TextRules.multiLine("Eerste regel\nTweede regel"));
    }

    @Test
    void multiLineUnifiesWindowsAndOldMacLineBreaks() {
        assertEquals("a\nb\nc", TextRules.multiLine("a\r\nb\rc"));
    }

    @Test
    void multiLineRemovesEveryOtherControlCharacter() {
        assertEquals("Fanmoment", TextRules.multiLine("Fan\u0000\u0007\u001B\u0085\u009Bmoment"));
    }

    @Test
    void multiLineKeepsAtMostOneEmptyLineBetweenParagraphs() {
        assertEquals("a\n\nb", TextRules.multiLine("a\n\n\n\n\nb"));
    }

    @Test
    void multiLineTrimsLeadingAndTrailingBlankLines() {
        assertEquals("verhaal", TextRules.multiLine("\n\n  verhaal  \n\n"));
    }

    @Test
    void multiLineReadsNullAsEmpty() {
        assertEquals("", TextRules.multiLine(null));
    }

    // --- required and optional -----------------------------------------------------------------

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "\t\n\r", "\u0007\u0000", "\u0085\u009B", "\u00A0\u2003"})
    void requiredRefusesWhatIsEmptyOnceCleaned(String raw) {
        assertRefused("validation.text.required", new Object[] {FIELD}, () -> TextRules.required(raw, FIELD, 10));
    }

    @Test
    void requiredReturnsTheCleanedValue() {
        assertEquals("Royale organisatie", TextRules.required("  Royale\norganisatie ", FIELD, 200));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "\n"})
    void optionalAcceptsNothingAsEmpty(String raw) {
        assertEquals("", TextRules.optional(raw, "field.client", 10));
    }

    @Test
    void optionalStillRefusesTooLongText() {
        assertRefusedForField("validation.text.tooLong", "field.client",
                () -> TextRules.optional("x".repeat(11), "field.client", 10));
    }

    // --- length --------------------------------------------------------------------------------

    @Test
    void acceptsTextOfExactlyTheLimit() {
        assertEquals("x".repeat(200), TextRules.required("x".repeat(200), FIELD, 200));
    }

    @Test
    void refusesTextOneOverTheLimitInsteadOfCuttingIt() {
        assertRefused("validation.text.tooLong", new Object[] {FIELD, 200, 201},
                () -> TextRules.required("x".repeat(201), FIELD, 200));
    }

    @Test
    void countsAnEmojiAsOneCharacter() {
        String twoHundredEmoji = EMOJI.repeat(200);
        assertEquals(400, twoHundredEmoji.length());
        assertEquals(twoHundredEmoji, TextRules.required(twoHundredEmoji, FIELD, 200));
    }

    @Test
    void reportsLengthInCodePointsWhenEmojiGoOverTheLimit() {
        assertRefused("validation.text.tooLong", new Object[] {FIELD, 200, 201},
                () -> TextRules.required(EMOJI.repeat(201), FIELD, 200));
    }

    @Test
    void measuresLengthAfterTrimming() {
        String padded = "   " + "x".repeat(200) + "   ";
        assertEquals("x".repeat(200), TextRules.required(padded, FIELD, 200));
    }

    @Test
    void limitedCountsLineBreaksOfMultiLineText() {
        assertRefused("validation.text.tooLong", new Object[] {"field.answerText", 3, 4},
                () -> TextRules.limited("a\nbc", "field.answerText", 3));
    }
}
