package org.journeystudio.ratings;

import org.journeystudio.store.ResponseCounts;
import org.journeystudio.store.SurveyResponses;

/** Reads a stored import's answer counts per label of one segment column, or per pair of labels of two crossed. */
@FunctionalInterface
public interface ImportCounts {
    /**
     * The counts of import {@code importId} by segment column {@code first}, crossed with {@code second} unless
     * that is negative or the same column (crossed labels grouped by the first column's, then the second's: see
     * {@link CrossedSegments}). Reads the library: call it off the UI thread.
     */
    ResponseCounts read(long importId, int first, int second);

    /** The counts kept in {@code responses}. */
    static ImportCounts of(SurveyResponses responses) {
        return (importId, first, second) -> second < 0 || second == first ? responses.counts(importId, first)
                : CrossedSegments.ordered(responses.crossCounts(importId, first, second),
                        responses.counts(importId, first).labels(), responses.counts(importId, second).labels());
    }
}
