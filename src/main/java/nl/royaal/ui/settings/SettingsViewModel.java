package nl.royaal.ui.settings;

import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import nl.royaal.domain.Language;
import nl.royaal.i18n.I18n;
import nl.royaal.persistence.Settings;
import nl.royaal.service.SettingsService;
import nl.royaal.ui.common.DialogService;
import nl.royaal.ui.common.UserMessages;

/** The settings screen: the app's language (applied at once) and where the data lives (from the next start). */
public final class SettingsViewModel {

    private final SettingsService settings;
    private final DialogService dialogs;
    private final I18n i18n;
    private final Consumer<Language> applyLanguage;

    private final ObjectProperty<Language> language = new SimpleObjectProperty<>();
    private final ObjectProperty<Path> chosenDataDirectory = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper dataDirectoryText = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper dataDirectoryNote = new ReadOnlyStringWrapper();

    /** @param applyLanguage rebuilds the console in the chosen language */
    public SettingsViewModel(SettingsService settings, DialogService dialogs, I18n i18n, Consumer<Language> applyLanguage) {
        this.settings = settings;
        this.dialogs = dialogs;
        this.i18n = i18n;
        this.applyLanguage = applyLanguage;
        language.set(settings.current().language());
        chosenDataDirectory.set(settings.current().dataDirectory());
        chosenDataDirectory.addListener((obs, old, chosen) -> describeDataDirectory());
        describeDataDirectory();
    }

    public ObjectProperty<Language> languageProperty() {
        return language;
    }

    public ReadOnlyStringProperty dataDirectoryTextProperty() {
        return dataDirectoryText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty dataDirectoryNoteProperty() {
        return dataDirectoryNote.getReadOnlyProperty();
    }

    public String languageName(Language choice) {
        return i18n.t("language." + choice.code());
    }

    public void chooseDataDirectory() {
        Path start = Objects.requireNonNullElse(chosenDataDirectory.get(), settings.effectiveDataDirectory());
        dialogs.chooseDirectory(i18n.t("settings.dataDirectory.choose"), start).ifPresent(chosenDataDirectory::set);
    }

    public void useDefaultDataDirectory() {
        chosenDataDirectory.set(null);
    }

    /** Stores the settings; a new language takes effect at once. */
    public void save() {
        Settings edited = new Settings(language.get(), chosenDataDirectory.get());
        Settings before = settings.current();
        try {
            settings.save(edited);
        } catch (RuntimeException failure) {
            dialogs.showError(i18n.t("error.title"), new UserMessages(i18n).describe(failure));
            return;
        }
        boolean directoryChanged = !Objects.equals(before.dataDirectory(), edited.dataDirectory());
        if (edited.language() != before.language()) {
            applyLanguage.accept(edited.language());
        }
        I18n now = I18n.of(edited.language());
        dialogs.notify(directoryChanged ? now.t("settings.saved.restart") : now.t("settings.saved"));
    }

    private void describeDataDirectory() {
        Path chosen = chosenDataDirectory.get();
        Path shown = chosen != null ? chosen : settings.defaultDataDirectory();
        dataDirectoryText.set(shown.toString());
        if (settings.dataDirectoryFromCommandLine()) {
            dataDirectoryNote.set(i18n.t("settings.dataDirectory.commandLine", settings.effectiveDataDirectory()));
        } else if (!shown.equals(settings.effectiveDataDirectory())) {
            dataDirectoryNote.set(i18n.t("settings.dataDirectory.afterRestart", settings.effectiveDataDirectory()));
        } else {
            dataDirectoryNote.set(chosen == null ? i18n.t("settings.dataDirectory.default") : "");
        }
    }
}
