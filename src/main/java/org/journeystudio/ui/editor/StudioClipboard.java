package org.journeystudio.ui.editor;

import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.journeystudio.edit.clipboard.TouchpointClipboard;

/**
 * The studio's card clipboard. The window holds one for its whole life, not one per opened project, so
 * cards copied in one project paste into another.
 */
public final class StudioClipboard {
    private TouchpointClipboard content;
    private final ReadOnlyBooleanWrapper filled = new ReadOnlyBooleanWrapper(false);

    public void put(TouchpointClipboard copied) {
        content = copied;
        filled.set(copied != null && !copied.isEmpty());
    }

    public Optional<TouchpointClipboard> content() {
        return Optional.ofNullable(content).filter(c -> !c.isEmpty());
    }

    /** True while there is something to paste (the Paste menu item binds to it). */
    public ReadOnlyBooleanProperty filledProperty() {
        return filled.getReadOnlyProperty();
    }
}
