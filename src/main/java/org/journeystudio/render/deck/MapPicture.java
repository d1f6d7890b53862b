package org.journeystudio.render.deck;

/** The whole map as a PNG for the deck's overview slide, with its size in pixels. */
public record MapPicture(byte[] png, int width, int height) {
    public MapPicture {
        if (png == null || width <= 0 || height <= 0) {
            throw new IllegalArgumentException("A map picture needs PNG bytes and a size");
        }
    }
}
