package org.journeystudio.layout;

/** One segment as a heatmap column; {@code header} holds its name, {@code body} spans every row. */
public record HeatmapColumn(String segmentId, String name, String color, Box header, Box body) {
}
