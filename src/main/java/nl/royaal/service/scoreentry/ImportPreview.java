package nl.royaal.service.scoreentry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.royaal.domain.Score;

/**
 * What an import would do with a table under a mapping: the rows it takes (each one new
 * participant with a grade for every mapped column) and the rows it rejects, each with its row
 * number and every reason.
 *
 * <p>A row is taken only whole: when one mapped cell is empty, not a number, not whole or out of
 * 1-10, the row is rejected, so no participant is counted for some touchpoints and silently not
 * for others. A row with more or fewer cells than the header is rejected too (its values may
 * sit under the wrong column). Unmapped columns are never looked at, so a decimal comma or any
 * text there is harmless.
 */
public record ImportPreview(List<Accepted> accepted, List<Rejected> rejected, int mappedColumns) {

    public ImportPreview {
        accepted = List.copyOf(accepted);
        rejected = List.copyOf(rejected);
    }

    /** A row to import: its grades per target, in column order. */
    public record Accepted(int rowNumber, Map<ScoreColumn, Score> grades) {

        public Accepted {
            grades = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(grades));
        }
    }

    /** A row left out, with every reason. */
    public record Rejected(int rowNumber, List<Problem> problems) {

        public Rejected {
            problems = List.copyOf(problems);
        }
    }

    /**
     * Why a row was left out.
     *
     * @param column the column's index in the header, -1 when the problem is the whole row
     * @param reason one of the {@code Reason}s
     * @param value  what the cell held (or the row's cell count for {@code COLUMNS})
     */
    public record Problem(int column, Reason reason, String value) {
    }

    /** Each reason is a message key in the bundles ({@code scoreentry.reason.*}). */
    public enum Reason {
        EMPTY("scoreentry.reason.empty"),
        NOT_A_NUMBER("scoreentry.reason.notANumber"),
        NOT_WHOLE("scoreentry.reason.notWhole"),
        OUT_OF_RANGE("scoreentry.reason.outOfRange"),
        COLUMNS("scoreentry.reason.columns");

        private final String messageKey;

        Reason(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    public static ImportPreview of(ScoreTable table, List<Optional<ScoreColumn>> mapping) {
        List<Accepted> accepted = new ArrayList<>();
        List<Rejected> rejected = new ArrayList<>();
        int width = table.header().size();
        int mapped = (int) mapping.stream().filter(Optional::isPresent).count();
        if (mapped == 0) {
            return new ImportPreview(List.of(), List.of(), 0);
        }
        for (ScoreTable.Row row : table.rows()) {
            if (row.cells().size() != width) {
                rejected.add(new Rejected(row.number(),
                        List.of(new Problem(-1, Reason.COLUMNS, String.valueOf(row.cells().size())))));
                continue;
            }
            Map<ScoreColumn, Score> grades = new LinkedHashMap<>();
            List<Problem> problems = new ArrayList<>();
            for (int column = 0; column < mapping.size() && column < width; column++) {
                Optional<ScoreColumn> target = mapping.get(column);
                if (target.isEmpty()) {
                    continue;
                }
                String cell = row.cell(column).strip();
                Optional<Reason> problem = problemWith(cell);
                if (problem.isPresent()) {
                    problems.add(new Problem(column, problem.get(), cell));
                } else {
                    grades.put(target.get(), Score.of(Integer.parseInt(whole(cell))));
                }
            }
            if (problems.isEmpty()) {
                accepted.add(new Accepted(row.number(), grades));
            } else {
                rejected.add(new Rejected(row.number(), problems));
            }
        }
        return new ImportPreview(accepted, rejected, mapped);
    }

    public int gradeCount() {
        return accepted.stream().mapToInt(row -> row.grades().size()).sum();
    }

    /** Empty when {@code cell} is a grade 1-10: "7", also "7.0" or "7,0" as a spreadsheet may write it. */
    static Optional<Reason> problemWith(String cell) {
        if (cell.isEmpty()) {
            return Optional.of(Reason.EMPTY);
        }
        if (!cell.matches("-?\\d{1,9}([.,]\\d{1,9})?")) {
            return Optional.of(Reason.NOT_A_NUMBER);
        }
        if (!cell.matches("-?\\d+([.,]0+)?")) {
            return Optional.of(Reason.NOT_WHOLE);
        }
        int value = Integer.parseInt(whole(cell));
        return value < Score.MIN || value > Score.MAX ? Optional.of(Reason.OUT_OF_RANGE) : Optional.empty();
    }

    private static String whole(String cell) {
        int decimal = Math.max(cell.indexOf('.'), cell.indexOf(','));
        return decimal < 0 ? cell : cell.substring(0, decimal);
    }
}
