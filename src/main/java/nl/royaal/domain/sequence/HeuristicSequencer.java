package nl.royaal.domain.sequence;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The sequencer beyond the exact limit: the same objective, found by construction plus local
 * search. Exact on criterion (1), the end: items are tried as the last one from the highest score
 * down with the exact feasibility check ({@link Problem#feasible}), and the first that fits
 * (the latest in the current order among equal scores) is reserved for the last position.
 * Criteria (2) descent and (3) swaps are approximated:
 * <ol>
 *   <li>Construction: fill the free positions from left to right with the lowest-scoring item
 *       that may stand there (equal scores in their current order), as long as the rest can still
 *       be completed keeping every pin and rule.</li>
 *   <li>Improvement, until neither step changes anything:
 *       <ul>
 *         <li>moves, repeated while they help: one item moved to another free position (the items
 *             between shift; pinned items stay) or two items exchanged, whenever that keeps the
 *             rules and improves the objective lexicographically (first improvement);</li>
 *         <li>windows: every run of {@value #WINDOW} consecutive free positions (overlapping by
 *             half) is re-ordered exactly by {@link ExactSequencer}, its neighbours fixed.</li>
 *       </ul></li>
 *   <li>The current order itself when it keeps the rules and the result is not strictly
 *       better.</li>
 * </ol>
 * The windows settle local arrangements exactly, the moves carry items over long distances; the
 * move neighbourhood contains every adjacent swap. A move's effect on the objective is computed
 * from the pairs it changes, without copying the order.
 */
final class HeuristicSequencer {

    /** Free positions per window: 2^12 · 12 states each, about 0.5 ms. */
    static final int WINDOW = 12;
    private static final int MAX_ROUNDS = 50;

    private HeuristicSequencer() {
    }

    static int[] solve(Problem problem) {
        int[] pins = problem.pin.clone();
        int end = bestEnd(problem);
        if (end >= 0) {
            pins[end] = problem.n - 1;
        }
        int[] order = improve(problem, greedy(problem, pins));
        int[] current = problem.currentOrder();
        if (problem.respects(current) && !problem.evaluate(order).betterThan(problem.evaluate(current))) {
            return current;
        }
        return order;
    }

    /**
     * The movable item with the highest score that can stand last in an order keeping every rule
     * (the latest in the current order among equal scores); -1 when the last position is pinned.
     */
    static int bestEnd(Problem problem) {
        int n = problem.n;
        for (int i = 0; i < n; i++) {
            if (problem.pin[i] == n - 1) {
                return -1;
            }
        }
        Integer[] byEnd = new Integer[n];
        for (int i = 0; i < n; i++) {
            byEnd[i] = i;
        }
        Arrays.sort(byEnd, Comparator.<Integer>comparingLong(i -> -problem.q[i]).thenComparing(i -> -i));
        for (int i : byEnd) {
            if (problem.pin[i] >= 0 || problem.succs[i].length > 0) {
                continue;
            }
            int[] pins = problem.pin.clone();
            pins[i] = n - 1;
            if (problem.feasible(pins)) {
                return i;
            }
        }
        throw new IllegalStateException("no item can end; Sequence should have refused this");
    }

    /** Lowest score first into each free position, as long as the rest can still be completed. */
    static int[] greedy(Problem problem, int[] pinsIn) {
        int n = problem.n;
        int[] pins = pinsIn.clone();
        int[] order = new int[n];
        Arrays.fill(order, -1);
        List<Integer> waiting = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (pins[i] >= 0) {
                order[pins[i]] = i;
            } else {
                waiting.add(i);
            }
        }
        waiting.sort(Comparator.<Integer>comparingLong(i -> problem.q[i]).thenComparingInt(i -> i));
        for (int position = 0; position < n; position++) {
            if (order[position] >= 0) {
                continue;
            }
            for (int w = 0; w < waiting.size(); w++) {
                int candidate = waiting.get(w);
                if (!predecessorsPlaced(problem, pins, candidate, position)) {
                    continue;
                }
                pins[candidate] = position;
                if (problem.feasible(pins)) {
                    order[position] = candidate;
                    waiting.remove(w);
                    break;
                }
                pins[candidate] = -1;
            }
            if (order[position] < 0) {
                throw new IllegalStateException("greedy order got stuck; feasibility check disagrees");
            }
        }
        return order;
    }

    private static boolean predecessorsPlaced(Problem problem, int[] pins, int item, int position) {
        for (int p : problem.preds[item]) {
            if (pins[p] < 0 || pins[p] >= position) {
                return false;
            }
        }
        return true;
    }

    static int[] improve(Problem problem, int[] start) {
        Search search = new Search(problem, start);
        for (int round = 0; round < MAX_ROUNDS; round++) {
            while (search.moves()) {
                // cheap moves first, until none helps
            }
            if (!search.windows()) {
                break;
            }
        }
        return search.order();
    }

    /** One order under improvement, with its positions and objective kept up to date. */
    static final class Search {

        private final Problem problem;
        private final int n;
        private final int[] slots;
        /** Free slot index of each position, -1 for a pinned position. */
        private final int[] slotOf;
        /** Per item, the positions its pinned predecessors and successors leave it. */
        private final int[] earliest;
        private final int[] latest;
        private final int[] order;
        private final int[] position;
        private long end;
        private long descent;
        private long swaps;
        /** Per window: its items and neighbours when it was last solved. */
        private final List<int[]> solved = new ArrayList<>();

        Search(Problem problem, int[] start) {
            this.problem = problem;
            this.n = problem.n;
            this.order = start.clone();
            this.position = Problem.positions(order);
            boolean[] taken = new boolean[n];
            for (int p : problem.pin) {
                if (p >= 0) {
                    taken[p] = true;
                }
            }
            slots = new int[problem.movableCount()];
            slotOf = new int[n];
            for (int p = 0, k = 0; p < n; p++) {
                slotOf[p] = taken[p] ? -1 : k;
                if (!taken[p]) {
                    slots[k++] = p;
                }
            }
            earliest = new int[n];
            latest = new int[n];
            for (int i = 0; i < n; i++) {
                earliest[i] = 0;
                latest[i] = n - 1;
                for (int pr : problem.preds[i]) {
                    if (problem.pin[pr] >= 0) {
                        earliest[i] = Math.max(earliest[i], problem.pin[pr] + 1);
                    }
                }
                for (int su : problem.succs[i]) {
                    if (problem.pin[su] >= 0) {
                        latest[i] = Math.min(latest[i], problem.pin[su] - 1);
                    }
                }
            }
            end = problem.q[order[n - 1]];
            descent = problem.descent(order);
            swaps = Problem.inversions(order);
        }

        int[] order() {
            return order.clone();
        }

        /** The objective as tracked move by move (a test compares it with a fresh evaluation). */
        Objective objective() {
            return new Objective(end, descent, swaps);
        }

        /** Insertions and exchanges, first improvement. */
        boolean moves() {
            boolean changed = false;
            int m = slots.length;
            for (int a = 0; a < m; a++) {
                for (int b = 0; b < m; b++) {
                    if (a != b) {
                        boolean contiguous = Math.abs(slots[b] - slots[a]) == Math.abs(b - a);
                        changed |= contiguous ? tryShift(slots[a], slots[b]) : tryMove(a, b);
                    }
                }
            }
            for (int a = 0; a < m; a++) {
                for (int b = a + 1; b < m; b++) {
                    changed |= tryExchange(slots[a], slots[b]);
                }
            }
            return changed;
        }

        private long drop(int from, int to) {
            long d = problem.q[from] - problem.q[to];
            return d > 0 ? d : 0;
        }

        /** Drop from the item at position p - 1 to {@code item}; 0 at the start. */
        private long dropInto(int p, int item) {
            return p > 0 ? drop(order[p - 1], item) : 0;
        }

        /** Drop from {@code item} to the item at position p + 1; 0 at the end. */
        private long dropOutOf(int item, int p) {
            return p < n - 1 ? drop(item, order[p + 1]) : 0;
        }

        /**
         * Moves the item at {@code from} to {@code to} with no pinned item in between, so only
         * three neighbour pairs change: O(1) for the end and the descent, O(distance) for the
         * swaps when those tie.
         */
        private boolean tryShift(int from, int to) {
            int x = order[from];
            long newEnd;
            long newDescent;
            if (from < to) {
                for (int su : problem.succs[x]) {
                    if (position[su] <= to) {
                        return false;
                    }
                }
                int after = order[from + 1];
                newDescent = descent - dropInto(from, x) - drop(x, after) - dropOutOf(order[to], to)
                        + dropInto(from, after) + drop(order[to], x) + dropOutOf(x, to);
                newEnd = to == n - 1 ? problem.q[x] : end;
            } else {
                for (int pr : problem.preds[x]) {
                    if (position[pr] >= to) {
                        return false;
                    }
                }
                int before = order[from - 1];
                newDescent = descent - dropInto(to, order[to]) - drop(before, x) - dropOutOf(x, from)
                        + dropInto(to, x) + drop(x, order[to]) + dropOutOf(before, from);
                newEnd = from == n - 1 ? problem.q[before] : end;
            }
            if (newEnd < end || newEnd == end && newDescent > descent) {
                return false;
            }
            long newSwaps = swaps;
            int lo = Math.min(from, to);
            int hi = Math.max(from, to);
            for (int p = lo; p <= hi; p++) {
                int y = order[p];
                if (y != x) {
                    // x changes sides with every item it passes.
                    boolean wasBeforeY = from < to;
                    newSwaps += (x < y) == wasBeforeY ? 1 : -1;
                }
            }
            if (!new Objective(newEnd, newDescent, newSwaps).betterThan(new Objective(end, descent, swaps))) {
                return false;
            }
            int step = from < to ? 1 : -1;
            for (int p = from; p != to; p += step) {
                order[p] = order[p + step];
                position[order[p]] = p;
            }
            order[to] = x;
            position[x] = to;
            end = newEnd;
            descent = newDescent;
            swaps = newSwaps;
            return true;
        }

        /** Exchanges the items at positions i < j: only their neighbour pairs change. */
        private boolean tryExchange(int i, int j) {
            int x = order[i];
            int y = order[j];
            for (int su : problem.succs[x]) {
                if (position[su] <= j) {
                    return false;
                }
            }
            for (int pr : problem.preds[y]) {
                if (position[pr] >= i) {
                    return false;
                }
            }
            long oldPairs;
            long newPairs;
            if (j == i + 1) {
                oldPairs = dropInto(i, x) + drop(x, y) + dropOutOf(y, j);
                newPairs = dropInto(i, y) + drop(y, x) + dropOutOf(x, j);
            } else {
                oldPairs = dropInto(i, x) + drop(x, order[i + 1]) + drop(order[j - 1], y) + dropOutOf(y, j);
                newPairs = dropInto(i, y) + drop(y, order[i + 1]) + drop(order[j - 1], x) + dropOutOf(x, j);
            }
            long newDescent = descent - oldPairs + newPairs;
            long newEnd = j == n - 1 ? problem.q[x] : end;
            if (newEnd < end || newEnd == end && newDescent > descent) {
                return false;
            }
            long newSwaps = swaps + (x < y ? 1 : -1);
            for (int p = i + 1; p < j; p++) {
                int z = order[p];
                newSwaps += (x < z ? 1 : -1) + (z < y ? 1 : -1);
            }
            if (!new Objective(newEnd, newDescent, newSwaps).betterThan(new Objective(end, descent, swaps))) {
                return false;
            }
            order[i] = y;
            order[j] = x;
            position[y] = i;
            position[x] = j;
            end = newEnd;
            descent = newDescent;
            swaps = newSwaps;
            return true;
        }

        /**
         * Insertion across pinned items: the items between shift to the neighbouring free slot,
         * jumping over pins, so each must still fit between its pinned predecessors and
         * successors, and the descent changes at every pin crossed. Evaluated without writing;
         * applied only when valid and better.
         */
        private boolean tryMove(int a, int b) {
            int x = order[slots[a]];
            int lo = slots[Math.min(a, b)];
            int hi = slots[Math.max(a, b)];
            int target = slots[b];
            if (a < b) {
                for (int su : problem.succs[x]) {
                    if (position[su] <= target) {
                        return false;
                    }
                }
            } else {
                for (int pr : problem.preds[x]) {
                    if (position[pr] >= target) {
                        return false;
                    }
                }
            }
            int step = a < b ? 1 : -1;
            for (int s = b; s != a; s -= step) {
                int y = order[slots[s]];
                int to = slots[s - step];
                if (to < earliest[y] || to > latest[y]) {
                    return false;
                }
            }
            long newDescent = descent;
            for (int p = Math.max(0, lo - 1); p <= Math.min(hi, n - 2); p++) {
                newDescent += drop(movedAt(p, a, b, x), movedAt(p + 1, a, b, x)) - drop(order[p], order[p + 1]);
            }
            long newEnd = hi == n - 1 ? problem.q[movedAt(n - 1, a, b, x)] : end;
            if (newEnd < end || newEnd == end && newDescent > descent) {
                return false;
            }
            long newSwaps = swaps;
            for (int s = Math.min(a, b); s <= Math.max(a, b); s++) {
                int y = order[slots[s]];
                if (y != x) {
                    newSwaps += (x < y) == (a < b) ? 1 : -1;
                }
            }
            for (int p = lo + 1; p < hi; p++) {
                if (slotOf[p] < 0) {
                    // A pinned item between: the shifted items do not pass it, x does.
                    int pinned = order[p];
                    newSwaps += (x < pinned) == (a < b) ? 1 : -1;
                }
            }
            // Shifted items that jump over a pinned item change sides with it too.
            for (int s = b; s != a; s -= step) {
                int y = order[slots[s]];
                int from = slots[s];
                int to = slots[s - step];
                for (int p = Math.min(from, to) + 1; p < Math.max(from, to); p++) {
                    int pinned = order[p];
                    boolean yWasBefore = from < p;
                    newSwaps += (y < pinned) == yWasBefore ? 1 : -1;
                }
            }
            if (!new Objective(newEnd, newDescent, newSwaps).betterThan(new Objective(end, descent, swaps))) {
                return false;
            }
            for (int s = a; s != b; s += step) {
                order[slots[s]] = order[slots[s + step]];
                position[order[slots[s]]] = slots[s];
            }
            order[target] = x;
            position[x] = target;
            end = newEnd;
            descent = newDescent;
            swaps = newSwaps;
            return true;
        }

        /** The item at position p after moving x from free slot a to free slot b (not applied). */
        private int movedAt(int p, int a, int b, int x) {
            int s = slotOf[p];
            if (s < 0 || s < Math.min(a, b) || s > Math.max(a, b)) {
                return order[p];
            }
            if (s == b) {
                return x;
            }
            return order[slots[a < b ? s + 1 : s - 1]];
        }

        /**
         * Every window of consecutive free slots re-ordered exactly, its neighbours fixed; a
         * window whose items (and neighbours) are as when it was last solved is skipped.
         */
        boolean windows() {
            int m = slots.length;
            boolean changed = false;
            int stride = Math.max(1, WINDOW / 2);
            for (int first = 0, w = 0; first < m; first += stride, w++) {
                int last = Math.min(m, first + WINDOW) - 1;
                if (last > first) {
                    int lo = Math.max(0, slots[first] - 1);
                    int hi = Math.min(n - 1, slots[last] + 1);
                    int[] now = Arrays.copyOfRange(order, lo, hi + 1);
                    if (w >= solved.size() || !Arrays.equals(solved.get(w), now)) {
                        changed |= window(slots[first], slots[last]);
                        now = Arrays.copyOfRange(order, lo, hi + 1);
                        if (w >= solved.size()) {
                            solved.add(now);
                        } else {
                            solved.set(w, now);
                        }
                    }
                }
                if (last == m - 1) {
                    break;
                }
            }
            return changed;
        }

        /**
         * Solves positions lo..hi exactly with the items outside fixed. The part is a problem of
         * its own: the items in the range (pinned ones pinned), the neighbour on each side pinned
         * at its end, and the rules among the range's items (rules with items outside hold
         * whatever the order inside). Numbered in the original order, so its swaps are the
         * pairs inside the range; pairs with items outside do not change.
         */
        private boolean window(int lo, int hi) {
            int left = lo > 0 ? 1 : 0;
            int right = hi < n - 1 ? 1 : 0;
            int size = hi - lo + 1 + left + right;
            int[] members = new int[size];
            for (int p = 0; p < size; p++) {
                members[p] = order[lo - left + p];
            }
            int[] byOriginal = members.clone();
            Arrays.sort(byOriginal);
            int[] local = new int[size];
            long[] q = new long[size];
            int[] pin = new int[size];
            for (int k = 0; k < size; k++) {
                q[k] = problem.q[byOriginal[k]];
            }
            for (int p = 0; p < size; p++) {
                int k = Arrays.binarySearch(byOriginal, members[p]);
                local[p] = k;
                boolean context = p < left || p >= size - right;
                pin[k] = context || problem.pin[members[p]] >= 0 ? p : -1;
            }
            int[][] preds = new int[size][];
            int[][] succs = new int[size][];
            for (int k = 0; k < size; k++) {
                int item = byOriginal[k];
                boolean context = position[item] < lo || position[item] > hi;
                preds[k] = context ? new int[0] : inside(problem.preds[item], lo, hi, byOriginal);
                succs[k] = context ? new int[0] : inside(problem.succs[item], lo, hi, byOriginal);
            }
            Problem part = new Problem(q, pin, preds, succs);
            int[] now = local;
            int[] best = ExactSequencer.solve(part);
            if (!part.evaluate(best).betterThan(part.evaluate(now))) {
                return false;
            }
            for (int p = 0; p < size; p++) {
                order[lo - left + p] = byOriginal[best[p]];
            }
            for (int p = lo; p <= hi; p++) {
                position[order[p]] = p;
            }
            end = problem.q[order[n - 1]];
            descent = problem.descent(order);
            swaps = Problem.inversions(order);
            return true;
        }

        private int[] inside(int[] neighbours, int lo, int hi, int[] byOriginal) {
            return Arrays.stream(neighbours)
                    .filter(other -> position[other] >= lo && position[other] <= hi)
                    .map(other -> Arrays.binarySearch(byOriginal, other))
                    .toArray();
        }
    }
}
