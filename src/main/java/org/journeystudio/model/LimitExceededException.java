package org.journeystudio.model;

import java.io.IOException;

/**
 * A file refused for a stated limit in {@link Limits}: too large, still growing, or not a file at all. An
 * {@link IOException}, so every reader and the command line already pass it on; its message is one line for the
 * user, {@code file: problem}.
 */
public class LimitExceededException extends IOException {
    private final String problem;

    public LimitExceededException(String fileName, String problem) {
        super(fileName + ": " + problem);
        this.problem = problem;
    }

    /** The message without the file's name, for readers that put the name (and a place) in front themselves. */
    public String problem() {
        return problem;
    }
}
