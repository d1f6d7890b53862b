package org.journeystudio.store;

/** Receives the respondents of an import one at a time, inside the import's transaction. */
public interface ResponseSink {
    /** The rating passed for an answer that opted out ("N/A", "Don't know"); other negatives are empty answers. */
    int OPTED_OUT = -2;

    /**
     * Stores one respondent.
     *
     * @param line          the file line the answer record starts on
     * @param segmentLabels the normalised label in each segment column, in the import's column order
     * @param ratings       the point index in each rating column, {@link #OPTED_OUT}, or -1 for an empty answer
     */
    void accept(long line, String[] segmentLabels, int[] ratings);

    /**
     * Sets how a label passed to {@link #accept} is shown, once the whole file has been seen (the most frequent
     * spelling of a normalised label is only known at the end). Labels never named here are shown as passed.
     */
    void name(int segmentColumn, String label, String shownAs);

    /** Counts a record the user chose to skip (it could not be read); it is not stored. */
    void skipped(long line);
}
