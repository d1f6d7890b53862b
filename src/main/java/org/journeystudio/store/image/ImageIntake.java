package org.journeystudio.store.image;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import org.journeystudio.i18n.Messages;
import org.journeystudio.model.BoundedFile;
import org.journeystudio.model.Limits;
import org.journeystudio.model.TouchpointImage;

/**
 * Turns a user's image (a file, dropped bytes, pasted pixels) into a {@link TouchpointImage}, safely: the file's size
 * is checked before it is read, its declared pixels before it is decoded ({@link ImageHeader}), and a larger picture
 * is decoded subsampled, then scaled to {@link Limits#IMAGE_SIDE} on its long side. An image already small enough
 * keeps its own bytes (a GIF keeps its animation, a JPEG its quality); a scaled one is written as PNG when it has
 * transparency and as JPEG otherwise. A WebP (read by TwelveMonkeys' ImageIO plug-in) is always written so, and an
 * SVG is drawn into pixels here ({@link SvgRaster}) and stored as PNG: the map, its files and every exporter only
 * ever hold PNG, JPEG or GIF.
 */
public final class ImageIntake {
    private static final float JPEG_QUALITY = 0.9f;

    private ImageIntake() {
    }

    /** The image in {@code file}, checked and scaled. */
    public static TouchpointImage read(Path file) throws IOException {
        byte[] bytes = BoundedFile.readAll(file, Limits.IMAGE);
        return fromBytes(bytes, String.valueOf(file.getFileName()));
    }

    /** The image encoded in {@code bytes}; {@code source} names it in a refusal. */
    public static TouchpointImage fromBytes(byte[] bytes, String source) throws ImageRefusedException {
        ImageHeader.checkSize(bytes, source);
        if (SvgRaster.isSvg(bytes)) {
            return encode(SvgRaster.draw(bytes, source, Limits.IMAGE_SIDE));
        }
        ImageHeader header = ImageHeader.read(bytes, source);
        try {
            int longSide = Math.max(header.width(), header.height());
            ImageReadParam param = header.reader().getDefaultReadParam();
            // Decode big pictures at every n-th pixel: at least the stored size, far less memory than in full.
            int step = Math.max(1, longSide / Limits.IMAGE_SIDE);
            param.setSourceSubsampling(step, step, 0, 0);
            BufferedImage picture = header.reader().read(0, param);
            if (longSide <= Limits.IMAGE_SIDE && header.storedAsIs()) {
                return new TouchpointImage(TouchpointImage.sha256(bytes), header.mediaType(), header.width(),
                        header.height(), bytes);
            }
            return encode(scaled(picture, Limits.IMAGE_SIDE));
        } catch (IOException | RuntimeException e) {
            throw new ImageRefusedException(source, Messages.text("imports.imageUndecodable", e.getMessage()));
        } finally {
            header.reader().dispose();
        }
    }

    /**
     * Pixels pasted from the clipboard, as ARGB rows ({@code width * height} values), checked against the same pixel
     * limit and stored as PNG (scaled when larger than the stored size).
     */
    public static TouchpointImage fromPixels(int width, int height, int[] argb) throws ImageRefusedException {
        if (width < 1 || height < 1 || (long) width * height > Limits.IMAGE_PIXELS) {
            throw new ImageRefusedException(Messages.text("imports.pastedImage"), Messages.text("imports.pastedPixels",
                    width, height, Limits.IMAGE_PIXELS));
        }
        BufferedImage picture = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        picture.setRGB(0, 0, width, height, argb, 0, width);
        return encode(scaled(picture, Limits.IMAGE_SIDE));
    }

    /** {@code picture} scaled to fit {@code maxSide} on its long side (itself when it already fits). */
    public static BufferedImage scaled(BufferedImage picture, int maxSide) {
        int longSide = Math.max(picture.getWidth(), picture.getHeight());
        if (longSide <= maxSide) {
            return picture;
        }
        double factor = (double) maxSide / longSide;
        int width = Math.max(1, (int) Math.round(picture.getWidth() * factor));
        int height = Math.max(1, (int) Math.round(picture.getHeight() * factor));
        boolean alpha = picture.getColorModel().hasAlpha();
        BufferedImage target = new BufferedImage(width, height,
                alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = target.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(picture, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return target;
    }

    private static TouchpointImage encode(BufferedImage picture) {
        boolean alpha = picture.getColorModel().hasAlpha();
        byte[] bytes = alpha ? png(picture) : jpeg(picture);
        return TouchpointImage.of(alpha ? "image/png" : "image/jpeg", picture.getWidth(), picture.getHeight(), bytes);
    }

    private static byte[] png(BufferedImage picture) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(picture, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // writing to memory cannot fail
        }
        return out.toByteArray();
    }

    private static byte[] jpeg(BufferedImage picture) {
        BufferedImage rgb = picture;
        if (picture.getType() != BufferedImage.TYPE_INT_RGB) {
            rgb = new BufferedImage(picture.getWidth(), picture.getHeight(), BufferedImage.TYPE_INT_RGB);
            Graphics2D g = rgb.createGraphics();
            g.drawImage(picture, 0, 0, null);
            g.dispose();
        }
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg");
        ImageWriter writer = writers.next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (var stream = ImageIO.createImageOutputStream(out)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(JPEG_QUALITY);
            writer.setOutput(stream);
            writer.write(null, new IIOImage(rgb, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}
