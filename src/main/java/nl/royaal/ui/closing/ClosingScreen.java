package nl.royaal.ui.closing;

import nl.royaal.domain.AgendaElement;
import nl.royaal.i18n.I18n;
import nl.royaal.service.live.LiveRun;
import nl.royaal.ui.common.ViewLoader;
import nl.royaal.ui.element.ViewModelScreen;

/**
 * The live screen of the closing round: the grades per part on the console as they arrive, and on
 * the projector the thank-you with the room's figures and, once revealed, the grades as bars.
 */
public final class ClosingScreen extends ViewModelScreen<ClosingViewModel> {

    public ClosingScreen(AgendaElement element, LiveRun run, I18n i18n, I18n room) {
        ClosingViewModel viewModel = new ClosingViewModel(element.id(), run::workshop,
                () -> run.state(element.id()).revealed(), i18n, room);
        super(viewModel, viewModel::refresh,
                ViewLoader.load("/nl/royaal/ui/closing/ClosingView.fxml", i18n.bundle(),
                        new ClosingController(viewModel)),
                ViewLoader.load("/nl/royaal/ui/closing/ClosingProjectorView.fxml", room.bundle(),
                        new ClosingProjectorController(viewModel)));
    }

}
