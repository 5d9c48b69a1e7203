package nl.royaal.ui.charts;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import javafx.scene.Node;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.SVGPath;

/**
 * A dumbbell chart: one row per item, a hollow ring at the "from" value joined by a bar to a
 * filled mark at the "to" value, on a shared scale (by default the rapportcijfer, 1 to 10, with
 * the pass mark 5.5 dashed). Used for expectation → experience per touchpoint; any pair of
 * grades per item fits (before/after, self-image versus customers).
 *
 * <p><b>Why shapes, not a Canvas.</b> A dozen rows are a few dozen nodes: cheap to keep, and kept
 * they update in place, so a new answer moves a mark instead of repainting the chart. Shapes take
 * their colours from CSS (each row carries its tone class, light and dark projector themes come
 * for free), their sizes from the labels' font (the projector scales everything from one base
 * size), and tests can find and read them. A Canvas would need its own colour and font handling
 * and a full repaint per change, which pays only with thousands of marks.
 *
 * <p>Style classes: {@code dumbbell-chart}; per row {@code chart-row-label}, {@code dumbbell-track},
 * {@code dumbbell-bar}, {@code dumbbell-from}, {@code dumbbell-to} (also {@code chart-marker}) and
 * {@code chart-value}, each with the item's tone class and the {@code :dimmed} pseudo-class when
 * another row is highlighted; {@code chart-grid-line}, {@code chart-tick-label},
 * {@code chart-reference-line}. Looked-up colours: {@code -chart-tone} (per tone class),
 * {@code -chart-bg}.
 */
public final class DumbbellChart extends RowChart<DumbbellChart.Item> {

    /**
     * One row.
     *
     * @param key       what identifies the row across updates (a touchpoint id)
     * @param label     the row's name
     * @param from      where the ring sits; absent draws no ring and no bar
     * @param to        where the filled mark sits; absent draws no mark and no bar
     * @param marker    the filled mark's shape, saying the tone without colour
     * @param tone      a style class giving the row its colour (may be empty)
     * @param valueText shown at the right end of the row (the gap, say)
     */
    public record Item(String key, String label, OptionalDouble from, OptionalDouble to, Marker marker, String tone,
            String valueText) {
        public Item {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(marker, "marker");
            tone = tone == null ? "" : tone;
            valueText = valueText == null ? "" : valueText;
        }
    }

    /** The nodes of one row. */
    private static final class Row extends ChartRows.Row<Item> {
        final Line track = styled(new Line(), "dumbbell-track");
        final Line bar = styled(new Line(), "dumbbell-bar");
        final Circle ring = styled(new Circle(), "dumbbell-from");
        final SVGPath mark = styled(Marker.DOT.create(), "dumbbell-to");

        @Override
        List<Node> nodes() {
            return List.of(name, track, bar, ring, mark, value);
        }
    }

    private final ChartAxis axis = new ChartAxis(getChildren(), tick -> String.valueOf((int) tick));
    private final Line reference = styled(new Line(), "chart-reference-line");
    private final ChartRows<Row> rows = new ChartRows<>(this, getChildren(), key -> new Row());
    private final int min;
    private final int max;
    private final double referenceValue;

    /** The rapportcijfer scale: 1 to 10, with the pass mark 5.5 dashed. */
    public DumbbellChart() {
        this(1, 10, 5.5);
    }

    /**
     * @param min       the scale's lowest whole value
     * @param max       its highest whole value
     * @param reference a value marked with a dashed line; NaN for none
     */
    public DumbbellChart(int min, int max, double reference) {
        if (max <= min) {
            throw new IllegalArgumentException("empty scale " + min + ".." + max);
        }
        this.min = min;
        this.max = max;
        this.referenceValue = reference;
        getStyleClass().addAll("chart", "dumbbell-chart");
        axis.range(min, max);
        getChildren().add(this.reference);
        this.reference.setVisible(!Double.isNaN(reference));
        setMinSize(0, 0);
    }

    /** Shows these rows, top to bottom; rows whose key was there before keep their nodes. */
    public void setItems(List<Item> items) {
        List<Row> shown = rows.arrange(items.stream().map(Item::key).toList());
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            Row row = shown.get(i);
            if (item.equals(row.item)) {
                continue;
            }
            row.item = item;
            row.show(item.label(), item.valueText(), item.marker(), row.mark, item.tone());
            row.ring.setVisible(item.from().isPresent());
            row.mark.setVisible(item.to().isPresent());
            row.bar.setVisible(item.from().isPresent() && item.to().isPresent());
        }
        requestLayout();
    }


    @Override
    ChartRows<Row> rows() {
        return rows;
    }

    @Override
    protected void layoutChildren() {
        List<Row> shown = rows.ordered();
        ChartRows.Frame frame = rows.frame(axis);
        double left = frame.left();
        double top = frame.top();
        double rowsHeight = frame.rowsHeight();
        double fit = frame.fit();
        double gap = frame.em() * 0.6;
        double nameWidth = frame.nameWidth();
        double valueWidth = frame.valueWidth();
        double radius = Math.max(3, Math.min(frame.rowHeight() * 0.3, frame.em() * 0.55));
        double plotLeft = left + nameWidth + gap + radius * 1.5;
        double plotRight = Math.max(plotLeft + 1, left + frame.width() - valueWidth - gap - radius * 1.5);
        double scale = (plotRight - plotLeft) / (max - min);
        java.util.function.DoubleUnaryOperator x = value -> plotLeft + (value - min) * scale;

        axis.layout(x, top, top + rowsHeight);
        double at = Math.round(x.applyAsDouble(referenceValue)) + 0.5;
        reference.setStartX(at);
        reference.setEndX(at);
        reference.setStartY(top);
        reference.setEndY(top + rowsHeight);

        for (int i = 0; i < shown.size(); i++) {
            Row row = shown.get(i);
            double middle = frame.middle(i);
            ChartRows.place(row.name, left, middle, nameWidth, fit);
            line(row.track, x.applyAsDouble(min), x.applyAsDouble(max), middle, radius * 0.25);
            double from = row.item.from().orElse(min);
            double to = row.item.to().orElse(min);
            line(row.bar, x.applyAsDouble(from), x.applyAsDouble(to), middle, radius * 0.7);
            row.ring.setCenterX(x.applyAsDouble(from));
            row.ring.setCenterY(middle);
            row.ring.setRadius(radius * 0.78);
            row.ring.setStrokeWidth(radius * 0.4);
            Marker.place(row.mark, x.applyAsDouble(to), middle, radius);
            ChartRows.place(row.value, plotRight + radius * 1.5 + gap, middle, valueWidth, fit);
        }
    }

    private static void line(Line line, double fromX, double toX, double y, double strokeWidth) {
        line.setStartX(fromX);
        line.setEndX(toX);
        line.setStartY(y);
        line.setEndY(y);
        line.setStrokeWidth(strokeWidth);
    }

    static <N extends Node> N styled(N node, String styleClass) {
        node.getStyleClass().add(styleClass);
        return node;
    }
}
