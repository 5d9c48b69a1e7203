package nl.royaal.domain.sequence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import nl.royaal.domain.DomainException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What a sequence refuses, with the message key (and arguments) the screen will show. */
class SequenceTest {

    private final SequenceItem website = SequenceItem.of("Website", 7.2);
    private final SequenceItem call = SequenceItem.of("Eerste gesprek", 8.1);
    private final SequenceItem quote = SequenceItem.of("Offerte", 6.4);
    private final SequenceItem invoice = SequenceItem.of("Factuur", 5.2);

    private static DomainException refused(String key, ThrowingCallable action) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(action);
        assertThat(thrown).isInstanceOf(DomainException.class);
        DomainException refusal = (DomainException) thrown;
        assertThat(refusal.messageKey()).as(refusal.getMessage()).isEqualTo(key);
        return refusal;
    }

    @Test
    void refusesAnEmptySequence() {
        refused("sequence.error.empty", () -> Sequence.of(List.of()));
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.99, 10.01, 0, -1, 11, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    void refusesAScoreOutsideOneToTen(double score) {
        DomainException refusal = refused("sequence.error.scoreRange", () -> SequenceItem.of("Website", score));
        assertThat(refusal.arguments()[0]).isEqualTo("Website");
        assertThat(refusal.arguments()[2]).isEqualTo(1.0);
        assertThat(refusal.arguments()[3]).isEqualTo(10.0);
    }

    @ParameterizedTest
    @ValueSource(doubles = {1.0, 5.5, 7.4, 10.0})
    void acceptsEveryScoreFromOneToTenInclusive(double score) {
        assertThat(SequenceItem.of("Website", score).score()).isEqualTo(score);
    }

    @Test
    void refusesAnItemWithoutALabel() {
        DomainException refusal = refused("validation.text.required", () -> SequenceItem.of("  ", 7));
        assertThat(refusal.arguments()).containsExactly("field.sequenceItemLabel");
    }

    @Test
    void refusesTheSameItemTwice() {
        SequenceItem again = new SequenceItem(website.id(), "Website (kopie)", 6, null);
        DomainException refusal = refused("sequence.error.duplicateItem", () -> Sequence.of(List.of(website, call, again)));
        assertThat(refusal.arguments()).containsExactly("Website (kopie)");
    }

    @Test
    void refusesTwoItemsPinnedToOnePosition() {
        DomainException refusal = refused("sequence.error.pinCollision",
                () -> Sequence.of(List.of(website.pinnedAt(2), call, invoice.pinnedAt(2))));
        assertThat(refusal.arguments()).containsExactly("Website", "Factuur", 3);
    }

    @Test
    void refusesAPinBeyondTheEnd() {
        DomainException refusal = refused("sequence.error.pinOutside",
                () -> Sequence.of(List.of(website, call, invoice.pinnedAt(3))));
        assertThat(refusal.arguments()).containsExactly("Factuur", 4, 3);
    }

    @Test
    void refusesANegativePin() {
        DomainException refusal = refused("sequence.error.pinOutside",
                () -> Sequence.of(List.of(website.pinnedAt(-1), call)));
        assertThat(refusal.arguments()).containsExactly("Website", 0, 2);
    }

    @Test
    void refusesARuleAboutAnItemThatIsNotThere() {
        SequenceItem stranger = SequenceItem.of("Klacht", 3);
        DomainException refusal = refused("sequence.error.unknownItem",
                () -> Sequence.of(List.of(website, call), List.of(Before.of(website, stranger))));
        assertThat(refusal.arguments()).containsExactly(stranger.id().toString());
    }

    @Test
    void refusesACircleOfRulesNamingEveryItemOnIt() {
        DomainException refusal = refused("sequence.error.cycle", () -> Sequence.of(
                List.of(website, call, quote, invoice),
                List.of(Before.of(website, invoice), Before.of(call, quote), Before.of(quote, invoice),
                        Before.of(invoice, call))));
        String circle = (String) refusal.arguments()[0];
        assertThat(circle).contains("Eerste gesprek", "Offerte", "Factuur").doesNotContain("Website");
        // In rule order, closed: each item must come before the next.
        assertThat(circle).isIn(
                "Eerste gesprek \u2192 Offerte \u2192 Factuur \u2192 Eerste gesprek",
                "Offerte \u2192 Factuur \u2192 Eerste gesprek \u2192 Offerte",
                "Factuur \u2192 Eerste gesprek \u2192 Offerte \u2192 Factuur");
    }

    @Test
    void refusesARuleThatAnItemComesBeforeItself() {
        DomainException refusal = refused("sequence.error.cycle",
                () -> Sequence.of(List.of(website, call), List.of(Before.of(call, call))));
        assertThat(refusal.arguments()).containsExactly("Eerste gesprek \u2192 Eerste gesprek");
    }

    @Test
    void refusesARuleAgainstTwoPins() {
        DomainException refusal = refused("sequence.error.constraintVsPin", () -> Sequence.of(
                List.of(website.pinnedAt(0), call, invoice.pinnedAt(2)),
                List.of(Before.of(invoice, website))));
        assertThat(refusal.arguments()).containsExactly("Factuur", "Website");
    }

    @Test
    void refusesARuleThatNeedsRoomBeforeAPinnedFirstItem() {
        DomainException refusal = refused("sequence.error.constraintVsPin", () -> Sequence.of(
                List.of(website.pinnedAt(0), call, quote), List.of(Before.of(call, website))));
        assertThat(refusal.arguments()).containsExactly("Eerste gesprek", "Website");
    }

    @Test
    void refusesRulesThatTogetherNeedMoreRoomThanThePinsLeave() {
        // The call is pinned to the second position, so one item fits before it: Website before
        // the call is fine, Offerte before the call as well is one too many.
        List<SequenceItem> items = List.of(website, call.pinnedAt(1), quote, invoice);
        Sequence.of(items, List.of(Before.of(website, call)));
        DomainException refusal = refused("sequence.error.constraintVsPin", () -> Sequence.of(items,
                List.of(Before.of(website, call), Before.of(quote, call))));
        assertThat(refusal.arguments()).containsExactly("Offerte", "Eerste gesprek");
    }

    @Test
    void refusesAChainOfRulesThatCannotFitBeforeAPin() {
        DomainException refusal = refused("sequence.error.constraintVsPin", () -> Sequence.of(
                List.of(website, call, quote, invoice.pinnedAt(1)),
                List.of(Before.of(website, call), Before.of(call, invoice))));
        assertThat(refusal.arguments()).containsExactly("Eerste gesprek", "Factuur");
    }

    @Test
    void dropsDuplicateRules() {
        Sequence sequence = Sequence.of(List.of(website, call), List.of(Before.of(website, call), Before.of(website, call)));
        assertThat(sequence.constraints()).containsExactly(Before.of(website, call));
    }

    @Test
    void movedReturnsANewOrderAndLeavesTheOriginal() {
        Sequence sequence = Sequence.of(List.of(website, call, quote, invoice));
        Sequence moved = sequence.moved(3, 0);
        assertThat(moved.items()).containsExactly(invoice, website, call, quote);
        assertThat(sequence.items()).containsExactly(website, call, quote, invoice);
        assertThat(sequence.moved(1, 99).items()).containsExactly(website, quote, invoice, call);
    }

    @Test
    void theCurrentOrderMayBreakTheRulesButSaysSo() {
        Sequence sequence = Sequence.of(List.of(website, call, invoice.pinnedAt(0)), List.of(Before.of(website, call)));
        assertThat(sequence.respectsRules()).isFalse();
        assertThat(sequence.moved(2, 0).respectsRules()).isTrue();
        assertThat(sequence.moved(2, 0).moved(2, 1).respectsRules()).isFalse();
    }

    @Test
    void pinsCanBeSetInPlaceAndRemoved() {
        Sequence sequence = Sequence.of(List.of(website, call, invoice));
        Sequence pinned = sequence.pinnedInPlace(invoice.id());
        assertThat(pinned.get(2).pin()).hasValue(2);
        assertThat(pinned.withoutPin(invoice.id()).get(2).isPinned()).isFalse();
        assertThat(pinned.withPin(website.id(), 1).get(0).pinned()).isEqualTo(1);
    }

    @Test
    void rulesCanBeAddedAndRemovedAndAreChecked() {
        Sequence sequence = Sequence.of(List.of(website, call, invoice)).withConstraint(Before.of(call, invoice));
        assertThat(sequence.constraints()).containsExactly(Before.of(call, invoice));
        assertThatThrownBy(() -> sequence.withConstraint(Before.of(invoice, call))).isInstanceOf(DomainException.class);
        assertThat(sequence.withoutConstraint(Before.of(call, invoice)).constraints()).isEmpty();
    }

    @Test
    void inOrderNeedsEveryItemOnce() {
        Sequence sequence = Sequence.of(List.of(website, call, invoice));
        assertThat(sequence.inOrder(List.of(invoice.id(), website.id(), call.id())).items()).containsExactly(invoice, website, call);
        assertThatThrownBy(() -> sequence.inOrder(List.of(invoice.id(), website.id())))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> sequence.inOrder(List.of(invoice.id(), website.id(), website.id())))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> sequence.inOrder(List.of(invoice.id(), website.id(), UUID.randomUUID())))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void looksUpItemsAndScores() {
        Sequence sequence = Sequence.of(List.of(website, call, invoice));
        assertThat(sequence.positionOf(call.id())).isEqualTo(1);
        assertThat(sequence.positionOf(UUID.randomUUID())).isEqualTo(-1);
        assertThat(sequence.find(invoice.id())).contains(invoice);
        assertThat(sequence.scores()).containsExactly(7.2, 8.1, 5.2);
        assertThat(sequence.ids()).containsExactly(website.id(), call.id(), invoice.id());
        assertThat(sequence.measures().end()).isEqualTo(5.2);
    }
}
