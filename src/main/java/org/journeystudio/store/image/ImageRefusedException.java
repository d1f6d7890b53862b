package org.journeystudio.store.image;

import java.io.IOException;

/**
 * An image the studio will not take: not an image, a format it cannot read, too large a file, or a decompression
 * bomb. Its message is one line for the user, {@code source: problem}.
 */
public class ImageRefusedException extends IOException {
    private final String problem;

    public ImageRefusedException(String source, String problem) {
        super(source + ": " + problem);
        this.problem = problem;
    }

    /** The message without the source's name, for callers that say where themselves. */
    public String problem() {
        return problem;
    }
}
