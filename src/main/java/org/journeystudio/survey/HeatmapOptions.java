package org.journeystudio.survey;

import java.util.List;
import org.journeystudio.model.RatingScale;

/**
 * How to turn a survey into a heatmap.
 *
 * @param segmentColumns one or two segment column names (two give cross segments "A × B")
 * @param ratingColumns  rating column names, or empty to detect them
 * @param scale          the scale of every rating column, or null to choose per column from the answers
 * @param notApplicable  the answers left out as not applicable
 * @param lowNThreshold  cells with fewer answers than this are flagged as low n
 * @param reader         which reader to use; {@link Reader#AUTO} picks the fast one where it can
 */
public record HeatmapOptions(List<String> segmentColumns, List<String> ratingColumns, RatingScale scale,
                             NotApplicableCodes notApplicable, int lowNThreshold, Reader reader) {
    /** The low-n threshold used unless told otherwise. */
    public static final int DEFAULT_LOW_N = 30;

    /** Which reader counts the answers; both give the same result, the byte reader faster. */
    public enum Reader { AUTO, RECORDS, BYTES }

    public HeatmapOptions {
        segmentColumns = List.copyOf(segmentColumns);
        ratingColumns = List.copyOf(ratingColumns);
        if (segmentColumns.isEmpty() || segmentColumns.size() > 2) {
            throw new IllegalArgumentException("give one or two segment columns, not " + segmentColumns.size());
        }
        if (lowNThreshold < 0) {
            throw new IllegalArgumentException("the low-n threshold cannot be negative: " + lowNThreshold);
        }
    }

    /** Defaults for everything but the segment columns. */
    public static HeatmapOptions forSegments(String... segmentColumns) {
        return new HeatmapOptions(List.of(segmentColumns), List.of(), null, NotApplicableCodes.defaults(),
                DEFAULT_LOW_N, Reader.AUTO);
    }

    public HeatmapOptions withRatings(List<String> columns) {
        return new HeatmapOptions(segmentColumns, columns, scale, notApplicable, lowNThreshold, reader);
    }

    public HeatmapOptions withScale(RatingScale newScale) {
        return new HeatmapOptions(segmentColumns, ratingColumns, newScale, notApplicable, lowNThreshold, reader);
    }

    public HeatmapOptions withNotApplicable(NotApplicableCodes codes) {
        return new HeatmapOptions(segmentColumns, ratingColumns, scale, codes, lowNThreshold, reader);
    }

    public HeatmapOptions withLowNThreshold(int threshold) {
        return new HeatmapOptions(segmentColumns, ratingColumns, scale, notApplicable, threshold, reader);
    }

    public HeatmapOptions withReader(Reader newReader) {
        return new HeatmapOptions(segmentColumns, ratingColumns, scale, notApplicable, lowNThreshold, newReader);
    }
}
