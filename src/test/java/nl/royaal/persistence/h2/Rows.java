package nl.royaal.persistence.h2;

import java.util.List;

/** Raw SQL reads for tests that check what is in the tables, not what the repositories say. */
final class Rows {

    private Rows() {
    }

    static long count(Database database, String sql, Object... parameters) {
        return database.inTransaction("Counting in a test",
                connection -> JdbcValues.queryList(connection, sql, row -> row.getLong(1), parameters).getFirst());
    }

    static <T> List<T> column(Database database, String sql, Class<T> type, Object... parameters) {
        return database.inTransaction("Reading in a test",
                connection -> JdbcValues.queryList(connection, sql, row -> row.getObject(1, type), parameters));
    }
}
