package nl.royaal.ui.fanmoment;

import java.util.Objects;
import java.util.function.Function;
import javafx.scene.Parent;
import nl.royaal.domain.TextPurpose;
import nl.royaal.i18n.I18n;
import nl.royaal.service.live.LiveRun;
import nl.royaal.service.live.ParticipantService;
import nl.royaal.ui.common.ViewLoader;
import nl.royaal.ui.element.ElementScreens;
import nl.royaal.ui.element.ViewModelScreen;

/**
 * The live screen of a fan moment (PRODUCT.md §3 step 2): everyone sends one story; the console
 * lists them as they come, to hide, highlight or type one in; the projector shows the wall.
 */
public final class FanMomentScreen extends ViewModelScreen<TextWallViewModel> {

    static final String STYLESHEET = "/nl/royaal/ui/fanmoment/fanwall.css";

    private final AutoCloseable desk;

    FanMomentScreen(TextWallViewModel viewModel, AutoCloseable desk, I18n i18n, I18n room) {
        Parent console = ViewLoader.load("/nl/royaal/ui/fanmoment/TextWallView.fxml", i18n.bundle(),
                new TextWallController(viewModel, i18n));
        Parent projector = ViewLoader.load("/nl/royaal/ui/fanmoment/FanWallProjectorView.fxml", room.bundle(),
                new FanWallProjectorController(viewModel, room));
        styled(console);
        styled(projector);
        super(viewModel, viewModel::refresh, console, projector);
        this.desk = desk;
    }

    /**
     * The factory to register for {@code ElementKind.FAN_MOMENT}.
     *
     * @param participants a participant service for the run, used for hiding texts and typing one in;
     *                     the screen closes it when the room moves on
     */
    public static ElementScreens.Factory factory(Function<LiveRun, ParticipantService> participants) {
        Objects.requireNonNull(participants, "participants");
        return (element, run, i18n, room) -> {
            LiveTextDesk desk = new LiveTextDesk(run, element.id(), participants.apply(run));
            return new FanMomentScreen(new TextWallViewModel(desk, element.id(), TextPurpose.FAN_MOMENT, i18n, room),
                    desk, i18n, room);
        };
    }

    /** Adds the wall's stylesheet to a node (console or projector part). */
    public static void styled(Parent node) {
        node.getStylesheets().add(Objects.requireNonNull(FanMomentScreen.class.getResource(STYLESHEET)).toExternalForm());
    }


    @Override
    public void dispose() {
        closeQuietly(desk);
    }
}
