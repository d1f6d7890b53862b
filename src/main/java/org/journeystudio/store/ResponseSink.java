package org.journeystudio.store;

/** Receives the respondents of an import one at a time, inside the import's transaction. */
public interface ResponseSink {
    /**
     * Stores one respondent.
     *
     * @param line          the file line the answer record starts on
     * @param segmentLabels the normalised label in each segment column, in the import's column order
     * @param ratings       the rating in each rating column, or a negative number for "not applicable"
     */
    void accept(long line, String[] segmentLabels, int[] ratings);

    /** Counts a record the user chose to skip (it could not be read); it is not stored. */
    void skipped(long line);
}
