package nl.royaal.ui.charts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/**
 * The rows of a horizontal chart, one per item, kept by key: a new list of items updates the
 * nodes that are already there and only adds or removes the nodes of items that came or went.
 * That is what keeps a live chart from flickering, keeps its nodes (and anything a test or a
 * transition holds on to) stable, and makes a redraw after one answer cost a few property sets.
 *
 * @param <R> a chart's nodes for one row
 */
final class ChartRows<R extends ChartRows.Row> {

    private static final PseudoClass DIMMED = PseudoClass.getPseudoClass("dimmed");

    /** The nodes of one row: a name on the left and whatever the chart draws. */
    abstract static class Row {
        final Label name = new Label();
        private String tone;

        Row() {
            name.getStyleClass().add("chart-row-label");
            name.setMinWidth(0);
        }

        /** Every node of the row, name first, in drawing order (later ones on top). */
        abstract List<Node> nodes();

        /** Gives every node of the row this tone class (for example {@code tone-fan-zone}). */
        final void tone(String newTone) {
            if (Objects.equals(tone, newTone)) {
                return;
            }
            for (Node node : nodes()) {
                if (tone != null) {
                    node.getStyleClass().remove(tone);
                }
                if (newTone != null && !newTone.isEmpty()) {
                    node.getStyleClass().add(newTone);
                }
            }
            tone = newTone;
        }

        final void dimmed(boolean dimmed) {
            nodes().forEach(node -> node.pseudoClassStateChanged(DIMMED, dimmed));
        }
    }

    private final Region chart;
    private final List<Node> children;
    private final Function<String, R> newRow;
    private final Map<String, R> byKey = new HashMap<>();
    private final List<R> ordered = new ArrayList<>();
    private String highlighted;

    ChartRows(Region chart, List<Node> children, Function<String, R> newRow) {
        this.chart = chart;
        this.children = children;
        this.newRow = newRow;
    }

    /**
     * Puts the rows in the order of these keys, making rows for new keys and dropping rows of
     * keys that are gone; the caller then updates each row's content.
     */
    List<R> arrange(List<String> keys) {
        Map<String, R> gone = new HashMap<>(byKey);
        ordered.clear();
        for (String key : keys) {
            R row = gone.remove(key);
            if (row == null) {
                row = newRow.apply(key);
                for (Node node : row.nodes()) {
                    node.setUserData(key);
                }
                byKey.put(key, row);
                children.addAll(row.nodes());
            }
            ordered.add(row);
        }
        for (Map.Entry<String, R> entry : gone.entrySet()) {
            children.removeAll(entry.getValue().nodes());
            byKey.remove(entry.getKey());
        }
        applyHighlight();
        chart.requestLayout();
        return ordered;
    }

    List<R> ordered() {
        return ordered;
    }

    R row(String key) {
        return byKey.get(key);
    }

    /** Dims every row but this one; {@code null} shows all rows alike. */
    void highlight(String key) {
        highlighted = key;
        applyHighlight();
    }

    private void applyHighlight() {
        byKey.forEach((key, row) -> row.dimmed(highlighted != null && byKey.containsKey(highlighted)
                && !highlighted.equals(key)));
    }

    /** The widest name, as the names would like to be shown. */
    double widestName() {
        double widest = 0;
        for (R row : ordered) {
            widest = Math.max(widest, row.name.prefWidth(-1));
        }
        return widest;
    }

    /**
     * How much the rows' labels must shrink to fit their rows (1 when they fit): with many rows on
     * a small slide the type gets smaller rather than the rows overlapping.
     */
    double fit(double rowHeight) {
        double natural = ordered.isEmpty() ? 0 : ordered.getFirst().name.prefHeight(-1);
        return natural <= 0 ? 1 : Math.min(1, rowHeight * 1.05 / natural);
    }

    /**
     * Puts a label, shrunk by {@code fit}, so that what shows starts at {@code x}, is at most
     * {@code width} wide and is centred on {@code middle} (a node scales around its centre).
     */
    static void place(Label label, double x, double middle, double width, double fit) {
        double unscaledWidth = width / fit;
        double height = label.prefHeight(-1);
        label.setScaleX(fit);
        label.setScaleY(fit);
        label.resizeRelocate(x - unscaledWidth * (1 - fit) / 2, middle - height / 2, unscaledWidth, height);
    }

    /** The widest of these labels' preferred widths. */
    static double widest(List<Label> labels) {
        double widest = 0;
        for (Label label : labels) {
            widest = Math.max(widest, label.prefWidth(-1));
        }
        return widest;
    }
}
