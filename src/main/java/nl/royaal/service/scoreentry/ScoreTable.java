package nl.royaal.service.scoreentry;

import java.util.List;
import java.util.Objects;

/**
 * What a score file holds before anyone interprets it: the header's column names and the rows
 * under it as text, each with the row number a spreadsheet shows (the header is usually row 1).
 * Blank rows are left out; a row may have more or fewer cells than the header (the preview
 * rejects it then).
 *
 * @param format "CSV" or "XLSX", for the dialog
 */
public record ScoreTable(String format, List<String> header, List<Row> rows) {

    public ScoreTable {
        Objects.requireNonNull(format, "format");
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    /** One row of the file: its number as a spreadsheet shows it, and its cells as text. */
    public record Row(int number, List<String> cells) {

        public Row {
            cells = List.copyOf(cells);
        }

        /** The cell in {@code column}, or "" when the row is shorter. */
        public String cell(int column) {
            return column < cells.size() ? cells.get(column) : "";
        }
    }
}
