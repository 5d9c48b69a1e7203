package nl.royaal.report;

import java.util.ArrayList;
import java.util.List;
import nl.royaal.domain.VisionField;
import nl.royaal.domain.Workshop;

/**
 * The vision the facilitator adopted at the end of the dream-service round, as the report prints
 * it: one entry per field that holds a text, in canvas order; the (up to three) "all-in on" choices
 * one per line. Empty while nothing is adopted, and the report then says "no vision adopted".
 */
final class AdoptedVision {

    private AdoptedVision() {
    }

    static List<ReportModel.VisionEntry> of(Workshop workshop) {
        List<ReportModel.VisionEntry> entries = new ArrayList<>();
        for (VisionField field : VisionField.values()) {
            List<String> texts = workshop.vision().texts(field);
            if (!texts.isEmpty()) {
                entries.add(new ReportModel.VisionEntry(field, String.join("\n", texts)));
            }
        }
        return entries;
    }
}
