package org.journeystudio.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.journeystudio.i18n.Messages;
import org.journeystudio.model.RatingScale;

/**
 * The live workshop answers kept in the library (schema V3), written on a connection of their own: a batch of
 * phone answers then never waits for the editor's save, nor the editor for the workshop, beyond H2's row locks
 * (the two touch different tables). Every call is one transaction. Obtained from {@link H2Library#workshopAnswers()}
 * and closed with the session, or at the latest with the library.
 */
public final class WorkshopAnswers implements AutoCloseable {
    /**
     * Participant ids are unique across sessions (random 96 bits), so participant and touchpoint find the answer.
     * Naming session_id here too made H2 plan the update on the session's foreign-key index: a scan per answer.
     */
    private static final String UPDATE_ANSWER = "UPDATE workshop_answer SET segment_id = ?, rating = ?, updated_at = ?"
            + " WHERE participant_id = ? AND touchpoint_id = ?";
    private static final String INSERT_ANSWER = "INSERT INTO workshop_answer (session_id, participant_id, touchpoint_id,"
            + " segment_id, rating, updated_at) VALUES (?, ?, ?, ?, ?, ?)";
    private static final String INSERT_PARTICIPANT = "INSERT INTO workshop_participant (session_id, participant_id,"
            + " joined_at) VALUES (?, ?, ?)";
    private static final String INSERT_COMMENT = "INSERT INTO workshop_comment (session_id, id, participant_id,"
            + " touchpoint_id, segment_id, kind, text, created_at, removed) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final Path folder;
    private final Connection connection;
    private final Runnable onClose;
    private boolean closed;

    private WorkshopAnswers(Path folder, Connection connection, Runnable onClose) {
        this.folder = folder;
        this.connection = connection;
        this.onClose = onClose;
    }

    /** Opens a second connection to the (already open and migrated) library in {@code folder}. */
    static WorkshopAnswers open(Path folder, Runnable onClose) {
        try {
            Connection connection = DriverManager.getConnection(LibraryOpener.url(folder), LibraryOpener.USER,
                    LibraryOpener.PASSWORD);
            connection.setAutoCommit(false);
            return new WorkshopAnswers(folder, connection, onClose);
        } catch (SQLException e) {
            throw LibraryErrors.during(Messages.text("storage.action.openAnswers"), folder.toString(), e);
        }
    }

    /** Records that a session for project {@code projectId} started; answers can be written after this. */
    public synchronized void startSession(String sessionId, String projectId, RatingScale scale, Instant at) {
        inTransaction(Messages.text("storage.action.startSession", sessionId), () -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO workshop_session (id, project_id,"
                    + " rating_scale, started_at) VALUES (?, ?, ?, ?)")) {
                insert.setString(1, sessionId);
                insert.setString(2, projectId);
                insert.setString(3, scale.label());
                insert.setTimestamp(4, Timestamp.from(at));
                insert.executeUpdate();
            }
        });
    }

    /** Writes the rows in order, as one transaction: all are kept or none. */
    public synchronized void write(String sessionId, List<? extends WorkshopRow> rows) {
        inTransaction(Messages.text("storage.action.saveAnswers", rows.size()), () -> {
            try (PreparedStatement updates = connection.prepareStatement(UPDATE_ANSWER);
                 PreparedStatement answers = connection.prepareStatement(INSERT_ANSWER);
                 PreparedStatement joins = connection.prepareStatement(INSERT_PARTICIPANT);
                 PreparedStatement comments = connection.prepareStatement(INSERT_COMMENT)) {
                for (WorkshopRow row : rows) {
                    // One statement per row, in order: a replaced answer must land after the one it replaces.
                    if (row instanceof WorkshopRow.Answer a) {
                        // Replace the participant's earlier answer, or add the first one.
                        setAll(updates, a.segmentId(), a.rating(), Timestamp.from(a.at()), a.participantId(),
                                a.touchpointId());
                        if (updates.executeUpdate() == 0) {
                            setAll(answers, sessionId, a.participantId(), a.touchpointId(), a.segmentId(), a.rating(),
                                    Timestamp.from(a.at()));
                            answers.executeUpdate();
                        }
                    } else if (row instanceof WorkshopRow.Joined j) {
                        setAll(joins, sessionId, j.participantId(), Timestamp.from(j.at()));
                        joins.executeUpdate();
                    } else if (row instanceof WorkshopRow.Comment c) {
                        setAll(comments, sessionId, c.id(), c.participantId(), c.touchpointId(), c.segmentId(),
                                c.kind(), c.text(), Timestamp.from(c.at()), c.removed());
                        comments.executeUpdate();
                    }
                }
            }
        });
    }

    /** Marks a comment removed; it stays in the file so that what happened can be told later. */
    public synchronized boolean removeComment(String sessionId, String commentId) {
        boolean[] found = new boolean[1];
        inTransaction(Messages.text("storage.action.removeComment", commentId), () -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE workshop_comment SET removed = TRUE WHERE session_id = ? AND id = ?")) {
                setAll(update, sessionId, commentId);
                found[0] = update.executeUpdate() > 0;
            }
        });
        return found[0];
    }

    /** Records the end of a session. */
    public synchronized void endSession(String sessionId, Instant at) {
        inTransaction(Messages.text("storage.action.endSession", sessionId), () -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE workshop_session SET ended_at = ? WHERE id = ?")) {
                setAll(update, Timestamp.from(at), sessionId);
                update.executeUpdate();
            }
        });
    }

    /** The session ids of a project, oldest first. */
    public synchronized List<String> sessions(String projectId) {
        List<String> ids = new ArrayList<>();
        inTransaction(Messages.text("storage.action.listSessions", projectId), () -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT id FROM workshop_session WHERE project_id = ? ORDER BY started_at, id")) {
                query.setString(1, projectId);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        ids.add(rows.getString(1));
                    }
                }
            }
        });
        return ids;
    }

    /** Every answer of a session (the latest per participant and touchpoint), by participant then touchpoint. */
    public synchronized List<WorkshopRow.Answer> answers(String sessionId) {
        List<WorkshopRow.Answer> answers = new ArrayList<>();
        inTransaction(Messages.text("storage.action.readAnswers", sessionId), () -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT participant_id, touchpoint_id,"
                    + " segment_id, rating, updated_at FROM workshop_answer WHERE session_id = ?"
                    + " ORDER BY participant_id, touchpoint_id")) {
                query.setString(1, sessionId);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        answers.add(new WorkshopRow.Answer(rows.getString(1), rows.getString(2), rows.getString(3),
                                rows.getInt(4), rows.getTimestamp(5).toInstant()));
                    }
                }
            }
        });
        return answers;
    }

    /** Every comment of a session, removed ones included (see {@link WorkshopRow.Comment#removed()}), oldest first. */
    public synchronized List<WorkshopRow.Comment> comments(String sessionId) {
        List<WorkshopRow.Comment> comments = new ArrayList<>();
        inTransaction(Messages.text("storage.action.readComments", sessionId), () -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT id, participant_id, touchpoint_id,"
                    + " segment_id, kind, text, created_at, removed FROM workshop_comment WHERE session_id = ?"
                    + " ORDER BY created_at, id")) {
                query.setString(1, sessionId);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        comments.add(new WorkshopRow.Comment(rows.getString(1), rows.getString(2), rows.getString(3),
                                rows.getString(4), rows.getString(5), rows.getString(6),
                                rows.getTimestamp(7).toInstant(), rows.getBoolean(8)));
                    }
                }
            }
        });
        return comments;
    }

    /** How many participants joined a session. */
    public synchronized int participants(String sessionId) {
        int[] count = new int[1];
        inTransaction(Messages.text("storage.action.countParticipants", sessionId), () -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT COUNT(*) FROM workshop_participant WHERE session_id = ?")) {
                query.setString(1, sessionId);
                try (ResultSet rows = query.executeQuery()) {
                    rows.next();
                    count[0] = rows.getInt(1);
                }
            }
        });
        return count[0];
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            connection.close();
        } catch (SQLException e) {
            throw LibraryErrors.during(Messages.text("storage.action.closeAnswers"), folder.toString(), e);
        } finally {
            onClose.run();
        }
    }

    private void inTransaction(String action, SqlWork work) {
        if (closed) {
            throw new LibraryException(Messages.text("storage.answersClosed", action, folder));
        }
        try {
            work.run();
            connection.commit();
        } catch (SQLException e) {
            try {
                connection.rollback();
            } catch (SQLException rollback) {
                e.addSuppressed(rollback);
            }
            throw LibraryErrors.during(action, folder.toString(), e);
        }
    }

    private static void setAll(PreparedStatement statement, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            statement.setObject(i + 1, values[i]);
        }
    }

    /** One piece of JDBC work inside a transaction. */
    @FunctionalInterface
    private interface SqlWork {
        void run() throws SQLException;
    }
}
