package nl.royaal.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import nl.royaal.domain.Language;
import nl.royaal.domain.scoring.GapClass;
import nl.royaal.domain.scoring.TouchpointAggregate;
import nl.royaal.domain.sequence.ClassicPeakEnd;
import nl.royaal.domain.sequence.PeaksAndEnd;
import nl.royaal.domain.sequence.SequenceItem;
import org.junit.jupiter.api.Test;

/**
 * The report of {@link ReportWorkshops#known}, recomputed by hand. Every expected figure below
 * was worked out on paper from the grades in that fixture:
 *
 * <pre>
 * Website  expectation 7, 6, 8  mean 21/3 = 7       s = √(2/2) = 1
 *          experience  8, 9, 9  mean 26/3 = 8.667   s = √((4+1+1)/9 / 2) = √(1/3) = 0.577
 *          gap 26/3 − 7 = 5/3 = +1.667 → fan zone (above +0.5)
 * Factuur  expectation 8, 7, 9  mean 24/3 = 8       s = 1
 *          experience  5, 6, 2  mean 13/3 = 4.333   s = √((4+25+49)/9 / 2) = √(13/3) = 2.082 → discuss (≥ 2)
 *          (Bram's earlier 3 is replaced by his later 6)
 *          gap 13/3 − 8 = −11/3 = −3.667 → disappointment
 * Self-image  ours 8, 7, 9 → 8;  customers 6, 6, 5 → 17/3 = 5.667;  gap 17/3 − 8 = −7/3 = −2.333
 * Journey curve  Website 8.667, Factuur 4.333 → suggested Factuur, Website
 *          peaks and end before (26/3 + 13/3 + 13/3) / 3 = 52/9 = 5.778, after 65/9 = 7.222
 *          classic before (26/3 + 13/3) / 2 = 6.5, after 26/3 = 8.667
 * Agenda   Welkom (pinned) 6, 7, 8 → 7; Fanmoment 9, 9, 8 → 26/3; Scoren 5, 6, 7 → 6; Afsluiting 7, 7, 7 → 7 (s = 0)
 *          suggested Welkom, Scoren, Afsluiting, Fanmoment
 *          peaks and end before (26/3 + 6 + 7) / 3 = 65/9 = 7.222, after (26/3 + 6 + 26/3) / 3 = 70/9 = 7.778
 *          classic before (26/3 + 7) / 2 = 47/6 = 7.833, after 26/3 = 8.667
 * Fan club 3 people × 200 days × 1 year = 600
 * </pre>
 */
class KnownWorkshopReportTest {

    private static final double EXACT = 1e-12;

    private final ReportModel dutch = ReportModel.of(ReportWorkshops.known(Language.NL));

    @Test
    void theModelHoldsTheFiguresWorkedOutByHand() {
        TouchpointAggregate website = dutch.journey().inJourneyOrder().get(0);
        TouchpointAggregate invoice = dutch.journey().inJourneyOrder().get(1);
        assertEquals(3, website.n());
        assertEquals(7.0, website.meanExpectation().getAsDouble(), EXACT);
        assertEquals(26.0 / 3, website.meanExperience().getAsDouble(), EXACT);
        assertEquals(5.0 / 3, website.gap().getAsDouble(), EXACT);
        assertEquals(1.0, website.spreadExpectation().getAsDouble(), EXACT);
        assertEquals(Math.sqrt(1.0 / 3), website.spreadExperience().getAsDouble(), EXACT);
        assertEquals(GapClass.FAN_ZONE, website.gapClass().orElseThrow());
        assertFalse(website.discuss());

        assertEquals(8.0, invoice.meanExpectation().getAsDouble(), EXACT);
        assertEquals(13.0 / 3, invoice.meanExperience().getAsDouble(), EXACT);
        assertEquals(-11.0 / 3, invoice.gap().getAsDouble(), EXACT);
        assertEquals(Math.sqrt(13.0 / 3), invoice.spreadExperience().getAsDouble(), EXACT);
        assertEquals(GapClass.DISAPPOINTMENT, invoice.gapClass().orElseThrow());
        assertTrue(invoice.discuss());

        assertEquals(List.of(invoice), dutch.findings().negative());
        assertEquals(List.of(website), dutch.findings().positive());
        assertEquals(invoice, dutch.findings().disagreements().getFirst().touchpoint());

        assertEquals(8.0, dutch.selfImage().ourView().mean().getAsDouble(), EXACT);
        assertEquals(17.0 / 3, dutch.selfImage().customerView().mean().getAsDouble(), EXACT);
        assertEquals(-7.0 / 3, dutch.selfImage().gap().getAsDouble(), EXACT);
        assertEquals(600, dutch.fanClub().fans());

        var journey = dutch.journeyCurve().orElseThrow();
        assertEquals(List.of("Factuur", "Website"), journey.order().stream().map(SequenceItem::label).toList());
        assertEquals(52.0 / 9, journey.before().remembered(new PeaksAndEnd()), EXACT);
        assertEquals(65.0 / 9, journey.after().remembered(new PeaksAndEnd()), EXACT);
        assertEquals(6.5, journey.before().remembered(new ClassicPeakEnd()), EXACT);

        var agenda = dutch.agendaCurve().orElseThrow();
        assertEquals(List.of("Welkom", "Scoren", "Afsluiting", "Fanmoment"),
                agenda.order().stream().map(SequenceItem::label).toList());
        assertEquals(65.0 / 9, agenda.before().remembered(new PeaksAndEnd()), EXACT);
        assertEquals(70.0 / 9, agenda.after().remembered(new PeaksAndEnd()), EXACT);
        assertEquals(47.0 / 6, agenda.before().remembered(new ClassicPeakEnd()), EXACT);
    }

    @Test
    void thePdfSaysTheHandComputedFiguresInDutch() {
        String text = ReportFiles.pdfText(ReportFiles.write(dutch, ReportFormat.PDF));
        // The touchpoint table: n, expectation, experience, gap, two spreads, class.
        assertLine(text, "1 Website 3 7,0 8,7 +1,7 1,0 0,6 Fanzone");
        assertLine(text, "2 Factuur 3 8,0 4,3 \u22123,7 1,0 2,1 Teleurstelling");
        assertContains(text, "Bespreken");
        // The summary's three findings.
        assertContains(text, "Grootste teleurstelling: Factuur");
        assertContains(text, "Verwachting 8,0, beleving 4,3, verschil \u22123,7 (3 deelnemers).");
        assertContains(text, "Grootste positieve verschil: Website");
        assertContains(text, "Verwachting 7,0, beleving 8,7, verschil +1,7 (3 deelnemers).");
        assertContains(text, "Meeste onenigheid: Factuur");
        assertContains(text, "De spreiding van de beleving is 2,1");
        // Self-image, curves, fan club, agenda.
        assertContains(text, "8,0 n = 3");
        assertContains(text, "5,7 n = 3");
        assertContains(text, "Zelfbeeldkloof \u22122,3");
        assertLine(text, "Onthouden cijfer: Pieken en einde 5,8 7,2 +1,4");
        assertLine(text, "Onthouden cijfer: Klassieke piek-eindregel 6,5 8,7 +2,2");
        assertLine(text, "Onthouden cijfer: Pieken en einde 7,2 7,8 +0,6");
        assertLine(text, "Onthouden cijfer: Klassieke piek-eindregel 7,8 8,7 +0,8");
        assertLine(text, "4 Afsluiting 7,0 4 Fanmoment 8,7");
        assertContains(text, "3 mensen \u00d7 200 werkdagen \u00d7 1 jaar = 600 fans");
        assertLine(text, "2 Fanmoment 3 8,7 0,6");
        assertLine(text, "6 Afsluiting 3 7,0 0,0");
        assertLine(text, "3 Droomservice 0 \u2013 \u2013");
        // Texts: the visible ones, not the hidden one, and what the room voted.
        assertContains(text, "De taart stond klaar voordat de klant binnen was.");
        assertContains(text, "Een klant kreeg z'n fiets gerepareerd, gratis.");
        assertFalse(text.contains("Dit verhaal is verborgen"));
        assertContains(text, "Eén tekst is door de trainer verborgen");
        assertLine(text, "Altijd binnen een dag antwoord. 2 stippen");
        assertContains(text, "Ik schrijf een kaartje bij elke bestelling.");
        // Cover, header and footer.
        assertContains(text, "Bakkerij Dekker");
        assertContains(text, "14 maart 2025");
        assertContains(text, "Anne de Vries");
        assertContains(text, "Pagina 2 van");
    }

    @Test
    void theEnglishPdfSaysTheSameFiguresWithDecimalPoints() {
        ReportModel english = ReportModel.of(ReportWorkshops.known(Language.EN));
        String text = ReportFiles.pdfText(ReportFiles.write(english, ReportFormat.PDF));
        assertLine(text, "1 Website 3 7.0 8.7 +1.7 1.0 0.6 Fan zone");
        assertLine(text, "2 Invoice 3 8.0 4.3 \u22123.7 1.0 2.1 Disappointment");
        assertContains(text, "Largest shortfall: Invoice");
        assertContains(text, "Self-image gap \u22122.3");
        assertContains(text, "3 people \u00d7 200 working days \u00d7 1 year = 600 fans");
        assertContains(text, "March 14, 2025");
        assertContains(text, "Page 2 of");
        assertFalse(text.contains("Verwachting"), "an English workshop gets an English report");
    }

    @Test
    void theCsvArchiveHoldsOneRowPerParticipantAndTouchpointAndTheSameFigures() {
        Map<String, String> files = ReportFiles.unzip(ReportFiles.write(dutch, ReportFormat.CSV));
        assertEquals(List.of("samenvatting.csv", "contactmomenten.csv", "cijfers.csv", "teksten.csv", "stemmen.csv",
                "programmacijfers.csv", "programma.csv", "zelfbeeld.csv"), List.copyOf(files.keySet()));
        for (String content : files.values()) {
            assertTrue(content.startsWith(CsvReportWriter.BOM), "UTF-8 with a byte order mark, for Excel");
            assertTrue(content.endsWith("\r\n"), "RFC 4180 line ends");
        }
        List<List<String>> scores = ReportFiles.parseCsv(files.get("cijfers.csv"), ';');
        assertEquals(List.of("Deelnemer", "Naam", "Nr.", "Contactmoment", "Verwachting", "Beleving",
                "Verschil (beleving min verwachting)"), scores.getFirst());
        assertEquals(1 + 3 * 2, scores.size());
        assertEquals(List.of("2", "", "2", "Factuur", "7", "6", "-1"), scores.get(4), "Bram's later answer counts");
        assertEquals(List.of("3", "Cees", "2", "Factuur", "9", "2", "-7"), scores.get(6));

        List<List<String>> touchpoints = ReportFiles.parseCsv(files.get("contactmomenten.csv"), ';');
        assertEquals(List.of("1", "Website", "4,00", "3", "3", "7,00", "1,00", "3", "8,67", "0,58", "1,67", "Fanzone",
                ""), touchpoints.get(1));
        assertEquals(List.of("2", "Factuur", "12,00", "3", "3", "8,00", "1,00", "3", "4,33", "2,08", "-3,67",
                "Teleurstelling", "Bespreken"), touchpoints.get(2));
        List<List<String>> texts = ReportFiles.parseCsv(files.get("teksten.csv"), ';');
        assertEquals(1 + 6, texts.size(), "the hidden fan moment stays out");
        assertEquals(List.of("3", "Cees", "9", "5"), ReportFiles.parseCsv(files.get("zelfbeeld.csv"), ';').get(3));
        assertEquals(1 + 3, ReportFiles.parseCsv(files.get("stemmen.csv"), ';').size());
        assertEquals(1 + 12, ReportFiles.parseCsv(files.get("programmacijfers.csv"), ';').size());
        assertTrue(files.get("samenvatting.csv").contains("Fanclub: fans;600\r\n"));
    }

    @Test
    void theEnglishCsvUsesCommasAndDecimalPoints() {
        Map<String, String> files = ReportFiles.unzip(
                ReportFiles.write(ReportModel.of(ReportWorkshops.known(Language.EN)), ReportFormat.CSV));
        List<List<String>> touchpoints = ReportFiles.parseCsv(files.get("touchpoints.csv"), ',');
        assertEquals(List.of("2", "Invoice", "12.00", "3", "3", "8.00", "1.00", "3", "4.33", "2.08", "-3.67",
                "Disappointment", "Discuss"), touchpoints.get(2));
    }

    @Test
    void theXlsxHoldsTheSameTablesWithFullPrecisionNumbers() {
        Map<String, List<List<String>>> sheets = ReportFiles.readXlsx(ReportFiles.write(dutch, ReportFormat.XLSX));
        assertEquals(List.of("samenvatting", "contactmomenten", "cijfers", "teksten", "stemmen", "programmacijfers",
                "programma", "zelfbeeld"), List.copyOf(sheets.keySet()));
        List<List<String>> scores = sheets.get("cijfers");
        assertEquals(1 + 6, scores.size());
        assertEquals(List.of("2", "", "2", "Factuur", "7", "6", "-1"), scores.get(4));
        List<String> invoice = sheets.get("contactmomenten").get(2);
        assertEquals("Factuur", invoice.get(1));
        assertEquals(13.0 / 3, Double.parseDouble(invoice.get(8)), EXACT);
        assertEquals(-11.0 / 3, Double.parseDouble(invoice.get(10)), EXACT);
        assertEquals("Teleurstelling", invoice.get(11));
        // CSV and XLSX hold the same rows.
        Map<String, String> csv = ReportFiles.unzip(ReportFiles.write(dutch, ReportFormat.CSV));
        for (Map.Entry<String, List<List<String>>> sheet : sheets.entrySet()) {
            assertEquals(ReportFiles.parseCsv(csv.get(sheet.getKey() + ".csv"), ';').size(), sheet.getValue().size(),
                    sheet.getKey());
        }
    }

    @Test
    void theRawScoresGiveBackTheMeansTheReportShows() {
        List<List<String>> scores = ReportFiles.parseCsv(
                ReportFiles.unzip(ReportFiles.write(dutch, ReportFormat.CSV)).get("cijfers.csv"), ';');
        double sum = 0;
        int n = 0;
        for (List<String> row : scores.subList(1, scores.size())) {
            if (row.get(3).equals("Factuur")) {
                sum += Integer.parseInt(row.get(5));
                n++;
            }
        }
        assertEquals(dutch.journey().inJourneyOrder().get(1).meanExperience().getAsDouble(), sum / n, EXACT);
    }

    static void assertContains(String text, String expected) {
        assertTrue(text.contains(expected), () -> "missing: " + expected + "\n--- in ---\n" + text);
    }

    /** Some line of the text, with its spaces collapsed, is exactly {@code expected}. */
    static void assertLine(String text, String expected) {
        boolean found = text.lines().map(line -> line.strip().replaceAll("\\s+", " ")).anyMatch(expected::equals);
        assertTrue(found, () -> "no line: " + expected + "\n--- in ---\n" + text);
    }
}
