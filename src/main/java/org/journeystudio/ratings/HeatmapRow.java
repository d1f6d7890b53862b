package org.journeystudio.ratings;

import org.journeystudio.model.Touchpoint;

/**
 * One row of the heatmap table: a stage heading, or a rating column with the touchpoint it rates.
 *
 * @param title      the stage name or touchpoint title
 * @param stage      true for a stage heading (no cells)
 * @param rating     the rating column's index in the import, or -1 for a heading
 * @param touchpoint the map touchpoint, or null when the column is not on the map
 */
public record HeatmapRow(String title, boolean stage, int rating, Touchpoint touchpoint) {
    public static HeatmapRow heading(String stageName) {
        return new HeatmapRow(stageName, true, -1, null);
    }

    @Override
    public String toString() {
        return title;
    }
}
