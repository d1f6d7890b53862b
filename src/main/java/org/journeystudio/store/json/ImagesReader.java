package org.journeystudio.store.json;

import com.fasterxml.jackson.core.JsonLocation;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.journeystudio.i18n.Messages;
import org.journeystudio.model.Limits;
import org.journeystudio.model.TouchpointImage;
import org.journeystudio.store.image.ImageIntake;
import org.journeystudio.store.image.ImageRefusedException;

/**
 * Reads a file's {@code "images"} (format 4): the pictures its touchpoints refer to by SHA-256, each as
 * {@code {"mediaType", "width", "height", "data": base64}}. Each image goes through {@link ImageIntake} like a
 * dropped file (size, declared pixels, decoding), so an edited or hostile file cannot smuggle in a bomb; the
 * width, height and type written beside it are only for people reading the file.
 */
final class ImagesReader {
    private static final List<String> FIELDS = List.of("mediaType", "width", "height", "data");

    private ImagesReader() {
    }

    /** The images by the key the file gives them; the current token opens the object. */
    static Map<String, TouchpointImage> read(JsonCursor in) throws JourneyFormatException {
        Map<String, TouchpointImage> images = new LinkedHashMap<>();
        if (in.isNull()) {
            return images;
        }
        in.expectObject("images");
        for (Optional<String> key; (key = in.nextField()).isPresent(); ) {
            images.put(key.get(), image(in, key.get()));
        }
        return images;
    }

    private static TouchpointImage image(JsonCursor in, String key) throws JourneyFormatException {
        in.expectObject(JsonElement.IMAGE, abbreviated(key));
        JsonLocation start = in.here();
        byte[] bytes = null;
        JsonLocation dataAt = start;
        for (Optional<String> field; (field = in.nextField()).isPresent(); ) {
            switch (field.get()) {
                case "mediaType", "width", "height" -> in.skipValue();
                case "data" -> {
                    dataAt = in.here();
                    bytes = base64(in, key);
                }
                default -> throw in.unknownField(field.get(), JsonElement.IMAGE, FIELDS);
            }
        }
        if (bytes == null) {
            throw in.missing(start, JsonElement.IMAGE, "data", abbreviated(key));
        }
        try {
            return ImageIntake.fromBytes(bytes, Messages.text("journeyfile.imageSource", abbreviated(key)));
        } catch (ImageRefusedException e) {
            throw in.problem(dataAt, e.getMessage());
        }
    }

    private static byte[] base64(JsonCursor in, String key) throws JourneyFormatException {
        String text = in.imageText("data");
        if (text.length() > Limits.JSON_IMAGE_CHARS) {
            throw in.problemHere(Messages.text("journeyfile.imageTooLong", abbreviated(key), text.length(),
                    Limits.JSON_IMAGE_CHARS));
        }
        try {
            return Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw in.problemHere(Messages.text("journeyfile.notBase64", abbreviated(key), e.getMessage()));
        }
    }

    private static String abbreviated(String key) {
        return key.length() > 16 ? key.substring(0, 12) + "…" : key;
    }
}
