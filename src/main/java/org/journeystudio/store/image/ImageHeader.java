package org.journeystudio.store.image;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.journeystudio.i18n.Messages;
import org.journeystudio.model.Limits;
import org.journeystudio.model.TouchpointImage;

/**
 * What an image file says about itself before it is decoded: its format and declared size, read by ImageIO's
 * reader from the header alone. A file that declares more than {@link Limits#IMAGE_PIXELS} is refused here, so a
 * decompression bomb (a tiny file claiming 100,000 x 100,000 pixels) never reaches the decoder.
 *
 * @param reader the reader positioned on the file, for {@link ImageIntake} to decode with; the caller disposes it
 */
record ImageHeader(String mediaType, int width, int height, ImageReader reader) {
    private static final Map<String, String> MEDIA_TYPES = Map.of("png", "image/png", "jpeg", "image/jpeg",
            "gif", "image/gif", "webp", "image/webp");

    /** The header of {@code bytes}, or a refusal that names {@code source}. */
    static ImageHeader read(byte[] bytes, String source) throws ImageRefusedException {
        checkSize(bytes, source);
        ImageReader reader = null;
        try {
            ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes));
            Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                throw new ImageRefusedException(source, notAnImage(bytes));
            }
            reader = readers.next();
            String mediaType = MEDIA_TYPES.get(reader.getFormatName().toLowerCase(Locale.ROOT));
            if (mediaType == null) {
                throw new ImageRefusedException(source, Messages.text("imports.imageFormat",
                        reader.getFormatName().toUpperCase(Locale.ROOT)));
            }
            reader.setInput(input, true, true);
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            long pixels = (long) width * height;
            if (width < 1 || height < 1) {
                throw new ImageRefusedException(source, Messages.text("imports.imageNoPixels", width, height));
            }
            if (pixels > Limits.IMAGE_PIXELS) {
                throw new ImageRefusedException(source, Messages.text("imports.imagePixels", width, height, pixels,
                        Limits.IMAGE_PIXELS));
            }
            return new ImageHeader(mediaType, width, height, reader);
        } catch (IOException | RuntimeException e) {
            if (reader != null) {
                reader.dispose();
            }
            if (e instanceof ImageRefusedException refused) {
                throw refused;
            }
            throw new ImageRefusedException(source, Messages.text("imports.imageHeader", e.getMessage()));
        }
    }

    /** Refuses more bytes than an image file may have, before anything reads them. */
    static void checkSize(byte[] bytes, String source) throws ImageRefusedException {
        if (bytes.length > Limits.IMAGE.maxBytes()) {
            throw new ImageRefusedException(source, Messages.text("imports.imageTooLarge",
                    Limits.bytesShown(bytes.length), Limits.bytesShown(Limits.IMAGE.maxBytes())));
        }
    }

    /** Whether the studio keeps a file of this type as it is: a WebP is stored converted, as PNG or JPEG. */
    boolean storedAsIs() {
        return TouchpointImage.MEDIA_TYPES.contains(mediaType);
    }

    /** Why bytes no reader knows are refused, naming the formats people try most. */
    private static String notAnImage(byte[] bytes) {
        String start = new String(bytes, 0, Math.min(bytes.length, 512), java.nio.charset.StandardCharsets.ISO_8859_1);
        if (start.startsWith("RIFF") && start.startsWith("WEBP", 8)) {
            return Messages.text("imports.imageWebp");
        }
        return Messages.text("imports.notAnImage");
    }
}
