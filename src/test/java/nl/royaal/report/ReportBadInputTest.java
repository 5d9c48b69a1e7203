package nl.royaal.report;

import static nl.royaal.report.KnownWorkshopReportTest.assertContains;
import static nl.royaal.report.KnownWorkshopReportTest.assertLine;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.royaal.domain.Answers;
import nl.royaal.domain.Language;
import nl.royaal.domain.TextAnswer;
import nl.royaal.domain.TextPurpose;
import nl.royaal.domain.Touchpoint;
import nl.royaal.domain.Workshop;
import nl.royaal.domain.WorkshopDetails;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Workshops a report must survive: empty, one person, a keynote, texts full of emoji, quotes and commas. */
class ReportBadInputTest {

    @ParameterizedTest
    @EnumSource(ReportFormat.class)
    void aWorkshopWithoutParticipantsStillGetsAReportInEveryFormat(ReportFormat format) {
        byte[] written = ReportFiles.write(ReportModel.of(ReportWorkshops.empty(Language.NL)), format);
        assertTrue(written.length > 100);
    }

    @Test
    void everySectionWithoutDataSaysSoInsteadOfDisappearing() {
        String text = ReportFiles.pdfText(ReportFiles.write(ReportModel.of(ReportWorkshops.empty(Language.NL)),
                ReportFormat.PDF));
        for (String sentence : List.of(
                "Er deden geen deelnemers mee",
                "Er zijn geen cijfers gegeven voor verwachting en beleving.",
                "In deze workshop is (nog) geen visie vastgesteld.",
                "Er zijn geen voorstellen voor de visie ingediend.",
                "Er zijn geen fanmomenten ingestuurd.",
                "De zelfbeeld-check is niet gedaan: er zijn geen antwoorden.",
                "Er zijn geen cijfers voor de beleving, dus er is geen belevingscurve.",
                "Er zijn geen voornemens ingestuurd.",
                "Niemand heeft de onderdelen van het programma een cijfer gegeven.",
                "Contactmomenten: Website, Factuur.",
                "1 persoon \u00d7 200 werkdagen \u00d7 1 jaar = 200 fans")) {
            assertContains(text, sentence);
        }
        for (String title : List.of("Samenvatting", "Onze visie: de droomservice", "Fanmomenten",
                "Verwachting en beleving per contactmoment", "De klantreis als belevingscurve", "Eén fan per dag",
                "Het programma: vandaag en de volgende keer", "Methode: hoe de cijfers tot stand komen")) {
            assertContains(text, title);
        }
    }

    @Test
    void theEnglishNoDataSentencesAreEnglish() {
        String text = ReportFiles.pdfText(ReportFiles.write(ReportModel.of(ReportWorkshops.bare(Language.EN)),
                ReportFormat.PDF));
        assertContains(text, "No touchpoints were recorded for this workshop.");
        assertContains(text, "No fan moments were submitted.");
        assertContains(text, "No vision was adopted in this workshop (yet).");
        assertContains(text, "Nobody rated the parts of the programme.");
    }

    @Test
    void anAdoptedVisionIsShownOnceTheWorkshopHasOne() {
        ReportModel model = ReportModel.of(ReportWorkshops.known(Language.NL)).withAdoptedVision(List.of(
                new ReportModel.VisionEntry(nl.royaal.domain.VisionField.PROMISE, "Binnen een dag antwoord.")));
        String text = ReportFiles.pdfText(ReportFiles.write(model, ReportFormat.PDF));
        assertContains(text, "ONZE BELOFTE");
        assertContains(text, "Binnen een dag antwoord.");
        assertFalse(text.contains("geen visie vastgesteld"));
    }

    @Test
    void oneParticipantHasMeansButNoSpreads() {
        ReportModel model = ReportModel.of(ReportWorkshops.single(Language.NL));
        String text = ReportFiles.pdfText(ReportFiles.write(model, ReportFormat.PDF));
        assertLine(text, "1 Website 1 7,0 8,0 +1,0 \u2013 \u2013 Fanzone");
        assertLine(text, "2 Factuur 1 8,0 5,0 \u22123,0 \u2013 \u2013 Teleurstelling");
        assertContains(text, "Eén deelnemer deed mee");
        Map<String, String> csv = ReportFiles.unzip(ReportFiles.write(model, ReportFormat.CSV));
        assertEquals(List.of("1", "Website", "4,00", "1", "1", "7,00", "", "1", "8,00", "", "1,00", "Fanzone", ""),
                ReportFiles.parseCsv(csv.get("contactmomenten.csv"), ';').get(1), "no spread: an empty cell");
    }

    @Test
    void aKeynoteOf300ParticipantsAnd12TouchpointsIsWrittenWhole() {
        Workshop keynote = ReportWorkshops.large(300, 12, 1);
        ReportModel model = ReportModel.of(keynote);
        byte[] pdf = ReportFiles.write(model, ReportFormat.PDF);
        String text = ReportFiles.pdfText(pdf);
        assertContains(text, "300 deelnemers deden mee; 12 contactmomenten kregen cijfers");
        assertContains(text, "Fanmoment 300:");
        assertContains(text, "Voornemen 300:");
        assertTrue(ReportFiles.pageCount(pdf) > 10);
        Map<String, String> csv = ReportFiles.unzip(ReportFiles.write(model, ReportFormat.CSV));
        assertEquals(1 + 300 * 12, ReportFiles.parseCsv(csv.get("cijfers.csv"), ';').size());
        Map<String, List<List<String>>> xlsx = ReportFiles.readXlsx(ReportFiles.write(model, ReportFormat.XLSX));
        assertEquals(1 + 300 * 12, xlsx.get("cijfers").size());
    }

    @Test
    void emojiQuotesCommasAndRightToLeftTextNeverBreakTheReport() {
        Workshop workshop = tricky();
        ReportModel model = ReportModel.of(workshop);
        String text = ReportFiles.pdfText(ReportFiles.write(model, ReportFormat.PDF));
        assertContains(text, "Zoë's \"café\"; naïef,");
        assertContains(text, PdfFonts.PLACEHOLDER);
        assertContains(text, "Sommige tekens in de teksten van deelnemers (zoals emoji)");
        assertContains(text, "Afdeling A/B: 2025");

        // CSV: every text comes back exactly, quoted where it must be; a formula is defused.
        Map<String, String> csv = ReportFiles.unzip(ReportFiles.write(model, ReportFormat.CSV));
        List<List<String>> texts = ReportFiles.parseCsv(csv.get("teksten.csv"), ';');
        assertEquals(ReportWorkshops.TRICKY, texts.get(1).get(5));
        assertEquals("Regel één\n\"twee\", drie; vier", texts.get(2).get(5));
        assertEquals("'=HYPERLINK(\"http://example.invalid\")", texts.get(3).get(5));
        assertTrue(csv.get("cijfers.csv").contains("\"Offerte; \"\"op maat\"\"\""));

        // XLSX: strings as they were, emoji and all, never a formula.
        Map<String, List<List<String>>> xlsx = ReportFiles.readXlsx(ReportFiles.write(model, ReportFormat.XLSX));
        assertEquals(ReportWorkshops.TRICKY, xlsx.get("teksten").get(1).get(5));
        assertEquals("=HYPERLINK(\"http://example.invalid\")", xlsx.get("teksten").get(3).get(5));
    }

    @Test
    void aTitleWithSlashAndColonGivesASafeFileNameAndAFullCover() {
        Workshop workshop = tricky();
        String name = nl.royaal.service.ReportService.suggestedFileName(workshop, ReportFormat.PDF);
        assertEquals("2025-03-14 Afdeling A-B- 2025 - Zoë's -café-; naïef, 🎉👩‍👩‍👧 שלום مرحبا — € ñ - Sessierapport.pdf",
                name);
        assertFalse(name.contains("/") || name.contains(":"));
    }

    @Test
    void aVeryLongTitleShrinksOnTheCoverAndIsCutInTheHeader() {
        Workshop known = ReportWorkshops.known(Language.NL);
        String longTitle = "Een heel lange titel ".repeat(9).strip();
        Workshop workshop = known.withDetails(known.details().withTitle(longTitle), ReportWorkshops.AT);
        String text = ReportFiles.pdfText(ReportFiles.write(ReportModel.of(workshop), ReportFormat.PDF));
        assertContains(text, "Een heel lange titel Een heel");
        assertContains(text, "\u2026"); // the running header cuts it with an ellipsis
    }

    static Workshop tricky() {
        Workshop known = ReportWorkshops.known(Language.NL);
        List<TextAnswer> texts = new ArrayList<>(known.answers().texts());
        texts.set(0, new TextAnswer(texts.get(0).id(), texts.get(0).participantId(), texts.get(0).elementId(),
                TextPurpose.FAN_MOMENT, null, ReportWorkshops.TRICKY, false, ReportWorkshops.AT));
        texts.set(1, new TextAnswer(texts.get(1).id(), texts.get(1).participantId(), texts.get(1).elementId(),
                TextPurpose.FAN_MOMENT, null, "Regel één\n\"twee\", drie; vier", false, ReportWorkshops.AT));
        TextAnswer third = texts.get(3);
        texts.set(3, new TextAnswer(third.id(), third.participantId(), third.elementId(), third.purpose(),
                third.field(), "=HYPERLINK(\"http://example.invalid\")", false, ReportWorkshops.AT));
        texts.remove(2); // the hidden one: the formula becomes the third visible text
        Answers answers = new Answers(known.answers().scores(), texts, known.answers().votes(),
                known.answers().ratings(), known.answers().selfImage());
        List<Touchpoint> touchpoints = List.of(known.touchpoints().get(0),
                known.touchpoints().get(1).withName("Offerte; \"op maat\""));
        return new Workshop(known.id(), new WorkshopDetails("Afdeling A/B: 2025 / " + ReportWorkshops.TRICKY,
                "Klant, met \"quotes\"", LocalDate.of(2025, 3, 14), "Zoë", Language.NL), known.status(),
                known.templateKey(), known.agenda(), touchpoints, known.participants(), answers, null,
                ReportWorkshops.AT, ReportWorkshops.AT);
    }
}
