package nl.royaal.ui.run;

import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import nl.royaal.domain.AgendaElement;
import nl.royaal.ui.common.KindIcons;

/** An agenda line in the run: number, icon, title, planned minutes; the current one stands out. */
final class RunAgendaCell extends ListCell<AgendaElement> {

    private static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");
    private static final PseudoClass DONE = PseudoClass.getPseudoClass("done");

    private final RunViewModel viewModel;
    private final Label title = new Label();
    private final Label minutes = new Label();
    private final HBox row;

    RunAgendaCell(RunViewModel viewModel) {
        this.viewModel = viewModel;
        title.getStyleClass().add("item-title");
        minutes.getStyleClass().add("item-meta");
        // The title gives way (ellipsis) so the minutes always show, without a horizontal scroll bar.
        title.setMinWidth(0);
        title.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(title, Priority.ALWAYS);
        minutes.setMinWidth(Region.USE_PREF_SIZE);
        row = new HBox(8, title, minutes);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
    }

    @Override
    protected void updateItem(AgendaElement element, boolean empty) {
        super.updateItem(element, empty);
        setPrefWidth(0);
        if (empty || element == null) {
            setGraphic(null);
            pseudoClassStateChanged(CURRENT, false);
            pseudoClassStateChanged(DONE, false);
            return;
        }
        title.setText((getIndex() + 1) + ".  " + element.title());
        title.setGraphic(KindIcons.icon(element.kind()));
        minutes.setText(viewModel.plannedText(element));
        int current = viewModel.currentIndexProperty().get();
        pseudoClassStateChanged(CURRENT, getIndex() == current);
        pseudoClassStateChanged(DONE, getIndex() < current);
        setGraphic(row);
    }
}
