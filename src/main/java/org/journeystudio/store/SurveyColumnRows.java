package org.journeystudio.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.journeystudio.model.AnswerScale;

/**
 * The columns an import kept, as rows of {@code survey_column}: segment names, and rating columns with their
 * scale (lowest value, step, points, answer texts) and the offset between a stored value and its point.
 *
 * @param segments      the segment columns' names, in order
 * @param ratings       the rating columns, in order
 * @param valueOffsets  per rating column, what to subtract from a stored value to get its point (0 since
 *                      schema version 5; the scale's lowest value for imports made before)
 */
record SurveyColumnRows(List<String> segments, List<ResponseImport.RatedColumn> ratings, int[] valueOffsets) {
    /** Separates a text scale's answers in {@code scale_labels}; answers are one-line texts. */
    private static final String LABEL_SEPARATOR = "\n";

    static void insert(Connection connection, long importId, ResponseImport header) throws SQLException {
        try (PreparedStatement column = connection.prepareStatement("INSERT INTO survey_column (import_id, role, "
                + "position, name, rating_scale, touchpoint_id, scale_min, scale_step, scale_points, scale_labels) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < header.segmentColumns().size(); i++) {
                add(column, importId, "SEGMENT", i, header.segmentColumns().get(i), null, null);
            }
            for (int i = 0; i < header.ratingColumns().size(); i++) {
                ResponseImport.RatedColumn rated = header.ratingColumns().get(i);
                add(column, importId, "RATING", i, rated.name(), rated.scale(), rated.touchpointId());
            }
            column.executeBatch();
        }
    }

    private static void add(PreparedStatement column, long id, String role, int position, String name,
                            AnswerScale scale, String touchpointId) throws SQLException {
        column.setLong(1, id);
        column.setString(2, role);
        column.setInt(3, position);
        column.setString(4, name);
        column.setString(5, scale == null ? null : scale.range());
        column.setString(6, touchpointId);
        if (scale == null) {
            column.setNull(7, Types.DOUBLE);
            column.setNull(8, Types.DOUBLE);
            column.setNull(9, Types.INTEGER);
            column.setNull(10, Types.VARCHAR);
        } else {
            column.setDouble(7, scale.min());
            column.setDouble(8, scale.step());
            column.setInt(9, scale.points());
            column.setString(10, scale.isText() ? String.join(LABEL_SEPARATOR, scale.labels()) : null);
        }
        column.addBatch();
    }

    /** The columns of import {@code importId}; empty lists when there is no such import. */
    static SurveyColumnRows read(PreparedStatement query, long importId) throws SQLException {
        query.setLong(1, importId);
        List<String> segments = new ArrayList<>();
        List<ResponseImport.RatedColumn> ratings = new ArrayList<>();
        List<Integer> offsets = new ArrayList<>();
        try (ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                if (rs.getString(1).equals("SEGMENT")) {
                    segments.add(rs.getString(2));
                    continue;
                }
                String labels = rs.getString(7);
                AnswerScale scale = new AnswerScale(rs.getDouble(4), rs.getDouble(5), rs.getInt(6),
                        labels == null ? List.of() : Arrays.asList(labels.split(LABEL_SEPARATOR, -1)));
                ratings.add(new ResponseImport.RatedColumn(rs.getString(2), scale, rs.getString(3)));
                offsets.add(rs.getInt(8));
            }
        }
        return new SurveyColumnRows(segments, ratings, offsets.stream().mapToInt(Integer::intValue).toArray());
    }

    /** The query {@link #read} runs. */
    static final String QUERY = "SELECT role, name, touchpoint_id, scale_min, scale_step, scale_points, scale_labels, "
            + "value_offset FROM survey_column WHERE import_id = ? ORDER BY role DESC, position";

    List<Integer> points() {
        return ratings.stream().map(r -> r.scale().points()).toList();
    }
}
