package nl.royaal.ui.common;

import java.util.function.BiConsumer;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.TransferMode;

/**
 * Reordering a list by drag and drop and by Alt+Up/Alt+Down, for every ordered list in the app
 * (agenda, touchpoints). The list itself never changes here: the move goes to the view model,
 * which stores it and hands back the new order.
 */
public final class ReorderSupport {

    private static final String DRAG_FORMAT_PREFIX = "royaal-reorder:";

    private ReorderSupport() {
    }

    /** Keyboard: Alt+Up / Alt+Down move the selected item one place. */
    public static <T> void installKeyboard(ListView<T> list, BiConsumer<Integer, Integer> move) {
        list.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, event -> {
            if (!event.isAltDown()) {
                return;
            }
            int selected = list.getSelectionModel().getSelectedIndex();
            if (selected < 0) {
                return;
            }
            int target = event.getCode() == KeyCode.UP ? selected - 1
                    : event.getCode() == KeyCode.DOWN ? selected + 1 : selected;
            if (target != selected) {
                event.consume();
                if (target >= 0 && target < list.getItems().size()) {
                    move.accept(selected, target);
                }
            }
        });
    }

    /** Mouse: drag a cell onto another to put it there. Call from the list's cell factory. */
    public static <T> void installDrag(ListCell<T> cell, BiConsumer<Integer, Integer> move) {
        cell.setOnDragDetected(event -> {
            if (cell.isEmpty()) {
                return;
            }
            var dragboard = cell.startDragAndDrop(TransferMode.MOVE);
            ClipboardContent content = new ClipboardContent();
            content.putString(DRAG_FORMAT_PREFIX + cell.getIndex());
            dragboard.setContent(content);
            dragboard.setDragView(cell.snapshot(null, null));
            event.consume();
        });
        cell.setOnDragOver(event -> {
            if (event.getGestureSource() != cell && draggedIndex(event.getDragboard().getString()) >= 0) {
                event.acceptTransferModes(TransferMode.MOVE);
            }
            event.consume();
        });
        cell.setOnDragEntered(event -> cell.pseudoClassStateChanged(DROP_TARGET, true));
        cell.setOnDragExited(event -> cell.pseudoClassStateChanged(DROP_TARGET, false));
        cell.setOnDragDropped(event -> {
            int from = draggedIndex(event.getDragboard().getString());
            int itemCount = cell.getListView().getItems().size();
            int to = cell.isEmpty() ? itemCount - 1 : cell.getIndex();
            boolean moved = from >= 0 && from < itemCount && from != to;
            if (moved) {
                move.accept(from, to);
            }
            event.setDropCompleted(moved);
            event.consume();
        });
    }

    private static final javafx.css.PseudoClass DROP_TARGET = javafx.css.PseudoClass.getPseudoClass("drop-target");

    private static int draggedIndex(String payload) {
        if (payload == null || !payload.startsWith(DRAG_FORMAT_PREFIX)) {
            return -1;
        }
        try {
            return Integer.parseInt(payload.substring(DRAG_FORMAT_PREFIX.length()));
        } catch (NumberFormatException foreign) {
            return -1;
        }
    }
}
