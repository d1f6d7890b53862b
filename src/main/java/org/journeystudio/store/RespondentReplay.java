package org.journeystudio.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * Reads the packed respondents of one stored import back, block by block in file order, and hands each to a
 * {@link ResponseSink} as labels and point indexes, the way the import first received them: how a project's
 * survey responses travel to another library. Memory holds one block at a time.
 */
final class RespondentReplay {
    /** Blocks fetched per round trip: a block is up to 4096 respondents, so a few are plenty. */
    private static final int FETCH_BLOCKS = 4;

    private final SurveyColumnRows columns;
    private final List<Map<Integer, String>> labels;
    private final ResponseSink sink;

    /** {@code labels}: per segment column, the stored label of each label id. */
    RespondentReplay(SurveyColumnRows columns, List<Map<Integer, String>> labels, ResponseSink sink) {
        this.columns = columns;
        this.labels = List.copyOf(labels);
        this.sink = sink;
    }

    /** Streams every respondent of {@code importId} into the sink, then names the labels and counts the skipped. */
    void replay(Statements sql, long importId, long skipped) throws SQLException {
        int segmentColumns = columns.segments().size();
        int ratingColumns = columns.ratings().size();
        int[] offsets = columns.valueOffsets();
        PreparedStatement query = sql.prepare("SELECT respondents, segments, ratings FROM survey_response_block "
                + "WHERE import_id = ? ORDER BY block_number");
        query.setFetchSize(FETCH_BLOCKS);
        query.setLong(1, importId);
        long respondent = 0;
        try (ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                int respondents = rs.getInt(1);
                byte[] segments = rs.getBytes(2);
                byte[] values = rs.getBytes(3);
                for (int i = 0; i < respondents; i++) {
                    String[] shown = new String[segmentColumns];
                    for (int s = 0; s < segmentColumns; s++) {
                        shown[s] = labels.get(s).get(labelId(segments, (i * segmentColumns + s) * 4));
                    }
                    int[] points = new int[ratingColumns];
                    for (int r = 0; r < ratingColumns; r++) {
                        points[r] = point(values[i * ratingColumns + r] & 0xFF, offsets[r]);
                    }
                    sink.accept(++respondent, shown, points);
                }
            }
        }
        for (int s = 0; s < segmentColumns; s++) {
            for (String label : labels.get(s).values()) {
                sink.name(s, label, label);
            }
        }
        for (long i = 0; i < skipped; i++) {
            sink.skipped(0);
        }
    }

    private static int point(int stored, int offset) {
        if (stored == ResponseWriter.OPTED_OUT_BYTE) {
            return ResponseSink.OPTED_OUT;
        }
        return stored == ResponseWriter.NOT_APPLICABLE ? -1 : stored - offset;
    }

    static int labelId(byte[] segments, int at) {
        return ((segments[at] & 0xFF) << 24) | ((segments[at + 1] & 0xFF) << 16) | ((segments[at + 2] & 0xFF) << 8)
                | (segments[at + 3] & 0xFF);
    }
}
