package nl.royaal.bench;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;
import nl.royaal.domain.sequence.RandomSequences;
import nl.royaal.domain.sequence.Sequence;
import nl.royaal.domain.sequence.Sequencer;
import nl.royaal.domain.sequence.Suggestion;

/**
 * Not a test: a timing harness for the peak-end sequencer (see bench/README.md). Prints, for 16
 * movable items solved exactly and for 60 items solved by the heuristic, the median and 90th
 * percentile of {@code Sequencer.suggest} over 20 runs after warm-up, beside sorting the same
 * scores; then how far the heuristic lands from the exact optimum on random cases of 2 to 16
 * items. Arguments: {@code [runs] [quality cases per size]}, default 20 and 100. Uses only the
 * public API, as the screen will.
 */
public final class SequencerBenchmark {

    private static final int WARM_UP = 10;

    private SequencerBenchmark() {
    }

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int casesPerSize = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        System.out.printf(Locale.ROOT, "java %s, %d processors%n%n", Runtime.version(),
                Runtime.getRuntime().availableProcessors());
        System.out.printf(Locale.ROOT, "%-44s %10s %10s %12s %12s %9s%n",
                "case", "median ms", "p90 ms", "sort med ms", "sort p90 ms", "ratio");

        Sequencer sequencer = new Sequencer();
        time("exact, 16 movable, no rules", runs, () -> RandomSequences.free(16, 1), sequencer, true);
        time("exact, 16 movable + 4 pinned, 12 rules", runs, () -> withMovable(20, 16, 2), sequencer, true);
        time("heuristic, 60 movable, no rules", runs, () -> RandomSequences.free(60, 3), sequencer, false);
        time("heuristic, 60 items, ~6 pinned, <=30 rules", runs,
                () -> RandomSequences.generate(60, 4, 0.1, 30), sequencer, false);

        quality(casesPerSize);
    }

    /** A random sequence of {@code n} items with exactly {@code movable} unpinned (and some rules). */
    private static Sequence withMovable(int n, int movable, long seed) {
        for (long s = seed; ; s++) {
            Sequence sequence = RandomSequences.generate(n, s, (double) (n - movable) / n, 12);
            if (sequence.items().stream().filter(item -> !item.isPinned()).count() == movable) {
                return sequence;
            }
        }
    }

    private static void time(String name, int runs, Supplier<Sequence> make, Sequencer sequencer, boolean exact) {
        Sequence sequence = make.get();
        double[] scores = sequence.scores();
        for (int i = 0; i < WARM_UP; i++) {
            check(sequencer.suggest(sequence), exact);
            sortedCopy(scores);
        }
        long[] suggest = new long[runs];
        long[] sort = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            check(sequencer.suggest(sequence), exact);
            suggest[i] = System.nanoTime() - start;
            start = System.nanoTime();
            sortedCopy(scores);
            sort[i] = System.nanoTime() - start;
        }
        double median = percentile(suggest, 0.5);
        double p90 = percentile(suggest, 0.9);
        double sortMedian = percentile(sort, 0.5);
        System.out.printf(Locale.ROOT, "%-44s %10.2f %10.2f %12.5f %12.5f %9.0f%n",
                name, median, p90, sortMedian, percentile(sort, 0.9), median / sortMedian);
    }

    private static double sink;

    private static void sortedCopy(double[] scores) {
        double[] copy = scores.clone();
        Arrays.sort(copy);
        sink += copy[copy.length - 1];
    }

    private static void check(Suggestion suggestion, boolean exact) {
        if (suggestion.exact() != exact || !suggestion.suggested().respectsRules()) {
            throw new IllegalStateException("unexpected suggestion: exact=" + suggestion.exact());
        }
    }

    /** Milliseconds at the given fraction of the sorted samples (nearest rank). */
    private static double percentile(long[] nanos, double fraction) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(fraction * sorted.length) - 1;
        return sorted[Math.max(0, rank)] / 1e6;
    }

    /**
     * The heuristic against the exact optimum on random sequences of 2 to 16 items (pins with
     * chance 0, 0.15 or 0.3; up to n rules; scores with ties): how often it finds an equally good
     * order, and how far off it is when it does not.
     */
    private static void quality(int casesPerSize) {
        Sequencer exact = new Sequencer();
        Sequencer heuristic = Sequencer.withExactLimit(0);
        int cases = 0;
        int sameObjective = 0;
        int sameEnd = 0;
        int sameEndAndDescent = 0;
        double descentGap = 0;
        double maxDescentGap = 0;
        long swapGapWhenDescentTies = 0;
        int worseOnSwapsOnly = 0;
        int[] tiedCases = new int[2];
        int[] tiedEqual = new int[2];
        double[] tiedGap = new double[2];
        System.out.printf(Locale.ROOT, "%nheuristic vs exact, %d random cases per size 2..16%n", casesPerSize);
        System.out.printf(Locale.ROOT, "%4s %8s %14s %16s%n", "n", "equal", "mean descent+", "mean swaps+ (tie)");
        for (int n = 2; n <= 16; n++) {
            int equalHere = 0;
            double gapHere = 0;
            long swapsHere = 0;
            int tiesHere = 0;
            for (int c = 0; c < casesPerSize; c++) {
                double pinChance = new double[] {0, 0.15, 0.3}[c % 3];
                Sequence sequence = RandomSequences.generate(n, 1_000L * n + c, pinChance, n);
                Suggestion best = exact.suggest(sequence);
                Suggestion found = heuristic.suggest(sequence);
                cases++;
                int tied = java.util.Arrays.stream(sequence.scores()).distinct().count() <= 5 && n > 5 ? 1 : 0;
                tiedCases[tied]++;
                boolean endEqual = Math.abs(best.after().end() - found.after().end()) < 1e-9;
                double gap = found.after().totalDescent() - best.after().totalDescent();
                if (Math.abs(gap) < 1e-9) {
                    gap = 0; // the same descent, summed in another order
                }
                boolean descentEqual = endEqual && Math.abs(gap) < 1e-9;
                if (endEqual) {
                    tiedGap[tied] += gap;
                    sameEnd++;
                    descentGap += gap;
                    gapHere += gap;
                    maxDescentGap = Math.max(maxDescentGap, gap);
                }
                if (descentEqual) {
                    sameEndAndDescent++;
                    tiesHere++;
                    long swapGap = found.swaps() - best.swaps();
                    swapGapWhenDescentTies += swapGap;
                    swapsHere += swapGap;
                    if (swapGap == 0) {
                        sameObjective++;
                        equalHere++;
                        tiedEqual[tied]++;
                    } else {
                        worseOnSwapsOnly++;
                    }
                }
            }
            System.out.printf(Locale.ROOT, "%4d %7.1f%% %14.4f %16.3f%n", n, 100.0 * equalHere / casesPerSize,
                    gapHere / casesPerSize, tiesHere == 0 ? 0 : (double) swapsHere / tiesHere);
        }
        System.out.printf(Locale.ROOT, "%ncases %d: same objective %.1f%%, same end %.1f%%, same end and descent %.1f%%,"
                        + " worse only on swaps %.1f%%%n", cases, 100.0 * sameObjective / cases, 100.0 * sameEnd / cases,
                100.0 * sameEndAndDescent / cases, 100.0 * worseOnSwapsOnly / cases);
        System.out.printf(Locale.ROOT, "mean descent gap %.4f points (max %.2f); mean extra swaps where descent ties %.3f%n",
                descentGap / Math.max(1, sameEnd), maxDescentGap,
                (double) swapGapWhenDescentTies / Math.max(1, sameEndAndDescent));
        String[] kinds = {"varied scores", "heavy ties (at most 5 distinct scores, n > 5)"};
        for (int k = 0; k < 2; k++) {
            System.out.printf(Locale.ROOT, "  %s: %d cases, same objective %.1f%%, mean descent gap %.4f%n", kinds[k],
                    tiedCases[k], 100.0 * tiedEqual[k] / Math.max(1, tiedCases[k]), tiedGap[k] / Math.max(1, tiedCases[k]));
        }
    }
}
