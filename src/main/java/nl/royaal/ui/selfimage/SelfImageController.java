package nl.royaal.ui.selfimage;

import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;

/** Binds the console part of the self-image check to its view model. */
public final class SelfImageController {

    private final SelfImageViewModel viewModel;
    private final GradeScale scale = new GradeScale();

    @FXML private Label answeredLabel;
    @FXML private Label revealLabel;
    @FXML private Label ourCount;
    @FXML private Label customerCount;
    @FXML private Label ourMean;
    @FXML private Label customerMean;
    @FXML private Label ourSpread;
    @FXML private Label customerSpread;
    @FXML private Label gapLabel;
    @FXML private Label sentenceLabel;
    @FXML private StackPane scaleSlot;
    @FXML private Label askLabel;

    public SelfImageController(SelfImageViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        answeredLabel.textProperty().bind(viewModel.answeredProperty());
        revealLabel.textProperty().bind(viewModel.revealStateProperty());
        ourCount.textProperty().bind(viewModel.ourCountProperty());
        customerCount.textProperty().bind(viewModel.customerCountProperty());
        ourMean.textProperty().bind(viewModel.ourMeanProperty());
        customerMean.textProperty().bind(viewModel.customerMeanProperty());
        ourSpread.textProperty().bind(viewModel.ourSpreadProperty());
        customerSpread.textProperty().bind(viewModel.customerSpreadProperty());
        gapLabel.textProperty().bind(viewModel.gapProperty());
        sentenceLabel.textProperty().bind(viewModel.sentenceProperty());
        askLabel.setText(viewModel.askCustomers());
        scaleSlot.getChildren().setAll(scale);
        viewModel.scale().addListener((ListChangeListener<ScaleRow>) change -> scale.show(viewModel.scale()));
        scale.show(viewModel.scale());
    }
}
