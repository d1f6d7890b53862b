package org.journeystudio.layout;

/** The band naming a stage above its touchpoints' rows, so the heatmap reads in journey order. */
public record HeatmapStageBand(String stageId, String name, Box box) {
}
