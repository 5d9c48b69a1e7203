package nl.royaal.domain.sequence;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import nl.royaal.domain.AgendaElement;

/**
 * The order that earlier grades suggest for a workshop's own agenda (PRODUCT.md §3 step 10).
 *
 * @param agenda     the whole agenda in the suggested order; unrated elements where they were
 * @param suggestion the sequencer's answer for the rated elements only
 * @param reasons    the suggestion's moves with positions counted in the whole agenda (1-based in
 *                   the message arguments, as people count)
 * @param unrated    elements without earlier grades: they keep their place
 * @param workshops  how many earlier workshops the grades come from
 * @param grades     how many grades the suggestion rests on
 */
public record AgendaSuggestion(
        List<AgendaElement> agenda,
        Suggestion suggestion,
        List<Move> reasons,
        List<AgendaElement> unrated,
        int workshops,
        int grades) {

    public AgendaSuggestion {
        agenda = List.copyOf(agenda);
        Objects.requireNonNull(suggestion, "suggestion");
        reasons = List.copyOf(reasons);
        unrated = List.copyOf(unrated);
    }

    /** True when the agenda is already in the best order. */
    public boolean unchanged() {
        return suggestion.unchanged();
    }

    /** The element ids in the suggested order. */
    public List<UUID> order() {
        return agenda.stream().map(AgendaElement::id).toList();
    }
}
