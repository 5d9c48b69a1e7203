package nl.royaal.ui.peakend;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;
import nl.royaal.domain.sequence.SequenceItem;

/**
 * The experience curve of one order: a line chart with the elements along the bottom and the
 * rapportcijfer up the side, always from 1 to 10, so two curves side by side share their axes and
 * compare at a glance. The last point, the end people remember, is drawn larger.
 */
final class Curves {

    /** Zero-width spaces tell equal labels apart for the category axis without showing. */
    private static final String INVISIBLE = "\u200B";
    /** Shorter than this, a label says nothing: the axis shows places (1, 2, 3…) instead. */
    private static final int SHORTEST_LABEL = 5;
    /** What the category axis adds around each label when it decides whether they fit side by side. */
    private static final double LABEL_SPACING = 10;
    private static final double AXIS_MARGINS = 10;

    private final LineChart<String, Number> chart;
    private final CategoryAxis x = new CategoryAxis();
    private final ObservableList<PeakEndViewModel.Point> points;
    private final int maxLabel;
    private final boolean tooltips;
    private int labelLength;

    private Curves(ObservableList<PeakEndViewModel.Point> points, int maxLabel, boolean tooltips) {
        this.points = points;
        this.maxLabel = maxLabel;
        this.tooltips = tooltips;
        this.labelLength = maxLabel;
        x.setAnimated(false);
        x.setAutoRanging(false);
        x.setTickMarkVisible(false);
        NumberAxis y = new NumberAxis(SequenceItem.MIN_SCORE, SequenceItem.MAX_SCORE, 1);
        y.setAutoRanging(false);
        y.setAnimated(false);
        y.setMinorTickVisible(false);
        chart = new LineChart<>(x, y);
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.setCreateSymbols(true);
        chart.setHorizontalZeroLineVisible(false);
        chart.setVerticalGridLinesVisible(false);
        chart.setMinSize(0, 100);
    }

    /**
     * A chart that follows {@code points} at once (no animation: every figure updates together).
     *
     * @param maxLabel labels longer than this are shortened with "…" along the axis, and shorter
     *                 still when the chart is too narrow for them side by side
     */
    static LineChart<String, Number> chart(ObservableList<PeakEndViewModel.Point> points, String styleClass,
            int maxLabel, boolean tooltips) {
        Curves curves = new Curves(points, maxLabel, tooltips);
        curves.chart.getStyleClass().addAll("peak-end-chart", styleClass);
        points.addListener((ListChangeListener<PeakEndViewModel.Point>) change -> curves.draw());
        // Labels that do not fit side by side would be skipped or turned on end: shorten them instead.
        curves.x.widthProperty().addListener((obs, old, width) -> {
            if (curves.fittingLength() != curves.labelLength) {
                curves.draw();
            }
        });
        curves.draw();
        return curves.chart;
    }

    /**
     * The longest label length at which every label fits side by side on the axis as it is now, by
     * the category axis's own rule; 0 when even short labels do not fit and places are shown.
     */
    private int fittingLength() {
        double length = x.getWidth();
        if (length <= 0 || points.isEmpty()) {
            return maxLabel;
        }
        Text measure = new Text();
        measure.setFont(x.getTickLabelFont());
        for (int candidate = maxLabel; candidate >= SHORTEST_LABEL; candidate--) {
            double widest = 0;
            for (PeakEndViewModel.Point point : points) {
                measure.setText(shortened(point.label(), candidate));
                widest = Math.max(widest, measure.getLayoutBounds().getWidth());
            }
            if ((widest + LABEL_SPACING) * points.size() + AXIS_MARGINS <= length) {
                return candidate;
            }
        }
        return 0;
    }

    private void draw() {
        labelLength = fittingLength();
        List<String> categories = categories(points, labelLength);
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        for (int i = 0; i < points.size(); i++) {
            series.getData().add(new XYChart.Data<>(categories.get(i), points.get(i).score()));
        }
        chart.getData().clear();
        x.setCategories(FXCollections.observableArrayList(categories));
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
