package nl.royaal.domain.sequence;

import java.util.Arrays;

/**
 * The exact sequencer: a dynamic programme over subsets of the movable items (Held–Karp style).
 *
 * <p>The free (unpinned) positions are filled from left to right. A state is (S, j): the set S
 * of movable items in the first |S| free positions, with j in the last of them. Its value is the
 * lexicographically least (descent, swaps) over all ways to get there. Both parts add up step by
 * step when item b goes into free position k = |S| after state (S, j):
 * <ul>
 *   <li>descent: max(0, x_j − x_b) when free position k−1 is directly before k, plus the drops to
 *       and from pinned neighbours of position k (these depend on b and k only);</li>
 *   <li>swaps (Kendall tau distance to the current order): every pair is counted once, when its
 *       later-placed item is placed. Placing b after S inverts b with each item of S that now
 *       stands after b, i.e. |S ∩ later(b)| where later(b) are the movable items after b in the
 *       current order; and b with each pinned item p on the "wrong side" (p before b now but after
 *       b's new position, or the other way round), which again depends on b and k only.</li>
 * </ul>
 * The end (the score at the last position) is either pinned or the j of the full state, so the
 * final choice maximises the end first and then takes the least (descent, swaps). Pairs among
 * pinned items and drops between pinned neighbours are the same for every order and are left
 * out. The (descent, swaps) pair is packed in one {@code long} (descent · W + swaps with W above
 * the largest possible swap count), so comparing two is one comparison.
 *
 * <p>Time O(2^m · m²), memory 2^m · m longs for m movable items: 8 MB at m = 16.
 */
final class ExactSequencer {

    private static final long UNREACHED = Long.MAX_VALUE;

    private ExactSequencer() {
    }

    /** Whether the packed (descent, swaps) values of this problem fit a {@code long}. */
    static boolean fits(Problem problem) {
        long n = problem.n;
        long weight = swapWeight(problem.n);
        long maxDescent = (long) Math.ceil((SequenceItem.MAX_SCORE - SequenceItem.MIN_SCORE) * Problem.UNITS_PER_POINT) * (n - 1) + 1;
        return maxDescent < Long.MAX_VALUE / 4 / weight;
    }

    private static long swapWeight(int n) {
        long maxSwaps = (long) n * (n - 1) / 2;
        return Long.highestOneBit(maxSwaps + 1) << 1;
    }

    /** The best order (position → item) of a valid problem. */
    static int[] solve(Problem problem) {
        int n = problem.n;
        long[] q = problem.q;
        int[] pin = problem.pin;
        int[] pinnedAt = new int[n];
        Arrays.fill(pinnedAt, -1);
        for (int i = 0; i < n; i++) {
            if (pin[i] >= 0) {
                pinnedAt[pin[i]] = i;
            }
        }
        int m = problem.movableCount();
        int[] slot = new int[m];
        int[] item = new int[m];
        int[] local = new int[n];
        Arrays.fill(local, -1);
        for (int p = 0, k = 0; p < n; p++) {
            if (pinnedAt[p] < 0) {
                slot[k++] = p;
            }
        }
        for (int i = 0, a = 0; i < n; i++) {
            if (pin[i] < 0) {
                local[i] = a;
                item[a++] = i;
            }
        }
        int[] order = new int[n];
        for (int p = 0; p < n; p++) {
            order[p] = pinnedAt[p];
        }
        if (m == 0) {
            return order;
        }
        long weight = swapWeight(n);

        // Per movable item: its movable predecessors, the free positions its pinned rules allow,
        // and the items after it in the current order.
        int full = (1 << m) - 1;
        int[] predMask = new int[m];
        int[] allowedSlots = new int[m];
        int[] later = new int[m];
        for (int a = 0; a < m; a++) {
            int i = item[a];
            int lo = 0;
            int hi = n - 1;
            for (int pr : problem.preds[i]) {
                if (pin[pr] >= 0) {
                    lo = Math.max(lo, pin[pr] + 1);
                } else {
                    predMask[a] |= 1 << local[pr];
                }
            }
            for (int su : problem.succs[i]) {
                if (pin[su] >= 0) {
                    hi = Math.min(hi, pin[su] - 1);
                }
            }
            for (int k = 0; k < m; k++) {
                if (slot[k] >= lo && slot[k] <= hi) {
                    allowedSlots[a] |= 1 << k;
                }
            }
            later[a] = full & ~((1 << (a + 1)) - 1);
        }
        // Cost of item a in free position k that does not depend on its free neighbour.
        long[] base = new long[m * m];
        for (int a = 0; a < m; a++) {
            int i = item[a];
            for (int k = 0; k < m; k++) {
                int position = slot[k];
                long descent = 0;
                if (position > 0 && pinnedAt[position - 1] >= 0) {
                    descent += Math.max(0, q[pinnedAt[position - 1]] - q[i]);
                }
                if (position + 1 < n && pinnedAt[position + 1] >= 0) {
                    descent += Math.max(0, q[i] - q[pinnedAt[position + 1]]);
                }
                long swaps = 0;
                for (int p = 0; p < n; p++) {
                    if (pin[p] >= 0 && (p < i) != (pin[p] < position)) {
                        swaps++;
                    }
                }
                base[a * m + k] = descent * weight + swaps;
            }
        }
        boolean[] adjacent = new boolean[m];
        for (int k = 1; k < m; k++) {
            adjacent[k] = slot[k - 1] == slot[k] - 1;
        }
        long[] drop = new long[m * m];
        for (int a = 0; a < m; a++) {
            for (int b = 0; b < m; b++) {
                drop[a * m + b] = Math.max(0, q[item[a]] - q[item[b]]) * weight;
            }
        }

        long[] best = new long[(full + 1) * m];
        Arrays.fill(best, UNREACHED);
        for (int a = 0; a < m; a++) {
            if (predMask[a] == 0 && (allowedSlots[a] & 1) != 0) {
                best[(1 << a) * m + a] = base[a * m];
            }
        }
        for (int set = 1; set < full; set++) {
            int row = set * m;
            long cheapest = UNREACHED;
            for (int rest = set; rest != 0; rest &= rest - 1) {
                cheapest = Math.min(cheapest, best[row + Integer.numberOfTrailingZeros(rest)]);
            }
            if (cheapest == UNREACHED) {
                continue;
            }
            int k = Integer.bitCount(set);
            boolean afterFree = adjacent[k];
            for (int open = full & ~set; open != 0; open &= open - 1) {
                int b = Integer.numberOfTrailingZeros(open);
                if ((predMask[b] & ~set) != 0 || (allowedSlots[b] >>> k & 1) == 0) {
                    continue;
                }
                long step = base[b * m + k] + Integer.bitCount(set & later[b]);
                int target = (set | 1 << b) * m + b;
                long value = best[target];
                if (afterFree) {
                    for (int rest = set; rest != 0; rest &= rest - 1) {
                        int j = Integer.numberOfTrailingZeros(rest);
                        long before = best[row + j];
                        if (before != UNREACHED) {
                            value = Math.min(value, before + step + drop[j * m + b]);
                        }
                    }
                } else {
                    value = Math.min(value, cheapest + step);
                }
                best[target] = value;
            }
        }

        // The end first, then the least (descent, swaps); lowest item number on a full tie.
        boolean endIsFree = slot[m - 1] == n - 1;
        int last = -1;
        for (int j = 0; j < m; j++) {
            long value = best[full * m + j];
            if (value == UNREACHED) {
                continue;
            }
            if (last < 0) {
                last = j;
                continue;
            }
            long endJ = endIsFree ? q[item[j]] : 0;
            long endLast = endIsFree ? q[item[last]] : 0;
            if (endJ > endLast || endJ == endLast && value < best[full * m + last]) {
                last = j;
            }
        }
        if (last < 0) {
            throw new IllegalStateException("no order keeps the rules; Sequence should have refused this");
        }

        // Walk back: the predecessor state is one whose value plus this step gives this value.
        int set = full;
        for (int k = m - 1; ; k--) {
            order[slot[k]] = item[last];
            if (k == 0) {
                break;
            }
            int previous = set & ~(1 << last);
            long value = best[set * m + last];
            long step = base[last * m + k] + Integer.bitCount(previous & later[last]);
            int found = -1;
            for (int rest = previous; rest != 0 && found < 0; rest &= rest - 1) {
                int j = Integer.numberOfTrailingZeros(rest);
                long before = best[previous * m + j];
                if (before != UNREACHED && before + step + (adjacent[k] ? drop[j * m + last] : 0) == value) {
                    found = j;
                }
            }
            set = previous;
            last = found;
        }
        return order;
    }
}
