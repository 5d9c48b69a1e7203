package nl.royaal.ui.scoreentry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import nl.royaal.domain.Language;
import nl.royaal.i18n.I18n;
import nl.royaal.service.scoreentry.ScoreEntryFixture;
import nl.royaal.ui.ConsoleHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Typing paper forms with the keyboard only, in the real grid window over a live workshop on a
 * real H2 file (reached the way the scoring screen's button reaches it: {@link ScoreGridDialog#open}).
 */
@ExtendWith(ApplicationExtension.class)
class ScoreGridFlowTest {

    @TempDir
    Path directory;

    private ScoreEntryFixture fixture;
    private Stage grid;

    @BeforeEach
    void openGrid(FxRobot robot) {
        fixture = new ScoreEntryFixture(directory);
        robot.interact(() -> grid = ScoreGridDialog.open(null, fixture.run, fixture.entries, I18n.of(Language.NL)));
        ConsoleHarness.waitUntil(() -> ConsoleHarness.<TextField>lookup(robot, "#grade-0-0").isFocused());
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> grid.close());
        fixture.close();
    }

    private static String message(FxRobot robot) {
        return ConsoleHarness.<Label>lookup(robot, "#scoreGridMessage").getText();
    }

    @Test
    void threeFormsTypedWithTheKeyboardOnlyKeepExactlyTheValidGrades(FxRobot robot) {
        // Form 1: 7 Tab 8 Tab 6 Tab 5 Enter
        robot.write("7").type(KeyCode.TAB).write("8").type(KeyCode.TAB).write("6").type(KeyCode.TAB).write("5")
                .type(KeyCode.ENTER);
        // Form 2 (added by Enter on the last form): the wrong ones first, each refused on the spot.
        robot.write("0").type(KeyCode.TAB);
        assertTrue(message(robot).contains("0 kan niet"), message(robot));
        assertTrue(robot.lookup("#grade-1-0").queryAs(TextField.class).isFocused(), "a refused box keeps the cursor");
        robot.write("11").type(KeyCode.TAB);
        assertTrue(message(robot).contains("11 kan niet"), message(robot));
        robot.write("7.5").type(KeyCode.TAB);
        assertTrue(message(robot).contains("\u201e7.5\u201d is geen cijfer"), message(robot));
        robot.write("zeven").type(KeyCode.TAB);
        assertTrue(message(robot).contains("\u201ezeven\u201d is geen cijfer"), message(robot));
        assertTrue(robot.lookup("#grade-1-0").queryAs(TextField.class).getPseudoClassStates().stream()
                .anyMatch(state -> state.getPseudoClassName().equals("refused")), "the refused box is marked");
        robot.write("9").type(KeyCode.TAB).write("9").type(KeyCode.ENTER);
        assertEquals("", message(robot));
        // Enter on the last form added form 3; Ctrl+N adds form 4. The empty form 3 counts for nobody.
        robot.press(KeyCode.CONTROL).press(KeyCode.N).release(KeyCode.N).release(KeyCode.CONTROL);
        robot.write("4").type(KeyCode.TAB).write("10");
        robot.type(KeyCode.UP);

        assertEquals(List.of(
                "Formulier 1 / Factuur / EXPECTATION = 6",
                "Formulier 1 / Factuur / EXPERIENCE = 5",
                "Formulier 1 / Website / EXPECTATION = 7",
                "Formulier 1 / Website / EXPERIENCE = 8",
                "Formulier 2 / Website / EXPECTATION = 9",
                "Formulier 2 / Website / EXPERIENCE = 9",
                "Formulier 4 / Website / EXPECTATION = 4",
                "Formulier 4 / Website / EXPERIENCE = 10"), fixture.storedGrades());
        assertEquals(8, fixture.run.workshop().answers().scores().size(), "the live run has every grade");
        assertEquals("8 cijfers opgeslagen", ConsoleHarness.<Label>lookup(robot, "#scoreGridSummary").getText());
    }

    @Test
    void reopeningTheGridShowsWhatWasStoredAndTypingGoesOnInTheFirstEmptyBox(FxRobot robot) {
        robot.write("7").type(KeyCode.TAB).write("8").type(KeyCode.TAB);
        robot.interact(() -> {
            grid.close();
            grid = ScoreGridDialog.open(null, fixture.run, fixture.entries, I18n.of(Language.NL));
        });
        ConsoleHarness.waitUntil(() -> ConsoleHarness.<TextField>lookup(robot, "#grade-0-2").isFocused());
        assertEquals("7", ConsoleHarness.<TextField>lookup(robot, "#grade-0-0").getText());
        assertEquals("8", ConsoleHarness.<TextField>lookup(robot, "#grade-0-1").getText());
        robot.write("3").type(KeyCode.TAB);
        robot.clickOn("#grade-0-0").press(KeyCode.CONTROL).press(KeyCode.A).release(KeyCode.A)
                .release(KeyCode.CONTROL).type(KeyCode.BACK_SPACE).type(KeyCode.TAB);
        assertEquals(List.of("Formulier 1 / Factuur / EXPECTATION = 3", "Formulier 1 / Website / EXPERIENCE = 8"),
                fixture.storedGrades());
        assertTrue(message(robot).startsWith("Cijfer gewist"), message(robot));
    }
}
