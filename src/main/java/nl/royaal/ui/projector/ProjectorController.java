package nl.royaal.ui.projector;

import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/** Binds the projector view; sizes its type from the window height so it reads from the back. */
public final class ProjectorController {

    private final ProjectorViewModel viewModel;

    @FXML private StackPane root;
    @FXML private Label workshopTitle;
    @FXML private Label kindLabel;
    @FXML private Label titleLabel;
    @FXML private Label bodyLabel;
    @FXML private Label statusLabel;
    @FXML private Label footerLabel;
    @FXML private Region blackoutCurtain;

    public ProjectorController(ProjectorViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        workshopTitle.textProperty().bind(viewModel.workshopTitleProperty());
        kindLabel.textProperty().bind(viewModel.kindProperty());
        kindLabel.managedProperty().bind(viewModel.kindProperty().isNotEmpty());
        titleLabel.textProperty().bind(viewModel.titleProperty());
        bodyLabel.textProperty().bind(viewModel.bodyProperty());
        statusLabel.textProperty().bind(viewModel.statusProperty());
        statusLabel.visibleProperty().bind(viewModel.statusProperty().isNotEmpty());
        footerLabel.textProperty().bind(viewModel.footerProperty());
        blackoutCurtain.visibleProperty().bind(viewModel.blackoutProperty());
        root.heightProperty().addListener((obs, old, height) -> scaleType(height.doubleValue()));
        viewModel.darkProperty().addListener((obs, old, dark) -> applyTheme(dark));
        applyTheme(viewModel.darkProperty().get());
    }

    private void scaleType(double height) {
        root.setStyle("-fx-font-size: " + ScreenPlacement.baseFontSize(height) + "px;");
    }

    private void applyTheme(boolean dark) {
        root.getStyleClass().removeAll("projector-light", "projector-dark");
        root.getStyleClass().add(dark ? "projector-dark" : "projector-light");
    }
}
