package org.journeystudio.store.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.Map;
import org.journeystudio.model.TouchpointImage;
import org.journeystudio.store.KeptVersion;

/** The file's {@code "images"} section (format 4), which {@link ImagesReader} reads back. */
final class ImagesWriter {
    private ImagesWriter() {
    }

    /** Every image of the map and its versions, once each, as base64 (format 4; nothing when there are none). */
    static void write(JsonGenerator out, JourneyFile file) throws IOException {
        Map<String, TouchpointImage> images = new java.util.LinkedHashMap<>(JsonFormat.images(file.map()));
        for (KeptVersion version : file.versions()) {
            JsonFormat.images(version.map()).forEach(images::putIfAbsent);
        }
        if (images.isEmpty()) {
            return;
        }
        out.writeObjectFieldStart("images");
        for (TouchpointImage image : images.values()) {
            out.writeObjectFieldStart(image.hash());
            out.writeStringField("mediaType", image.mediaType());
            out.writeNumberField("width", image.width());
            out.writeNumberField("height", image.height());
            out.writeStringField("data", java.util.Base64.getEncoder().encodeToString(image.data()));
            out.writeEndObject();
        }
        out.writeEndObject();
    }
}
