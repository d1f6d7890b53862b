package org.journeystudio.edit;

/**
 * Hears every change of a {@link Document}; the canvas refreshes from it and the library saves the new map.
 * A listener must not edit the document it listens to (the document refuses), it only reacts.
 */
@FunctionalInterface
public interface DocumentListener {
    void documentChanged(DocumentChange change);
}
