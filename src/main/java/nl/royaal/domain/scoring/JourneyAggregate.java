package nl.royaal.domain.scoring;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The expectation-versus-experience results of a whole customer journey: one
 * {@link TouchpointAggregate} per touchpoint, in journey order. Immutable.
 *
 * @param inJourneyOrder every touchpoint of the journey, in its order, also those without grades
 * @param settings       the margin and threshold the classes and flags were worked out with
 */
public record JourneyAggregate(List<TouchpointAggregate> inJourneyOrder, ScoringSettings settings) {

    /** Most disappointing first; ties keep journey order; touchpoints without a gap come last. */
    private static final Comparator<TouchpointAggregate> BY_GAP = Comparator.comparing(
            (TouchpointAggregate aggregate) -> aggregate.gap().isPresent() ? aggregate.gap().getAsDouble() : null,
            Comparator.nullsLast(Comparator.naturalOrder()));

    public JourneyAggregate {
        inJourneyOrder = List.copyOf(inJourneyOrder);
        Objects.requireNonNull(settings, "settings");
    }

    /**
     * The same touchpoints sorted by gap, from the deepest disappointment to the highest fan
     * zone; equal gaps keep their journey order, touchpoints without a gap come last in journey
     * order. Read it backwards for "best first".
     */
    public List<TouchpointAggregate> byGap() {
        return inJourneyOrder.stream().sorted(BY_GAP).toList(); // a stable sort
    }

    public Optional<TouchpointAggregate> find(UUID touchpointId) {
        return inJourneyOrder.stream().filter(aggregate -> aggregate.id().equals(touchpointId)).findFirst();
    }

    /** How many touchpoints fall in each class (every class present, possibly 0). */
    public Map<GapClass, Integer> countByClass() {
        Map<GapClass, Integer> counts = new EnumMap<>(GapClass.class);
        for (GapClass gapClass : GapClass.values()) {
            counts.put(gapClass, 0);
        }
        for (TouchpointAggregate aggregate : inJourneyOrder) {
            aggregate.gapClass().ifPresent(gapClass -> counts.merge(gapClass, 1, Integer::sum));
        }
        return counts;
    }

    /** The touchpoints flagged "discuss", in journey order. */
    public List<TouchpointAggregate> toDiscuss() {
        return inJourneyOrder.stream().filter(TouchpointAggregate::discuss).toList();
    }
}
