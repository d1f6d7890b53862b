package org.journeystudio.edit;

import java.util.Objects;
import java.util.function.Consumer;
import org.journeystudio.model.JourneyMap;

/**
 * Hears every change of a {@link Document}; the canvas refreshes from it and the library saves the new map.
 * A listener must not edit the document it listens to (the document refuses), it only reacts.
 */
@FunctionalInterface
public interface DocumentListener {
    void documentChanged(DocumentChange change);

    /** A listener that only wants each new map, e.g. {@code forMaps(library::save)}. */
    static DocumentListener forMaps(Consumer<JourneyMap> sink) {
        Objects.requireNonNull(sink, "sink");
        return change -> sink.accept(change.map());
    }
}
