package org.journeystudio.survey;

import java.util.List;
import org.journeystudio.model.AnswerScale;

/**
 * How to turn a survey into a heatmap.
 *
 * @param segmentColumns one or two segment column names (two give cross segments "A × B")
 * @param ratingColumns  rating column names, or empty to detect them
 * @param scale          the scale of every numeric rating column, or null to choose per column from the answers
 * @param labelOrders    text scales in the user's order, lowest first, tried before the built-in catalogue
 * @param notApplicable  the answers left out as not applicable
 * @param lowNThreshold  cells with fewer answers than this are flagged as low n
 * @param reader         which reader to use; {@link Reader#AUTO} picks the fast one where it can
 */
public record HeatmapOptions(List<String> segmentColumns, List<String> ratingColumns, AnswerScale scale,
                             List<ScaleForm> labelOrders, NotApplicableCodes notApplicable, int lowNThreshold,
                             Reader reader) {
    /** The low-n threshold used unless told otherwise. */
    public static final int DEFAULT_LOW_N = 30;

    /** Which reader counts the answers; both give the same result, the byte reader faster. */
    public enum Reader { AUTO, RECORDS, BYTES }

    public HeatmapOptions {
        segmentColumns = List.copyOf(segmentColumns);
        ratingColumns = List.copyOf(ratingColumns);
        labelOrders = List.copyOf(labelOrders);
        if (segmentColumns.isEmpty() || segmentColumns.size() > 2) {
            throw new IllegalArgumentException("give one or two segment columns, not " + segmentColumns.size());
        }
        if (lowNThreshold < 0) {
            throw new IllegalArgumentException("the low-n threshold cannot be negative: " + lowNThreshold);
        }
    }

    /** What the options say about scales. */
    public ScaleChoices scaleChoices() {
        return new ScaleChoices(scale, labelOrders, notApplicable);
    }

    /** Defaults for everything but the segment columns. */
    public static HeatmapOptions forSegments(String... segmentColumns) {
        return new HeatmapOptions(List.of(segmentColumns), List.of(), null, List.of(), NotApplicableCodes.defaults(),
                DEFAULT_LOW_N, Reader.AUTO);
    }

    public HeatmapOptions withRatings(List<String> columns) {
        return new HeatmapOptions(segmentColumns, columns, scale, labelOrders, notApplicable, lowNThreshold, reader);
    }

    public HeatmapOptions withScale(AnswerScale newScale) {
        return new HeatmapOptions(segmentColumns, ratingColumns, newScale, labelOrders, notApplicable, lowNThreshold,
                reader);
    }

    public HeatmapOptions withLabelOrders(List<ScaleForm> orders) {
        return new HeatmapOptions(segmentColumns, ratingColumns, scale, orders, notApplicable, lowNThreshold, reader);
    }

    public HeatmapOptions withNotApplicable(NotApplicableCodes codes) {
        return new HeatmapOptions(segmentColumns, ratingColumns, scale, labelOrders, codes, lowNThreshold, reader);
    }

    public HeatmapOptions withLowNThreshold(int threshold) {
        return new HeatmapOptions(segmentColumns, ratingColumns, scale, labelOrders, notApplicable, threshold, reader);
    }

    public HeatmapOptions withReader(Reader newReader) {
        return new HeatmapOptions(segmentColumns, ratingColumns, scale, labelOrders, notApplicable, lowNThreshold,
                newReader);
    }
}
