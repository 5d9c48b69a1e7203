package nl.royaal.domain.sequence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The heuristic used beyond 16 movable items: its bookkeeping of the objective is exact move by
 * move, it keeps the rules, it is exact on the end, and on random cases of up to 16 items it
 * mostly finds the exact optimum (the figures are printed for docs/models.md).
 */
class HeuristicSequencerTest {

    /** A random order that keeps every pin and rule: a random feasible choice at each position. */
    private static int[] randomValidOrder(Problem problem, Random random) {
        int[] pins = problem.pin.clone();
        int[] order = new int[problem.n];
        Arrays.fill(order, -1);
        List<Integer> waiting = new ArrayList<>();
        for (int i = 0; i < problem.n; i++) {
            if (pins[i] >= 0) {
                order[pins[i]] = i;
            } else {
                waiting.add(i);
            }
        }
        for (int position = 0; position < problem.n; position++) {
            if (order[position] >= 0) {
                continue;
            }
            java.util.Collections.shuffle(waiting, random);
            for (int w = 0; w < waiting.size(); w++) {
                int candidate = waiting.get(w);
                pins[candidate] = position;
                if (problem.feasible(pins)) {
                    order[position] = candidate;
                    waiting.remove(w);
                    break;
                }
                pins[candidate] = -1;
            }
        }
        return order;
    }

    @Test
    void movesKeepTheRulesAndTrackTheObjectiveExactly() {
        Random random = new Random(42);
        for (int c = 0; c < 20; c++) {
            int n = 20 + random.nextInt(13);
            Problem problem = Problem.of(RandomSequences.generate(n, random.nextLong(), 0.15, n));
            HeuristicSequencer.Search search = new HeuristicSequencer.Search(problem, randomValidOrder(problem, random));
            Objective previous = search.objective();
            for (int sweep = 0; sweep < 18; sweep++) {
                // Phase 1 (end and descent) for the first half, then the full objective.
                search.countSwaps(sweep >= 9);
                switch (sweep % 3) {
                    case 0 -> search.moves();
                    case 1 -> search.blockMoves();
                    default -> search.windows();
                }
                int[] order = search.order();
                assertThat(problem.respects(order)).isTrue();
                assertThat(search.objective()).isEqualTo(problem.evaluate(order));
                assertThat(previous.betterThan(search.objective())).isFalse();
                if (sweep < 9) {
                    assertThat(search.objective().end()).isGreaterThanOrEqualTo(previous.end());
                }
                previous = search.objective();
            }
        }
    }

    @Test
    void theEndIsExactAndTheResultKeepsTheRulesForLargeSequences() {
        Sequencer sequencer = new Sequencer();
        for (long seed = 0; seed < 12; seed++) {
            Sequence sequence = RandomSequences.generate(40 + (int) seed, seed, 0.1, 30);
            Suggestion suggestion = sequencer.suggest(sequence);
            assertThat(suggestion.exact()).isFalse();
            assertThat(suggestion.suggested().respectsRules()).isTrue();
            Problem problem = Problem.of(sequence);
            int end = HeuristicSequencer.bestEnd(problem);
            double bestEnd = end < 0 ? sequence.items().stream().filter(i -> i.isPinned() && i.pinned() == sequence.size() - 1)
                    .findFirst().orElseThrow().score() : sequence.get(end).score();
            assertThat(suggestion.after().end()).isEqualTo(bestEnd);
            assertThat(sequencer.suggest(suggestion.suggested()).unchanged()).isTrue();
        }
    }

    @Test
    void onRandomCasesUpToSixteenItMostlyFindsTheExactOptimum() {
        Sequencer exact = new Sequencer();
        Sequencer heuristic = Sequencer.withExactLimit(0);
        int cases = 0;
        int equal = 0;
        double descentGap = 0;
        for (int n = 2; n <= 16; n++) {
            for (int c = 0; c < 8; c++) {
                Sequence sequence = RandomSequences.generate(n, 7_000L * n + c, new double[] {0, 0.15, 0.3}[c % 3], n);
                BruteForce.Score best = BruteForce.score(sequence, exact.suggest(sequence).order());
                BruteForce.Score found = BruteForce.score(sequence, heuristic.suggest(sequence).order());
                cases++;
                assertThat(found.betterThan(best)).as("heuristic beat the exact optimum: DP bug").isFalse();
                assertThat(found.end()).isEqualTo(best.end());
                equal += found.sameAs(best) ? 1 : 0;
                descentGap += found.descent() - best.descent();
            }
        }
        System.out.printf(Locale.ROOT, "heuristic equals exact in %d of %d cases; mean descent gap %.4f%n",
                equal, cases, descentGap / cases);
        assertThat((double) equal / cases).isGreaterThanOrEqualTo(0.9);
        assertThat(descentGap / cases).isLessThan(0.05);
    }

    /**
     * Up to 16 items the default windows (12 free positions) cover most of a sequence, so the
     * figures above flatter the heuristic. With windows of 4 or 6 on 16 items, the situation of a
     * 60-item sequence is closer: the moves must carry items between windows.
     */
    @Test
    void withSmallWindowsItStillLandsCloseToExact() {
        int[] windows = {4, 6};
        int cases = 50;
        int[] equal = new int[windows.length];
        double[] descentGap = new double[windows.length];
        for (int c = 0; c < cases; c++) {
            Sequence sequence = RandomSequences.generate(16, 9_000L + c, new double[] {0, 0.15, 0.3}[c % 3], 16);
            Problem problem = Problem.of(sequence);
            Objective best = problem.evaluate(ExactSequencer.solve(problem));
            for (int w = 0; w < windows.length; w++) {
                int[] order = HeuristicSequencer.solve(problem, windows[w]);
                assertThat(problem.respects(order)).isTrue();
                Objective found = problem.evaluate(order);
                assertThat(found.betterThan(best)).isFalse();
                assertThat(found.end()).isEqualTo(best.end());
                equal[w] += found.equals(best) ? 1 : 0;
                descentGap[w] += (found.descent() - best.descent()) / Problem.UNITS_PER_POINT;
            }
        }
        for (int w = 0; w < windows.length; w++) {
            System.out.printf(Locale.ROOT, "window %d, 16 items: equals exact in %d of %d cases; mean descent gap %.4f%n",
                    windows[w], equal[w], cases, descentGap[w] / cases);
            assertThat((double) equal[w] / cases).isGreaterThanOrEqualTo(0.6);
            assertThat(descentGap[w] / cases).isLessThan(0.3);
        }
    }
}
