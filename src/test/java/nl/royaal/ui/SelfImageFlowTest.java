package nl.royaal.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import nl.royaal.domain.ElementKind;
import nl.royaal.domain.SelfImageQuestion;
import nl.royaal.domain.SelfImageScore;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** The self-image check in the real console: answers at the kiosk, live figures, the room sees the gap only after the reveal. */
class SelfImageFlowTest extends ConsoleFlowTest {

    @Test
    void twoAnswersAtTheKioskShowOnTheConsoleAtOnceAndOnTheProjectorOnlyAfterTheReveal(FxRobot robot) {
        CheckFlows.startAt(robot, console, ElementKind.SELF_IMAGE);
        assertEquals("Zelfbeeld-check", text(robot, "#currentElementTitle"));
        assertEquals("Nog niemand heeft geantwoord", text(robot, "#selfImageAnswered"));
        assertEquals("–", text(robot, "#selfImageGap"));

        robot.clickOn("#openRoundButton");
        robot.clickOn("#kioskButton");
        CheckFlows.kioskTurn(robot, console, 2, 8, 6);
        CheckFlows.kioskTurn(robot, console, 4, 9, 5);
        robot.clickOn("#leaveKioskButton");

        List<SelfImageScore> stored = CheckFlows.run(console).workshop().answers().selfImage();
        assertEquals(List.of(8, 6, 9, 5), stored.stream().map(answer -> answer.score().value()).toList());
        assertEquals(SelfImageQuestion.OUR_VIEW, stored.getFirst().question());
        ConsoleHarness.waitUntil(() -> "2 deelnemers hebben geantwoord".equals(text(robot, "#selfImageAnswered")));
        assertEquals("8,5", text(robot, "#selfImageOurMean"));
        assertEquals("5,5", text(robot, "#selfImageCustomerMean"));
        assertEquals("0,7", text(robot, "#selfImageOurSpread"));
        assertEquals("−3,0", text(robot, "#selfImageGap"));
        assertEquals("Verborgen voor de zaal · R onthult", text(robot, "#selfImageRevealState"));

        CheckFlows.showProjector(robot, console, "#selfImageProjector");
        assertTrue(robot.lookup("#selfImageRoomHidden").query().isVisible());
        assertFalse(robot.lookup("#selfImageRoomRevealed").query().isVisible());
        assertEquals("2", text(robot, "#selfImageRoomCount"));
        assertEquals("2 van ons hebben geantwoord", text(robot, "#selfImageRoomAnswered"));
        assertEquals("", text(robot, "#selfImageRoomOurMean"), "no figure of the outcome before the reveal");

        robot.type(KeyCode.R);
        ConsoleHarness.waitUntil(() -> robot.lookup("#selfImageRoomRevealed").query().isVisible());
        assertFalse(robot.lookup("#selfImageRoomHidden").query().isVisible());
        assertEquals("8,5", text(robot, "#selfImageRoomOurMean"));
        assertEquals("5,5", text(robot, "#selfImageRoomCustomerMean"));
        assertEquals("−3,0", text(robot, "#selfImageRoomGap"));
        assertTrue(text(robot, "#selfImageRoomSentence").contains("3,0 punt klantgerichter dan onze klanten"));
        assertEquals("Onthuld op de projector", text(robot, "#selfImageRevealState"));
    }

    private static String text(FxRobot robot, String query) {
        return ConsoleHarness.<Label>lookup(robot, query).getText();
    }
}
