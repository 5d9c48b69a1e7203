package nl.royaal.ui.vision;

import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import nl.royaal.ui.common.BidiSafeWrap;
import nl.royaal.ui.common.FxControls;

/**
 * Shows the room's part of the dream service, rebuilt whenever the view model's room fields change:
 * a count per field, the projected field's proposals as numbered cards (at most {@value #MAX_CARDS},
 * each cut at two lines; the rest is on the phones), or the adopted vision field by field.
 */
public final class VisionProjectorController {

    /** Proposals shown at once while voting: three rows of two stay readable from the back of the room. */
    static final int MAX_CARDS = 6;

    private final VisionViewModel viewModel;

    @FXML private VBox root;
    @FXML private VBox content;
    @FXML private Label noteLabel;

    public VisionProjectorController(VisionViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        noteLabel.textProperty().bind(viewModel.roomNoteProperty());
        FxControls.showOnlyWithText(noteLabel);
        viewModel.roomFields().addListener((ListChangeListener<VisionViewModel.RoomField>) change -> show());
        viewModel.roomViewProperty().addListener((obs, old, now) -> show());
        show();
    }

    private void show() {
        content.getChildren().clear();
        switch (viewModel.roomViewProperty().get()) {
            case WRITING -> showCounts();
            case VOTING -> showProposals();
            case VISION -> showVision();
        }
    }

    private void showCounts() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("vision-room-counts");
        int row = 0;
        for (VisionViewModel.RoomField field : viewModel.roomFields()) {
            Label name = label(field.label(), "vision-room-count-name");
            Label count = label(viewModel.room().t("vision.room.count", field.proposals()), "vision-room-count");
            grid.addRow(row++, name, count);
        }
        content.getChildren().add(grid);
    }

    private void showProposals() {
        for (VisionViewModel.RoomField field : viewModel.roomFields()) {
            if (field.field() != viewModel.projectedProperty().get()) {
                continue;
            }
            content.getChildren().add(label(field.label(), "vision-room-heading"));
            if (field.texts().isEmpty()) {
                content.getChildren().add(label(viewModel.room().t("vision.room.noProposals"), "vision-room-empty"));
            }
            GridPane cards = new GridPane();
            cards.getStyleClass().add("vision-room-cards");
            int shown = Math.min(MAX_CARDS, field.texts().size());
            for (int i = 0; i < shown; i++) {
                Label number = label(String.valueOf(i + 1), "vision-room-card-number");
                Label text = label(field.texts().get(i), "vision-room-card-text");
                HBox card = new HBox(number, text);
                HBox.setHgrow(text, Priority.ALWAYS);
                card.getStyleClass().add("vision-room-card");
                card.setMaxWidth(Double.MAX_VALUE);
                GridPane.setHgrow(card, Priority.ALWAYS);
                cards.add(card, i % 2, i / 2);
            }
            javafx.scene.layout.ColumnConstraints half = new javafx.scene.layout.ColumnConstraints();
            half.setPercentWidth(50);
            cards.getColumnConstraints().setAll(half, half);
            content.getChildren().add(cards);
            if (field.texts().size() > shown) {
                content.getChildren().add(label(viewModel.room().t("vision.room.more", field.texts().size() - shown),
                        "vision-room-more"));
            }
        }
    }

    private void showVision() {
        for (VisionViewModel.RoomField field : viewModel.roomFields()) {
            if (field.texts().isEmpty()) {
                continue;
            }
            VBox block = new VBox(label(field.label(), "vision-room-vision-name"),
                    label(String.join("   ·   ", field.texts()), "vision-room-vision-text"));
            block.getStyleClass().add("vision-room-vision-field");
            content.getChildren().add(block);
        }
    }

    private static Label label(String text, String styleClass) {
        Label label = new Label();
        label.getStyleClass().add(styleClass);
        BidiSafeWrap.show(label, text);
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }
}
