package nl.royaal.domain.sequence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The sequencer's promises for all inputs, on random sequences of up to 9 items (small enough to
 * check against every permutation): rules hold, the exact result is the true optimum, a
 * suggestion is stable, and without rules the end is the highest score.
 */
class SequencerPropertiesTest {

    private static final Sequencer EXACT = new Sequencer();
    private static final Sequencer HEURISTIC = Sequencer.withExactLimit(0);

    @Provide
    Arbitrary<Sequence> sequences() {
        return Combinators.combine(
                        Arbitraries.integers().between(1, 9),
                        Arbitraries.longs().withoutEdgeCases(),
                        Arbitraries.of(0.0, 0.15, 0.35),
                        Arbitraries.integers().between(0, 8))
                .as(RandomSequences::generate);
    }

    @Provide
    Arbitrary<Sequence> freeSequences() {
        return Combinators.combine(Arbitraries.integers().between(1, 9), Arbitraries.longs().withoutEdgeCases())
                .as(RandomSequences::free);
    }

    @Property(tries = 300)
    void pinsAndRulesAlwaysHold(@ForAll("sequences") Sequence sequence) {
        for (Sequencer sequencer : List.of(EXACT, HEURISTIC)) {
            Suggestion suggestion = sequencer.suggest(sequence);
            assertThat(BruteForce.keepsRules(sequence, suggestion.order())).isTrue();
            assertThat(suggestion.suggested().respectsRules()).isTrue();
            assertThat(suggestion.order()).containsExactlyInAnyOrderElementsOf(sequence.items());
        }
    }

    @Property(tries = 250)
    void exactResultIsNeverWorseThanAnyValidPermutation(@ForAll("sequences") Sequence sequence) {
        Suggestion suggestion = EXACT.suggest(sequence);
        BruteForce.Result everyOrder = BruteForce.search(sequence);
        BruteForce.Score exact = BruteForce.score(sequence, suggestion.order());
        assertThat(everyOrder.validOrders()).isPositive();
        assertThat(everyOrder.best().betterThan(exact))
                .as("brute force found %s, sequencer %s", everyOrder.best(), exact)
                .isFalse();
        assertThat(exact.sameAs(everyOrder.best())).isTrue();
        assertThat(suggestion.swaps()).isEqualTo(exact.swaps());
        assertThat(suggestion.exact()).isTrue();
    }

    @Property(tries = 250)
    void heuristicIsExactOnTheEndAndNeverBeatsTheExactOptimum(@ForAll("sequences") Sequence sequence) {
        BruteForce.Score exact = BruteForce.score(sequence, EXACT.suggest(sequence).order());
        Suggestion heuristic = HEURISTIC.suggest(sequence);
        BruteForce.Score found = BruteForce.score(sequence, heuristic.order());
        assertThat(found.end()).isCloseTo(exact.end(), org.assertj.core.data.Offset.offset(1e-9));
        assertThat(found.betterThan(exact)).isFalse();
        boolean allPinned = sequence.items().stream().allMatch(SequenceItem::isPinned);
        assertThat(heuristic.exact()).isEqualTo(allPinned);
    }

    /** With windows of 3 the moves, not the exact windows, must do the work. */
    @Property(tries = 250)
    void heuristicWithSmallWindowsKeepsTheRulesAndTheBestEnd(@ForAll("sequences") Sequence sequence) {
        Problem problem = Problem.of(sequence);
        int[] order = HeuristicSequencer.solve(problem, 3);
        assertThat(problem.respects(order)).isTrue();
        int[] exact = ExactSequencer.solve(problem);
        assertThat(problem.evaluate(order).end()).isEqualTo(problem.evaluate(exact).end());
        assertThat(problem.evaluate(order).betterThan(problem.evaluate(exact))).isFalse();
    }

    @Property(tries = 300)
    void sequencingTheSuggestionAgainChangesNothing(@ForAll("sequences") Sequence sequence) {
        for (Sequencer sequencer : List.of(EXACT, HEURISTIC)) {
            Suggestion first = sequencer.suggest(sequence);
            Suggestion again = sequencer.suggest(first.suggested());
            assertThat(again.unchanged()).isTrue();
            assertThat(again.suggested()).isEqualTo(first.suggested());
            assertThat(again.advice()).extracting(Advice::messageKey).contains(Advice.UNCHANGED);
        }
    }

    @Property(tries = 300)
    void withoutRulesTheEndIsTheHighestScore(@ForAll("freeSequences") Sequence sequence) {
        double highest = java.util.Arrays.stream(sequence.scores()).max().orElseThrow();
        for (Sequencer sequencer : List.of(EXACT, HEURISTIC)) {
            Suggestion suggestion = sequencer.suggest(sequence);
            assertThat(suggestion.after().end()).isEqualTo(highest);
            assertThat(suggestion.after().totalDescent()).isZero();
            assertThat(suggestion.peakEndPossible()).isTrue();
        }
    }

    @Property(tries = 300)
    void rememberedScoreNeverDropsWhenTheCurrentOrderKeepsTheRules(@ForAll("sequences") Sequence sequence) {
        Suggestion suggestion = EXACT.suggest(sequence);
        if (sequence.respectsRules()) {
            for (MemoryModel model : MemoryModel.defaults()) {
                assertThat(suggestion.after().remembered(model))
                        .isGreaterThanOrEqualTo(suggestion.before().remembered(model) - 1e-9);
            }
            assertThat(suggestion.after().totalDescent() <= suggestion.before().totalDescent() + 1e-9
                            || suggestion.after().end() > suggestion.before().end())
                    .isTrue();
        }
    }
}
