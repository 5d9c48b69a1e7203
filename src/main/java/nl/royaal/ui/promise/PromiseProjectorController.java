package nl.royaal.ui.promise;

import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import nl.royaal.ui.selfimage.GradeScale;

/** Binds the room's part of the promise check; it follows every move of the console's sliders. */
public final class PromiseProjectorController {

    private final PromiseViewModel viewModel;
    private final GradeScale scale = new GradeScale();

    @FXML private VBox content;
    @FXML private Label nameLabel;
    @FXML private Label expectationBefore;
    @FXML private Label expectationAfter;
    @FXML private Label experienceBefore;
    @FXML private Label experienceAfter;
    @FXML private Label gapBefore;
    @FXML private Label gapAfter;
    @FXML private Label classBefore;
    @FXML private Label classAfter;
    @FXML private Label sentenceLabel;
    @FXML private StackPane scaleSlot;
    @FXML private Label emptyLabel;

    public PromiseProjectorController(PromiseViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        content.visibleProperty().bind(viewModel.roomFiguresProperty().isNotNull());
        emptyLabel.textProperty().bind(viewModel.roomEmptyTextProperty());
        emptyLabel.visibleProperty().bind(content.visibleProperty().not());
        scaleSlot.getChildren().setAll(scale);
        scale.legend(viewModel.room().t("promise.expectation"), viewModel.room().t("promise.experience"));
        FigureLabels labels = new FigureLabels(nameLabel, List.of(expectationBefore, expectationAfter,
                experienceBefore, experienceAfter, gapBefore, gapAfter), classBefore, classAfter, null, sentenceLabel, scale);
        viewModel.roomFiguresProperty().addListener((obs, old, figures) -> labels.show(figures, viewModel.room()));
        labels.show(viewModel.roomFiguresProperty().get(), viewModel.room());
    }
}
