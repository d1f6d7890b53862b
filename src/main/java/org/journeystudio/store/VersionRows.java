package org.journeystudio.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/** Reads a project's row versions and authorship; locks the project row so that saves of one project queue up. */
final class VersionRows {
    private static final String LOCK = "SELECT id FROM project WHERE id = ? FOR UPDATE";
    private static final String LOCK_ON_POSTGRESQL = "SELECT id FROM project WHERE id = ? FOR NO KEY UPDATE";
    private final Statements sql;

    VersionRows(Statements sql) {
        this.sql = sql;
    }

    private boolean postgres() throws SQLException {
        return "PostgreSQL".equals(sql.connection().getMetaData().getDatabaseProductName());
    }

    /** The project's version alone: what another studio polls. */
    OptionalLong projectVersion(String projectId) throws SQLException {
        PreparedStatement statement = sql.prepare("SELECT row_version FROM project WHERE id = ?");
        statement.setString(1, projectId);
        try (ResultSet row = statement.executeQuery()) {
            return row.next() ? OptionalLong.of(row.getLong(1)) : OptionalLong.empty();
        }
    }

    /**
     * Locks the project's row until the transaction ends (a second save of the same project waits here), so that
     * what a save checks is still true when it writes.
     */
    boolean lock(String projectId) throws SQLException {
        // On PostgreSQL FOR NO KEY UPDATE: it does not wait for the key-share lock that a running survey import's
        // foreign keys hold on the project row (an import on its own connection may let the project be saved
        // while it runs; FOR UPDATE would wait for the import to end, forever). H2 knows only FOR UPDATE.
        PreparedStatement statement = sql.prepare(postgres() ? LOCK_ON_POSTGRESQL : LOCK);
        statement.setString(1, projectId);
        try (ResultSet row = statement.executeQuery()) {
            return row.next();
        }
    }

    Optional<RowVersions> read(String projectId) throws SQLException {
        PreparedStatement project = sql.prepare(
                "SELECT row_version, revision, changed_by, changed_at FROM project WHERE id = ?");
        project.setString(1, projectId);
        RowVersion projectVersion;
        long fields;
        try (ResultSet row = project.executeQuery()) {
            if (!row.next()) {
                return Optional.empty();
            }
            projectVersion = new RowVersion(row.getLong(1), row.getString(3), instant(row, 4));
            fields = row.getLong(2);
        }
        PreparedStatement touchpoints = sql.prepare(
                "SELECT id, revision, changed_by, changed_at FROM touchpoint WHERE project_id = ?");
        touchpoints.setString(1, projectId);
        Map<String, RowVersion> versions = new HashMap<>();
        try (ResultSet row = touchpoints.executeQuery()) {
            while (row.next()) {
                versions.put(row.getString(1), new RowVersion(row.getLong(2), row.getString(3), instant(row, 4)));
            }
        }
        return Optional.of(new RowVersions(projectVersion, fields, versions));
    }

    private static Instant instant(ResultSet row, int column) throws SQLException {
        OffsetDateTime time = row.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }
}
