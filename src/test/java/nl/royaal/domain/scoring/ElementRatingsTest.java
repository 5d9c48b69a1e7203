package nl.royaal.domain.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.royaal.domain.AgendaElement;
import nl.royaal.domain.Answers;
import nl.royaal.domain.ElementKind;
import nl.royaal.domain.ElementRating;
import nl.royaal.domain.JoinChannel;
import nl.royaal.domain.Language;
import nl.royaal.domain.Participant;
import nl.royaal.domain.Score;
import nl.royaal.domain.Workshop;
import nl.royaal.domain.WorkshopDetails;
import nl.royaal.domain.WorkshopStatus;
import org.junit.jupiter.api.Test;

class ElementRatingsTest {

    private static final AgendaElement WELCOME = element(1, ElementKind.WELCOME, "Welkom");
    private static final AgendaElement FAN_MOMENT = element(2, ElementKind.FAN_MOMENT, "Fanmoment");
    private static final AgendaElement CLOSING = element(3, ElementKind.CLOSING, "Afsluiting");
    private static final List<AgendaElement> AGENDA = List.of(WELCOME, FAN_MOMENT, CLOSING);

    private static AgendaElement element(int number, ElementKind kind, String title) {
        return new AgendaElement(new UUID(0xE, number), kind, title, 15, false);
    }

    private static ElementRating rating(int participant, AgendaElement element, int grade, long second) {
        return new ElementRating(Journeys.participant(participant), element.id(), Score.of(grade),
                Journeys.START.plusSeconds(second));
    }

    private static final List<ElementRating> RATINGS = List.of(
            rating(1, WELCOME, 6, 0), rating(2, WELCOME, 7, 0), rating(3, WELCOME, 8, 0),
            rating(1, FAN_MOMENT, 9, 0), rating(2, FAN_MOMENT, 10, 0));

    @Test
    void givesEachElementTheStatisticOfItsRatingsInAgendaOrder() {
        ElementRatings ratings = ElementRatings.of(AGENDA, RATINGS);
        assertEquals(List.of(
                        new ElementRatings.RatedElement(WELCOME, Statistic.of(6, 7, 8)),
                        new ElementRatings.RatedElement(FAN_MOMENT, Statistic.of(9, 10)),
                        new ElementRatings.RatedElement(CLOSING, Statistic.EMPTY)),
                ratings.elements());
        assertEquals(7.0, ratings.statisticOf(WELCOME.id()).orElseThrow().mean().getAsDouble());
        assertEquals(1.0, ratings.statisticOf(WELCOME.id()).orElseThrow().standardDeviation().getAsDouble());
    }

    @Test
    void listsTheRatedElementsForAPeakEndCurve() {
        assertEquals(List.of(WELCOME, FAN_MOMENT),
                ElementRatings.of(AGENDA, RATINGS).rated().stream().map(ElementRatings.RatedElement::element).toList());
    }

    @Test
    void theLaterRatingReplacesTheEarlier() {
        ElementRatings ratings = ElementRatings.of(AGENDA,
                List.of(rating(1, CLOSING, 5, 10), rating(1, CLOSING, 9, 20), rating(1, CLOSING, 2, 15)));
        assertEquals(Optional.of(Statistic.of(9)), ratings.statisticOf(CLOSING.id()));
    }

    @Test
    void ignoresRatingsOfElementsOutsideTheAgenda() {
        ElementRatings ratings = ElementRatings.of(List.of(WELCOME), RATINGS);
        assertEquals(1, ratings.elements().size());
        assertEquals(Optional.empty(), ratings.statisticOf(FAN_MOMENT.id()));
    }

    @Test
    void readsTheRatingsOfAWorkshop() {
        Instant now = Journeys.START;
        List<Participant> participants = List.of(
                new Participant(Journeys.participant(1), "", JoinChannel.PHONE, now),
                new Participant(Journeys.participant(2), "", JoinChannel.PHONE, now),
                new Participant(Journeys.participant(3), "", JoinChannel.KIOSK, now));
        Workshop workshop = new Workshop(UUID.randomUUID(),
                new WorkshopDetails("Royale organisatie", "Klant", LocalDate.of(2026, 3, 12), "Anna", Language.NL),
                WorkshopStatus.LIVE, "standaard", AGENDA, List.of(), participants,
                new Answers(List.of(), List.of(), List.of(), RATINGS, List.of()), null, now, now);
        assertEquals(ElementRatings.of(AGENDA, RATINGS), ElementRatings.of(workshop));
        assertEquals(FanClubProjection.forParticipants(3), FanClubProjection.forWorkshop(workshop));
        assertEquals(SelfImageGap.of(List.of()), SelfImageGap.of(workshop));
    }
}
