package nl.royaal.ui.preparation;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import nl.royaal.domain.Touchpoint;
import nl.royaal.ui.common.ReorderSupport;

/** A touchpoint row: its place in the journey, its name, and how often a customer meets it. */
final class TouchpointCell extends ListCell<Touchpoint> {

    private final PreparationViewModel viewModel;
    private final Label position = new Label();
    private final Label name = new Label();
    private final Label contacts = new Label();
    private final HBox row;

    TouchpointCell(PreparationViewModel viewModel) {
        this.viewModel = viewModel;
        position.getStyleClass().add("position");
        name.getStyleClass().add("item-title");
        contacts.getStyleClass().add("item-meta");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        row = new HBox(10, position, name, spacer, contacts);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        ReorderSupport.installDrag(this, viewModel::moveTouchpoint);
    }

    @Override
    protected void updateItem(Touchpoint touchpoint, boolean empty) {
        super.updateItem(touchpoint, empty);
        if (empty || touchpoint == null) {
            setGraphic(null);
            return;
        }
        position.setText(String.valueOf(getIndex() + 1));
        name.setText(touchpoint.name());
        contacts.setText(viewModel.contactsText(touchpoint));
        setGraphic(row);
    }
}
