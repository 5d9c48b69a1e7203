package nl.royaal.ui.scoreentry;

import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import nl.royaal.domain.ScoreDimension;
import nl.royaal.domain.Touchpoint;
import nl.royaal.ui.scoreentry.ScoreGridViewModel.Cell;
import nl.royaal.ui.scoreentry.ScoreGridViewModel.CellState;
import nl.royaal.ui.scoreentry.ScoreGridViewModel.FormRow;

/**
 * Lays the grid out and moves the cursor like a spreadsheet: Tab and Shift+Tab along the form
 * (on to the next form at its end, a new one after the last), Enter to the first box of the next form (a new form after the last), the arrows up and down,
 * Escape back to the stored grade. A refused box keeps the cursor, its text selected.
 */
final class ScoreGridController {

    private static final PseudoClass STORED = PseudoClass.getPseudoClass("stored");
    private static final PseudoClass REFUSED = PseudoClass.getPseudoClass("refused");
    private static final int HEADER_ROWS = 2;

    private final ScoreGridViewModel viewModel;
    private final List<List<TextField>> fields = new ArrayList<>();

    @FXML
    private GridPane grid;
    @FXML
    private ScrollPane scroll;
    @FXML
    private Label message;
    @FXML
    private Label summary;

    ScoreGridController(ScoreGridViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        int column = 1;
        for (Touchpoint touchpoint : viewModel.touchpoints()) {
            Label name = new Label(touchpoint.name());
            name.getStyleClass().add("grid-touchpoint");
            name.setMaxWidth(Double.MAX_VALUE);
            grid.add(name, column, 0, 2, 1);
            for (ScoreDimension dimension : ScoreDimension.values()) {
                Label sub = new Label(viewModel.dimensionName(dimension));
                sub.getStyleClass().add("grid-dimension");
                grid.add(sub, column++, 1);
            }
        }
        viewModel.rows().forEach(this::addRowToGrid);
        message.textProperty().bind(viewModel.messageProperty());
        viewModel.refusedCellProperty().addListener((property, before, now) ->
                message.pseudoClassStateChanged(REFUSED, now != null));
        updateSummary();
    }

    /** Ctrl+N or the button: a new form, the cursor in its first box. */
    @FXML
    void addRow() {
        FormRow row = viewModel.addRow();
        addRowToGrid(row);
        focus(fields.size() - 1, 0);
    }

    @FXML
    private void close() {
        Window window = grid.getScene().getWindow();
        window.hide();
    }

    /** The first empty box, where typing continues after reopening. */
    void focusFirstOpenCell() {
        for (int row = 0; row < fields.size(); row++) {
            for (int column = 0; column < fields.get(row).size(); column++) {
                if (fields.get(row).get(column).getText().isEmpty()) {
                    focus(row, column);
                    return;
                }
            }
        }
        addRow();
    }

    private void addRowToGrid(FormRow row) {
        int rowIndex = fields.size();
        Label name = new Label(row.name());
        name.getStyleClass().add("grid-form");
        grid.add(name, 0, HEADER_ROWS + rowIndex);
        List<TextField> rowFields = new ArrayList<>();
        for (int column = 0; column < row.cells().size(); column++) {
            Cell cell = row.cell(column);
            TextField field = new TextField();
            field.getStyleClass().add("grade");
            field.setId("grade-" + rowIndex + "-" + column);
            field.setPrefWidth(56);
            field.textProperty().bindBidirectional(cell.textProperty());
            showState(field, cell.stateProperty().get());
            cell.stateProperty().addListener((property, before, now) -> {
                showState(field, now);
                updateSummary();
            });
            int r = rowIndex;
            int c = column;
            field.addEventFilter(KeyEvent.KEY_PRESSED, event -> onKey(event, r, c));
            field.focusedProperty().addListener((property, was, focused) -> {
                if (!focused) {
                    viewModel.commit(cell);
                }
            });
            grid.add(field, column + 1, HEADER_ROWS + rowIndex);
            rowFields.add(field);
        }
        fields.add(rowFields);
    }

    private void onKey(KeyEvent event, int row, int column) {
        KeyCode code = event.getCode();
        switch (code) {
            case TAB -> {
                event.consume();
                if (commit(row, column)) {
                    if (event.isShiftDown()) {
                        move(row, column - 1);
                    } else {
                        move(row, column + 1);
                    }
                }
            }
            case ENTER -> {
                event.consume();
                if (commit(row, column)) {
                    if (row == fields.size() - 1) {
                        addRow();
                    } else {
                        focus(row + 1, 0);
                    }
                }
            }
            case DOWN, UP -> {
                event.consume();
                int target = row + (code == KeyCode.DOWN ? 1 : -1);
                if (commit(row, column) && target >= 0 && target < fields.size()) {
                    focus(target, column);
                }
            }
            case ESCAPE -> {
                event.consume();
                viewModel.revert(viewModel.rows().get(row).cell(column));
                fields.get(row).get(column).selectAll();
            }
            default -> {
                // typing goes into the box
            }
        }
    }

    /** Stores the box; a refused one keeps the cursor with its text selected for retyping. */
    private boolean commit(int row, int column) {
        boolean taken = viewModel.commit(viewModel.rows().get(row).cell(column));
        if (!taken) {
            fields.get(row).get(column).selectAll();
        }
        return taken;
    }

    /** Along the form, wrapping to the next or previous form at its ends. */
    private void move(int row, int column) {
        int width = fields.get(row).size();
        if (column >= width) {
            if (row + 1 < fields.size()) {
                focus(row + 1, 0);
            } else {
                addRow(); // Tab past the last box of the last form goes on with a new form
            }
        } else if (column < 0) {
            if (row > 0) {
                focus(row - 1, width - 1);
            }
        } else {
            focus(row, column);
        }
    }

    private void focus(int row, int column) {
        TextField field = fields.get(row).get(column);
        field.requestFocus();
        field.selectAll();
        Platform.runLater(() -> scrollIntoView(field));
    }

    private void scrollIntoView(TextField field) {
        double contentHeight = grid.getBoundsInLocal().getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        if (contentHeight > viewport) {
            double y = field.getBoundsInParent().getMinY();
            double top = scroll.getVvalue() * (contentHeight - viewport);
            if (y < top || y + field.getHeight() > top + viewport) {
                scroll.setVvalue(Math.min(1, Math.max(0, (y - viewport / 2) / (contentHeight - viewport))));
            }
        }
        double contentWidth = grid.getBoundsInLocal().getWidth();
        double viewportWidth = scroll.getViewportBounds().getWidth();
        if (contentWidth > viewportWidth) {
            double x = field.getBoundsInParent().getMinX();
            double left = scroll.getHvalue() * (contentWidth - viewportWidth);
            if (x < left || x + field.getWidth() > left + viewportWidth) {
                scroll.setHvalue(Math.min(1, Math.max(0, (x - viewportWidth / 2) / (contentWidth - viewportWidth))));
            }
        }
    }

    private static void showState(TextField field, CellState state) {
        field.pseudoClassStateChanged(STORED, state == CellState.STORED);
        field.pseudoClassStateChanged(REFUSED, state == CellState.REFUSED);
    }

    private void updateSummary() {
        long stored = viewModel.rows().stream().flatMap(row -> row.cells().stream())
                .filter(cell -> cell.stateProperty().get() == CellState.STORED).count();
        summary.setText(viewModel.i18n().t("scoreentry.grid.summary", stored));
    }
}
