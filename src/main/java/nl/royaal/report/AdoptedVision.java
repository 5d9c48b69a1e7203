package nl.royaal.report;

import java.util.List;
import nl.royaal.domain.Workshop;

/**
 * The vision the facilitator adopted at the end of the dream-service round. The domain does not
 * keep it yet (another issue adds it), so this is empty and the report says "no vision adopted";
 * once the workshop holds it, this is the one place to read it from.
 */
final class AdoptedVision {

    private AdoptedVision() {
    }

    static List<ReportModel.VisionEntry> of(Workshop workshop) {
        return List.of();
    }
}
