package nl.royaal.ui.promise;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import javafx.scene.Node;
import nl.royaal.i18n.I18n;
import nl.royaal.ui.common.ViewLoader;
import nl.royaal.ui.element.ElementScreen;
import nl.royaal.ui.element.ElementScreens;

/**
 * The live screen of a promise-check element. The chosen touchpoint and the what-ifs are kept when
 * the room moves on, so coming back later in the session continues there.
 */
public final class PromiseScreen implements ElementScreen {

    private final UUID elementId;
    private final PromiseViewModel viewModel;
    private final Map<UUID, PromiseViewModel.Memento> kept;
    private final Node console;
    private final Node projector;

    PromiseScreen(UUID elementId, PromiseViewModel viewModel, I18n i18n, I18n room,
            Map<UUID, PromiseViewModel.Memento> kept) {
        this.elementId = elementId;
        this.viewModel = viewModel;
        this.kept = kept;
        Optional.ofNullable(kept.get(elementId)).ifPresent(viewModel::restore);
        console = ViewLoader.load("/nl/royaal/ui/promise/PromiseView.fxml", i18n.bundle(),
                new PromiseController(viewModel));
        projector = ViewLoader.load("/nl/royaal/ui/promise/PromiseProjectorView.fxml", room.bundle(),
                new PromiseProjectorController(viewModel));
    }

    /** The factory to register for {@code ElementKind.PROMISE_CHECK}; it remembers each element's what-ifs. */
    public static ElementScreens.Factory factory() {
        Map<UUID, PromiseViewModel.Memento> kept = new ConcurrentHashMap<>();
        return (element, run, i18n, room) -> new PromiseScreen(element.id(),
                new PromiseViewModel(run::workshop, i18n, room), i18n, room, kept);
    }

    public PromiseViewModel viewModel() {
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
