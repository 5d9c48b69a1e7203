package nl.royaal.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import nl.royaal.domain.AgendaElement;
import nl.royaal.domain.ElementKind;
import nl.royaal.service.live.LiveRun;
import nl.royaal.ui.element.ElementScreens;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * The "done when": a whole workshop from the keyboard alone, with the console and the
 * projector as two stages, checking at every element what the projector shows. Driven by the
 * default agenda and the console's registry of element screens, so a screen registered later is
 * checked here without changing this test.
 */
class WholeWorkshopByKeyboardTest extends ConsoleFlowTest {

    private static final List<KeyCode> NEXT = List.of(KeyCode.RIGHT, KeyCode.PAGE_DOWN, KeyCode.SPACE);
    private static final List<KeyCode> PREVIOUS = List.of(KeyCode.LEFT, KeyCode.PAGE_UP);


    private LiveRun run() {
        return console.application().shell().activeRun().orElseThrow();
    }

    private Stage projector() {
        return console.application().shell().projector().flatMap(window -> window.stage()).orElseThrow();
    }

    @Test
    void everyElementOfTheDefaultWorkshopIsShownOnTheProjectorFromTheKeyboardAlone(FxRobot robot) {
        robot.clickOn("#newWorkshopButton");
        robot.clickOn("#startWorkshopButton");
        List<AgendaElement> agenda = run().workshop().agenda();
        assertEquals(11, agenda.size(), "the default template's agenda");

        // F opens the projector window (one headless screen: a window), F again full screen, Esc leaves it.
        robot.type(KeyCode.F);
        ConsoleHarness.waitUntil(() -> robot.lookup("#projectorTitle").tryQuery().isPresent());
        assertTrue(projector().isShowing());
        console.tuckProjectorAway(robot);
        robot.type(KeyCode.F);
        ConsoleHarness.waitUntil(() -> projector().isFullScreen());
        robot.type(KeyCode.ESCAPE);
        ConsoleHarness.waitUntil(() -> !projector().isFullScreen());

        for (int index = 0; index < agenda.size(); index++) {
            if (index > 0) {
                robot.type(NEXT.get(index % NEXT.size()));
            }
            checkElement(robot, agenda, index);
            checkKeysAt(robot, agenda.get(index));
        }
        robot.type(KeyCode.PAGE_DOWN);
        checkElement(robot, agenda, agenda.size() - 1);

        for (int index = agenda.size() - 2; index >= 0; index--) {
            robot.type(PREVIOUS.get(index % PREVIOUS.size()));
            checkElement(robot, agenda, index);
        }
        robot.type(KeyCode.PAGE_UP);
        checkElement(robot, agenda, 0);
    }

    /** What the console and the projector show on element {@code index}. */
    private void checkElement(FxRobot robot, List<AgendaElement> agenda, int index) {
        AgendaElement element = agenda.get(index);
        String title = element.title();
        ConsoleHarness.waitUntil(() -> title.equals(text(robot, "#projectorTitle")));
        assertEquals(title, text(robot, "#currentElementTitle"), "the console is on the same element");
        assertEquals((index + 1) + " / " + agenda.size(), text(robot, "#projectorFooter"));
        assertFalse(robot.lookup("#projectorBlackout").query().isVisible());

        boolean welcome = element.kind() == ElementKind.WELCOME;
        assertEquals(welcome, robot.lookup("#projectorJoin").query().isVisible(), title + ": the join screen");
        if (welcome) {
            assertEquals("Code " + text(robot, "#joinCode"), text(robot, "#projectorJoinCode"),
                    "the projector shows the code the console shows");
            assertTrue(text(robot, "#projectorJoinAddress").contains("http://127.0.0.1:"));
        }

        Optional<Node> expected = projectorPartOf(robot, element);
        StackPane slot = robot.lookup("#projectorElement").queryAs(StackPane.class);
        if (expected.isPresent()) {
            assertEquals(1, slot.getChildren().size(), title + ": the element's own slide content");
            Node shown = slot.getChildren().getFirst();
            assertEquals(expected.get().getClass(), shown.getClass(), title);
            assertEquals(expected.get().getId(), shown.getId(), title);
            assertTrue(shown.isVisible(), title);
        } else {
            assertTrue(slot.getChildren().isEmpty(), title + ": no content of another element stays behind");
        }
        if (!registry().has(element.kind())) {
            assertTrue(robot.lookup("#comingSoonText").query().isVisible(), title + ": the console says it comes");
        }
    }

    /** B, R, T and ? on this element: each does its thing and, pressed again, undoes it. */
    private void checkKeysAt(FxRobot robot, AgendaElement element) {
        robot.type(KeyCode.B);
        assertTrue(robot.lookup("#projectorBlackout").query().isVisible(), element.title() + ": B blacks out");
        assertEquals(element.title(), text(robot, "#projectorTitle"), "the slide stays behind the curtain");
        robot.type(KeyCode.B);
        assertFalse(robot.lookup("#projectorBlackout").query().isVisible(), element.title() + ": B again returns");

        boolean revealed = run().state(element.id()).revealed();
        robot.type(KeyCode.R);
        ConsoleHarness.waitUntil(() -> run().state(element.id()).revealed() != revealed);
        robot.type(KeyCode.R);
        ConsoleHarness.waitUntil(() -> run().state(element.id()).revealed() == revealed);

        boolean running = run().state(element.id()).timerRunning();
        robot.type(KeyCode.T);
        ConsoleHarness.waitUntil(() -> run().state(element.id()).timerRunning() != running);
        robot.type(KeyCode.T);
        ConsoleHarness.waitUntil(() -> run().state(element.id()).timerRunning() == running);

        robot.type(KeyCode.SLASH);
        assertTrue(robot.lookup("#helpOverlay").query().isVisible(), element.title() + ": ? shows the keys");
        robot.type(KeyCode.ESCAPE);
        assertFalse(robot.lookup("#helpOverlay").query().isVisible());
        assertTrue(projector().isShowing(), "the projector stays open");
    }

    private ElementScreens registry() {
        return console.application().shell().elementScreens();
    }

    /** The projector part the registry's screen for this element has, if any (built once to ask, then disposed). */
    private Optional<Node> projectorPartOf(FxRobot robot, AgendaElement element) {
        AtomicReference<Optional<Node>> part = new AtomicReference<>(Optional.empty());
        robot.interact(() -> registry().create(element, run(), console.application().shell().i18n())
                .ifPresent(screen -> {
                    part.set(screen.projector());
                    screen.dispose();
                }));
        return part.get();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }
}
