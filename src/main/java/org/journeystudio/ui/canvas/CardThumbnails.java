package org.journeystudio.ui.canvas;

import java.io.ByteArrayInputStream;
import java.lang.ref.SoftReference;
import java.util.HashMap;
import java.util.Map;
import javafx.scene.image.Image;
import org.journeystudio.model.TouchpointImage;

/**
 * Cards' pictures decoded at thumbnail size, once per image hash (the same screenshot on ten cards is one decoded
 * thumbnail), kept softly so memory can take them back. Decoded on first show: only the cards on screen have
 * nodes, so opening a map with many images decodes only the visible ones.
 */
final class CardThumbnails {
    /** Pixels on the long side: a card's thumbnail at 200 % zoom on a high-density screen. */
    static final int SIZE = 160;
    private static final Map<String, SoftReference<Image>> DECODED = new HashMap<>();

    private CardThumbnails() {
    }

    static Image of(TouchpointImage image) {
        return of(image, SIZE);
    }

    /** The picture decoded to fit {@code size} pixels on each side (an Images lane's pictures are larger). */
    static Image of(TouchpointImage image, int size) {
        String key = image.hash() + "@" + size;
        SoftReference<Image> kept = DECODED.get(key);
        Image thumbnail = kept == null ? null : kept.get();
        if (thumbnail == null) {
            thumbnail = new Image(new ByteArrayInputStream(image.data()), size, size, true, true);
            DECODED.put(key, new SoftReference<>(thumbnail));
        }
        return thumbnail;
    }
}
