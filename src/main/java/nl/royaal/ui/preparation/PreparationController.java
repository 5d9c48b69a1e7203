package nl.royaal.ui.preparation;

import java.util.List;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import nl.royaal.domain.AgendaElement;
import nl.royaal.domain.ElementKind;
import nl.royaal.domain.Language;
import nl.royaal.domain.Touchpoint;
import nl.royaal.ui.common.CommitOnLeave;
import nl.royaal.ui.common.FxControls;
import nl.royaal.ui.common.ReorderSupport;
import nl.royaal.ui.common.ScoringSettingsFields;

/** Binds the preparation screen to its view model. */
public final class PreparationController {

    private final PreparationViewModel viewModel;

    @FXML private Label headingLabel;
    @FXML private TextField titleField;
    @FXML private TextField clientField;
    @FXML private TextField facilitatorField;
    @FXML private DatePicker datePicker;
    @FXML private ComboBox<Language> languageChoice;
    @FXML private Label detailsError;

    @FXML private HBox suggestionBanner;
    @FXML private Label suggestionOrder;
    @FXML private Label suggestionReasons;
    @FXML private Label suggestionBasis;

    @FXML private Label agendaTotalLabel;
    @FXML private ListView<AgendaElement> agendaList;
    @FXML private GridPane elementEditor;
    @FXML private TextField elementTitleField;
    @FXML private ComboBox<ElementKind> elementKindChoice;
    @FXML private Spinner<Integer> elementMinutesSpinner;
    @FXML private CheckBox elementPinnedCheck;
    @FXML private Label elementError;
    @FXML private Button removeElementButton;

    @FXML private ListView<Touchpoint> touchpointList;
    @FXML private GridPane touchpointEditor;
    @FXML private TextField touchpointNameField;
    @FXML private TextField touchpointContactsField;
    @FXML private Label touchpointError;
    @FXML private Button removeTouchpointButton;

    @FXML private VBox scoringSettingsSlot;
    @FXML private Label scoringExplanation;
    @FXML private ResourceBundle resources;

    public PreparationController(PreparationViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        bindDetails();
        bindAgendaSuggestion();
        bindAgenda();
        bindTouchpoints();
        scoringSettingsSlot.getChildren().add(
                ScoringSettingsFields.create(viewModel.scoringSettings(), resources, "preparation", () -> { }));
        scoringExplanation.textProperty().bind(viewModel.scoringSettings().explanationProperty());
    }

    private void bindDetails() {
        headingLabel.textProperty().bind(Bindings.createStringBinding(
                () -> viewModel.workshopProperty().get().title(), viewModel.workshopProperty()));
        titleField.textProperty().bindBidirectional(viewModel.titleProperty());
        clientField.textProperty().bindBidirectional(viewModel.clientProperty());
        facilitatorField.textProperty().bindBidirectional(viewModel.facilitatorProperty());
        for (TextField field : List.of(titleField, clientField, facilitatorField)) {
            CommitOnLeave.install(field, viewModel::commitDetails, viewModel::revertDetails);
        }
        datePicker.valueProperty().bindBidirectional(viewModel.dateProperty());
        languageChoice.getItems().setAll(Language.values());
        languageChoice.setConverter(FxControls.named(viewModel::languageName));
        languageChoice.valueProperty().bindBidirectional(viewModel.languageProperty());
        detailsError.textProperty().bind(viewModel.detailsErrorProperty());
        FxControls.showOnlyWithText(detailsError);
    }

    private void bindAgendaSuggestion() {
        suggestionBanner.visibleProperty().bind(viewModel.suggestionShownProperty());
        suggestionBanner.managedProperty().bind(viewModel.suggestionShownProperty());
        suggestionOrder.textProperty().bind(viewModel.suggestionOrderProperty());
        suggestionReasons.textProperty().bind(viewModel.suggestionReasonsProperty());
        suggestionBasis.textProperty().bind(viewModel.suggestionBasisProperty());
    }

    private void bindAgenda() {
        agendaTotalLabel.textProperty().bind(viewModel.agendaTotalProperty());
        agendaList.setItems(viewModel.agenda().items());
        agendaList.setCellFactory(list -> new AgendaCell(viewModel));
        FxControls.bindSelection(agendaList, viewModel.agenda().selectedProperty());
        ReorderSupport.installKeyboard(agendaList, viewModel::moveElement);
        agendaList.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.DELETE) {
                viewModel.removeSelectedElement();
            }
        });
        elementEditor.disableProperty().bind(viewModel.agenda().selectedProperty().isNull());
        removeElementButton.disableProperty().bind(viewModel.agenda().selectedProperty().isNull());
        elementTitleField.textProperty().bindBidirectional(viewModel.elementTitleProperty());
        CommitOnLeave.install(elementTitleField, viewModel::commitElement, viewModel::revertElement);
        elementKindChoice.getItems().setAll(ElementKind.values());
        elementKindChoice.setConverter(FxControls.named(viewModel::kindName));
        elementKindChoice.valueProperty().bindBidirectional(viewModel.elementKindProperty());
        elementMinutesSpinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(
                0, AgendaElement.MAX_PLANNED_MINUTES, 0, 5));
        elementMinutesSpinner.getValueFactory().valueProperty().bindBidirectional(viewModel.elementMinutesProperty());
        // A typed number only reaches the value on commit; leaving the field counts as commit.
        elementMinutesSpinner.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                commitSpinnerText();
            }
        });
        elementPinnedCheck.selectedProperty().bindBidirectional(viewModel.elementPinnedProperty());
        elementError.textProperty().bind(viewModel.elementErrorProperty());
        FxControls.showOnlyWithText(elementError);
    }

    private void bindTouchpoints() {
        touchpointList.setItems(viewModel.touchpoints().items());
        touchpointList.setCellFactory(list -> new TouchpointCell(viewModel));
        FxControls.bindSelection(touchpointList, viewModel.touchpoints().selectedProperty());
        ReorderSupport.installKeyboard(touchpointList, viewModel::moveTouchpoint);
        touchpointList.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.DELETE) {
                viewModel.removeSelectedTouchpoint();
            }
        });
        touchpointEditor.disableProperty().bind(viewModel.touchpoints().selectedProperty().isNull());
        removeTouchpointButton.disableProperty().bind(viewModel.touchpoints().selectedProperty().isNull());
        touchpointNameField.textProperty().bindBidirectional(viewModel.touchpointNameProperty());
        touchpointContactsField.textProperty().bindBidirectional(viewModel.touchpointContactsProperty());
        for (TextField field : List.of(touchpointNameField, touchpointContactsField)) {
            CommitOnLeave.install(field, viewModel::commitTouchpoint, viewModel::revertTouchpoint);
        }
        touchpointError.textProperty().bind(viewModel.touchpointErrorProperty());
        FxControls.showOnlyWithText(touchpointError);
    }

    private void commitSpinnerText() {
        try {
            elementMinutesSpinner.increment(0);
        } catch (NumberFormatException notANumber) {
            elementMinutesSpinner.getEditor().setText(String.valueOf(elementMinutesSpinner.getValue()));
        }
    }

    @FXML private void onBack() {
        viewModel.backToList();
    }

    @FXML private void onStart() {
        viewModel.startWorkshop();
    }

    @FXML private void onApplySuggestion() {
        viewModel.applyAgendaSuggestion();
    }

    @FXML private void onIgnoreSuggestion() {
        viewModel.ignoreAgendaSuggestion();
    }

    @FXML private void onAddElement() {
        viewModel.addElement();
        elementTitleField.requestFocus();
        elementTitleField.selectAll();
    }

    @FXML private void onRemoveElement() {
        viewModel.removeSelectedElement();
    }

    @FXML private void onMoveElementUp() {
        viewModel.moveSelectedElement(-1);
    }

    @FXML private void onMoveElementDown() {
        viewModel.moveSelectedElement(1);
    }

    @FXML private void onAddTouchpoint() {
        viewModel.addTouchpoint();
        touchpointNameField.requestFocus();
        touchpointNameField.selectAll();
    }

    @FXML private void onRemoveTouchpoint() {
        viewModel.removeSelectedTouchpoint();
    }

    @FXML private void onMoveTouchpointUp() {
        viewModel.moveSelectedTouchpoint(-1);
    }

    @FXML private void onMoveTouchpointDown() {
        viewModel.moveSelectedTouchpoint(1);
    }
}
