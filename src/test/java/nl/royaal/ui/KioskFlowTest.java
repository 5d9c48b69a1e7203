package nl.royaal.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import nl.royaal.domain.JoinChannel;
import nl.royaal.domain.Participant;
import nl.royaal.domain.ScoreDimension;
import nl.royaal.domain.TextAnswer;
import nl.royaal.domain.TouchpointScore;
import nl.royaal.service.live.LiveRun;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** A room without network: participants take turns on the laptop, in the same rounds as phones. */
class KioskFlowTest extends ConsoleFlowTest {

    private LiveRun run() {
        return console.application().shell().activeRun().orElseThrow();
    }

    @Test
    void twoParticipantsTakeTurnsInATextRound(FxRobot robot) {
        robot.clickOn("#newWorkshopButton");
        robot.clickOn("#startWorkshopButton");
        robot.type(KeyCode.PAGE_DOWN);
        robot.clickOn("#openRoundButton");
        robot.clickOn("#kioskButton");

        for (String story : List.of("Klant kreeg bloemen bij de levering", "Monteur bleef om het uit te leggen")) {
            robot.clickOn("#kioskStartButton");
            robot.interact(() -> ConsoleHarness.<TextArea>lookup(robot, "#kioskText").setText(story));
            robot.clickOn("#kioskSendButton");
            assertEquals("Ontvangen \u2713", ConsoleHarness.<Label>lookup(robot, "#kioskFeedback").getText());
            robot.clickOn("#kioskDoneButton");
        }

        ConsoleHarness.waitUntil(() -> run().workshop().answers().texts().size() == 2);
        assertEquals(List.of("Klant kreeg bloemen bij de levering", "Monteur bleef om het uit te leggen"),
                run().workshop().answers().texts().stream().map(TextAnswer::text).toList());
        assertTrue(run().workshop().participants().stream().map(Participant::joinedVia)
                .allMatch(JoinChannel.KIOSK::equals));

        robot.clickOn("#leaveKioskButton");
        assertTrue(robot.lookup("#kioskPane").tryQuery().isEmpty());
        robot.type(KeyCode.PAGE_DOWN);
        assertEquals("Zelfbeeld-check", ConsoleHarness.<Label>lookup(robot, "#currentElementTitle").getText());
    }

    @Test
    void aScoreGivenAtTheKioskIsStored(FxRobot robot) {
        robot.clickOn("#newWorkshopButton");
        robot.clickOn("#startWorkshopButton");
        int scoring = run().workshop().agenda().stream().map(element -> element.kind().name()).toList()
                .indexOf("SCORING");
        robot.interact(() -> run().goTo(scoring));
        robot.clickOn("#openRoundButton");
        robot.clickOn("#kioskButton");
        robot.clickOn("#kioskStartButton");

        Slider first = robot.lookup(".kiosk .slider").query();
        robot.interact(() -> {
            first.setValueChanging(true);
            first.setValue(8);
            first.setValueChanging(false);
        });

        ConsoleHarness.waitUntil(() -> run().workshop().answers().scores().size() == 1);
        TouchpointScore stored = run().workshop().answers().scores().getFirst();
        assertEquals(8, stored.score().value());
        assertEquals(ScoreDimension.EXPECTATION, stored.dimension());
        assertEquals(run().workshop().touchpoints().getFirst().id(), stored.touchpointId());
    }
}
