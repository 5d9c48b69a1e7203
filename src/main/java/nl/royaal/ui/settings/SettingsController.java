package nl.royaal.ui.settings;

import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import nl.royaal.ui.common.FxControls;
import nl.royaal.domain.Language;
import nl.royaal.ui.shell.Navigator;

/** Binds the settings screen. */
public final class SettingsController {

    private final SettingsViewModel viewModel;
    private final Navigator navigator;

    @FXML private ComboBox<Language> languageChoice;
    @FXML private Label dataDirectoryLabel;
    @FXML private Label dataDirectoryNote;

    public SettingsController(SettingsViewModel viewModel, Navigator navigator) {
        this.viewModel = viewModel;
        this.navigator = navigator;
    }

    @FXML
    private void initialize() {
        languageChoice.getItems().setAll(Language.values());
        languageChoice.setConverter(FxControls.named(viewModel::languageName));
        languageChoice.valueProperty().bindBidirectional(viewModel.languageProperty());
        dataDirectoryLabel.textProperty().bind(viewModel.dataDirectoryTextProperty());
        dataDirectoryNote.textProperty().bind(viewModel.dataDirectoryNoteProperty());
    }

    @FXML private void onChooseDirectory() {
        viewModel.chooseDataDirectory();
    }

    @FXML private void onDefaultDirectory() {
        viewModel.useDefaultDataDirectory();
    }

    @FXML private void onSave() {
        viewModel.save();
    }

    @FXML private void onBack() {
        navigator.showWorkshopList();
    }
}
