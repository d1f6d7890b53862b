package org.journeystudio.render;

import java.awt.image.RenderedImage;
import java.io.IOException;
import java.io.OutputStream;
import javax.imageio.ImageIO;
import org.apache.batik.svggen.ImageHandlerBase64Encoder;
import org.apache.batik.svggen.SVGGraphics2DIOException;

/**
 * Embeds a drawn image in the SVG as a {@code data:image/png;base64,…} URI, encoded by the JDK's ImageIO: Batik's
 * own encoder needs its codec module, which the studio does not ship.
 */
final class SvgImages extends ImageHandlerBase64Encoder {
    @Override
    public void encodeImage(RenderedImage image, OutputStream out) throws SVGGraphics2DIOException {
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new SVGGraphics2DIOException(e);
        }
    }
}
