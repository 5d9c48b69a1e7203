package nl.royaal.domain;

import static nl.royaal.domain.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The dot rules of one participant: the budget in all, the most on one proposal, taking off always allowed. */
class DotBallotTest {

    private static final UUID A = UUID.nameUUIDFromBytes("a".getBytes());
    private static final UUID B = UUID.nameUUIDFromBytes("b".getBytes());
    private static final UUID C = UUID.nameUUIDFromBytes("c".getBytes());
    private static final List<UUID> PROPOSALS = List.of(A, B, C);

    private static DotBallot empty(int budget, int maxPerProposal) {
        return new DotBallot(VisionCanvas.EMPTY.withDotsPerPerson(budget).withMaxDotsPerProposal(maxPerProposal),
                Map.of());
    }

    @Test
    void oneDotPerProposalByDefaultSoASecondIsRefusedSayingTheMost() {
        DotBallot one = empty(3, 1).with(A, 1);

        assertFalse(one.canAdd(A));
        assertEquals(Optional.of(DotBallot.Refusal.OVER_PROPOSAL_MAX), one.refusal(A, 2));
        assertRefused("phone.error.maxPerProposal", new Object[] {1}, () -> one.with(A, 2));
        assertTrue(one.canAdd(B));
    }

    @Test
    void stackingAllowsSeveralOnOneProposalUpToTheMostAndTheBudget() {
        DotBallot ballot = empty(5, 3).with(A, 3);

        assertEquals(3, ballot.on(A));
        assertEquals(2, ballot.left());
        assertRefused("phone.error.maxPerProposal", new Object[] {3}, () -> ballot.with(A, 4));
        DotBallot full = ballot.with(B, 2);
        assertEquals(0, full.left());
        assertRefused("phone.error.noDotsLeft", new Object[] {5}, () -> full.with(C, 1));
        assertEquals(Map.of(A, 3, B, 1), full.with(B, 1).dots(), "one taken off frees its place");
        assertEquals(Map.of(B, 2), full.with(A, 0).dots(), "0 takes them all back");
    }

    @Test
    void takingOffIsAllowedEvenAfterTheFacilitatorLoweredTheRules() {
        VisionCanvas lowered = VisionCanvas.EMPTY.withDotsPerPerson(2);
        DotBallot over = new DotBallot(lowered, Map.of(A, 3, B, 2)); // placed under the old rules

        assertEquals(0, over.left());
        assertEquals(4, over.with(B, 1).used());
        assertEquals(Optional.empty(), over.refusal(A, 3), "keeping what is there is no rise");
        assertRefused("phone.error.noDotsLeft", () -> over.with(C, 1));
        assertRefused("phone.error.dotsNegative", () -> over.with(A, -1));
    }

    @Test
    void aVoteHoldsAtLeastOneDot() {
        assertRefused("vision.error.voteDots", () -> new DotVote(A, B, Instant.EPOCH, 0));
        assertRefused("vision.error.voteDots", () -> new DotVote(A, B, Instant.EPOCH, VisionCanvas.MAX_DOTS + 1));
        assertEquals(1, new DotVote(A, B, Instant.EPOCH).dots());
    }

    /** One tap: + or − on a proposal, or a count sent straight (a phone that resends, or a crafted request). */
    record Tap(int proposal, int wanted, boolean relative) {
    }

    @Property(tries = 500)
    void noSequenceOfTapsBreaksTheBudgetOrTheMostPerProposal(@ForAll @IntRange(min = 1, max = 20) int budget,
            @ForAll @IntRange(min = 1, max = 20) int most, @ForAll("taps") List<Tap> taps) {
        int max = Math.min(most, budget);
        DotBallot ballot = empty(budget, max);
        for (Tap tap : taps) {
            UUID proposal = PROPOSALS.get(tap.proposal());
            int wanted = tap.relative() ? ballot.on(proposal) + tap.wanted() : tap.wanted();
            Optional<DotBallot.Refusal> refusal = ballot.refusal(proposal, wanted);
            if (refusal.isEmpty()) {
                DotBallot before = ballot;
                ballot = ballot.with(proposal, wanted);
                assertEquals(before.used() - before.on(proposal) + wanted, ballot.used(), "only this proposal changed");
            } else {
                DotBallot unchanged = ballot;
                assertRefused(unchanged.refusalException(refusal.get()).messageKey(),
                        () -> unchanged.with(proposal, wanted));
            }
            assertTrue(ballot.used() <= budget, "within the budget: " + ballot);
            for (int dots : ballot.dots().values()) {
                assertTrue(dots >= 1 && dots <= max, "within the most per proposal: " + ballot);
            }
            assertEquals(budget - ballot.used(), ballot.left());
        }
    }

    @Property(tries = 200)
    void withinTheRulesEveryDotCanBePlaced(@ForAll @IntRange(min = 1, max = 20) int budget,
            @ForAll @IntRange(min = 1, max = 20) int most) {
        int max = Math.min(most, budget);
        DotBallot ballot = empty(budget, max);
        int proposal = 0;
        while (ballot.left() > 0) {
            UUID id = UUID.nameUUIDFromBytes(("p" + proposal).getBytes());
            while (ballot.canAdd(id)) {
                ballot = ballot.with(id, ballot.on(id) + 1);
            }
            proposal++;
        }
        assertEquals(budget, ballot.used(), "the whole budget can be spent");
        assertEquals((budget + max - 1) / max, proposal, "as few proposals as the most per proposal allows");
    }

    @Provide
    Arbitrary<List<Tap>> taps() {
        Arbitrary<Tap> relative = Combinators.combine(Arbitraries.integers().between(0, 2),
                Arbitraries.of(1, -1)).as((p, step) -> new Tap(p, step, true));
        Arbitrary<Tap> absolute = Combinators.combine(Arbitraries.integers().between(0, 2),
                Arbitraries.integers().between(-2, 22)).as((p, count) -> new Tap(p, count, false));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, relative), net.jqwik.api.Tuple.of(1, absolute)).list().ofMaxSize(60);
    }
}
