package nl.royaal.ui.selfimage;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/**
 * The 1–10 grade scale (the rapportcijfer) with one or more lines of two marks each and the
 * stretch between them: the self-image gap, or a touchpoint's expectation and experience before
 * and after a what-if. The first mark is a ring and the second a filled diamond, so the two differ
 * without colour; colours, sizes and fonts come from CSS in em, so the scale grows with the
 * projector's type.
 */
public final class GradeScale extends Region {

    private static final int LOWEST = 1;
    private static final int HIGHEST = 10;

    private final List<Line> lines = new ArrayList<>();
    private final List<Label> ticks = new ArrayList<>();
    private final Region axis = styled(new Region(), "grade-scale-axis");
    private final List<javafx.scene.Node> legend = new ArrayList<>();

    public GradeScale() {
        getStyleClass().add("grade-scale");
        getStylesheets().add(java.util.Objects.requireNonNull(
                GradeScale.class.getResource("/nl/royaal/ui/selfimage/grade-scale.css")).toExternalForm());
        getChildren().add(axis);
        for (int grade = LOWEST; grade <= HIGHEST; grade++) {
            Label tick = styled(new Label(String.valueOf(grade)), "grade-scale-tick");
            ticks.add(tick);
            getChildren().add(tick);
        }
    }

    /** Shows these lines, top to bottom; none leaves only the scale. */
    public void show(List<ScaleRow> rows) {
        lines.forEach(line -> getChildren().removeAll(line.nodes()));
        lines.clear();
        for (ScaleRow row : rows) {
            Line line = new Line(row);
            lines.add(line);
            getChildren().addAll(line.nodes());
        }
        requestLayout();
    }

    /** A line under the scale that says what the ring and the diamond stand for; empty texts for none. */
    public void legend(String fromText, String toText) {
        getChildren().removeAll(legend);
        legend.clear();
        if (!fromText.isEmpty()) {
            legend.add(legendItem(fromText, "grade-scale-from"));
            legend.add(legendItem(toText, "grade-scale-to"));
            getChildren().addAll(legend);
        }
        requestLayout();
    }

    private static Label legendItem(String text, String markStyle) {
        Label item = styled(new Label(text, styled(new Region(), "grade-scale-mark", "grade-scale-legend-mark",
                markStyle)), "grade-scale-legend");
        return item;
    }

    /** The texts of the marks now shown, line by line, for tests and screen readers. */
    public List<String> markTexts() {
        return lines.stream().flatMap(line -> java.util.stream.Stream.of(line.fromText.getText(),
                line.toText.getText())).toList();
    }

    @Override
    protected double computePrefWidth(double height) {
        return 24 * ticks.getFirst().prefHeight(-1) + snappedLeftInset() + snappedRightInset();
    }

    @Override
    protected double computePrefHeight(double width) {
        double height = snappedTopInset() + snappedBottomInset() + ticks.getFirst().prefHeight(-1);
        for (javafx.scene.Node item : legend.subList(0, Math.min(1, legend.size()))) {
            height += item.prefHeight(-1) * 1.3;
        }
        for (Line line : lines) {
            height += line.height();
        }
        return height;
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        Insets insets = getInsets();
        double captionWidth = 0;
        for (Line line : lines) {
            captionWidth = Math.max(captionWidth, line.caption.prefWidth(-1));
        }
        double gapAfterCaption = captionWidth > 0 ? ticks.getFirst().prefHeight(-1) * 0.6 : 0;
        double edge = ticks.getLast().prefWidth(-1);
        double left = insets.getLeft() + captionWidth + gapAfterCaption + edge;
        double right = getWidth() - insets.getRight() - edge;
        double y = insets.getTop();
        for (Line line : lines) {
            y = line.layout(insets.getLeft(), captionWidth, left, right, y);
        }
        double tickHeight = ticks.getFirst().prefHeight(-1);
        double axisHeight = Math.max(1, axis.prefHeight(-1));
        axis.resizeRelocate(left, y, right - left, axisHeight);
        for (int grade = LOWEST; grade <= HIGHEST; grade++) {
            Label tick = ticks.get(grade - LOWEST);
            double width = tick.prefWidth(-1);
            tick.resizeRelocate(x(grade, left, right) - width / 2, y + axisHeight, width, tickHeight);
        }
        double legendX = left;
        double legendY = y + axisHeight + tickHeight + tickHeight * 0.3;
        for (javafx.scene.Node item : legend) {
            double width = item.prefWidth(-1);
            item.resizeRelocate(legendX, legendY, width, item.prefHeight(-1));
            legendX += width + tickHeight * 1.5;
        }
    }

    private static double x(double grade, double left, double right) {
        return left + (grade - LOWEST) / (HIGHEST - LOWEST) * (right - left);
    }

    private static <T extends Region> T styled(T node, String... styles) {
        for (String style : styles) {
            if (!style.isEmpty()) {
                node.getStyleClass().add(style);
            }
        }
        return node;
    }

    /** The nodes of one line: caption, track, stretch and its text, two marks and their texts. */
    private static final class Line {
        private final ScaleRow row;
        private final Label caption;
        private final Region track = styled(new Region(), "grade-scale-track");
        private final Region span;
        private final Label spanText;
        private final Region fromMark;
        private final Region toMark;
        private final Label fromText;
        private final Label toText;

        Line(ScaleRow row) {
            this.row = row;
            caption = styled(new Label(row.caption()), "grade-scale-caption");
            span = styled(new Region(), "grade-scale-span", row.spanStyle());
            spanText = styled(new Label(row.spanText()), "grade-scale-span-text", row.spanStyle());
            fromMark = styled(new Region(), "grade-scale-mark", "grade-scale-from", row.from().style());
            toMark = styled(new Region(), "grade-scale-mark", "grade-scale-to", row.to().style());
            fromText = styled(new Label(row.from().text()), "grade-scale-mark-text", row.from().style());
            toText = styled(new Label(row.to().text()), "grade-scale-mark-text", row.to().style());
        }

        List<javafx.scene.Node> nodes() {
            return List.of(caption, track, span, spanText, fromMark, toMark, fromText, toText);
        }

        double markSize() {
            return Math.max(fromMark.prefHeight(-1), toMark.prefHeight(-1));
        }

        double textHeight() {
            return Math.max(fromText.prefHeight(-1), toText.prefHeight(-1));
        }

        double height() {
            double below = row.spanText().isEmpty() ? 0 : spanText.prefHeight(-1);
            return textHeight() + markSize() + below + markSize() * 0.4;
        }

        /** Lays the line out from {@code top}; returns where the next line starts. */
        double layout(double captionLeft, double captionWidth, double left, double right, double top) {
            double textHeight = textHeight();
            double markSize = markSize();
            double centre = top + textHeight + markSize / 2;
            double xFrom = x(row.from().value(), left, right);
            double xTo = x(row.to().value(), left, right);

            double captionHeight = caption.prefHeight(-1);
            caption.resizeRelocate(captionLeft, centre - captionHeight / 2, captionWidth, captionHeight);
            double trackHeight = Math.max(1, track.prefHeight(-1));
            track.resizeRelocate(left, centre - trackHeight / 2, right - left, trackHeight);
            double spanHeight = markSize * 0.45;
            span.resizeRelocate(Math.min(xFrom, xTo), centre - spanHeight / 2, Math.abs(xTo - xFrom), spanHeight);
            place(fromMark, xFrom, centre);
            place(toMark, xTo, centre);
            placeTexts(xFrom, xTo, top, textHeight, left, right);

            double below = 0;
            if (!row.spanText().isEmpty()) {
                double width = spanText.prefWidth(-1);
                below = spanText.prefHeight(-1);
                double middle = Math.clamp((xFrom + xTo) / 2, left + width / 2, right - width / 2);
                spanText.resizeRelocate(middle - width / 2, centre + markSize / 2, width, below);
            }
            return top + height();
        }

        private static void place(Region mark, double x, double centre) {
            double width = mark.prefWidth(-1);
            double height = mark.prefHeight(-1);
            mark.resizeRelocate(x - width / 2, centre - height / 2, width, height);
        }

        /** Each text centred over its mark; when they would touch, both move apart. */
        private void placeTexts(double xFrom, double xTo, double top, double height, double left, double right) {
            double fromWidth = fromText.prefWidth(-1);
            double toWidth = toText.prefWidth(-1);
            boolean fromFirst = xFrom <= xTo;
            double leftX = fromFirst ? xFrom : xTo;
            double rightX = fromFirst ? xTo : xFrom;
            double leftWidth = fromFirst ? fromWidth : toWidth;
            double rightWidth = fromFirst ? toWidth : fromWidth;
            double space = height * 0.5;
            double overlap = (leftX + leftWidth / 2 + space) - (rightX - rightWidth / 2);
            if (overlap > 0) {
                leftX -= overlap / 2;
                rightX += overlap / 2;
            }
            double edgeLeft = left - height;
            double edgeRight = right + height;
            double leftStart = Math.max(edgeLeft, leftX - leftWidth / 2);
            double rightStart = Math.min(edgeRight - rightWidth, rightX - rightWidth / 2);
            rightStart = Math.max(rightStart, leftStart + leftWidth + space);
            Label first = fromFirst ? fromText : toText;
            Label second = fromFirst ? toText : fromText;
            first.resizeRelocate(leftStart, top, leftWidth, height);
            second.resizeRelocate(rightStart, top, rightWidth, height);
        }
    }
}
