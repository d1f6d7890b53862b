package org.journeystudio.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.journeystudio.i18n.Messages;

/**
 * The finished (or abandoned) workshop sessions of a library's projects, read and written whole on the library's
 * own connection: each call joins a running {@link JdbcLibrary#inTransaction}, so a copied project and its
 * sessions are stored together or not at all. Live sessions write through {@link WorkshopAnswers} instead.
 */
public final class WorkshopHistory {
    private final JdbcLibrary library;

    WorkshopHistory(JdbcLibrary library) {
        this.library = library;
    }

    /** The sessions of a project, oldest first, each with its participants, answers and comments. */
    public List<WorkshopRecord> sessions(String projectId) {
        return library.inTransaction(Messages.text("storage.action.listSessions", projectId), () -> {
            PreparedStatement query = library.statements().prepare("SELECT id, rating_scale, started_at, ended_at "
                    + "FROM workshop_session WHERE project_id = ? ORDER BY started_at, id");
            query.setString(1, projectId);
            List<Object[]> heads = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    heads.add(new Object[] {rows.getString(1), rows.getString(2), instant(rows, 3), instant(rows, 4)});
                }
            }
            List<WorkshopRecord> sessions = new ArrayList<>();
            for (Object[] head : heads) {
                String id = (String) head[0];
                sessions.add(new WorkshopRecord(id, (String) head[1], (Instant) head[2], (Instant) head[3],
                        participants(id), answers(id), comments(id)));
            }
            return sessions;
        });
    }

    /** Stores a whole session of the project {@code projectId} (which must be in the library). */
    public void add(String projectId, WorkshopRecord session) {
        library.inTransaction(Messages.text("storage.action.storeSession", session.id()), () -> {
            Statements sql = library.statements();
            sql.update("INSERT INTO workshop_session (id, project_id, rating_scale, started_at, ended_at) "
                    + "VALUES (?, ?, ?, ?, ?)", session.id(), projectId, session.ratingScale(),
                    utc(session.startedAt()), utc(session.endedAt()));
            for (WorkshopRow.Joined joined : session.participants()) {
                sql.update("INSERT INTO workshop_participant (session_id, participant_id, joined_at) VALUES (?, ?, ?)",
                        session.id(), joined.participantId(), utc(joined.at()));
            }
            for (WorkshopRow.Answer a : session.answers()) {
                sql.update("INSERT INTO workshop_answer (session_id, participant_id, touchpoint_id, segment_id, "
                        + "rating, updated_at) VALUES (?, ?, ?, ?, ?, ?)", session.id(), a.participantId(),
                        a.touchpointId(), a.segmentId(), a.rating(), utc(a.at()));
            }
            for (WorkshopRow.Comment c : session.comments()) {
                sql.update("INSERT INTO workshop_comment (session_id, id, participant_id, touchpoint_id, segment_id, "
                        + "kind, text, created_at, removed) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", session.id(), c.id(),
                        c.participantId(), c.touchpointId(), c.segmentId(), c.kind(), c.text(), utc(c.at()),
                        c.removed());
            }
            return null;
        });
    }

    private List<WorkshopRow.Joined> participants(String sessionId) throws SQLException {
        PreparedStatement query = library.statements().prepare("SELECT participant_id, joined_at "
                + "FROM workshop_participant WHERE session_id = ? ORDER BY joined_at, participant_id");
        query.setString(1, sessionId);
        List<WorkshopRow.Joined> joined = new ArrayList<>();
        try (ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                joined.add(new WorkshopRow.Joined(rows.getString(1), instant(rows, 2)));
            }
        }
        return joined;
    }

    private List<WorkshopRow.Answer> answers(String sessionId) throws SQLException {
        PreparedStatement query = library.statements().prepare("SELECT participant_id, touchpoint_id, segment_id, "
                + "rating, updated_at FROM workshop_answer WHERE session_id = ? ORDER BY participant_id, touchpoint_id");
        query.setString(1, sessionId);
        List<WorkshopRow.Answer> answers = new ArrayList<>();
        try (ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                answers.add(new WorkshopRow.Answer(rows.getString(1), rows.getString(2), rows.getString(3),
                        rows.getInt(4), instant(rows, 5)));
            }
        }
        return answers;
    }

    private List<WorkshopRow.Comment> comments(String sessionId) throws SQLException {
        PreparedStatement query = library.statements().prepare("SELECT id, participant_id, touchpoint_id, segment_id, "
                + "kind, text, created_at, removed FROM workshop_comment WHERE session_id = ? ORDER BY created_at, id");
        query.setString(1, sessionId);
        List<WorkshopRow.Comment> comments = new ArrayList<>();
        try (ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                comments.add(new WorkshopRow.Comment(rows.getString(1), rows.getString(2), rows.getString(3),
                        rows.getString(4), rows.getString(5), rows.getString(6), instant(rows, 7), rows.getBoolean(8)));
            }
        }
        return comments;
    }

    private static Instant instant(ResultSet rows, int column) throws SQLException {
        OffsetDateTime time = rows.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }

    private static OffsetDateTime utc(Instant time) {
        return time == null ? null : time.atOffset(ZoneOffset.UTC);
    }
}
