package nl.royaal.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.LongSupplier;
import nl.royaal.domain.Score;
import nl.royaal.domain.ScoreDimension;
import nl.royaal.domain.Touchpoint;
import nl.royaal.domain.TouchpointScore;
import nl.royaal.domain.scoring.JourneyAggregate;
import nl.royaal.domain.scoring.RunningAggregate;
import nl.royaal.domain.scoring.ScoreAggregator;
import nl.royaal.domain.scoring.ScoringSettings;

/**
 * How long the expectation-versus-experience results take to recompute after one new answer in
 * a big room: 500 participants × 12 touchpoints × 2 dimensions = 12,000 answers. Not a test: a
 * harness to run by hand (recipe in bench/AGGREGATION.md), because timings belong in a benchmark,
 * not in a timed test (PRODUCT.md §7).
 *
 * <p>Each sample is one new answer (a participant changes one grade) followed by:
 * <ul>
 *   <li><b>full</b>: {@link ScoreAggregator#aggregate} over all 12,000 answers;</li>
 *   <li><b>incremental</b>: {@link RunningAggregate#accept} plus {@link RunningAggregate#snapshot};</li>
 *   <li><b>baseline</b>: summing the same 12,000 grades from an {@code int[]}, the least any
 *       recomputation must do; and walking the answer list summing grades, the least a
 *       recomputation from domain objects must do.</li>
 * </ul>
 * Prints median and 90th percentile per operation and their ratio to the {@code int[]} baseline.
 * Optional arguments: samples (default 2000), warm-up seconds (default 3).
 */
public final class AggregationBenchmark {

    static final int PARTICIPANTS = 500;
    static final int TOUCHPOINTS = 12;
    static final Instant START = Instant.parse("2026-03-12T09:00:00Z");

    /** Results go here so the JIT cannot drop the work. */
    static volatile long sink;

    private final List<Touchpoint> journey = new ArrayList<>();
    private final UUID[] participants = new UUID[PARTICIPANTS];
    private final List<TouchpointScore> answers = new ArrayList<>();
    private final int[] grades;
    private RunningAggregate running;
    private final Random random = new Random(2026);
    private final ScoringSettings settings = ScoringSettings.DEFAULT;
    private long clock;

    private AggregationBenchmark() {
        for (int t = 0; t < TOUCHPOINTS; t++) {
            journey.add(new Touchpoint(new UUID(0xA, t), "Touchpoint " + (t + 1), null));
        }
        for (int p = 0; p < PARTICIPANTS; p++) {
            participants[p] = new UUID(0xB, p);
        }
        for (int p = 0; p < PARTICIPANTS; p++) {
            for (int t = 0; t < TOUCHPOINTS; t++) {
                for (ScoreDimension dimension : ScoreDimension.values()) {
                    answers.add(answer(p, t, dimension));
                }
            }
        }
        grades = answers.stream().mapToInt(answer -> answer.score().value()).toArray();
        catchUp();
        if (!running.snapshot(settings).equals(ScoreAggregator.aggregate(journey, answers, settings))) {
            throw new IllegalStateException("incremental and full results differ");
        }
    }

    /** A running aggregate of the answers as they are now (the other operations change answers without it). */
    private void catchUp() {
        running = new RunningAggregate(journey);
        running.acceptAll(answers);
    }

    private TouchpointScore answer(int participant, int touchpoint, ScoreDimension dimension) {
        return new TouchpointScore(participants[participant], journey.get(touchpoint).id(), dimension,
                Score.of(1 + random.nextInt(10)), START.plusMillis(clock++));
    }

    /** One participant changes one grade: it replaces their earlier answer, in the list as in the database. */
    private TouchpointScore nextAnswer() {
        int index = random.nextInt(answers.size());
        TouchpointScore old = answers.get(index);
        TouchpointScore changed = new TouchpointScore(old.participantId(), old.touchpointId(), old.dimension(),
                Score.of(1 + random.nextInt(10)), START.plusMillis(clock++));
        answers.set(index, changed);
        grades[index] = changed.score().value();
        return changed;
    }

    private long full() {
        nextAnswer();
        JourneyAggregate result = ScoreAggregator.aggregate(journey, answers, settings);
        return result.inJourneyOrder().getFirst().respondents();
    }

    private long incremental() {
        running.accept(nextAnswer());
        JourneyAggregate result = running.snapshot(settings);
        return result.inJourneyOrder().getFirst().respondents();
    }

    private long sumIntArray() {
        nextAnswer();
        long sum = 0;
        for (int grade : grades) {
            sum += grade;
        }
        return sum;
    }

    private long sumAnswerList() {
        nextAnswer();
        long sum = 0;
        for (TouchpointScore answer : answers) {
            sum += answer.score().value();
        }
        return sum;
    }

    private record Timing(String name, long[] nanos) {

        double percentileMicros(double fraction) {
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            int index = (int) Math.ceil(fraction * sorted.length) - 1;
            return sorted[Math.clamp(index, 0, sorted.length - 1)] / 1000.0;
        }
    }

    private static Timing measure(String name, LongSupplier operation, int samples, long warmUpNanos) {
        long until = System.nanoTime() + warmUpNanos;
        while (System.nanoTime() < until) {
            sink += operation.getAsLong();
        }
        long[] nanos = new long[samples];
        for (int i = 0; i < samples; i++) {
            long begin = System.nanoTime();
            sink += operation.getAsLong();
            nanos[i] = System.nanoTime() - begin;
        }
        return new Timing(name, nanos);
    }

    public static void main(String[] args) {
        int samples = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        long warmUp = (args.length > 1 ? Long.parseLong(args[1]) : 3) * 1_000_000_000L;
        AggregationBenchmark bench = new AggregationBenchmark();

        List<Timing> timings = new ArrayList<>();
        timings.add(measure("baseline: sum 12,000 ints (int[])", bench::sumIntArray, samples, warmUp));
        timings.add(measure("baseline: sum grades of 12,000 answers", bench::sumAnswerList, samples, warmUp));
        timings.add(measure("full: ScoreAggregator.aggregate", bench::full, samples, warmUp));
        bench.catchUp(); // the runs above changed answers behind the running aggregate's back
        timings.add(measure("incremental: accept + snapshot", bench::incremental, samples, warmUp));

        // After every change of the last run went through accept, the two ways must still agree.
        boolean agree = bench.running.snapshot(bench.settings)
                .equals(ScoreAggregator.aggregate(bench.journey, bench.answers, bench.settings));

        Timing baseline = timings.getFirst();
        System.out.printf("Re-aggregate after one new answer: %d participants x %d touchpoints x 2 = %,d answers%n",
                PARTICIPANTS, TOUCHPOINTS, bench.answers.size());
        System.out.printf("Java %s, %s %s, %d processors; %d samples after %d s warm-up each%n",
                Runtime.version(), System.getProperty("os.name"), System.getProperty("os.arch"),
                Runtime.getRuntime().availableProcessors(), samples, warmUp / 1_000_000_000L);
        System.out.printf("%-42s %12s %12s %10s %10s%n", "operation", "median us", "p90 us", "x median", "x p90");
        for (Timing timing : timings) {
            System.out.printf("%-42s %12.1f %12.1f %10.1f %10.1f%n", timing.name(),
                    timing.percentileMicros(0.5), timing.percentileMicros(0.9),
                    timing.percentileMicros(0.5) / baseline.percentileMicros(0.5),
                    timing.percentileMicros(0.9) / baseline.percentileMicros(0.9));
        }
        System.out.println("incremental equals full after the run: " + agree);
        System.out.println("budget: well under 50,000 us (50 ms) including the redraw that follows");
        if (!agree) {
            System.exit(1);
        }
    }
}
