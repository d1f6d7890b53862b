package org.journeystudio.layout;

/**
 * The measures a {@link HeatmapLayout} is built from.
 *
 * @param rowHeaderWidth     width of the touchpoint titles on the left
 * @param columnWidth        width of one segment's column
 * @param columnHeaderHeight height of the segment names along the top
 * @param rowHeight          height of one touchpoint row
 * @param stageBandHeight    height of the band that names a stage above its touchpoints
 */
public record HeatmapStyle(double rowHeaderWidth, double columnWidth, double columnHeaderHeight, double rowHeight,
                           double stageBandHeight) {

    /** The measures the window and the exporters use unless told otherwise. */
    public static final HeatmapStyle DEFAULT = new HeatmapStyle(300, 128, 52, 30, 28);

    public HeatmapStyle {
        for (double value : new double[] {rowHeaderWidth, columnWidth, columnHeaderHeight, rowHeight, stageBandHeight}) {
            if (!(value > 0) || Double.isInfinite(value)) {
                throw new IllegalArgumentException("Heatmap measures must be positive, not " + value);
            }
        }
    }
}
