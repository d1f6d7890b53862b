package org.journeystudio.ratings;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.journeystudio.survey.NotApplicableCodes;
import org.journeystudio.survey.RatingColumn;
import org.journeystudio.survey.SegmentLabels;
import org.journeystudio.survey.SurveyColumn;
import org.journeystudio.survey.SurveyFormat;

/**
 * Everything the wizard settled before the import runs: the file's format, the segment columns kept (the first
 * one or two are the ones picked; the rest are kept so the heatmap can switch without re-importing), the rating
 * columns with their scales, the not-applicable codes and the label each normalised spelling is shown as.
 *
 * @param format        the survey's format
 * @param segments      the segment columns kept, picked ones first
 * @param ratings       the rating columns, one per touchpoint
 * @param notApplicable the not-applicable codes
 * @param labelNames    per kept segment column: normalised key → label (merges and renames applied)
 */
public record SurveyImportPlan(SurveyFormat format, List<SurveyColumn> segments, List<RatingColumn> ratings,
                               NotApplicableCodes notApplicable, List<Map<String, String>> labelNames) {
    public SurveyImportPlan {
        segments = List.copyOf(segments);
        ratings = List.copyOf(ratings);
        labelNames = labelNames.stream().map(m -> Map.copyOf(new HashMap<>(m))).toList();
        if (segments.isEmpty() || ratings.isEmpty()) {
            throw new IllegalArgumentException("an import needs a segment column and a rating column");
        }
        if (labelNames.size() != segments.size()) {
            throw new IllegalArgumentException(segments.size() + " segment columns but " + labelNames.size()
                    + " label tables");
        }
    }

    /**
     * The label the user gave a raw spelling's normalised key in kept segment column {@code s} (a rename or a
     * merge), or null when it keeps its most frequent spelling.
     */
    public String namedLabel(int s, String raw) {
        return labelNames.get(s).get(SegmentLabels.key(raw));
    }
}
