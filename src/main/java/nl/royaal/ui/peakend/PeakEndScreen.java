package nl.royaal.ui.peakend;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import javafx.scene.Node;
import nl.royaal.domain.Workshop;
import nl.royaal.i18n.I18n;
import nl.royaal.ui.common.ViewLoader;
import nl.royaal.ui.element.ElementScreen;
import nl.royaal.ui.element.ElementScreens;

/**
 * The live screen of a peak-end element: the list, curves and figures on the console, the two
 * curves and remembered scores on the projector, both on one view model. What the trainer did
 * (order, pins, rules, undo history) is kept when the room moves on, so coming back to the element
 * later in the session continues there.
 */
public final class PeakEndScreen implements ElementScreen {

    private final UUID elementId;
    private final PeakEndViewModel viewModel;
    private final Map<UUID, PeakEndViewModel.Memento> kept;
    private final Node console;
    private final Node projector;

    PeakEndScreen(UUID elementId, Supplier<Workshop> workshop, I18n i18n, I18n room,
            Map<UUID, PeakEndViewModel.Memento> kept) {
        this.elementId = elementId;
        this.kept = kept;
        this.viewModel = new PeakEndViewModel(workshop, i18n, room);
        PeakEndViewModel.Memento before = kept.get(elementId);
        if (before != null) {
            viewModel.restore(before);
        }
        console = ViewLoader.load("/nl/royaal/ui/peakend/PeakEndView.fxml", i18n.bundle(),
                new PeakEndController(viewModel));
        projector = ViewLoader.load("/nl/royaal/ui/peakend/PeakEndProjectorView.fxml", room.bundle(),
                new PeakEndProjectorController(viewModel));
    }

    /** The factory to register for {@code ElementKind.PEAK_END}; it remembers each element's state. */
    public static ElementScreens.Factory factory() {
        Map<UUID, PeakEndViewModel.Memento> kept = new ConcurrentHashMap<>();
        return (element, run, i18n, room) -> new PeakEndScreen(element.id(), run::workshop, i18n, room, kept);
    }

    public PeakEndViewModel viewModel() {
        return viewModel;
    }

    @Override
    public Node console() {
        return console;
    }

    @Override
    public Optional<Node> projector() {
        return Optional.of(projector);
    }

    @Override
    public void refresh() {
        viewModel.refresh();
    }

    @Override
    public void dispose() {
        kept.put(elementId, viewModel.memento());
    }
}
