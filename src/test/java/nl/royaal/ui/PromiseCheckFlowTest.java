package nl.royaal.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.input.KeyCode;
import nl.royaal.domain.ElementKind;
import nl.royaal.ui.promise.PromiseViewModel;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** The promise check in the real console: scores from the kiosk, what-ifs by keyboard, the room follows. */
class PromiseCheckFlowTest extends ConsoleFlowTest {

    @Test
    void withoutScoresTheWhatIfsAreOffAndSayWhy(FxRobot robot) {
        CheckFlows.startAt(robot, console, ElementKind.PROMISE_CHECK);

        assertTrue(ConsoleHarness.<Slider>lookup(robot, "#promiseLower").isDisabled());
        assertTrue(ConsoleHarness.<Slider>lookup(robot, "#promiseRaise").isDisabled());
        assertTrue(text(robot, "#promiseEmpty").startsWith("\u201eWebsite\u201d heeft nog geen cijfers"));
    }

    @Test
    void aLowerPromiseAndBetterServiceTurnTheWorstTouchpointIntoSatisfiedOnConsoleAndProjector(FxRobot robot) {
        CheckFlows.startAt(robot, console, ElementKind.SCORING);
        robot.clickOn("#openRoundButton");
        robot.clickOn("#kioskButton");
        // Website: expected 8, experienced 5; first phone call: expected 6, experienced 8.
        CheckFlows.kioskTurn(robot, console, 4, 8, 5, 6, 8);
        robot.clickOn("#leaveKioskButton");
        CheckFlows.goTo(robot, console, ElementKind.PROMISE_CHECK);

        ComboBox<PromiseViewModel.Choice> choice = ConsoleHarness.lookup(robot, "#promiseTouchpoint");
        assertEquals("Website  (−3,0)", choice.getValue().label(), "the most disappointing touchpoint first");
        assertEquals("−3,0", text(robot, "#promiseGapBefore"));
        assertFalse(robot.lookup("#promiseEmpty").query().isVisible());

        // Keyboard: the arrows move a focused slider in half points, and do not change slides.
        Slider lower = ConsoleHarness.lookup(robot, "#promiseLower");
        robot.interact(lower::requestFocus);
        for (int i = 0; i < 4; i++) {
            robot.type(KeyCode.RIGHT);
        }
        Slider raise = ConsoleHarness.lookup(robot, "#promiseRaise");
        robot.interact(raise::requestFocus);
        robot.type(KeyCode.RIGHT, 2);
        assertEquals("Belofte-check: niet overbeloven", text(robot, "#currentElementTitle"));
        assertEquals(2.0, lower.getValue());
        assertEquals(1.0, raise.getValue());
        assertEquals("−2,0", text(robot, "#promiseLowerValue"));
        assertEquals("+1,0", text(robot, "#promiseRaiseValue"));
        assertEquals("6,0", text(robot, "#promiseExpectationAfter"));
        assertEquals("6,0", text(robot, "#promiseExperienceAfter"));
        assertEquals("0,0", text(robot, "#promiseGapAfter"));
        assertEquals("Teleurstelling → tevreden", text(robot, "#promiseClassChange"));
        assertTrue(ConsoleHarness.<Label>lookup(robot, "#promiseClassAfter").getStyleClass().contains("class-satisfied"));

        CheckFlows.showProjector(robot, console, "#promiseProjector");
        assertEquals("Website", text(robot, "#promiseRoomName"));
        assertEquals("8,0", text(robot, "#promiseRoomExpectationBefore"));
        assertEquals("6,0", text(robot, "#promiseRoomExpectationAfter"));
        assertEquals("−3,0", text(robot, "#promiseRoomGapBefore"));
        assertEquals("0,0", text(robot, "#promiseRoomGapAfter"));
        assertEquals("Teleurstelling", text(robot, "#promiseRoomClassBefore"));
        assertEquals("Tevreden", text(robot, "#promiseRoomClassAfter"));
        assertEquals("2 punt lager beloven en 1 punt beter leveren: van teleurstelling naar tevreden.",
                text(robot, "#promiseRoomSentence"));

        robot.interact(() -> choice.getSelectionModel().select(1));
        ConsoleHarness.waitUntil(() -> "Eerste telefoontje".equals(text(robot, "#promiseRoomName")));
        assertEquals("+2,0", text(robot, "#promiseRoomGapBefore"));
        assertEquals("Fanzone", text(robot, "#promiseRoomClassAfter"));
    }

    private static String text(FxRobot robot, String query) {
        return ConsoleHarness.<Label>lookup(robot, query).getText();
    }
}
