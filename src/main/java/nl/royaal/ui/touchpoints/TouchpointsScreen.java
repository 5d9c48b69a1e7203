package nl.royaal.ui.touchpoints;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import javafx.scene.Node;
import nl.royaal.domain.Touchpoint;
import nl.royaal.i18n.I18n;
import nl.royaal.service.WorkshopService;
import nl.royaal.ui.common.ViewLoader;
import nl.royaal.ui.element.ElementScreen;
import nl.royaal.ui.element.ElementScreens;

/**
 * The live screen of the customer-journey element: the contact-frequency reality check. The
 * totals and automated contacts the trainer typed are kept for the session when the room moves on
 * and comes back (not in the workshop: the domain has no place for them yet).
 */
public final class TouchpointsScreen implements ElementScreen {

    private final UUID elementId;
    private final TouchpointsViewModel viewModel;
    private final Map<UUID, TouchpointsViewModel.Memento> kept;
    private final Node console;
    private final Node projector;

    TouchpointsScreen(UUID elementId, TouchpointsViewModel viewModel, I18n i18n, I18n room,
            Map<UUID, TouchpointsViewModel.Memento> kept) {
        this.elementId = elementId;
        this.viewModel = viewModel;
        this.kept = kept;
        Optional.ofNullable(kept.get(elementId)).ifPresent(viewModel::restore);
        console = ViewLoader.load("/nl/royaal/ui/touchpoints/TouchpointsView.fxml", i18n.bundle(),
                new TouchpointsController(viewModel));
        projector = ViewLoader.load("/nl/royaal/ui/touchpoints/TouchpointsProjectorView.fxml", room.bundle(),
                new TouchpointsProjectorController(viewModel));
    }

    /**
     * The factory to register for {@code ElementKind.TOUCHPOINTS}. A touchpoint's contacts are
     * stored at once through the service; then the live run reads the workshop again, so every
     * screen (and the phones) sees the same journey.
     */
    public static ElementScreens.Factory factory(WorkshopService workshops) {
        Map<UUID, TouchpointsViewModel.Memento> kept = new ConcurrentHashMap<>();
        return (element, run, i18n, room) -> {
            Consumer<Touchpoint> store = changed -> {
                workshops.updateTouchpoint(run.workshop(), changed);
                run.answersChanged();
            };
            return new TouchpointsScreen(element.id(), new TouchpointsViewModel(run::workshop, store, i18n, room),
                    i18n, room, kept);
        };
    }

    public TouchpointsViewModel viewModel() {
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
