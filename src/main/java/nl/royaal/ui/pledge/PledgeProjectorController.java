package nl.royaal.ui.pledge;

import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import nl.royaal.i18n.I18n;
import nl.royaal.ui.common.FxControls;
import nl.royaal.ui.fanmoment.FanWallProjectorController;
import nl.royaal.ui.fanmoment.TextWallViewModel;

/**
 * The pledges' slide: once revealed, the fan club counts up beside the wall of pledges; before
 * that, the wall's line says how many pledges came in.
 */
public final class PledgeProjectorController {

    private final TextWallViewModel pledges;
    private final FanClubViewModel fanClub;
    private final I18n room;
    private FanCounter counter;

    @FXML private HBox root;
    @FXML private VBox counterBox;
    @FXML private Label counterLabel;
    @FXML private Label captionLabel;
    @FXML private Label formulaLabel;
    @FXML private VBox wallBox;
    @FXML private Label noteLabel;

    public PledgeProjectorController(TextWallViewModel pledges, FanClubViewModel fanClub, I18n room) {
        this.pledges = pledges;
        this.fanClub = fanClub;
        this.room = room;
    }

    @FXML
    private void initialize() {
        noteLabel.textProperty().bind(pledges.roomNoteProperty());
        FxControls.showOnlyWithText(noteLabel);
        wallBox.getChildren().add(FanWallProjectorController.wall(pledges, room));
        counterBox.visibleProperty().bind(pledges.revealedProperty());
        counterBox.managedProperty().bind(pledges.revealedProperty());
        // The counter takes a good third of the slide; the pledges the rest.
        counterBox.prefWidthProperty().bind(root.widthProperty().multiply(0.36));
        counterBox.minWidthProperty().bind(counterBox.prefWidthProperty());
        counterBox.maxWidthProperty().bind(counterBox.prefWidthProperty());
        captionLabel.textProperty().bind(fanClub.captionProperty());
        formulaLabel.textProperty().bind(fanClub.formulaProperty());
        counter = new FanCounter(counterLabel, fanClub::roomNumber);
        pledges.revealedProperty().addListener((obs, was, shown) -> {
            if (shown) {
                counter.countFromZero(fanClub.projection().fans());
            } else {
                counter.stop();
            }
        });
        fanClub.projectionProperty().addListener((obs, old, now) -> {
            if (pledges.revealedProperty().get()) {
                counter.countTo(now.fans());
            }
        });
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene == null) {
                counter.stop();
            } else if (pledges.revealedProperty().get()) {
                counter.countFromZero(fanClub.projection().fans());
            }
        });
    }
}
