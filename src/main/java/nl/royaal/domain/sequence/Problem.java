package nl.royaal.domain.sequence;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.UUID;
import nl.royaal.domain.DomainException;

/**
 * A sequence compiled to primitive arrays for the algorithms, and the one place its rules are
 * checked. Items are numbered by their position in the current order, so the Kendall tau
 * distance of a new order to the current one is simply the number of inversions in the array of
 * item numbers.
 */
final class Problem {

    /** Scores are compared in billionths of a point: the epsilon of "equal scores". */
    static final double UNITS_PER_POINT = 1e9;

    static final String EMPTY = "sequence.error.empty";
    static final String DUPLICATE_ITEM = "sequence.error.duplicateItem";
    static final String PIN_OUTSIDE = "sequence.error.pinOutside";
    static final String PIN_COLLISION = "sequence.error.pinCollision";
    static final String UNKNOWN_ITEM = "sequence.error.unknownItem";
    static final String CYCLE = "sequence.error.cycle";
    static final String CONSTRAINT_VS_PIN = "sequence.error.constraintVsPin";

    final List<SequenceItem> items;
    final int n;
    /** Score of item i in {@link #UNITS_PER_POINT} units. */
    final long[] q;
    /** Position item i is pinned to, or -1. */
    final int[] pin;
    /** Items that must come before item i (direct rules only, no duplicates). */
    final int[][] preds;
    /** Items that must come after item i. */
    final int[][] succs;

    private Problem(List<SequenceItem> items, int[] pin, int[][] preds, int[][] succs) {
        this.items = items;
        this.n = items.size();
        this.pin = pin;
        this.preds = preds;
        this.succs = succs;
        this.q = new long[n];
        for (int i = 0; i < n; i++) {
            q[i] = units(items.get(i).score());
        }
    }

    /**
     * A part of a problem, for the heuristic's windows: scores in units, pins and rules as
     * arrays, no items. The caller guarantees it is valid.
     */
    Problem(long[] q, int[] pin, int[][] preds, int[][] succs) {
        this.items = List.of();
        this.n = q.length;
        this.q = q;
        this.pin = pin;
        this.preds = preds;
        this.succs = succs;
    }

    static long units(double score) {
        return Math.round(score * UNITS_PER_POINT);
    }

    static Problem of(Sequence sequence) {
        return of(sequence.items(), sequence.constraints());
    }

    /**
     * Checks every rule of a sequence, in the order a person would fix them, and compiles it.
     *
     * @throws DomainException with a {@code sequence.error.*} key
     */
    static Problem of(List<SequenceItem> items, List<Before> constraints) {
        int n = items.size();
        if (n == 0) {
            throw new DomainException(EMPTY);
        }
        Map<UUID, Integer> index = new HashMap<>();
        for (int i = 0; i < n; i++) {
            if (index.putIfAbsent(items.get(i).id(), i) != null) {
                throw new DomainException(DUPLICATE_ITEM, items.get(i).label());
            }
        }
        int[] pin = new int[n];
        int[] pinnedAt = new int[n];
        Arrays.fill(pinnedAt, -1);
        for (int i = 0; i < n; i++) {
            SequenceItem item = items.get(i);
            pin[i] = item.isPinned() ? item.pinned() : -1;
            if (!item.isPinned()) {
                continue;
            }
            if (pin[i] < 0 || pin[i] >= n) {
                throw new DomainException(PIN_OUTSIDE, item.label(), item.pinned() + 1, n);
            }
            if (pinnedAt[pin[i]] >= 0) {
                throw new DomainException(PIN_COLLISION, items.get(pinnedAt[pin[i]]).label(), item.label(), pin[i] + 1);
            }
            pinnedAt[pin[i]] = i;
        }
        List<int[]> edges = new ArrayList<>();
        for (Before rule : constraints) {
            Integer earlier = index.get(rule.earlier());
            Integer later = index.get(rule.later());
            if (earlier == null || later == null) {
                throw new DomainException(UNKNOWN_ITEM, (earlier == null ? rule.earlier() : rule.later()).toString());
            }
            edges.add(new int[] {earlier, later});
        }
        int[][][] graph = graph(n, edges);
        Problem problem = new Problem(items, pin, graph[0], graph[1]);
        problem.refuseCycles();
        if (!feasible(n, pin, problem.preds, problem.succs)) {
            problem.refuseConstraintAgainstPins(edges);
        }
        return problem;
    }

    /** {preds, succs} of the rules, each list without duplicates. */
    private static int[][][] graph(int n, List<int[]> edges) {
        List<LinkedHashSet<Integer>> before = new ArrayList<>();
        List<LinkedHashSet<Integer>> after = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            before.add(new LinkedHashSet<>());
            after.add(new LinkedHashSet<>());
        }
        for (int[] edge : edges) {
            after.get(edge[0]).add(edge[1]);
            before.get(edge[1]).add(edge[0]);
        }
        int[][] preds = new int[n][];
        int[][] succs = new int[n][];
        for (int i = 0; i < n; i++) {
            preds[i] = before.get(i).stream().mapToInt(Integer::intValue).toArray();
            succs[i] = after.get(i).stream().mapToInt(Integer::intValue).toArray();
        }
        return new int[][][] {preds, succs};
    }

    /** Kahn's algorithm; on a cycle, names the items on one cycle in rule order ("A → B → A"). */
    private void refuseCycles() {
        int[] topo = topologicalOrder(n, preds, succs);
        if (topo != null) {
            return;
        }
        // Items left over by Kahn's algorithm each have a left-over predecessor: walking back
        // along predecessors must return to an item already seen, closing a cycle.
        boolean[] open = leftOver(n, preds, succs);
        int start = 0;
        while (!open[start]) {
            start++;
        }
        int[] seenAt = new int[n];
        Arrays.fill(seenAt, -1);
        List<Integer> walk = new ArrayList<>();
        int current = start;
        while (seenAt[current] < 0) {
            seenAt[current] = walk.size();
            walk.add(current);
            int next = -1;
            for (int p : preds[current]) {
                if (open[p] && (next < 0 || p < next)) {
                    next = p;
                }
            }
            current = next;
        }
        List<Integer> cycle = new ArrayList<>(walk.subList(seenAt[current], walk.size()));
        Collections.reverse(cycle);
        StringJoiner labels = new StringJoiner(" \u2192 ");
        for (int item : cycle) {
            labels.add(items.get(item).label());
        }
        labels.add(items.get(cycle.getFirst()).label());
        throw new DomainException(CYCLE, labels.toString());
    }

    /** The first rule that, added to the ones before it, leaves no order that keeps every pin. */
    private void refuseConstraintAgainstPins(List<int[]> edges) {
        List<int[]> prefix = new ArrayList<>();
        for (int[] edge : edges) {
            prefix.add(edge);
            int[][][] graph = graph(n, prefix);
            if (!feasible(n, pin, graph[0], graph[1])) {
                throw new DomainException(CONSTRAINT_VS_PIN, items.get(edge[0]).label(), items.get(edge[1]).label());
            }
        }
        throw new IllegalStateException("infeasible without a rule to blame");
    }

    private static int[] topologicalOrder(int n, int[][] preds, int[][] succs) {
        int[] waiting = new int[n];
        int[] queue = new int[n];
        int head = 0;
        int tail = 0;
        for (int i = 0; i < n; i++) {
            waiting[i] = preds[i].length;
            if (waiting[i] == 0) {
                queue[tail++] = i;
            }
        }
        while (head < tail) {
            int v = queue[head++];
            for (int s : succs[v]) {
                if (--waiting[s] == 0) {
                    queue[tail++] = s;
                }
            }
        }
        return tail == n ? queue : null;
    }

    private static boolean[] leftOver(int n, int[][] preds, int[][] succs) {
        int[] waiting = new int[n];
        boolean[] open = new boolean[n];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int i = 0; i < n; i++) {
            waiting[i] = preds[i].length;
            open[i] = true;
            if (waiting[i] == 0) {
                queue.add(i);
            }
        }
        while (!queue.isEmpty()) {
            int v = queue.poll();
            open[v] = false;
            for (int s : succs[v]) {
                if (--waiting[s] == 0) {
                    queue.add(s);
                }
            }
        }
        return open;
    }

    /** Whether some order keeps these pins (item → position, or -1) and every rule. */
    boolean feasible(int[] pins) {
        return feasible(n, pins, preds, succs);
    }

    /**
     * Exact feasibility of unit-length items on positions 0..n-1 with fixed positions and
     * precedence rules (the rules must be acyclic). Each item gets a window [earliest, latest]:
     * a pin fixes it, and the rules push it (earliest after every predecessor's earliest, latest
     * before every successor's latest). Then the free positions are filled from left to right,
     * each with the released item whose window closes first (earliest deadline first). With unit
     * items this finds an order whenever one exists (exchange argument: a feasible order can be
     * swapped step by step into this one), and since every rule "a before b" leaves a strictly
     * earlier window for a, it also keeps the rules. O(n² + rules).
     */
    static boolean feasible(int n, int[] pins, int[][] preds, int[][] succs) {
        int[] topo = topologicalOrder(n, preds, succs);
        if (topo == null) {
            return false;
        }
        int[] earliest = new int[n];
        int[] latest = new int[n];
        for (int i = 0; i < n; i++) {
            earliest[i] = pins[i] >= 0 ? pins[i] : 0;
            latest[i] = pins[i] >= 0 ? pins[i] : n - 1;
        }
        for (int v : topo) {
            for (int s : succs[v]) {
                earliest[s] = Math.max(earliest[s], earliest[v] + 1);
            }
        }
        for (int t = n - 1; t >= 0; t--) {
            int v = topo[t];
            for (int p : preds[v]) {
                latest[p] = Math.min(latest[p], latest[v] - 1);
            }
        }
        boolean[] taken = new boolean[n];
        for (int i = 0; i < n; i++) {
            if (earliest[i] > latest[i]) {
                return false;
            }
            if (pins[i] >= 0) {
                taken[pins[i]] = true;
            }
        }
        boolean[] placed = new boolean[n];
        for (int position = 0; position < n; position++) {
            if (taken[position]) {
                continue;
            }
            int best = -1;
            for (int i = 0; i < n; i++) {
                if (pins[i] < 0 && !placed[i] && earliest[i] <= position && (best < 0 || latest[i] < latest[best])) {
                    best = i;
                }
            }
            if (best < 0 || latest[best] < position) {
                return false;
            }
            placed[best] = true;
        }
        return true;
    }

    /** Whether {@code order} (position → item) keeps every pin and every rule. */
    boolean respects(int[] order) {
        int[] position = positions(order);
        for (int i = 0; i < n; i++) {
            if (pin[i] >= 0 && position[i] != pin[i]) {
                return false;
            }
            for (int s : succs[i]) {
                if (position[s] <= position[i]) {
                    return false;
                }
            }
        }
        return true;
    }

    static int[] positions(int[] order) {
        int[] position = new int[order.length];
        for (int p = 0; p < order.length; p++) {
            position[order[p]] = p;
        }
        return position;
    }

    /** The identity order: the current one. */
    int[] currentOrder() {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        return order;
    }

    int movableCount() {
        int count = 0;
        for (int p : pin) {
            if (p < 0) {
                count++;
            }
        }
        return count;
    }

    Objective evaluate(int[] order) {
        return new Objective(q[order[n - 1]], descent(order), inversions(order));
    }

    long descent(int[] order) {
        long total = 0;
        for (int p = 0; p + 1 < n; p++) {
            long drop = q[order[p]] - q[order[p + 1]];
            if (drop > 0) {
                total += drop;
            }
        }
        return total;
    }

    /** Kendall tau distance to the current order: pairs in the other order than now. */
    static long inversions(int[] order) {
        long count = 0;
        for (int a = 0; a < order.length; a++) {
            for (int b = a + 1; b < order.length; b++) {
                if (order[a] > order[b]) {
                    count++;
                }
            }
        }
        return count;
    }

    /** The highest score of any item, in units. */
    long peak() {
        long max = Long.MIN_VALUE;
        for (long value : q) {
            max = Math.max(max, value);
        }
        return max;
    }
}
