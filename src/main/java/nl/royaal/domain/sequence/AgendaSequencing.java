package nl.royaal.domain.sequence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.royaal.domain.AgendaElement;
import nl.royaal.domain.DomainException;
import nl.royaal.domain.ElementKind;
import nl.royaal.domain.scoring.Statistic;
import nl.royaal.domain.scoring.TemplateRatings;

/**
 * The workshop's own agenda as a peak-end sequence (PRODUCT.md §3 step 10): the elements that
 * earlier workshops of the same template graded, scored by their mean grade, re-ordered so the
 * workshop ends on its best part.
 *
 * <p>Rules the suggestion keeps:
 * <ul>
 *   <li>a pinned element (the welcome, the break, the closing) stays where it is;</li>
 *   <li>an element nobody graded keeps its place: there is nothing to judge it by;</li>
 *   <li>content that builds on other content stays behind it: the journey is mapped before it is
 *       scored, and scored before the peak-end and promise steps use the scores.</li>
 * </ul>
 * The rated elements are re-ordered among the places they hold now.
 */
public final class AgendaSequencing {

    /** Pairs of kinds (earlier, later) whose content depends on each other. */
    static final List<ElementKind[]> BUILDS_ON = List.of(
            new ElementKind[] {ElementKind.TOUCHPOINTS, ElementKind.SCORING},
            new ElementKind[] {ElementKind.SCORING, ElementKind.PEAK_END},
            new ElementKind[] {ElementKind.SCORING, ElementKind.PROMISE_CHECK});

    private AgendaSequencing() {
    }

    /**
     * The suggested order, or empty when fewer than two elements have earlier grades (nothing to
     * order) or the pins leave no order that keeps the rules.
     */
    public static Optional<AgendaSuggestion> suggest(List<AgendaElement> agenda, TemplateRatings history) {
        return suggest(agenda, history, new Sequencer());
    }

    static Optional<AgendaSuggestion> suggest(List<AgendaElement> agenda, TemplateRatings history,
            Sequencer sequencer) {
        List<Integer> slots = new ArrayList<>();
        List<SequenceItem> items = new ArrayList<>();
        List<AgendaElement> rated = new ArrayList<>();
        List<AgendaElement> unrated = new ArrayList<>();
        for (int position = 0; position < agenda.size(); position++) {
            AgendaElement element = agenda.get(position);
            Optional<Statistic> grades = history.gradesFor(element, agenda);
            if (grades.isEmpty()) {
                unrated.add(element);
                continue;
            }
            double mean = grades.get().mean().orElseThrow();
            items.add(new SequenceItem(element.id(), element.title(), mean, element.pinned() ? slots.size() : null));
            slots.add(position);
            rated.add(element);
        }
        if (items.size() < 2) {
            return Optional.empty();
        }
        Sequence sequence;
        try {
            sequence = Sequence.of(items, dependencies(rated));
        } catch (DomainException pinsAgainstContent) {
            // The trainer pinned content before what it builds on: respect the pins.
            sequence = Sequence.of(items);
        }
        Suggestion suggestion = sequencer.suggest(sequence);
        Map<UUID, AgendaElement> byId = new HashMap<>();
        agenda.forEach(element -> byId.put(element.id(), element));
        List<AgendaElement> reordered = new ArrayList<>(agenda);
        for (int k = 0; k < slots.size(); k++) {
            reordered.set(slots.get(k), byId.get(suggestion.order().get(k).id()));
        }
        List<Move> reasons = suggestion.moves().stream().map(move -> inAgenda(move, slots)).toList();
        int grades = rated.stream().mapToInt(element -> history.gradesFor(element, agenda).orElseThrow().n()).sum();
        return Optional.of(new AgendaSuggestion(reordered, suggestion, reasons, unrated, history.workshops(), grades));
    }

    private static List<Before> dependencies(List<AgendaElement> rated) {
        List<Before> rules = new ArrayList<>();
        for (ElementKind[] pair : BUILDS_ON) {
            for (AgendaElement earlier : rated) {
                for (AgendaElement later : rated) {
                    if (earlier.kind() == pair[0] && later.kind() == pair[1]) {
                        rules.add(new Before(earlier.id(), later.id()));
                    }
                }
            }
        }
        return rules;
    }

    /** The same reason with positions counted in the whole agenda instead of among the rated elements. */
    private static Move inAgenda(Move move, List<Integer> slots) {
        List<Object> arguments = new ArrayList<>(move.arguments());
        int position = slots.get(move.to()) + 1;
        switch (move.messageKey()) {
            case Move.MOVED_EARLIER, Move.MOVED_LATER, Move.MOVED -> arguments.set(2, position);
            case Move.PINNED -> arguments.set(1, position);
            default -> {
                // The other reasons name no position.
            }
        }
        return new Move(move.itemId(), slots.get(move.from()), slots.get(move.to()), move.messageKey(), arguments);
    }
}
