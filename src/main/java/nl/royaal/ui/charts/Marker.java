package nl.royaal.ui.charts;

import javafx.scene.shape.SVGPath;

/**
 * A filled mark whose shape says what its colour says, so a chart reads without colour
 * (colour-blind viewers, a washed-out projector, a black-and-white print): a triangle pointing
 * down, a diamond, a triangle pointing up, or a plain dot.
 *
 * <p>Each shape is an SVG path whose bounds are centred on (0, 0), about 1 to each side: JavaFX
 * scales a node around the centre of its bounds, so a scaled mark stays where it is put. Charts
 * change a mark's shape by changing its path, so the node stays the same.
 */
public enum Marker {
    DOT("M -0.95 0 A 0.95 0.95 0 1 0 0.95 0 A 0.95 0.95 0 1 0 -0.95 0 Z"),
    DIAMOND("M 0 -1.25 L 1.25 0 L 0 1.25 L -1.25 0 Z"),
    TRIANGLE_UP("M 0 -1.1 L 1.3 1.1 L -1.3 1.1 Z"),
    TRIANGLE_DOWN("M 0 1.1 L 1.3 -1.1 L -1.3 -1.1 Z");

    private final String path;

    Marker(String path) {
        this.path = path;
    }

    /** A new mark of this shape; style class {@code chart-marker}. */
    public SVGPath create() {
        SVGPath shape = new SVGPath();
        shape.getStyleClass().add("chart-marker");
        applyTo(shape);
        return shape;
    }

    /** Gives an existing mark this shape. */
    public void applyTo(SVGPath shape) {
        if (!path.equals(shape.getContent())) {
            shape.setContent(path);
        }
    }

    /** Draws the mark centred at (x, y) with about this radius. */
    static void place(SVGPath shape, double x, double y, double radius) {
        shape.setScaleX(radius);
        shape.setScaleY(radius);
        shape.setLayoutX(x);
        shape.setLayoutY(y);
    }
}
