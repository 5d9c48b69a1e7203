package nl.royaal.ui.shell;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import nl.royaal.i18n.I18n;
import nl.royaal.ui.common.DialogService;

/** The real dialogs: JavaFX alerts and the system's file choosers, owned by the console window. */
final class FxDialogService implements DialogService {

    private final Window owner;
    private final I18n i18n;
    private final Consumer<String> statusBar;
    private final Consumer<String> showDocument;

    /** @param showDocument the platform's "open this URI" (JavaFX HostServices) */
    FxDialogService(Window owner, I18n i18n, Consumer<String> statusBar, Consumer<String> showDocument) {
        this.owner = owner;
        this.i18n = i18n;
        this.statusBar = statusBar;
        this.showDocument = showDocument;
    }

    @Override
    public void open(Path file) {
        showDocument.accept(file.toUri().toString());
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        ButtonType confirm = new ButtonType(confirmLabel, ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(i18n.t("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, confirm, cancel);
        prepare(alert, title);
        // Cancel is the default: Enter must never delete a workshop by accident.
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(confirm)).setDefaultButton(false);
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(cancel)).setDefaultButton(true);
        return alert.showAndWait().filter(confirm::equals).isPresent();
    }

    @Override
    public void showError(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message, new ButtonType(i18n.t("common.ok"),
                ButtonBar.ButtonData.OK_DONE));
        prepare(alert, title);
        alert.showAndWait();
    }

    @Override
    public void notify(String message) {
        statusBar.accept(message);
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, String filterDescription, String... extensions) {
        FileChooser chooser = fileChooser(title, filterDescription, extensions);
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String filterDescription, String extension,
            String suggestedName) {
        FileChooser chooser = fileChooser(title, filterDescription, extension);
        chooser.setInitialFileName(suggestedName);
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath)
                .map(path -> path.getFileName().toString().endsWith("." + extension) ? path
                        : path.resolveSibling(path.getFileName() + "." + extension));
    }

    @Override
    public Optional<Path> chooseDirectory(String title, Path initial) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        if (initial != null && Files.isDirectory(initial)) {
            chooser.setInitialDirectory(initial.toFile());
        }
        return Optional.ofNullable(chooser.showDialog(owner)).map(File::toPath);
    }

    private FileChooser fileChooser(String title, String filterDescription, String... extensions) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        // Both cases: the GTK chooser matches patterns case-sensitively, and exports from Windows say ".CSV".
        List<String> patterns = new ArrayList<>();
        for (String extension : extensions) {
            patterns.add("*." + extension.toLowerCase(Locale.ROOT));
            patterns.add("*." + extension.toUpperCase(Locale.ROOT));
        }
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(filterDescription, patterns));
        return chooser;
    }

    private void prepare(Alert alert, String title) {
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.getDialogPane().setMinWidth(480);
    }
}
