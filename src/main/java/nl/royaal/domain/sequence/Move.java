package nl.royaal.domain.sequence;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Why the suggestion puts one item where it does: a message key and its arguments, for the
 * screen to translate ({@code i18n.t(move.messageKey(), move.args())}). Labels are strings,
 * scores doubles and positions 1-based integers in the arguments.
 *
 * @param itemId the item the reason is about
 * @param from   its 0-based position in the current order
 * @param to     its 0-based position in the suggested order
 */
public record Move(UUID itemId, int from, int to, String messageKey, List<Object> arguments) {

    /** Args: label, score. The item goes to the end and has the highest score of all. */
    public static final String MOVED_TO_END = "sequence.reason.movedToEnd";
    /** Args: label, score. The item goes to the end: the best end the pins and rules allow. */
    public static final String BEST_POSSIBLE_END = "sequence.reason.bestPossibleEnd";
    /**
     * Args: label, score, new position. The item moves forward past a higher score: the weaker
     * part is over sooner.
     */
    public static final String MOVED_EARLIER = "sequence.reason.movedEarlier";
    /**
     * Args: label, score, new position. The item moves back behind a lower score: lower first,
     * so each step is a little better.
     */
    public static final String MOVED_LATER = "sequence.reason.movedLater";
    /**
     * Args: label, score, new position. Any other move (making room, or going down in one slope
     * towards a pinned low end): the curve goes down as little as the pins and rules allow.
     */
    public static final String MOVED = "sequence.reason.moved";
    /** Args: label, position. The item is pinned and stays at its position. */
    public static final String PINNED = "sequence.reason.pinned";
    /** Args: earlier label, later label. A "before" rule keeps a higher score in front of a lower one. */
    public static final String CONSTRAINT = "sequence.reason.constraint";

    public Move {
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(messageKey, "messageKey");
        arguments = List.copyOf(arguments);
    }

    /** The arguments as an array, for {@code I18n.t(key, args)}. */
    public Object[] args() {
        return arguments.toArray();
    }

    /** Whether the item changes position (a pinned or rule-bound item may stay). */
    public boolean moves() {
        return from != to;
    }
}
