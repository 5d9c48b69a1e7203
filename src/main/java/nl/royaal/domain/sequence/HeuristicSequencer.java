package nl.royaal.domain.sequence;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The sequencer beyond the exact limit: the same objective, found by construction plus local
 * search (docs/models.md has the measured distance from exact).
 *
 * <p>Criterion (1), the end, is exact: items are tried as the last one from the highest score
 * down with the exact feasibility check ({@link Problem#feasible}); the first that fits is
 * reserved for the last position (among equal scores the one with the most items that must come
 * before it, then the latest in the current order). Criteria (2) descent and (3) swaps are
 * approximated:
 * <ol>
 *   <li>Construction: fill the free positions from left to right with the lowest-scoring item
 *       that may stand there (equal scores in their current order), as long as the rest can still
 *       be completed keeping every pin and rule.</li>
 *   <li>Improvement in two phases, first for end and descent only, then for the full objective
 *       (saving a swap early can wall in an item that a later move must pass). Each phase repeats
 *       until nothing helps:
 *       <ul>
 *         <li>moves, first improvement: one item moved to another free position (the items between
 *             shift; pinned items stay) or two items exchanged;</li>
 *         <li>block moves (phase 1): 2 to {@value #MAX_BLOCK} items in consecutive free positions
 *             moved together, as a run of equal scores often must;</li>
 *         <li>exact groups: runs of {@value #WINDOW} consecutive free positions (overlapping by
 *             half), then bands of {@value #WINDOW} items with neighbouring scores wherever they
 *             stand, each re-ordered exactly by {@link ExactSequencer} with everything else
 *             pinned; a group whose items, places and neighbours did not change is skipped.</li>
 *       </ul></li>
 *   <li>The current order itself when it keeps the rules and the result is not strictly
 *       better.</li>
 * </ol>
 * Every change keeps all pins and rules and is taken only when it improves the objective
 * lexicographically; its effect is computed from the pairs it changes, without copying the order.
 * The move neighbourhood contains every adjacent swap.
 */
final class HeuristicSequencer {

    /** Items per exact group: 2^10 · 10 states, a fraction of a millisecond each. */
    static final int WINDOW = 10;
    /** The longest block a block move carries. */
    static final int MAX_BLOCK = 4;
    private static final int MAX_ROUNDS = 50;

    private HeuristicSequencer() {
    }

    static int[] solve(Problem problem) {
        return solve(problem, WINDOW);
    }

    /** With another window size (2 or more), for measuring the heuristic when windows are small. */
    static int[] solve(Problem problem, int window) {
        int[] pins = problem.pin.clone();
        int end = bestEnd(problem);
        if (end >= 0) {
            pins[end] = problem.n - 1;
        }
        int[] order = improve(problem, greedy(problem, pins), window);
        int[] current = problem.currentOrder();
        if (problem.respects(current) && !problem.evaluate(order).betterThan(problem.evaluate(current))) {
            return current;
        }
        return order;
    }

    /**
     * The movable item with the highest score that can stand last in an order keeping every rule;
     * -1 when the last position is pinned. Among equal scores, the one with the most items that
     * must come before it (directly or through other rules): standing last, it holds none of
     * them back. Then the latest in the current order.
     */
    static int bestEnd(Problem problem) {
        int n = problem.n;
        for (int i = 0; i < n; i++) {
            if (problem.pin[i] == n - 1) {
                return -1;
            }
        }
        int[] ancestors = new int[n];
        for (int i = 0; i < n; i++) {
            ancestors[i] = ancestorCount(problem, i);
        }
        Integer[] byEnd = new Integer[n];
        for (int i = 0; i < n; i++) {
            byEnd[i] = i;
        }
        Arrays.sort(byEnd, Comparator.<Integer>comparingLong(i -> -problem.q[i])
                .thenComparingInt(i -> -ancestors[i])
                .thenComparingInt(i -> -i));
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

    private static int ancestorCount(Problem problem, int item) {
        boolean[] seen = new boolean[problem.n];
        ArrayDeque<Integer> todo = new ArrayDeque<>();
        todo.add(item);
        int count = 0;
        while (!todo.isEmpty()) {
            for (int pr : problem.preds[todo.poll()]) {
                if (!seen[pr]) {
                    seen[pr] = true;
                    count++;
                    todo.add(pr);
                }
            }
        }
        return count;
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

    static int[] improve(Problem problem, int[] start, int window) {
        Search search = new Search(problem, start, window);
        search.countSwaps(false);
        rounds(search);
        search.countSwaps(true);
        rounds(search);
        return search.order();
    }

    /** Cheap moves, then block moves, then exact groups, until none helps (or MAX_ROUNDS). */
    private static void rounds(Search search) {
        for (int round = 0; round < MAX_ROUNDS; round++) {
            while (search.moves()) {
                // cheap moves first, until none helps
            }
            if (!search.countSwaps && search.blockMoves()) {
                continue;
            }
            if (!search.windows()) {
                break;
            }
        }
    }

    /**
     * A group as it stood when last solved exactly, and whether the solution only saved swaps
     * (not taken in phase 1, worth taking in phase 2).
     */
    private record Solved(int[] key, boolean fewerSwaps) {
    }

    /** One order under improvement, with its positions and objective kept up to date. */
    static final class Search {

        private final Problem problem;
        private final int n;
        private final int window;
        /** The free (unpinned) positions, left to right. */
        private final int[] slots;
        /** Free slot index of each position, -1 for a pinned position. */
        private final int[] slotOf;
        /** Per item, the positions its pinned predecessors and successors leave it. */
        private final int[] earliest;
        private final int[] latest;
        /** The movable items from the lowest score up (equal scores in their current order). */
        private final int[] byScore;
        /** Per group of {@link #windows()}: how it stood when last solved. */
        private final List<Solved> solved = new ArrayList<>();
        /** Scratch space for block moves. */
        private final int[] saved;
        private final int[] moved;

        /** The order under improvement (position → item), its inverse and its objective. */
        private final int[] order;
        private final int[] position;
        private long end;
        private long descent;
        private long swaps;
        private boolean countSwaps = true;

        Search(Problem problem, int[] start) {
            this(problem, start, WINDOW);
        }

        Search(Problem problem, int[] start, int window) {
            this.window = window;
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
            saved = new int[slots.length];
            moved = new int[slots.length];
            byScore = IntStream.range(0, n)
                    .filter(i -> problem.pin[i] < 0)
                    .boxed()
                    .sorted(Comparator.<Integer>comparingLong(i -> problem.q[i]).thenComparingInt(i -> i))
                    .mapToInt(Integer::intValue)
                    .toArray();
        }

        int[] order() {
            return order.clone();
        }

        /** The objective as tracked move by move (a test compares it with a fresh evaluation). */
        Objective objective() {
            return new Objective(end, descent, swaps);
        }

        /**
         * Phase 1 ({@code countSwaps} false) accepts only a better end or descent; phase 2 the
         * full objective. Swapping equal scores to save a swap early can wall in an item that
         * a later move needs to pass (an equal score that must stay behind it), so the swaps wait.
         */
        void countSwaps(boolean count) {
            countSwaps = count;
        }

        private boolean improves(long newEnd, long newDescent, long newSwaps) {
            if (newEnd != end) {
                return newEnd > end;
            }
            if (newDescent != descent) {
                return newDescent < descent;
            }
            return countSwaps && newSwaps < swaps;
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

        /**
         * Blocks of 2 to {@value #MAX_BLOCK} items in consecutive free slots moved to another
         * place (Or-opt): a run of equal scores often has to move as a whole, since moving one
         * of its items alone changes nothing for the better.
         */
        boolean blockMoves() {
            boolean changed = false;
            int m = slots.length;
            for (int length = 2; length <= MAX_BLOCK; length++) {
                for (int a = 0; a + length <= m; a++) {
                    for (int t = 0; t + length <= m; t++) {
                        if (t != a) {
                            int first = Math.min(a, t);
                            int last = Math.max(a, t) + length - 1;
                            boolean contiguous = slots[last] - slots[first] == last - first;
                            changed |= contiguous ? tryShiftBlock(slots[a], length, slots[t]) : tryBlock(a, length, t);
                        }
                    }
                }
            }
            return changed;
        }

        /**
         * Moves the block at positions from..from+length-1 to start at position to, with no
         * pinned item in the way: three neighbour pairs change, as in {@link #tryShift}.
         */
        private boolean tryShiftBlock(int from, int length, int to) {
            int blockFirst = order[from];
            int blockLast = order[from + length - 1];
            boolean forward = to > from;
            int midLo = forward ? from + length : to;
            int midHi = forward ? to + length - 1 : from - 1;
            for (int p = from; p < from + length; p++) {
                for (int other : forward ? problem.succs[order[p]] : problem.preds[order[p]]) {
                    if (position[other] >= midLo && position[other] <= midHi) {
                        return false;
                    }
                }
            }
            int midFirst = order[midLo];
            int midLast = order[midHi];
            int lo = Math.min(from, to);
            int hi = Math.max(from, to) + length - 1;
            long newDescent;
            long newEnd;
            if (forward) {
                newDescent = descent - dropInto(lo, blockFirst) - drop(blockLast, midFirst) - dropOutOf(midLast, hi)
                        + dropInto(lo, midFirst) + drop(midLast, blockFirst) + dropOutOf(blockLast, hi);
                newEnd = hi == n - 1 ? problem.q[blockLast] : end;
            } else {
                newDescent = descent - dropInto(lo, midFirst) - drop(midLast, blockFirst) - dropOutOf(blockLast, hi)
                        + dropInto(lo, blockFirst) + drop(blockLast, midFirst) + dropOutOf(midLast, hi);
                newEnd = hi == n - 1 ? problem.q[midLast] : end;
            }
            if (newEnd < end || newEnd == end && newDescent > descent) {
                return false;
            }
            long newSwaps = swaps;
            for (int p = from; p < from + length; p++) {
                int x = order[p];
                for (int r = midLo; r <= midHi; r++) {
                    newSwaps += (x < order[r]) == forward ? 1 : -1;
                }
            }
            if (!improves(newEnd, newDescent, newSwaps)) {
                return false;
            }
            int count = hi - lo + 1;
            for (int k = 0; k < count; k++) {
                saved[k] = order[lo + k];
            }
            int shift = forward ? length : count - length;
            for (int k = 0; k < count; k++) {
                order[lo + k] = saved[(k + shift) % count];
                position[order[lo + k]] = lo + k;
            }
            end = newEnd;
            descent = newDescent;
            swaps = newSwaps;
            return true;
        }

        /** Moves the items of free slots a..a+length-1 to start at free slot t; the rest shift. */
        private boolean tryBlock(int a, int length, int t) {
            int first = Math.min(a, t);
            int last = Math.max(a, t) + length - 1;
            int lo = slots[first];
            int hi = slots[last];
            boolean forward = t > a;
            // The block passes everything between: no rule may tie it to what it passes.
            int passLo = forward ? slots[a + length - 1] + 1 : lo;
            int passHi = forward ? hi : slots[a] - 1;
            for (int s = a; s < a + length; s++) {
                for (int other : forward ? problem.succs[order[slots[s]]] : problem.preds[order[slots[s]]]) {
                    if (position[other] >= passLo && position[other] <= passHi) {
                        return false;
                    }
                }
            }
            int count = last - first + 1;
            for (int s = first; s <= last; s++) {
                saved[s - first] = order[slots[s]];
            }
            int shift = forward ? length : count - length;
            System.arraycopy(saved, shift, moved, 0, count - shift);
            System.arraycopy(saved, 0, moved, count - shift, shift);
            for (int k = 0; k < count; k++) {
                int to = slots[first + k];
                // The items between jump over pinned ones: their pinned rules must still hold.
                if (to < earliest[moved[k]] || to > latest[moved[k]]) {
                    return false;
                }
            }
            long newDescent = descent;
            for (int p = Math.max(0, lo - 1); p <= Math.min(hi, n - 2); p++) {
                newDescent += drop(blockAt(p, first, last), blockAt(p + 1, first, last)) - drop(order[p], order[p + 1]);
            }
            long newEnd = hi == n - 1 ? problem.q[blockAt(n - 1, first, last)] : end;
            if (newEnd < end || newEnd == end && newDescent > descent) {
                return false;
            }
            long newSwaps = swaps;
            for (int p = lo; p <= hi; p++) {
                for (int r = p + 1; r <= hi; r++) {
                    newSwaps += (blockAt(p, first, last) > blockAt(r, first, last) ? 1 : 0) - (order[p] > order[r] ? 1 : 0);
                }
            }
            if (!improves(newEnd, newDescent, newSwaps)) {
                return false;
            }
            write(first, moved, count);
            end = newEnd;
            descent = newDescent;
            swaps = newSwaps;
            return true;
        }

        /** The item at position p once {@code moved} fills free slots first..last (not applied). */
        private int blockAt(int p, int first, int last) {
            int s = slotOf[p];
            return s < first || s > last ? order[p] : moved[s - first];
        }

        /** Puts {@code items} into the free slots from {@code first} on, keeping positions in step. */
        private void write(int first, int[] items, int count) {
            for (int k = 0; k < count; k++) {
                int p = slots[first + k];
                order[p] = items[k];
                position[items[k]] = p;
            }
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
            if (!improves(newEnd, newDescent, newSwaps)) {
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
            if (!improves(newEnd, newDescent, newSwaps)) {
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
            if (!improves(newEnd, newDescent, newSwaps)) {
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
         * Exact re-ordering of groups of at most {@code window} movable items, everything else
         * fixed: first runs of consecutive free positions (overlapping by half), then bands of
         * items with neighbouring scores (overlapping by half), which may lie anywhere in the
         * sequence. A group whose items, places and neighbours are as when it was last solved is
         * skipped.
         */
        boolean windows() {
            int m = slots.length;
            int stride = Math.max(1, window / 2);
            boolean changed = false;
            int group = 0;
            for (int first = 0; first < m; first += stride) {
                int last = Math.min(m, first + window) - 1;
                if (last > first) {
                    int[] items = new int[last - first + 1];
                    for (int s = first; s <= last; s++) {
                        items[s - first] = order[slots[s]];
                    }
                    changed |= reoptimize(group++, items);
                }
                if (last == m - 1) {
                    break;
                }
            }
            for (int first = 0; first < m; first += stride) {
                int last = Math.min(m, first + window) - 1;
                if (last > first) {
                    changed |= reoptimize(group++, Arrays.copyOfRange(byScore, first, last + 1));
                }
                if (last == m - 1) {
                    break;
                }
            }
            return changed;
        }

        /**
         * Re-orders {@code items} exactly among the positions they hold, every other item pinned
         * where it stands: the same problem with more pins, solved by {@link ExactSequencer}
         * with the full objective (the pinned items' pairs and drops are constants there).
         */
        private boolean reoptimize(int group, int[] items) {
            while (solved.size() <= group) {
                solved.add(null);
            }
            Solved last = solved.get(group);
            int[] key = key(items);
            if (last != null && Arrays.equals(last.key(), key) && !(countSwaps && last.fewerSwaps())) {
                return false;
            }
            int[] pins = position.clone();
            for (int item : items) {
                pins[item] = -1;
            }
            Problem part = new Problem(problem.q, pins, problem.preds, problem.succs);
            int[] best = ExactSequencer.solve(part);
            Objective found = part.evaluate(best);
            if (!improves(found.end(), found.descent(), found.swaps())) {
                boolean fewerSwaps = found.end() == end && found.descent() == descent && found.swaps() < swaps;
                solved.set(group, new Solved(key, fewerSwaps));
                return false;
            }
            System.arraycopy(best, 0, order, 0, n);
            for (int p = 0; p < n; p++) {
                position[order[p]] = p;
            }
            end = found.end();
            descent = found.descent();
            swaps = found.swaps();
            solved.set(group, new Solved(key(items), false));
            return true;
        }

        /** What a group's exact solution depends on: its items, their places and neighbours. */
        private int[] key(int[] items) {
            int[] key = new int[items.length * 4];
            for (int k = 0; k < items.length; k++) {
                int p = position[items[k]];
                key[4 * k] = items[k];
                key[4 * k + 1] = p;
                key[4 * k + 2] = p > 0 ? order[p - 1] : -1;
                key[4 * k + 3] = p < n - 1 ? order[p + 1] : -1;
            }
            return key;
        }
    }
}
