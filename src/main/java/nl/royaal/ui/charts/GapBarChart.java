package nl.royaal.ui.charts;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import javafx.scene.Node;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.SVGPath;

/**
 * A diverging bar chart of differences: one row per item, a bar from 0 to the item's value (left
 * for negative, right for positive), a mark at the bar's end whose shape repeats the tone, and the
 * value in words beside it. A shaded band from −band to +band shows what counts as "about
 * equal" (the satisfied margin). Rows are shown in the order given: sort them first.
 *
 * <p>Drawn with reused shapes for the same reasons as {@link DumbbellChart}. The scale is
 * symmetric around 0 and runs to the next whole number beyond the largest value (at least 2), so
 * small gaps are not blown up into dramatic bars.
 *
 * <p>Style classes: {@code gap-bar-chart}; per row {@code chart-row-label}, {@code gap-bar},
 * {@code gap-bar-end} (also {@code chart-marker}), {@code chart-value}, each with the tone class
 * and {@code :dimmed}; {@code gap-band}, {@code chart-grid-line} ({@code :zero} at 0),
 * {@code chart-tick-label}.
 */
public final class GapBarChart extends RowChart<GapBarChart.Item> {

    /** The smallest half-range: gaps within ±2 are drawn on a −2…+2 scale. */
    static final int MIN_EXTENT = 2;

    /**
     * One row.
     *
     * @param key       what identifies the row across updates
     * @param label     the row's name
     * @param value     the difference; absent draws no bar
     * @param marker    the shape at the bar's end, saying the tone without colour
     * @param tone      a style class giving the row its colour (may be empty)
     * @param valueText the value as shown beside the bar
     */
    public record Item(String key, String label, OptionalDouble value, Marker marker, String tone, String valueText) {
        public Item {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(marker, "marker");
            tone = tone == null ? "" : tone;
            valueText = valueText == null ? "" : valueText;
        }
    }

    private static final class Row extends ChartRows.Row<Item> {
        final Rectangle bar = DumbbellChart.styled(new Rectangle(), "gap-bar");
        final SVGPath end = DumbbellChart.styled(Marker.DOT.create(), "gap-bar-end");

        @Override
        List<Node> nodes() {
            return List.of(name, bar, end, value);
        }
    }

    private final Rectangle band = DumbbellChart.styled(new Rectangle(), "gap-band");

    {
        getChildren().add(band); // under the grid lines
    }

    private final ChartAxis axis = new ChartAxis(getChildren(), GapBarChart::signed);
    private final ChartRows<Row> rows = new ChartRows<>(this, getChildren(), key -> new Row());
    private double bandHalfWidth;
    private int extent = MIN_EXTENT;

    public GapBarChart() {
        getStyleClass().addAll("chart", "gap-bar-chart");
        axis.range(-extent, extent);
        setMinSize(0, 0);
    }

    /** Shades −halfWidth…+halfWidth (the margin within which a gap counts as "about equal"). */
    public void setBand(double halfWidth) {
        bandHalfWidth = Math.max(0, halfWidth);
        band.setVisible(bandHalfWidth > 0);
        requestLayout();
    }

    /** Shows these rows, top to bottom; rows whose key was there before keep their nodes. */
    public void setItems(List<Item> items) {
        List<Row> shown = rows.arrange(items.stream().map(Item::key).toList());
        double largest = 0;
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            largest = Math.max(largest, Math.abs(item.value().orElse(0)));
            Row row = shown.get(i);
            if (item.equals(row.item)) {
                continue;
            }
            row.item = item;
            row.show(item.label(), item.valueText(), item.marker(), row.end, item.tone());
            row.bar.setVisible(item.value().isPresent());
            row.end.setVisible(item.value().isPresent());
        }
        extent = Math.max(MIN_EXTENT, (int) Math.floor(largest) + 1);
        axis.range(-extent, extent);
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
        double rowHeight = frame.rowHeight();
        double fit = frame.fit();
        double em = frame.em();
        double gap = em * 0.5;
        double nameWidth = frame.nameWidth();
        double valueWidth = frame.valueWidth();
        double radius = Math.max(3, Math.min(rowHeight * 0.3, em * 0.5));
        // Room on both sides for a value label beside the longest bar.
        double side = valueWidth + gap + radius * 2;
        double plotLeft = left + nameWidth + gap + side;
        double plotRight = Math.max(plotLeft + 1, left + frame.width() - side);
        double scale = (plotRight - plotLeft) / (2.0 * extent);
        java.util.function.DoubleUnaryOperator x = value -> plotLeft + (value + extent) * scale;

        axis.layout(x, top, top + rowsHeight);
        double bandLeft = x.applyAsDouble(-Math.min(bandHalfWidth, extent));
        band.setX(bandLeft);
        band.setY(top);
        band.setWidth(x.applyAsDouble(Math.min(bandHalfWidth, extent)) - bandLeft);
        band.setHeight(rowsHeight);

        double zero = x.applyAsDouble(0);
        for (int i = 0; i < shown.size(); i++) {
            Row row = shown.get(i);
            double middle = frame.middle(i);
            ChartRows.place(row.name, left, middle, nameWidth, fit);
            double value = row.item.value().orElse(0);
            double tip = x.applyAsDouble(value);
            double barHeight = Math.max(2, Math.min(rowHeight * 0.5, em * 0.7));
            row.bar.setX(Math.min(zero, tip));
            row.bar.setY(middle - barHeight / 2);
            row.bar.setWidth(Math.abs(tip - zero));
            row.bar.setHeight(barHeight);
            Marker.place(row.end, tip, middle, radius);
            double shownWidth = row.value.prefWidth(-1) * fit;
            double valueX = value < 0 ? tip - radius * 1.6 - gap - shownWidth : tip + radius * 1.6 + gap;
            ChartRows.place(row.value, valueX, middle, shownWidth, fit);
        }
    }

    /** A tick reads "−2", "0", "+2": the sign says which way is better. */
    static String signed(double tick) {
        int whole = (int) tick;
        return whole > 0 ? "+" + whole : whole < 0 ? "\u2212" + -whole : "0";
    }
}
