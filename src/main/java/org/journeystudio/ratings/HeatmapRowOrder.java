package org.journeystudio.ratings;

/** How the heatmap's rows are ordered. */
public enum HeatmapRowOrder {
    JOURNEY("Journey order"), SCORE("Score (lowest first)"), GAP("Gap between segments");

    private final String label;

    HeatmapRowOrder(String label) {
        this.label = label;
    }

    @Override
    public String toString() {
        return label;
    }
}
