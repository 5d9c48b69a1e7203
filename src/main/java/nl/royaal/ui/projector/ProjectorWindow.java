package nl.royaal.ui.projector;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Screen;
import javafx.stage.Stage;
import nl.royaal.i18n.I18n;
import nl.royaal.ui.common.ViewLoader;
import nl.royaal.ui.shell.ConsoleShell;

/**
 * The second window, for the room: full screen on the projector when one is connected (and moving
 * there when one is plugged in), an ordinary window the trainer can drag there otherwise. It has
 * no controls; keys pressed while it has focus go to the console's run screen.
 */
public final class ProjectorWindow {

    private final ProjectorViewModel viewModel;
    private final I18n i18n;
    private Stage stage;
    private Consumer<KeyEvent> keys = event -> { };
    private final ListChangeListener<Screen> screensChanged = change -> Platform.runLater(this::placeIfShowing);

    public ProjectorWindow(ProjectorViewModel viewModel, I18n i18n) {
        this.viewModel = Objects.requireNonNull(viewModel);
        this.i18n = Objects.requireNonNull(i18n);
    }

    public ProjectorViewModel viewModel() {
        return viewModel;
    }

    /** Keys pressed on the projector window (a clicker sends them wherever the focus is). */
    public void setKeyHandler(Consumer<KeyEvent> handler) {
        keys = Objects.requireNonNull(handler);
    }

    /** Shows the window, on the projector's screen and full screen when there is one. */
    public void show() {
        if (stage == null) {
            stage = createStage();
            Screen.getScreens().addListener(screensChanged);
        }
        stage.show();
        place();
        stage.toFront();
    }

    /** Opens the window by itself only when a projector is connected; with one screen the trainer decides. */
    public void showIfProjectorConnected() {
        if (projectorScreen().isPresent()) {
            show();
        }
    }

    public boolean isShowing() {
        return stage != null && stage.isShowing();
    }

    public Optional<Stage> stage() {
        return Optional.ofNullable(stage);
    }

    public void toggleFullScreen() {
        if (!isShowing()) {
            show();
            return;
        }
        stage.setFullScreen(!stage.isFullScreen());
    }

    public void leaveFullScreen() {
        if (isShowing()) {
            stage.setFullScreen(false);
        }
    }

    public void close() {
        if (stage != null) {
            Screen.getScreens().removeListener(screensChanged);
            stage.close();
            stage = null;
        }
    }

    private Stage createStage() {
        Stage window = new Stage();
        window.setTitle(i18n.t("projector.windowTitle"));
        Parent root = ViewLoader.load("/nl/royaal/ui/projector/ProjectorView.fxml", i18n.bundle(),
                new ProjectorController(viewModel));
        Scene scene = new Scene(root, 1024, 576);
        scene.getStylesheets().add(Objects.requireNonNull(
                getClass().getResource(ConsoleShell.STYLESHEET)).toExternalForm());
        scene.getStylesheets().add(Objects.requireNonNull(
                getClass().getResource("/nl/royaal/ui/projector/projector.css")).toExternalForm());
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> keys.accept(event));
        window.setScene(scene);
        // Esc leaves full screen through the run screen's key handling, with no hint over the slide.
        window.setFullScreenExitHint("");
        window.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        return window;
    }

    private void placeIfShowing() {
        if (isShowing()) {
            place();
        }
    }

    private void place() {
        Optional<Rectangle2D> projector = projectorScreen();
        if (projector.isPresent()) {
            Rectangle2D bounds = projector.get();
            stage.setX(bounds.getMinX());
            stage.setY(bounds.getMinY());
            stage.setWidth(bounds.getWidth());
            stage.setHeight(bounds.getHeight());
            stage.setFullScreen(true);
        }
    }

    private static Optional<Rectangle2D> projectorScreen() {
        List<Rectangle2D> bounds = Screen.getScreens().stream().map(Screen::getBounds).toList();
        return ScreenPlacement.projectorScreen(bounds, Screen.getPrimary().getBounds());
    }
}
