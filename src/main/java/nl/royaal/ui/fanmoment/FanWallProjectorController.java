package nl.royaal.ui.fanmoment;

import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import nl.royaal.i18n.I18n;
import nl.royaal.ui.common.FxControls;

/** The room's wall: a line saying how many came in (until revealed), then the wall itself. */
public final class FanWallProjectorController {

    private final TextWallViewModel viewModel;
    private final I18n room;

    @FXML private VBox root;
    @FXML private Label noteLabel;

    public FanWallProjectorController(TextWallViewModel viewModel, I18n room) {
        this.viewModel = viewModel;
        this.room = room;
    }

    @FXML
    private void initialize() {
        noteLabel.textProperty().bind(viewModel.roomNoteProperty());
        FxControls.showOnlyWithText(noteLabel);
        root.getChildren().add(wall(viewModel, room));
    }

    /** The wall of one view model, growing into the space it is given; shared with the pledges' slide. */
    public static FanWall wall(TextWallViewModel viewModel, I18n room) {
        FanWall wall = new FanWall(viewModel.wall(), viewModel.highlightedProperty(),
                (page, pages) -> room.t("fanmoment.room.page", page, pages));
        VBox.setVgrow(wall, Priority.ALWAYS);
        return wall;
    }
}
