package nl.royaal.domain.sequence;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Suggests the order of a sequence that people will remember best (PRODUCT.md §1 "Peak-end",
 * §4): lexicographically (1) the highest possible score at the end, (2) the smallest total
 * descent, (3) the fewest pairs changed with respect to the current order (Kendall tau distance),
 * so equal scores keep their current relative order. Every pin and every "before" rule holds.
 *
 * <p>Exact (dynamic programme over subsets, {@link ExactSequencer}) up to {@link
 * #DEFAULT_EXACT_LIMIT} movable items; beyond that a heuristic ({@link HeuristicSequencer}) that
 * is still exact on the end. Scores are compared to a billionth of a point ({@link
 * SequenceMeasures#EPSILON}). Stateless and thread-safe.
 */
public final class Sequencer {

    /** Movable items up to which the suggestion is exact (about 10 ms and 8 MB at 16). */
    public static final int DEFAULT_EXACT_LIMIT = 16;
    /** The largest exact limit allowed: memory grows as 2^m · m longs (38 MB at 18). */
    public static final int MAX_EXACT_LIMIT = 18;
    /** Heuristic re-runs on its own result until it keeps it, so a suggestion is stable. */
    private static final int STABILITY_ROUNDS = 4;

    private final int exactLimit;
    private final List<MemoryModel> models;

    /** Exact up to 16 movable items, measured with the default memory models. */
    public Sequencer() {
        this(DEFAULT_EXACT_LIMIT, MemoryModel.defaults());
    }

    /**
     * @param exactLimit the most movable items solved exactly (0 = always the heuristic), at most
     *                   {@link #MAX_EXACT_LIMIT}
     * @param models     the memory models the measures report
     */
    public Sequencer(int exactLimit, List<MemoryModel> models) {
        if (exactLimit < 0 || exactLimit > MAX_EXACT_LIMIT) {
            throw new IllegalArgumentException("exact limit must be 0.." + MAX_EXACT_LIMIT + ": " + exactLimit);
        }
        this.exactLimit = exactLimit;
        this.models = List.copyOf(models);
    }

    /** A sequencer that is exact up to {@code exactLimit} movable items (0: always heuristic). */
    public static Sequencer withExactLimit(int exactLimit) {
        return new Sequencer(exactLimit, MemoryModel.defaults());
    }

    public int exactLimit() {
        return exactLimit;
    }

    /** The suggested order for {@code current}, with measures, reasons and advice. */
    public Suggestion suggest(Sequence current) {
        Problem problem = Problem.of(current);
        boolean exact = problem.movableCount() <= exactLimit && ExactSequencer.fits(problem);
        int[] order = exact ? ExactSequencer.solve(problem) : stableHeuristic(current, problem);
        Sequence suggested = current.inOrder(ids(problem, order));
        boolean peakEnd = problem.q[order[problem.n - 1]] >= problem.peak();
        SequenceMeasures before = SequenceMeasures.of(current.scores(), models);
        SequenceMeasures after = SequenceMeasures.of(suggested.scores(), models);
        long swaps = Problem.inversions(order);
        return new Suggestion(current, suggested, before, after, swaps, moves(problem, order, peakEnd),
                advice(problem, order, swaps, peakEnd), peakEnd, exact);
    }

    /**
     * The heuristic, run again on its own result until it keeps it. A re-run only changes an
     * order when it finds a strictly better end or descent (the order itself is a start with zero
     * swaps), so every round improves the objective and sequencing a suggestion again leaves it
     * unchanged.
     */
    private static int[] stableHeuristic(Sequence current, Problem problem) {
        int[] order = HeuristicSequencer.solve(problem);
        for (int round = 0; round < STABILITY_ROUNDS; round++) {
            Problem again = Problem.of(current.inOrder(ids(problem, order)));
            int[] next = HeuristicSequencer.solve(again);
            if (Problem.inversions(next) == 0) {
                break;
            }
            int[] composed = new int[order.length];
            for (int p = 0; p < order.length; p++) {
                composed[p] = order[next[p]];
            }
            order = composed;
        }
        return order;
    }

    private static List<UUID> ids(Problem problem, int[] order) {
        List<UUID> ids = new ArrayList<>(order.length);
        for (int item : order) {
            ids.add(problem.items.get(item).id());
        }
        return ids;
    }

    private static List<Move> moves(Problem problem, int[] order, boolean peakEnd) {
        List<Move> moves = new ArrayList<>();
        int n = problem.n;
        for (int to = 0; to < n; to++) {
            int from = order[to];
            SequenceItem item = problem.items.get(from);
            if (item.isPinned()) {
                moves.add(new Move(item.id(), from, to, Move.PINNED, List.of(item.label(), to + 1)));
            } else if (from != to && to == n - 1) {
                moves.add(new Move(item.id(), from, to, peakEnd ? Move.MOVED_TO_END : Move.BEST_POSSIBLE_END,
                        List.of(item.label(), item.score())));
            } else if (from != to) {
                moves.add(new Move(item.id(), from, to, moveKey(problem, order, to),
                        List.of(item.label(), item.score(), to + 1)));
            }
            for (int later : problem.succs[from]) {
                if (problem.q[from] > problem.q[later]) {
                    moves.add(new Move(item.id(), from, to, Move.CONSTRAINT,
                            List.of(item.label(), problem.items.get(later).label())));
                }
            }
        }
        return moves;
    }

    /**
     * Forward past a higher score: "the weaker part is over sooner"; back behind a lower score:
     * "lower first, each step better"; otherwise the neutral reason.
     */
    private static String moveKey(Problem problem, int[] order, int to) {
        int item = order[to];
        boolean forward = to < item;
        for (int p = 0; p < order.length; p++) {
            int other = order[p];
            if (forward && p > to && other < item && problem.q[other] > problem.q[item]) {
                return Move.MOVED_EARLIER;
            }
            if (!forward && p < to && other > item && problem.q[other] < problem.q[item]) {
                return Move.MOVED_LATER;
            }
        }
        return Move.MOVED;
    }

    private static List<Advice> advice(Problem problem, int[] order, long swaps, boolean peakEnd) {
        List<Advice> advice = new ArrayList<>();
        if (swaps == 0) {
            advice.add(Advice.of(Advice.UNCHANGED));
        }
        if (!peakEnd) {
            SequenceItem end = problem.items.get(order[problem.n - 1]);
            SequenceItem peak = problem.items.get(firstPeak(problem));
            advice.add(Advice.of(Advice.NO_PEAK_END, peak.label(), peak.score(), end.label(), end.score()));
            advice.add(Advice.of(Advice.ADD_CLOSING_PEAK, end.label()));
        }
        return advice;
    }

    private static int firstPeak(Problem problem) {
        long peak = problem.peak();
        int i = 0;
        while (problem.q[i] != peak) {
            i++;
        }
        return i;
    }
}
