package nl.royaal.service.scoreentry;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import nl.royaal.domain.DomainException;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/**
 * Reads the export of an online form (CSV or XLSX) into a {@link ScoreTable}. The format is told
 * from the file's first bytes, not its name. docs/score-import.md describes what is accepted.
 *
 * <p>CSV: UTF-8 with or without a byte-order mark (Windows-1252 when the bytes are not UTF-8;
 * UTF-16 with a byte-order mark), {@code ;}, {@code ,} or tab as separator, chosen from the header
 * line, quoted fields with doubled quotes and line breaks inside, CRLF, LF or CR line ends.
 *
 * <p>Anything it cannot read with certainty is refused as a whole with a
 * {@link DomainException} whose key says why ({@code scoreentry.file.*}): an empty or binary file,
 * an old .xls, a damaged XLSX, no header, a single column, a quote that never closes, text after
 * a closing quote, and mixed separators (a data row that has none of the header's separator but
 * another one). A refused file imports nothing.
 */
public final class ScoreFileReader {

    /** An online form's export is kilobytes; a file this size is something else. */
    public static final long MAX_BYTES = 20L * 1024 * 1024;
    public static final int MAX_ROWS = 100_000;

    private static final char[] SEPARATORS = {';', ',', '\t'};
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private ScoreFileReader() {
    }

    /** Reads a CSV or XLSX file; see the class comment for what is refused. */
    public static ScoreTable read(Path file) {
        String name = String.valueOf(file.getFileName());
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new DomainException("scoreentry.file.tooLarge", name, MAX_BYTES / (1024 * 1024));
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException unreadable) {
            DomainException refused = new DomainException("scoreentry.file.unreadable", name);
            refused.initCause(unreadable);
            throw refused;
        }
        if (bytes.length == 0) {
            throw new DomainException("scoreentry.file.empty", name);
        }
        // Both checks want eight bytes; a shorter file is padded with zeros (and is neither).
        byte[] start = Arrays.copyOf(bytes, 8);
        if (ReadableWorkbook.isOOXMLZipHeader(start)) {
            return readXlsx(bytes, name);
        }
        if (ReadableWorkbook.isOLE2Header(start)) {
            throw new DomainException("scoreentry.file.oldExcel", name);
        }
        return readCsv(decode(bytes, name));
    }

    /** Reads CSV text (the byte-order mark already removed, or not). */
    public static ScoreTable readCsv(String text) {
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new DomainException("scoreentry.file.noHeader");
        }
        List<Character> candidates = separatorsInHeader(text);
        if (candidates.isEmpty()) {
            throw new DomainException("scoreentry.file.oneColumn");
        }
        List<Record> best = null;
        char chosen = candidates.getFirst();
        for (char separator : candidates) {
            List<Record> records = parse(text, separator);
            if (best == null) {
                best = records;
            }
            if (consistent(records)) {
                best = records;
                chosen = separator;
                break;
            }
        }
        refuseMixedSeparators(best, chosen);
        return table("CSV", best);
    }

    // --- CSV ------------------------------------------------------------------------------

    /** One line of the file (or several, when a quoted field holds line breaks). */
    private record Record(int line, List<String> fields) {

        boolean blank() {
            return fields.stream().allMatch(String::isBlank);
        }
    }

    private static String decode(byte[] bytes, String name) {
        String text;
        if (startsWith(bytes, UTF8_BOM)) {
            text = strictUtf8(Arrays.copyOfRange(bytes, UTF8_BOM.length, bytes.length));
            if (text == null) {
                throw new DomainException("scoreentry.file.notText", name);
            }
        } else if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
            text = new String(bytes, StandardCharsets.UTF_16);
        } else {
            text = strictUtf8(bytes);
            if (text == null) {
                // Excel on Windows saves "CSV (gescheiden door lijstscheidingsteken)" in Windows-1252.
                text = new String(bytes, Charset.forName("windows-1252"));
            }
        }
        if (text.indexOf('\u0000') >= 0) {
            throw new DomainException("scoreentry.file.notText", name);
        }
        return text;
    }

    private static String strictUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            return null;
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    /** The separators found outside quotes on the first non-blank line, most frequent first ({@code ;} wins a tie). */
    private static List<Character> separatorsInHeader(String text) {
        int[] counts = new int[SEPARATORS.length];
        boolean quoted = false;
        boolean seenText = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                if (seenText) {
                    break;
                }
            } else if (!quoted) {
                for (int s = 0; s < SEPARATORS.length; s++) {
                    if (c == SEPARATORS[s]) {
                        counts[s]++;
                    }
                }
            }
            if (!Character.isWhitespace(c)) {
                seenText = true;
            }
        }
        List<Character> found = new ArrayList<>();
        for (int s = 0; s < SEPARATORS.length; s++) {
            if (counts[s] > 0) {
                found.add(SEPARATORS[s]);
            }
        }
        found.sort((a, b) -> Integer.compare(counts[indexOf(b)], counts[indexOf(a)]));
        return found;
    }

    private static int indexOf(char separator) {
        for (int s = 0; s < SEPARATORS.length; s++) {
            if (SEPARATORS[s] == separator) {
                return s;
            }
        }
        return -1;
    }

    /** Every non-blank record has as many fields as the first (trailing empty fields aside). */
    private static boolean consistent(List<Record> records) {
        List<Record> filled = records.stream().filter(record -> !record.blank()).toList();
        if (filled.isEmpty()) {
            return false;
        }
        int width = filled.getFirst().fields().size();
        return filled.stream().allMatch(record -> trimmedWidth(record.fields(), width) == width);
    }

    /** The number of fields, not counting empty ones beyond {@code width} (Excel's trailing ";;;"). */
    private static int trimmedWidth(List<String> fields, int width) {
        int size = fields.size();
        while (size > width && fields.get(size - 1).isBlank()) {
            size--;
        }
        return size;
    }

    /**
     * A row that has none of the header's separator but another one was written with a
     * different separator: guessing which columns its values belong to could put a grade under
     * the wrong touchpoint, so the file is refused.
     */
    private static void refuseMixedSeparators(List<Record> records, char chosen) {
        List<Record> filled = records.stream().filter(record -> !record.blank()).toList();
        if (filled.size() < 2 || filled.getFirst().fields().size() < 2) {
            return;
        }
        for (Record record : filled.subList(1, filled.size())) {
            if (record.fields().size() == 1) {
                String only = record.fields().getFirst();
                for (char other : SEPARATORS) {
                    if (other != chosen && only.indexOf(other) >= 0) {
                        throw new DomainException("scoreentry.file.mixedSeparators", record.line(),
                                separatorName(chosen), separatorName(other));
                    }
                }
            }
        }
    }

    private static String separatorName(char separator) {
        return separator == '\t' ? "tab" : String.valueOf(separator);
    }

    /**
     * RFC 4180 with the usual leniency: a quote inside an unquoted field is just a character.
     * A quote that never closes, or text right after a closing quote, refuses the file.
     */
    private static List<Record> parse(String text, char separator) {
        List<Record> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = 1;
        int recordLine = 1;
        int i = 0;
        int length = text.length();
        boolean atFieldStart = true;
        while (i < length) {
            char c = text.charAt(i);
            if (atFieldStart && c == '"') {
                int openedOn = line;
                i++;
                while (true) {
                    if (i >= length) {
                        throw new DomainException("scoreentry.file.openQuote", openedOn);
                    }
                    char q = text.charAt(i);
                    if (q == '"') {
                        if (i + 1 < length && text.charAt(i + 1) == '"') {
                            field.append('"');
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    if (q == '\n' || (q == '\r' && (i + 1 >= length || text.charAt(i + 1) != '\n'))) {
                        line++;
                    }
                    field.append(q);
                    i++;
                }
                // After the closing quote: spaces, then a separator or the end of the line.
                while (i < length && text.charAt(i) == ' ') {
                    i++;
                }
                if (i < length && text.charAt(i) != separator && text.charAt(i) != '\r' && text.charAt(i) != '\n') {
                    throw new DomainException("scoreentry.file.textAfterQuote", line);
                }
                atFieldStart = false;
                continue;
            }
            if (c == separator) {
                fields.add(field.toString());
                field.setLength(0);
                atFieldStart = true;
                i++;
            } else if (c == '\r' || c == '\n') {
                fields.add(field.toString());
                field.setLength(0);
                records.add(new Record(recordLine, List.copyOf(fields)));
                fields.clear();
                i += (c == '\r' && i + 1 < length && text.charAt(i + 1) == '\n') ? 2 : 1;
                line++;
                recordLine = line;
                atFieldStart = true;
                if (records.size() > MAX_ROWS + 1) {
                    throw new DomainException("scoreentry.file.tooManyRows", MAX_ROWS);
                }
            } else {
                field.append(c);
                atFieldStart = false;
                i++;
            }
        }
        if (!fields.isEmpty() || field.length() > 0) {
            fields.add(field.toString());
            records.add(new Record(recordLine, List.copyOf(fields)));
        }
        return records;
    }

    // --- XLSX ------------------------------------------------------------------------------

    private static ScoreTable readXlsx(byte[] bytes, String name) {
        List<Record> records = new ArrayList<>();
        try (InputStream in = new java.io.ByteArrayInputStream(bytes);
                ReadableWorkbook workbook = new ReadableWorkbook(in);
                Stream<Row> rows = workbook.getFirstSheet().openStream()) {
            Iterator<Row> iterator = rows.iterator();
            while (iterator.hasNext()) {
                Row row = iterator.next();
                List<String> cells = new ArrayList<>();
                for (int column = 0; column < row.getCellCount(); column++) {
                    cells.add(row.getOptionalCell(column).map(ScoreFileReader::text).orElse(""));
                }
                records.add(new Record(row.getRowNum(), cells));
                if (records.size() > MAX_ROWS + 1) {
                    throw new DomainException("scoreentry.file.tooManyRows", MAX_ROWS);
                }
            }
        } catch (IOException | RuntimeException damaged) {
            if (damaged instanceof DomainException domain) {
                throw domain;
            }
            DomainException refused = new DomainException("scoreentry.file.badXlsx", name);
            refused.initCause(damaged);
            throw refused;
        }
        return table("XLSX", records);
    }

    /** A number as a person would type it: 7 rather than 7.0, 7.5 as 7.5. */
    private static String text(Cell cell) {
        if (cell.getType() == CellType.NUMBER) {
            BigDecimal number = cell.asNumber();
            return number.stripTrailingZeros().toPlainString();
        }
        if (cell.getType() == CellType.EMPTY) {
            return "";
        }
        String text = cell.getText();
        return text == null ? "" : text;
    }

    // --- both -----------------------------------------------------------------------------

    /**
     * The first non-blank record is the header; it must name its columns. A header of numbers
     * only is data without a header.
     */
    private static ScoreTable table(String format, List<Record> records) {
        List<Record> filled = records.stream().filter(record -> !record.blank()).toList();
        if (filled.isEmpty()) {
            throw new DomainException("scoreentry.file.noHeader");
        }
        Record header = filled.getFirst();
        int width = trimmedWidth(header.fields(), 0);
        List<String> names = header.fields().subList(0, width).stream().map(String::strip).toList();
        if (names.stream().filter(nameText -> !nameText.isEmpty()).allMatch(ScoreFileReader::looksLikeNumber)) {
            throw new DomainException("scoreentry.file.noHeader");
        }
        if (names.size() < 2) {
            throw new DomainException("scoreentry.file.oneColumn");
        }
        List<ScoreTable.Row> rows = new ArrayList<>();
        for (Record record : filled.subList(1, filled.size())) {
            List<String> fields = record.fields();
            rows.add(new ScoreTable.Row(record.line(), fields.subList(0, trimmedWidth(fields, width))));
        }
        return new ScoreTable(format, names, rows);
    }

    private static boolean looksLikeNumber(String text) {
        return text.matches("-?\\d+([.,]\\d+)?");
    }
}
