package nl.royaal.domain.sequence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;
import nl.royaal.domain.AgendaElement;
import nl.royaal.domain.ElementKind;
import nl.royaal.domain.scoring.Statistic;
import nl.royaal.domain.scoring.TemplateRatings;
import nl.royaal.domain.scoring.TemplateRatings.PastElement;
import org.junit.jupiter.api.Test;

/** The workshop's own agenda as a peak-end sequence, from the grades of earlier workshops (§3 step 10). */
class AgendaSequencingTest {

    private final AgendaElement welcome = element(ElementKind.WELCOME, "Welkom", true);
    private final AgendaElement fanMoment = element(ElementKind.FAN_MOMENT, "Fanmoment", false);
    private final AgendaElement selfImage = element(ElementKind.SELF_IMAGE, "Zelfbeeld-check", false);
    private final AgendaElement pause = element(ElementKind.BREAK, "Pauze", true);
    private final AgendaElement dream = element(ElementKind.DREAM_SERVICE, "Droomservice", false);
    private final AgendaElement closing = element(ElementKind.CLOSING, "Afsluiten", true);
    private final List<AgendaElement> agenda = List.of(welcome, fanMoment, selfImage, pause, dream, closing);

    @Test
    void ratedElementsMoveAmongTheirPlacesSoTheAgendaEndsOnItsBestPartWhilePinsAndUnratedElementsStay() {
        TemplateRatings history = new TemplateRatings(2, List.of(
                past(ElementKind.WELCOME, "Welkom", 7, 7),
                past(ElementKind.FAN_MOMENT, "Fanmoment", 9, 8, 9),
                past(ElementKind.SELF_IMAGE, "Zelfbeeld-check", 6, 6),
                past(ElementKind.DREAM_SERVICE, "Droomservice", 7, 8)));

        AgendaSuggestion suggestion = AgendaSequencing.suggest(agenda, history).orElseThrow();

        assertEquals(List.of(welcome, selfImage, dream, pause, fanMoment, closing), suggestion.agenda());
        assertEquals(List.of(pause, closing), suggestion.unrated());
        assertEquals(2, suggestion.workshops());
        assertEquals(9, suggestion.grades());
        assertFalse(suggestion.unchanged());
        Move toEnd = suggestion.reasons().stream().filter(move -> move.itemId().equals(fanMoment.id())).findFirst()
                .orElseThrow();
        assertEquals(Move.MOVED_TO_END, toEnd.messageKey());
        assertEquals(4, toEnd.to(), "positions count in the whole agenda, the break included");
        Move earlier = suggestion.reasons().stream().filter(move -> move.itemId().equals(dream.id())).findFirst()
                .orElseThrow();
        assertEquals(List.of("Droomservice", 7.5, 3), earlier.arguments(), "plek 3 of the agenda");
        Move pinned = suggestion.reasons().stream().filter(move -> move.itemId().equals(welcome.id())).findFirst()
                .orElseThrow();
        assertEquals(List.of("Welkom", 1), pinned.arguments());
    }

    @Test
    void contentStaysBehindWhatItBuildsOnEvenWhenItScoresLower() {
        AgendaElement touchpoints = element(ElementKind.TOUCHPOINTS, "Contactmomenten", false);
        AgendaElement scoring = element(ElementKind.SCORING, "Verwachting en beleving", false);
        AgendaElement peakEnd = element(ElementKind.PEAK_END, "Piek-eind", false);
        TemplateRatings history = new TemplateRatings(1, List.of(
                past(ElementKind.TOUCHPOINTS, "Contactmomenten", 8),
                past(ElementKind.SCORING, "Verwachting en beleving", 6),
                past(ElementKind.PEAK_END, "Piek-eind", 5)));

        AgendaSuggestion suggestion = AgendaSequencing.suggest(List.of(touchpoints, scoring, peakEnd), history)
                .orElseThrow();

        assertEquals(List.of(touchpoints, scoring, peakEnd), suggestion.agenda());
        assertTrue(suggestion.unchanged());
        assertTrue(suggestion.reasons().stream().anyMatch(move -> move.messageKey().equals(Move.CONSTRAINT)));
    }

    @Test
    void nothingIsSuggestedWithFewerThanTwoRatedElements() {
        TemplateRatings one = new TemplateRatings(1, List.of(past(ElementKind.FAN_MOMENT, "Fanmoment", 9)));
        assertTrue(AgendaSequencing.suggest(agenda, one).isEmpty());
        assertTrue(AgendaSequencing.suggest(agenda, TemplateRatings.NONE).isEmpty());
    }

    @Test
    void elementsAreRecognisedByKindAndTitleAndARenamedElementByAKindThatOccursOnce() {
        TemplateRatings history = new TemplateRatings(3, List.of(
                past(ElementKind.FAN_MOMENT, "  fanmoment ", 8),
                past(ElementKind.FAN_MOMENT, "Fan moment", 6),
                past(ElementKind.CUSTOM, "Rollenspel", 9),
                past(ElementKind.BREAK, "Koffie", 5)));
        AgendaElement renamed = element(ElementKind.FAN_MOMENT, "Ons mooiste verhaal", false);
        AgendaElement custom = element(ElementKind.CUSTOM, "Rollenspel met klant", false);
        AgendaElement coffee = element(ElementKind.BREAK, "Pauze", false);

        assertEquals(8.0, mean(history, fanMoment, List.of(fanMoment)), "same kind, title up to case and spaces");
        assertEquals(7.0, mean(history, renamed, List.of(renamed)), "a renamed fan moment takes all fan moments");
        assertTrue(history.gradesFor(renamed, List.of(renamed, element(ElementKind.FAN_MOMENT, "Nog een", false)))
                .isEmpty(), "two fan moments: the kind alone does not say which");
        assertTrue(history.gradesFor(custom, List.of(custom)).isEmpty(), "a custom element only by its title");
        assertTrue(history.gradesFor(coffee, List.of(coffee)).isEmpty(), "a break only by its title");
        assertEquals(4, history.gradeCount());
    }

    private static double mean(TemplateRatings history, AgendaElement element, List<AgendaElement> agenda) {
        return history.gradesFor(element, agenda).orElseThrow().mean().orElseThrow();
    }

    private static AgendaElement element(ElementKind kind, String title, boolean pinned) {
        return new AgendaElement(UUID.randomUUID(), kind, title, 15, pinned);
    }

    private static PastElement past(ElementKind kind, String title, int... grades) {
        return new PastElement(kind, title, Statistic.of(grades));
    }
}
