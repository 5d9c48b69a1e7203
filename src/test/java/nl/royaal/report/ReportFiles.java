package nl.royaal.report;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/** Writes reports to memory and reads them back: PDF text with PDFBox, CSV from the archive, XLSX with fastexcel. */
final class ReportFiles {

    private ReportFiles() {
    }

    static byte[] write(ReportModel model, ReportFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ReportWriter.forFormat(format).write(model, out, share -> { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The PDF's text in reading order, whitespace as PDFBox extracts it. */
    static String pdfText(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int pageCount(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The archive's files by name, as raw UTF-8 text (byte order mark included). */
    static Map<String, String> unzip(byte[] zip) {
        Map<String, String> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** An RFC 4180 reader: fields split on {@code separator}, quoted fields with doubled quotes and line breaks. */
    static List<List<String>> parseCsv(String text, char separator) {
        String body = text.startsWith(CsvReportWriter.BOM) ? text.substring(1) : text;
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < body.length() && body.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == separator) {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < body.length() && body.charAt(i + 1) == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        if (!row.isEmpty() || !field.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }

    /** Every sheet by name, each as its rows of cell texts (numbers as their raw value). */
    static Map<String, List<List<String>>> readXlsx(byte[] xlsx) {
        Map<String, List<List<String>>> sheets = new LinkedHashMap<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Sheet sheet : workbook.getSheets().toList()) {
                List<List<String>> rows = new ArrayList<>();
                for (Row row : sheet.read()) {
                    List<String> cells = new ArrayList<>();
                    for (int c = 0; c < row.getCellCount(); c++) {
                        cells.add(row.getCellRawValue(c).orElse(""));
                    }
                    rows.add(cells);
                }
                sheets.put(sheet.getName(), rows);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sheets;
    }
}
