package nl.royaal.ui.peakend;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import nl.royaal.domain.sequence.SequenceItem;

/**
 * The experience curve of one order: a line chart with the elements along the bottom and the
 * rapportcijfer up the side, always from 1 to 10, so two curves side by side share their axes and
 * compare at a glance. The last point, the end people remember, is drawn larger.
 *
 * <p>Every change draws a fresh chart: a category axis that is not auto-ranging keeps showing its
 * old labels when the same names come back in another order, and a chart of a few points is
 * cheap to build.
 */
final class Curves {

    /** Zero-width spaces tell equal labels apart for the category axis without showing. */
    private static final String INVISIBLE = "\u200B";
    /** Shorter than this, a label says nothing: the axis shows places (1, 2, 3…) instead. */
    private static final int SHORTEST_LABEL = 5;
    /** What the category axis adds around each label when it decides whether they fit side by side. */
    private static final double LABEL_SPACING = 10;
    /** The value axis on the left and the margins of the category axis. */
    private static final double AXIS_MARGINS = 50;

    private final StackPane slot = new StackPane();
    private final ObservableList<PeakEndViewModel.Point> points;
    private final String styleClass;
    private final int maxLabel;
    private final boolean tooltips;
    private int labelLength;
    private Font labelFont = Font.getDefault();

    private Curves(ObservableList<PeakEndViewModel.Point> points, String styleClass, int maxLabel, boolean tooltips) {
        this.points = points;
        this.styleClass = styleClass;
        this.maxLabel = maxLabel;
        this.tooltips = tooltips;
        this.labelLength = maxLabel;
        slot.getStyleClass().add("peak-end-curve");
        slot.setMinSize(0, 100);
    }

    /**
     * A chart that follows {@code points} at once (no animation: every figure updates together).
     *
     * @param maxLabel labels longer than this are shortened with "…" along the axis, and shorter
     *                 still when the chart is too narrow for them side by side
     */
    static Node chart(ObservableList<PeakEndViewModel.Point> points, String styleClass, int maxLabel,
            boolean tooltips) {
        Curves curves = new Curves(points, styleClass, maxLabel, tooltips);
        points.addListener((ListChangeListener<PeakEndViewModel.Point>) change -> curves.draw());
        // Labels that do not fit side by side would be skipped or turned on end: shorten them instead.
        curves.slot.widthProperty().addListener((obs, old, width) -> {
            if (curves.fittingLength() != curves.labelLength) {
                curves.draw();
            }
        });
        curves.draw();
        return curves.slot;
    }

    /**
     * The longest label length at which every label fits side by side on the axis, by the category
     * axis's own rule; 0 when even short labels do not fit and places are shown.
     */
    private int fittingLength() {
        double length = slot.getWidth() - AXIS_MARGINS;
        if (slot.getWidth() <= 0 || points.isEmpty()) {
            return maxLabel;
        }
        Text measure = new Text();
        measure.setFont(labelFont);
        for (int candidate = maxLabel; candidate >= SHORTEST_LABEL; candidate--) {
            double widest = 0;
            for (PeakEndViewModel.Point point : points) {
                measure.setText(shortened(point.label(), candidate));
                widest = Math.max(widest, measure.getLayoutBounds().getWidth());
            }
            if ((widest + LABEL_SPACING) * points.size() <= length) {
                return candidate;
            }
        }
        return 0;
    }

    private void draw() {
        labelLength = fittingLength();
        List<String> categories = categories(points, labelLength);
        CategoryAxis x = new CategoryAxis(FXCollections.observableArrayList(categories));
        x.setAnimated(false);
        x.setTickMarkVisible(false);
        // The font comes from the stylesheet once the axis is shown; later charts measure with it.
        x.tickLabelFontProperty().addListener((obs, old, font) -> {
            labelFont = font;
            Platform.runLater(() -> {
                if (fittingLength() != labelLength) {
                    draw();
                }
            });
        });
        NumberAxis y = new NumberAxis(SequenceItem.MIN_SCORE, SequenceItem.MAX_SCORE, 1);
        y.setAutoRanging(false);
        y.setAnimated(false);
        y.setMinorTickVisible(false);
        LineChart<String, Number> chart = new LineChart<>(x, y);
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.setCreateSymbols(true);
        chart.setHorizontalZeroLineVisible(false);
        chart.setVerticalGridLinesVisible(false);
        chart.setMinSize(0, 100);
        chart.getStyleClass().addAll("peak-end-chart", styleClass);
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        for (int i = 0; i < points.size(); i++) {
            series.getData().add(new XYChart.Data<>(categories.get(i), points.get(i).score()));
        }
        chart.getData().add(series);
        for (int i = 0; i < series.getData().size(); i++) {
            XYChart.Data<String, Number> point = series.getData().get(i);
            if (point.getNode() == null) {
                continue;
            }
            if (i == series.getData().size() - 1) {
                point.getNode().getStyleClass().add("curve-end");
            }
            if (tooltips) {
                Tooltip.install(point.getNode(), new Tooltip(points.get(i).text()));
            }
        }
        slot.getChildren().setAll(chart);
    }

    /** The labels along the axis: names cut to {@code maxLabel}, or places when it is 0. */
    private static List<String> categories(List<PeakEndViewModel.Point> points, int maxLabel) {
        List<String> categories = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (int i = 0; i < points.size(); i++) {
            String label = maxLabel == 0 ? String.valueOf(i + 1) : shortened(points.get(i).label(), maxLabel);
            while (!taken.add(label)) {
                label += INVISIBLE;
            }
            categories.add(label);
        }
        return categories;
    }

    static String shortened(String label, int maxLength) {
        if (label.codePointCount(0, label.length()) <= maxLength) {
            return label;
        }
        return label.substring(0, label.offsetByCodePoints(0, maxLength - 1)).strip() + "\u2026";
    }
}
