package nl.royaal.ui.selfimage;

import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** Binds the room's part of the self-image check: the count until the reveal, the gap after it. */
public final class SelfImageProjectorController {

    private final SelfImageViewModel viewModel;
    private final GradeScale scale = new GradeScale();

    @FXML private HBox hiddenBox;
    @FXML private Label countLabel;
    @FXML private Label answeredLabel;
    @FXML private VBox revealedBox;
    @FXML private Label ourMean;
    @FXML private Label customerMean;
    @FXML private Label gapLabel;
    @FXML private StackPane scaleSlot;
    @FXML private Label sentenceLabel;
    @FXML private Label bainLabel;
    @FXML private Label askLabel;

    public SelfImageProjectorController(SelfImageViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        hiddenBox.visibleProperty().bind(viewModel.roomRevealedProperty().not());
        revealedBox.visibleProperty().bind(viewModel.roomRevealedProperty());
        countLabel.textProperty().bind(viewModel.roomCountProperty());
        answeredLabel.textProperty().bind(viewModel.roomAnsweredProperty());
        ourMean.textProperty().bind(viewModel.roomOurMeanProperty());
        customerMean.textProperty().bind(viewModel.roomCustomerMeanProperty());
        gapLabel.textProperty().bind(viewModel.roomGapProperty());
        sentenceLabel.textProperty().bind(viewModel.roomSentenceProperty());
        bainLabel.setText(viewModel.roomBain());
        askLabel.setText(viewModel.roomAsk());
        scaleSlot.getChildren().setAll(scale);
        viewModel.roomScale().addListener((ListChangeListener<ScaleRow>) change -> scale.show(viewModel.roomScale()));
        scale.show(viewModel.roomScale());
    }
}
