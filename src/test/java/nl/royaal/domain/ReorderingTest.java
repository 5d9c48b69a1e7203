package nl.royaal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReorderingTest {

    private static final List<String> AGENDA = List.of("welkom", "fanmoment", "visie", "afsluiting");

    @Test
    void movesTheFirstItemToTheEnd() {
        assertEquals(List.of("fanmoment", "visie", "afsluiting", "welkom"), Reordering.move(AGENDA, 0, 3));
    }

    @Test
    void movesTheLastItemToTheFront() {
        assertEquals(List.of("afsluiting", "welkom", "fanmoment", "visie"), Reordering.move(AGENDA, 3, 0));
    }

    @Test
    void movesOneStepDown() {
        assertEquals(List.of("welkom", "visie", "fanmoment", "afsluiting"), Reordering.move(AGENDA, 1, 2));
    }

    @Test
    void movingAnItemOntoItselfChangesNothing() {
        assertEquals(AGENDA, Reordering.move(AGENDA, 2, 2));
    }

    @Test
    void movingTheLastItemDownChangesNothing() {
        assertEquals(AGENDA, Reordering.move(AGENDA, 3, 4));
    }

    @Test
    void movingTheFirstItemUpChangesNothing() {
        assertEquals(AGENDA, Reordering.move(AGENDA, 0, -1));
    }

    @Test
    void clampsATargetFarBeyondTheEndToTheLastPlace() {
        assertEquals(List.of("fanmoment", "visie", "afsluiting", "welkom"), Reordering.move(AGENDA, 0, 99));
    }

    @Test
    void clampsANegativeTargetToTheFirstPlace() {
        assertEquals(List.of("afsluiting", "welkom", "fanmoment", "visie"),
                Reordering.move(AGENDA, 3, Integer.MIN_VALUE));
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 4, 99})
    void refusesToMoveAnItemThatIsNotThere(int from) {
        assertThrows(IndexOutOfBoundsException.class, () -> Reordering.move(AGENDA, from, 0));
    }

    @Test
    void refusesToMoveInAnEmptyList() {
        assertThrows(IndexOutOfBoundsException.class, () -> Reordering.move(List.of(), 0, 0));
    }

    @Test
    void leavesTheOriginalListUntouched() {
        List<String> original = new ArrayList<>(AGENDA);
        Reordering.move(original, 0, 3);
        assertEquals(AGENDA, original);
    }

    @Test
    void returnsAListThatCannotBeChangedByAccident() {
        List<String> moved = Reordering.move(AGENDA, 0, 1);
        assertThrows(UnsupportedOperationException.class, () -> moved.add("pauze"));
    }

    // --- for every list and every move ---------------------------------------------------------

    /** A list (with repeated values, as equal titles happen) and a move within or beyond it. */
    record Move(List<Integer> items, int from, int to) {
    }

    @Provide
    Arbitrary<Move> anyMove() {
        return Arbitraries.integers().between(0, 4).list().ofMinSize(1).ofMaxSize(25).flatMap(items ->
                Combinators.combine(
                                Arbitraries.integers().between(0, items.size() - 1),
                                Arbitraries.integers().between(-3, items.size() + 3))
                        .as((from, to) -> new Move(items, from, to)));
    }

    @Provide
    Arbitrary<Move> moveWithinTheList() {
        return Arbitraries.integers().between(0, 4).list().ofMinSize(1).ofMaxSize(25).flatMap(items ->
                Combinators.combine(
                                Arbitraries.integers().between(0, items.size() - 1),
                                Arbitraries.integers().between(0, items.size() - 1))
                        .as((from, to) -> new Move(items, from, to)));
    }

    @Property(tries = 500)
    void keepsExactlyTheSameItems(@ForAll("anyMove") Move move) {
        List<Integer> moved = Reordering.move(move.items(), move.from(), move.to());
        assertEquals(sorted(move.items()), sorted(moved));
    }

    @Property(tries = 500)
    void putsTheMovedItemAtTheClampedTarget(@ForAll("anyMove") Move move) {
        List<Integer> moved = Reordering.move(move.items(), move.from(), move.to());
        int target = Math.clamp(move.to(), 0, move.items().size() - 1);
        assertEquals(move.items().get(move.from()), moved.get(target));
    }

    @Property(tries = 500)
    void movingBackRestoresTheList(@ForAll("moveWithinTheList") Move move) {
        List<Integer> there = Reordering.move(move.items(), move.from(), move.to());
        assertEquals(move.items(), Reordering.move(there, move.to(), move.from()));
    }

    private static List<Integer> sorted(List<Integer> items) {
        return items.stream().sorted().toList();
    }
}
