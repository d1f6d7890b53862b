package org.journeystudio.render;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import javax.imageio.ImageIO;
import org.journeystudio.i18n.Messages;

/** Paints a drawing into a bitmap at a scale (1×, 2×, 4×…) and writes it as PNG. */
final class PngWriter {
    /** About 1 GB of pixels in memory; past this the user is told to pick a smaller scale or a vector format. */
    static final long MAX_PIXELS = 250_000_000L;

    private PngWriter() {
    }

    static void write(Drawing drawing, double scale, boolean transparent, OutputStream out, ExportMonitor monitor)
            throws IOException {
        Rectangle2D bounds = drawing.bounds();
        int width = pixels(bounds.getWidth(), scale);
        int height = pixels(bounds.getHeight(), scale);
        if ((long) width * height > MAX_PIXELS) {
            throw new IllegalArgumentException(Messages.text("checks.pngTooLarge", width, height, Legend.format(scale)));
        }
        // An opaque picture has no alpha channel: a quarter less to encode, and to decode in a deck.
        BufferedImage image = new BufferedImage(width, height,
                transparent ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            if (!transparent) {
                g.setColor(Paints.PAPER);
                g.fillRect(0, 0, width, height);
            }
            g.scale(scale, scale);
            g.translate(-bounds.getX(), -bounds.getY());
            drawing.paint(g, monitor);
        } finally {
            g.dispose();
        }
        monitor.checkCancelled();
        if (!ImageIO.write(image, "png", out)) {
            throw new IOException("This Java runtime has no PNG writer");
        }
    }

    /** The pixel size of a length at a scale, rounded up so nothing is cut (a whole length doubles exactly). */
    static int pixels(double length, double scale) {
        return Math.max(1, (int) Math.ceil(length * scale - 1e-6));
    }
}
