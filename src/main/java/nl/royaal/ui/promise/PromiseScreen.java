package nl.royaal.ui.promise;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import nl.royaal.i18n.I18n;
import nl.royaal.ui.common.ViewLoader;
import nl.royaal.ui.element.ElementScreens;
import nl.royaal.ui.element.ViewModelScreen;

/**
 * The live screen of a promise-check element. The chosen touchpoint and the what-ifs are kept when
 * the room moves on, so coming back later in the session continues there.
 */
public final class PromiseScreen extends ViewModelScreen<PromiseViewModel> {

    private final UUID elementId;
    private final Map<UUID, PromiseViewModel.Memento> kept;

    PromiseScreen(UUID elementId, PromiseViewModel viewModel, I18n i18n, I18n room,
            Map<UUID, PromiseViewModel.Memento> kept) {
        Optional.ofNullable(kept.get(elementId)).ifPresent(viewModel::restore);
        super(viewModel, viewModel::refresh,
                ViewLoader.load("/nl/royaal/ui/promise/PromiseView.fxml", i18n.bundle(),
                        new PromiseController(viewModel)),
                ViewLoader.load("/nl/royaal/ui/promise/PromiseProjectorView.fxml", room.bundle(),
                        new PromiseProjectorController(viewModel)));
        this.elementId = elementId;
        this.kept = kept;
    }

    /** The factory to register for {@code ElementKind.PROMISE_CHECK}; it remembers each element's what-ifs. */
    public static ElementScreens.Factory factory() {
        Map<UUID, PromiseViewModel.Memento> kept = new ConcurrentHashMap<>();
        return (element, run, i18n, room) -> new PromiseScreen(element.id(),
                new PromiseViewModel(run::workshop, i18n, room), i18n, room, kept);
    }


    @Override
    public void dispose() {
        kept.put(elementId, viewModel().memento());
    }
}
