package nl.royaal.ui.touchpoints;

import java.util.ArrayList;
import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.scene.layout.Region;

/** Binds the room's part of the reality check: the sentence large, a person icon per personal contact, an envelope per machine. */
public final class TouchpointsProjectorController {

    private final TouchpointsViewModel viewModel;

    @FXML private VBox content;
    @FXML private Label sentenceLabel;
    @FXML private Label detailLabel;
    @FXML private FlowPane peopleIcons;
    @FXML private VBox machinesRow;
    @FXML private FlowPane machineIcons;
    @FXML private Label emptyLabel;

    public TouchpointsProjectorController(TouchpointsViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        content.visibleProperty().bind(viewModel.roomPictureProperty().isNotNull());
        emptyLabel.textProperty().bind(viewModel.roomSentenceProperty());
        emptyLabel.visibleProperty().bind(content.visibleProperty().not());
        sentenceLabel.textProperty().bind(viewModel.roomSentenceProperty());
        detailLabel.textProperty().bind(viewModel.roomDetailProperty());
        viewModel.roomPictureProperty().addListener((obs, old, picture) -> draw(picture));
        draw(viewModel.roomPictureProperty().get());
    }

    private void draw(TouchpointsViewModel.Picture picture) {
        if (picture == null) {
            peopleIcons.getChildren().clear();
            machineIcons.getChildren().clear();
            return;
        }
        peopleIcons.getChildren().setAll(icons(picture.people(), "icon-person", picture.peopleMore()));
        machineIcons.getChildren().setAll(icons(picture.machines(), "icon-machine", picture.machinesMore()));
        machinesRow.setVisible(picture.machines() > 0);
        machinesRow.setManaged(picture.machines() > 0);
    }

    private static List<Node> icons(int count, String style, String more) {
        List<Node> icons = new ArrayList<>(count + 1);
        for (int i = 0; i < count; i++) {
            Region icon = new Region();
            icon.getStyleClass().add(style);
            icons.add(icon);
        }
        if (!more.isEmpty()) {
            Label rest = new Label(more);
            rest.getStyleClass().add("contact-reality-more");
            icons.add(rest);
        }
        return icons;
    }
}
