package org.journeystudio.ui.inspector;

import javafx.scene.control.Label;

/** A message under a field saying why what was typed was not applied; takes no room while empty. */
public final class InlineMessage extends Label {

    public InlineMessage() {
        getStyleClass().add(InspectorStyles.FIELD_MESSAGE);
        setWrapText(true);
        managedProperty().bind(visibleProperty());
        setVisible(false);
    }

    void show(String text) {
        setText(text);
        setVisible(true);
    }

    void clear() {
        setText("");
        setVisible(false);
    }
}
