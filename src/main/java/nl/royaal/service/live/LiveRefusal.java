package nl.royaal.service.live;

import nl.royaal.domain.DomainException;

/**
 * The participant side said no: not live, a wrong code, a closed round... Like every
 * {@link DomainException} it carries a message key; the {@link Reason} tells a caller (the phone
 * server, the kiosk) what kind of no it is without parsing keys. Nothing was stored.
 */
public final class LiveRefusal extends DomainException {

    private static final long serialVersionUID = 1L;

    /** Why the participant side refused. */
    public enum Reason {
        /** No workshop is live (not started yet, or already ended). */
        NOT_LIVE,
        /** The join code is not (or no longer) this workshop's. */
        WRONG_CODE,
        /** The facilitator locked joining. */
        JOIN_LOCKED,
        /** As many participants as the facilitator allows have joined. */
        FULL,
        /** No participant (or one that was removed, or of another workshop). */
        NOT_JOINED,
        /** The round is not open: not started yet, or closed (answers are read-only then). */
        ROUND_NOT_OPEN,
        /** The answer was for another element or round than the one the room is in now. */
        ROUND_CHANGED,
        /** The answer is about a touchpoint, proposal, element or question this round does not show. */
        UNKNOWN_ITEM,
        /** Every dot of the budget is used: take one back first. */
        NO_DOTS_LEFT,
        /** More dots on one proposal than the facilitator allows (or fewer than none). */
        MAX_PER_PROPOSAL,
        /** A facilitator setting out of range (the participant cap). */
        OUT_OF_RANGE
    }

    private final Reason reason;

    public LiveRefusal(Reason reason, String messageKey, Object... arguments) {
        super(messageKey, arguments);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    static LiveRefusal notLive() {
        return new LiveRefusal(Reason.NOT_LIVE, "phone.error.notLive");
    }

    static LiveRefusal notJoined() {
        return new LiveRefusal(Reason.NOT_JOINED, "phone.error.notJoined");
    }

    static LiveRefusal roundNotOpen() {
        return new LiveRefusal(Reason.ROUND_NOT_OPEN, "phone.error.roundNotOpen");
    }

    static LiveRefusal roundChanged() {
        return new LiveRefusal(Reason.ROUND_CHANGED, "phone.error.roundChanged");
    }

    static LiveRefusal unknownItem() {
        return new LiveRefusal(Reason.UNKNOWN_ITEM, "phone.error.unknownItem");
    }
}
