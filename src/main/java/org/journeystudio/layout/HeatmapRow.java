package org.journeystudio.layout;

/** One touchpoint as a heatmap row; {@code header} holds its title on the left, {@code body} spans every column. */
public record HeatmapRow(String touchpointId, String stageId, String title, Box header, Box body) {
}
