package nl.royaal.ui.peakend;

import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * Binds the projector part of the peak-end step: it follows the console's list, so every drag on
 * the laptop redraws the room's curves at once.
 */
public final class PeakEndProjectorController {

    /** Labels along the projector's wide charts are cut after this many characters. */
    private static final int ROOM_LABEL = 18;

    private final PeakEndViewModel viewModel;

    @FXML private StackPane root;
    @FXML private VBox curves;
    @FXML private Label currentTitle;
    @FXML private Label currentRemembered;
    @FXML private Label currentDetail;
    @FXML private StackPane currentSlot;
    @FXML private Label suggestedTitle;
    @FXML private Label suggestedRemembered;
    @FXML private Label suggestedDetail;
    @FXML private Label gainLabel;
    @FXML private Label adviceLabel;
    @FXML private StackPane suggestedSlot;
    @FXML private Label emptyLabel;

    public PeakEndProjectorController(PeakEndViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        currentTitle.textProperty().bind(viewModel.roomCurrentTitleProperty());
        currentRemembered.textProperty().bind(viewModel.roomCurrentRememberedProperty());
        currentDetail.textProperty().bind(viewModel.roomCurrentDetailProperty());
        suggestedTitle.textProperty().bind(viewModel.roomSuggestedTitleProperty());
        suggestedRemembered.textProperty().bind(viewModel.roomSuggestedRememberedProperty());
        suggestedDetail.textProperty().bind(viewModel.roomSuggestedDetailProperty());
        gainLabel.textProperty().bind(viewModel.roomGainProperty());
        adviceLabel.textProperty().bind(viewModel.roomAdviceProperty());
        adviceLabel.visibleProperty().bind(viewModel.roomAdviceProperty().isNotEmpty());
        adviceLabel.managedProperty().bind(adviceLabel.visibleProperty());
        currentSlot.getChildren().setAll(Curves.chart(viewModel.currentCurve(), "curve-current", ROOM_LABEL, false));
        suggestedSlot.getChildren().setAll(
                Curves.chart(viewModel.suggestedCurve(), "curve-suggested", ROOM_LABEL, false));
        curves.visibleProperty().bind(viewModel.hasSequenceProperty());
        emptyLabel.textProperty().bind(viewModel.roomEmptyProperty());
        emptyLabel.visibleProperty().bind(viewModel.hasSequenceProperty().not());
    }
}
