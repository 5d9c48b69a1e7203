package nl.royaal.ui.projector;

import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import nl.royaal.ui.common.QrView;

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
    @FXML private HBox joinBox;
    @FXML private StackPane qrSlot;
    @FXML private StackPane contentSlot;
    @FXML private Label joinAddressLabel;
    @FXML private Label joinCodeLabel;
    @FXML private Label joinedLabel;
    private final QrView qr = new QrView(240);

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
        statusLabel.managedProperty().bind(statusLabel.visibleProperty());
        footerLabel.textProperty().bind(viewModel.footerProperty());
        blackoutCurtain.visibleProperty().bind(viewModel.blackoutProperty());
        joinBox.visibleProperty().bind(viewModel.joinShownProperty());
        joinBox.managedProperty().bind(viewModel.joinShownProperty());
        joinAddressLabel.textProperty().bind(viewModel.joinAddressProperty());
        joinCodeLabel.textProperty().bind(viewModel.joinCodeProperty());
        joinedLabel.textProperty().bind(viewModel.joinedProperty());
        qr.show(viewModel.qrProperty().get());
        qrSlot.getChildren().setAll(qr);
        viewModel.elementContentProperty().addListener((obs, old, content) -> showContent(content));
        showContent(viewModel.elementContentProperty().get());
        root.heightProperty().addListener((obs, old, height) -> scaleType(height.doubleValue()));
        viewModel.darkProperty().addListener((obs, old, dark) -> applyTheme(dark));
        applyTheme(viewModel.darkProperty().get());
    }

    private void showContent(javafx.scene.Node content) {
        if (content == null) {
            contentSlot.getChildren().clear();
        } else {
            contentSlot.getChildren().setAll(content);
        }
        contentSlot.setManaged(content != null);
    }

    private void scaleType(double height) {
        root.setStyle("-fx-font-size: " + ScreenPlacement.baseFontSize(height) + "px;");
        // A QR code a phone can read from the middle of the room: about a third of the screen height.
        qr.setSize(Math.round(height * 0.36));
    }

    private void applyTheme(boolean dark) {
        root.getStyleClass().removeAll("projector-light", "projector-dark");
        root.getStyleClass().add(dark ? "projector-dark" : "projector-light");
    }
}
