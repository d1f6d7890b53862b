package org.journeystudio.store;

import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.PGConnection;

/**
 * Where {@link ResponseWriter} puts the packed respondent blocks of one import: a prepared INSERT per block (the
 * local library), or one {@code COPY … FROM STDIN} stream for the whole import on a team library (PostgreSQL),
 * which the server loads without a statement per row. Both write inside the import's transaction.
 */
interface BlockOutput extends AutoCloseable {

    /** The output for {@code connection}: COPY when it is a PostgreSQL connection, INSERTs otherwise. */
    static BlockOutput on(Connection connection, long importId) throws SQLException {
        if (connection.isWrapperFor(PGConnection.class)) {
            return new CopyBlocks(connection.unwrap(PGConnection.class).getCopyAPI(), importId);
        }
        return new InsertBlocks(connection, importId);
    }

    /** Writes one block: the first {@code segmentBytes} of {@code segments}, the first {@code ratingBytes} of ratings. */
    void write(int blockNumber, int respondents, byte[] segments, int segmentBytes, byte[] ratings, int ratingBytes)
            throws SQLException;

    /** Ends the blocks; the connection is free for other statements afterwards. */
    void finish() throws SQLException;

    /** Releases the output; after a failure, abandons what was not finished (the transaction then rolls back). */
    @Override
    void close() throws SQLException;
}
