package nl.royaal.ui.scoring;

import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Function;
import javafx.beans.value.ObservableValue;
import javafx.collections.transformation.SortedList;
import javafx.fxml.FXML;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.shape.SVGPath;
import nl.royaal.domain.scoring.GapClass;
import nl.royaal.ui.common.ScoringSettingsFields;
import nl.royaal.ui.common.ScoringSettingsForm;
import nl.royaal.ui.scoring.ScoringViewModel.RoomChart;
import nl.royaal.ui.scoring.ScoringViewModel.Row;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Binds the console part of the scoring round: the live table (rows update in place, so the
 * selection and the scroll position survive every answer), the room's chart choice and the
 * spotlight.
 */
public final class ScoringController {

    private final ScoringViewModel viewModel;
    private final ScoringSettingsForm settings;

    @FXML private VBox root;
    @FXML private Label summaryLabel;
    @FXML private HBox entryTools;
    @FXML private ToggleButton dumbbellsButton;
    @FXML private ToggleButton gapsButton;
    @FXML private ToggleButton spotlightButton;
    @FXML private ToggleButton sortByGapButton;
    @FXML private TableView<Row> table;
    @FXML private TableColumn<Row, String> nameColumn;
    @FXML private TableColumn<Row, Number> nColumn;
    @FXML private TableColumn<Row, String> expectationColumn;
    @FXML private TableColumn<Row, String> spreadExpectationColumn;
    @FXML private TableColumn<Row, String> experienceColumn;
    @FXML private TableColumn<Row, String> spreadExperienceColumn;
    @FXML private TableColumn<Row, String> gapColumn;
    @FXML private TableColumn<Row, GapClass> classColumn;
    @FXML private TableColumn<Row, Boolean> discussColumn;
    @FXML private Label settingsLabel;
    @FXML private ToggleButton adjustSettingsButton;
    @FXML private HBox settingsEditor;
    @FXML private ResourceBundle resources;

    public ScoringController(ScoringViewModel viewModel, ScoringSettingsForm settings) {
        this.viewModel = viewModel;
        this.settings = settings;
    }

    /** Where the lead's "enter paper forms" and "import" buttons go. */
    public HBox entryTools() {
        return entryTools;
    }

    @FXML
    private void initialize() {
        summaryLabel.textProperty().bind(viewModel.summaryProperty());
        settingsLabel.textProperty().bind(viewModel.settingsTextProperty());
        bindSettingsEditor();

        ToggleGroup chart = new ToggleGroup();
        dumbbellsButton.setToggleGroup(chart);
        gapsButton.setToggleGroup(chart);
        dumbbellsButton.setUserData(RoomChart.DUMBBELLS);
        gapsButton.setUserData(RoomChart.GAPS);
        chart.selectToggle(viewModel.roomChartProperty().get() == RoomChart.GAPS ? gapsButton : dumbbellsButton);
        chart.selectedToggleProperty().addListener((obs, old, selected) -> {
            if (selected == null) {
                chart.selectToggle(old); // one of the two is always chosen
            } else {
                viewModel.roomChartProperty().set((RoomChart) selected.getUserData());
            }
        });

        text(nameColumn, Row::nameProperty);
        nColumn.setCellValueFactory(cell -> cell.getValue().nProperty());
        text(expectationColumn, Row::expectationProperty);
        text(spreadExpectationColumn, Row::spreadExpectationProperty);
        text(experienceColumn, Row::experienceProperty);
        text(spreadExperienceColumn, Row::spreadExperienceProperty);
        text(gapColumn, Row::gapProperty);
        classColumn.setCellValueFactory(cell -> cell.getValue().gapClassProperty());
        classColumn.setCellFactory(column -> new ClassCell());
        discussColumn.setCellValueFactory(cell -> cell.getValue().discussProperty());
        discussColumn.setCellFactory(column -> new DiscussCell(viewModel.discussHintProperty()));

        // Journey order, or by gap with the sort button: by the figure, not its text; rows update in
        // place and the list re-sorts itself when a gap changes, keeping the selection.
        SortedList<Row> sorted = new SortedList<>(viewModel.rows());
        sorted.comparatorProperty().bind(sortByGapButton.selectedProperty()
                .map(byGap -> byGap ? ScoringViewModel.BY_GAP : null));
        table.getColumns().forEach(column -> column.setSortable(false));
        table.setItems(sorted);

        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> showSpotlight());
        spotlightButton.selectedProperty().addListener((obs, old, on) -> showSpotlight());
    }

    /**
     * "Aanpassen" opens the margin and threshold in place of the line that states them. Enter stores and
     * hands the keys back to the slides, as does closing it; the run screen leaves a text field's
     * keys alone, so typing "0,3" never turns a slide.
     */
    private void bindSettingsEditor() {
        settingsEditor.visibleProperty().bind(adjustSettingsButton.selectedProperty());
        settingsEditor.managedProperty().bind(settingsEditor.visibleProperty());
        settingsLabel.visibleProperty().bind(settingsEditor.visibleProperty().not());
        settingsLabel.managedProperty().bind(settingsLabel.visibleProperty());
        settingsEditor.getChildren().add(ScoringSettingsFields.create(settings, resources, "scoring", root::requestFocus));
        adjustSettingsButton.selectedProperty().addListener((obs, was, open) -> {
            if (!open) {
                settings.margin().revert();
                settings.threshold().revert();
                root.requestFocus();
            }
        });
    }

    private void showSpotlight() {
        Row selected = table.getSelectionModel().getSelectedItem();
        viewModel.spotlightProperty().set(spotlightButton.isSelected() && selected != null ? selected.id() : null);
    }

    private static void text(TableColumn<Row, String> column, Function<Row, ObservableValue<String>> value) {
        column.setCellValueFactory(cell -> value.apply(cell.getValue()));
    }

    /** The class in words with its mark and colour. */
    private static final class ClassCell extends TableCell<Row, GapClass> {
        private static final double MARK_RADIUS = 5;

        @Override
        protected void updateItem(GapClass gapClass, boolean empty) {
            super.updateItem(gapClass, empty);
            getStyleClass().removeAll("tone-disappointment", "tone-satisfied", "tone-fan-zone");
            if (empty || gapClass == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            Row row = getTableRow() == null ? null : getTableRow().getItem();
            setText(row == null ? "" : row.gapClassText());
            getStyleClass().add(ScoringViewModel.tone(Optional.of(gapClass)));
            SVGPath mark = ScoringViewModel.marker(Optional.of(gapClass)).create();
            mark.setScaleX(MARK_RADIUS);
            mark.setScaleY(MARK_RADIUS);
            setGraphic(new Group(mark)); // a group makes room for the mark as scaled
        }
    }

    /** "Bespreken" with an icon where the room disagrees; the tooltip says why. */
    private static final class DiscussCell extends TableCell<Row, Boolean> {
        private final FontIcon icon = new FontIcon("mdi2f-forum-outline");
        private final Tooltip hint;

        DiscussCell(ObservableValue<String> hint) {
            this.hint = new Tooltip();
            this.hint.textProperty().bind(hint);
            getStyleClass().add("scoring-discuss");
        }

        @Override
        protected void updateItem(Boolean discuss, boolean empty) {
            super.updateItem(discuss, empty);
            boolean flagged = !empty && Boolean.TRUE.equals(discuss);
            setGraphic(flagged ? icon : null);
            setText(flagged ? getTableColumn().getText() : null);
            setTooltip(flagged ? hint : null);
        }
    }
}
