package nl.royaal.persistence.h2;

import static nl.royaal.persistence.h2.JdbcValues.queryList;
import static nl.royaal.persistence.h2.JdbcValues.update;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.royaal.persistence.AppStateRepository;

/** The app's memory between runs, as key/value rows in {@code app_state}. */
final class JdbcAppStateRepository implements AppStateRepository {

    private static final String LAST_OPEN_WORKSHOP = "last_open_workshop";

    private final Database database;

    JdbcAppStateRepository(Database database) {
        this.database = database;
    }

    /** Empty when none was remembered, or when that workshop has been deleted since: there is nothing to reopen. */
    @Override
    public Optional<UUID> lastOpenWorkshop() {
        return database.inTransaction("Reading the last open workshop", connection -> {
            List<UUID> remembered = queryList(connection, """
                    SELECT w.id FROM app_state s JOIN workshop w ON CAST(s.state_value AS UUID) = w.id
                    WHERE s.state_key = ?
                    """,
                    row -> JdbcValues.uuid(row, "id"), LAST_OPEN_WORKSHOP);
            return remembered.stream().findFirst();
        });
    }

    @Override
    public void setLastOpenWorkshop(UUID workshopId) {
        database.inTransaction("Remembering the last open workshop", connection -> {
            if (workshopId == null) {
                return update(connection, "DELETE FROM app_state WHERE state_key = ?", LAST_OPEN_WORKSHOP);
            }
            return update(connection, """
                    MERGE INTO app_state t USING (VALUES (?, ?)) AS s (state_key, state_value)
                    ON t.state_key = s.state_key
                    WHEN MATCHED THEN UPDATE SET state_value = s.state_value
                    WHEN NOT MATCHED THEN INSERT (state_key, state_value) VALUES (s.state_key, s.state_value)
                    """,
                    LAST_OPEN_WORKSHOP, workshopId.toString());
        });
    }
}
