package nl.royaal.domain.sequence;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The sequencer's objective by exhaustive search, written independently of the production code
 * (plain doubles with a tolerance, no packing, no subsets), to check it against.
 */
final class BruteForce {

    static final double TOLERANCE = 1e-7;

    /** End (higher better), descent (lower better), swaps (lower better). */
    record Score(double end, double descent, long swaps) {

        /** Strictly better, with scores equal within the tolerance counted as equal. */
        boolean betterThan(Score other) {
            if (Math.abs(end - other.end) > TOLERANCE) {
                return end > other.end;
            }
            if (Math.abs(descent - other.descent) > TOLERANCE) {
                return descent < other.descent;
            }
            return swaps < other.swaps;
        }

        boolean sameAs(Score other) {
            return !betterThan(other) && !other.betterThan(this);
        }
    }

    /** The best score and how many valid orders there are. */
    record Result(Score best, long validOrders) {
    }

    private final double[] score;
    private final int[] pin;
    private final boolean[][] mustPrecede;
    private final int n;
    private Score best;
    private long valid;

    private BruteForce(Sequence sequence) {
        List<SequenceItem> items = sequence.items();
        n = items.size();
        score = new double[n];
        pin = new int[n];
        Map<UUID, Integer> index = new HashMap<>();
        for (int i = 0; i < n; i++) {
            score[i] = items.get(i).score();
            pin[i] = items.get(i).isPinned() ? items.get(i).pinned() : -1;
            index.put(items.get(i).id(), i);
        }
        mustPrecede = new boolean[n][n];
        for (Before rule : sequence.constraints()) {
            mustPrecede[index.get(rule.earlier())][index.get(rule.later())] = true;
        }
    }

    /** Searches every order that keeps the pins and rules of {@code sequence}. */
    static Result search(Sequence sequence) {
        BruteForce search = new BruteForce(sequence);
        search.extend(new int[search.n], new boolean[search.n], 0);
        return new Result(search.best, search.valid);
    }

    /** The objective of {@code order} (the sequence's items in another order) against the sequence's order. */
    static Score score(Sequence current, List<SequenceItem> order) {
        List<UUID> now = current.ids();
        double descent = 0;
        for (int p = 0; p + 1 < order.size(); p++) {
            descent += Math.max(0, order.get(p).score() - order.get(p + 1).score());
        }
        long swaps = 0;
        for (int a = 0; a < order.size(); a++) {
            for (int b = a + 1; b < order.size(); b++) {
                if (now.indexOf(order.get(a).id()) > now.indexOf(order.get(b).id())) {
                    swaps++;
                }
            }
        }
        return new Score(order.getLast().score(), descent, swaps);
    }

    /** Whether {@code order} keeps every pin and rule of {@code sequence}. */
    static boolean keepsRules(Sequence sequence, List<SequenceItem> order) {
        for (int p = 0; p < order.size(); p++) {
            SequenceItem item = order.get(p);
            if (item.isPinned() && item.pinned() != p) {
                return false;
            }
        }
        List<UUID> ids = order.stream().map(SequenceItem::id).toList();
        for (Before rule : sequence.constraints()) {
            if (ids.indexOf(rule.earlier()) >= ids.indexOf(rule.later())) {
                return false;
            }
        }
        return true;
    }

    private void extend(int[] order, boolean[] used, int position) {
        if (position == n) {
            valid++;
            Score candidate = evaluate(order);
            if (best == null || candidate.betterThan(best)) {
                best = candidate;
            }
            return;
        }
        for (int i = 0; i < n; i++) {
            if (used[i] || pin[i] >= 0 && pin[i] != position || pinnedElsewhere(position, i)) {
                continue;
            }
            boolean ready = true;
            for (int j = 0; j < n && ready; j++) {
                ready = !(mustPrecede[j][i] && !used[j]);
            }
            if (!ready) {
                continue;
            }
            used[i] = true;
            order[position] = i;
            extend(order, used, position + 1);
            used[i] = false;
        }
    }

    /** Whether another item is pinned at this position (so {@code i} may not take it). */
    private boolean pinnedElsewhere(int position, int i) {
        for (int j = 0; j < n; j++) {
            if (j != i && pin[j] == position) {
                return true;
            }
        }
        return false;
    }

    private Score evaluate(int[] order) {
        double descent = 0;
        long swaps = 0;
        for (int p = 0; p + 1 < n; p++) {
            descent += Math.max(0, score[order[p]] - score[order[p + 1]]);
        }
        for (int a = 0; a < n; a++) {
            for (int b = a + 1; b < n; b++) {
                if (order[a] > order[b]) {
                    swaps++;
                }
            }
        }
        return new Score(score[order[n - 1]], descent, swaps);
    }
}
