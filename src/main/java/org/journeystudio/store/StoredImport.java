package org.journeystudio.store;

import java.time.Instant;
import java.util.List;

/**
 * A survey import kept in the library.
 *
 * @param id             its id, for reading its counts
 * @param header         what was imported: project, file, layout, columns
 * @param respondents    how many respondents were stored
 * @param skippedRows    how many unreadable records were skipped
 */
public record StoredImport(long id, ResponseImport header, long respondents, long skippedRows) {
    public String fileName() {
        return header.fileName();
    }

    public Instant importedAt() {
        return header.importedAt();
    }

    public List<String> segmentColumns() {
        return header.segmentColumns();
    }

    public List<ResponseImport.RatedColumn> ratingColumns() {
        return header.ratingColumns();
    }
}
