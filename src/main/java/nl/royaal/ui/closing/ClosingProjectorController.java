package nl.royaal.ui.closing;

import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * Binds the closing slide: a thank-you with the room's own figures; once the trainer reveals the
 * grades, the bars per part under a one-line thank-you.
 */
public final class ClosingProjectorController {

    private static final int FULL_SIZE_ROWS = 9;

    private final ClosingViewModel viewModel;

    @FXML private VBox thanksBox;
    @FXML private Label thanksLabel;
    @FXML private HBox figuresBox;
    @FXML private VBox ratingsBox;
    @FXML private Label summaryLabel;
    @FXML private GridPane barsGrid;
    @FXML private Label emptyLabel;

    public ClosingProjectorController(ClosingViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        thanksLabel.setText(viewModel.roomThanks());
        emptyLabel.setText(viewModel.roomEmpty());
        summaryLabel.textProperty().bind(viewModel.roomSummaryProperty());
        thanksBox.visibleProperty().bind(viewModel.shownProperty().not());
        ratingsBox.visibleProperty().bind(viewModel.shownProperty());
        // Only the part on show takes room, or the hidden bars push the slide off the screen.
        thanksBox.managedProperty().bind(thanksBox.visibleProperty());
        ratingsBox.managedProperty().bind(ratingsBox.visibleProperty());
        emptyLabel.visibleProperty().bind(viewModel.anyRatedProperty().not());
        emptyLabel.managedProperty().bind(emptyLabel.visibleProperty());
        viewModel.roomFigures().addListener((ListChangeListener<ClosingViewModel.Figure>) change -> showFigures());
        viewModel.roomBars().addListener((ListChangeListener<ClosingViewModel.Bar>) change -> showBars());
        showFigures();
        showBars();
    }

    private void showFigures() {
        figuresBox.getChildren().clear();
        for (ClosingViewModel.Figure figure : viewModel.roomFigures()) {
            Label value = new Label(figure.value());
            value.getStyleClass().add("closing-room-number");
            Label caption = new Label(figure.caption());
            caption.getStyleClass().add("closing-room-caption");
            VBox box = new VBox(value, caption);
            box.getStyleClass().add("closing-room-figure");
            figuresBox.getChildren().add(box);
        }
    }

    private void showBars() {
        RatingBars.fill(barsGrid, viewModel.roomBars(), false);
        // The default agenda's nine parts fit at the slide's body size; a longer agenda gets smaller rows.
        double size = Math.min(1, (double) FULL_SIZE_ROWS / Math.max(1, viewModel.roomBars().size()));
        barsGrid.setStyle("-fx-font-size: " + size + "em;");
    }
}
