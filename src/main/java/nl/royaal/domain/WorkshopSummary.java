package nl.royaal.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One row of the workshop list: enough to find, sort and open a workshop without loading its answers. */
public record WorkshopSummary(
        UUID id,
        String title,
        String clientOrganisation,
        LocalDate date,
        WorkshopStatus status,
        int participantCount,
        Instant updatedAt) {

    /** Case-insensitive match on title and client, for the search box. */
    public boolean matches(String query) {
        if (query == null || query.isBlank()) {
            return true;
        }
        String needle = query.strip().toLowerCase(java.util.Locale.ROOT);
        return title.toLowerCase(java.util.Locale.ROOT).contains(needle)
                || clientOrganisation.toLowerCase(java.util.Locale.ROOT).contains(needle);
    }
}
