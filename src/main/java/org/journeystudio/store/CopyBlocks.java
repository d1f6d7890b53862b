package org.journeystudio.store;

import java.nio.ByteBuffer;
import java.sql.SQLException;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/**
 * Respondent blocks streamed into PostgreSQL with {@code COPY … FROM STDIN} in its binary format: one stream for
 * the whole import, written block by block as the file is read (memory holds one block), ended before the labels
 * and counts are inserted. Binary rather than text or CSV because a block is bytes: no escaping to get wrong, and
 * half the volume of text's hex {@code bytea}. The field types must match the table's exactly (BIGINT, INT, INT,
 * BYTEA, BYTEA; see the V2 migration).
 */
final class CopyBlocks implements BlockOutput {
    static final String COPY = "COPY survey_response_block (import_id, block_number, respondents, segments, ratings) "
            + "FROM STDIN (FORMAT binary)";
    /** The binary format's signature, then flags (no OIDs) and the header extension's length, both 0. */
    private static final byte[] HEADER = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0,
        0, 0, 0, 0, 0, 0, 0, 0};
    private static final short FIELDS = 5;
    private static final byte[] TRAILER = {(byte) 0xFF, (byte) 0xFF};

    private final CopyIn copy;
    private final long importId;

    CopyBlocks(CopyManager copies, long importId) throws SQLException {
        this.copy = copies.copyIn(COPY);
        this.importId = importId;
        copy.writeToCopy(HEADER, 0, HEADER.length);
    }

    @Override
    public void write(int blockNumber, int respondents, byte[] segments, int segmentBytes, byte[] ratings,
                      int ratingBytes) throws SQLException {
        ByteBuffer tuple = ByteBuffer.allocate(2 + (4 + 8) + 2 * (4 + 4) + (4 + segmentBytes) + (4 + ratingBytes));
        tuple.putShort(FIELDS);
        tuple.putInt(Long.BYTES).putLong(importId);
        tuple.putInt(Integer.BYTES).putInt(blockNumber);
        tuple.putInt(Integer.BYTES).putInt(respondents);
        tuple.putInt(segmentBytes).put(segments, 0, segmentBytes);
        tuple.putInt(ratingBytes).put(ratings, 0, ratingBytes);
        copy.writeToCopy(tuple.array(), 0, tuple.position());
    }

    @Override
    public void finish() throws SQLException {
        copy.writeToCopy(TRAILER, 0, TRAILER.length);
        copy.endCopy();
    }

    @Override
    public void close() throws SQLException {
        if (copy.isActive()) {
            copy.cancelCopy();
        }
    }
}
