package org.journeystudio.render;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;

/**
 * Something an exporter puts on a canvas: it knows the area it covers in its own coordinates (which may start
 * left of or above the origin) and paints itself there. The map keeps its layout's coordinates, so an SVG's
 * card rectangles are the layout's card boxes.
 */
interface Drawing {
    Rectangle2D bounds();

    void paint(Graphics2D g, ExportMonitor monitor);

    /** The heading a PDF page prints above the drawing. */
    TitleBlock title();

    /** The key a PDF page prints below the drawing. */
    Legend legend();
}
