package org.journeystudio.layout;

import org.journeystudio.model.Blueprint;

/** One of a blueprint's three lines, drawn across the whole map at {@code y}, labelled with its name. */
public record BlueprintLine(Blueprint.Line line, double y) {

    /** The line's name in the language in use, as the canvas and the exports write it. */
    public String label() {
        return ModelWords.line(line);
    }
}
