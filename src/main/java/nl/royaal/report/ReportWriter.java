package nl.royaal.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.function.DoubleConsumer;

/**
 * Writes a report in one format. Writers lay out a {@link ReportModel}; they compute nothing of
 * their own. Stateless: one writer may write many reports, also at the same time.
 */
public interface ReportWriter {

    /**
     * Writes the report to {@code out} (which is flushed but not closed).
     *
     * @param progress told the share done so far, from 0 to 1, now and then; called on the
     *                 writing thread
     */
    void write(ReportModel model, OutputStream out, DoubleConsumer progress) throws IOException;

    /** The writer for a format. */
    static ReportWriter forFormat(ReportFormat format) {
        return switch (format) {
            case PDF -> new PdfReportWriter();
            case CSV -> new CsvReportWriter();
            case XLSX -> new XlsxReportWriter();
        };
    }
}
