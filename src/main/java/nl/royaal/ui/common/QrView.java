package nl.royaal.ui.common;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/** Draws a QR code's modules crisp at any size: black on white, whole pixels per module. */
public final class QrView extends Canvas {

    private boolean[][] modules = new boolean[0][0];

    public QrView(double size) {
        super(size, size);
        widthProperty().addListener((obs, old, width) -> draw());
        heightProperty().addListener((obs, old, height) -> draw());
    }

    public void show(boolean[][] qr) {
        modules = qr == null ? new boolean[0][0] : qr;
        draw();
    }

    /** Resizes to {@code size} (square). */
    public void setSize(double size) {
        setWidth(size);
        setHeight(size);
    }

    private void draw() {
        GraphicsContext graphics = getGraphicsContext2D();
        double size = Math.min(getWidth(), getHeight());
        graphics.setFill(Color.WHITE);
        graphics.fillRect(0, 0, getWidth(), getHeight());
        int count = modules.length;
        if (count == 0) {
            return;
        }
        double module = Math.floor(size / count);
        double offset = Math.floor((size - module * count) / 2);
        graphics.setFill(Color.BLACK);
        for (int row = 0; row < count; row++) {
            for (int column = 0; column < modules[row].length; column++) {
                if (modules[row][column]) {
                    graphics.fillRect(offset + column * module, offset + row * module, module, module);
                }
            }
        }
    }
}
