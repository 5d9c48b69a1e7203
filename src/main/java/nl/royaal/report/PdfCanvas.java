package nl.royaal.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * A small page-layout engine over PDFBox for the report: A4 pages with margins, a cursor that
 * runs down the page and starts a new page when a block does not fit, text that wraps, and the
 * vector primitives the charts are drawn with (lines, rectangles, circles). Every string goes
 * through {@link PdfFonts#printable} first, so no character can make the writer fail.
 *
 * <p>Coordinates are PDF points (1/72 inch) from the bottom left, as in PDF itself.
 */
final class PdfCanvas implements AutoCloseable {

    static final float PAGE_WIDTH = PDRectangle.A4.getWidth();
    static final float PAGE_HEIGHT = PDRectangle.A4.getHeight();
    static final float LEFT = 56;
    static final float RIGHT = PAGE_WIDTH - 56;
    static final float WIDTH = RIGHT - LEFT;
    static final float TOP = PAGE_HEIGHT - 70;
    static final float BOTTOM = 62;

    /** An sRGB colour. */
    record Rgb(float r, float g, float b) {
        static Rgb hex(String hex) {
            int value = Integer.parseInt(hex.startsWith("#") ? hex.substring(1) : hex, 16);
            return new Rgb(((value >> 16) & 0xFF) / 255f, ((value >> 8) & 0xFF) / 255f, (value & 0xFF) / 255f);
        }
    }

    /** A font and size. */
    record Style(PdfFonts.Weight weight, float size, Rgb colour) {
        float leading() {
            return size * 1.38f;
        }

        Style withColour(Rgb other) {
            return new Style(weight, size, other);
        }

        Style withSize(float other) {
            return new Style(weight, other, colour);
        }
    }

    private final PDDocument document;
    private final PdfFonts fonts;
    private final List<PDPage> pages = new ArrayList<>();
    private PDPageContentStream stream;
    private float y;

    PdfCanvas(PDDocument document, PdfFonts fonts) {
        this.document = document;
        this.fonts = fonts;
    }

    PdfFonts fonts() {
        return fonts;
    }

    List<PDPage> pages() {
        return List.copyOf(pages);
    }

    /** The cursor: where the next block's top goes. */
    float y() {
        return y;
    }

    void moveTo(float newY) {
        y = newY;
    }

    void down(float distance) {
        y -= distance;
    }

    /** Starts a page and puts the cursor at the top margin. */
    void newPage() {
        closeStream();
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        pages.add(page);
        try {
            stream = new PDPageContentStream(document, page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y = TOP;
    }

    /** Room left on this page above the bottom margin. */
    float room() {
        return y - BOTTOM;
    }

    /** A new page unless {@code height} still fits below the cursor. */
    void keep(float height) {
        if (stream == null || room() < height) {
            newPage();
        }
    }

    // ---- text ----

    String printable(String text) {
        return fonts.printable(text);
    }

    float width(String text, Style style) {
        return width(printable(text).replace('\n', ' '), fonts.get(style.weight()), style.size());
    }

    private float width(String printable, PDFont font, float size) {
        try {
            return font.getStringWidth(printable) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Draws one line with its baseline at {@code baseline}. */
    void text(String text, float x, float baseline, Style style) {
        String printable = printable(text).replace('\n', ' ');
        if (printable.isEmpty()) {
            return;
        }
        try {
            stream.beginText();
            stream.setFont(fonts.get(style.weight()), style.size());
            colour(style.colour(), false);
            stream.newLineAtOffset(x, baseline);
            stream.showText(printable);
            stream.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void textRight(String printable, float right, float baseline, Style style) {
        text(printable, right - width(printable, style), baseline, style);
    }

    void textCentre(String printable, float centre, float baseline, Style style) {
        text(printable, centre - width(printable, style) / 2, baseline, style);
    }

    /**
     * Draws a number so that its decimal mark sits at {@code mark}: the figures of a column line
     * up on the comma. A text without a decimal mark (the "–") is centred on it.
     */
    void textOnDecimal(String printable, float mark, float baseline, Style style, char separator) {
        int at = printable.indexOf(separator);
        if (at < 0) {
            textCentre(printable, mark, baseline, style);
            return;
        }
        text(printable, mark - width(printable.substring(0, at), style), baseline, style);
    }

    /** The text cut to {@code maxWidth} with an ellipsis when it is wider. */
    String fitted(String text, Style style, float maxWidth) {
        String printable = printable(text).replace('\n', ' ');
        if (width(printable, style) <= maxWidth) {
            return printable;
        }
        String ellipsis = "\u2026";
        int end = printable.length();
        while (end > 0 && width(printable.substring(0, end) + ellipsis, style) > maxWidth) {
            end = printable.offsetByCodePoints(end, -1);
        }
        return printable.substring(0, end).strip() + ellipsis;
    }

    /** The lines a text breaks into at {@code maxWidth}: at spaces, inside a word only when it must. */
    List<String> wrap(String text, Style style, float maxWidth) {
        String printable = printable(text);
        PDFont font = fonts.get(style.weight());
        float size = style.size();
        List<String> lines = new ArrayList<>();
        for (String paragraph : printable.split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                if (word.isEmpty()) {
                    continue;
                }
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (width(candidate, font, size) <= maxWidth) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                String rest = word;
                while (width(rest, font, size) > maxWidth) {
                    int cut = rest.length();
                    while (cut > 1 && width(rest.substring(0, cut), font, size) > maxWidth) {
                        cut = rest.offsetByCodePoints(cut, -1);
                    }
                    lines.add(rest.substring(0, cut));
                    rest = rest.substring(cut);
                }
                line.append(rest);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** The height {@link #paragraph} will take. */
    float paragraphHeight(String text, Style style, float maxWidth) {
        return wrap(text, style, maxWidth).size() * style.leading();
    }

    /**
     * A wrapped paragraph from the cursor down, starting a new page between lines when the page
     * is full. The cursor ends below the last line.
     */
    void paragraph(String text, float x, float maxWidth, Style style) {
        for (String line : wrap(text, style, maxWidth)) {
            if (room() < style.leading()) {
                newPage();
            }
            text(line, x, y - style.size(), style);
            y -= style.leading();
        }
    }

    // ---- shapes ----

    void fillRect(float x, float yBottom, float w, float h, Rgb fill) {
        try {
            colour(fill, false);
            stream.addRect(x, yBottom, w, h);
            stream.fill();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void strokeRect(float x, float yBottom, float w, float h, float lineWidth, Rgb stroke) {
        try {
            colour(stroke, true);
            stream.setLineWidth(lineWidth);
            stream.addRect(x, yBottom, w, h);
            stream.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void line(float x1, float y1, float x2, float y2, float lineWidth, Rgb stroke) {
        line(x1, y1, x2, y2, lineWidth, stroke, null);
    }

    /** A straight line; {@code dash} as on/off lengths, or {@code null} for solid. */
    void line(float x1, float y1, float x2, float y2, float lineWidth, Rgb stroke, float[] dash) {
        polyline(new float[] {x1, x2}, new float[] {y1, y2}, lineWidth, stroke, dash);
    }

    void polyline(float[] xs, float[] ys, float lineWidth, Rgb stroke, float[] dash) {
        try {
            colour(stroke, true);
            stream.setLineWidth(lineWidth);
            stream.setLineCapStyle(1);
            stream.setLineJoinStyle(1);
            stream.setLineDashPattern(dash == null ? new float[0] : dash, 0);
            stream.moveTo(xs[0], ys[0]);
            for (int i = 1; i < xs.length; i++) {
                stream.lineTo(xs[i], ys[i]);
            }
            stream.stroke();
            stream.setLineDashPattern(new float[0], 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A circle from four Bézier arcs; filled, outlined, or both. */
    void circle(float cx, float cy, float radius, Rgb fill, Rgb stroke, float lineWidth) {
        float k = 0.552_284_75f * radius;
        try {
            stream.moveTo(cx + radius, cy);
            stream.curveTo(cx + radius, cy + k, cx + k, cy + radius, cx, cy + radius);
            stream.curveTo(cx - k, cy + radius, cx - radius, cy + k, cx - radius, cy);
            stream.curveTo(cx - radius, cy - k, cx - k, cy - radius, cx, cy - radius);
            stream.curveTo(cx + k, cy - radius, cx + radius, cy - k, cx + radius, cy);
            stream.closePath();
            if (fill != null) {
                colour(fill, false);
            }
            if (stroke != null) {
                colour(stroke, true);
                stream.setLineWidth(lineWidth);
            }
            if (fill != null && stroke != null) {
                stream.fillAndStroke();
            } else if (fill != null) {
                stream.fill();
            } else {
                stream.stroke();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void colour(Rgb rgb, boolean stroking) throws IOException {
        if (stroking) {
            stream.setStrokingColor(rgb.r(), rgb.g(), rgb.b());
        } else {
            stream.setNonStrokingColor(rgb.r(), rgb.g(), rgb.b());
        }
    }

    // ---- finishing ----

    /** Draws on a finished page (header and footer), after all pages exist. */
    interface PageDecorator {
        void decorate(PdfCanvas canvas, int pageNumber, int pageCount);
    }

    /** Closes the last page and lets {@code decorator} add to every page, now that the count is known. */
    void finish(PageDecorator decorator) {
        closeStream();
        int count = pages.size();
        for (int i = 0; i < count; i++) {
            try {
                stream = new PDPageContentStream(document, pages.get(i), PDPageContentStream.AppendMode.APPEND,
                        true, true);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            decorator.decorate(this, i + 1, count);
            closeStream();
        }
    }

    private void closeStream() {
        if (stream != null) {
            try {
                stream.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                stream = null;
            }
        }
    }

    @Override
    public void close() {
        closeStream();
    }
}
