package nl.royaal.report;

import static nl.royaal.report.KnownWorkshopReportTest.assertContains;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import nl.royaal.domain.Language;
import nl.royaal.domain.Workshop;
import nl.royaal.domain.WorkshopSettings;
import nl.royaal.domain.scoring.FanClubSettings;
import nl.royaal.domain.scoring.RealityCheckFigures;
import org.junit.jupiter.api.Test;

/**
 * The settings a workshop keeps reach the client's report: the reality check's sentence and
 * figures, and the fan club as the trainer set it. {@link ReportWorkshops#known} has a website
 * of 4 and an invoice of 12 contacts per customer per year: 16 a year, one every 365.25 / 16 ≈ 22.8
 * days ("once every 23 days").
 */
class RealityCheckReportTest {

    private static Workshop known(Language language, WorkshopSettings settings) {
        Workshop workshop = ReportWorkshops.known(language);
        return workshop.withSettings(settings, workshop.updatedAt());
    }

    @Test
    void theJourneysOwnContactsGiveTheSentenceTheRoomSaw() {
        ReportModel model = ReportModel.of(known(Language.NL, WorkshopSettings.DEFAULT));

        String text = ReportFiles.pdfText(ReportFiles.write(model, ReportFormat.PDF));

        assertContains(text, "Hoe vaak ziet een klant een mens van ons?");
        assertContains(text, "Eens per 23 dagen een mens.");
        assertContains(text, "Samen 16 persoonlijke contacten per klant per jaar.");
    }

    @Test
    void theUnionsTotalsGiveOnceEverySixYearsAgainstTwelveMachinesAYear() {
        ReportModel model = ReportModel.of(known(Language.NL,
                WorkshopSettings.DEFAULT.withRealityCheck(RealityCheckFigures.UNION_EXAMPLE)));

        String text = ReportFiles.pdfText(ReportFiles.write(model, ReportFormat.PDF));
        Map<String, String> files = ReportFiles.unzip(ReportFiles.write(model, ReportFormat.CSV));

        assertContains(text, "Eens per 6 jaar een mens, 12 keer per jaar een machine.");
        assertContains(text, "13.000 contacten per jaar \u00f7 80.000 klanten = 0,1625 per klant per jaar.");
        String summary = files.get("samenvatting.csv");
        assertTrue(summary.contains("Persoonlijke contacten volgens;de totalen van de organisatie\r\n"), summary);
        assertTrue(summary.contains("Klanten;80000\r\n"), summary);
        assertTrue(summary.contains("Persoonlijke contacten per klant per jaar;0,16\r\n"), summary);
        assertTrue(summary.contains("Automatische contacten per klant per jaar;12,00\r\n"), summary);
    }

    @Test
    void unknownTotalsLeaveTheSentenceOutRatherThanGuess() {
        RealityCheckFigures halfKnown = new RealityCheckFigures(RealityCheckFigures.Source.TOTALS, 13_000.0, null, 12.0);
        ReportModel model = ReportModel.of(known(Language.EN, WorkshopSettings.DEFAULT.withRealityCheck(halfKnown)));

        String text = ReportFiles.pdfText(ReportFiles.write(model, ReportFormat.PDF));

        assertFalse(text.contains("How often does a customer meet one of us?"), text);
    }

    @Test
    void theFanClubIsTheOneTheTrainerSetNotTheRoomsDefault() {
        ReportModel model = ReportModel.of(known(Language.NL,
                WorkshopSettings.DEFAULT.withFanClub(new FanClubSettings(1, 200, 5))));

        Map<String, String> files = ReportFiles.unzip(ReportFiles.write(model, ReportFormat.CSV));

        assertTrue(files.get("samenvatting.csv").contains("Fanclub: fans;1000\r\n"));
    }
}
