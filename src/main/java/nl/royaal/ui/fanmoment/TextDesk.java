package nl.royaal.ui.fanmoment;

import java.util.UUID;
import nl.royaal.domain.ElementLiveState;
import nl.royaal.domain.TextAnswer;
import nl.royaal.domain.Workshop;

/**
 * What the wall's view model reads and asks of the live run for one element: the texts, the
 * element's live state, and the facilitator's moderation. {@link LiveTextDesk} is the real one;
 * tests give a plain one.
 */
public interface TextDesk {

    Workshop workshop();

    /** The live state of the wall's element: revealed, highlighted. */
    ElementLiveState state();

    /** Hides a text from the projector (kept with the workshop), or shows it again. */
    void setHidden(UUID textId, boolean hidden);

    /** Shows one text large on the projector; {@code null} shows none. */
    void highlight(UUID textId);

    /** The facilitator types in a text for someone without a phone; refused text throws a DomainException. */
    TextAnswer typeIn(String text);
}
