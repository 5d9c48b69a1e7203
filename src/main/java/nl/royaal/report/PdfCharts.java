package nl.royaal.report;

import java.util.List;
import java.util.OptionalDouble;
import nl.royaal.domain.scoring.GapClass;
import nl.royaal.domain.scoring.TouchpointAggregate;
import nl.royaal.report.PdfCanvas.Rgb;
import nl.royaal.report.PdfCanvas.Style;
import nl.royaal.report.PdfFonts.Weight;

/**
 * The report's charts, drawn as PDF vector paths (lines, Bézier circles, rectangles) on the
 * 1–10 grade scale: sharp at any zoom and in print, and searchable text for every label.
 * Colours are the Okabe-Ito palette, which stays distinct for colour-blind readers.
 */
final class PdfCharts {

    static final Rgb INK = Rgb.hex("1F2933");
    static final Rgb NAVY = Rgb.hex("1B2A4A");
    static final Rgb GREY = Rgb.hex("5F6B7A");
    static final Rgb RULE = Rgb.hex("C9D0D8");
    static final Rgb LIGHT = Rgb.hex("E6E9EE");
    static final Rgb FAINT = Rgb.hex("F4F6F8");
    static final Rgb WHITE = Rgb.hex("FFFFFF");
    /** Okabe-Ito orange: the report's accent. */
    static final Rgb ACCENT = Rgb.hex("E69F00");
    /** The accent darkened for small text on white, where the orange itself is too light to read. */
    static final Rgb ACCENT_TEXT = Rgb.hex("A86F00");
    /** Okabe-Ito blue: the suggested order. */
    static final Rgb BLUE = Rgb.hex("0072B2");
    static final Rgb DISAPPOINTMENT = Rgb.hex("D55E00");
    static final Rgb SATISFIED = Rgb.hex("56B4E9");
    static final Rgb FAN_ZONE = Rgb.hex("009E73");

    private static final float ROW = 19;
    private static final float LABEL_WIDTH = 150;
    private static final float GAP_WIDTH = 42;

    private final PdfCanvas canvas;
    private final ReportTexts texts;
    private final ReportNumbers numbers;
    private final Style small;
    private final Style label;

    PdfCharts(PdfCanvas canvas, ReportTexts texts, ReportNumbers numbers) {
        this.canvas = canvas;
        this.texts = texts;
        this.numbers = numbers;
        this.small = new Style(Weight.REGULAR, 7.5f, GREY);
        this.label = new Style(Weight.REGULAR, 8.5f, INK);
    }

    static Rgb colour(GapClass gapClass) {
        return switch (gapClass) {
            case DISAPPOINTMENT -> DISAPPOINTMENT;
            case SATISFIED -> SATISFIED;
            case FAN_ZONE -> FAN_ZONE;
        };
    }

    /**
     * Expectation against experience per touchpoint as a dumbbell chart: one row per touchpoint
     * on a 1–10 axis, an open circle at the mean expectation, a filled circle at the mean
     * experience, joined by a bar in the colour of the gap class, and the gap at the right. Rows
     * that do not fit continue on the next page under a repeated axis.
     */
    void dumbbell(List<TouchpointAggregate> rows) {
        float x0 = PdfCanvas.LEFT + LABEL_WIDTH + 10;
        float x1 = PdfCanvas.RIGHT - GAP_WIDTH - 6;
        float whole = dumbbellHeight(rows.size());
        if (whole > canvas.room() && whole <= PdfCanvas.TOP - PdfCanvas.BOTTOM) {
            canvas.newPage(); // a chart that fits on one page is not split over two
        }
        int next = 0;
        while (next < rows.size()) {
            float axis = 22;
            int fit = (int) ((canvas.room() - axis - 44) / ROW);
            if (fit < Math.min(3, rows.size() - next)) {
                canvas.newPage();
                continue;
            }
            int end = Math.min(rows.size(), next + fit);
            float top = canvas.y();
            float plotTop = top - axis;
            float plotBottom = plotTop - (end - next) * ROW;
            gradeAxis(x0, x1, plotTop, plotBottom, top - 9);
            for (int i = next; i < end; i++) {
                float rowTop = plotTop - (i - next) * ROW;
                float centre = rowTop - ROW / 2;
                if ((i - next) % 2 == 0) {
                    canvas.fillRect(PdfCanvas.LEFT, rowTop - ROW, PdfCanvas.WIDTH, ROW, FAINT);
                }
                dumbbellRow(rows.get(i), x0, x1, centre);
            }
            gridLines(x0, x1, plotTop, plotBottom);
            canvas.moveTo(plotBottom - 6);
            next = end;
            if (next < rows.size()) {
                canvas.newPage();
            }
        }
        dumbbellLegend();
    }

    /** The height of the whole dumbbell chart for this many touchpoints: axis, rows and legend. */
    static float dumbbellHeight(int rows) {
        return 22 + rows * ROW + 44;
    }

    private void dumbbellRow(TouchpointAggregate row, float x0, float x1, float centre) {
        String name = canvas.fitted(row.name(), label, LABEL_WIDTH - 4);
        canvas.text(name, PdfCanvas.LEFT + 4, centre - 3, label);
        OptionalDouble expectation = row.meanExpectation();
        OptionalDouble experience = row.meanExperience();
        Rgb colour = row.gapClass().map(PdfCharts::colour).orElse(GREY);
        if (expectation.isPresent() && experience.isPresent()) {
            canvas.line(x(expectation.getAsDouble(), x0, x1), centre, x(experience.getAsDouble(), x0, x1), centre,
                    3.2f, colour);
        }
        if (expectation.isPresent()) {
            canvas.circle(x(expectation.getAsDouble(), x0, x1), centre, 4.2f, WHITE, INK, 1.2f);
        }
        if (experience.isPresent()) {
            canvas.circle(x(experience.getAsDouble(), x0, x1), centre, 4.6f, colour, WHITE, 0.8f);
        }
        if (expectation.isEmpty() && experience.isEmpty()) {
            canvas.text(texts.t("report.chart.noGrades"), x0 + 4, centre - 3, small);
        }
        Style gapStyle = new Style(Weight.BOLD, 8.5f, colour);
        canvas.textRight(numbers.gap(row.gap()), PdfCanvas.RIGHT - 4, centre - 3, gapStyle);
    }

    private void dumbbellLegend() {
        canvas.keep(30);
        float baseline = canvas.y() - 12;
        float x = PdfCanvas.LEFT + 4;
        canvas.circle(x + 4, baseline + 3, 4.2f, WHITE, INK, 1.2f);
        x += 12;
        String expectation = texts.t("report.dimension.expectation");
        canvas.text(expectation, x, baseline, small);
        x += canvas.width(expectation, small) + 14;
        canvas.circle(x + 4, baseline + 3, 4.6f, GREY, WHITE, 0.8f);
        x += 12;
        String experience = texts.t("report.dimension.experience");
        canvas.text(experience, x, baseline, small);
        x += canvas.width(experience, small) + 22;
        for (GapClass gapClass : GapClass.values()) {
            canvas.fillRect(x, baseline, 14, 5, colour(gapClass));
            x += 18;
            String name = texts.gapClass(gapClass);
            canvas.text(name, x, baseline, small);
            x += canvas.width(name, small) + 14;
        }
        canvas.moveTo(baseline - 12);
    }

    /** Grades 1 to 10 along the top, and a dashed line at 5.5, the pass mark. */
    private void gradeAxis(float x0, float x1, float plotTop, float plotBottom, float labelBaseline) {
        for (int grade = 1; grade <= 10; grade++) {
            canvas.textCentre(String.valueOf(grade), x(grade, x0, x1), labelBaseline, small);
        }
        canvas.line(x0, plotTop, x1, plotTop, 0.6f, RULE);
        float pass = x(5.5, x0, x1);
        canvas.line(pass, plotTop, pass, plotBottom, 0.6f, GREY, new float[] {2, 2});
    }

    private void gridLines(float x0, float x1, float plotTop, float plotBottom) {
        for (int grade = 1; grade <= 10; grade++) {
            canvas.line(x(grade, x0, x1), plotTop, x(grade, x0, x1), plotBottom, 0.35f, RULE,
                    new float[] {0.5f, 1.5f});
        }
        canvas.line(x0, plotBottom, x1, plotBottom, 0.6f, RULE);
    }

    private static float x(double grade, float x0, float x1) {
        return (float) (x0 + (grade - 1) / 9 * (x1 - x0));
    }

    /**
     * Two experience curves on the same axes: the current order (grey, dashed, open points) and
     * the suggested order (blue, solid, filled points); position along the sequence to the right,
     * grade up. The end of each curve carries its value: that is what people remember most.
     */
    void curves(double[] current, double[] suggested, String currentLabel, String suggestedLabel, float height) {
        canvas.keep(height + 40);
        float top = canvas.y();
        float left = PdfCanvas.LEFT + 26;
        float right = PdfCanvas.RIGHT - 40;
        float bottom = top - height;
        double lowest = Math.min(min(current), min(suggested));
        int from = (int) Math.max(1, Math.floor(lowest) - 1);
        int to = 10;
        for (int grade = from; grade <= to; grade++) {
            float y = y(grade, from, to, bottom, top);
            canvas.line(left, y, right, y, grade == from ? 0.6f : 0.35f, RULE, grade == from ? null
                    : new float[] {0.5f, 1.5f});
            canvas.textRight(String.valueOf(grade), left - 6, y - 2.5f, small);
        }
        if (5.5 >= from) {
            float pass = y(5.5, from, to, bottom, top);
            canvas.line(left, pass, right, pass, 0.6f, GREY, new float[] {2, 2});
        }
        int n = current.length;
        float step = (right - left) / n;
        for (int i = 0; i < n; i++) {
            canvas.textCentre(String.valueOf(i + 1), left + step * (i + 0.5f), bottom - 11, small);
        }
        series(current, left, step, from, to, bottom, top, GREY, false);
        series(suggested, left, step, from, to, bottom, top, BLUE, true);
        float baseline = bottom - 30;
        float x = left;
        canvas.line(x, baseline + 3, x + 18, baseline + 3, 1.4f, GREY, new float[] {3, 2});
        canvas.circle(x + 9, baseline + 3, 3, WHITE, GREY, 1.1f);
        x += 24;
        canvas.text(currentLabel, x, baseline, small);
        x += canvas.width(currentLabel, small) + 18;
        canvas.line(x, baseline + 3, x + 18, baseline + 3, 2.2f, BLUE);
        canvas.circle(x + 9, baseline + 3, 3.4f, BLUE, WHITE, 0.8f);
        x += 24;
        canvas.text(suggestedLabel, x, baseline, small);
        canvas.moveTo(baseline - 14);
    }

    private void series(double[] scores, float left, float step, int from, int to, float bottom, float top,
            Rgb colour, boolean suggested) {
        int n = scores.length;
        float[] xs = new float[n];
        float[] ys = new float[n];
        for (int i = 0; i < n; i++) {
            xs[i] = left + step * (i + 0.5f);
            ys[i] = y(scores[i], from, to, bottom, top);
        }
        if (n > 1) {
            canvas.polyline(xs, ys, suggested ? 2.2f : 1.4f, colour, suggested ? null : new float[] {3, 2});
        }
        for (int i = 0; i < n; i++) {
            if (suggested) {
                canvas.circle(xs[i], ys[i], 3.4f, colour, WHITE, 0.8f);
            } else {
                canvas.circle(xs[i], ys[i], 3, WHITE, colour, 1.1f);
            }
        }
        Style endStyle = new Style(Weight.BOLD, 8, colour);
        float labelY = ys[n - 1] + (suggested ? 6 : -12);
        canvas.text(numbers.grade(scores[n - 1]), xs[n - 1] + 7, labelY, endStyle);
    }

    private static float y(double grade, int from, int to, float bottom, float top) {
        return (float) (bottom + (grade - from) / (to - from) * (top - bottom));
    }

    /** A horizontal bar on the 1–10 scale: a light track and the grade filled in. */
    void gradeBar(float x, float baseline, float width, double grade, Rgb colour) {
        canvas.fillRect(x, baseline - 1, width, 7, LIGHT);
        canvas.fillRect(x, baseline - 1, (float) ((grade - 1) / 9 * width), 7, colour);
    }

    private static double min(double[] values) {
        double min = Double.MAX_VALUE;
        for (double value : values) {
            min = Math.min(min, value);
        }
        return min;
    }
}
