package nl.royaal.service.live;

import java.util.Optional;
import nl.royaal.domain.AgendaElement;
import nl.royaal.domain.RoundStatus;

/**
 * What a phone (or the kiosk) shows for the element the room is on. Decided by the element's kind,
 * the round's status and, for the dream service, whether the room is voting (docs/phones.md).
 */
public enum RoundKind {
    /** Nothing to answer: no element yet, a round not opened, or an element without a round (welcome, break...). */
    WAIT,
    /** SCORING: expectation and experience 1-10 for every touchpoint. */
    SCORES,
    /** SELF_IMAGE: the two 1-10 questions. */
    SELF_IMAGE,
    /** FAN_MOMENT or PLEDGE: one short text. */
    TEXT,
    /** DREAM_SERVICE while writing: one proposal per field of the vision canvas. */
    PROPOSALS,
    /** DREAM_SERVICE while voting: dots on the proposals, within a budget. */
    VOTES,
    /** CLOSING: a grade 1-10 for every element of the agenda. */
    RATINGS;

    /** The round for a moment of the live workshop. */
    public static RoundKind of(LiveSnapshot snapshot) {
        Optional<AgendaElement> element = snapshot.currentElement();
        if (element.isEmpty() || snapshot.roundStatus() == RoundStatus.NOT_OPENED) {
            return WAIT;
        }
        return switch (element.get().kind()) {
            case SCORING -> SCORES;
            case SELF_IMAGE -> SELF_IMAGE;
            case FAN_MOMENT, PLEDGE -> TEXT;
            case DREAM_SERVICE -> snapshot.voting() ? VOTES : PROPOSALS;
            case CLOSING -> RATINGS;
            case WELCOME, TOUCHPOINTS, PEAK_END, PROMISE_CHECK, BREAK, CUSTOM -> WAIT;
        };
    }
}
