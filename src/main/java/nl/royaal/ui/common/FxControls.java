package nl.royaal.ui.common;

import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.util.StringConverter;

/** Small bindings every screen needs, written once. */
public final class FxControls {

    private FxControls() {
    }

    /** Shows choices by name (an enum in a combo box); choices are picked, never typed. */
    public static <T> StringConverter<T> named(Function<T, String> name) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : name.apply(value);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException("choices are picked, not typed");
            }
        };
    }

    /** An error line takes no room until there is an error to show. */
    public static void showOnlyWithText(Label label) {
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
    }

    /** Keeps a list's selection and a view model's selected item the same, both ways. */
    public static <T> void bindSelection(ListView<T> list, ObjectProperty<T> selected) {
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> {
            if (item != null || list.getItems().isEmpty()) {
                selected.set(item);
            }
        });
        selected.addListener((obs, old, item) -> {
            // Only a selection made elsewhere (a new or moved item) needs scrolling into view.
            if (list.getSelectionModel().getSelectedItem() != item) {
                list.getSelectionModel().select(item);
                if (item != null) {
                    list.scrollTo(item);
                }
            }
        });
        if (selected.get() != null) {
            list.getSelectionModel().select(selected.get());
        }
    }
}
