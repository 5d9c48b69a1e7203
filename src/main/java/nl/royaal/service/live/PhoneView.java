package nl.royaal.service.live;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import nl.royaal.domain.RoundStatus;
import nl.royaal.domain.SelfImageQuestion;
import nl.royaal.domain.TextPurpose;
import nl.royaal.domain.VisionField;

/**
 * What one participant sees now: the round of the current element with that participant's OWN
 * answers filled in, and nothing of anyone else (dot voting shows the proposals' texts, never
 * their authors). Immutable and JSON-ready; labels are message keys ({@code *Key}), which the
 * phone page and the kiosk translate in the workshop's language.
 *
 * <p>Exactly the part for {@link #round()} is filled: {@code scores} for SCORES, {@code selfImage}
 * for SELF_IMAGE, {@code text} for TEXT, {@code proposals} for PROPOSALS, {@code votes} for VOTES,
 * {@code ratings} for RATINGS; the other lists are empty and the other objects {@code null}.
 *
 * @param language     the workshop's language code ("nl", "en")
 * @param status       NOT_OPENED for WAIT, else the round's status; CLOSED means read-only
 * @param elementId    the current element, {@code null} before the start
 * @param promptKey    the instruction above the round
 */
public record PhoneView(
        String language,
        String workshopTitle,
        RoundKind round,
        RoundStatus status,
        UUID elementId,
        String elementTitle,
        String promptKey,
        List<ScoreItem> scores,
        List<SelfImageItem> selfImage,
        TextItem text,
        List<ProposalItem> proposals,
        Votes votes,
        List<RatingItem> ratings) {

    public PhoneView {
        Objects.requireNonNull(round, "round");
        Objects.requireNonNull(status, "status");
        scores = List.copyOf(scores);
        selfImage = List.copyOf(selfImage);
        proposals = List.copyOf(proposals);
        ratings = List.copyOf(ratings);
    }

    /** Whether answers are taken now. */
    public boolean open() {
        return round != RoundKind.WAIT && status == RoundStatus.OPEN;
    }

    /** A touchpoint with the participant's two grades ({@code null} while not given). */
    public record ScoreItem(UUID touchpointId, String name, Integer expectation, Integer experience) {
    }

    /** One of the two self-image questions with the participant's grade. */
    public record SelfImageItem(SelfImageQuestion question, String labelKey, Integer score) {
    }

    /** The participant's text for a fan moment or pledge ("" while not written). */
    public record TextItem(TextPurpose purpose, String text, int maxLength) {
    }

    /** One field of the vision canvas with the participant's own proposal ("" while not written). */
    public record ProposalItem(VisionField field, String labelKey, String text, int maxLength) {
    }

    /**
     * Dot voting: the budget, how many dots the participant used, the most dots on one proposal (1:
     * a dot is on or off; more: each proposal shows its count with + and −), and the proposals.
     */
    public record Votes(int budget, int used, int maxPerProposal, List<VoteOption> options) {
        public Votes {
            options = List.copyOf(options);
        }

        /** Dots still to place (never below 0, even when the budget was lowered below what is placed). */
        public int left() {
            return Math.max(0, budget - used);
        }

        /** Whether more than one dot may go on one proposal: + and − rather than a toggle. */
        public boolean stacking() {
            return maxPerProposal > 1;
        }

        /** Whether one more dot on this option would be taken now. */
        public boolean canAdd(VoteOption option) {
            return option.dots() < maxPerProposal && left() > 0;
        }
    }

    /**
     * A proposal to vote on: its text and field, never its author; {@code dots} are this
     * participant's dots on it, {@code voted} whether there is at least one.
     */
    public record VoteOption(UUID proposalId, VisionField field, String labelKey, String text, int dots) {
        public boolean voted() {
            return dots > 0;
        }
    }

    /** An agenda element to grade at the close, with the participant's grade. */
    public record RatingItem(UUID elementId, String title, Integer score) {
    }
}
