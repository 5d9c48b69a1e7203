package nl.royaal.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.royaal.domain.VisionField;
import nl.royaal.ui.vision.VisionWorkshops;
import org.junit.jupiter.api.Test;

/** The report prints the vision the workshop keeps, field by field. */
class AdoptedVisionTest {

    @Test
    void theReportTakesTheStoredVisionWithTheAllInOnChoicesOnePerLine() {
        List<ReportModel.VisionEntry> vision = ReportModel.of(VisionWorkshops.bakeryAdopted()).adoptedVision();

        assertEquals(List.of(VisionField.values()), vision.stream().map(ReportModel.VisionEntry::field).toList());
        assertEquals("Vakmanschap\nPersoonlijk contact\nVersheid", vision.get(VisionField.ALL_IN_ON.ordinal()).text());
    }

    @Test
    void withNothingAdoptedTheReportSaysSo() {
        assertTrue(ReportModel.of(VisionWorkshops.bakery()).adoptedVision().isEmpty());
    }
}
