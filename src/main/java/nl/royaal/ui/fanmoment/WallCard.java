package nl.royaal.ui.fanmoment;

import java.util.Locale;
import javafx.geometry.NodeOrientation;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * One text on the wall: wrapped to the card's width and, when it is longer than the card, cut
 * at a whole word with an ellipsis. Built on {@link Text} rather than a clipped Label, because
 * JavaFX 26's Label clipping of wrapped right-to-left text throws inside the text layout
 * (PrismTextLayout.computeTrailingSpaceWidth) and leaves the whole projector slide unlaid.
 */
public final class WallCard extends Region {

    private static final String ELLIPSIS = " \u2026";

    private final WallEntry entry;
    private final Text text = new Text();
    private final double fontSize;
    private double fittedWidth = -1;
    private double fittedHeight = -1;

    WallCard(WallEntry entry, double fontSize) {
        this.entry = entry;
        this.fontSize = fontSize;
        getStyleClass().add("fan-wall-card");
        text.getStyleClass().add("fan-wall-card-text");
        text.setText(entry.text());
        text.setStyle(String.format(Locale.ROOT, "-fx-font-size: %.1fpx;", fontSize));
        setStyle(String.format(Locale.ROOT, "-fx-font-size: %.1fpx;", fontSize));
        // Right-to-left: the text starts at the right and wraps as a reader of Hebrew or Arabic expects.
        NodeOrientation orientation = entry.rightToLeft() ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT;
        setNodeOrientation(orientation);
        text.setTextAlignment(TextAlignment.LEFT);
        getChildren().add(text);
        setMinSize(0, 0);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        setUserData(entry);
    }

    /** The whole text, as written. */
    public String fullText() {
        return entry.text();
    }

    /** What the card shows: the text, or its start with an ellipsis when it does not fit. */
    public String shownText() {
        return text.getText();
    }

    public WallEntry entry() {
        return entry;
    }

    double fontSize() {
        return fontSize;
    }

    @Override
    protected void layoutChildren() {
        double left = snappedLeftInset();
        double top = snappedTopInset();
        double width = Math.max(1, getWidth() - left - snappedRightInset());
        double height = Math.max(1, getHeight() - top - snappedBottomInset());
        if (width != fittedWidth || height != fittedHeight) {
            fittedWidth = width;
            fittedHeight = height;
            fit(width, height);
        }
        text.relocate(left, top);
    }

    /**
     * Breaks the text into lines itself (measured one line at a time, never with a wrapping width:
     * JavaFX 26 throws in PrismTextLayout.computeTrailingSpaceWidth when it wraps some Arabic
     * text), then keeps the lines that fit and ends the last one with an ellipsis.
     */
    private void fit(double width, double height) {
        text.setWrappingWidth(0);
        java.util.List<String> lines = new java.util.ArrayList<>();
        for (String paragraph : entry.text().split("\n")) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (line.isEmpty() || width(candidate) <= width) {
                    line.setLength(0);
                    line.append(candidate);
                } else {
                    lines.add(line.toString());
                    line.setLength(0);
                    line.append(word);
                }
                while (width(line.toString()) > width && line.length() > 1) {
                    // One word wider than the card: break it.
                    int cut = line.length() - 1;
                    while (cut > 1 && width(line.substring(0, cut)) > width) {
                        cut--;
                    }
                    lines.add(line.substring(0, cut));
                    line.delete(0, cut);
                }
            }
            lines.add(line.toString());
        }
        text.setText("X");
        double lineHeight = text.getLayoutBounds().getHeight();
        int fits = Math.max(1, (int) Math.floor(height / lineHeight));
        if (lines.size() > fits) {
            java.util.List<String> kept = new java.util.ArrayList<>(lines.subList(0, fits));
            String last = kept.getLast();
            while (!last.isEmpty() && width(last + ELLIPSIS) > width) {
                int space = last.lastIndexOf(' ');
                last = space > 0 ? last.substring(0, space) : last.substring(0, last.length() - 1);
            }
            kept.set(kept.size() - 1, last.strip() + ELLIPSIS);
            lines = kept;
        }
        text.setText(String.join("\n", lines));
    }

    private double width(String candidate) {
        text.setText(candidate);
        return text.getLayoutBounds().getWidth();
    }
}
