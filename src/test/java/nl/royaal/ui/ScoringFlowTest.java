package nl.royaal.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalDouble;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import nl.royaal.domain.scoring.GapClass;
import nl.royaal.domain.scoring.ScoringSettings;
import nl.royaal.service.live.LiveRun;
import nl.royaal.ui.charts.DumbbellChart;
import nl.royaal.ui.scoring.ScoringViewModel;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * The expectation-versus-experience round in the real console: grades given at the kiosk show
 * in the trainer's table at once, the projector shows only how many answered until R reveals the
 * charts, and a later answer moves the chart's mark without rebuilding it.
 */
class ScoringFlowTest extends ConsoleFlowTest {

    private LiveRun run() {
        return console.application().shell().activeRun().orElseThrow();
    }

    @Test
    void answersReachTheTableAtOnceAndTheProjectorOnlyAfterTheRevealAndTheChartFollowsTheNextAnswer(FxRobot robot) {
        robot.clickOn("#newWorkshopButton");
        robot.clickOn("#startWorkshopButton");
        openTheRoundWithTheProjector(robot);
        String first = run().workshop().touchpoints().getFirst().name();

        answerAtTheKiosk(robot, 7, 5, 1);
        answerAtTheKiosk(robot, 8, 6, 2);

        TableView<ScoringViewModel.Row> table = ConsoleHarness.lookup(robot, "#scoringTable");
        ConsoleHarness.waitUntil(() -> table.getItems().getFirst().n() == 2);
        ScoringViewModel.Row row = table.getItems().getFirst();
        assertEquals(first, row.name());
        assertEquals(List.of("7,5", "5,5", "\u22122,0", "0,7", "0,7", "Teleurstelling"), List.of(row.expectation(),
                row.experience(), row.gap(), row.spreadExpectation(), row.spreadExperience(), row.gapClassText()));
        assertEquals("2", ConsoleHarness.<Label>lookup(robot, "#scoringRoomCount").getText(),
                "the room sees how many answered");
        assertFalse(robot.lookup("#scoringRoomResults").query().isVisible(), "but not the results (anchoring)");

        robot.clickOn("#leaveKioskButton");
        robot.type(KeyCode.R);

        ConsoleHarness.waitUntil(() -> robot.lookup("#scoringRoomResults").query().isVisible());
        assertFalse(robot.lookup("#scoringRoomWaiting").query().isVisible());
        DumbbellChart chart = ConsoleHarness.lookup(robot, "#scoringRoomDumbbells");
        assertTrue(chart.isVisible());
        DumbbellChart.Item shown = chart.items().getFirst();
        assertEquals(first, shown.label());
        assertEquals(OptionalDouble.of(7.5), shown.from());
        assertEquals(OptionalDouble.of(5.5), shown.to());
        assertEquals("\u22122,0", shown.valueText());
        Node mark = experienceMark(robot, shown.key());
        double before = mark.getLayoutX();

        answerAtTheKiosk(robot, 9, 10, 3);

        ConsoleHarness.waitUntil(() -> chart.items().getFirst().to().equals(OptionalDouble.of(7.0)));
        assertEquals("\u22121,0", chart.items().getFirst().valueText());
        assertSame(mark, experienceMark(robot, shown.key()), "the mark moved; the chart was not rebuilt");
        robot.interact(() -> { }); // let the layout pulse run
        assertTrue(mark.getLayoutX() > before, "experience 5.5 → 7.0 moves the mark to the right");
        assertEquals(3, table.getItems().getFirst().n());
    }

    /** A participant takes a turn at the kiosk and grades the first touchpoint. */
    @Test
    void paperFormsTypedInTheGridOpenedFromTheScoringConsoleReachItsTable(FxRobot robot) {
        robot.clickOn("#newWorkshopButton");
        robot.clickOn("#startWorkshopButton");
        int scoring = run().workshop().agenda().stream().map(element -> element.kind().name()).toList()
                .indexOf("SCORING");
        robot.interact(() -> run().goTo(scoring));
        robot.clickOn("#scoringOpenGrid");
        // The grid opens on the first form's first box: keyboard only from here.
        ConsoleHarness.waitUntil(() -> robot.lookup("#grade-0-0").tryQuery()
                .map(javafx.scene.Node::isFocused).orElse(false));
        // Keys, not write(): TestFX writes characters into the window it picks, the keys go to the focused one.
        robot.type(KeyCode.DIGIT8, KeyCode.TAB, KeyCode.DIGIT6, KeyCode.TAB);
        ConsoleHarness.waitUntil(() -> run().workshop().answers().scores().size() == 2);

        TableView<ScoringViewModel.Row> table = ConsoleHarness.lookup(robot, "#scoringTable");
        ConsoleHarness.waitUntil(() -> table.getItems().getFirst().n() == 1);
        assertEquals(List.of("8,0", "6,0"), List.of(table.getItems().getFirst().expectation(),
                table.getItems().getFirst().experience()));
    }

    /**
     * The trainer's margin, from the preparation to the room: set to 0,3 before the start, the table
     * classes a gap of +0,5 as a fan zone and the projector's legend says \u00b10,3; widened live in
     * the console, the same row turns satisfied and the legend follows, without reopening.
     */
    @Test
    void aMarginSetInThePreparationJudgesTheTableAndTheLegendAndALiveChangeFollows(FxRobot robot) {
        robot.clickOn("#newWorkshopButton");
        TextField margin = ConsoleHarness.lookup(robot, "#preparationMarginField");
        robot.clickOn(margin).push(KeyCode.CONTROL, KeyCode.A).write("0.3").type(KeyCode.ENTER);
        ConsoleHarness.waitUntil(() -> "0,3".equals(margin.getText()));

        robot.clickOn("#preparationThresholdField").push(KeyCode.CONTROL, KeyCode.A).write("0").type(KeyCode.ENTER);
        Label refused = ConsoleHarness.lookup(robot, "#preparationThresholdError");
        ConsoleHarness.waitUntil(refused::isVisible);
        assertTrue(refused.getText().startsWith("De drempel voor"), refused.getText());

        robot.clickOn("#startWorkshopButton");
        assertEquals(new ScoringSettings(0.3, 2.0), run().workshop().settings().scoring(),
                "the margin is stored, the refused threshold is not");
        int scoring = openTheRoundWithTheProjector(robot);

        // Expectations 7 and 8, experiences 8 and 8: gap +0,5, satisfied by default, a fan zone beyond ±0,3.
        answerAtTheKiosk(robot, 7, 8, 1);
        answerAtTheKiosk(robot, 8, 8, 2);
        robot.clickOn("#leaveKioskButton");

        TableView<ScoringViewModel.Row> table = ConsoleHarness.lookup(robot, "#scoringTable");
        ConsoleHarness.waitUntil(() -> table.getItems().getFirst().n() == 2);
        ScoringViewModel.Row row = table.getItems().getFirst();
        assertEquals("+0,5", row.gap());
        assertEquals(GapClass.FAN_ZONE, row.gapClass());
        Label band = ConsoleHarness.lookup(robot, "#scoringProjector .scoring-legend-band");
        assertEquals("Band \u00b10,3: tevreden", band.getText());
        assertTrue(ConsoleHarness.<Label>lookup(robot, "#scoringSettings").getText().contains("\u00b10,3"));

        // Live: a tenth wider with the step button, then typed; typing keeps the slide where it is. The
        // headless platform hands typed keys to the projector window while it shows, so it steps aside.
        robot.interact(() -> console.application().shell().projector()
                .flatMap(projector -> projector.stage()).ifPresent(javafx.stage.Stage::hide));
        robot.clickOn("#scoringAdjustSettings");
        robot.clickOn("#scoringMarginUp");
        ConsoleHarness.waitUntil(() -> run().workshop().settings().scoring().margin() == 0.4);
        TextField liveMargin = ConsoleHarness.lookup(robot, "#scoringMarginField");
        robot.interact(liveMargin::clear);
        robot.clickOn(liveMargin).write("0,5").type(KeyCode.ENTER);
        ConsoleHarness.waitUntil(() -> run().workshop().settings().scoring().margin() == 0.5);
        assertEquals(scoring, run().currentIndex(), "typing 0,5 did not change slides");
        assertFalse(liveMargin.isFocused(), "after Enter the keys belong to the slides again");
        robot.interact(liveMargin::clear);
        robot.clickOn(liveMargin).write("3").type(KeyCode.ESCAPE);
        ConsoleHarness.waitUntil(() -> !liveMargin.isFocused());
        assertEquals("0,5", liveMargin.getText(), "Esc takes back what was typed");
        assertEquals(0.5, run().workshop().settings().scoring().margin(), "and stores nothing");

        ConsoleHarness.waitUntil(() -> row.gapClass() == GapClass.SATISFIED);
        assertEquals("+0,5", row.gap());
        console.showProjectorTuckedAway(robot, "#scoringProjector");
        assertEquals("Band \u00b10,5: tevreden",
                ConsoleHarness.<Label>lookup(robot, "#scoringProjector .scoring-legend-band").getText());
    }

    /** From the first element to the scoring round, opened, with the projector shown and tucked aside. */
    private int openTheRoundWithTheProjector(FxRobot robot) {
        int scoring = run().workshop().agenda().stream().map(element -> element.kind().name()).toList()
                .indexOf("SCORING");
        robot.interact(() -> run().goTo(scoring));
        robot.clickOn("#openRoundButton");
        robot.type(KeyCode.F);
        ConsoleHarness.waitUntil(() -> robot.lookup("#scoringProjector").tryQuery().isPresent());
        console.tuckProjectorAway(robot);
        return scoring;
    }

    private void answerAtTheKiosk(FxRobot robot, int expectation, int experience, int scoresAfter) {
        if (robot.lookup("#kioskPane").tryQuery().isEmpty()) {
            robot.clickOn("#kioskButton");
        }
        robot.clickOn("#kioskStartButton");
        int stored = run().workshop().answers().scores().size();
        slide(robot, 0, expectation);
        ConsoleHarness.waitUntil(() -> run().workshop().answers().scores().size() == stored + 1);
        slide(robot, 1, experience);
        ConsoleHarness.waitUntil(() -> run().workshop().answers().scores().size() == 2 * scoresAfter);
        // Below every touchpoint's sliders, out of sight on the small test screen.
        robot.interact(() -> ConsoleHarness.<Button>lookup(robot, "#kioskDoneButton").fire());
    }

    private static void slide(FxRobot robot, int index, int grade) {
        Slider slider = robot.lookup(".kiosk .slider").nth(index).query();
        robot.interact(() -> {
            slider.setValueChanging(true);
            slider.setValue(grade);
            slider.setValueChanging(false);
        });
    }

    private static Node experienceMark(FxRobot robot, String key) {
        return robot.lookup("#scoringRoomDumbbells .dumbbell-to").queryAll().stream()
                .filter(node -> key.equals(node.getUserData())).findFirst().orElseThrow();
    }
}
