package org.journeystudio.survey;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a {@link SurveyTally} into a {@link Heatmap}: merges raw spellings into normalised segments, adds the
 * "All" column and computes each cell's statistics.
 */
public final class HeatmapStatistics {
    private static final String CROSS = " × ";

    private HeatmapStatistics() {
    }

    public static Heatmap finish(SurveyTally tally, TallyPlan plan, List<String> touchpoints, int lowNThreshold) {
        int columns = plan.segmentColumns().size();
        List<SegmentLabels> labels = new ArrayList<>();
        for (int k = 0; k < columns; k++) {
            labels.add(new SegmentLabels());
        }
        Map<List<String>, CellAccumulator[]> merged = new LinkedHashMap<>();
        for (Map.Entry<List<String>, SurveyTally.Group> entry : tally.groups().entrySet()) {
            List<String> keys = new ArrayList<>(columns);
            for (int k = 0; k < columns; k++) {
                keys.add(labels.get(k).count(entry.getKey().get(k), entry.getValue().rows()));
            }
            CellAccumulator[] target = merged.computeIfAbsent(keys, k -> tally.newCells());
            addAll(target, entry.getValue().cells());
        }
        List<Map.Entry<String, CellAccumulator[]>> segments = new ArrayList<>();
        CellAccumulator[] all = tally.newCells();
        merged.forEach((keys, cells) -> {
            List<String> shown = new ArrayList<>(columns);
            for (int k = 0; k < columns; k++) {
                shown.add(labels.get(k).display(keys.get(k)));
            }
            segments.add(Map.entry(String.join(CROSS, shown), cells));
            addAll(all, cells);
        });
        segments.sort(Map.Entry.comparingByKey(Comparator.comparing((String s) -> s, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(Comparator.naturalOrder())));
        segments.add(Map.entry(Heatmap.ALL, all));

        List<HeatmapCell> cells = new ArrayList<>();
        for (int t = 0; t < touchpoints.size(); t++) {
            RatingColumn rating = plan.ratings().get(t);
            for (Map.Entry<String, CellAccumulator[]> segment : segments) {
                cells.add(new HeatmapCell(touchpoints.get(t), segment.getKey(),
                        CellStatistics.of(segment.getValue()[t], rating.scale(), lowNThreshold)));
            }
        }
        List<LabelVariants> variants = new ArrayList<>();
        for (int k = 0; k < columns; k++) {
            variants.addAll(labels.get(k).variants(plan.segmentColumns().get(k).name()));
        }
        return new Heatmap(plan.format(), plan.ratings(), touchpoints,
                segments.stream().map(Map.Entry::getKey).toList(), cells, variants, tally.badRows(),
                tally.badRowCount(), tally.rowsRead());
    }

    private static void addAll(CellAccumulator[] target, CellAccumulator[] source) {
        for (int i = 0; i < target.length; i++) {
            target[i].addAll(source[i]);
        }
    }
}
