package nl.royaal.ui.touchpoints;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import nl.royaal.domain.scoring.RealityCheckFigures;
import nl.royaal.ui.common.CommitOnLeave;
import nl.royaal.ui.common.FxControls;

/**
 * Binds the console part of the reality check. A field is stored when the trainer is done with it
 * (Enter or Tab away); the rows are rebuilt only when the journey itself changes, so typing is
 * never interrupted by a refresh.
 */
public final class TouchpointsController {

    private final TouchpointsViewModel viewModel;
    private final Map<UUID, TextField> contactFields = new LinkedHashMap<>();

    @FXML private ToggleButton journeyButton;
    @FXML private ToggleButton totalsButton;
    @FXML private VBox journeyBox;
    @FXML private Label noTouchpointsLabel;
    @FXML private GridPane rowsGrid;
    @FXML private GridPane totalsBox;
    @FXML private TextField totalField;
    @FXML private TextField customersField;
    @FXML private TextField automatedField;
    @FXML private Label errorLabel;
    @FXML private Label summaryLabel;
    @FXML private Label sentenceLabel;

    public TouchpointsController(TouchpointsViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        ToggleGroup sources = new ToggleGroup();
        journeyButton.setToggleGroup(sources);
        totalsButton.setToggleGroup(sources);
        journeyButton.setOnAction(event -> viewModel.setSource(RealityCheckFigures.Source.JOURNEY));
        totalsButton.setOnAction(event -> viewModel.setSource(RealityCheckFigures.Source.TOTALS));
        viewModel.sourceProperty().addListener((obs, old, source) -> showSource());
        showSource();

        viewModel.rows().addListener((ListChangeListener<TouchpointsViewModel.Row>) change -> showRows());
        showRows();
        noTouchpointsLabel.visibleProperty().bind(javafx.beans.binding.Bindings.isEmpty(viewModel.rows()));
        noTouchpointsLabel.managedProperty().bind(noTouchpointsLabel.visibleProperty());

        field(totalField, viewModel.totalContactsTextProperty(), viewModel::setTotalContacts);
        field(customersField, viewModel.customersTextProperty(), viewModel::setCustomers);
        field(automatedField, viewModel.automatedTextProperty(), viewModel::setAutomated);

        errorLabel.textProperty().bind(viewModel.errorProperty());
        FxControls.showOnlyWithText(errorLabel);
        summaryLabel.textProperty().bind(viewModel.summaryProperty());
        FxControls.showOnlyWithText(summaryLabel);
        sentenceLabel.textProperty().bind(viewModel.sentenceProperty());
    }

    private void showSource() {
        boolean journey = viewModel.sourceProperty().get() == RealityCheckFigures.Source.JOURNEY;
        journeyButton.setSelected(journey);
        totalsButton.setSelected(!journey);
        journeyBox.setVisible(journey);
        journeyBox.setManaged(journey);
        totalsBox.setVisible(!journey);
        totalsBox.setManaged(!journey);
    }

    /** New texts into the fields nobody is typing in; new fields only when the journey changed. */
    private void showRows() {
        List<UUID> ids = viewModel.rows().stream().map(TouchpointsViewModel.Row::id).toList();
        if (ids.equals(new ArrayList<>(contactFields.keySet()))) {
            for (TouchpointsViewModel.Row row : viewModel.rows()) {
                TextField field = contactFields.get(row.id());
                if (!field.isFocused()) {
                    field.setText(row.contacts());
                }
            }
            return;
        }
        rowsGrid.getChildren().clear();
        contactFields.clear();
        int index = 0;
        for (TouchpointsViewModel.Row row : viewModel.rows()) {
            Label name = new Label(row.name());
            TextField field = new TextField(row.contacts());
            field.setId("touchpointContacts" + index);
            field.setAccessibleText(row.name());
            Label unit = new Label(viewModel.i18n().t("touchpoints.reality.perYear"));
            UUID id = row.id();
            CommitOnLeave.install(field, () -> viewModel.setContacts(id, field.getText()),
                    () -> field.setText(stored(id)));
            contactFields.put(id, field);
            rowsGrid.addRow(index++, name, field, unit);
        }
    }

    private String stored(UUID id) {
        return viewModel.rows().stream().filter(row -> row.id().equals(id)).map(TouchpointsViewModel.Row::contacts)
                .findFirst().orElse("");
    }

    /** A figure field: stored on Enter or leaving, then shown as the view model says it. */
    private static void field(TextField field, ReadOnlyStringProperty shown, Function<String, Boolean> commit) {
        field.setText(shown.get());
        shown.addListener((obs, old, text) -> {
            if (!field.isFocused()) {
                field.setText(text);
            }
        });
        CommitOnLeave.install(field, () -> {
            boolean stored = commit.apply(field.getText());
            if (stored) {
                field.setText(shown.get());
            }
            return stored;
        }, () -> field.setText(shown.get()));
    }

    @FXML private void onUnion() {
        viewModel.useUnionExample();
    }
}
