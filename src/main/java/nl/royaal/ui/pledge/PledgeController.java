package nl.royaal.ui.pledge;

import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import nl.royaal.ui.common.FxControls;

/** Binds the projection's three fields, their messages and the result. */
public final class PledgeController {

    private final FanClubViewModel viewModel;

    @FXML private TextField peopleField;
    @FXML private TextField daysField;
    @FXML private TextField yearsField;
    @FXML private Label peopleError;
    @FXML private Label daysError;
    @FXML private Label yearsError;
    @FXML private Label resultLabel;

    public PledgeController(FanClubViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        peopleField.textProperty().bindBidirectional(viewModel.peopleProperty());
        daysField.textProperty().bindBidirectional(viewModel.daysProperty());
        yearsField.textProperty().bindBidirectional(viewModel.yearsProperty());
        peopleError.textProperty().bind(viewModel.peopleErrorProperty());
        daysError.textProperty().bind(viewModel.daysErrorProperty());
        yearsError.textProperty().bind(viewModel.yearsErrorProperty());
        FxControls.showOnlyWithText(peopleError);
        FxControls.showOnlyWithText(daysError);
        FxControls.showOnlyWithText(yearsError);
        resultLabel.textProperty().bind(viewModel.resultProperty());
    }

    @FXML
    private void onReset() {
        viewModel.resetToDefaults();
    }
}
