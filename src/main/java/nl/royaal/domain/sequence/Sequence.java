package nl.royaal.domain.sequence;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import nl.royaal.domain.DomainException;
import nl.royaal.domain.Reordering;

/**
 * An ordered sequence of scored items (a customer journey, an agenda, a course) in its current
 * order, with the rules a suggested order must keep: pins (on the items) and "A before B" rules.
 * A sequence that exists is valid: not empty, no item twice, every pin inside the sequence and
 * on its own position, rules naming known items, no circle of rules, and at least one order that
 * keeps all pins and rules. The current order itself need not keep them (see {@link
 * #respectsRules()}); the sequencer's suggestion always does.
 *
 * @param items       in the current order
 * @param constraints "A before B" rules, duplicates dropped
 * @throws DomainException with a {@code sequence.error.*} key when a rule above is broken
 */
public record Sequence(List<SequenceItem> items, List<Before> constraints) {

    public Sequence {
        items = List.copyOf(items);
        constraints = List.copyOf(new LinkedHashSet<>(constraints));
        Problem.of(items, constraints);
    }

    public static Sequence of(List<SequenceItem> items) {
        return new Sequence(items, List.of());
    }

    public static Sequence of(List<SequenceItem> items, List<Before> constraints) {
        return new Sequence(items, constraints);
    }

    public int size() {
        return items.size();
    }

    public SequenceItem get(int position) {
        return items.get(position);
    }

    public Optional<SequenceItem> find(UUID id) {
        return items.stream().filter(item -> item.id().equals(id)).findFirst();
    }

    /** The 0-based position of the item, or -1 when it is not in this sequence. */
    public int positionOf(UUID id) {
        for (int p = 0; p < items.size(); p++) {
            if (items.get(p).id().equals(id)) {
                return p;
            }
        }
        return -1;
    }

    /** The scores in the current order (a fresh array). */
    public double[] scores() {
        return items.stream().mapToDouble(SequenceItem::score).toArray();
    }

    /** The measures of the current order under the default memory models. */
    public SequenceMeasures measures() {
        return SequenceMeasures.of(scores());
    }

    /**
     * The current order with the item at {@code from} moved to {@code to} (drag and drop); pins
     * and rules stay as they are. {@code to} is clamped to the sequence.
     */
    public Sequence moved(int from, int to) {
        return new Sequence(Reordering.move(items, from, to), constraints);
    }

    /** The same items, pins and rules in the order of {@code ids} (which must name each item once). */
    public Sequence inOrder(List<UUID> ids) {
        if (ids.size() != items.size() || new LinkedHashSet<>(ids).size() != ids.size()) {
            throw new IllegalArgumentException("an order must name every item exactly once");
        }
        List<SequenceItem> reordered = new ArrayList<>(ids.size());
        for (UUID id : ids) {
            reordered.add(find(id).orElseThrow(() -> new IllegalArgumentException("unknown item " + id)));
        }
        return new Sequence(reordered, constraints);
    }

    /** The ids in the current order. */
    public List<UUID> ids() {
        return items.stream().map(SequenceItem::id).toList();
    }

    /** The item pinned at {@code position} (0-based) by the sequencer. */
    public Sequence withPin(UUID id, int position) {
        return replaced(id, item(id).pinnedAt(position));
    }

    /** The item pinned where it stands now (the "lock" toggle of a row). */
    public Sequence pinnedInPlace(UUID id) {
        return withPin(id, positionOf(id));
    }

    public Sequence withoutPin(UUID id) {
        return replaced(id, item(id).unpinned());
    }

    public Sequence withConstraint(Before rule) {
        List<Before> more = new ArrayList<>(constraints);
        more.add(rule);
        return new Sequence(items, more);
    }

    public Sequence withoutConstraint(Before rule) {
        List<Before> fewer = new ArrayList<>(constraints);
        fewer.remove(rule);
        return new Sequence(items, fewer);
    }

    /** Whether the current order already keeps every pin and every "before" rule. */
    public boolean respectsRules() {
        Problem problem = Problem.of(items, constraints);
        return problem.respects(problem.currentOrder());
    }

    private SequenceItem item(UUID id) {
        Objects.requireNonNull(id, "id");
        return find(id).orElseThrow(() -> new IllegalArgumentException("unknown item " + id));
    }

    private Sequence replaced(UUID id, SequenceItem replacement) {
        List<SequenceItem> changed = new ArrayList<>(items);
        changed.set(positionOf(id), replacement);
        return new Sequence(changed, constraints);
    }
}
