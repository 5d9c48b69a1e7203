package nl.royaal.ui.selfimage;

import nl.royaal.i18n.I18n;
import nl.royaal.ui.common.ViewLoader;
import nl.royaal.ui.element.ElementScreens;
import nl.royaal.ui.element.ViewModelScreen;

/** The live screen of a self-image element: the figures on the console, the reveal on the projector. */
public final class SelfImageScreen extends ViewModelScreen<SelfImageViewModel> {

    SelfImageScreen(SelfImageViewModel viewModel, I18n i18n, I18n room) {
        super(viewModel, viewModel::refresh,
                ViewLoader.load("/nl/royaal/ui/selfimage/SelfImageView.fxml", i18n.bundle(),
                        new SelfImageController(viewModel)),
                ViewLoader.load("/nl/royaal/ui/selfimage/SelfImageProjectorView.fxml", room.bundle(),
                        new SelfImageProjectorController(viewModel)));
    }

    /** The factory to register for {@code ElementKind.SELF_IMAGE}. */
    public static ElementScreens.Factory factory() {
        return (element, run, i18n, room) -> new SelfImageScreen(
                new SelfImageViewModel(run::workshop, () -> run.state(element.id()).revealed(), i18n, room), i18n, room);
    }

}
