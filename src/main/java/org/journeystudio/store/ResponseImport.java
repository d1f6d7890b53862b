package org.journeystudio.store;

import java.time.Instant;
import java.util.List;
import org.journeystudio.model.AnswerScale;

/**
 * What is known about a survey import before its rows are read: the project, the file, the layout it was
 * recognised as, and the columns kept.
 *
 * @param projectId      the project the responses belong to
 * @param fileName       the survey file's name (no folder: libraries travel between machines)
 * @param importedAt     when the import ran
 * @param layout         the export layout's name ("Google Forms", "spreadsheet", ...)
 * @param source         imported or live
 * @param segmentColumns names of the segment columns, in the order each row gives its labels
 * @param ratingColumns  the rating columns, in the order each row gives its ratings
 */
public record ResponseImport(String projectId, String fileName, Instant importedAt, String layout,
                             RatingSource source, List<String> segmentColumns, List<RatedColumn> ratingColumns) {
    public ResponseImport {
        segmentColumns = List.copyOf(segmentColumns);
        ratingColumns = List.copyOf(ratingColumns);
        if (segmentColumns.isEmpty()) {
            throw new IllegalArgumentException("an import keeps at least one segment column");
        }
        if (ratingColumns.isEmpty()) {
            throw new IllegalArgumentException("an import keeps at least one rating column");
        }
    }

    /**
     * A rating column as stored.
     *
     * @param name         the column's name in the file
     * @param scale        the scale its answers are on
     * @param touchpointId the map touchpoint it rates, or null when it was not matched to one
     */
    public record RatedColumn(String name, AnswerScale scale, String touchpointId) {
    }
}
