package nl.royaal.domain.sequence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import nl.royaal.domain.Language;
import nl.royaal.i18n.I18n;
import org.junit.jupiter.api.Test;

/** The sequencer on the cases of the product brief, worked out by hand. */
class SequencerTest {

    private final Sequencer sequencer = new Sequencer();

    private static List<SequenceItem> evenings(double... scores) {
        List<SequenceItem> items = new ArrayList<>();
        for (int i = 0; i < scores.length; i++) {
            items.add(SequenceItem.of("Avond " + (i + 1), scores[i]));
        }
        return items;
    }

    private static List<List<Object>> argumentsOf(Suggestion suggestion, String key) {
        return suggestion.moves().stream().filter(move -> move.messageKey().equals(key)).map(Move::arguments).toList();
    }

    private static double[] scores(List<SequenceItem> order) {
        return order.stream().mapToDouble(SequenceItem::score).toArray();
    }

    @Test
    void courseEveningsFromLowestToHighestTeacher() {
        // PRODUCT.md §4 acceptance: six evenings 6.1, 7.9, 6.6, 7.4, 6.9, 7.2 in this order.
        Sequence course = Sequence.of(evenings(6.1, 7.9, 6.6, 7.4, 6.9, 7.2));
        Suggestion suggestion = sequencer.suggest(course);

        assertThat(scores(suggestion.order())).containsExactly(6.1, 6.6, 6.9, 7.2, 7.4, 7.9);
        // Up 6.1→7.9, 6.6→7.4 and 6.9→7.2: three rising steps now, five after.
        assertThat(suggestion.before().risingSteps()).isEqualTo(3);
        assertThat(suggestion.after().risingSteps()).isEqualTo(5);
        assertThat(suggestion.before().totalDescent()).isCloseTo(1.8, within(1e-9));
        assertThat(suggestion.after().totalDescent()).isZero();
        for (MemoryModel model : MemoryModel.defaults()) {
            assertThat(suggestion.after().remembered(model)).isGreaterThanOrEqualTo(suggestion.before().remembered(model));
        }
        assertThat(suggestion.before().remembered(new PeaksAndEnd())).isCloseTo(21.2 / 3, within(1e-9));
        assertThat(suggestion.after().remembered(new PeaksAndEnd())).isCloseTo(21.9 / 3, within(1e-9));
        assertThat(suggestion.before().remembered(new ClassicPeakEnd())).isCloseTo(7.55, within(1e-9));
        assertThat(suggestion.after().remembered(new ClassicPeakEnd())).isCloseTo(7.9, within(1e-9));
        assertThat(suggestion.peakEndPossible()).isTrue();
        assertThat(suggestion.exact()).isTrue();
        assertThat(suggestion.unchanged()).isFalse();
        assertThat(suggestion.advice()).isEmpty();
    }

    @Test
    void courseSuggestionExplainsEveryMove() {
        Sequence course = Sequence.of(evenings(6.1, 7.9, 6.6, 7.4, 6.9, 7.2));
        Suggestion suggestion = sequencer.suggest(course);
        // Avond 1 (6.1) stays first; 6.6, 6.9 and 7.2 move forward past higher scores, 7.4 moves
        // back behind the lower 6.9 and 7.2, and 7.9 goes to the end.
        assertThat(suggestion.moves()).extracting(Move::messageKey, Move::arguments).containsExactly(
                tuple(Move.MOVED_EARLIER, List.of("Avond 3", 6.6, 2)),
                tuple(Move.MOVED_EARLIER, List.of("Avond 5", 6.9, 3)),
                tuple(Move.MOVED_EARLIER, List.of("Avond 6", 7.2, 4)),
                tuple(Move.MOVED_LATER, List.of("Avond 4", 7.4, 5)),
                tuple(Move.MOVED_TO_END, List.of("Avond 2", 7.9)));
        Move toEnd = suggestion.moves().getLast();
        assertThat(toEnd.from()).isEqualTo(1);
        assertThat(toEnd.to()).isEqualTo(5);
        assertThat(toEnd.moves()).isTrue();
        // Avond 2 changes places with the four evenings after it, Avond 4 with Avond 5 and 6.
        assertThat(suggestion.swaps()).isEqualTo(6);
    }

    @Test
    void anAscendingOrderIsAlreadyBestAndStaysAsItIs() {
        Sequence sorted = Sequence.of(evenings(6.1, 6.6, 6.9, 7.2, 7.4, 7.9));
        Suggestion suggestion = sequencer.suggest(sorted);
        assertThat(suggestion.unchanged()).isTrue();
        assertThat(suggestion.suggested()).isEqualTo(sorted);
        assertThat(suggestion.moves()).isEmpty();
        assertThat(suggestion.advice()).extracting(Advice::messageKey).containsExactly(Advice.UNCHANGED);
    }

    @Test
    void equalScoresKeepTheirCurrentOrder() {
        List<SequenceItem> items = evenings(7, 5, 7, 5, 6);
        Suggestion suggestion = sequencer.suggest(Sequence.of(items));
        assertThat(suggestion.order()).containsExactly(items.get(1), items.get(3), items.get(4), items.get(0), items.get(2));
    }

    @Test
    void scoresThatDifferOnlyInRoundingCountAsEqual() {
        // 1.1 + 2.2 and 3.3 are the same mean computed two ways; as doubles they differ.
        SequenceItem first = SequenceItem.of("Avond 1", 1.1 + 2.2);
        SequenceItem second = SequenceItem.of("Avond 2", 3.3);
        assertThat(first.score()).isNotEqualTo(second.score());
        Suggestion suggestion = sequencer.suggest(Sequence.of(List.of(first, second)));
        assertThat(suggestion.unchanged()).isTrue();
        Suggestion reversed = sequencer.suggest(Sequence.of(List.of(second, first)));
        assertThat(reversed.unchanged()).isTrue();
    }

    @Test
    void invoicePinnedLastGetsTheAdviceToAddAClosingPeak() {
        SequenceItem website = SequenceItem.of("Website", 7.2);
        SequenceItem call = SequenceItem.of("Eerste gesprek", 8.1);
        SequenceItem quote = SequenceItem.of("Offerte", 6.4);
        SequenceItem delivery = SequenceItem.of("Levering", 8.6);
        SequenceItem invoice = SequenceItem.of("Factuur", 5.2).pinnedAt(4);
        Suggestion suggestion = sequencer.suggest(Sequence.of(List.of(website, call, quote, delivery, invoice)));

        // The drop to the invoice cannot be avoided; one slope down from the peak is the least
        // descent (8.6 − 5.2), and moving Offerte behind Levering is the smallest change for it.
        assertThat(suggestion.order()).containsExactly(website, call, delivery, quote, invoice);
        assertThat(suggestion.after().totalDescent()).isCloseTo(3.4, within(1e-9));
        assertThat(suggestion.before().totalDescent()).isCloseTo(5.1, within(1e-9));
        assertThat(suggestion.peakEndPossible()).isFalse();
        assertThat(suggestion.advice()).extracting(Advice::messageKey, Advice::arguments).containsExactly(
                tuple(Advice.NO_PEAK_END, List.of("Levering", 8.6, "Factuur", 5.2)),
                tuple(Advice.ADD_CLOSING_PEAK, List.of("Factuur")));
        assertThat(suggestion.moves()).extracting(Move::messageKey, Move::arguments).containsExactly(
                tuple(Move.MOVED, List.of("Levering", 8.6, 3)),
                tuple(Move.MOVED, List.of("Offerte", 6.4, 4)),
                tuple(Move.PINNED, List.of("Factuur", 5)));
    }

    @Test
    void adviceReadsAsSentencesInBothLanguages() {
        SequenceItem delivery = SequenceItem.of("Levering", 8.6);
        SequenceItem invoice = SequenceItem.of("Factuur", 5.2).pinnedAt(1);
        Suggestion suggestion = sequencer.suggest(Sequence.of(List.of(delivery, invoice)));
        I18n dutch = I18n.of(Language.NL);
        I18n english = I18n.of(Language.EN);
        assertThat(suggestion.advice()).extracting(Advice::messageKey)
                .containsExactly(Advice.UNCHANGED, Advice.NO_PEAK_END, Advice.ADD_CLOSING_PEAK);
        Advice closingPeak = suggestion.advice().get(2);
        assertThat(dutch.t(closingPeak.messageKey(), closingPeak.args()))
                .isEqualTo("\u201eFactuur\u201d blijft als laatste: voeg daarna een afsluitend piekmoment toe,"
                        + " zoals het goedkope ijsje bij de uitgang van de meubelwinkel.");
        assertThat(english.t(closingPeak.messageKey(), closingPeak.args())).startsWith("\u201cFactuur\u201d stays last");
        Advice noPeak = suggestion.advice().get(1);
        assertThat(dutch.t(noPeak.messageKey(), noPeak.args())).contains("\u201eLevering\u201d (8,6)", "(5,2)");
        assertThat(english.t(noPeak.messageKey(), noPeak.args())).contains("\u201cLevering\u201d (8.6)", "(5.2)");
        for (Move move : suggestion.moves()) {
            assertThat(dutch.t(move.messageKey(), move.args())).doesNotContain("!", "{");
            assertThat(english.t(move.messageKey(), move.args())).doesNotContain("!", "{");
        }
    }

    @Test
    void rulesThatForceALowEndGetTheSameAdvice() {
        SequenceItem quote = SequenceItem.of("Offerte", 6.4);
        SequenceItem delivery = SequenceItem.of("Levering", 8.6);
        SequenceItem invoice = SequenceItem.of("Factuur", 5.2);
        SequenceItem complaint = SequenceItem.of("Klachtafhandeling", 4.8);
        Sequence journey = Sequence.of(List.of(delivery, invoice, quote, complaint),
                List.of(Before.of(quote, delivery), Before.of(delivery, invoice), Before.of(delivery, complaint)));
        Suggestion suggestion = sequencer.suggest(journey);

        // Levering cannot end; of Factuur and Klachtafhandeling, Factuur is the better end.
        assertThat(suggestion.order()).containsExactly(quote, delivery, complaint, invoice);
        assertThat(suggestion.peakEndPossible()).isFalse();
        assertThat(suggestion.advice()).extracting(Advice::messageKey, Advice::arguments).containsExactly(
                tuple(Advice.NO_PEAK_END, List.of("Levering", 8.6, "Factuur", 5.2)),
                tuple(Advice.ADD_CLOSING_PEAK, List.of("Factuur")));
        assertThat(suggestion.moves()).extracting(Move::messageKey).contains(Move.BEST_POSSIBLE_END, Move.CONSTRAINT);
        assertThat(argumentsOf(suggestion, Move.CONSTRAINT))
                .isEqualTo(List.of(List.of("Levering", "Factuur"), List.of("Levering", "Klachtafhandeling")));
    }

    @Test
    void pinnedWelcomeAndClosingStayWhereTheyArePinned() {
        List<SequenceItem> agenda = List.of(
                SequenceItem.of("Welkom", 6.0).pinnedAt(0),
                SequenceItem.of("Fanmoment", 8.8),
                SequenceItem.of("Zelfbeeld", 6.9),
                SequenceItem.of("Droomservice", 8.1),
                SequenceItem.of("Contactmomenten", 7.0),
                SequenceItem.of("Afsluiting", 7.5).pinnedAt(5));
        Suggestion suggestion = sequencer.suggest(Sequence.of(agenda));
        assertThat(suggestion.order()).extracting(SequenceItem::label)
                .containsExactly("Welkom", "Zelfbeeld", "Contactmomenten", "Fanmoment", "Droomservice", "Afsluiting");
        // The closing (7.5) is pinned, so the curve must come down from 8.8 to 7.5 anyway: any one
        // slope down costs 1.3, and this one moves the fewest pairs.
        assertThat(suggestion.after().totalDescent()).isCloseTo(1.3, within(1e-9));
        assertThat(argumentsOf(suggestion, Move.PINNED)).isEqualTo(List.of(List.of("Welkom", 1), List.of("Afsluiting", 6)));
        assertThat(suggestion.peakEndPossible()).isFalse();
        assertThat(suggestion.advice()).extracting(Advice::messageKey).containsExactly(Advice.NO_PEAK_END, Advice.ADD_CLOSING_PEAK);
    }

    @Test
    void aPinThatDiffersFromTheCurrentPlaceIsHonoured() {
        List<SequenceItem> items = evenings(5, 6, 7, 8);
        Sequence sequence = Sequence.of(List.of(items.get(0), items.get(1), items.get(2), items.get(3).pinnedAt(1)));
        Suggestion suggestion = sequencer.suggest(sequence);
        assertThat(scores(suggestion.order())).containsExactly(5, 8, 6, 7);
        assertThat(suggestion.order().get(1).label()).isEqualTo("Avond 4");
    }

    @Test
    void aLowPinnedItemInTheMiddleHasTheLowestItemsBeforeIt() {
        // Positions 0 and 1 before the pinned 4.0: the two lowest free scores, so the drop is small
        // (5.0 → 4.5 → 4.0 or 4.5 → 5.0 → 4.0 both drop 1.0; B and C keep their current order).
        List<SequenceItem> items = List.of(
                SequenceItem.of("A", 9.0), SequenceItem.of("B", 5.0), SequenceItem.of("Dal", 4.0).pinnedAt(2),
                SequenceItem.of("C", 4.5), SequenceItem.of("D", 8.0));
        Suggestion suggestion = sequencer.suggest(Sequence.of(items));
        assertThat(suggestion.order()).extracting(SequenceItem::label).containsExactly("B", "C", "Dal", "D", "A");
        assertThat(suggestion.after().totalDescent()).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void rulesHoldAndTheConstraintIsExplained() {
        SequenceItem delivery = SequenceItem.of("Levering", 8.6);
        SequenceItem quote = SequenceItem.of("Offerte", 6.4);
        SequenceItem website = SequenceItem.of("Website", 7.2);
        SequenceItem thanks = SequenceItem.of("Bedankkaart", 9.1);
        Sequence journey = Sequence.of(List.of(thanks, website, delivery, quote),
                List.of(Before.of(website, quote), Before.of(quote, delivery)));
        Suggestion suggestion = sequencer.suggest(journey);
        assertThat(suggestion.order()).containsExactly(website, quote, delivery, thanks);
        List<Move> constraints = suggestion.moves().stream()
                .filter(move -> move.messageKey().equals(Move.CONSTRAINT))
                .toList();
        assertThat(constraints).hasSize(1);
        assertThat(constraints.getFirst().itemId()).isEqualTo(website.id());
        assertThat(constraints.getFirst().arguments()).containsExactly("Website", "Offerte");
    }

    @Test
    void oneItemIsAlreadyInOrder() {
        Suggestion suggestion = sequencer.suggest(Sequence.of(evenings(7.7)));
        assertThat(suggestion.unchanged()).isTrue();
        assertThat(suggestion.peakEndPossible()).isTrue();
    }

    @Test
    void everythingPinnedLeavesNothingToChoose() {
        List<SequenceItem> items = List.of(SequenceItem.of("B", 8).pinnedAt(1), SequenceItem.of("A", 6).pinnedAt(0));
        Suggestion suggestion = sequencer.suggest(Sequence.of(items));
        assertThat(suggestion.order()).containsExactly(items.get(1), items.get(0));
        assertThat(suggestion.exact()).isTrue();
    }

    @Test
    void upToSixteenMovableItemsAreSolvedExactlyAndMoreByTheHeuristic() {
        assertThat(sequencer.suggest(RandomSequences.free(16, 7)).exact()).isTrue();
        assertThat(sequencer.suggest(RandomSequences.free(17, 7)).exact()).isFalse();
        // Pinned items do not count: 16 movable of 20 is still exact.
        List<SequenceItem> items = new ArrayList<>(RandomSequences.free(20, 9).items());
        for (int p = 0; p < 4; p++) {
            items.set(p * 5, items.get(p * 5).pinnedAt(p * 5));
        }
        assertThat(sequencer.suggest(Sequence.of(items)).exact()).isTrue();
        Suggestion big = sequencer.suggest(RandomSequences.generate(40, 11, 0.1, 20));
        assertThat(big.exact()).isFalse();
        assertThat(big.suggested().respectsRules()).isTrue();
        assertThat(sequencer.suggest(big.suggested()).unchanged()).isTrue();
    }

    @Test
    void anExactLimitOutsideTheSupportedRangeIsRefused() {
        assertThatThrownBy(() -> Sequencer.withExactLimit(Sequencer.MAX_EXACT_LIMIT + 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Sequencer.withExactLimit(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new Sequencer().exactLimit()).isEqualTo(16);
    }
}
