package nl.royaal.service.scoreentry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.royaal.domain.DomainException;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the import reads from a form's export, and every file it refuses (and why). */
class ScoreFileReaderTest {

    @TempDir
    Path directory;

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private Path file(String name, byte[] bytes) throws IOException {
        Path file = directory.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    private Path csv(String text) throws IOException {
        return file("scores.csv", text.getBytes(StandardCharsets.UTF_8));
    }

    private static String refusal(Path file) {
        return assertThrows(DomainException.class, () -> ScoreFileReader.read(file)).messageKey();
    }

    @Test
    void aSemicolonFileWithBomAndCrlfIsReadWithRowNumbersAsASpreadsheetShows() throws IOException {
        byte[] text = "Naam;Website verwachting;Website ervaring\r\nAnna;7;8\r\n\r\nBram;6;9\r\n"
                .getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[BOM.length + text.length];
        System.arraycopy(BOM, 0, withBom, 0, BOM.length);
        System.arraycopy(text, 0, withBom, BOM.length, text.length);

        ScoreTable table = ScoreFileReader.read(file("bom.csv", withBom));

        assertEquals("CSV", table.format());
        assertEquals(List.of("Naam", "Website verwachting", "Website ervaring"), table.header());
        assertEquals(List.of(new ScoreTable.Row(2, List.of("Anna", "7", "8")),
                new ScoreTable.Row(4, List.of("Bram", "6", "9"))), table.rows());
    }

    @Test
    void aCommaFileWithQuotedFieldsHoldingCommasQuotesAndLineBreaksIsRead() throws IOException {
        ScoreTable table = ScoreFileReader.read(csv("""
                "Tijdstempel","Website, verwachting","Opmerking"
                "2026/11/23 10:01","7","zei ""prima"", echt"
                "2026/11/23 10:02","8","twee
                regels"
                "2026/11/23 10:03","9",""
                """));
        assertEquals(List.of("Tijdstempel", "Website, verwachting", "Opmerking"), table.header());
        assertEquals(List.of("2026/11/23 10:01", "7", "zei \"prima\", echt"), table.rows().get(0).cells());
        assertEquals("twee\nregels", table.rows().get(1).cell(2));
        assertEquals(5, table.rows().get(2).number());
    }

    @Test
    void theSeparatorIsTakenFromTheHeaderEvenWhenItsNamesHoldTheOtherOne() throws IOException {
        // Two ';' and two ',' in the header: the one that splits every row the same way wins.
        ScoreTable table = ScoreFileReader.read(csv("Naam;Website, verwachting;Website, ervaring\nAnna;7;8\n"));
        assertEquals(List.of("Naam", "Website, verwachting", "Website, ervaring"), table.header());
        assertEquals(List.of("Anna", "7", "8"), table.rows().getFirst().cells());
    }

    @Test
    void aDecimalCommaInAnotherColumnDoesNotSplitASemicolonFile() throws IOException {
        ScoreTable table = ScoreFileReader.read(csv("Naam;Duur (min);Website verwachting\nAnna;3,5;7\n"));
        assertEquals(List.of("Anna", "3,5", "7"), table.rows().getFirst().cells());
    }

    @Test
    void tabSeparatedTextAndOldMacLineEndsAreRead() throws IOException {
        ScoreTable table = ScoreFileReader.read(csv("Naam\tWebsite verwachting\rAnna\t7\rBram\t8"));
        assertEquals(List.of("Naam", "Website verwachting"), table.header());
        assertEquals(2, table.rows().size());
        assertEquals(3, table.rows().get(1).number());
    }

    @Test
    void trailingEmptyColumnsAsExcelWritesThemAreIgnored() throws IOException {
        ScoreTable table = ScoreFileReader.read(csv("Naam;Website verwachting;;\nAnna;7;;\n;;;\n"));
        assertEquals(List.of("Naam", "Website verwachting"), table.header());
        assertEquals(List.of(new ScoreTable.Row(2, List.of("Anna", "7"))), table.rows());
    }

    @Test
    void aRowWithTooManyOrTooFewCellsIsKeptForThePreviewToReject() throws IOException {
        ScoreTable table = ScoreFileReader.read(csv("Naam;A;B\nAnna;7\nBram;7;8;9\nCees;1;2\n"));
        assertEquals(List.of(2, 4, 3), table.rows().stream().map(row -> row.cells().size()).toList());
    }

    @Test
    void windows1252TextFromExcelIsReadAsSuch() throws IOException {
        byte[] bytes = "Naam;Caf\u00e9 verwachting\nJos\u00e9;7\n".getBytes(Charset.forName("windows-1252"));
        ScoreTable table = ScoreFileReader.read(file("excel.csv", bytes));
        assertEquals("Caf\u00e9 verwachting", table.header().get(1));
        assertEquals("Jos\u00e9", table.rows().getFirst().cell(0));
    }

    @Test
    void utf16WithByteOrderMarkIsRead() throws IOException {
        ScoreTable table = ScoreFileReader.read(file("unicode.txt",
                "\uFEFFNaam\tWebsite verwachting\nAnna\t7\n".getBytes(StandardCharsets.UTF_16LE)));
        assertEquals(List.of("Naam", "Website verwachting"), table.header());
    }

    @Test
    void anEmptyFileIsRefused() throws IOException {
        assertEquals("scoreentry.file.empty", refusal(file("empty.csv", new byte[0])));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\n\n\r\n", "   ", "\uFEFF"})
    void aFileWithoutAnyTextHasNoHeader(String text) throws IOException {
        assertEquals("scoreentry.file.noHeader", refusal(csv(text)));
    }

    @Test
    void numbersOnTheFirstLineAreDataWithoutAHeader() throws IOException {
        assertEquals("scoreentry.file.noHeader", refusal(csv("7;8;9\n6;5;4\n")));
    }

    @Test
    void aHeaderOfOneColumnIsRefusedWithTheSeparatorsItUnderstands() throws IOException {
        assertEquals("scoreentry.file.oneColumn", refusal(csv("Naam\nAnna\n")));
        assertEquals("scoreentry.file.oneColumn", refusal(csv("Naam|Website\nAnna|7\n")));
    }

    @Test
    void mixedSeparatorsAreRefusedNamingTheLine() throws IOException {
        DomainException refused = assertThrows(DomainException.class,
                () -> ScoreFileReader.read(csv("Naam;Website verwachting;Website ervaring\nAnna;7;8\nBram,6,9\n")));
        assertEquals("scoreentry.file.mixedSeparators", refused.messageKey());
        assertEquals(List.of(3, ";", ","), List.of(refused.arguments()));
    }

    @Test
    void aQuoteThatNeverClosesIsRefusedNamingTheLineItOpened() throws IOException {
        DomainException refused = assertThrows(DomainException.class,
                () -> ScoreFileReader.read(csv("Naam;Opmerking\nAnna;\"prima\nBram;7\n")));
        assertEquals("scoreentry.file.openQuote", refused.messageKey());
        assertEquals(2, refused.arguments()[0]);
    }

    @Test
    void textAfterAClosingQuoteIsRefused() throws IOException {
        assertEquals("scoreentry.file.textAfterQuote", refusal(csv("Naam;Opmerking\nAnna;\"prima\"zo\n")));
    }

    @Test
    void aQuoteInsideAnUnquotedFieldIsJustACharacter() throws IOException {
        ScoreTable table = ScoreFileReader.read(csv("Naam;Opmerking\nAnna;scherm 15\" te klein\n"));
        assertEquals("scherm 15\" te klein", table.rows().getFirst().cell(1));
    }

    @Test
    void binaryFilesAndOldExcelAreRefused() throws IOException {
        assertEquals("scoreentry.file.notText", refusal(file("photo.csv", new byte[] {1, 0, 2, 0, 3, 0, 4})));
        byte[] ole = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
        assertEquals("scoreentry.file.oldExcel", refusal(file("old.xls", ole)));
    }

    @Test
    void aZipThatIsNotAWorkbookIsRefusedAsADamagedXlsx() throws IOException {
        byte[] zip = {0x50, 0x4B, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0, 1, 2, 3};
        assertEquals("scoreentry.file.badXlsx", refusal(file("broken.xlsx", zip)));
    }

    @Test
    void aMissingFileIsUnreadable() {
        assertEquals("scoreentry.file.unreadable", refusal(directory.resolve("gone.csv")));
    }

    @Test
    void anXlsxExportIsReadWithWholeNumbersAsTyped() throws IOException {
        Path file = directory.resolve("form.xlsx");
        try (OutputStream out = Files.newOutputStream(file); Workbook workbook = new Workbook(out, "test", "1.0")) {
            Worksheet sheet = workbook.newWorksheet("Antwoorden");
            sheet.value(0, 0, "Naam");
            sheet.value(0, 1, "Website verwachting");
            sheet.value(0, 2, "Website ervaring");
            sheet.value(1, 0, "Anna");
            sheet.value(1, 1, 7);
            sheet.value(1, 2, 7.5);
            sheet.value(3, 0, "Bram");
            sheet.value(3, 1, 8.0);
            sheet.value(3, 2, "zeven");
        }
        ScoreTable table = ScoreFileReader.read(file);
        assertEquals("XLSX", table.format());
        assertEquals(List.of("Naam", "Website verwachting", "Website ervaring"), table.header());
        assertEquals(List.of(new ScoreTable.Row(2, List.of("Anna", "7", "7.5")),
                new ScoreTable.Row(4, List.of("Bram", "8", "zeven"))), table.rows());
    }

    @Test
    void tenThousandRowsAreReadQuickly() throws IOException {
        StringBuilder text = new StringBuilder("Naam;Website verwachting;Website ervaring;Factuur verwachting\r\n");
        for (int i = 1; i <= 10_000; i++) {
            text.append("Deelnemer ").append(i).append(';').append(1 + i % 10).append(';').append(1 + (i * 7) % 10)
                    .append(";\"").append(1 + (i * 3) % 10).append("\"\r\n");
        }
        Path file = csv(text.toString());
        long start = System.nanoTime();
        ScoreTable table = ScoreFileReader.read(file);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(10_000, table.rows().size());
        assertEquals(10_001, table.rows().getLast().number());
        System.out.println("Read 10,000 CSV rows in " + millis + " ms");
    }

    @Test
    void moreThanTheRowLimitIsRefused() throws IOException {
        StringBuilder text = new StringBuilder("Naam;A\n");
        text.append("x;1\n".repeat(ScoreFileReader.MAX_ROWS + 5));
        assertEquals("scoreentry.file.tooManyRows", refusal(csv(text.toString())));
    }
}
