package org.journeystudio.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.journeystudio.i18n.Messages;

/**
 * Writes the respondents of one import in packed blocks (through a {@link BlockOutput}: INSERTs, or PostgreSQL's
 * COPY) and keeps, while they stream past, the per-segment count
 * tables and the label dictionaries: memory holds one batch plus the (small) counts, never the file.
 */
final class ResponseWriter implements ResponseSink, AutoCloseable {
    /** Respondents per stored block; also the most a block may hold (see the V2 migration). */
    static final int BLOCK = 4096;
    /** The byte that stands for an empty answer in a block's ratings. */
    static final int NOT_APPLICABLE = 0xFF;
    /** The byte that stands for an answer that opted out ("N/A", "Don't know"). */
    static final int OPTED_OUT_BYTE = 0xFE;

    private final Connection connection;
    private final long importId;
    private final int ratingColumns;
    private final List<Integer> points;
    private final int[] base;
    private final BlockOutput blockOutput;
    private final List<Map<String, Integer>> labelIds = new ArrayList<>();
    private final List<List<long[]>> counts = new ArrayList<>();
    private final int segmentColumns;
    private final byte[] blockSegments;
    private final byte[] blockRatings;
    private final List<Map<String, String>> shownAs = new ArrayList<>();
    private int pending;
    private int blocks;
    private int rows;
    private long skipped;

    ResponseWriter(Connection connection, long importId, int segmentColumns, List<Integer> points)
            throws SQLException {
        this.connection = connection;
        this.importId = importId;
        this.segmentColumns = segmentColumns;
        this.ratingColumns = points.size();
        this.points = List.copyOf(points);
        ResponseCounts layout = new ResponseCounts(List.of(), points, List.of());
        this.base = new int[ratingColumns];
        for (int r = 0; r < ratingColumns; r++) {
            base[r] = layout.base(r);
        }
        this.blockOutput = BlockOutput.on(connection, importId);
        this.blockSegments = new byte[BLOCK * segmentColumns * 4];
        this.blockRatings = new byte[BLOCK * ratingColumns];
        for (int s = 0; s < segmentColumns; s++) {
            labelIds.add(new HashMap<>());
            counts.add(new ArrayList<>());
            shownAs.add(new HashMap<>());
        }
    }

    @Override
    public void name(int segmentColumn, String label, String shown) {
        shownAs.get(segmentColumn).put(label, shown);
    }

    @Override
    public void accept(long line, String[] segmentLabels, int[] ratings) {
        if (segmentLabels.length != segmentColumns || ratings.length != ratingColumns) {
            throw new IllegalArgumentException("The respondent at line " + line + " has " + segmentLabels.length
                    + " labels and " + ratings.length + " ratings; the import keeps " + segmentColumns + " and "
                    + ratingColumns + ".");
        }
        int ratingAt = pending * ratingColumns;
        for (int r = 0; r < ratingColumns; r++) {
            int value = ratings[r];
            if (value >= points.get(r)) {
                throw new IllegalArgumentException("The respondent at line " + line + " has point " + value
                        + " in rating column " + r + ", whose scale has " + points.get(r) + " points.");
            }
            blockRatings[ratingAt + r] = (byte) (value >= 0 ? value : value == OPTED_OUT ? OPTED_OUT_BYTE
                    : NOT_APPLICABLE);
        }
        int segmentAt = pending * segmentColumns * 4;
        for (int s = 0; s < segmentColumns; s++) {
            Map<String, Integer> ids = labelIds.get(s);
            Integer id = ids.get(segmentLabels[s]);
            if (id == null) {
                id = ids.size();
                ids.put(segmentLabels[s], id);
                counts.get(s).add(new long[ResponseCounts.width(points)]);
            }
            int at = segmentAt + s * 4;
            blockSegments[at] = (byte) (id >>> 24);
            blockSegments[at + 1] = (byte) (id >>> 16);
            blockSegments[at + 2] = (byte) (id >>> 8);
            blockSegments[at + 3] = (byte) (int) id;
            long[] histogram = counts.get(s).get(id);
            for (int r = 0; r < ratingColumns; r++) {
                if (ratings[r] >= 0) {
                    histogram[base[r] + ratings[r]]++;
                } else if (ratings[r] == OPTED_OUT) {
                    histogram[base[r] + points.get(r)]++;
                }
            }
        }
        rows++;
        if (++pending == BLOCK) {
            try {
                writeBlock();
            } catch (SQLException e) {
                throw new LibraryException(Messages.text("storage.respondentsNotStored", line,
                        LibraryErrors.firstLine(e)), e);
            }
        }
    }

    private void writeBlock() throws SQLException {
        blockOutput.write(blocks++, pending, blockSegments, pending * segmentColumns * 4, blockRatings,
                pending * ratingColumns);
        pending = 0;
    }

    @Override
    public void skipped(long line) {
        skipped++;
    }

    /** Writes the last batch, the labels and the count tables, and the totals into the import's row. */
    void finish() throws SQLException {
        if (pending > 0) {
            writeBlock();
        }
        blockOutput.finish();
        try (PreparedStatement labels = connection.prepareStatement(
                "INSERT INTO survey_label (import_id, segment_column, label_id, label) VALUES (?, ?, ?, ?)");
             PreparedStatement cells = connection.prepareStatement("INSERT INTO survey_count (import_id, "
                     + "segment_column, label_id, rating_column, rating_value, answers) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (int s = 0; s < segmentColumns; s++) {
                for (Map.Entry<String, Integer> label : labelIds.get(s).entrySet()) {
                    labels.setLong(1, importId);
                    labels.setInt(2, s);
                    labels.setInt(3, label.getValue());
                    labels.setString(4, shownAs.get(s).getOrDefault(label.getKey(), label.getKey()));
                    labels.addBatch();
                    long[] histogram = counts.get(s).get(label.getValue());
                    for (int r = 0; r < ratingColumns; r++) {
                        for (int point = 0; point <= points.get(r); point++) {
                            long answers = histogram[base[r] + point];
                            if (answers > 0) {
                                cells.setLong(1, importId);
                                cells.setInt(2, s);
                                cells.setInt(3, label.getValue());
                                cells.setInt(4, r);
                                cells.setInt(5, point); // the last, one past the scale's points, counts opt-outs
                                cells.setLong(6, answers);
                                cells.addBatch();
                            }
                        }
                    }
                }
            }
            labels.executeBatch();
            cells.executeBatch();
        }
        try (PreparedStatement totals = connection.prepareStatement(
                "UPDATE survey_import SET respondents = ?, skipped_rows = ? WHERE id = ?")) {
            totals.setLong(1, rows);
            totals.setLong(2, skipped);
            totals.setLong(3, importId);
            totals.executeUpdate();
        }
    }

    @Override
    public void close() throws SQLException {
        blockOutput.close();
    }
}
