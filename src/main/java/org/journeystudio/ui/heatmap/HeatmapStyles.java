package org.journeystudio.ui.heatmap;

/** The style classes of the heatmap view and its legend; their rules are in heatmap.css. */
final class HeatmapStyles {
    static final String HEATMAP_CELL = "heatmap-cell";
    static final String CELL_VALUE = "cell-value";
    static final String CELL_N = "cell-n";
    static final String STAGE_HEADING = "stage-heading";
    static final String SATISFACTION_LEGEND = "satisfaction-legend";

    private HeatmapStyles() {
    }
}
