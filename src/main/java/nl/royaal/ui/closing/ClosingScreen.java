package nl.royaal.ui.closing;

import java.util.Optional;
import javafx.scene.Node;
import nl.royaal.domain.AgendaElement;
import nl.royaal.i18n.I18n;
import nl.royaal.service.live.LiveRun;
import nl.royaal.ui.common.ViewLoader;
import nl.royaal.ui.element.ElementScreen;

/**
 * The live screen of the closing round: the grades per part on the console as they arrive, and on
 * the projector the thank-you with the room's figures and, once revealed, the grades as bars.
 */
public final class ClosingScreen implements ElementScreen {

    private final ClosingViewModel viewModel;
    private final Node console;
    private final Node projector;

    public ClosingScreen(AgendaElement element, LiveRun run, I18n i18n, I18n room) {
        viewModel = new ClosingViewModel(element.id(), run::workshop, () -> run.state(element.id()).revealed(),
                i18n, room);
        console = ViewLoader.load("/nl/royaal/ui/closing/ClosingView.fxml", i18n.bundle(),
                new ClosingController(viewModel));
        projector = ViewLoader.load("/nl/royaal/ui/closing/ClosingProjectorView.fxml", room.bundle(),
                new ClosingProjectorController(viewModel));
    }

    public ClosingViewModel viewModel() {
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
}
