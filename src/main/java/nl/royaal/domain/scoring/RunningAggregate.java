package nl.royaal.domain.scoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import nl.royaal.domain.ScoreDimension;
import nl.royaal.domain.Touchpoint;
import nl.royaal.domain.TouchpointScore;
import nl.royaal.domain.Workshop;

/**
 * The expectation-versus-experience results kept up to date answer by answer during a live
 * round: a new answer adds its grade to the sums, a replaced answer first takes the old grade
 * out. Because the sums are whole numbers this is exact, and {@link #snapshot} always equals
 * {@link ScoreAggregator#aggregate} over the same answers.
 *
 * <p>Same rules as the full computation: one answer per participant, touchpoint and dimension;
 * the one answered last counts, and on equal times the one accepted last. An answer older than
 * the one already counted is ignored; so is an answer for a touchpoint not in the journey.
 *
 * <p>Mutable and not thread-safe: the live round owns one and feeds it from one thread. When the
 * journey itself changes (a touchpoint added, renamed or removed), make a new one.
 */
public final class RunningAggregate {

    private static final int EXPECTATION = 0;
    private static final int EXPERIENCE = 1;

    private final List<Touchpoint> touchpoints;
    private final Map<UUID, Integer> index = new HashMap<>();
    private final Map<AnswerKey, TouchpointScore> counted = new HashMap<>();
    private final Statistic[][] statistics;
    private final int[] respondents;

    /** Starts with no answers. */
    public RunningAggregate(List<Touchpoint> touchpoints) {
        this.touchpoints = List.copyOf(touchpoints);
        for (int i = 0; i < this.touchpoints.size(); i++) {
            if (index.put(this.touchpoints.get(i).id(), i) != null) {
                throw new IllegalArgumentException("touchpoint twice in the journey: "
                        + this.touchpoints.get(i).id());
            }
        }
        statistics = new Statistic[2][this.touchpoints.size()];
        for (Statistic[] dimension : statistics) {
            Arrays.fill(dimension, Statistic.EMPTY);
        }
        respondents = new int[this.touchpoints.size()];
    }

    /** Starts from everything this workshop has already been told. */
    public static RunningAggregate of(Workshop workshop) {
        RunningAggregate running = new RunningAggregate(workshop.touchpoints());
        running.acceptAll(workshop.answers().scores());
        return running;
    }

    /**
     * Counts this answer, replacing the participant's earlier answer to the same question.
     *
     * @return whether it counts: false for a touchpoint outside the journey or an answer older
     *         than the one already counted
     */
    public boolean accept(TouchpointScore score) {
        Objects.requireNonNull(score, "score");
        Integer at = index.get(score.touchpointId());
        if (at == null) {
            return false;
        }
        AnswerKey key = AnswerKey.of(score);
        TouchpointScore previous = counted.get(key);
        if (previous != null && score.answeredAt().isBefore(previous.answeredAt())) {
            return false;
        }
        counted.put(key, score);
        int d = score.dimension() == ScoreDimension.EXPECTATION ? EXPECTATION : EXPERIENCE;
        Statistic statistic = statistics[d][at];
        if (previous != null) {
            statistic = statistic.minusGrade(previous.score().value());
        } else if (!counted.containsKey(key.otherDimension())) {
            respondents[at]++;
        }
        statistics[d][at] = statistic.plusGrade(score.score().value());
        return true;
    }

    /** Counts these answers in this order. */
    public void acceptAll(Collection<TouchpointScore> scores) {
        scores.forEach(this::accept);
    }

    /** How many answers count (one per participant, touchpoint and dimension). */
    public int answerCount() {
        return counted.size();
    }

    public List<Touchpoint> touchpoints() {
        return touchpoints;
    }

    /** The results as they stand, under these settings. Costs one small object per touchpoint. */
    public JourneyAggregate snapshot(ScoringSettings settings) {
        Objects.requireNonNull(settings, "settings");
        List<TouchpointAggregate> aggregates = new ArrayList<>(touchpoints.size());
        for (int i = 0; i < touchpoints.size(); i++) {
            aggregates.add(aggregateAt(i, settings));
        }
        return new JourneyAggregate(aggregates, settings);
    }

    /** The results of one touchpoint as they stand; absent when it is not in the journey. */
    public Optional<TouchpointAggregate> aggregate(UUID touchpointId, ScoringSettings settings) {
        Objects.requireNonNull(settings, "settings");
        Integer at = index.get(touchpointId);
        return at == null ? Optional.empty() : Optional.of(aggregateAt(at, settings));
    }

    private TouchpointAggregate aggregateAt(int at, ScoringSettings settings) {
        return TouchpointAggregate.of(touchpoints.get(at),
                statistics[EXPECTATION][at], statistics[EXPERIENCE][at], respondents[at], settings);
    }
}
