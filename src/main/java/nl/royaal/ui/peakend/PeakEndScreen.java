package nl.royaal.ui.peakend;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import nl.royaal.domain.Workshop;
import nl.royaal.i18n.I18n;
import nl.royaal.ui.common.ViewLoader;
import nl.royaal.ui.element.ElementScreens;
import nl.royaal.ui.element.ViewModelScreen;

/**
 * The live screen of a peak-end element: the list, curves and figures on the console, the two
 * curves and remembered scores on the projector, both on one view model. What the trainer did
 * (order, pins, rules, undo history) is kept when the room moves on, so coming back to the element
 * later in the session continues there.
 */
public final class PeakEndScreen extends ViewModelScreen<PeakEndViewModel> {

    private final UUID elementId;
    private final Map<UUID, PeakEndViewModel.Memento> kept;

    PeakEndScreen(UUID elementId, Supplier<Workshop> workshop, I18n i18n, I18n room,
            Map<UUID, PeakEndViewModel.Memento> kept) {
        PeakEndViewModel viewModel = new PeakEndViewModel(workshop, i18n, room);
        PeakEndViewModel.Memento before = kept.get(elementId);
        if (before != null) {
            viewModel.restore(before);
        }
        super(viewModel, viewModel::refresh,
                ViewLoader.load("/nl/royaal/ui/peakend/PeakEndView.fxml", i18n.bundle(),
                        new PeakEndController(viewModel)),
                ViewLoader.load("/nl/royaal/ui/peakend/PeakEndProjectorView.fxml", room.bundle(),
                        new PeakEndProjectorController(viewModel)));
        this.elementId = elementId;
        this.kept = kept;
    }

    /** The factory to register for {@code ElementKind.PEAK_END}; it remembers each element's state. */
    public static ElementScreens.Factory factory() {
        Map<UUID, PeakEndViewModel.Memento> kept = new ConcurrentHashMap<>();
        return (element, run, i18n, room) -> new PeakEndScreen(element.id(), run::workshop, i18n, room, kept);
    }


    @Override
    public void dispose() {
        kept.put(elementId, viewModel().memento());
    }
}
