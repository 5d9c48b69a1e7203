package nl.royaal.ui.touchpoints;

import java.util.function.Consumer;
import nl.royaal.domain.Touchpoint;
import nl.royaal.domain.scoring.RealityCheckFigures;
import nl.royaal.i18n.I18n;
import nl.royaal.service.WorkshopService;
import nl.royaal.ui.common.ViewLoader;
import nl.royaal.ui.element.ElementScreens;
import nl.royaal.ui.element.ViewModelScreen;

/**
 * The live screen of the customer-journey element: the contact-frequency reality check. Every
 * figure the trainer types is stored with the workshop at once, so coming back to the element, a
 * restart and the report all show the same sentence.
 */
public final class TouchpointsScreen extends ViewModelScreen<TouchpointsViewModel> {

    TouchpointsScreen(TouchpointsViewModel viewModel, I18n i18n, I18n room) {
        super(viewModel, viewModel::refresh,
                ViewLoader.load("/nl/royaal/ui/touchpoints/TouchpointsView.fxml", i18n.bundle(),
                        new TouchpointsController(viewModel)),
                ViewLoader.load("/nl/royaal/ui/touchpoints/TouchpointsProjectorView.fxml", room.bundle(),
                        new TouchpointsProjectorController(viewModel)));
    }

    /**
     * The factory to register for {@code ElementKind.TOUCHPOINTS}. A touchpoint's contacts are
     * stored at once through the service; then the live run reads the workshop again, so every
     * screen (and the phones) sees the same journey.
     */
    public static ElementScreens.Factory factory(WorkshopService workshops) {
        return (element, run, i18n, room) -> {
            Consumer<Touchpoint> store = changed -> {
                workshops.updateTouchpoint(run.workshop(), changed);
                run.answersChanged();
            };
            Consumer<RealityCheckFigures> storeFigures =
                    figures -> run.changeSettings(settings -> settings.withRealityCheck(figures));
            return new TouchpointsScreen(new TouchpointsViewModel(run::workshop, store, storeFigures, i18n, room),
                    i18n, room);
        };
    }

}
