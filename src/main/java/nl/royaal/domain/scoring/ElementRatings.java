package nl.royaal.domain.scoring;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import nl.royaal.domain.AgendaElement;
import nl.royaal.domain.ElementRating;
import nl.royaal.domain.Workshop;

/**
 * The closing round's ratings (PRODUCT.md §3 step 10): per agenda element, in agenda order, the
 * statistic of the grades participants gave it. Feeds the closing screen, the report and later
 * the peak-end suggestion for the workshop's own agenda. Immutable.
 *
 * @param elements every element of the agenda, in its order, also those nobody rated
 */
public record ElementRatings(List<RatedElement> elements) {

    /**
     * One agenda element and its grades.
     *
     * @param element   the agenda element
     * @param statistic its grades; {@link Statistic#EMPTY} when nobody rated it
     */
    public record RatedElement(AgendaElement element, Statistic statistic) {

        public RatedElement {
            Objects.requireNonNull(element, "element");
            Objects.requireNonNull(statistic, "statistic");
        }

        public UUID id() {
            return element.id();
        }
    }

    public ElementRatings {
        elements = List.copyOf(elements);
    }

    /** The ratings of this workshop's agenda. */
    public static ElementRatings of(Workshop workshop) {
        return of(workshop.agenda(), workshop.answers().ratings());
    }

    /**
     * The ratings of these elements, in this order. Per participant and element the rating given
     * last counts; ratings of elements not in the list are ignored.
     */
    public static ElementRatings of(List<AgendaElement> agenda, Collection<ElementRating> ratings) {
        Map<Key, ElementRating> latest = new HashMap<>();
        for (ElementRating rating : ratings) {
            latest.merge(new Key(rating.participantId(), rating.elementId()), rating,
                    (earlier, later) -> later.answeredAt().isBefore(earlier.answeredAt()) ? earlier : later);
        }
        Map<UUID, Statistic> byElement = new HashMap<>();
        for (ElementRating rating : latest.values()) {
            byElement.merge(rating.elementId(), Statistic.EMPTY.plus(rating.score()), Statistic::plus);
        }
        List<RatedElement> rated = new ArrayList<>(agenda.size());
        for (AgendaElement element : agenda) {
            rated.add(new RatedElement(element, byElement.getOrDefault(element.id(), Statistic.EMPTY)));
        }
        return new ElementRatings(rated);
    }

    /** The statistic of one element; absent when the element is not in the agenda. */
    public Optional<Statistic> statisticOf(UUID elementId) {
        return elements.stream().filter(rated -> rated.id().equals(elementId)).map(RatedElement::statistic).findFirst();
    }

    /** The elements somebody rated, in agenda order: the sequence for a peak-end curve. */
    public List<RatedElement> rated() {
        return elements.stream().filter(rated -> rated.statistic().hasMean()).toList();
    }

    private record Key(UUID participantId, UUID elementId) {
    }
}
