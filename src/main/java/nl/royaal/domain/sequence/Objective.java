package nl.royaal.domain.sequence;

/**
 * The sequencer's lexicographic objective for one order (PRODUCT.md §4), in exact integers:
 * (1) the end score, higher is better; (2) the total descent, lower is better; (3) the Kendall
 * tau distance to the current order, lower is better. Scores are counted in {@link
 * Problem#UNITS_PER_POINT} units, so "equal" means equal to within a billionth of a point and
 * every comparison is transitive.
 */
record Objective(long end, long descent, long swaps) implements Comparable<Objective> {

    /** Negative when this order is better than {@code other}. */
    @Override
    public int compareTo(Objective other) {
        if (end != other.end) {
            return end > other.end ? -1 : 1;
        }
        if (descent != other.descent) {
            return descent < other.descent ? -1 : 1;
        }
        return Long.compare(swaps, other.swaps);
    }

    boolean betterThan(Objective other) {
        return compareTo(other) < 0;
    }
}
