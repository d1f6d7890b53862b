package org.journeystudio.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.journeystudio.i18n.Messages;
import org.journeystudio.model.JourneyMap;

/**
 * Survey responses kept in the library: imports them in one streaming transaction and reads back the counts a
 * heatmap needs: per segment column from the count table written at import time, or, for two crossed columns,
 * counted from the stored responses.
 *
 * <p>An import runs on a connection of its own, so the studio's connection stays free for map edits while a
 * million rows go in; a cancel or a failure rolls that connection back and the library is as it was.
 */
public final class SurveyResponses implements RatingOriginStore {
    /** Blocks of up to 4096 respondents fetched per round trip when two columns are crossed. */
    private static final int CROSS_FETCH_BLOCKS = 4;

    private final JdbcLibrary library;

    SurveyResponses(JdbcLibrary library) {
        this.library = library;
    }

    /** Stores the respondents {@code source} streams as one import of {@code header}; returns the import's id. */
    public long importResponses(ResponseImport header, ResponseSource source) {
        String action = Messages.text("storage.action.importSurvey", header.fileName());
        if (library.holdsTransaction()) {
            return library.inTransaction(action, () -> writeImport(library.statements().connection(), header, source));
        }
        try (Connection connection = library.newConnection()) {
            try {
                long id = writeImport(connection, header, source);
                connection.commit();
                return id;
            } catch (SQLException e) {
                rollback(connection, e);
                throw LibraryErrors.during(action, library.location(), e);
            } catch (RuntimeException | Error e) {
                rollback(connection, e);
                throw e;
            }
        } catch (SQLException e) {
            throw LibraryErrors.during(action, library.location(), e);
        }
    }

    /**
     * Runs {@code work} as one transaction: imports, saves and origins it writes through these responses are kept
     * all together or not at all, even when the process is killed half-way (the command line's whole import).
     * An import inside it writes on the library's own connection instead of one of its own.
     */
    public <T> T allOrNothing(String action, Supplier<T> work) {
        return library.inTransaction(action, work::get);
    }

    private static long writeImport(Connection connection, ResponseImport header, ResponseSource source)
            throws SQLException {
        long id = insertHeader(connection, header);
        try (ResponseWriter writer = new ResponseWriter(connection, id, header.segmentColumns().size(),
                header.ratingColumns().stream().map(r -> r.scale().points()).toList())) {
            source.writeTo(writer);
            writer.finish();
        }
        return id;
    }

    /** The imports of a project, oldest first. */
    public List<StoredImport> imports(String projectId) {
        return library.inTransaction(Messages.text("storage.action.listSurveys"), () -> {
            List<StoredImport> result = new ArrayList<>();
            PreparedStatement query = library.statements().prepare("SELECT id, file_name, imported_at, layout, "
                    + "source, respondents, skipped_rows FROM survey_import WHERE project_id = ? ORDER BY id");
            query.setString(1, projectId);
            List<Object[]> rows = new ArrayList<>();
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Object[] {rs.getLong(1), rs.getString(2), rs.getObject(3, OffsetDateTime.class),
                        rs.getString(4), rs.getString(5), rs.getLong(6), rs.getLong(7)});
                }
            }
            for (Object[] row : rows) {
                long id = (Long) row[0];
                SurveyColumnRows columns = columns(id);
                ResponseImport header = new ResponseImport(projectId, (String) row[1],
                        ((OffsetDateTime) row[2]).toInstant(), (String) row[3], RatingSource.valueOf((String) row[4]),
                        columns.segments(), columns.ratings());
                result.add(new StoredImport(id, header, (Long) row[5], (Long) row[6]));
            }
            return result;
        });
    }

    /** Counts per label of one segment column, from the count table written at import time. */
    public ResponseCounts counts(long importId, int segmentColumn) {
        return library.inTransaction(Messages.text("storage.action.readCounts"), () -> {
            SurveyColumnRows columns = columns(importId);
            ResponseCounts layout = new ResponseCounts(List.of(), columns.points(), List.of());
            Map<Integer, String> labels = labels(importId, segmentColumn);
            Map<Integer, long[]> byLabel = new LinkedHashMap<>();
            labels.keySet().forEach(id -> byLabel.put(id, new long[layout.width()]));
            PreparedStatement query = library.statements().prepare("SELECT label_id, rating_column, rating_value, "
                    + "answers FROM survey_count WHERE import_id = ? AND segment_column = ?");
            query.setLong(1, importId);
            query.setInt(2, segmentColumn);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    int column = rs.getInt(2);
                    int point = rs.getInt(3) - columns.valueOffsets()[column];
                    byLabel.get(rs.getInt(1))[layout.base(column) + point] = rs.getLong(4);
                }
            }
            return sorted(labels, byLabel, layout.points());
        });
    }

    /**
     * Counts per pair of labels of two segment columns ("Business × Returning"), from the stored responses: one
     * pass over the packed blocks, read in order from the database.
     */
    public ResponseCounts crossCounts(long importId, int firstColumn, int secondColumn) {
        return library.inTransaction(Messages.text("storage.action.crossSegments"), () -> {
            SurveyColumnRows columns = columns(importId);
            List<String> segmentNames = columns.segments();
            int segmentColumns = segmentNames.size();
            if (firstColumn == secondColumn || Math.max(firstColumn, secondColumn) >= segmentColumns
                    || Math.min(firstColumn, secondColumn) < 0) {
                throw new IllegalArgumentException("cannot cross segment columns " + firstColumn + " and "
                        + secondColumn + " of " + segmentNames);
            }
            Map<Integer, String> first = labels(importId, firstColumn);
            Map<Integer, String> second = labels(importId, secondColumn);
            int ratingColumns = columns.ratings().size();
            ResponseCounts layout = new ResponseCounts(List.of(), columns.points(), List.of());
            int[] offsets = columns.valueOffsets();
            int[] base = new int[ratingColumns];
            int[] optedOut = new int[ratingColumns];
            for (int r = 0; r < ratingColumns; r++) {
                base[r] = layout.base(r) - offsets[r];
                optedOut[r] = layout.base(r) + layout.points().get(r);
            }
            Map<Long, long[]> byPair = new java.util.HashMap<>();
            PreparedStatement query = library.statements().prepare("SELECT respondents, segments, ratings "
                    + "FROM survey_response_block WHERE import_id = ? ORDER BY block_number");
            query.setFetchSize(CROSS_FETCH_BLOCKS); // PostgreSQL would otherwise read every block into the heap
            query.setLong(1, importId);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    int respondents = rs.getInt(1);
                    byte[] segments = rs.getBytes(2);
                    byte[] values = rs.getBytes(3);
                    for (int i = 0; i < respondents; i++) {
                        long pair = ((long) labelId(segments, (i * segmentColumns + firstColumn) * 4) << 32)
                                | labelId(segments, (i * segmentColumns + secondColumn) * 4);
                        long[] histogram = byPair.computeIfAbsent(pair, k -> new long[layout.width()]);
                        for (int r = 0; r < ratingColumns; r++) {
                            int value = values[i * ratingColumns + r] & 0xFF;
                            if (value == ResponseWriter.OPTED_OUT_BYTE) {
                                histogram[optedOut[r]]++;
                            } else if (value != ResponseWriter.NOT_APPLICABLE) {
                                histogram[base[r] + value]++;
                            }
                        }
                    }
                }
            }
            Map<String, long[]> named = new LinkedHashMap<>();
            byPair.forEach((pair, histogram) -> named.put(
                    first.get((int) (pair >>> 32)) + CROSS + second.get((int) (long) pair), histogram));
            List<String> names = new ArrayList<>(named.keySet());
            names.sort(String.CASE_INSENSITIVE_ORDER);
            return new ResponseCounts(names, layout.points(), names.stream().map(named::get).toList());
        });
    }

    private static int labelId(byte[] segments, int at) {
        return RespondentReplay.labelId(segments, at);
    }

    /**
     * Streams the respondents of a stored import into {@code sink} (labels as stored, answers as points), then its
     * skipped rows: a new import fed from it holds the same respondents and counts (how a copied project's
     * surveys travel to another library).
     */
    public void replay(StoredImport stored, ResponseSink sink) {
        library.inTransaction(Messages.text("storage.action.readResponses", stored.fileName()), () -> {
            SurveyColumnRows columns = columns(stored.id());
            List<Map<Integer, String>> labels = new ArrayList<>();
            for (int s = 0; s < columns.segments().size(); s++) {
                labels.add(labels(stored.id(), s));
            }
            new RespondentReplay(columns, labels, sink).replay(library.statements(), stored.id(),
                    stored.skippedRows());
            return null;
        });
    }

    /** How crossed labels are joined, as the headless heatmap shows them. */
    public static final String CROSS = " × ";

    /** Removes an import and everything stored with it. */
    public void delete(long importId) {
        library.inTransaction(Messages.text("storage.action.deleteSurvey"), () -> {
            library.statements().update("DELETE FROM survey_import WHERE id = ?", importId);
            return null;
        });
    }

    /** Records (replacing) where ratings of a project came from. */
    public void recordOrigins(String projectId, List<RatingOrigin> origins) {
        library.inTransaction(Messages.text("storage.action.recordOrigins"), () -> {
            for (RatingOrigin origin : origins) {
                merge(projectId, origin);
            }
            return null;
        });
    }

    /**
     * Saves a map whose ratings an import wrote, and records where those ratings came from, as one transaction:
     * the library never holds the ratings without their origin, nor the origin without the ratings.
     */
    public void saveRatings(JourneyMap map, List<RatingOrigin> origins) {
        library.inTransaction(Messages.text("storage.action.writeRatings", map.title()), () -> {
            library.saveInTransaction(map);
            for (RatingOrigin origin : origins) {
                merge(map.id(), origin);
            }
            return null;
        });
    }

    @Override
    public void updateOrigins(String projectId, List<RatingOrigin> recorded, List<RatingOrigin> forgotten) {
        library.inTransaction(Messages.text("storage.action.recordOrigins"), () -> {
            for (RatingOrigin origin : forgotten) {
                library.statements().update("DELETE FROM rating_origin WHERE project_id = ? AND touchpoint_id = ? "
                        + "AND segment_id = ?", projectId, origin.touchpointId(), origin.segmentId());
            }
            for (RatingOrigin origin : recorded) {
                merge(projectId, origin);
            }
            return null;
        });
    }

    @Override
    public Map<Long, String> importNames(String projectId) {
        Map<Long, String> names = new LinkedHashMap<>();
        imports(projectId).forEach(i -> names.put(i.id(), i.header().fileName()));
        return names;
    }

    /** Replaces or adds the origin: an UPDATE, then an INSERT if there was no row (the same SQL on every database). */
    private void merge(String projectId, RatingOrigin origin) throws SQLException {
        Object recordedAt = origin.recordedAt().atOffset(ZoneOffset.UTC);
        int updated = library.statements().update("UPDATE rating_origin SET source = ?, recorded_at = ?, import_id = ? "
                        + "WHERE project_id = ? AND touchpoint_id = ? AND segment_id = ?", origin.source().name(),
                recordedAt, origin.importId(), projectId, origin.touchpointId(), origin.segmentId());
        if (updated == 0) {
            library.statements().update("INSERT INTO rating_origin (project_id, touchpoint_id, segment_id, source, "
                            + "recorded_at, import_id) VALUES (?, ?, ?, ?, ?, ?)", projectId, origin.touchpointId(),
                    origin.segmentId(), origin.source().name(), recordedAt, origin.importId());
        }
    }

    @Override
    public List<RatingOrigin> origins(String projectId) {
        return library.inTransaction(Messages.text("storage.action.readOrigins"), () -> {
            PreparedStatement query = library.statements().prepare("SELECT touchpoint_id, segment_id, source, "
                    + "recorded_at, import_id FROM rating_origin WHERE project_id = ? ORDER BY touchpoint_id, segment_id");
            query.setString(1, projectId);
            List<RatingOrigin> result = new ArrayList<>();
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    result.add(new RatingOrigin(rs.getString(1), rs.getString(2), RatingSource.valueOf(rs.getString(3)),
                            rs.getObject(4, OffsetDateTime.class).toInstant(), rs.getObject(5, Long.class)));
                }
            }
            return result;
        });
    }

    private static long insertHeader(Connection connection, ResponseImport header) throws SQLException {
        long id;
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO survey_import (project_id, file_name, "
                + "imported_at, layout, source, respondents, skipped_rows) VALUES (?, ?, ?, ?, ?, 0, 0)",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, header.projectId());
            insert.setString(2, header.fileName());
            insert.setObject(3, header.importedAt().atOffset(ZoneOffset.UTC));
            insert.setString(4, header.layout());
            insert.setString(5, header.source().name());
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        SurveyColumnRows.insert(connection, id, header);
        return id;
    }

    private SurveyColumnRows columns(long importId) throws SQLException {
        SurveyColumnRows columns = SurveyColumnRows.read(library.statements().prepare(SurveyColumnRows.QUERY), importId);
        if (columns.ratings().isEmpty()) {
            throw new LibraryException(Messages.text("projects.importGone", importId, library.location()));
        }
        return columns;
    }

    private Map<Integer, String> labels(long importId, int segmentColumn) throws SQLException {
        PreparedStatement query = library.statements().prepare(
                "SELECT label_id, label FROM survey_label WHERE import_id = ? AND segment_column = ?");
        query.setLong(1, importId);
        query.setInt(2, segmentColumn);
        Map<Integer, String> labels = new LinkedHashMap<>();
        try (ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                labels.put(rs.getInt(1), rs.getString(2));
            }
        }
        return labels;
    }

    private static ResponseCounts sorted(Map<Integer, String> labels, Map<Integer, long[]> byLabel,
                                         List<Integer> points) {
        List<Integer> ids = new ArrayList<>(labels.keySet());
        ids.sort((a, b) -> String.CASE_INSENSITIVE_ORDER.compare(labels.get(a), labels.get(b)));
        return new ResponseCounts(ids.stream().map(labels::get).toList(), points,
                ids.stream().map(byLabel::get).toList());
    }

    private static void rollback(Connection connection, Throwable cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }
}
