package nl.royaal.domain.sequence;

import java.util.Objects;
import java.util.OptionalInt;
import java.util.UUID;
import nl.royaal.domain.DomainException;
import nl.royaal.domain.TextRules;

/**
 * One element of a sequence: a touchpoint, an agenda element, a course evening.
 *
 * @param id     identity, stable across reorderings (usually the touchpoint's or element's id)
 * @param label  what the projector shows ("Factuur")
 * @param score  the mean experience score, a rapportcijfer from 1.0 to 10.0 inclusive
 * @param pinned the 0-based position the sequencer must keep it at, or {@code null} when it may
 *               move; checked against the sequence's size by {@link Sequence}
 */
public record SequenceItem(UUID id, String label, double score, Integer pinned) {

    public static final double MIN_SCORE = 1.0;
    public static final double MAX_SCORE = 10.0;

    public SequenceItem {
        Objects.requireNonNull(id, "id");
        label = TextRules.required(label, "field.sequenceItemLabel", TextRules.MAX_LABEL_LENGTH);
        // Written so that NaN fails too: every comparison with NaN is false.
        if (!(score >= MIN_SCORE && score <= MAX_SCORE)) {
            throw new DomainException("sequence.error.scoreRange", label, score, MIN_SCORE, MAX_SCORE);
        }
    }

    /** A movable item with a fresh id. */
    public static SequenceItem of(String label, double score) {
        return new SequenceItem(UUID.randomUUID(), label, score, null);
    }

    /** A movable item with a known id (a touchpoint's, an agenda element's). */
    public static SequenceItem of(UUID id, String label, double score) {
        return new SequenceItem(id, label, score, null);
    }

    public OptionalInt pin() {
        return pinned == null ? OptionalInt.empty() : OptionalInt.of(pinned);
    }

    public boolean isPinned() {
        return pinned != null;
    }

    /** The same item, kept at {@code position} (0-based) by the sequencer. */
    public SequenceItem pinnedAt(int position) {
        return new SequenceItem(id, label, score, position);
    }

    /** The same item, free to move. */
    public SequenceItem unpinned() {
        return new SequenceItem(id, label, score, null);
    }

    public SequenceItem withScore(double newScore) {
        return new SequenceItem(id, label, newScore, pinned);
    }

    public SequenceItem withLabel(String newLabel) {
        return new SequenceItem(id, newLabel, score, pinned);
    }
}
