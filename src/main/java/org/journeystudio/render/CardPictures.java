package org.journeystudio.render;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.ref.SoftReference;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.imageio.ImageIO;
import org.journeystudio.model.TouchpointImage;

/**
 * Paints touchpoint images into exports at their full stored resolution, scaled by the drawing's transform: a PNG
 * resamples them, an SVG embeds each as a {@code data:} URI (Batik's PNG encoder) and a PDF as an image XObject
 * (pdfbox-graphics2d, lossless), so zooming into a PDF or SVG shows the screenshot's own pixels. Decoded pictures
 * are kept softly by hash, so a screenshot on ten cards is decoded once and memory can take them back.
 */
final class CardPictures {
    private static final Map<String, SoftReference<BufferedImage>> DECODED = new ConcurrentHashMap<>();

    private CardPictures() {
    }

    /**
     * Draws {@code image} as large as fits in {@code area}, centred, keeping its proportions and clipped to
     * {@code clip}; nothing when it cannot be decoded (it was checked on the way in, so that is a damaged library).
     */
    static void paint(Graphics2D g, TouchpointImage image, Rectangle2D area, Shape clip) {
        BufferedImage picture = decoded(image);
        if (picture == null || area.getWidth() <= 0 || area.getHeight() <= 0) {
            return;
        }
        double scale = Math.min(area.getWidth() / picture.getWidth(), area.getHeight() / picture.getHeight());
        double w = picture.getWidth() * scale;
        double h = picture.getHeight() * scale;
        AffineTransform place = AffineTransform.getTranslateInstance(area.getCenterX() - w / 2,
                area.getCenterY() - h / 2);
        place.scale(scale, scale);
        Shape oldClip = g.getClip();
        Object oldInterpolation = g.getRenderingHint(RenderingHints.KEY_INTERPOLATION);
        g.clip(clip);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.drawImage(picture, place, null);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION,
                oldInterpolation == null ? RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR : oldInterpolation);
        g.setClip(oldClip);
    }

    static BufferedImage decoded(TouchpointImage image) {
        SoftReference<BufferedImage> kept = DECODED.get(image.hash());
        BufferedImage picture = kept == null ? null : kept.get();
        if (picture == null) {
            try {
                picture = ImageIO.read(new ByteArrayInputStream(image.data()));
            } catch (IOException e) {
                picture = null;
            }
            if (picture != null) {
                DECODED.put(image.hash(), new SoftReference<>(picture));
            }
        }
        return picture;
    }
}
