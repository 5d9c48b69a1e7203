package nl.royaal.ui.promise;

import java.util.List;
import java.util.function.DoublePredicate;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.beans.property.ReadOnlyDoubleProperty;
import nl.royaal.ui.common.FxControls;
import nl.royaal.ui.selfimage.GradeScale;

/** Binds the console part of the promise check: the touchpoint list, the two what-ifs and the figures. */
public final class PromiseController {

    private final PromiseViewModel viewModel;
    private final GradeScale scale = new GradeScale();
    private FigureLabels labels;

    @FXML private ComboBox<PromiseViewModel.Choice> touchpointChoice;
    @FXML private Button resetButton;
    @FXML private Label emptyLabel;
    @FXML private Slider lowerSlider;
    @FXML private Slider raiseSlider;
    @FXML private Label lowerByLabel;
    @FXML private Label raiseByLabel;
    @FXML private HBox resultBox;
    @FXML private Label expectationBefore;
    @FXML private Label expectationAfter;
    @FXML private Label experienceBefore;
    @FXML private Label experienceAfter;
    @FXML private Label gapBefore;
    @FXML private Label gapAfter;
    @FXML private Label classBefore;
    @FXML private Label classAfter;
    @FXML private Label classChange;
    @FXML private Label sentenceLabel;
    @FXML private StackPane scaleSlot;
    @FXML private Label errorLabel;

    public PromiseController(PromiseViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        touchpointChoice.setItems(viewModel.choices());
        touchpointChoice.setConverter(FxControls.named(PromiseViewModel.Choice::label));
        touchpointChoice.setValue(viewModel.selectedProperty().get());
        touchpointChoice.valueProperty().addListener((obs, old, choice) -> {
            if (choice != null) {
                viewModel.select(choice.id());
            }
        });
        viewModel.selectedProperty().addListener((obs, old, choice) -> touchpointChoice.setValue(choice));
        touchpointChoice.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(viewModel.choices()));

        follow(lowerSlider, viewModel.lowerByProperty(), viewModel::setLowerBy);
        follow(raiseSlider, viewModel.raiseByProperty(), viewModel::setRaiseBy);
        lowerSlider.disableProperty().bind(viewModel.canChangeProperty().not());
        raiseSlider.disableProperty().bind(viewModel.canChangeProperty().not());
        resetButton.disableProperty().bind(viewModel.canChangeProperty().not());
        lowerSlider.setAccessibleText(viewModel.i18n().t("promise.lowerBy"));
        raiseSlider.setAccessibleText(viewModel.i18n().t("promise.raiseBy"));
        lowerByLabel.textProperty().bind(viewModel.lowerByTextProperty());
        raiseByLabel.textProperty().bind(viewModel.raiseByTextProperty());

        emptyLabel.textProperty().bind(viewModel.emptyTextProperty());
        FxControls.showOnlyWithText(emptyLabel);
        errorLabel.textProperty().bind(viewModel.errorProperty());
        FxControls.showOnlyWithText(errorLabel);
        resultBox.visibleProperty().bind(viewModel.figuresProperty().isNotNull());
        resultBox.managedProperty().bind(resultBox.visibleProperty());

        scaleSlot.getChildren().setAll(scale);
        scale.legend(viewModel.i18n().t("promise.expectation"), viewModel.i18n().t("promise.experience"));
        labels = new FigureLabels(null, List.of(expectationBefore, expectationAfter, experienceBefore, experienceAfter,
                gapBefore, gapAfter), classBefore, classAfter, classChange, sentenceLabel, scale);
        viewModel.figuresProperty().addListener((obs, old, figures) -> labels.show(figures, viewModel.i18n()));
        labels.show(viewModel.figuresProperty().get(), viewModel.i18n());
    }

    /** The slider and the view model's what-if follow each other; a refused value puts the slider back. */
    private static void follow(Slider slider, ReadOnlyDoubleProperty value, DoublePredicate set) {
        slider.setValue(value.get());
        slider.valueProperty().addListener((obs, old, moved) -> {
            if (moved.doubleValue() != value.get() && !set.test(moved.doubleValue())) {
                slider.setValue(value.get());
            }
        });
        value.addListener((obs, old, now) -> slider.setValue(now.doubleValue()));
    }

    @FXML private void onReset() {
        viewModel.reset();
    }
}
