package nl.royaal.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import nl.royaal.service.live.LiveRun;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * The closing round in the real console: a participant grades two parts at the kiosk, the console
 * counts and averages at once, and R shows the grades to the room under the thank-you.
 */
class ClosingFlowTest extends ConsoleFlowTest {

    private LiveRun run() {
        return console.application().shell().activeRun().orElseThrow();
    }

    @Test
    void gradesGivenAtTheKioskShowOnTheConsoleAndRevealOnTheProjector(FxRobot robot) {
        robot.clickOn("#newWorkshopButton");
        robot.clickOn("#startWorkshopButton");
        for (int i = 0; i < 10; i++) {
            robot.type(KeyCode.PAGE_DOWN);
        }
        assertEquals("Afsluiten op een piek", ConsoleHarness.<Label>lookup(robot, "#currentElementTitle").getText());
        assertTrue(ConsoleHarness.<Label>lookup(robot, "#closingRated").getText().startsWith("Nog niemand"));

        robot.clickOn("#openRoundButton");
        robot.clickOn("#kioskButton");
        robot.clickOn("#kioskStartButton");
        List<Slider> sliders = robot.lookup(".kiosk .slider").queryAllAs(Slider.class).stream().toList();
        assertEquals(9, sliders.size(), "every part but the break and the closing itself");
        grade(robot, sliders.get(0), 8);
        grade(robot, sliders.get(1), 9);
        ConsoleHarness.waitUntil(() -> run().workshop().answers().ratings().size() == 2);
        robot.clickOn("#kioskDoneButton");
        robot.clickOn("#leaveKioskButton");

        ConsoleHarness.waitUntil(() -> "Cijfers gegeven: 1 van 1 deelnemers".equals(
                ConsoleHarness.<Label>lookup(robot, "#closingRated").getText()));
        assertEquals(List.of("Welkom en aanmelden", "8,0", "1 cijfer"), row(robot, "#closingBars", 0, 4));
        assertEquals(List.of("Fanmoment", "9,0", "1 cijfer"), row(robot, "#closingBars", 1, 4));
        assertEquals(List.of("Zelfbeeld-check", "\u2013", "geen cijfers"), row(robot, "#closingBars", 2, 4));

        robot.type(KeyCode.F);
        ConsoleHarness.waitUntil(() -> robot.lookup("#closingProjector").tryQuery().isPresent());
        console.tuckProjectorAway(robot);
        assertTrue(robot.lookup("#closingRoomThanksBox").query().isVisible(), "the thank-you first");
        assertEquals("Dank jullie wel!", ConsoleHarness.<Label>lookup(robot, "#closingRoomThanks").getText());
        assertFalse(robot.lookup("#closingRoomRatings").query().isVisible(), "grades hidden until revealed");

        robot.type(KeyCode.R);
        ConsoleHarness.waitUntil(() -> robot.lookup("#closingRoomRatings").query().isVisible());
        assertFalse(robot.lookup("#closingRoomThanksBox").query().isVisible());
        assertEquals("Dank jullie wel!  \u00b7  1 deelnemer", ConsoleHarness.<Label>lookup(robot, "#closingRoomSummary")
                .getText());
        assertEquals(List.of("Fanmoment", "9,0"), row(robot, "#closingRoomBars", 1, 3));
        assertTrue(ConsoleHarness.<GridPane>lookup(robot, "#closingRoomBars").getChildren().get(3)
                .getStyleClass().contains("best"), "the best part is marked");
    }

    private static void grade(FxRobot robot, Slider slider, int grade) {
        robot.interact(() -> {
            slider.setValueChanging(true);
            slider.setValue(grade);
            slider.setValueChanging(false);
        });
    }

    /** The texts of one row of a bars grid (its labels; the bar itself has none). */
    private static List<String> row(FxRobot robot, String grid, int row, int cellsPerRow) {
        List<Node> cells = ConsoleHarness.<GridPane>lookup(robot, grid).getChildren();
        return cells.subList(row * cellsPerRow, (row + 1) * cellsPerRow).stream()
                .filter(Label.class::isInstance).map(cell -> ((Label) cell).getText()).toList();
    }
}
