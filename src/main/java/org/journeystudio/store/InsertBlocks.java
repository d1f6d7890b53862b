package org.journeystudio.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Arrays;

/** Respondent blocks as one prepared INSERT each: the local library's way (H2 has no COPY). */
final class InsertBlocks implements BlockOutput {
    private final PreparedStatement insert;
    private final long importId;

    InsertBlocks(Connection connection, long importId) throws SQLException {
        this.insert = connection.prepareStatement("INSERT INTO survey_response_block (import_id, block_number, "
                + "respondents, segments, ratings) VALUES (?, ?, ?, ?, ?)");
        this.importId = importId;
    }

    @Override
    public void write(int blockNumber, int respondents, byte[] segments, int segmentBytes, byte[] ratings,
                      int ratingBytes) throws SQLException {
        insert.setLong(1, importId);
        insert.setInt(2, blockNumber);
        insert.setInt(3, respondents);
        insert.setBytes(4, Arrays.copyOf(segments, segmentBytes));
        insert.setBytes(5, Arrays.copyOf(ratings, ratingBytes));
        insert.executeUpdate();
    }

    @Override
    public void finish() {
        // Each block went in as it came.
    }

    @Override
    public void close() throws SQLException {
        insert.close();
    }
}
