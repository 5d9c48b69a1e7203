package nl.royaal.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import nl.royaal.domain.Workshop;
import nl.royaal.report.PdfReportWriter;
import nl.royaal.report.ReportModel;
import nl.royaal.report.ReportWorkshops;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * How long the session report takes for a keynote of 300 participants × 12 touchpoints (every
 * participant with a fan moment and a pledge), against a one-page PDF with the same library and
 * the same embedded font: the floor any PDFBox document pays. Target: under 2 s (PRODUCT.md §7,
 * "the report is written in a couple of seconds"). Median of several runs after warm-up, in one
 * JVM; the model is built once, as the console and the command line do. Run recipe: bench/REPORT.md.
 */
public final class ReportBenchmark {

    private static final int WARM_UP = 5;
    private static final int RUNS = 11;
    private static final double TARGET_MS = 2000;

    private ReportBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Workshop keynote = ReportWorkshops.large(300, 12, 42);
        long modelStart = System.nanoTime();
        ReportModel model = ReportModel.of(keynote);
        double modelMs = (System.nanoTime() - modelStart) / 1e6;
        PdfReportWriter writer = new PdfReportWriter();

        int[] size = new int[1];
        double report = median(() -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            writer.write(model, out, share -> { });
            size[0] = out.size();
        });
        double onePage = median(ReportBenchmark::onePage);

        System.out.printf(Locale.ROOT, "model (aggregation, sequencer) 300 x 12:  %8.1f ms (first build, cold)%n",
                modelMs);
        System.out.printf(Locale.ROOT, "PDF report 300 x 12 (%,d bytes):      %8.1f ms median of %d%n", size[0], report,
                RUNS);
        System.out.printf(Locale.ROOT, "one-page PDF, same library and font:     %8.1f ms median of %d%n", onePage,
                RUNS);
        System.out.printf(Locale.ROOT, "ratio report / one page:                 %8.1f x%n", report / onePage);
        System.out.printf(Locale.ROOT, "target under %.0f ms:                     %s%n", TARGET_MS,
                report < TARGET_MS ? "met" : "NOT MET");
    }

    /** A single A4 page with one line of Lato: what every PDF with an embedded font costs at least. */
    private static void onePage() throws IOException {
        try (PDDocument document = new PDDocument();
                var font = ReportBenchmark.class.getResourceAsStream("/nl/royaal/assets/fonts/Lato-Regular.ttf")) {
            PDType0Font lato = PDType0Font.load(document, font, true);
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
                stream.beginText();
                stream.setFont(lato, 12);
                stream.newLineAtOffset(56, 780);
                stream.showText("Royale organisatie, loyale klanten");
                stream.endText();
            }
            document.save(new ByteArrayOutputStream());
        }
    }

    @FunctionalInterface
    private interface Run {
        void run() throws IOException;
    }

    private static double median(Run run) throws IOException {
        for (int i = 0; i < WARM_UP; i++) {
            run.run();
        }
        double[] times = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            run.run();
            times[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(times);
        return times[RUNS / 2];
    }
}
