package nl.royaal.ui.preparation;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import nl.royaal.domain.AgendaElement;
import nl.royaal.ui.common.KindIcons;
import nl.royaal.ui.common.ReorderSupport;
import org.kordamp.ikonli.javafx.FontIcon;

/** An agenda row: position, kind icon, title and kind, planned minutes, and a pin when fixed in place. */
final class AgendaCell extends ListCell<AgendaElement> {

    private final PreparationViewModel viewModel;
    private final Label position = new Label();
    private final Label title = new Label();
    private final Label kind = new Label();
    private final Label icon = new Label();
    private final Label minutes = new Label();
    private final FontIcon pin = new FontIcon("mdi2p-pin");
    private final HBox row;

    AgendaCell(PreparationViewModel viewModel) {
        this.viewModel = viewModel;
        position.getStyleClass().add("position");
        title.getStyleClass().add("item-title");
        kind.getStyleClass().add("item-subtitle");
        minutes.getStyleClass().add("item-meta");
        pin.getStyleClass().add("pin-icon");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        VBox texts = new VBox(1, title, kind);
        texts.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        row = new HBox(10, position, icon, texts, spacer, pin, minutes);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        ReorderSupport.installDrag(this, viewModel::moveElement);
    }

    @Override
    protected void updateItem(AgendaElement element, boolean empty) {
        super.updateItem(element, empty);
        if (empty || element == null) {
            setGraphic(null);
            return;
        }
        position.setText(String.valueOf(getIndex() + 1));
        icon.setGraphic(KindIcons.icon(element.kind()));
        title.setText(element.title());
        // The kind only adds something when the title does not already say it.
        String kindName = viewModel.kindName(element.kind());
        kind.setText(kindName.equalsIgnoreCase(element.title()) ? "" : kindName);
        kind.setManaged(!kind.getText().isEmpty());
        minutes.setText(viewModel.minutesText(element.plannedMinutes()));
        pin.setVisible(element.pinned());
        setGraphic(row);
    }
}
