package nl.royaal.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.royaal.domain.Language;
import nl.royaal.domain.Workshop;
import nl.royaal.domain.scoring.GapClass;
import nl.royaal.domain.scoring.ScoringSettings;
import nl.royaal.domain.scoring.TouchpointAggregate;
import org.junit.jupiter.api.Test;

/**
 * The report judges the journey with the margin and "discuss" threshold the trainer set for the
 * workshop, so the client reads what the room saw. Figures from {@link KnownWorkshopReportTest}:
 * Website gap +1.667 (sd 1 and 0.577), Factuur gap −3.667 with an experience sd of 2.082.
 */
class ReportScoringSettingsTest {

    private final Workshop known = ReportWorkshops.known(Language.NL);

    @Test
    void withoutChangesTheReportUsesTheDefaultMargin() {
        ReportModel report = ReportModel.of(known);
        assertEquals(ScoringSettings.DEFAULT, report.settings());
        assertEquals(GapClass.FAN_ZONE, website(report).gapClass().orElseThrow());
    }

    @Test
    void theReportUsesTheWorkshopsOwnMarginAndThreshold() {
        ScoringSettings lenient = new ScoringSettings(2.0, 2.5);
        ReportModel report = ReportModel.of(known.withSettings(known.settings().withScoring(lenient), known.updatedAt()));

        assertEquals(lenient, report.settings(), "the margin the PDF and the raw tables print");
        assertEquals(GapClass.SATISFIED, website(report).gapClass().orElseThrow(), "+1.7 is within \u00b12");
        TouchpointAggregate invoice = report.journey().inJourneyOrder().get(1);
        assertEquals(GapClass.DISAPPOINTMENT, invoice.gapClass().orElseThrow());
        assertFalse(invoice.discuss(), "a spread of 2.08 is below 2.5");
        assertTrue(ReportModel.of(known).journey().inJourneyOrder().get(1).discuss(), "and above the default 2");
    }

    private static TouchpointAggregate website(ReportModel report) {
        return report.journey().inJourneyOrder().getFirst();
    }
}
