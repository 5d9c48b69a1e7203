package nl.royaal.app;

import java.util.Objects;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import nl.royaal.i18n.I18n;
import nl.royaal.persistence.AppDirectories;
import nl.royaal.persistence.SettingsStore;
import nl.royaal.persistence.StorageException;
import nl.royaal.ui.common.UserMessages;

/** The JavaFX application: the facilitator console window. */
public final class RoyaalApp extends Application {

    private static final System.Logger LOG = System.getLogger(RoyaalApp.class.getName());

    private ConsoleApplication console;

    @Override
    public void start(Stage stage) {
        CommandLine commandLine = CommandLine.parse(getParameters().getRaw());
        AppDirectories directories = AppDirectories.forCurrentUser();
        stage.getIcons().add(new Image(Objects.requireNonNull(
                RoyaalApp.class.getResource("/nl/royaal/assets/icon/royaal-256.png")).toExternalForm()));
        stage.setMinWidth(1024);
        stage.setMinHeight(680);
        try {
            console = ConsoleApplication.start(stage, directories.configDirectory(), directories.dataDirectory(),
                    commandLine.dataDirectory(), commandLine.openFile(), getHostServices()::showDocument);
        } catch (StorageException cannotOpen) {
            LOG.log(System.Logger.Level.ERROR, "Cannot open the database", cannotOpen);
            I18n i18n = I18n.of(new SettingsStore(directories.configDirectory()).load().language());
            Alert alert = new Alert(Alert.AlertType.ERROR, new UserMessages(i18n).describe(cannotOpen),
                    new ButtonType(i18n.t("common.ok")));
            alert.setTitle(i18n.t("app.title"));
            alert.setHeaderText(i18n.t("startup.failed"));
            alert.showAndWait();
            Platform.exit();
            return;
        }
        stage.show();
    }

    @Override
    public void stop() {
        if (console != null) {
            console.close();
        }
    }
}
