package nl.royaal.domain.sequence;

import java.util.List;
import java.util.Objects;

/**
 * The sequencer's answer for one sequence.
 *
 * @param current         the sequence as it was given
 * @param suggested       the same items, pins and rules in the suggested order
 * @param before          measures of the current order
 * @param after           measures of the suggested order
 * @param swaps           Kendall tau distance between the two orders: how many pairs changed places
 * @param moves           a reason for every item that moves, every pinned item and every
 *                        "before" rule that keeps a higher score in front of a lower one, in the
 *                        suggested order
 * @param advice          advice about the whole sequence ({@link Advice#UNCHANGED}, {@link
 *                        Advice#NO_PEAK_END}, {@link Advice#ADD_CLOSING_PEAK})
 * @param peakEndPossible whether the suggested order ends on the highest score of all items; when
 *                        false no order keeping the pins and rules can, and the advice says so
 * @param exact           whether the order is proven optimal (dynamic programme) rather than
 *                        found by the heuristic
 */
public record Suggestion(
        Sequence current,
        Sequence suggested,
        SequenceMeasures before,
        SequenceMeasures after,
        long swaps,
        List<Move> moves,
        List<Advice> advice,
        boolean peakEndPossible,
        boolean exact) {

    public Suggestion {
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(suggested, "suggested");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        moves = List.copyOf(moves);
        advice = List.copyOf(advice);
    }

    /** True when the current order is already optimal: the suggestion is the same order. */
    public boolean unchanged() {
        return swaps == 0;
    }

    /** The suggested order. */
    public List<SequenceItem> order() {
        return suggested.items();
    }
}
