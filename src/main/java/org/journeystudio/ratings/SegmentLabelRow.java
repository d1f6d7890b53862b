package org.journeystudio.ratings;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.journeystudio.survey.SegmentLabels;

/**
 * One normalised segment label found by the scan, the spellings it was found as, and the name the user gives it
 * (the same name for two labels merges them). Not thread-safe: the wizard renames it on the UI thread.
 */
public final class SegmentLabelRow {
    private final int column;
    private final String columnName;
    private final String key;
    private final String shown;
    private final Map<String, Long> spellings;
    private String name;

    SegmentLabelRow(int column, String columnName, String key, String shown, Map<String, Long> spellings) {
        this.column = column;
        this.columnName = columnName;
        this.key = key;
        this.shown = shown;
        this.spellings = Collections.unmodifiableMap(new LinkedHashMap<>(spellings));
        this.name = shown;
    }

    /** A row per label of every kept segment column, in the plan's column order. */
    public static List<SegmentLabelRow> of(SurveyImportPlan plan, SurveyScan scan) {
        List<SegmentLabelRow> rows = new ArrayList<>();
        for (int s = 0; s < plan.segments().size(); s++) {
            SegmentLabels labels = scan.labels().get(s);
            Map<String, Map<String, Long>> spellings = new LinkedHashMap<>();
            labels.variants(plan.segments().get(s).name())
                    .forEach(v -> spellings.put(SegmentLabels.key(v.label()), v.spellings()));
            for (String key : labels.keys()) {
                rows.add(new SegmentLabelRow(s, plan.segments().get(s).shortName(), key, labels.display(key),
                        spellings.getOrDefault(key, Map.of())));
            }
        }
        return rows;
    }

    /** Per kept segment column, normalised key → the name given (a blank name keeps the label as found). */
    public static List<Map<String, String>> names(int segmentColumns, List<SegmentLabelRow> rows) {
        List<Map<String, String>> names = new ArrayList<>();
        for (int s = 0; s < segmentColumns; s++) {
            names.add(new LinkedHashMap<>());
        }
        for (SegmentLabelRow row : rows) {
            names.get(row.column).put(row.key, row.name.isBlank() ? row.shown : row.name.trim());
        }
        return names;
    }

    /** The short name of the segment column the label is in. */
    public String columnName() {
        return columnName;
    }

    /** The label as found (its most frequent spelling). */
    public String shown() {
        return shown;
    }

    public String name() {
        return name;
    }

    public void rename(String newName) {
        this.name = newName;
    }

    /** The spellings in the order first seen, with their counts, and the label they became; empty for one spelling. */
    public String spellingsText() {
        if (spellings.size() < 2) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        spellings.forEach((raw, n) -> parts.add("\"" + raw + "\" ×" + n));
        return String.join(", ", parts) + " → " + shown;
    }
}
