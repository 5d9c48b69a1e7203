package nl.royaal.domain;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One participant's dots on the proposals the room votes on now (the visible proposals of one
 * element), and the rules for changing them: the dots on all proposals together stay within
 * {@link VisionCanvas#dotsPerPerson()}, the dots on one proposal within
 * {@link VisionCanvas#maxDotsPerProposal()}. Dots on a proposal the facilitator hid are not in the
 * ballot: they no longer count and free their place.
 *
 * <p>Only a rise is checked: taking dots off is always allowed, so a participant keeps control of
 * their dots even after the facilitator lowered the budget or the most per proposal below what
 * they had placed.
 *
 * @param dots dots per proposal, each at least 1 (a proposal without dots is absent)
 */
public record DotBallot(VisionCanvas rules, Map<UUID, Integer> dots) {

    /** Why a change of dots is refused. */
    public enum Refusal {
        /** Fewer than zero dots on a proposal. */
        NEGATIVE,
        /** More dots on one proposal than the facilitator allows. */
        OVER_PROPOSAL_MAX,
        /** More dots in all than the budget per person. */
        OVER_BUDGET
    }

    public DotBallot {
        Objects.requireNonNull(rules, "rules");
        Map<UUID, Integer> copy = new LinkedHashMap<>();
        dots.forEach((proposal, count) -> {
            if (count < DotVote.MIN_DOTS) {
                throw new DomainException("vision.error.voteDots", count, DotVote.MIN_DOTS, VisionCanvas.MAX_DOTS);
            }
            copy.put(Objects.requireNonNull(proposal, "proposal"), count);
        });
        dots = Map.copyOf(copy);
    }

    /** Dots on all proposals together. */
    public int used() {
        return dots.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Dots still to place; 0 (never less) when the budget was lowered below what is placed. */
    public int left() {
        return Math.max(0, rules.dotsPerPerson() - used());
    }

    /** The dots on one proposal; 0 when none. */
    public int on(UUID proposalId) {
        return dots.getOrDefault(proposalId, 0);
    }

    /** Whether one more dot on this proposal would be allowed now. */
    public boolean canAdd(UUID proposalId) {
        return refusal(proposalId, on(proposalId) + 1).isEmpty();
    }

    /** Why the dots on this proposal may not become {@code wanted}; empty when they may. */
    public Optional<Refusal> refusal(UUID proposalId, int wanted) {
        int current = on(proposalId);
        if (wanted < 0) {
            return Optional.of(Refusal.NEGATIVE);
        }
        if (wanted <= current) {
            return Optional.empty();
        }
        if (wanted > rules.maxDotsPerProposal()) {
            return Optional.of(Refusal.OVER_PROPOSAL_MAX);
        }
        if (used() - current + wanted > rules.dotsPerPerson()) {
            return Optional.of(Refusal.OVER_BUDGET);
        }
        return Optional.empty();
    }

    /**
     * The ballot with {@code wanted} dots on this proposal (0 takes them all back).
     *
     * @throws DomainException when {@link #refusal} says no; keys {@code phone.error.dotsNegative},
     *         {@code phone.error.maxPerProposal} (with the most) or {@code phone.error.noDotsLeft} (with the budget)
     */
    public DotBallot with(UUID proposalId, int wanted) {
        Optional<Refusal> refused = refusal(proposalId, wanted);
        if (refused.isPresent()) {
            throw refusalException(refused.get());
        }
        Map<UUID, Integer> changed = new LinkedHashMap<>(dots);
        if (wanted == 0) {
            changed.remove(proposalId);
        } else {
            changed.put(proposalId, wanted);
        }
        return new DotBallot(rules, changed);
    }

    /** The refusal as the participant reads it (phone and kiosk, in the room's language). */
    public DomainException refusalException(Refusal refusal) {
        return switch (refusal) {
            case NEGATIVE -> new DomainException("phone.error.dotsNegative");
            case OVER_PROPOSAL_MAX -> new DomainException("phone.error.maxPerProposal", rules.maxDotsPerProposal());
            case OVER_BUDGET -> new DomainException("phone.error.noDotsLeft", rules.dotsPerPerson());
        };
    }
}
