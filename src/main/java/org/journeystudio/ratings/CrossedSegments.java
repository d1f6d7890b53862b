package org.journeystudio.ratings;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.journeystudio.store.ResponseCounts;
import org.journeystudio.store.SurveyResponses;

/**
 * Puts the columns of two crossed segment columns in reading order: grouped by the first column's labels (in that
 * column's own order, as its heatmap shows them), then by the second's. Sorting the joined names as text would
 * not: "×" sorts after every letter, so "Business class × New" came before "Business × New".
 */
public final class CrossedSegments {
    private CrossedSegments() {
    }

    /**
     * {@code crossed}, its labels ("first × second") and their counts reordered by {@code firstLabels}, then
     * {@code secondLabels}; a label that is no such pair keeps its place after them.
     */
    public static ResponseCounts ordered(ResponseCounts crossed, List<String> firstLabels, List<String> secondLabels) {
        Map<String, Integer> rank = new HashMap<>();
        for (int f = 0; f < firstLabels.size(); f++) {
            for (int s = 0; s < secondLabels.size(); s++) {
                rank.putIfAbsent(firstLabels.get(f) + SurveyResponses.CROSS + secondLabels.get(s),
                        f * secondLabels.size() + s);
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < crossed.labels().size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingInt(i -> rank.getOrDefault(crossed.labels().get(i), Integer.MAX_VALUE)));
        return new ResponseCounts(order.stream().map(crossed.labels()::get).toList(), crossed.points(),
                order.stream().map(crossed.answers()::get).toList());
    }
}
