package nl.royaal.ui.shell;

import java.util.Objects;
import java.util.Optional;
import javafx.application.Platform;
import javafx.animation.PauseTransition;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.util.Duration;
import nl.royaal.domain.Language;
import nl.royaal.domain.Workshop;
import nl.royaal.i18n.I18n;
import nl.royaal.ui.element.ElementScreens;
import nl.royaal.ui.common.DialogService;
import nl.royaal.ui.common.Theme;
import nl.royaal.ui.common.ViewLoader;
import nl.royaal.ui.preparation.PreparationController;
import nl.royaal.ui.preparation.PreparationViewModel;
import nl.royaal.service.live.LiveRun;
import nl.royaal.service.live.PhoneRoom;
import nl.royaal.ui.kiosk.KioskViewModel;
import nl.royaal.ui.run.PhonesViewModel;
import nl.royaal.ui.projector.ProjectorViewModel;
import nl.royaal.ui.projector.ProjectorWindow;
import nl.royaal.ui.run.RunController;
import nl.royaal.ui.run.RunViewModel;
import nl.royaal.ui.settings.SettingsController;
import nl.royaal.ui.settings.SettingsViewModel;
import nl.royaal.ui.workshops.WorkshopListController;
import nl.royaal.ui.workshops.WorkshopListViewModel;

/**
 * The facilitator console window: a header, one screen at a time, and a status bar. It builds
 * each screen with its view model, and rebuilds everything when the language changes.
 */
public final class ConsoleShell implements Navigator {

    public static final String STYLESHEET = "/nl/royaal/ui/royaal.css";
    private static final Duration STATUS_VISIBLE = Duration.seconds(6);

    private final Stage stage;
    private final ConsoleServices services;
    private I18n i18n;
    private DialogService dialogs;
    private Runnable showCurrentScreen = this::showWorkshopList;
    private Runnable leaveRun = () -> { };
    private LiveRun activeRun;
    private ProjectorWindow projector;
    private final PauseTransition statusTimer = new PauseTransition(STATUS_VISIBLE);

    @FXML private StackPane content;
    @FXML private Label statusLabel;
    @FXML private Label dataDirectoryLabel;

    public ConsoleShell(Stage stage, ConsoleServices services, I18n i18n) {
        this.stage = Objects.requireNonNull(stage);
        this.services = Objects.requireNonNull(services);
        this.i18n = Objects.requireNonNull(i18n);
    }

    /** Builds the window's scene; call once, then show a screen. */
    public void install() {
        Theme.install();
        // Date pickers and number formats follow the console's language, not the laptop's.
        java.util.Locale.setDefault(i18n.language().locale());
        Parent root = ViewLoader.load("/nl/royaal/ui/shell/ConsoleView.fxml", i18n.bundle(), this);
        if (stage.getScene() == null) {
            Scene scene = new Scene(root, preferredWidth(), preferredHeight());
            scene.getStylesheets().add(Objects.requireNonNull(getClass().getResource(STYLESHEET)).toExternalForm());
            stage.setScene(scene);
        } else {
            stage.getScene().setRoot(root);
        }
        stage.setTitle(i18n.t("app.title"));
        dialogs = new FxDialogService(stage, i18n, this::showStatus, services.showDocument());
        dataDirectoryLabel.setText(i18n.t("console.dataDirectory", services.settings().effectiveDataDirectory()));
        statusTimer.setOnFinished(event -> statusLabel.setText(""));
    }

    public I18n i18n() {
        return i18n;
    }

    public DialogService dialogs() {
        return dialogs;
    }

    /** The live screens this console shows per kind of element. */
    public ElementScreens elementScreens() {
        return services.elementScreens();
    }

    @Override
    public void showWorkshopList() {
        WorkshopListViewModel viewModel = new WorkshopListViewModel(services.workshops(), services.files(),
                services.defaultTemplate(), dialogs, this, i18n, services.reports());
        show(ViewLoader.load("/nl/royaal/ui/workshops/WorkshopListView.fxml", i18n.bundle(),
                new WorkshopListController(viewModel)), this::showWorkshopList);
        stage.setTitle(i18n.t("app.title"));
    }

    @Override
    public void showPreparation(Workshop workshop) {
        PreparationViewModel viewModel = new PreparationViewModel(workshop, services.workshops(), dialogs, this, i18n);
        show(ViewLoader.load("/nl/royaal/ui/preparation/PreparationView.fxml", i18n.bundle(),
                new PreparationController(viewModel)), () -> showPreparation(viewModel.current()));
        stage.setTitle(i18n.t("app.titleWith", workshop.title()));
    }

    @Override
    public void showRun(Workshop workshop) {
        LiveRun run = services.liveRuns().apply(workshop);
        PhoneRoom room = services.phoneRooms().apply(run);
        RunViewModel viewModel = new RunViewModel(run, services.workshops(), dialogs, this, i18n);
        PhonesViewModel phones = new PhonesViewModel(room, dialogs, i18n);
        ProjectorViewModel projectorModel = new ProjectorViewModel(run, viewModel.blackoutProperty(), room);
        ProjectorWindow projectorWindow = new ProjectorWindow(projectorModel, i18n);
        KioskViewModel kiosk = new KioskViewModel(room.participants(), () -> run.workshop().id(),
                () -> I18n.of(run.workshop().language()));
        RunController controller = new RunController(viewModel, phones, projectorWindow, services.elementScreens(),
                kiosk);
        Runnable refreshProjector = () -> Platform.runLater(projectorModel::refresh);
        run.addListener(refreshProjector);
        show(ViewLoader.load("/nl/royaal/ui/run/RunView.fxml", i18n.bundle(), controller),
                () -> showRun(run.workshop()));
        projectorWindow.setKeyHandler(controller::onKey);
        activeRun = run;
        projector = projectorWindow;
        leaveRun = () -> {
            run.removeListener(refreshProjector);
            run.pause();
            projectorWindow.close();
            room.close();
        };
        projectorWindow.showIfProjectorConnected();
        stage.setTitle(i18n.t("app.titleWith", workshop.title()));
    }

    /** The projector window of the live run on screen, if any (for tests and screenshots). */
    public Optional<ProjectorWindow> projector() {
        return Optional.ofNullable(projector);
    }

    public Optional<LiveRun> activeRun() {
        return Optional.ofNullable(activeRun);
    }

    /** Leaving the run screen: the clock pauses and the projector window closes. */
    public void leaveRun() {
        leaveRun.run();
        leaveRun = () -> { };
        activeRun = null;
        projector = null;
    }

    @Override
    public void showSettings() {
        SettingsViewModel viewModel = new SettingsViewModel(services.settings(), dialogs, i18n, this::switchLanguage);
        show(ViewLoader.load("/nl/royaal/ui/settings/SettingsView.fxml", i18n.bundle(),
                new SettingsController(viewModel, this)), this::showSettings);
    }

    /** Rebuilds the console in another language, on the same screen. */
    public void switchLanguage(Language language) {
        i18n = I18n.of(language);
        install();
        showCurrentScreen.run();
    }

    /** Large enough for the agenda and the journey side by side, never larger than the screen. */
    private static double preferredWidth() {
        return Math.min(1440, javafx.stage.Screen.getPrimary().getVisualBounds().getWidth() * 0.92);
    }

    private static double preferredHeight() {
        return Math.min(920, javafx.stage.Screen.getPrimary().getVisualBounds().getHeight() * 0.92);
    }

    /** Shows an error once the window is up (used while starting, before the window is shown). */
    public void showError(String title, String message) {
        javafx.application.Platform.runLater(() -> dialogs.showError(title, message));
    }

    private void show(Parent screen, Runnable reshow) {
        leaveRun();
        content.getChildren().setAll(screen);
        showCurrentScreen = reshow;
    }

    private void showStatus(String message) {
        statusLabel.setText(message);
        statusTimer.playFromStart();
    }

    @FXML private void onWorkshops() {
        services.workshops().close();
        showWorkshopList();
    }

    @FXML private void onSettings() {
        showSettings();
    }
}
