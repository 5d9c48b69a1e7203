package nl.royaal.ui.scoreentry;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.royaal.domain.DomainException;
import nl.royaal.domain.JoinChannel;
import nl.royaal.domain.Participant;
import nl.royaal.domain.Score;
import nl.royaal.domain.ScoreDimension;
import nl.royaal.domain.Touchpoint;
import nl.royaal.domain.TouchpointScore;
import nl.royaal.domain.Workshop;
import nl.royaal.i18n.I18n;
import nl.royaal.service.live.LiveRun;
import nl.royaal.service.scoreentry.ScoreColumn;
import nl.royaal.service.scoreentry.ScoreEntryService;
import nl.royaal.ui.common.UserMessages;

/**
 * The facilitator's grid for paper forms: one row per form, one column per touchpoint and
 * dimension. A cell is checked while it is typed and stored when it is left: a grade 1-10 is
 * stored at once (one commit, like a phone's answer) and the live run is told; anything else
 * ("0", "11", "7.5", "zeven") is refused with the reason, the cell stays marked and nothing is
 * stored. Clearing a stored cell takes that grade back (the form left it open). A row's
 * participant is created with its first grade, so an empty row counts for nobody.
 *
 * <p>Call on the FX thread: each store is one short commit, and keeping it on this thread keeps
 * a fast typist's grades in order.
 */
public final class ScoreGridViewModel {

    /** What a cell shows: nothing, a stored grade, or typed text that was refused. */
    public enum CellState {
        EMPTY,
        STORED,
        REFUSED
    }

    /** One grade box. {@code text} is bound to the view's text field. */
    public final class Cell {
        private final FormRow row;
        private final ScoreColumn column;
        private final StringProperty text = new SimpleStringProperty("");
        private final ReadOnlyObjectWrapper<CellState> state = new ReadOnlyObjectWrapper<>(CellState.EMPTY);
        private String stored = "";

        private Cell(FormRow row, ScoreColumn column) {
            this.row = row;
            this.column = column;
            text.addListener((property, before, typed) -> checkWhileTyping(this, typed));
        }

        public StringProperty textProperty() {
            return text;
        }

        public ReadOnlyObjectProperty<CellState> stateProperty() {
            return state.getReadOnlyProperty();
        }

        public ScoreColumn column() {
            return column;
        }

        private void showStored(String grade) {
            stored = grade;
            text.set(grade);
            state.set(grade.isEmpty() ? CellState.EMPTY : CellState.STORED);
        }
    }

    /** One paper form. */
    public final class FormRow {
        private final String name;
        private UUID participantId;
        private final List<Cell> cells = new ArrayList<>();

        private FormRow(String name, UUID participantId) {
            this.name = name;
            this.participantId = participantId;
            columns.forEach(column -> cells.add(new Cell(this, column)));
        }

        public String name() {
            return name;
        }

        public List<Cell> cells() {
            return List.copyOf(cells);
        }

        public Cell cell(int column) {
            return cells.get(column);
        }
    }

    private final LiveRun run;
    private final ScoreEntryService entries;
    private final I18n i18n;
    private final List<Touchpoint> touchpoints;
    private final List<ScoreColumn> columns = new ArrayList<>();
    private final ObservableList<FormRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Cell> refusedCell = new ReadOnlyObjectWrapper<>();

    public ScoreGridViewModel(LiveRun run, ScoreEntryService entries, I18n i18n) {
        this.run = Objects.requireNonNull(run, "run");
        this.entries = Objects.requireNonNull(entries, "entries");
        this.i18n = Objects.requireNonNull(i18n, "i18n");
        Workshop workshop = run.workshop();
        this.touchpoints = List.copyOf(workshop.touchpoints());
        for (Touchpoint touchpoint : touchpoints) {
            for (ScoreDimension dimension : ScoreDimension.values()) {
                columns.add(new ScoreColumn(touchpoint.id(), dimension));
            }
        }
        loadStoredForms(workshop);
        if (rows.isEmpty()) {
            addRow();
        }
    }

    /** The forms typed in before (reopening the grid shows them), in the order they were started. */
    private void loadStoredForms(Workshop workshop) {
        for (Participant participant : workshop.participants()) {
            if (participant.joinedVia() != JoinChannel.SCORE_GRID) {
                continue;
            }
            FormRow row = new FormRow(participant.displayName(), participant.id());
            for (TouchpointScore score : workshop.answers().scores()) {
                if (score.participantId().equals(participant.id())) {
                    int column = columns.indexOf(new ScoreColumn(score.touchpointId(), score.dimension()));
                    if (column >= 0) {
                        row.cell(column).showStored(String.valueOf(score.score().value()));
                    }
                }
            }
            rows.add(row);
        }
    }

    public List<Touchpoint> touchpoints() {
        return touchpoints;
    }

    public List<ScoreColumn> columns() {
        return List.copyOf(columns);
    }

    // Made once: a fresh read-only view per call can be collected with its listeners (it listens weakly).
    private final ObservableList<FormRow> rowsReadOnly = FXCollections.unmodifiableObservableList(rows);

    public ObservableList<FormRow> rows() {
        return rowsReadOnly;
    }

    /** Why the last cell was refused, or what just happened; empty when there is nothing to say. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The cell the message is about while it is refused, else {@code null}. */
    public ReadOnlyObjectProperty<Cell> refusedCellProperty() {
        return refusedCell.getReadOnlyProperty();
    }

    public I18n i18n() {
        return i18n;
    }

    /** A new, empty form at the bottom ("Formulier 4"); stored only when it gets its first grade. */
    public FormRow addRow() {
        int number = rows.size() + 1;
        while (nameTaken(i18n.t("scoreentry.grid.formName", number))) {
            number++;
        }
        FormRow row = new FormRow(i18n.t("scoreentry.grid.formName", number), null);
        rows.add(row);
        return row;
    }

    private boolean nameTaken(String name) {
        return rows.stream().anyMatch(row -> row.name.equals(name));
    }

    /** The header of a column: "Website · verwachting". */
    public String columnName(ScoreColumn column) {
        String touchpoint = touchpoints.stream().filter(t -> t.id().equals(column.touchpointId()))
                .map(Touchpoint::name).findFirst().orElse("?");
        return touchpoint + " \u00b7 " + dimensionName(column.dimension());
    }

    public String dimensionName(ScoreDimension dimension) {
        return i18n.t(dimension == ScoreDimension.EXPECTATION ? "scoreentry.expectation" : "scoreentry.experience");
    }

    /**
     * The cell is left (Tab, Enter, an arrow, a click elsewhere): store, replace or take back its
     * grade, or refuse the text.
     *
     * @return {@code true} when the cell is fine and the cursor may move on; {@code false} when
     *         it was refused (it stays marked, the message says why, nothing was stored)
     */
    public boolean commit(Cell cell) {
        String typed = cell.text.get() == null ? "" : cell.text.get().strip();
        if (typed.equals(cell.stored) && cell.state.get() != CellState.REFUSED) {
            return true;
        }
        if (typed.isEmpty()) {
            return clear(cell);
        }
        Score grade;
        try {
            grade = Score.parse(typed);
        } catch (DomainException refused) {
            refuse(cell, i18n.message(refused));
            return false;
        }
        try {
            FormRow row = cell.row;
            if (row.participantId == null) {
                row.participantId = entries.addPaperForm(run.workshop().id(), row.name).id();
            }
            entries.saveGrade(run.workshop().id(), row.participantId, cell.column, grade);
        } catch (RuntimeException failure) {
            refuse(cell, new UserMessages(i18n).describe(failure));
            return false;
        }
        cell.showStored(String.valueOf(grade.value()));
        settled(cell, "");
        run.answersChanged();
        return true;
    }

    /** Escape: the cell shows its stored grade again (or nothing). */
    public void revert(Cell cell) {
        cell.showStored(cell.stored);
        settled(cell, "");
    }

    private boolean clear(Cell cell) {
        if (cell.stored.isEmpty()) {
            cell.showStored("");
            settled(cell, "");
            return true;
        }
        try {
            entries.clearGrade(run.workshop().id(), cell.row.participantId, cell.column);
        } catch (RuntimeException failure) {
            refuse(cell, new UserMessages(i18n).describe(failure));
            return false;
        }
        cell.showStored("");
        settled(cell, i18n.t("scoreentry.grid.cleared", cell.row.name, columnName(cell.column)));
        run.answersChanged();
        return true;
    }

    /** Marks the cell at once while it is typed, so "zeven" is red before Tab is pressed. */
    private void checkWhileTyping(Cell cell, String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty() || text.equals(cell.stored)) {
            if (cell.state.get() == CellState.REFUSED) {
                cell.state.set(text.isEmpty() ? CellState.EMPTY : CellState.STORED);
                settled(cell, "");
            }
            return;
        }
        try {
            Score.parse(text);
            if (cell.state.get() == CellState.REFUSED) {
                cell.state.set(cell.stored.isEmpty() ? CellState.EMPTY : CellState.STORED);
                settled(cell, "");
            }
        } catch (DomainException refused) {
            refuse(cell, i18n.message(refused));
        }
    }

    private void refuse(Cell cell, String reason) {
        cell.state.set(CellState.REFUSED);
        refusedCell.set(cell);
        message.set(i18n.t("scoreentry.grid.refused", cell.row.name, columnName(cell.column), reason));
    }

    /** The cell is fine again: its refusal message goes, or {@code note} replaces it. */
    private void settled(Cell cell, String note) {
        if (refusedCell.get() == cell || !note.isEmpty()) {
            message.set(note);
            refusedCell.set(null);
        }
        if (refusedCell.get() != null && refusedCell.get().state.get() != CellState.REFUSED) {
            refusedCell.set(null);
            message.set("");
        }
    }
}
