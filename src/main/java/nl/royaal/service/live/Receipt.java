package nl.royaal.service.live;

import java.time.Instant;

/**
 * The "ontvangen": returned only after the answer was committed to the database.
 *
 * @param text     for a text or proposal, the text as stored (trimmed, control characters removed); else {@code null}
 * @param dotsUsed for a vote, the dots this participant has now used in the element; else {@code null}
 * @param dotsOnProposal for a vote, the dots this participant now has on the proposal voted on; else {@code null}
 */
public record Receipt(Instant receivedAt, String text, Integer dotsUsed, Integer dotsOnProposal) {

    public Receipt(Instant receivedAt, String text, Integer dotsUsed) {
        this(receivedAt, text, dotsUsed, null);
    }

    static Receipt of(Instant receivedAt) {
        return new Receipt(receivedAt, null, null);
    }
}
