package nl.royaal.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.function.DoubleConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.royaal.domain.Workshop;
import nl.royaal.i18n.I18n;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * The session report the client keeps, as a PDF (PRODUCT.md §6): A4, Lato embedded, in the
 * workshop's language, vector charts. The layout is {@link PdfReportLayout}; this class makes the
 * document, fills in its metadata and saves it.
 */
public final class PdfReportWriter implements ReportWriter {

    /**
     * PDFBox's IOUtils tries once to open java.nio for unmapping memory-mapped buffers and, on the
     * module path, logs the refusal at SEVERE with a stack trace. The report maps no files, so
     * the message is noise on the trainer's console; this logger (held here so it is not
     * collected) keeps it quiet. Everything else PDFBox logs still comes through.
     */
    private static final Logger UNMAPPER_LOG = quiet("org.apache.pdfbox.io.IOUtils");

    /** Share of the progress taken by laying out the pages; saving (font subsetting, compression) takes the rest. */
    private static final double LAYOUT_SHARE = 0.8;

    @Override
    public void write(ReportModel model, OutputStream out, DoubleConsumer progress) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PdfFonts fonts = new PdfFonts(document);
            new PdfReportLayout(model, document, fonts, share -> progress.accept(share * LAYOUT_SHARE)).render();
            describe(document, model.workshop());
            document.save(out);
            out.flush();
        }
        progress.accept(1);
    }

    private static Logger quiet(String name) {
        Logger logger = Logger.getLogger(name);
        logger.setLevel(Level.OFF);
        return logger;
    }

    private static void describe(PDDocument document, Workshop workshop) {
        I18n i18n = I18n.of(workshop.language());
        PDDocumentInformation information = document.getDocumentInformation();
        information.setTitle(i18n.t("report.title") + ": " + workshop.title());
        String client = workshop.details().clientOrganisation();
        if (!client.isEmpty()) {
            information.setSubject(client);
        }
        String facilitator = workshop.details().facilitator();
        if (!facilitator.isEmpty()) {
            information.setAuthor(facilitator);
        }
        information.setCreator("Royaal");
        document.getDocumentCatalog().setLanguage(workshop.language().code());
    }
}
