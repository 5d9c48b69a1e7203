package nl.royaal.persistence.h2;

import static nl.royaal.persistence.h2.JdbcValues.queryList;
import static nl.royaal.persistence.h2.JdbcValues.update;

import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import nl.royaal.domain.ElementLiveState;
import nl.royaal.domain.RoundStatus;
import nl.royaal.domain.VisionField;
import nl.royaal.persistence.LiveStateRepository;

/** Live state per element in {@code element_live_state}. */
final class JdbcLiveStateRepository implements LiveStateRepository {

    private final Database database;

    JdbcLiveStateRepository(Database database) {
        this.database = database;
    }

    @Override
    public Map<UUID, ElementLiveState> load(UUID workshopId) {
        return database.inTransaction("Reading the live state", connection -> {
            Map<UUID, ElementLiveState> states = new LinkedHashMap<>();
            queryList(connection, """
                    SELECT element_id, round_status, revealed, elapsed_nanos, running_since, notes, voting, highlighted_text_id,
                           vision_field
                    FROM element_live_state WHERE workshop_id = ?
                    """,
                    row -> new ElementLiveState(
                            JdbcValues.uuid(row, "element_id"),
                            JdbcValues.enumValue(row, "round_status", RoundStatus.class),
                            row.getBoolean("revealed"),
                            Duration.ofNanos(row.getLong("elapsed_nanos")),
                            JdbcValues.instant(row, "running_since"),
                            row.getString("notes"),
                            row.getBoolean("voting"),
                            JdbcValues.uuid(row, "highlighted_text_id"),
                            visionField(row.getString("vision_field"))),
                    workshopId)
                    .forEach(state -> states.put(state.elementId(), state));
            return states;
        });
    }

    private static VisionField visionField(String stored) {
        return stored == null ? null : VisionField.valueOf(stored);
    }

    @Override
    public void save(UUID workshopId, Collection<ElementLiveState> states) {
        database.inTransaction("Saving the live state", connection -> {
            for (ElementLiveState state : states) {
                update(connection, """
                        MERGE INTO element_live_state
                            (workshop_id, element_id, round_status, revealed, elapsed_nanos, running_since, notes,
                             voting, highlighted_text_id, vision_field)
                        KEY (element_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """,
                        workshopId, state.elementId(), state.round(), state.revealed(), state.elapsed().toNanos(),
                        state.runningSince(), state.notes(), state.voting(), state.highlighted(),
                        state.visionField());
            }
            return states.size();
        });
    }
}
