package nl.royaal.ui.pledge;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import nl.royaal.domain.TextPurpose;
import nl.royaal.i18n.I18n;
import nl.royaal.service.live.LiveRun;
import nl.royaal.service.live.ParticipantService;
import nl.royaal.ui.common.ViewLoader;
import nl.royaal.ui.element.ElementScreen;
import nl.royaal.ui.element.ElementScreens;
import nl.royaal.ui.fanmoment.FanMomentScreen;
import nl.royaal.ui.fanmoment.LiveTextDesk;
import nl.royaal.ui.fanmoment.TextWallController;
import nl.royaal.ui.fanmoment.TextWallViewModel;

/**
 * The live screen of "one fan a day" (PRODUCT.md §3 step 9): every participant sends one concrete
 * action; the console moderates them as on the fan wall and edits the fan-club projection; the
 * projector shows the pledges and, once revealed, the fan club counting up. The trainer's inputs
 * are stored with the workshop, so coming back, the closing slide and the report show the same
 * projection.
 */
public final class PledgeScreen implements ElementScreen {

    private final TextWallViewModel pledges;
    private final FanClubViewModel fanClub;
    private final AutoCloseable desk;
    private final HBox console;
    private final Parent projector;

    PledgeScreen(TextWallViewModel pledges, FanClubViewModel fanClub, AutoCloseable desk, I18n i18n, I18n room) {
        this.pledges = pledges;
        this.fanClub = fanClub;
        this.desk = desk;
        Parent wall = ViewLoader.load("/nl/royaal/ui/fanmoment/TextWallView.fxml", i18n.bundle(),
                new TextWallController(pledges, i18n));
        Parent projection = ViewLoader.load("/nl/royaal/ui/pledge/PledgeView.fxml", i18n.bundle(),
                new PledgeController(fanClub));
        HBox.setHgrow(wall, Priority.ALWAYS);
        console = new HBox(16, wall, projection);
        console.getStyleClass().add("pledge-console");
        console.setId("pledgeConsole");
        projector = ViewLoader.load("/nl/royaal/ui/pledge/PledgeProjectorView.fxml", room.bundle(),
                new PledgeProjectorController(pledges, fanClub, room));
        FanMomentScreen.styled(console);
        FanMomentScreen.styled(projector);
    }

    /**
     * The factory to register for {@code ElementKind.PLEDGE}.
     *
     * @param participants a participant service for the run (hiding, typing in); closed when the room moves on
     */
    public static ElementScreens.Factory factory(Function<LiveRun, ParticipantService> participants) {
        Objects.requireNonNull(participants, "participants");
        return (element, run, i18n, room) -> {
            LiveTextDesk desk = new LiveTextDesk(run, element.id(), participants.apply(run));
            TextWallViewModel pledges = new TextWallViewModel(desk, element.id(), TextPurpose.PLEDGE, i18n, room);
            FanClubViewModel fanClub = new FanClubViewModel(() -> run.workshop().participants().size(),
                    run.workshop().settings().fanClub(),
                    inputs -> run.changeSettings(settings -> settings.withFanClub(inputs)), i18n, room);
            return new PledgeScreen(pledges, fanClub, desk, i18n, room);
        };
    }

    public TextWallViewModel pledges() {
        return pledges;
    }

    public FanClubViewModel fanClub() {
        return fanClub;
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
        pledges.refresh();
        fanClub.refresh();
    }

    @Override
    public void dispose() {
        try {
            desk.close();
        } catch (Exception ignored) {
            // Closing only lets pending storage finish; nothing to tell the trainer.
        }
    }
}
