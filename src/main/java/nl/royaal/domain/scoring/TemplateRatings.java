package nl.royaal.domain.scoring;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import nl.royaal.domain.AgendaElement;
import nl.royaal.domain.ElementKind;
import nl.royaal.domain.TextRules;

/**
 * The closing-round grades that earlier workshops made from one template gave their agenda
 * elements (PRODUCT.md §3 step 10: "the ratings are kept per template"). Every workshop has its
 * own element rows, so an element is recognised the way a trainer recognises it: by kind and
 * title. Immutable.
 *
 * @param workshops how many earlier workshops gave at least one grade
 * @param elements  the grades per kind and title, all workshops together
 */
public record TemplateRatings(int workshops, List<PastElement> elements) {

    /** No earlier grades. */
    public static final TemplateRatings NONE = new TemplateRatings(0, List.of());

    /**
     * The grades one element (kind and title) got in earlier workshops.
     *
     * @param grades every participant's grade, from every earlier workshop
     */
    public record PastElement(ElementKind kind, String title, Statistic grades) {
        public PastElement {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(grades, "grades");
        }
    }

    public TemplateRatings {
        if (workshops < 0) {
            throw new IllegalArgumentException("workshops must not be negative: " + workshops);
        }
        elements = List.copyOf(elements);
    }

    public boolean isEmpty() {
        return elements.stream().noneMatch(past -> past.grades().hasMean());
    }

    /** All grades together: how many the suggestion rests on. */
    public int gradeCount() {
        return elements.stream().mapToInt(past -> past.grades().n()).sum();
    }

    /**
     * The earlier grades of an element of {@code agenda}: those of elements with the same kind and
     * title (case and surrounding spaces aside). When none match, a kind that occurs once in the
     * agenda takes the grades of that kind under any title (a renamed or translated element), except
     * custom elements and breaks, whose kind says nothing about their content.
     */
    public Optional<Statistic> gradesFor(AgendaElement element, List<AgendaElement> agenda) {
        String title = normalised(element.title());
        Optional<Statistic> sameTitle = sum(elements.stream()
                .filter(past -> past.kind() == element.kind() && normalised(past.title()).equals(title))
                .map(PastElement::grades).toList());
        if (sameTitle.isPresent() || element.kind() == ElementKind.CUSTOM || element.kind() == ElementKind.BREAK) {
            return sameTitle;
        }
        long ofThisKind = agenda.stream().filter(other -> other.kind() == element.kind()).count();
        if (ofThisKind != 1) {
            return Optional.empty();
        }
        return sum(elements.stream().filter(past -> past.kind() == element.kind()).map(PastElement::grades).toList());
    }

    private static Optional<Statistic> sum(List<Statistic> grades) {
        Statistic total = grades.stream().reduce(Statistic.EMPTY, Statistic::plus);
        return total.hasMean() ? Optional.of(total) : Optional.empty();
    }

    private static String normalised(String title) {
        return TextRules.singleLine(title).toLowerCase(Locale.ROOT);
    }
}
