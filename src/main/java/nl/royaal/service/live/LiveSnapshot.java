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
 * @param voting whether the room is dot-voting on the vision proposals of the current (dream service)
 *               element instead of writing them; phones then show the proposals with a dot budget
 */
public record LiveSnapshot(Workshop workshop, RoundStatus roundStatus, boolean revealed, boolean voting) {

    public LiveSnapshot {
        Objects.requireNonNull(workshop, "workshop");
        Objects.requireNonNull(roundStatus, "roundStatus");
    }

    /** A snapshot outside dot voting: what every element but the dream service's voting phase is. */
    public LiveSnapshot(Workshop workshop, RoundStatus roundStatus, boolean revealed) {
        this(workshop, roundStatus, revealed, false);
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
