package nl.royaal.ui.peakend;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import nl.royaal.ui.common.ReorderSupport;
import org.kordamp.ikonli.javafx.FontIcon;

/** One element of the sequence: place, name, where the suggestion puts it, score, and its lock. */
final class SequenceCell extends ListCell<PeakEndViewModel.Row> {

    private final PeakEndViewModel viewModel;
    private final Label position = new Label();
    private final Label label = new Label();
    private final Label destination = new Label();
    private final Label score = new Label();
    private final Button lock = new Button();
    private final HBox box;

    SequenceCell(PeakEndViewModel viewModel) {
        this.viewModel = viewModel;
        position.getStyleClass().add("position");
        label.getStyleClass().add("item-title");
        label.setMinWidth(0);
        destination.getStyleClass().add("peak-end-destination");
        destination.setMinWidth(Region.USE_PREF_SIZE);
        score.getStyleClass().add("peak-end-score");
        score.setMinWidth(Region.USE_PREF_SIZE);
        lock.getStyleClass().addAll("flat", "peak-end-lock");
        lock.setFocusTraversable(false);
        lock.setOnAction(event -> {
            if (getItem() != null) {
                viewModel.togglePin(getItem().id());
            }
        });
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        box = new HBox(8, position, label, gap, destination, score, lock);
        box.setAlignment(Pos.CENTER_LEFT);
        ReorderSupport.installDrag(this, viewModel::move);
        // As wide as the list, never wider: a long name is cut, the list does not scroll sideways.
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(PeakEndViewModel.Row row, boolean empty) {
        super.updateItem(row, empty);
        if (empty || row == null) {
            setGraphic(null);
            setText(null);
            return;
        }
        position.setText(String.valueOf(row.position()));
        label.setText(row.label());
        destination.setText(row.destination() == 0 ? ""
                : viewModel.i18n().t("peakEnd.row.destination", row.destination()));
        destination.setVisible(row.destination() != 0);
        score.setText(row.score());
        lock.setGraphic(new FontIcon(row.pinned() ? "mdi2l-lock" : "mdi2l-lock-open-variant-outline"));
        lock.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("pinned"), row.pinned());
        lock.setTooltip(new Tooltip(row.pinned() ? viewModel.i18n().t("peakEnd.unpin", row.pin())
                : viewModel.i18n().t("peakEnd.pin", row.position())));
        lock.setId("peakEndLock" + row.position());
        setGraphic(box);
        setText(null);
    }
}
