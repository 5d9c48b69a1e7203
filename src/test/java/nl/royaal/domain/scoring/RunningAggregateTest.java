package nl.royaal.domain.scoring;

import static nl.royaal.domain.scoring.Journeys.COMPLAINT;
import static nl.royaal.domain.scoring.Journeys.FIRST_CALL;
import static nl.royaal.domain.scoring.Journeys.WEBSITE;
import static nl.royaal.domain.scoring.Journeys.experience;
import static nl.royaal.domain.scoring.Journeys.expectation;
import static nl.royaal.domain.scoring.Journeys.score;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import nl.royaal.domain.ScoreDimension;
import nl.royaal.domain.Touchpoint;
import nl.royaal.domain.TouchpointScore;
import org.junit.jupiter.api.Test;

class RunningAggregateTest {

    private static final List<Touchpoint> JOURNEY = List.of(
            WEBSITE, FIRST_CALL, Journeys.QUOTE, Journeys.INVOICE);
    private static final ScoringSettings SETTINGS = ScoringSettings.DEFAULT;

    @Test
    void startsWithEveryTouchpointEmpty() {
        RunningAggregate running = new RunningAggregate(JOURNEY);
        assertEquals(JOURNEY.stream().map(TouchpointAggregate::empty).toList(),
                running.snapshot(SETTINGS).inJourneyOrder());
        assertEquals(0, running.answerCount());
    }

    @Test
    void aReplacedAnswerTakesTheOldGradeOut() {
        RunningAggregate running = new RunningAggregate(JOURNEY);
        assertTrue(running.accept(score(1, WEBSITE, ScoreDimension.EXPERIENCE, 4, 10)));
        assertTrue(running.accept(score(2, WEBSITE, ScoreDimension.EXPERIENCE, 6, 11)));
        assertTrue(running.accept(score(1, WEBSITE, ScoreDimension.EXPERIENCE, 9, 12)));
        TouchpointAggregate website = running.aggregate(WEBSITE.id(), SETTINGS).orElseThrow();
        assertEquals(Statistic.of(6, 9), website.experience());
        assertEquals(2, website.n());
        assertEquals(2, running.answerCount());
    }

    @Test
    void aParticipantCountsOnceForBothDimensions() {
        RunningAggregate running = new RunningAggregate(JOURNEY);
        running.accept(expectation(1, WEBSITE, 7));
        running.accept(experience(1, WEBSITE, 8));
        running.accept(experience(1, WEBSITE, 9));
        assertEquals(1, running.aggregate(WEBSITE.id(), SETTINGS).orElseThrow().n());
    }

    @Test
    void ignoresAnAnswerOlderThanTheOneCounted() {
        RunningAggregate running = new RunningAggregate(JOURNEY);
        running.accept(score(1, WEBSITE, ScoreDimension.EXPECTATION, 8, 20));
        assertFalse(running.accept(score(1, WEBSITE, ScoreDimension.EXPECTATION, 3, 10)));
        assertEquals(Statistic.of(8), running.aggregate(WEBSITE.id(), SETTINGS).orElseThrow().expectation());
    }

    @Test
    void ignoresAnAnswerForATouchpointOutsideTheJourney() {
        RunningAggregate running = new RunningAggregate(JOURNEY);
        assertFalse(running.accept(expectation(1, COMPLAINT, 8)));
        assertEquals(0, running.answerCount());
        assertEquals(Optional.empty(), running.aggregate(COMPLAINT.id(), SETTINGS));
    }

    @Test
    void theSameAnswersUnderAnotherMarginGiveOtherClasses() {
        RunningAggregate running = new RunningAggregate(JOURNEY);
        running.accept(expectation(1, WEBSITE, 7));
        running.accept(experience(1, WEBSITE, 8));
        assertEquals(Optional.of(GapClass.FAN_ZONE), running.snapshot(SETTINGS).inJourneyOrder().getFirst().gapClass());
        assertEquals(Optional.of(GapClass.SATISFIED),
                running.snapshot(SETTINGS.withMargin(1)).inJourneyOrder().getFirst().gapClass());
    }

    // ---- properties: the running aggregate and the full recomputation never differ ----

    @Provide
    Arbitrary<List<TouchpointScore>> answerStreams() {
        // Few participants, touchpoints and distinct times, so that replacements and equal times are common.
        Arbitrary<TouchpointScore> answer = Combinators.combine(
                        Arbitraries.integers().between(1, 6),
                        Arbitraries.integers().between(0, JOURNEY.size()), // JOURNEY.size() is COMPLAINT: outside
                        Arbitraries.of(ScoreDimension.class),
                        Arbitraries.integers().between(1, 10),
                        Arbitraries.longs().between(0, 8))
                .as((participant, touchpoint, dimension, grade, second) -> score(participant,
                        touchpoint < JOURNEY.size() ? JOURNEY.get(touchpoint) : COMPLAINT, dimension, grade, second));
        return answer.list().ofMaxSize(60);
    }

    @Property(tries = 300)
    void afterEveryAnswerTheRunningAggregateEqualsAFullRecomputation(
            @ForAll("answerStreams") List<TouchpointScore> answers, @ForAll("settings") ScoringSettings settings) {
        RunningAggregate running = new RunningAggregate(JOURNEY);
        for (int i = 0; i < answers.size(); i++) {
            running.accept(answers.get(i));
            assertEquals(ScoreAggregator.aggregate(JOURNEY, answers.subList(0, i + 1), settings),
                    running.snapshot(settings), "after answer " + (i + 1));
        }
    }

    @Property(tries = 300)
    void theOrderInWhichAnswersArriveDoesNotMatter(
            @ForAll("answerStreams") List<TouchpointScore> answers, @ForAll long seed) {
        List<TouchpointScore> distinctTimes = new ArrayList<>();
        for (int i = 0; i < answers.size(); i++) {
            TouchpointScore answer = answers.get(i);
            distinctTimes.add(new TouchpointScore(answer.participantId(), answer.touchpointId(), answer.dimension(),
                    answer.score(), Journeys.START.plusMillis(i)));
        }
        List<TouchpointScore> shuffled = new ArrayList<>(distinctTimes);
        Collections.shuffle(shuffled, new Random(seed));

        JourneyAggregate inOrder = ScoreAggregator.aggregate(JOURNEY, distinctTimes, SETTINGS);
        assertEquals(inOrder, ScoreAggregator.aggregate(JOURNEY, shuffled, SETTINGS));
        RunningAggregate running = new RunningAggregate(JOURNEY);
        running.acceptAll(shuffled);
        assertEquals(inOrder, running.snapshot(SETTINGS));
    }

    @Property(tries = 300)
    void meansStayOnTheScaleAndSpreadsAreNeverNegative(@ForAll("answerStreams") List<TouchpointScore> answers) {
        for (TouchpointAggregate aggregate : ScoreAggregator.aggregate(JOURNEY, answers, SETTINGS).inJourneyOrder()) {
            for (Statistic statistic : List.of(aggregate.expectation(), aggregate.experience())) {
                statistic.mean().ifPresent(mean -> assertTrue(mean >= 1 && mean <= 10, () -> "mean " + mean));
                statistic.standardDeviation().ifPresent(spread -> assertTrue(spread >= 0, () -> "spread " + spread));
                assertEquals(statistic.hasSpread(), statistic.standardDeviation().isPresent());
            }
            assertEquals(aggregate.expectation().hasMean() && aggregate.experience().hasMean(), aggregate.hasGap());
            assertEquals(aggregate.hasGap(), aggregate.gapClass().isPresent());
            aggregate.gap().ifPresent(gap -> assertTrue(gap >= -9 && gap <= 9, () -> "gap " + gap));
            assertTrue(aggregate.n() >= Math.max(aggregate.expectation().n(), aggregate.experience().n()));
        }
    }

    @Provide
    Arbitrary<ScoringSettings> settings() {
        return Combinators.combine(
                        Arbitraries.of(0.0, 0.1, 0.3, 0.5, 1.0, 2.5),
                        Arbitraries.of(0.5, 1.0, 2.0, 3.0))
                .as(ScoringSettings::new);
    }
}
