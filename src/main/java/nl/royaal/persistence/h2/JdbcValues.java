package nl.royaal.persistence.h2;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The few conversions between Java values and columns, in one place so every table stores a
 * UUID, an instant and an enum the same way.
 */
final class JdbcValues {

    /** Reads one row into a value. */
    @FunctionalInterface
    interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    private JdbcValues() {
    }

    /** Runs a query with the given parameters and reads every row, in the order the SQL asks for. */
    static <T> List<T> queryList(Connection connection, String sql, RowReader<T> reader, Object... parameters)
            throws SQLException {
        try (PreparedStatement statement = prepare(connection, sql, parameters);
                ResultSet rows = statement.executeQuery()) {
            List<T> result = new ArrayList<>();
            while (rows.next()) {
                result.add(reader.read(rows));
            }
            return result;
        }
    }

    /** Runs an INSERT, UPDATE, MERGE or DELETE and returns the number of rows it changed. */
    static int update(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = prepare(connection, sql, parameters)) {
            return statement.executeUpdate();
        }
    }

    static PreparedStatement prepare(Connection connection, String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            bind(statement, parameters);
            return statement;
        } catch (SQLException | RuntimeException e) {
            statement.close();
            throw e;
        }
    }

    /**
     * Binds parameters by position. Instants go in as UTC {@link OffsetDateTime}s: that is the type
     * JDBC defines for TIMESTAMP WITH TIME ZONE, and the columns keep all nine fractional digits.
     * Enums go in as their {@code name()}.
     */
    static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            Object value = switch (parameters[i]) {
                case Instant instant -> instant.atOffset(ZoneOffset.UTC);
                case Enum<?> constant -> constant.name();
                case null, default -> parameters[i];
            };
            statement.setObject(i + 1, value);
        }
    }

    static UUID uuid(ResultSet row, String column) throws SQLException {
        return row.getObject(column, UUID.class);
    }

    static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime stored = row.getObject(column, OffsetDateTime.class);
        return stored == null ? null : stored.toInstant();
    }

    static <E extends Enum<E>> E enumValue(ResultSet row, String column, Class<E> type) throws SQLException {
        return Enum.valueOf(type, row.getString(column));
    }
}
