package nl.royaal.ui.vision;

import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import nl.royaal.domain.VisionCanvas;
import nl.royaal.ui.common.FxControls;

/** Binds the console part of the dream service to its view model: the bar on top, a card per field. */
public final class VisionController {

    private final VisionViewModel viewModel;

    @FXML private VBox root;
    @FXML private ToggleButton writingButton;
    @FXML private ToggleButton votingButton;
    @FXML private Spinner<Integer> dotsSpinner;
    @FXML private CheckBox stackingBox;
    @FXML private Label maxLabel;
    @FXML private Spinner<Integer> maxSpinner;
    @FXML private Label summaryLabel;
    @FXML private Label messageLabel;
    @FXML private ScrollPane scroll;
    @FXML private VBox fieldBox;

    public VisionController(VisionViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        ToggleGroup phase = new ToggleGroup();
        writingButton.setToggleGroup(phase);
        votingButton.setToggleGroup(phase);
        // The buttons show the stored phase; a click asks the live run, which answers through refresh.
        writingButton.setOnAction(event -> viewModel.setVoting(false));
        votingButton.setOnAction(event -> viewModel.setVoting(true));
        viewModel.votingProperty().addListener((obs, was, voting) -> showPhase());
        showPhase();

        SpinnerValueFactory.IntegerSpinnerValueFactory dots = new SpinnerValueFactory.IntegerSpinnerValueFactory(
                VisionCanvas.MIN_DOTS, VisionCanvas.MAX_DOTS, viewModel.dotsProperty().get());
        dotsSpinner.setValueFactory(dots);
        dots.valueProperty().addListener((obs, old, value) -> {
            if (value != null && value != viewModel.dotsProperty().get()) {
                viewModel.setDots(value);
            }
        });
        viewModel.dotsProperty().addListener((obs, old, value) -> dots.setValue(value.intValue()));
        // Typed text that is not a number in range goes back to the stored value instead of throwing.
        dotsSpinner.getEditor().focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                commitTypedDots();
            }
        });
        dotsSpinner.getEditor().setOnAction(event -> commitTypedDots());
        bindStacking();

        summaryLabel.textProperty().bind(viewModel.summaryProperty());
        messageLabel.textProperty().bind(viewModel.messageProperty());
        FxControls.showOnlyWithText(messageLabel);
        viewModel.messageIsErrorProperty().addListener((obs, was, error) -> showMessageKind(error));
        showMessageKind(viewModel.messageIsErrorProperty().get());

        ToggleGroup projected = new ToggleGroup();
        for (VisionViewModel.FieldState field : viewModel.fields()) {
            fieldBox.getChildren().add(new FieldCard(viewModel, field, projected));
        }
    }

    /**
     * "More than one dot per proposal": the box allows it (up to all of a participant's dots on one),
     * the spinner beside it, shown only then, lowers the most per proposal; both are stored at once.
     */
    private void bindStacking() {
        stackingBox.setOnAction(event -> viewModel.setStacking(stackingBox.isSelected()));
        SpinnerValueFactory.IntegerSpinnerValueFactory max = new SpinnerValueFactory.IntegerSpinnerValueFactory(
                VisionCanvas.DEFAULT_MAX_PER_PROPOSAL + 1, VisionCanvas.MAX_DOTS);
        maxSpinner.setValueFactory(max);
        max.valueProperty().addListener((obs, old, value) -> {
            if (value != null && viewModel.stackingProperty().get()
                    && value != viewModel.maxPerProposalProperty().get()) {
                viewModel.setMaxPerProposal(value);
            }
        });
        Runnable show = () -> {
            boolean stacking = viewModel.stackingProperty().get();
            stackingBox.setSelected(stacking);
            stackingBox.setDisable(viewModel.dotsProperty().get() <= VisionCanvas.DEFAULT_MAX_PER_PROPOSAL);
            max.setMax(Math.max(max.getMin(), viewModel.dotsProperty().get()));
            if (stacking) {
                max.setValue(viewModel.maxPerProposalProperty().get());
            }
        };
        for (javafx.scene.Node perProposal : new javafx.scene.Node[] {maxLabel, maxSpinner}) {
            perProposal.visibleProperty().bind(viewModel.stackingProperty());
            perProposal.managedProperty().bind(perProposal.visibleProperty());
        }
        viewModel.stackingProperty().addListener((obs, was, now) -> show.run());
        viewModel.maxPerProposalProperty().addListener((obs, was, now) -> show.run());
        viewModel.dotsProperty().addListener((obs, was, now) -> show.run());
        show.run();
    }

    private void commitTypedDots() {
        String typed = dotsSpinner.getEditor().getText().strip();
        try {
            viewModel.setDots(Integer.parseInt(typed));
        } catch (NumberFormatException notANumber) {
            viewModel.setDots(-1); // refused with the range in the message
        }
        dotsSpinner.getEditor().setText(String.valueOf(viewModel.dotsProperty().get()));
    }

    private void showPhase() {
        boolean voting = viewModel.votingProperty().get();
        writingButton.setSelected(!voting);
        votingButton.setSelected(voting);
        root.pseudoClassStateChanged(FieldCard.VOTING, voting);
    }

    private void showMessageKind(boolean error) {
        messageLabel.getStyleClass().remove("vision-message-error");
        if (error) {
            messageLabel.getStyleClass().add("vision-message-error");
        }
    }
}
