package nl.royaal.ui.selfimage;

import java.util.Optional;
import javafx.scene.Node;
import nl.royaal.i18n.I18n;
import nl.royaal.ui.common.ViewLoader;
import nl.royaal.ui.element.ElementScreen;
import nl.royaal.ui.element.ElementScreens;

/** The live screen of a self-image element: the figures on the console, the reveal on the projector. */
public final class SelfImageScreen implements ElementScreen {

    private final SelfImageViewModel viewModel;
    private final Node console;
    private final Node projector;

    SelfImageScreen(SelfImageViewModel viewModel, I18n i18n, I18n room) {
        this.viewModel = viewModel;
        console = ViewLoader.load("/nl/royaal/ui/selfimage/SelfImageView.fxml", i18n.bundle(),
                new SelfImageController(viewModel));
        projector = ViewLoader.load("/nl/royaal/ui/selfimage/SelfImageProjectorView.fxml", room.bundle(),
                new SelfImageProjectorController(viewModel));
    }

    /** The factory to register for {@code ElementKind.SELF_IMAGE}. */
    public static ElementScreens.Factory factory() {
        return (element, run, i18n, room) -> new SelfImageScreen(
                new SelfImageViewModel(run::workshop, () -> run.state(element.id()).revealed(), i18n, room), i18n, room);
    }

    public SelfImageViewModel viewModel() {
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
