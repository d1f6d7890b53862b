package org.journeystudio.survey;

import org.journeystudio.i18n.Messages;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Builds a heatmap from a survey file in one streaming pass: inspects the file, resolves segment and rating
 * columns (detecting ratings from the first rows when none are named), counts every row and computes the
 * statistics. The byte reader is used wherever the encoding allows; it gives the same result as the record
 * reader, only faster.
 */
public final class SurveyHeatmaps {
    /**
     * How many leading rows are read to detect rating columns and scales: enough to see a scale's range, few
     * enough that the sample costs little next to the pass over the whole file.
     */
    static final int SAMPLE_ROWS = 300;

    private SurveyHeatmaps() {
    }

    public static Heatmap build(Path file, HeatmapOptions options) {
        SurveyFormat format = SurveyReader.inspect(file);
        TallyPlan plan = plan(format, options);
        SurveyTally tally = switch (options.reader()) {
            case RECORDS -> RecordTallier.tally(plan);
            case BYTES -> ByteSurveyReading.tally(plan);
            case AUTO -> format.encoding().asciiCompatible() ? ByteSurveyReading.tally(plan) : RecordTallier.tally(plan);
        };
        return HeatmapStatistics.finish(tally, plan, touchpointNames(plan.ratings()), options.lowNThreshold());
    }

    /** Resolves the options' column names against the survey; detects rating columns and scales as needed. */
    public static TallyPlan plan(SurveyFormat format, HeatmapOptions options) {
        List<SurveyColumn> segments = options.segmentColumns().stream().map(format::column).toList();
        Set<Integer> segmentIndexes = segments.stream().map(SurveyColumn::index).collect(Collectors.toSet());
        if (segmentIndexes.size() < segments.size()) {
            throw new SurveyException(Messages.text("imports.sameSegmentColumns", format.source()));
        }
        List<SurveyRow> sample = sample(format);
        List<SurveyColumn> ratingColumns;
        if (options.ratingColumns().isEmpty()) {
            ratingColumns = RatingColumnDetector.detect(format, sample, segmentIndexes, options.notApplicable(),
                    options.labelOrders());
            if (ratingColumns.isEmpty()) {
                throw new SurveyException(Messages.text("imports.noRatingColumns", format.source(),
                        sample.size()));
            }
        } else {
            ratingColumns = options.ratingColumns().stream().map(format::column).toList();
            for (SurveyColumn column : ratingColumns) {
                if (segmentIndexes.contains(column.index())) {
                    throw new SurveyException(Messages.text("imports.segmentAndRating",
                            format.source(), column.name()));
                }
            }
        }
        List<ColumnScale> scales = RatingColumnDetector.scales(format, ratingColumns, sample, options.scaleChoices());
        List<RatingColumn> ratings = new ArrayList<>();
        for (int i = 0; i < ratingColumns.size(); i++) {
            ratings.add(new RatingColumn(ratingColumns.get(i), ratingColumns.get(i).name(), scales.get(i)));
        }
        List<String> names = touchpointNames(ratings);
        List<RatingColumn> named = new ArrayList<>();
        for (int i = 0; i < ratings.size(); i++) {
            named.add(new RatingColumn(ratings.get(i).column(), names.get(i), ratings.get(i).key()));
        }
        return new TallyPlan(format, segments, named, options.notApplicable());
    }

    private static List<SurveyRow> sample(SurveyFormat format) {
        List<SurveyRow> sample = new ArrayList<>();
        try (SurveyReader.SurveyRows rows = SurveyReader.open(format)) {
            while (rows.hasNext() && sample.size() < SAMPLE_ROWS) {
                sample.add(rows.next());
            }
        }
        return sample;
    }

    /** Grid rows ("Check-in") name touchpoints when they are unique among the ratings; otherwise the full name. */
    static List<String> touchpointNames(List<RatingColumn> ratings) {
        Map<String, Integer> uses = new HashMap<>();
        for (RatingColumn rating : ratings) {
            uses.merge(SurveyColumn.key(rating.column().shortName()), 1, Integer::sum);
        }
        List<String> names = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (RatingColumn rating : ratings) {
            String shortName = rating.column().shortName();
            String name = uses.get(SurveyColumn.key(shortName)) == 1 ? shortName : rating.column().name();
            if (!taken.add(name)) {
                name = name + " (" + (rating.column().index() + 1) + ")";
            }
            names.add(name);
        }
        return names;
    }
}
