package nl.royaal.ui.workshops;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import nl.royaal.domain.WorkshopSummary;
import nl.royaal.report.ReportFormat;
import nl.royaal.ui.common.FxControls;

/** Binds the workshop list screen to its view model; no decisions are made here. */
public final class WorkshopListController {

    private final WorkshopListViewModel viewModel;

    @FXML private TextField searchField;
    @FXML private ListView<WorkshopSummary> workshopList;
    @FXML private Label emptyLabel;
    @FXML private Button openButton;
    @FXML private Button duplicateButton;
    @FXML private Button exportButton;
    @FXML private Button deleteButton;
    @FXML private MenuButton reportButton;
    @FXML private ProgressBar reportProgress;

    public WorkshopListController(WorkshopListViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        searchField.textProperty().bindBidirectional(viewModel.searchProperty());
        workshopList.setItems(viewModel.workshops());
        workshopList.setCellFactory(list -> new SummaryCell());
        emptyLabel.textProperty().bind(viewModel.emptyTextProperty());
        FxControls.bindSelection(workshopList, viewModel.selectedProperty());
        for (Button needsSelection : new Button[] {openButton, duplicateButton, exportButton, deleteButton}) {
            needsSelection.disableProperty().bind(viewModel.nothingSelected());
        }
        reportButton.disableProperty().bind(viewModel.nothingSelected()
                .or(viewModel.reportProgressProperty().greaterThanOrEqualTo(0)));
        reportProgress.visibleProperty().bind(viewModel.reportProgressProperty().greaterThanOrEqualTo(0));
        reportProgress.progressProperty().bind(viewModel.reportProgressProperty());
        workshopList.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2) {
                viewModel.openSelected();
            }
        });
        workshopList.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                viewModel.openSelected();
            } else if (event.getCode() == KeyCode.DELETE) {
                viewModel.deleteSelected();
            }
        });
        viewModel.refresh();
    }

    @FXML private void onNew() {
        viewModel.createFromDefaultTemplate();
    }

    @FXML private void onOpen() {
        viewModel.openSelected();
    }

    @FXML private void onDuplicate() {
        viewModel.duplicateSelected();
    }

    @FXML private void onDelete() {
        viewModel.deleteSelected();
    }

    @FXML private void onImport() {
        viewModel.importFile();
    }

    @FXML private void onExport() {
        viewModel.exportSelected();
    }

    @FXML private void onReportPdf() {
        viewModel.writeReport(ReportFormat.PDF);
    }

    @FXML private void onReportXlsx() {
        viewModel.writeReport(ReportFormat.XLSX);
    }

    @FXML private void onReportCsv() {
        viewModel.writeReport(ReportFormat.CSV);
    }

    /** Title large, client · date · participants small, status as a badge on the right. */
    private final class SummaryCell extends ListCell<WorkshopSummary> {
        private final Label title = new Label();
        private final Label details = new Label();
        private final Label status = new Label();
        private final HBox row;

        SummaryCell() {
            title.getStyleClass().add("workshop-title");
            details.getStyleClass().add("workshop-details");
            status.getStyleClass().add("status-badge");
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            row = new HBox(12, new VBox(2, title, details), spacer, status);
            row.getStyleClass().add("workshop-row");
        }

        @Override
        protected void updateItem(WorkshopSummary summary, boolean empty) {
            super.updateItem(summary, empty);
            if (empty || summary == null) {
                setGraphic(null);
                return;
            }
            title.setText(summary.title());
            details.setText(viewModel.describe(summary));
            status.setText(viewModel.statusText(summary));
            status.getStyleClass().removeIf(style -> style.startsWith("status-") && !style.equals("status-badge"));
            status.getStyleClass().add("status-" + summary.status().name().toLowerCase(java.util.Locale.ROOT));
            setGraphic(row);
        }
    }
}
