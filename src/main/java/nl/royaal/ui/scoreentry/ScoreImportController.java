package nl.royaal.ui.scoreentry;

import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.GridPane;
import nl.royaal.ui.scoreentry.ScoreImportViewModel.FileColumn;
import nl.royaal.ui.scoreentry.ScoreImportViewModel.Target;

/** Binds the import dialog to its view model: one list of targets per file column, the preview beside it. */
final class ScoreImportController {

    private final ScoreImportViewModel viewModel;

    @FXML
    private Label fileName;
    @FXML
    private ProgressIndicator busy;
    @FXML
    private GridPane mapping;
    @FXML
    private Label summary;
    @FXML
    private ListView<String> rejected;
    @FXML
    private Label error;
    @FXML
    private Button importButton;

    ScoreImportController(ScoreImportViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        fileName.textProperty().bind(viewModel.fileNameProperty());
        busy.visibleProperty().bind(viewModel.busyProperty());
        summary.textProperty().bind(viewModel.summaryProperty());
        error.textProperty().bind(viewModel.errorProperty());
        rejected.setItems(viewModel.rejectedRows());
        rejected.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setWrapText(true);
                setPrefWidth(0); // wrap to the list's width instead of widening it
            }
        });
        rejected.setPlaceholder(new Label(viewModel.i18n().t("scoreentry.import.noneRejected")));
        importButton.disableProperty().bind(viewModel.canImportProperty().not());
        viewModel.columns().addListener((ListChangeListener<FileColumn>) change -> showColumns());
        viewModel.doneProperty().addListener((property, was, done) -> {
            if (done) {
                close();
            }
        });
        showColumns();
    }

    private void showColumns() {
        mapping.getChildren().clear();
        int row = 0;
        for (FileColumn column : viewModel.columns()) {
            Label header = new Label(column.header());
            header.setWrapText(true);
            header.setMaxWidth(260);
            Label sample = new Label(column.sample());
            sample.getStyleClass().add("text-muted");
            sample.setMaxWidth(120);
            ComboBox<Target> target = new ComboBox<>();
            target.setId("scoreImportTarget-" + column.index());
            target.getItems().setAll(viewModel.targets());
            target.valueProperty().bindBidirectional(column.targetProperty());
            target.setPrefWidth(260);
            mapping.addRow(row++, header, sample, target);
        }
    }

    @FXML
    private void chooseFile() {
        viewModel.chooseFile();
    }

    @FXML
    private void importRows() {
        viewModel.importRows();
    }

    @FXML
    private void close() {
        mapping.getScene().getWindow().hide();
    }
}
