package org.journeystudio.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * The library's one connection with its prepared statements kept for reuse, and a count of the rows written,
 * which is how tests see that saving is incremental.
 */
final class Statements implements AutoCloseable {
    private Connection connection;
    private final Map<String, PreparedStatement> prepared = new HashMap<>();
    private long rowsWritten;

    Statements(Connection connection) {
        this.connection = connection;
    }

    Connection connection() {
        return connection;
    }

    /** Whether the connection still answers (false once the server dropped it). */
    boolean alive() {
        try {
            return connection.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    /** Goes on with {@code fresh} after the connection was lost: the old one and its statements are let go. */
    void replaceConnection(Connection fresh) {
        prepared.clear();
        try {
            connection.close();
        } catch (SQLException e) {
            // The old connection is gone already; nothing of it is needed.
        }
        connection = fresh;
    }

    /** A prepared statement for {@code sql}, parameters cleared; the statement stays open for the next call. */
    PreparedStatement prepare(String sql) throws SQLException {
        PreparedStatement statement = prepared.get(sql);
        if (statement == null || statement.isClosed()) {
            statement = connection.prepareStatement(sql);
            prepared.put(sql, statement);
        } else {
            statement.clearParameters();
        }
        return statement;
    }

    /** Runs an INSERT, UPDATE or DELETE with the given parameters and returns the rows it changed. */
    int update(String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = prepare(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        int rows = statement.executeUpdate();
        rowsWritten += rows;
        return rows;
    }

    long rowsWritten() {
        return rowsWritten;
    }

    @Override
    public void close() throws SQLException {
        SQLException first = null;
        for (PreparedStatement statement : prepared.values()) {
            try {
                statement.close();
            } catch (SQLException e) {
                first = first == null ? e : first;
            }
        }
        prepared.clear();
        try {
            connection.close();
        } catch (SQLException e) {
            first = first == null ? e : first;
        }
        if (first != null) {
            throw first;
        }
    }
}
