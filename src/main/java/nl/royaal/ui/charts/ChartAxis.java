package nl.royaal.ui.charts;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;
import java.util.function.DoubleUnaryOperator;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.shape.Line;

/**
 * A horizontal value axis drawn as vertical grid lines with their values underneath, one per
 * whole number from {@code from} to {@code to}. Its nodes are reused when the range changes.
 */
final class ChartAxis {

    /** The line at 0 (on an axis that has one) is drawn stronger. */
    private static final PseudoClass ZERO = PseudoClass.getPseudoClass("zero");

    private final List<Node> children;
    /** Where the axis's nodes start among the chart's children: nodes added before it lie under it. */
    private final int base;
    private final DoubleFunction<String> format;
    private final List<Line> lines = new ArrayList<>();
    private final List<Label> labels = new ArrayList<>();
    private int from = 0;
    private int to = -1;

    /**
     * @param children the chart's children; the axis puts its nodes after those already there and
     *                 under everything added later
     * @param format   how a tick's value reads
     */
    ChartAxis(List<Node> children, DoubleFunction<String> format) {
        this.children = children;
        this.base = children.size();
        this.format = format;
    }

    /** Ticks at every whole number from {@code newFrom} to {@code newTo}, both included. */
    void range(int newFrom, int newTo) {
        if (newFrom == from && newTo == to) {
            return;
        }
        from = newFrom;
        to = newTo;
        int count = to - from + 1;
        while (lines.size() < count) {
            Line line = new Line();
            line.getStyleClass().add("chart-grid-line");
            Label label = new Label();
            label.getStyleClass().add("chart-tick-label");
            children.add(base + lines.size(), line);
            children.add(base + lines.size() + 1 + labels.size(), label);
            lines.add(line);
            labels.add(label);
        }
        for (int i = 0; i < lines.size(); i++) {
            boolean used = i < count;
            lines.get(i).setVisible(used);
            labels.get(i).setVisible(used);
            if (used) {
                labels.get(i).setText(format.apply(from + i));
                lines.get(i).pseudoClassStateChanged(ZERO, from + i == 0);
            }
        }
    }

    /** The height the values take under the plot. */
    double labelHeight() {
        return labels.isEmpty() ? 0 : labels.getFirst().prefHeight(-1);
    }

    /** The font size the axis labels have (the chart's "em"), for sizing marks. */
    double em() {
        return labels.isEmpty() ? 12 : labels.getFirst().getFont().getSize();
    }

    /** Places the lines from {@code top} to {@code bottom} at {@code x(value)}, the values below them. */
    void layout(DoubleUnaryOperator x, double top, double bottom) {
        for (int i = 0; i <= to - from; i++) {
            double at = Math.round(x.applyAsDouble(from + i)) + 0.5;
            Line line = lines.get(i);
            line.setStartX(at);
            line.setEndX(at);
            line.setStartY(top);
            line.setEndY(bottom);
            Label label = labels.get(i);
            double width = label.prefWidth(-1);
            double height = label.prefHeight(-1);
            label.resizeRelocate(at - width / 2, bottom + height * 0.15, width, height);
        }
    }
}
