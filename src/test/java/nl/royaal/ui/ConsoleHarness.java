package nl.royaal.ui;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.stage.Stage;
import nl.royaal.app.ConsoleApplication;
import nl.royaal.web.LanPhoneRoom;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Starts the real console (real H2 file, real FXML) in a test stage, and restarts it on the same
 * directories the way a trainer restarts the laptop.
 */
public final class ConsoleHarness {

    private final Path config;
    private final Path data;
    private Stage stage;
    private ConsoleApplication console;
    /** What the console asked the system to open (a written report), instead of really opening it. */
    public final java.util.List<String> openedDocuments = new java.util.concurrent.CopyOnWriteArrayList<>();

    public ConsoleHarness(Path root) {
        this.config = root.resolve("config");
        this.data = root.resolve("data");
    }

    /** Call from TestFX's {@code @Start}. */
    public void start(Stage newStage) {
        stage = newStage;
        console = ConsoleApplication.start(stage, config, data, null, null, LanPhoneRoom.Reach.LOOPBACK_ONLY,
                openedDocuments::add);
        // The headless screen is 1000 px wide: keep every control on it.
        stage.setWidth(1000);
        stage.setHeight(960);
        stage.show();
    }

    /** Closes the console and its database, then starts it again in a fresh window. */
    public void restart(FxRobot robot) {
        robot.interact(() -> {
            console.close();
            stage.close();
            start(new Stage());
        });
    }

    public void stop() {
        if (console != null) {
            console.close();
        }
    }

    public Path dataDirectory() {
        return data;
    }

    public Path configDirectory() {
        return config;
    }

    public Stage stage() {
        return stage;
    }

    public ConsoleApplication application() {
        return console;
    }

    /**
     * The headless screen is one 1000 x 1000 screen, so the projector window would cover the
     * console; tuck it into a corner, as a trainer with one screen drags it aside.
     */
    public void tuckProjectorAway(FxRobot robot) {
        robot.interact(() -> console.shell().projector().flatMap(projector -> projector.stage()).ifPresent(window -> {
            window.setWidth(320);
            window.setHeight(180);
            window.setX(660);
            window.setY(800);
            stage.requestFocus();
        }));
    }

    /**
     * Opens the projector window already smaller, over the console's header (the headless screen is
     * 1000 px wide and cannot draw a 1024 px window, so it is shown and resized in one go on the FX
     * thread), keeps the console focused, and waits until {@code content} (an element screen's
     * projector part) is on it.
     */
    public void showProjectorTuckedAway(FxRobot robot, String content) {
        robot.interact(() -> console.shell().projector().ifPresent(projector -> {
            projector.show();
            projector.stage().ifPresent(window -> {
                window.setWidth(700);
                window.setHeight(394);
                window.setX(300);
                window.setY(0);
            });
            stage.requestFocus();
        }));
        waitUntil(() -> robot.lookup(content).tryQuery().isPresent());
    }

    public static <T extends Node> T lookup(FxRobot robot, String query) {
        return robot.lookup(query).query();
    }

    /** Waits for a condition on the FX thread, without sleeping a fixed time. */
    public static void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (TimeoutException timedOut) {
            throw new AssertionError("condition not met within 10 s", timedOut);
        }
    }
}
