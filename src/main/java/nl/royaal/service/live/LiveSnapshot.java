package nl.royaal.service.live;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import nl.royaal.domain.AgendaElement;
import nl.royaal.domain.RoundStatus;
import nl.royaal.domain.Workshop;

/**
 * The facilitator's side of a live workshop at one moment: which element the room is on, whether
 * its round is open, and whether its results are revealed. Phones and the projector render from it.
 *
 * @param workshop the workshop with all answers stored so far
 * @param roundStatus the round of the current element
 * @param revealed whether the current element's results are shown (hidden until revealed, to avoid anchoring)
 */
public record LiveSnapshot(Workshop workshop, RoundStatus roundStatus, boolean revealed) {

    public LiveSnapshot {
        Objects.requireNonNull(workshop, "workshop");
        Objects.requireNonNull(roundStatus, "roundStatus");
    }

    public Optional<AgendaElement> currentElement() {
        return workshop.currentElement();
    }

    public Optional<UUID> currentElementId() {
        return currentElement().map(AgendaElement::id);
    }

    public boolean roundOpen() {
        return roundStatus == RoundStatus.OPEN;
    }
}
