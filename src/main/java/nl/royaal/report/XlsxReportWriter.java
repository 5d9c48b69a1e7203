package nl.royaal.report;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.function.DoubleConsumer;
import nl.royaal.i18n.I18n;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The raw data as one XLSX workbook: the same tables as the CSV archive ({@link RawTables}), one
 * sheet each, the summary first. Grades and counts are whole numbers, means and spreads keep
 * their full value and show two decimals, texts are plain strings (never formulas). Written with
 * fastexcel, which streams the sheets and needs no Apache POI.
 */
public final class XlsxReportWriter implements ReportWriter {

    private static final String DECIMALS = "0.00";
    private static final String HEADER_FILL = "1B2A4A";
    private static final String HEADER_TEXT = "FFFFFF";

    @Override
    public void write(ReportModel model, OutputStream out, DoubleConsumer progress) throws IOException {
        I18n i18n = I18n.of(model.workshop().language());
        List<RawTables.Table> tables = RawTables.of(model);
        // fastexcel closes what it writes to; the caller owns the stream.
        Workbook workbook = new Workbook(new KeepOpen(out), "Royaal", null);
        int done = 0;
        for (RawTables.Table table : tables) {
            Worksheet sheet = workbook.newWorksheet(i18n.t(table.fileKey()));
            writeSheet(sheet, table);
            sheet.finish();
            progress.accept((double) ++done / (tables.size() + 1));
        }
        workbook.finish();
        out.flush();
        progress.accept(1);
    }

    private static void writeSheet(Worksheet sheet, RawTables.Table table) {
        List<String> headers = table.headers();
        int[] widths = new int[headers.size()];
        for (int c = 0; c < headers.size(); c++) {
            sheet.value(0, c, headers.get(c));
            sheet.style(0, c).bold().fontColor(HEADER_TEXT).fillColor(HEADER_FILL).wrapText(true).set();
            widths[c] = Math.max(8, headers.get(c).length() / 2 + 2);
        }
        int r = 1;
        for (List<Object> row : table.rows()) {
            for (int c = 0; c < row.size(); c++) {
                Object cell = row.get(c);
                switch (cell) {
                    case null -> {
                        // an empty cell
                    }
                    case Long whole -> sheet.value(r, c, whole);
                    case RawTables.Decimal decimal -> {
                        sheet.value(r, c, decimal.value());
                        sheet.style(r, c).format(DECIMALS).set();
                    }
                    case String text -> {
                        sheet.value(r, c, text);
                        widths[c] = Math.max(widths[c], Math.min(60, text.length() + 2));
                        if (text.length() > 60 || text.indexOf('\n') >= 0) {
                            sheet.style(r, c).wrapText(true).set();
                        }
                    }
                    default -> throw new IllegalArgumentException("no XLSX form for " + cell.getClass());
                }
            }
            r++;
        }
        for (int c = 0; c < widths.length; c++) {
            sheet.width(c, widths[c]);
        }
        sheet.freezePane(0, 1);
    }

    /** Passes writes on but not {@code close()}. */
    private static final class KeepOpen extends FilterOutputStream {
        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
