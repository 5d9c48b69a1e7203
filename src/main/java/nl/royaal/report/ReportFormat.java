package nl.royaal.report;

import java.util.Locale;
import java.util.Optional;

/**
 * The forms a session report is written in: the PDF the client keeps, and the raw data as CSV
 * (a ZIP archive with one CSV file per round) or as one XLSX workbook.
 */
public enum ReportFormat {
    PDF("pdf", "application/pdf"),
    /** One ZIP archive holding one CSV file per table: a single file to mail, written in one step. */
    CSV("zip", "application/zip"),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final String extension;
    private final String mediaType;

    ReportFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    /** The file name extension without the dot ("pdf", "zip", "xlsx"). */
    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The format for a name typed on the command line: "pdf", "csv" or "xlsx", in any case. */
    public static Optional<ReportFormat> fromName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = name.strip().toUpperCase(Locale.ROOT);
        for (ReportFormat format : values()) {
            if (format.name().equals(wanted)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
