package nl.royaal.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class WorkshopSummaryTest {

    private static final WorkshopSummary SUMMARY = new WorkshopSummary(UUID.randomUUID(),
            "Royale organisatie, loyale klanten", "Zorgverzekeraar Noord", LocalDate.of(2026, 3, 12),
            WorkshopStatus.CLOSED, 23, Instant.parse("2026-03-12T12:00:00Z"));

    @ParameterizedTest
    @ValueSource(strings = {"royale", "ROYALE", "Loyale Klanten", "klanten"})
    void matchesTheTitleIgnoringCase(String query) {
        assertTrue(SUMMARY.matches(query));
    }

    @ParameterizedTest
    @ValueSource(strings = {"zorgverzekeraar", "NOORD", "verzekeraar n"})
    void matchesTheClientIgnoringCase(String query) {
        assertTrue(SUMMARY.matches(query));
    }

    @Test
    void ignoresSpacesAroundTheQuery() {
        assertTrue(SUMMARY.matches("  noord  "));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "\t"})
    void blankQueryMatchesEveryWorkshop(String query) {
        assertTrue(SUMMARY.matches(query));
    }

    @ParameterizedTest
    @ValueSource(strings = {"bakkerij", "royale noord", "2026"})
    void doesNotMatchWhatIsInNeitherTitleNorClient(String query) {
        assertFalse(SUMMARY.matches(query));
    }
}
