package nl.royaal.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import nl.royaal.domain.VisionField;
import nl.royaal.service.live.LiveRun;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * The dream service in the real console: proposals from the kiosk, the room switched to voting, a
 * dot from the kiosk, the ranking on the console, a merge edited and adopted, a fourth all-in-on
 * choice refused, and the projector showing the adopted vision.
 */
class VisionFlowTest extends ConsoleFlowTest {

    private LiveRun run() {
        return console.application().shell().activeRun().orElseThrow();
    }

    @Test
    void proposalsAreVotedRankedMergedAdoptedAndShownLarge(FxRobot robot) {
        robot.clickOn("#newWorkshopButton");
        robot.clickOn("#startWorkshopButton");
        for (int i = 0; i < 3; i++) {
            robot.type(KeyCode.PAGE_DOWN);
        }
        assertTrue(robot.lookup("#visionConsole").tryQuery().isPresent(), "the dream service has its screen");
        robot.clickOn("#openRoundButton");

        // Two participants write at the kiosk: an ideal customer and something to go all-in on each.
        robot.clickOn("#kioskButton");
        List<List<String>> written = List.of(List.of("Gezinnen uit de buurt", "Vakmanschap"),
                List.of("Ondernemers met haast", "Versheid"));
        for (List<String> proposals : written) {
            robot.clickOn("#kioskStartButton");
            write(robot, VisionField.IDEAL_CUSTOMER.ordinal(), proposals.get(0));
            write(robot, VisionField.ALL_IN_ON.ordinal(), proposals.get(1));
            fire(robot, "#kioskDoneButton", 0);
        }
        ConsoleHarness.waitUntil(() -> run().workshop().answers().texts().size() == 4);
        robot.clickOn("#leaveKioskButton");
        assertEquals(List.of(VisionField.IDEAL_CUSTOMER, VisionField.ALL_IN_ON, VisionField.IDEAL_CUSTOMER,
                VisionField.ALL_IN_ON), run().workshop().answers().texts().stream().map(t -> t.field()).toList());
        ConsoleHarness.waitUntil(() -> rows(robot, VisionField.ALL_IN_ON).size() == 2);

        // The room votes; one dot from the kiosk on the second proposal puts it on top.
        robot.clickOn("#visionVoting");
        assertTrue(run().state(run().currentElement().orElseThrow().id()).voting());
        robot.clickOn("#kioskButton");
        robot.clickOn("#kioskStartButton");
        ToggleButton dot = robot.lookup("#kioskPane .toggle-button").match(node -> node instanceof ToggleButton button
                && "Versheid".equals(button.getText())).queryAs(ToggleButton.class);
        robot.interact(dot::fire);
        ConsoleHarness.waitUntil(() -> run().workshop().answers().votes().size() == 1);
        fire(robot, "#kioskDoneButton", 0);
        robot.clickOn("#leaveKioskButton");
        ConsoleHarness.waitUntil(() -> "Versheid".equals(firstText(robot, VisionField.ALL_IN_ON)));
        assertEquals("1", robot.lookup("#visionField-ALL_IN_ON .vision-dots").nth(0).queryAs(Label.class).getText());

        // Merge both all-in-on proposals into one edited choice; adopt the top ideal customer as it is.
        // Cards below the fold of the console's scroll pane are fired as a click would.
        // Ticked by text, not position: a late refresh may rebuild the list between the two ticks.
        tick(robot, "Versheid");
        tick(robot, "Vakmanschap");
        ConsoleHarness.waitUntil(() -> !ConsoleHarness.<Node>lookup(robot, "#visionMerge-ALL_IN_ON").isDisabled());
        fire(robot, "#visionMerge-ALL_IN_ON", 0);
        TextArea draft = ConsoleHarness.lookup(robot, "#visionDraft-ALL_IN_ON");
        assertEquals("Versheid\nVakmanschap", draft.getText());
        robot.interact(() -> draft.setText("Versheid en vakmanschap"));
        fire(robot, "#visionSave-ALL_IN_ON", 0);
        fire(robot, "#visionField-IDEAL_CUSTOMER .vision-adopt", 0);
        assertEquals(List.of("Versheid en vakmanschap"), run().workshop().vision().texts(VisionField.ALL_IN_ON));
        assertEquals(1, run().workshop().vision().texts(VisionField.IDEAL_CUSTOMER).size());

        // Three choices at most: the fourth is refused, and the console says why.
        for (String choice : List.of("Persoonlijk contact", "Snelheid", "De laagste prijs")) {
            robot.interact(() -> draft.setText(choice));
            fire(robot, "#visionSave-ALL_IN_ON", 0);
        }
        assertEquals(3, run().workshop().vision().texts(VisionField.ALL_IN_ON).size());
        assertTrue(ConsoleHarness.<Label>lookup(robot, "#visionMessage").getText()
                .contains("niemand kan alles voor iedereen zijn"));

        // Back to writing: the room sees the vision, field by field.
        robot.clickOn("#visionWriting");
        console.showProjectorTuckedAway(robot, "#visionProjector");
        List<String> shown = robot.lookup("#visionProjector .vision-room-vision-text").queryAllAs(Label.class)
                .stream().map(Label::getText).toList();
        assertEquals(2, shown.size(), shown::toString);
        assertTrue(shown.get(1).startsWith("Versheid en vakmanschap"), shown::toString);
    }

    private static void write(FxRobot robot, int index, String text) {
        TextArea area = robot.lookup("#kioskText").nth(index).query();
        robot.interact(() -> area.setText(text));
        fire(robot, "#kioskSendButton", index);
        ConsoleHarness.waitUntil(() -> ConsoleHarness.<Label>lookup(robot, "#kioskFeedback").getText()
                .startsWith("Ontvangen"));
    }

    /** Kiosk and card buttons may sit below the fold of a scrolling pane: fired as a click would. */
    private static void fire(FxRobot robot, String query, int index) {
        javafx.scene.control.ButtonBase button = robot.lookup(query).nth(index).queryAs(javafx.scene.control.ButtonBase.class);
        robot.interact(button::fire);
    }

    /** Ticks the all-in-on proposal with this text for a merge (once; a ticked one stays ticked). */
    private static void tick(FxRobot robot, String text) {
        ConsoleHarness.waitUntil(() -> rows(robot, VisionField.ALL_IN_ON).stream().anyMatch(row -> hasText(row, text)));
        robot.interact(() -> rows(robot, VisionField.ALL_IN_ON).stream().filter(row -> hasText(row, text)).findFirst()
                .map(row -> (javafx.scene.control.CheckBox) row.lookup(".vision-pick"))
                .filter(pick -> !pick.isSelected()).ifPresent(javafx.scene.control.CheckBox::fire));
    }

    private static boolean hasText(Node row, String text) {
        return row.lookup(".vision-proposal-text") instanceof Label label && text.equals(label.getText());
    }

    private static List<Node> rows(FxRobot robot, VisionField field) {
        Node card = robot.lookup("#visionField-" + field.name()).query();
        return List.copyOf(card.lookupAll(".vision-proposal"));
    }

    private static String firstText(FxRobot robot, VisionField field) {
        return robot.lookup("#visionField-" + field.name() + " .vision-proposal-text").tryQuery()
                .map(node -> ((Label) node).getText()).orElse("");
    }
}
