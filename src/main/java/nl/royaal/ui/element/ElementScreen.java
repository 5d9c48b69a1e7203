package nl.royaal.ui.element;

import java.util.Optional;
import javafx.scene.Node;

/**
 * The live screen of one kind of agenda element (scores, peak-end, fan wall...): what the
 * facilitator works with on the console, and what the room sees on the projector. The run screen
 * shows {@link #console()} under the element's title and the projector shows {@link #projector()}
 * under the slide's title; both follow the live run through {@link #refresh()}.
 */
public interface ElementScreen {

    /** The facilitator's part, on the console. */
    Node console();

    /** The room's part, on the projector; empty when the slide's prompt says enough. */
    Optional<Node> projector();

    /** The live run changed (answers arrived, round opened, results revealed); called on the FX thread. */
    void refresh();

    /** The room moved on: stop timers and listeners. */
    default void dispose() {
    }
}
