package nl.royaal.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import nl.royaal.domain.WorkshopStatus;
import nl.royaal.domain.WorkshopSummary;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** Running the agenda with the keys a clicker sends, and resuming at the same element after a restart. */
class RunFlowTest extends ConsoleFlowTest {

    @Test
    void clickerKeysStepThroughTheAgendaAndARestartResumesThere(FxRobot robot) {
        robot.clickOn("#newWorkshopButton");
        robot.clickOn("#startWorkshopButton");
        Label title = ConsoleHarness.lookup(robot, "#currentElementTitle");
        assertEquals("Welkom en aanmelden", title.getText());

        robot.type(KeyCode.PAGE_DOWN);
        robot.type(KeyCode.RIGHT);
        robot.type(KeyCode.SPACE);
        robot.type(KeyCode.PAGE_UP);
        assertEquals("Zelfbeeld-check", title.getText());
        assertEquals("Onderdeel 3 van 11", ConsoleHarness.<Label>lookup(robot, "#runProgress").getText());
        assertTrue(robot.lookup("#selfImageScreen").tryQuery().isPresent(), "the self-image check has its live screen");

        console.restart(robot);

        Label resumed = ConsoleHarness.lookup(robot, "#currentElementTitle");
        assertEquals("Zelfbeeld-check", resumed.getText());
    }

    @Test
    void theProjectorFollowsTheKeyboardAndTheRoundStateSurvivesARestart(FxRobot robot) {
        robot.clickOn("#newWorkshopButton");
        robot.clickOn("#startWorkshopButton");
        robot.type(KeyCode.F);
        ConsoleHarness.waitUntil(() -> robot.lookup("#projectorTitle").tryQuery().isPresent());
        console.tuckProjectorAway(robot);
        Label projectorTitle = ConsoleHarness.lookup(robot, "#projectorTitle");
        assertEquals("Welkom en aanmelden", projectorTitle.getText());

        robot.type(KeyCode.PAGE_DOWN);
        assertEquals("Fanmoment", projectorTitle.getText());
        assertEquals("Wat ging er deze week geweldig voor een klant?",
                ConsoleHarness.<Label>lookup(robot, "#projectorBody").getText());

        robot.clickOn("#openRoundButton");
        Label projectorStatus = ConsoleHarness.lookup(robot, "#projectorStatus");
        ConsoleHarness.waitUntil(() -> "Vul nu in op je telefoon".equals(projectorStatus.getText()));
        robot.type(KeyCode.R);
        assertTrue(ConsoleHarness.<javafx.scene.control.ToggleButton>lookup(robot, "#revealButton").isSelected());

        robot.type(KeyCode.B);
        assertTrue(robot.lookup("#projectorBlackout").query().isVisible(), "B blacks out the projector");
        robot.type(KeyCode.B);
        assertTrue(!robot.lookup("#projectorBlackout").query().isVisible(), "B again brings it back");

        robot.clickOn("#notesArea").write("Verhaal van de bakker");
        robot.type(KeyCode.ESCAPE);
        robot.type(KeyCode.T);

        console.restart(robot);

        assertEquals("Fanmoment", ConsoleHarness.<Label>lookup(robot, "#currentElementTitle").getText());
        assertEquals("Ronde open: deelnemers kunnen antwoorden",
                ConsoleHarness.<Label>lookup(robot, "#roundStatus").getText());
        assertTrue(ConsoleHarness.<javafx.scene.control.ToggleButton>lookup(robot, "#revealButton").isSelected());
        assertEquals("Verhaal van de bakker",
                ConsoleHarness.<javafx.scene.control.TextArea>lookup(robot, "#notesArea").getText());
    }

    @Test
    void theHelpOverlayListsTheKeys(FxRobot robot) {
        robot.clickOn("#newWorkshopButton");
        robot.clickOn("#startWorkshopButton");
        robot.type(KeyCode.SLASH);
        assertTrue(robot.lookup("#helpOverlay").query().isVisible());
        robot.type(KeyCode.ESCAPE);
        assertTrue(!robot.lookup("#helpOverlay").query().isVisible());
    }

    @Test
    void closingTheWorkshopAsksAndMovesItToTheHistoryAsClosed(FxRobot robot) {
        robot.clickOn("#newWorkshopButton");
        robot.clickOn("#startWorkshopButton");
        robot.clickOn("#closeWorkshopButton");
        robot.clickOn("Afronden");

        ListView<WorkshopSummary> list = ConsoleHarness.lookup(robot, "#workshopList");
        assertEquals(WorkshopStatus.CLOSED, list.getItems().getFirst().status());

        console.restart(robot);
        assertEquals(1, ConsoleHarness.<ListView<WorkshopSummary>>lookup(robot, "#workshopList").getItems().size());
    }

    @Test
    void theFirstAndLastElementCannotBeSteppedPast(FxRobot robot) {
        robot.clickOn("#newWorkshopButton");
        robot.clickOn("#startWorkshopButton");
        robot.type(KeyCode.LEFT);
        assertEquals("Welkom en aanmelden", ConsoleHarness.<Label>lookup(robot, "#currentElementTitle").getText());
        for (int i = 0; i < 15; i++) {
            robot.type(KeyCode.PAGE_DOWN);
        }
        assertEquals("Afsluiten op een piek", ConsoleHarness.<Label>lookup(robot, "#currentElementTitle").getText());
        assertEquals("Dit is het laatste onderdeel.", ConsoleHarness.<Label>lookup(robot, "#nextUp").getText());
    }
}
