package nl.royaal.domain.scoring;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import nl.royaal.domain.ScoreDimension;
import nl.royaal.domain.Touchpoint;
import nl.royaal.domain.TouchpointScore;
import nl.royaal.domain.Workshop;

/**
 * Works out the expectation-versus-experience results from all scores at once (PRODUCT.md §3
 * step 6). For a live round that recomputes after every answer, {@link RunningAggregate} gives
 * the same result by updating sums.
 *
 * <p>Rules: one answer counts per participant, touchpoint and dimension; when there are several
 * the one answered last counts (on equal times, the later one in the list), as "the later
 * replaces the earlier". Scores for a touchpoint that is not in the journey are ignored.
 */
public final class ScoreAggregator {

    private ScoreAggregator() {
    }

    /** The results of this workshop's journey. */
    public static JourneyAggregate aggregate(Workshop workshop, ScoringSettings settings) {
        return aggregate(workshop.touchpoints(), workshop.answers().scores(), settings);
    }

    /** The results of these touchpoints, in this order, from these scores. */
    public static JourneyAggregate aggregate(
            List<Touchpoint> touchpoints, Collection<TouchpointScore> scores, ScoringSettings settings) {
        Objects.requireNonNull(settings, "settings");
        Map<AnswerKey, TouchpointScore> counted = latestAnswers(scores);

        Map<UUID, Integer> index = new HashMap<>();
        for (int i = 0; i < touchpoints.size(); i++) {
            if (index.put(touchpoints.get(i).id(), i) != null) {
                throw new IllegalArgumentException("touchpoint twice in the journey: " + touchpoints.get(i).id());
            }
        }
        int size = touchpoints.size();
        int[][] counts = new int[2][size];
        long[][] sums = new long[2][size];
        long[][] squares = new long[2][size];
        List<Set<UUID>> respondents = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            respondents.add(new HashSet<>());
        }
        for (TouchpointScore score : counted.values()) {
            Integer at = index.get(score.touchpointId());
            if (at == null) {
                continue;
            }
            int d = score.dimension() == ScoreDimension.EXPECTATION ? 0 : 1;
            long grade = score.score().value();
            counts[d][at]++;
            sums[d][at] += grade;
            squares[d][at] += grade * grade;
            respondents.get(at).add(score.participantId());
        }

        List<TouchpointAggregate> aggregates = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            aggregates.add(TouchpointAggregate.of(touchpoints.get(i),
                    new Statistic(counts[0][i], sums[0][i], squares[0][i]),
                    new Statistic(counts[1][i], sums[1][i], squares[1][i]),
                    respondents.get(i).size(), settings));
        }
        return new JourneyAggregate(aggregates, settings);
    }

    private static Map<AnswerKey, TouchpointScore> latestAnswers(Collection<TouchpointScore> scores) {
        Map<AnswerKey, TouchpointScore> latest = HashMap.newHashMap(scores.size());
        for (TouchpointScore score : scores) {
            latest.merge(AnswerKey.of(score), score,
                    (earlier, later) -> later.answeredAt().isBefore(earlier.answeredAt()) ? earlier : later);
        }
        return latest;
    }
}
