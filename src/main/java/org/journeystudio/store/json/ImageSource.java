package org.journeystudio.store.json;

import java.util.Map;
import org.journeystudio.model.TouchpointImage;

/**
 * Where a touchpoint's {@code "image"} reference is looked up: the file's {@code "images"}, or the library's image
 * table for the touchpoints of a scenario the library keeps as JSON.
 */
@FunctionalInterface
public interface ImageSource {
    /** No images: every reference is unknown. */
    ImageSource NONE = key -> null;

    /** The image stored under {@code key}, or {@code null} when there is none. */
    TouchpointImage image(String key);

    static ImageSource of(Map<String, TouchpointImage> images) {
        return images::get;
    }
}
