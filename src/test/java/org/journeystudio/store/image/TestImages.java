package org.journeystudio.store.image;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.Random;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.journeystudio.model.TouchpointImage;

/** Images made for tests: noise of a given size in a given format, and a PNG header that claims any size. */
public final class TestImages {
    private TestImages() {
    }

    /** {@code width x height} pixels of seeded noise, encoded as {@code format} (png, jpeg, gif). */
    public static byte[] noise(int width, int height, String format, long seed) {
        BufferedImage picture = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(seed);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                picture.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(picture, format, out)) {
                throw new IllegalArgumentException("No writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A small PNG stored as a touchpoint's image. */
    public static TouchpointImage png(int width, int height, long seed) {
        try {
            return ImageIntake.fromBytes(noise(width, height, "png", seed), "test.png");
        } catch (ImageRefusedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The start of a PNG whose header declares {@code width x height}: a decompression bomb's first bytes. */
    public static byte[] pngHeaderClaiming(int width, int height) {
        ByteBuffer ihdr = ByteBuffer.allocate(17).put("IHDR".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                .putInt(width).putInt(height).put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        CRC32 crc = new CRC32();
        crc.update(ihdr.array());
        return ByteBuffer.allocate(8 + 4 + 17 + 4)
                .put(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'})
                .putInt(13).put(ihdr.array()).putInt((int) crc.getValue()).array();
    }
}
