package org.journeystudio.ratings;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;
import org.journeystudio.store.RatingSource;
import org.journeystudio.store.ResponseImport;
import org.journeystudio.store.SurveyResponses;
import org.journeystudio.survey.HeatmapOptions;
import org.journeystudio.survey.RatingColumn;
import org.journeystudio.survey.ScaleChoices;
import org.journeystudio.survey.SurveyColumn;
import org.journeystudio.survey.SurveyFormat;
import org.journeystudio.survey.SurveyHeatmaps;
import org.journeystudio.survey.TallyPlan;

/** Builds import plans with the survey package's rules and runs them into the library's survey responses. */
public final class SurveyImports {
    private SurveyImports() {
    }

    /**
     * A plan for the given columns: rating names and scales (per column from the first rows when {@code scale}
     * is null) come from the same rules as the headless heatmap.
     */
    public static SurveyImportPlan plan(SurveyFormat format, List<SurveyColumn> segments, List<SurveyColumn> ratings,
                                        ScaleChoices scales, List<Map<String, String>> labelNames) {
        HeatmapOptions options = HeatmapOptions.forSegments(segments.get(0).name())
                .withRatings(ratings.stream().map(SurveyColumn::name).toList())
                .withScale(scales.scale()).withLabelOrders(scales.orders()).withNotApplicable(scales.notApplicable());
        TallyPlan tally = SurveyHeatmaps.plan(format, options);
        return new SurveyImportPlan(format, segments, tally.ratings(), scales.notApplicable(), labelNames);
    }

    /** Imports the plan's file into {@code projectId} with no touchpoints matched; returns the import's id. */
    public static long run(SurveyResponses responses, String projectId, SurveyImportPlan plan, boolean skipBadRows,
                           LongConsumer progress, BooleanSupplier cancelled) {
        List<String> touchpointIds = new ArrayList<>();
        plan.ratings().forEach(r -> touchpointIds.add(null));
        return run(responses, projectId, plan, touchpointIds, Clock.systemUTC(), skipBadRows, progress, cancelled);
    }

    /** Imports the plan's file, each rating column recorded with the touchpoint it was matched to (or null). */
    public static long run(SurveyResponses responses, String projectId, SurveyImportPlan plan,
                           List<String> touchpointIds, Clock clock, boolean skipBadRows, LongConsumer progress,
                           BooleanSupplier cancelled) {
        List<ResponseImport.RatedColumn> rated = new ArrayList<>();
        for (int i = 0; i < plan.ratings().size(); i++) {
            RatingColumn rating = plan.ratings().get(i);
            rated.add(new ResponseImport.RatedColumn(rating.touchpoint(), rating.scale(), touchpointIds.get(i)));
        }
        Path file = plan.format().source().getFileName();
        ResponseImport header = new ResponseImport(projectId, file == null ? "" : file.toString(), clock.instant(),
                plan.format().layout().displayName(), RatingSource.IMPORTED,
                plan.segments().stream().map(SurveyColumn::name).toList(), rated);
        return responses.importResponses(header,
                new SurveyResponseSource(plan, skipBadRows, progress, cancelled));
    }
}
