package org.journeystudio.render.deck;

import java.util.concurrent.Callable;

/**
 * The whole map as a PNG for the deck's overview slide: its size in pixels, known at once, and the painter of its
 * bytes, which {@link MapDeck} runs on a second thread while it builds the other slides (a 1,000-card map's
 * picture is about a fifth of the deck's time).
 */
public record MapPicture(int width, int height, Callable<byte[]> painter) {
    public MapPicture {
        if (painter == null || width <= 0 || height <= 0) {
            throw new IllegalArgumentException("A map picture needs a size and a painter");
        }
    }
}
