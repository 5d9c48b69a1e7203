package nl.royaal.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import nl.royaal.domain.ElementKind;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** The customer-journey element in the real console: the reality check from the journey and from the union's totals. */
class TouchpointsFlowTest extends ConsoleFlowTest {

    @Test
    void contactsTypedPerTouchpointAreStoredAtOnceAndTheUnionsTotalsReachTheProjector(FxRobot robot) {
        CheckFlows.startAt(robot, console, ElementKind.TOUCHPOINTS);
        // The default journey: website 6, first call 1, quote 1, delivery 2, invoice 4; complaint and follow-up unknown.
        assertEquals("Eens per 26 dagen een mens.", text(robot, "#touchpointsSentence"));

        robot.clickOn("#touchpointContacts5").write("-2").type(KeyCode.ENTER);
        assertEquals("\u201eKlacht\u201d: Het aantal contacten per jaar moet tussen 0 en 365 liggen.",
                text(robot, "#touchpointsError"));
        assertEquals(null, CheckFlows.run(console).workshop().touchpoints().get(5).contactsPerCustomerPerYear());

        TextField complaint = ConsoleHarness.lookup(robot, "#touchpointContacts5");
        robot.interact(complaint::clear);
        robot.clickOn(complaint).write("0,5").type(KeyCode.ENTER);
        assertEquals(0.5, CheckFlows.run(console).workshop().touchpoints().get(5).contactsPerCustomerPerYear());
        assertEquals("", text(robot, "#touchpointsError"));
        assertTrue(text(robot, "#touchpointsSummary").startsWith("Samen 14,5 persoonlijke contacten per klant per jaar."));
        assertEquals("Contactmomenten in kaart", text(robot, "#currentElementTitle"), "typing did not change slides");

        robot.clickOn("#touchpointsFromTotals");
        robot.clickOn("#touchpointsTotal").write("13 000").type(KeyCode.ENTER);
        robot.clickOn("#touchpointsCustomers").write("80.000").type(KeyCode.TAB);
        robot.clickOn("#touchpointsAutomated").write("12").type(KeyCode.ENTER);
        assertEquals("Eens per 6 jaar een mens, 12 keer per jaar een machine.", text(robot, "#touchpointsSentence"));
        assertEquals("13.000", ConsoleHarness.<TextField>lookup(robot, "#touchpointsTotal").getText());
        assertEquals("Contactmomenten in kaart", text(robot, "#currentElementTitle"));

        CheckFlows.showProjector(robot, console, "#touchpointsProjector");
        assertEquals("Eens per 6 jaar een mens, 12 keer per jaar een machine.", text(robot, "#touchpointsRoomSentence"));
        assertEquals("In 6 jaar: 1 keer een mens, 72 keer een machine.", text(robot, "#touchpointsRoomDetail"));
        assertEquals(1, ConsoleHarness.<FlowPane>lookup(robot, "#touchpointsRoomPeople").getChildren().size());
        assertEquals(72, ConsoleHarness.<FlowPane>lookup(robot, "#touchpointsRoomMachines").getChildren().size());
    }

    private static String text(FxRobot robot, String query) {
        return ConsoleHarness.<Label>lookup(robot, query).getText();
    }
}
