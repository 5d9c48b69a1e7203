package nl.royaal.ui.closing;

import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;

/** Binds the closing round on the console: how many graded, and the mean per part as it comes in. */
public final class ClosingController {

    private final ClosingViewModel viewModel;

    @FXML private Label ratedLabel;
    @FXML private Label hintLabel;
    @FXML private GridPane barsGrid;

    public ClosingController(ClosingViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        ratedLabel.textProperty().bind(viewModel.ratedTextProperty());
        hintLabel.textProperty().bind(viewModel.hintProperty());
        hintLabel.visibleProperty().bind(viewModel.anyRatedProperty());
        hintLabel.managedProperty().bind(hintLabel.visibleProperty());
        viewModel.bars().addListener((ListChangeListener<ClosingViewModel.Bar>) change -> showBars());
        showBars();
    }

    private void showBars() {
        RatingBars.fill(barsGrid, viewModel.bars(), true);
    }
}
