package nl.royaal.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import nl.royaal.ui.peakend.PeakEndViewModel;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * The peak-end step in the real console: the course example one click away, Alt+↓ in the list,
 * apply and undo, every figure following at once, and the projector showing both curves.
 */
class PeakEndFlowTest extends ConsoleFlowTest {

    @Test
    void theCourseExampleReordersByKeyboardAppliesTheSuggestionUndoesAndShowsOnTheProjector(FxRobot robot) {
        robot.clickOn("#newWorkshopButton");
        robot.clickOn("#startWorkshopButton");
        for (int i = 0; i < 7; i++) {
            robot.type(KeyCode.PAGE_DOWN);
        }
        assertEquals("Piek-eind: de volgorde", ConsoleHarness.<Label>lookup(robot, "#currentElementTitle").getText());
        assertTrue(robot.lookup("#peakEndEmpty").query().isVisible(), "no experience scores yet: says what to do");

        robot.clickOn("#peakEndExample");
        ListView<PeakEndViewModel.Row> list = ConsoleHarness.lookup(robot, "#peakEndList");
        assertEquals(List.of("Avond 1", "Avond 2", "Avond 3", "Avond 4", "Avond 5", "Avond 6"), labels(list));
        assertEquals("3", figure(robot, "Stijgende stappen", 1));
        assertEquals("5", figure(robot, "Stijgende stappen", 2));

        robot.clickOn(robot.lookup("#peakEndList .list-cell").nth(0).queryAs(Node.class));
        robot.press(KeyCode.ALT).press(KeyCode.DOWN).release(KeyCode.DOWN).release(KeyCode.ALT);
        assertEquals(List.of("Avond 2", "Avond 1", "Avond 3", "Avond 4", "Avond 5", "Avond 6"), labels(list));
        assertEquals("Avond 1", list.getSelectionModel().getSelectedItem().label(), "the moved element stays selected");
        // The projector opens after the keyboard part: on the headless screen keys go to the window shown
        // last, and the projector passes only the run screen's keys on.
        console.showProjectorTuckedAway(robot, "#peakEndProjector");
        assertEquals(7.9, firstScore(robot, "#peakEndRoomCurrentChart"), "the projector follows the list at once");
        assertEquals("2,3", figure(robot, "Totale daling", 1));

        robot.clickOn("#peakEndApply");
        assertEquals(List.of("Avond 1", "Avond 3", "Avond 5", "Avond 6", "Avond 4", "Avond 2"), labels(list));
        assertEquals("5", figure(robot, "Stijgende stappen", 1));
        assertEquals("0,0", figure(robot, "Totale daling", 1));
        assertTrue(ConsoleHarness.<Button>lookup(robot, "#peakEndApply").isDisabled(), "nothing left to apply");
        assertEquals("7,30", ConsoleHarness.<Label>lookup(robot, "#peakEndRoomCurrentScore").getText());
        List<String> ascending = List.of("Avond 1", "Avond 3", "Avond 5", "Avond 6", "Avond 4", "Avond 2");
        ConsoleHarness.waitUntil(() -> ascending.equals(tickLabels(robot, "#peakEndRoomCurrentChart")));

        robot.clickOn("#peakEndUndo");
        assertEquals(List.of("Avond 2", "Avond 1", "Avond 3", "Avond 4", "Avond 5", "Avond 6"), labels(list));
        robot.clickOn("#peakEndUndo");
        assertEquals(List.of("Avond 1", "Avond 2", "Avond 3", "Avond 4", "Avond 5", "Avond 6"), labels(list));

        assertTrue(robot.lookup("#peakEndProjector").query().isVisible());
        assertFalse(robot.lookup("#peakEndRoomEmpty").query().isVisible());
        assertEquals(6, series(robot, "#peakEndRoomCurrentChart").getData().size());
        List<XYChart.Data<String, Number>> suggested = series(robot, "#peakEndRoomSuggestedChart").getData();
        assertEquals(7.9, suggested.getLast().getYValue().doubleValue(), "the suggestion ends on the peak");
        assertEquals("7,07", ConsoleHarness.<Label>lookup(robot, "#peakEndRoomCurrentScore").getText());
        assertEquals("7,30", ConsoleHarness.<Label>lookup(robot, "#peakEndRoomSuggestedScore").getText());
    }

    @Test
    void aTypedSequenceIsRefusedWithTheReasonInTheDialogAndTakenOnceItIsRight(FxRobot robot) {
        robot.clickOn("#newWorkshopButton");
        robot.clickOn("#startWorkshopButton");
        for (int i = 0; i < 7; i++) {
            robot.type(KeyCode.PAGE_DOWN);
        }

        robot.clickOn("#peakEndOwn");
        ConsoleHarness.waitUntil(() -> robot.lookup("#peakEndOwnText").tryQuery().isPresent());
        robot.clickOn("#peakEndOwnText").write("Inchecken; 6,5\nKamer; 11");
        robot.clickOn("#peakEndOwnUse");
        assertEquals("\u201eKamer\u201d heeft cijfer 11; een cijfer ligt van 1 tot en met 10.",
                ConsoleHarness.<Label>lookup(robot, "#peakEndOwnError").getText());
        assertTrue(robot.lookup("#peakEndEmpty").query().isVisible(), "nothing changed behind the dialog");

        robot.clickOn("#peakEndOwnText").press(KeyCode.BACK_SPACE).release(KeyCode.BACK_SPACE)
                .press(KeyCode.BACK_SPACE).release(KeyCode.BACK_SPACE).write("8\nOntbijt; 7,2\nUitchecken; 5; 4");
        robot.clickOn("#peakEndOwnUse");

        ConsoleHarness.waitUntil(() -> robot.lookup("#peakEndOwnText").tryQuery().isEmpty());
        ListView<PeakEndViewModel.Row> list = ConsoleHarness.lookup(robot, "#peakEndList");
        assertEquals(List.of("Inchecken", "Kamer", "Ontbijt", "Uitchecken"), labels(list));
        assertEquals(4, list.getItems().getLast().pin(), "the checkout stays last");
        assertTrue(ConsoleHarness.<javafx.scene.control.ToggleButton>lookup(robot, "#peakEndOwn").isSelected());
    }

    private static List<String> labels(ListView<PeakEndViewModel.Row> list) {
        return list.getItems().stream().map(PeakEndViewModel.Row::label).toList();
    }

    /** The figure in the row named {@code name}: column 1 is now, column 2 the suggestion. */
    private static String figure(FxRobot robot, String name, int column) {
        GridPane grid = ConsoleHarness.lookup(robot, "#peakEndFigures");
        Integer row = grid.getChildren().stream()
                .filter(node -> node instanceof Label label && name.equals(label.getText()))
                .map(GridPane::getRowIndex).findFirst().orElseThrow();
        return grid.getChildren().stream()
                .filter(node -> row.equals(GridPane.getRowIndex(node)) && column == GridPane.getColumnIndex(node))
                .map(node -> ((Label) node).getText()).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static XYChart.Series<String, Number> series(FxRobot robot, String slot) {
        Node chart = robot.lookup(slot + " .chart").query();
        return ((LineChart<String, Number>) chart).getData().getFirst();
    }

    /** The labels the projector's category axis shows now. */
    private static List<String> tickLabels(FxRobot robot, String slot) {
        Node chart = robot.lookup(slot + " .chart").query();
        return ((LineChart<?, ?>) chart).getXAxis().getTickMarks().stream()
                .map(tick -> String.valueOf(tick.getValue()))
                .toList();
    }

    private static double firstScore(FxRobot robot, String slot) {
        return series(robot, slot).getData().getFirst().getYValue().doubleValue();
    }
}
