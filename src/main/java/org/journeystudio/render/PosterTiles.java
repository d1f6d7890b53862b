package org.journeystudio.render;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * How a drawing spreads over PDF pages: its scale (points per map unit) and, for a poster, the grid of
 * sheets it needs. Each tile shows the part of the drawing that falls in its row and column.
 */
final class PosterTiles {
    /** Print size: a map unit is a CSS pixel, 1/96 inch, so 0.75 point. */
    static final double PRINT_SCALE = 0.75;

    /** One sheet; {@code offsetX/Y} move the drawing inside the area (to centre a fitted drawing). */
    record Tile(int row, int column, Rectangle2D area, double offsetX, double offsetY) {
    }

    private final double scale;
    private final int rows;
    private final int columns;
    private final List<Tile> tiles;

    private PosterTiles(double scale, int rows, int columns, List<Tile> tiles) {
        this.scale = scale;
        this.rows = rows;
        this.columns = columns;
        this.tiles = List.copyOf(tiles);
    }

    /** The whole drawing on one page, as large as fits (a small map grows to fill the page too), centred. */
    static PosterTiles fitted(double width, double height, Rectangle2D area) {
        double scale = Math.min(area.getWidth() / width, area.getHeight() / height);
        double offsetX = (area.getWidth() - width * scale) / 2;
        double offsetY = (area.getHeight() - height * scale) / 2;
        return new PosterTiles(scale, 1, 1, List.of(new Tile(0, 0, area, offsetX, offsetY)));
    }

    /** The drawing at print size over as many sheets as it needs, row by row from the top left. */
    static PosterTiles atPrintSize(double width, double height, Rectangle2D area) {
        int columns = Math.max(1, (int) Math.ceil(width * PRINT_SCALE / area.getWidth() - 1e-9));
        int rows = Math.max(1, (int) Math.ceil(height * PRINT_SCALE / area.getHeight() - 1e-9));
        List<Tile> tiles = new ArrayList<>();
        for (int row = 0; row < rows; row++) {
            for (int column = 0; column < columns; column++) {
                tiles.add(new Tile(row, column, area, 0, 0));
            }
        }
        return new PosterTiles(PRINT_SCALE, rows, columns, tiles);
    }

    double scale() {
        return scale;
    }

    int rows() {
        return rows;
    }

    int columns() {
        return columns;
    }

    List<Tile> tiles() {
        return tiles;
    }
}
