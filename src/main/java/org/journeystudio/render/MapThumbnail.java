package org.journeystudio.render;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import javax.imageio.ImageIO;
import org.journeystudio.model.JourneyMap;

/**
 * A small picture of a whole map for lists (the home screen): the exports' painting of the bare map, shrunk to
 * fit a box and centred on paper, as PNG. Safe to call on any thread.
 */
public final class MapThumbnail {
    private MapThumbnail() {
    }

    /** The map as a {@code width}×{@code height} PNG (the map keeps its proportions inside). */
    public static byte[] png(JourneyMap map, int width, int height) throws IOException {
        if (width < 1 || height < 1 || width > 1024 || height > 1024) {
            throw new IllegalArgumentException("A thumbnail is 1 to 1024 pixels a side, not " + width + "×" + height);
        }
        MapDrawing drawing = MapDrawing.of(map, LocalDate.EPOCH, false);
        Rectangle2D bounds = drawing.bounds();
        double scale = Math.min(width / bounds.getWidth(), height / bounds.getHeight());
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Paints.PAPER);
            g.fillRect(0, 0, width, height);
            g.translate((width - bounds.getWidth() * scale) / 2, (height - bounds.getHeight() * scale) / 2);
            g.scale(scale, scale);
            g.translate(-bounds.getX(), -bounds.getY());
            drawing.paint(g, ExportMonitor.NONE);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!ImageIO.write(image, "png", out)) {
            throw new IOException("This Java runtime has no PNG writer");
        }
        return out.toByteArray();
    }
}
