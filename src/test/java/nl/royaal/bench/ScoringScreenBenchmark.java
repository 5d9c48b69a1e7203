package nl.royaal.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import nl.royaal.domain.Answers;
import nl.royaal.domain.Language;
import nl.royaal.domain.Score;
import nl.royaal.domain.TouchpointScore;
import nl.royaal.domain.Workshop;
import nl.royaal.i18n.I18n;
import nl.royaal.report.ReportWorkshops;
import nl.royaal.ui.common.ScoringSettingsForm;
import nl.royaal.ui.common.Theme;
import nl.royaal.ui.common.ViewLoader;
import nl.royaal.ui.scoring.ScoringController;
import nl.royaal.ui.scoring.ScoringProjectorController;
import nl.royaal.ui.scoring.ScoringViewModel;

/**
 * How long the live scoring screen takes to show one new answer in a big room: 500 participants
 * × 12 touchpoints × 2 grades = 12,000 answers, the console's table and the projector's charts
 * (revealed, 1920 × 1080) both on screen. Not a test: a harness to run by hand (bench/SCORING.md),
 * because timings belong in a benchmark, not in a timed test (PRODUCT.md §7).
 *
 * <p>Each sample is one participant changing one grade, then, on the FX thread:
 * <ol>
 *   <li><b>refresh</b>: {@link ScoringViewModel#refresh()}, what the run screen calls: the full
 *       {@code ScoreAggregator} pass over 12,000 answers, the table's rows updated in place, the
 *       chart items, and the charts' nodes updated through their listeners;</li>
 *   <li><b>css + layout</b>: what the next pulse does on the FX thread for both scenes (the table's
 *       cells, the charts' marks put in place);</li>
 *   <li><b>render</b> (reported apart): a software snapshot of the 1920 × 1080 projector scene, an
 *       upper bound for the render thread, which on a real machine draws on the graphics card.</li>
 * </ol>
 * Making the new {@link Workshop} record is not timed: the live run reads it from the database
 * before the screen is told (the database side is in bench/PHONES.md).
 *
 * <p>Run with {@code -Dglass.platform=Headless -Dprism.order=sw}. Optional arguments: samples
 * (default 500), warm-up samples (default 200).
 */
public final class ScoringScreenBenchmark {

    static final int PARTICIPANTS = 500;
    static final int TOUCHPOINTS = 12;

    private final Random random = new Random(2026);
    private final AtomicReference<Workshop> workshop = new AtomicReference<>();
    private final List<TouchpointScore> scores;
    private final ScoringViewModel viewModel;
    private final Scene projector;
    private final Scene console;
    private long clock;

    private ScoringScreenBenchmark() {
        Workshop large = ReportWorkshops.large(PARTICIPANTS, TOUCHPOINTS, 11);
        scores = new ArrayList<>(large.answers().scores());
        workshop.set(large);
        I18n dutch = I18n.of(Language.NL);
        viewModel = new ScoringViewModel(workshop::get, () -> true, dutch, dutch);
        Theme.install();
        Parent room = ViewLoader.load("/nl/royaal/ui/scoring/ScoringProjectorView.fxml", dutch.bundle(),
                new ScoringProjectorController(viewModel));
        StackPane slide = new StackPane(room);
        slide.getStyleClass().addAll("projector", "projector-light");
        slide.setStyle("-fx-font-size: 43px; -fx-padding: 50px 86px;");
        projector = new Scene(slide, 1920, 1080);
        stylesheets(projector, "/nl/royaal/ui/royaal.css", "/nl/royaal/ui/projector/projector.css");
        Parent table = ViewLoader.load("/nl/royaal/ui/scoring/ScoringView.fxml", dutch.bundle(),
                new ScoringController(viewModel, new ScoringSettingsForm(dutch,
                        () -> workshop.get().settings().scoring(), changed -> { })));
        console = new Scene(table, 1000, 700);
        stylesheets(console, "/nl/royaal/ui/royaal.css");
        pulse();
    }

    private static void stylesheets(Scene scene, String... paths) {
        for (String path : paths) {
            scene.getStylesheets().add(ScoringScreenBenchmark.class.getResource(path).toExternalForm());
        }
    }

    /** One participant changes one grade; the live run then hands over the workshop as stored. */
    private void nextAnswer() {
        int index = random.nextInt(scores.size());
        TouchpointScore old = scores.get(index);
        scores.set(index, new TouchpointScore(old.participantId(), old.touchpointId(), old.dimension(),
                Score.of(1 + random.nextInt(10)), Instant.parse("2026-03-12T10:00:00Z").plusMillis(clock++)));
        Workshop before = workshop.get();
        workshop.set(new Workshop(before.id(), before.details(), before.status(), before.templateKey(),
                before.agenda(), before.touchpoints(), before.participants(),
                new Answers(scores, before.answers().texts(), before.answers().votes(), before.answers().ratings(),
                        before.answers().selfImage()),
                before.currentElementId(), before.createdAt(), before.updatedAt()));
    }

    private void pulse() {
        for (Scene scene : List.of(projector, console)) {
            scene.getRoot().applyCss();
            scene.getRoot().layout();
        }
    }

    private long[][] run(int samples) {
        long[][] nanos = new long[3][samples];
        for (int i = 0; i < samples; i++) {
            nextAnswer();
            long begin = System.nanoTime();
            viewModel.refresh();
            long refreshed = System.nanoTime();
            pulse();
            long laidOut = System.nanoTime();
            projector.snapshot(null);
            long rendered = System.nanoTime();
            nanos[0][i] = refreshed - begin;
            nanos[1][i] = laidOut - refreshed;
            nanos[2][i] = rendered - laidOut;
        }
        return nanos;
    }

    private static double percentileMillis(long[] nanos, double fraction) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(fraction * sorted.length) - 1;
        return sorted[Math.clamp(index, 0, sorted.length - 1)] / 1e6;
    }

    private static long[] sum(long[] a, long[] b) {
        long[] total = new long[a.length];
        for (int i = 0; i < a.length; i++) {
            total[i] = a[i] + b[i];
        }
        return total;
    }

    public static void main(String[] args) throws Exception {
        int samples = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        int warmUp = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        Platform.startup(() -> { });
        CountDownLatch done = new CountDownLatch(1);
        AtomicReference<long[][]> result = new AtomicReference<>();
        Platform.runLater(() -> {
            try {
                ScoringScreenBenchmark bench = new ScoringScreenBenchmark();
                bench.run(warmUp);
                result.set(bench.run(samples));
            } finally {
                done.countDown();
            }
        });
        done.await();
        Platform.exit();
        long[][] nanos = result.get();
        if (nanos == null) {
            System.exit(1);
        }
        long[] screen = sum(nanos[0], nanos[1]);
        System.out.printf("Scoring screen, one new answer: %d participants x %d touchpoints x 2 = %,d answers%n",
                PARTICIPANTS, TOUCHPOINTS, PARTICIPANTS * TOUCHPOINTS * 2);
        System.out.printf("Java %s, JavaFX %s (%s pipeline), %s %s, %d processors; %d samples after %d warm-up%n",
                Runtime.version(), System.getProperty("javafx.runtime.version"), System.getProperty("prism.order"),
                System.getProperty("os.name"), System.getProperty("os.arch"),
                Runtime.getRuntime().availableProcessors(), samples, warmUp);
        System.out.printf("%-52s %10s %10s %10s%n", "step", "median ms", "p95 ms", "max ms");
        print("refresh (aggregate, rows, chart items and nodes)", nanos[0]);
        print("css + layout of table and projector", nanos[1]);
        print("screen total: refresh + css + layout", screen);
        print("render: software snapshot 1920x1080 (upper bound)", nanos[2]);
        print("all of it", sum(screen, nanos[2]));
        System.out.println("budget: well under 50 ms");
    }

    private static void print(String step, long[] nanos) {
        System.out.printf("%-52s %10.2f %10.2f %10.2f%n", step, percentileMillis(nanos, 0.5),
                percentileMillis(nanos, 0.95), percentileMillis(nanos, 1.0));
    }
}
