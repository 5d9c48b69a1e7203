package nl.royaal.ui.fanmoment;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.UUID;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.util.Duration;
import nl.royaal.app.ConsoleApplication;
import nl.royaal.domain.ElementKind;
import nl.royaal.domain.TextAnswer;
import nl.royaal.service.live.LiveRun;
import nl.royaal.web.LanPhoneRoom;

/**
 * Takes the wall's screenshots from the real app on an X display (Xvfb 1920×1080): starts the
 * console on a demo file, runs the element as a trainer would (open, reveal, hide one, highlight
 * one) and captures the console and the projector window with ImageMagick's {@code import}.
 *
 * <p>{@code java ... WallScreenshots$Main <demo.royaal> <out dir> fan|pledge <prefix>}; see
 * docs/screenshots/README.md. Any other element the same way, revealed, as
 * {@code <prefix>-console.png} and {@code <prefix>-projector.png}:
 * {@code ... WallScreenshots$Main <file.royaal> <out dir> TOUCHPOINTS|SCORING|... <prefix>}.
 */
public final class WallScreenshots extends Application {

    private final Deque<Runnable> steps = new ArrayDeque<>();
    private ConsoleApplication console;
    private Stage stage;
    private Path out;
    private String display;

    /** The entry point: a main class that is itself an Application needs JavaFX on the module path. */
    public static final class Main {
        private Main() {
        }

        public static void main(String[] args) {
            Application.launch(WallScreenshots.class, args);
        }
    }

    @Override
    public void start(Stage primary) throws Exception {
        List<String> args = getParameters().getRaw();
        Path file = Path.of(args.get(0));
        out = Path.of(args.get(1));
        boolean pledge = "pledge".equals(args.get(2));
        String prefix = args.get(3);
        ElementKind otherKind = pledge || "fan".equals(args.get(2)) ? null : ElementKind.valueOf(args.get(2));
        display = System.getenv("DISPLAY");
        Path root = Files.createTempDirectory("royaal-shots");
        stage = primary;
        console = ConsoleApplication.start(stage, root.resolve("config"), root.resolve("data"), null, file,
                LanPhoneRoom.Reach.LOOPBACK_ONLY, document -> { });
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(1600);
        stage.setHeight(900);
        stage.show();
        then(() -> ((Button) stage.getScene().lookup("#startWorkshopButton")).fire());
        if (otherKind != null) {
            anyElement(otherKind, prefix);
            next();
            return;
        }
        then(() -> {
            run().goTo(pledge ? 2 : 1);
            run().openRound();
        });
        if (pledge) {
            then(() -> ((Button) stage.getScene().getRoot().lookupAll(".text-wall-hide-button").toArray(Node[]::new)[3]).fire());
        } else if (prefix.contains("60")) {
            then(() -> ((Button) stage.getScene().getRoot().lookupAll(".text-wall-hide-button").toArray(Node[]::new)[3]).fire());
            then(() -> run().highlight(longestText().id()));
        }
        then(() -> run().toggleReveal());
        then(() -> capture(stage.getScene().getWindow(), prefix.isEmpty() ? "" : (pledge ? "pledges-console"
                : "fan-moment-console")));
        showProjectorFullHd();
        then(() -> capture(null, pledge ? "pledges-projector" : prefix));
        then(() -> {
            console.close();
            Platform.exit();
        });
        next();
    }

    /** Goes to the first element of this kind, reveals it and captures console and projector. */
    private void anyElement(ElementKind kind, String prefix) {
        then(() -> {
            int index = run().workshop().agenda().stream().map(e -> e.kind()).toList().indexOf(kind);
            if (index < 0) {
                throw new IllegalArgumentException("The workshop has no " + kind + " element");
            }
            run().goTo(index);
        });
        then(() -> run().toggleReveal());
        then(() -> capture(stage.getScene().getWindow(), prefix + "-console"));
        showProjectorFullHd();
        then(() -> capture(null, prefix + "-projector"));
        then(() -> {
            console.close();
            Platform.exit();
        });
    }

    private void showProjectorFullHd() {
        then(() -> console.shell().projector().orElseThrow().show());
        then(() -> {
            Stage projector = console.shell().projector().orElseThrow().stage().orElseThrow();
            projector.setX(0);
            projector.setY(0);
            projector.setWidth(1920);
            projector.setHeight(1080);
            projector.toFront();
        });
        then(() -> { });
    }

    private LiveRun run() {
        return console.shell().activeRun().orElseThrow();
    }

    private TextAnswer longestText() {
        UUID element = run().currentElement().orElseThrow().id();
        return run().workshop().answers().texts().stream().filter(t -> t.elementId().equals(element))
                .filter(t -> !t.hidden())
                .max(java.util.Comparator.comparingInt(t -> t.text().length())).orElseThrow();
    }

    private void then(Runnable step) {
        steps.add(step);
    }

    /** Each step after the last one settled (the machine may be busy; the counter needs its 1.6 s). */
    private void next() {
        Runnable step = steps.poll();
        if (step == null) {
            return;
        }
        step.run();
        PauseTransition settle = new PauseTransition(Duration.seconds(4));
        settle.setOnFinished(event -> next());
        settle.play();
    }

    /** The console window (cropped to it) or, with {@code window} null, the whole 1920×1080 screen. */
    private void capture(javafx.stage.Window window, String name) {
        if (name.isEmpty()) {
            return;
        }
        try {
            Path target = out.resolve(name + ".png");
            List<String> command = window == null
                    ? List.of("import", "-display", display, "-window", "root", "-crop", "1920x1080+0+0",
                            target.toString())
                    : List.of("import", "-display", display, "-window", "root", "-crop",
                            (int) window.getWidth() + "x" + (int) window.getHeight() + "+" + (int) window.getX() + "+"
                                    + (int) window.getY(), target.toString());
            new ProcessBuilder(command).inheritIO().start().waitFor();
            System.out.println("wrote " + target);
        } catch (Exception failed) {
            throw new IllegalStateException(failed);
        }
    }

    @SuppressWarnings("unused")
    private static TextField field(Stage stage, String id) {
        return (TextField) stage.getScene().lookup(id);
    }
}
