package nl.royaal.ui.common;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * An ordered list shown in a view with one selected item, refreshed from immutable domain values:
 * after every stored change the items are replaced and the selection follows the same identity.
 */
public final class SelectableList<T> {

    private final ObservableList<T> items = FXCollections.observableArrayList();
    private final ObjectProperty<T> selected = new SimpleObjectProperty<>();
    private final Function<T, UUID> idOf;

    public SelectableList(Function<T, UUID> idOf) {
        this.idOf = idOf;
    }

    public ObservableList<T> items() {
        return items;
    }

    public ObjectProperty<T> selectedProperty() {
        return selected;
    }

    public Optional<T> selected() {
        return Optional.ofNullable(selected.get());
    }

    public int selectedIndex() {
        return selected().map(items::indexOf).orElse(-1);
    }

    /** Replaces the items; keeps the selection on the item with the same id, or selects {@code select}. */
    public void replace(List<T> newItems, UUID select) {
        UUID keep = select != null ? select : selected().map(idOf).orElse(null);
        items.setAll(newItems);
        selected.set(newItems.stream().filter(item -> Objects.equals(idOf.apply(item), keep)).findFirst().orElse(null));
    }
}
