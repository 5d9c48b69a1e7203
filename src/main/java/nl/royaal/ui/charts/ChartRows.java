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
import javafx.scene.shape.SVGPath;

/**
 * The rows of a horizontal chart, one per item, kept by key: a new list of items updates the
 * nodes that are already there and only adds or removes the nodes of items that came or went.
 * That is what keeps a live chart from flickering, keeps its nodes (and anything a test or a
 * transition holds on to) stable, and makes a redraw after one answer cost a few property sets.
 *
 * @param <R> a chart's nodes for one row
 */
final class ChartRows<R extends ChartRows.Row<?>> {

    private static final PseudoClass DIMMED = PseudoClass.getPseudoClass("dimmed");

    /** The nodes of one row: a name on the left, a value in words, and whatever the chart draws. */
    abstract static class Row<I> {
        /** What the row shows, as last given. */
        I item;
        final Label name = new Label();
        final Label value = new Label();
        private String tone;

        Row() {
            name.getStyleClass().add("chart-row-label");
            name.setMinWidth(0);
            value.getStyleClass().add("chart-value");
        }

        /** Shows the row's words, its mark's shape and its tone. */
        final void show(String label, String valueText, Marker marker, SVGPath mark, String newTone) {
            name.setText(label);
            value.setText(valueText);
            marker.applyTo(mark);
            tone(newTone);
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

    /**
     * Where a chart's rows go within its insets.
     *
     * @param rowsHeight the height of all rows; the axis's values go below it
     * @param fit        how much the labels shrink to fit their rows (1 when they fit): with many
     *                   rows on a small slide the type gets smaller rather than the rows overlapping
     * @param em         the names' type size as shown; marks grow with it, and the projector sets
     *                   it from the screen height
     * @param nameWidth  the width of the names' column, at most a third of the chart
     * @param valueWidth the width of the widest value as shown
     */
    record Frame(double left, double top, double width, double rowsHeight, double rowHeight, double fit, double em,
            double nameWidth, double valueWidth) {

        double middle(int row) {
            return top + rowHeight * (row + 0.5);
        }
    }

    Frame frame(ChartAxis axis) {
        double left = chart.snappedLeftInset();
        double top = chart.snappedTopInset();
        double width = chart.getWidth() - left - chart.snappedRightInset();
        double height = chart.getHeight() - top - chart.snappedBottomInset();
        double rowsHeight = Math.max(0, height - axis.labelHeight() * 1.2);
        double rowHeight = ordered.isEmpty() ? 0 : rowsHeight / ordered.size();
        double natural = ordered.isEmpty() ? 0 : ordered.getFirst().name.prefHeight(-1);
        double fit = natural <= 0 ? 1 : Math.min(1, rowHeight * 1.05 / natural);
        double em = (ordered.isEmpty() ? axis.em() : ordered.getFirst().name.getFont().getSize()) * fit;
        double widestName = 0;
        double widestValue = 0;
        for (R row : ordered) {
            widestName = Math.max(widestName, row.name.prefWidth(-1));
            widestValue = Math.max(widestValue, row.value.prefWidth(-1));
        }
        return new Frame(left, top, width, rowsHeight, rowHeight, fit, em, Math.min(width * 0.34, widestName * fit),
                widestValue * fit);
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
}
