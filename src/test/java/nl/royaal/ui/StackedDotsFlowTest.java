package nl.royaal.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import nl.royaal.domain.DotVote;
import nl.royaal.domain.VisionField;
import nl.royaal.service.live.LiveRun;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * "Unless allowed" in the real console: the trainer allows more than one dot per proposal beside the
 * dots per person, a participant at the kiosk puts two dots on one proposal with +, and the
 * console's ranking counts the two dots.
 */
class StackedDotsFlowTest extends ConsoleFlowTest {

    private LiveRun run() {
        return console.application().shell().activeRun().orElseThrow();
    }

    @Test
    void allowingStackingLetsOneParticipantPutTwoDotsOnAProposalAndTheRankingCountsThem(FxRobot robot) {
        robot.clickOn("#newWorkshopButton");
        robot.clickOn("#startWorkshopButton");
        for (int i = 0; i < 3; i++) {
            robot.type(KeyCode.PAGE_DOWN);
        }
        robot.clickOn("#openRoundButton");
        robot.clickOn("#kioskButton");
        robot.clickOn("#kioskStartButton");
        write(robot, VisionField.ALL_IN_ON.ordinal(), "Versheid");
        write(robot, VisionField.PROMISE.ordinal(), "Vers, elke ochtend");
        fire(robot, "#kioskDoneButton");
        robot.clickOn("#leaveKioskButton");
        ConsoleHarness.waitUntil(() -> run().workshop().answers().texts().size() == 2);

        robot.clickOn("#visionVoting");
        CheckBox stacking = ConsoleHarness.lookup(robot, "#visionStacking");
        assertTrue(robot.lookup("#visionMaxPerProposal").tryQuery().map(node -> !node.isVisible()).orElse(true),
                "no most per proposal while one per proposal");
        robot.interact(stacking::fire);
        assertEquals(3, run().workshop().vision().maxDotsPerProposal(), "stored at once: up to all 3 on one");
        assertTrue(ConsoleHarness.<Node>lookup(robot, "#visionMaxPerProposal").isVisible());

        // A participant at the kiosk: + twice on "Versheid"; the other proposal keeps its toggle-free stepper.
        robot.clickOn("#kioskButton");
        robot.clickOn("#kioskStartButton");
        assertTrue(robot.lookup("#kioskPane .toggle-button").queryAll().stream()
                .noneMatch(node -> node instanceof ToggleButton), "steppers, not toggles, where stacking is allowed");
        plus(robot, "Versheid");
        ConsoleHarness.waitUntil(() -> dots().equals(List.of(1)));
        plus(robot, "Versheid");
        ConsoleHarness.waitUntil(() -> dots().equals(List.of(2)));
        assertEquals("Nog 1 van je 3 stippen te verdelen",
                ConsoleHarness.<Label>lookup(robot, "#kioskDotsLeft").getText());
        fire(robot, "#kioskDoneButton");
        robot.clickOn("#leaveKioskButton");

        ConsoleHarness.waitUntil(() -> "2".equals(robot.lookup("#visionField-ALL_IN_ON .vision-dots").tryQuery()
                .map(node -> ((Label) node).getText()).orElse("")));
        assertTrue(ConsoleHarness.<Label>lookup(robot, "#visionSummary").getText().contains("2 stippen"),
                ConsoleHarness.<Label>lookup(robot, "#visionSummary").getText());
    }

    private List<Integer> dots() {
        return run().workshop().answers().votes().stream().map(DotVote::dots).toList();
    }

    /** The + of the kiosk's proposal with this text (the pane is rebuilt after every answer: looked up each time). */
    private static void plus(FxRobot robot, String text) {
        ConsoleHarness.waitUntil(() -> row(robot, text) != null);
        Button more = (Button) row(robot, text).lookup(".kiosk-dot-more");
        robot.interact(more::fire);
    }

    private static Node row(FxRobot robot, String text) {
        return robot.lookup("#kioskPane .kiosk-dot-row").queryAll().stream()
                .filter(row -> row.lookupAll(".label").stream()
                        .anyMatch(label -> label instanceof Label l && text.equals(l.getText())))
                .findFirst().orElse(null);
    }

    private static void write(FxRobot robot, int index, String text) {
        TextArea area = robot.lookup("#kioskText").nth(index).query();
        robot.interact(() -> area.setText(text));
        ButtonBase send = robot.lookup("#kioskSendButton").nth(index).queryAs(ButtonBase.class);
        robot.interact(send::fire);
        ConsoleHarness.waitUntil(() -> ConsoleHarness.<Label>lookup(robot, "#kioskFeedback").getText()
                .startsWith("Ontvangen"));
    }

    private static void fire(FxRobot robot, String query) {
        ButtonBase button = robot.lookup(query).queryAs(ButtonBase.class);
        robot.interact(button::fire);
    }
}
