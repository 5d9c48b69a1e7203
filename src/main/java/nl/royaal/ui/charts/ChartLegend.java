package nl.royaal.ui.charts;

import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.shape.Circle;
import javafx.scene.shape.SVGPath;
import javafx.scene.shape.Shape;

/**
 * A legend that names every mark a chart uses, shape and colour together, so it reads without
 * colour. Its marks grow with the legend's font, which the projector sets from the screen height.
 *
 * <p>Style classes: {@code chart-legend}, {@code chart-legend-entry}; the marks as in the charts
 * ({@code dumbbell-from}, {@code chart-marker}) with the entry's tone class.
 */
public final class ChartLegend extends FlowPane {

    public ChartLegend() {
        getStyleClass().add("chart-legend");
    }

    /** An entry with a filled mark of this shape and tone. */
    public Label addMarker(Marker marker, String tone, String text) {
        SVGPath mark = marker.create();
        return add(mark, tone, text);
    }

    /** An entry with the hollow ring a {@link DumbbellChart} draws at its "from" value. */
    public Label addRing(String tone, String text) {
        Circle ring = new Circle();
        ring.getStyleClass().add("dumbbell-from");
        return add(ring, tone, text);
    }

    private Label add(Shape mark, String tone, String text) {
        // In a group, so the label makes room for the mark as scaled, not as drawn at size 1.
        Label entry = new Label(text, new Group(mark));
        entry.getStyleClass().add("chart-legend-entry");
        if (tone != null && !tone.isEmpty()) {
            mark.getStyleClass().add(tone);
            entry.getStyleClass().add(tone);
        }
        entry.fontProperty().addListener((obs, old, font) -> size(mark, font.getSize()));
        size(mark, entry.getFont().getSize());
        getChildren().add(entry);
        return entry;
    }

    private static void size(Shape mark, double em) {
        double radius = em * 0.42;
        if (mark instanceof Circle ring) {
            ring.setRadius(radius * 0.8);
            ring.setStrokeWidth(radius * 0.4);
        } else {
            mark.setScaleX(radius);
            mark.setScaleY(radius);
        }
    }

    @Override
    public String getUserAgentStylesheet() {
        return ChartStyles.STYLESHEET;
    }
}
