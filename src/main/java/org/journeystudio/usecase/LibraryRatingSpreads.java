package org.journeystudio.usecase;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.journeystudio.compare.RatingSpread;
import org.journeystudio.compare.RatingSpreads;
import org.journeystudio.model.AnswerScale;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Segment;
import org.journeystudio.model.Touchpoint;
import org.journeystudio.ratings.HeatmapMeasure;
import org.journeystudio.ratings.ImportCounts;
import org.journeystudio.ratings.SegmentHeatmap;
import org.journeystudio.store.ProjectLibrary;
import org.journeystudio.store.RatingOrigin;
import org.journeystudio.store.ResponseImport;
import org.journeystudio.store.StoredImport;
import org.journeystudio.store.SurveyResponses;
import org.journeystudio.survey.CellStatistics;
import org.journeystudio.survey.HeatmapOptions;

/**
 * The n and 95% interval behind each survey-imported rating of a project, read from the library: the rating's
 * origin names its import, the import's stored counts give the cell (the rating column of the touchpoint × the
 * label of the segment, in any of the import's segment columns or the first two crossed) and its statistics, put
 * on the map's scale as the import put the mean there.
 *
 * <p>A rating keeps its spread only while it still is the mean its import wrote (to the hundredth, as
 * {@code RatingsToMap} rounds it): a rating typed over later, or a version of the map from before the import,
 * shows no spread rather than someone else's.
 */
public final class LibraryRatingSpreads implements RatingSpreads {
    /** How far a stored rating may sit from its import's mean and still be that mean, rounded to the hundredth. */
    private static final double SAME_MEAN = 0.0051;

    private final Map<String, RatingSpread> cells;

    private LibraryRatingSpreads(Map<String, RatingSpread> cells) {
        this.cells = Map.copyOf(cells);
    }

    /**
     * The spreads of {@code map}'s ratings, which may be the project as stored, one of its scenarios, or a version
     * of it ({@code map.id()} is the project's id). None when the library keeps no survey answers.
     */
    public static RatingSpreads of(ProjectLibrary library, JourneyMap map) {
        Optional<SurveyResponses> surveys = library.surveys();
        List<RatingOrigin> imported = library.ratingOrigins().map(o -> o.origins(map.id())).orElse(List.of())
                .stream().filter(o -> o.importId() != null).toList();
        if (surveys.isEmpty() || imported.isEmpty()) {
            return NONE;
        }
        Map<Long, StoredImport> imports = surveys.get().imports(map.id()).stream()
                .collect(Collectors.toMap(StoredImport::id, Function.identity()));
        Map<String, Touchpoint> touchpoints = new HashMap<>();
        map.touchpoints().forEach(t -> touchpoints.put(t.id(), t));
        ImportCounts counts = ImportCounts.of(surveys.get());
        Map<Long, List<SegmentHeatmap>> heatmaps = new HashMap<>();
        Map<String, RatingSpread> cells = new HashMap<>();
        for (RatingOrigin origin : imported) {
            Touchpoint touchpoint = touchpoints.get(origin.touchpointId());
            Optional<Segment> segment = map.segment(origin.segmentId());
            StoredImport stored = imports.get(origin.importId());
            Double rating = touchpoint == null ? null : touchpoint.satisfaction().get(origin.segmentId());
            if (rating == null || segment.isEmpty() || stored == null) {
                continue;
            }
            List<SegmentHeatmap> byColumn = heatmaps.computeIfAbsent(stored.id(), id -> heatmapsOf(stored, counts));
            spread(map, touchpoint, segment.get(), rating, stored, byColumn)
                    .ifPresent(spread -> cells.put(key(touchpoint.id(), segment.get().id()), spread));
        }
        return new LibraryRatingSpreads(cells);
    }

    @Override
    public Optional<RatingSpread> of(String touchpointId, String segmentId) {
        return Optional.ofNullable(cells.get(key(touchpointId, segmentId)));
    }

    /** One heatmap per segment column of the import, then the first two crossed: where a segment's label may be. */
    private static List<SegmentHeatmap> heatmapsOf(StoredImport stored, ImportCounts counts) {
        int columns = stored.segmentColumns().size();
        List<SegmentHeatmap> heatmaps = new java.util.ArrayList<>();
        for (int column = 0; column < columns; column++) {
            heatmaps.add(SegmentHeatmap.of(counts.read(stored.id(), column, -1), stored.ratingColumns(),
                    HeatmapOptions.DEFAULT_LOW_N));
        }
        if (columns > 1) {
            heatmaps.add(SegmentHeatmap.of(counts.read(stored.id(), 0, 1), stored.ratingColumns(),
                    HeatmapOptions.DEFAULT_LOW_N));
        }
        return heatmaps;
    }

    private static Optional<RatingSpread> spread(JourneyMap map, Touchpoint touchpoint, Segment segment,
                                                 double rating, StoredImport stored, List<SegmentHeatmap> heatmaps) {
        int row = ratingColumn(stored.ratingColumns(), touchpoint);
        if (row < 0) {
            return Optional.empty();
        }
        AnswerScale scale = stored.ratingColumns().get(row).scale();
        String label = name(segment.name());
        for (SegmentHeatmap heatmap : heatmaps) {
            for (int s = 0; s < heatmap.segments().size() - 1; s++) { // the last is "All"
                if (!name(heatmap.segments().get(s)).equals(label)) {
                    continue;
                }
                CellStatistics cell = heatmap.cells().get(row).get(s);
                if (cell.n() > 0 && Math.abs(onMap(cell.mean(), scale, map) - rating) < SAME_MEAN) {
                    return Optional.of(new RatingSpread(cell.n(), onMap(cell.ciLow(), scale, map),
                            onMap(cell.ciHigh(), scale, map)));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The column matched to the touchpoint at import (or to the touchpoint it was copied from, for a scenario made
     * after the import), or else the one named as it is (a card the import made).
     */
    private static int ratingColumn(List<ResponseImport.RatedColumn> columns, Touchpoint touchpoint) {
        for (String id : List.of(touchpoint.id(), touchpoint.origin())) {
            for (int c = 0; c < columns.size(); c++) {
                if (!id.isEmpty() && id.equals(columns.get(c).touchpointId())) {
                    return c;
                }
            }
        }
        for (int c = 0; c < columns.size(); c++) {
            if (columns.get(c).touchpointId() == null && name(columns.get(c).name()).equals(name(touchpoint.title()))) {
                return c;
            }
        }
        return -1;
    }

    private static double onMap(double value, AnswerScale scale, JourneyMap map) {
        return Double.isNaN(value) ? value : HeatmapMeasure.rescale(value, scale, map.scale());
    }

    private static String name(String text) {
        return text.strip().toLowerCase(Locale.ROOT);
    }

    private static String key(String touchpointId, String segmentId) {
        return touchpointId + '\n' + segmentId;
    }
}
