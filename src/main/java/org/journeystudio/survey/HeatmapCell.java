package org.journeystudio.survey;

/**
 * One cell of the heatmap: a touchpoint rated by one segment (or by everyone, "All").
 *
 * @param touchpoint the touchpoint name
 * @param segment    the segment label as shown
 * @param statistics the cell's statistics
 */
public record HeatmapCell(String touchpoint, String segment, CellStatistics statistics) {
}
