package nl.royaal.ui;

import java.util.List;
import javafx.scene.control.Slider;
import nl.royaal.domain.ElementKind;
import nl.royaal.service.live.LiveRun;
import org.testfx.api.FxRobot;

/** What the flows of the self-image, promise and touchpoint checks share: the run, the kiosk and the projector. */
final class CheckFlows {

    private CheckFlows() {
    }

    static LiveRun run(ConsoleHarness console) {
        return console.application().shell().activeRun().orElseThrow();
    }

    /** A new workshop from the default template, started and on its first element of this kind. */
    static void startAt(FxRobot robot, ConsoleHarness console, ElementKind kind) {
        robot.clickOn("#newWorkshopButton");
        robot.clickOn("#startWorkshopButton");
        goTo(robot, console, kind);
    }

    static void goTo(FxRobot robot, ConsoleHarness console, ElementKind kind) {
        int index = run(console).workshop().agenda().stream().map(element -> element.kind()).toList().indexOf(kind);
        robot.interact(() -> run(console).goTo(index));
    }

    /**
     * One participant's turn at the kiosk: the grades go to the turn's sliders in order, each sent
     * as the slider is let go; waits until the run has them all.
     */
    static void kioskTurn(FxRobot robot, ConsoleHarness console, int answersAfter, int... grades) {
        robot.clickOn("#kioskStartButton");
        // Top to bottom, as the participant sees them.
        List<Slider> sliders = robot.lookup(".kiosk .slider").queryAllAs(Slider.class).stream()
                .sorted(java.util.Comparator.comparingDouble(slider -> slider.localToScene(0, 0).getY()))
                .toList();
        robot.interact(() -> {
            for (int i = 0; i < grades.length; i++) {
                Slider slider = sliders.get(i);
                slider.setValueChanging(true);
                slider.setValue(grades[i]);
                slider.setValueChanging(false);
            }
        });
        ConsoleHarness.waitUntil(() -> run(console).workshop().answers().size() == answersAfter);
        // With many touchpoints the button is scrolled out of sight: press it as the keyboard would.
        robot.interact(() -> robot.lookup("#kioskDoneButton").queryAs(javafx.scene.control.Button.class).fire());
    }

    /**
     * Opens the projector window small, in the bottom corner (the headless screen is one 1000 px
     * screen), and gives the console the keys back.
     */
    static void showProjector(FxRobot robot, ConsoleHarness console, String waitFor) {
        robot.interact(() -> console.application().shell().projector().ifPresent(projector -> {
            projector.show();
            projector.stage().ifPresent(window -> {
                window.setWidth(480);
                window.setHeight(270);
                window.setX(520);
                window.setY(730);
            });
            console.stage().requestFocus();
        }));
        ConsoleHarness.waitUntil(() -> robot.lookup(waitFor).tryQuery().isPresent());
    }
}
