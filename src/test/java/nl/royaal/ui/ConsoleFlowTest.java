package nl.royaal.ui;

import java.nio.file.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * A TestFX flow against the real console: each test gets its own data and config directories
 * and a fresh console, closed on the FX thread afterwards (it closes windows and the database).
 */
@ExtendWith(ApplicationExtension.class)
abstract class ConsoleFlowTest {

    @TempDir
    Path root;

    protected ConsoleHarness console;

    // A @BeforeEach rather than TestFX's @Start: TestFX looks for @Start only on the test class itself.
    @BeforeEach
    void startConsole(FxRobot robot) {
        console = new ConsoleHarness(root);
        robot.interact(() -> console.start(new Stage()));
    }

    @AfterEach
    void stopConsole(FxRobot robot) {
        robot.interact(console::stop);
    }
}
