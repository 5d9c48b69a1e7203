package nl.royaal.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleConsumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import nl.royaal.domain.Language;
import nl.royaal.i18n.I18n;

/**
 * The raw data as CSV: one ZIP archive with one file per table of {@link RawTables} (summary,
 * touchpoints, scores with one row per participant × touchpoint, texts, votes, ratings, agenda,
 * self-image). Documented in docs/decisions/0007-report.md; the dialect, in short:
 *
 * <ul>
 *   <li>UTF-8 with a byte order mark, so Excel shows é, ë and emoji instead of guessing a code page;
 *   <li>a header row; lines end in CRLF; a field is quoted (RFC 4180) when it holds the separator, a
 *       quote, a line break, or space at either end, and a quote inside is doubled;
 *   <li>the separator and the decimal mark follow the workshop's language, as a spreadsheet in that
 *       language expects: Dutch {@code ;} with {@code 7,33}, English {@code ,} with {@code 7.33};
 *   <li>a text that starts with {@code = + - @} gets a leading apostrophe, so a spreadsheet never
 *       runs a participant's text as a formula (CSV injection).
 * </ul>
 */
public final class CsvReportWriter implements ReportWriter {

    /** The byte order mark that tells spreadsheet programs the file is UTF-8. */
    static final String BOM = "\uFEFF";

    @Override
    public void write(ReportModel model, OutputStream out, DoubleConsumer progress) throws IOException {
        Map<String, String> files = files(model);
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        int done = 0;
        for (Map.Entry<String, String> file : files.entrySet()) {
            zip.putNextEntry(new ZipEntry(file.getKey()));
            zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            progress.accept((double) ++done / files.size());
        }
        zip.finish();
        out.flush();
    }

    /** Every file of the archive by name (the table name plus .csv), in order, BOM included. */
    public Map<String, String> files(ReportModel model) {
        Language language = model.workshop().language();
        I18n i18n = I18n.of(language);
        Map<String, String> files = new LinkedHashMap<>();
        for (RawTables.Table table : RawTables.of(model)) {
            files.put(i18n.t(table.fileKey()) + ".csv", csv(table, language));
        }
        return files;
    }

    /** The field separator for a workshop in this language. */
    public static char separator(Language language) {
        return language == Language.NL ? ';' : ',';
    }

    static String csv(RawTables.Table table, Language language) {
        char separator = separator(language);
        ReportNumbers numbers = new ReportNumbers(language);
        StringBuilder csv = new StringBuilder(BOM);
        appendRow(csv, table.headers(), separator, numbers);
        for (List<Object> row : table.rows()) {
            appendRow(csv, row, separator, numbers);
        }
        return csv.toString();
    }

    private static void appendRow(StringBuilder csv, List<?> cells, char separator, ReportNumbers numbers) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(separator);
            }
            csv.append(field(cells.get(i), separator, numbers));
        }
        csv.append("\r\n");
    }

    private static String field(Object cell, char separator, ReportNumbers numbers) {
        return switch (cell) {
            case null -> "";
            case Long whole -> whole.toString();
            case RawTables.Decimal decimal ->
                    ReportNumbers.rounded(decimal.value(), RawTables.SCALE).toPlainString()
                            .replace('.', numbers.decimalSeparator());
            case String text -> quoted(defused(text), separator);
            default -> throw new IllegalArgumentException("no CSV form for " + cell.getClass());
        };
    }

    /** A text a spreadsheet would take for a formula gets an apostrophe in front (OWASP: CSV injection). */
    static String defused(String text) {
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }

    static String quoted(String text, char separator) {
        boolean quote = text.indexOf(separator) >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0 || (!text.isEmpty()
                        && (Character.isWhitespace(text.charAt(0)) || Character.isWhitespace(text.charAt(text.length() - 1))));
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
