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
    private final ListChangeListener<Screen> screensChanged = change -> Platform.runLater(this::screensChanged);
    /** Put full screen on a projector by {@link #place()}, rather than by the trainer. */
    private boolean onProjector;
    /** Opens by itself when a projector is plugged in (the run started without one). */
    private boolean followProjector;

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
            listenToScreens();
        }
        if (!stage.isShowing()) {
            // Where the window first appears decides the screen the window manager makes it full screen on;
            // without a projector it opens small in the laptop's corner, beside the console rather than over it.
            moveTo(projectorScreen().orElseGet(() -> ScreenPlacement.windowOn(Screen.getPrimary().getVisualBounds())));
        }
        stage.show();
        place();
        stage.toFront();
    }

    /**
     * Opens the window by itself when a projector is connected, now or when one is plugged in
     * later; with one screen the trainer decides.
     */
    public void showIfProjectorConnected() {
        followProjector = true;
        listenToScreens();
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
        Screen.getScreens().removeListener(screensChanged);
        followProjector = false;
        if (stage != null) {
            stage.close();
            stage = null;
        }
    }

    private void listenToScreens() {
        Screen.getScreens().removeListener(screensChanged);
        Screen.getScreens().addListener(screensChanged);
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

    private void screensChanged() {
        if (isShowing()) {
            place();
        } else if (followProjector && projectorScreen().isPresent()) {
            show();
        }
    }

    /** Full screen on the projector; back to a window on the laptop when the projector it was on is gone. */
    private void place() {
        List<Rectangle2D> bounds = Screen.getScreens().stream().map(Screen::getBounds).toList();
        switch (ScreenPlacement.place(bounds, Screen.getPrimary().getBounds(), Screen.getPrimary().getVisualBounds(),
                onProjector)) {
            case ScreenPlacement.Placement.FullScreen(Rectangle2D screen) -> {
                if (stage.isFullScreen() && !screen.contains(stage.getX() + 1, stage.getY() + 1)) {
                    stage.setFullScreen(false); // full screen on another screen: leave it to move
                }
                moveTo(screen);
                stage.setFullScreen(true);
                onProjector = true;
            }
            case ScreenPlacement.Placement.Window(Rectangle2D window) -> {
                // Full screen on a screen that is gone would cover the console: a window the trainer can drag.
                stage.setFullScreen(false);
                moveTo(window);
                onProjector = false;
            }
            case ScreenPlacement.Placement.Stay() -> {
            }
        }
    }

    private void moveTo(Rectangle2D bounds) {
        stage.setX(bounds.getMinX());
        stage.setY(bounds.getMinY());
        stage.setWidth(bounds.getWidth());
        stage.setHeight(bounds.getHeight());
    }

    private static Optional<Rectangle2D> projectorScreen() {
        List<Rectangle2D> bounds = Screen.getScreens().stream().map(Screen::getBounds).toList();
        return ScreenPlacement.projectorScreen(bounds, Screen.getPrimary().getBounds());
    }
}
