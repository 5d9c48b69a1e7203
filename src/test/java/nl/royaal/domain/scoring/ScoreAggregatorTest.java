package nl.royaal.domain.scoring;

import static nl.royaal.domain.scoring.Journeys.COMPLAINT;
import static nl.royaal.domain.scoring.Journeys.FIRST_CALL;
import static nl.royaal.domain.scoring.Journeys.INVOICE;
import static nl.royaal.domain.scoring.Journeys.QUOTE;
import static nl.royaal.domain.scoring.Journeys.WEBSITE;
import static nl.royaal.domain.scoring.Journeys.experience;
import static nl.royaal.domain.scoring.Journeys.expectation;
import static nl.royaal.domain.scoring.Journeys.score;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.UUID;
import nl.royaal.domain.Answers;
import nl.royaal.domain.JoinChannel;
import nl.royaal.domain.Language;
import nl.royaal.domain.Participant;
import nl.royaal.domain.ScoreDimension;
import nl.royaal.domain.Touchpoint;
import nl.royaal.domain.TouchpointScore;
import nl.royaal.domain.Workshop;
import nl.royaal.domain.WorkshopDetails;
import nl.royaal.domain.WorkshopStatus;
import org.junit.jupiter.api.Test;

class ScoreAggregatorTest {

    private static final List<Touchpoint> JOURNEY = List.of(WEBSITE, FIRST_CALL, QUOTE, INVOICE);

    /**
     * Three participants.
     * Website: expect 7, 8, 9 (8.0), experience 9, 9, 9 (9.0): gap +1.0, fan zone.
     * First call: expect 8, 8, 8 (8.0), experience 8, 7, 9 (8.0): gap 0, satisfied.
     * Quote: expect 7, 7 (participant 3 only scored experience), experience 3, 9, 4 (16/3): gap −5/3, disappointment;
     *        the experience spreads widely (SD √(31/3) ≈ 3.21): discuss.
     * Invoice: only participant 1, only the expectation: no gap.
     */
    private static List<TouchpointScore> room() {
        return List.of(
                expectation(1, WEBSITE, 7), expectation(2, WEBSITE, 8), expectation(3, WEBSITE, 9),
                experience(1, WEBSITE, 9), experience(2, WEBSITE, 9), experience(3, WEBSITE, 9),
                expectation(1, FIRST_CALL, 8), expectation(2, FIRST_CALL, 8), expectation(3, FIRST_CALL, 8),
                experience(1, FIRST_CALL, 8), experience(2, FIRST_CALL, 7), experience(3, FIRST_CALL, 9),
                expectation(1, QUOTE, 7), expectation(2, QUOTE, 7),
                experience(1, QUOTE, 3), experience(2, QUOTE, 9), experience(3, QUOTE, 4),
                expectation(1, INVOICE, 6));
    }

    private static JourneyAggregate aggregate(List<TouchpointScore> scores) {
        return ScoreAggregator.aggregate(JOURNEY, scores, ScoringSettings.DEFAULT);
    }

    @Test
    void summarisesEachTouchpointInJourneyOrder() {
        List<TouchpointAggregate> results = aggregate(room()).inJourneyOrder();
        assertEquals(List.of(WEBSITE, FIRST_CALL, QUOTE, INVOICE), results.stream().map(TouchpointAggregate::touchpoint).toList());

        TouchpointAggregate website = results.get(0);
        assertEquals(3, website.n());
        assertEquals(OptionalDouble.of(8.0), website.meanExpectation());
        assertEquals(OptionalDouble.of(9.0), website.meanExperience());
        assertEquals(OptionalDouble.of(1.0), website.spreadExpectation());
        assertEquals(OptionalDouble.of(0.0), website.spreadExperience());
        assertEquals(OptionalDouble.of(1.0), website.gap());
        assertEquals(Optional.of(GapClass.FAN_ZONE), website.gapClass());
        assertFalse(website.discuss());

        TouchpointAggregate firstCall = results.get(1);
        assertEquals(OptionalDouble.of(0.0), firstCall.gap());
        assertEquals(Optional.of(GapClass.SATISFIED), firstCall.gapClass());
        assertEquals(OptionalDouble.of(1.0), firstCall.spreadExperience());
    }

    @Test
    void countsEveryParticipantWhoGaveEitherScore() {
        TouchpointAggregate quote = aggregate(room()).inJourneyOrder().get(2);
        assertEquals(3, quote.n(), "participant 3 only scored the experience and still counts");
        assertEquals(2, quote.expectation().n());
        assertEquals(3, quote.experience().n());
        assertEquals(OptionalDouble.of(7.0), quote.meanExpectation());
        assertEquals(OptionalDouble.of(16.0 / 3), quote.meanExperience());
        assertEquals(OptionalDouble.of(-5.0 / 3), quote.gap(), "the gap of the two means as shown");
        assertEquals(Optional.of(GapClass.DISAPPOINTMENT), quote.gapClass());
        assertEquals(OptionalDouble.of(Math.sqrt(31.0 / 3)), quote.spreadExperience());
        assertTrue(quote.discuss(), "3, 9 and 4: the room does not agree");
    }

    @Test
    void aTouchpointWithOneDimensionHasNoGapAndNoClass() {
        TouchpointAggregate invoice = aggregate(room()).inJourneyOrder().get(3);
        assertEquals(1, invoice.n());
        assertEquals(OptionalDouble.of(6.0), invoice.meanExpectation());
        assertEquals(OptionalDouble.empty(), invoice.meanExperience());
        assertEquals(OptionalDouble.empty(), invoice.spreadExpectation(), "one grade: shown as a dash");
        assertFalse(invoice.hasGap());
        assertEquals(Optional.empty(), invoice.gapClass());
        assertFalse(invoice.discuss());
    }

    @Test
    void aTouchpointNobodyScoredIsStillListed() {
        TouchpointAggregate complaint = ScoreAggregator.aggregate(List.of(COMPLAINT), room(), ScoringSettings.DEFAULT)
                .inJourneyOrder().getFirst();
        assertEquals(TouchpointAggregate.empty(COMPLAINT), complaint);
        assertEquals(0, complaint.n());
    }

    @Test
    void sortsByGapFromTheDeepestDisappointmentWithoutAGapLast() {
        List<TouchpointAggregate> byGap = aggregate(room()).byGap();
        assertEquals(List.of(QUOTE, FIRST_CALL, WEBSITE, INVOICE), byGap.stream().map(TouchpointAggregate::touchpoint).toList());
    }

    @Test
    void equalGapsKeepTheirJourneyOrder() {
        List<TouchpointScore> scores = new ArrayList<>();
        for (Touchpoint touchpoint : JOURNEY) {
            scores.add(expectation(1, touchpoint, 7));
            scores.add(experience(1, touchpoint, 8));
        }
        assertEquals(JOURNEY, aggregate(scores).byGap().stream().map(TouchpointAggregate::touchpoint).toList());
    }

    @Test
    void countsTheClassesAndListsWhatToDiscuss() {
        JourneyAggregate journey = aggregate(room());
        assertEquals(Map.of(GapClass.DISAPPOINTMENT, 1, GapClass.SATISFIED, 1, GapClass.FAN_ZONE, 1),
                journey.countByClass());
        assertEquals(List.of(QUOTE), journey.toDiscuss().stream().map(TouchpointAggregate::touchpoint).toList());
        assertEquals(Optional.of(QUOTE), journey.find(QUOTE.id()).map(TouchpointAggregate::touchpoint));
        assertEquals(Optional.empty(), journey.find(COMPLAINT.id()));
    }

    @Test
    void aWiderMarginChangesTheClassesButNotTheFigures() {
        JourneyAggregate lenient = ScoreAggregator.aggregate(JOURNEY, room(), ScoringSettings.DEFAULT.withMargin(2));
        assertEquals(Map.of(GapClass.DISAPPOINTMENT, 0, GapClass.SATISFIED, 3, GapClass.FAN_ZONE, 0),
                lenient.countByClass());
        assertEquals(aggregate(room()).inJourneyOrder().get(2).gap(), lenient.inJourneyOrder().get(2).gap());
    }

    @Test
    void theLaterAnswerReplacesTheEarlier() {
        List<TouchpointScore> scores = List.of(
                score(1, WEBSITE, ScoreDimension.EXPERIENCE, 4, 10),
                score(1, WEBSITE, ScoreDimension.EXPERIENCE, 9, 20),
                score(1, WEBSITE, ScoreDimension.EXPERIENCE, 2, 5)); // older, arrived late
        TouchpointAggregate website = aggregate(scores).inJourneyOrder().getFirst();
        assertEquals(1, website.n());
        assertEquals(Statistic.of(9), website.experience());
    }

    @Test
    void onEqualTimesTheLaterInTheListReplacesTheEarlier() {
        List<TouchpointScore> scores = List.of(expectation(1, WEBSITE, 4), expectation(1, WEBSITE, 6));
        assertEquals(Statistic.of(6), aggregate(scores).inJourneyOrder().getFirst().expectation());
    }

    @Test
    void ignoresScoresForTouchpointsOutsideTheJourney() {
        List<TouchpointScore> scores = List.of(expectation(1, COMPLAINT, 4), expectation(1, WEBSITE, 6));
        JourneyAggregate journey = aggregate(scores);
        assertEquals(4, journey.inJourneyOrder().size());
        assertEquals(Statistic.of(6), journey.inJourneyOrder().getFirst().expectation());
    }

    @Test
    void refusesAJourneyWithATouchpointTwice() {
        assertThrows(IllegalArgumentException.class,
                () -> ScoreAggregator.aggregate(List.of(WEBSITE, WEBSITE), List.of(), ScoringSettings.DEFAULT));
        assertThrows(IllegalArgumentException.class, () -> new RunningAggregate(List.of(QUOTE, QUOTE)));
    }

    @Test
    void aggregatesAWorkshop() {
        Instant now = Journeys.START;
        List<Participant> participants = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            participants.add(new Participant(Journeys.participant(i), "", JoinChannel.PHONE, now));
        }
        Workshop workshop = new Workshop(UUID.randomUUID(),
                new WorkshopDetails("Royale organisatie", "Klant", LocalDate.of(2026, 3, 12), "Anna", Language.NL),
                WorkshopStatus.LIVE, "standaard", List.of(), JOURNEY, participants,
                new Answers(room(), List.of(), List.of(), List.of(), List.of()), null, now, now);
        assertEquals(aggregate(room()), ScoreAggregator.aggregate(workshop, ScoringSettings.DEFAULT));
        assertEquals(aggregate(room()), RunningAggregate.of(workshop).snapshot(ScoringSettings.DEFAULT));
    }
}
