package org.journeystudio.ui.inspector;

import javafx.scene.control.Label;
import org.journeystudio.editing.FieldEdits;

/** A message under a field saying why what was typed was not applied; takes no room while empty. */
public final class InlineMessage extends Label implements FieldEdits.Feedback {

    public InlineMessage() {
        getStyleClass().add(InspectorStyles.FIELD_MESSAGE);
        setWrapText(true);
        managedProperty().bind(visibleProperty());
        setVisible(false);
    }

    @Override
    public void show(String text) {
        setText(text);
        setVisible(true);
    }

    @Override
    public void clear() {
        setText("");
        setVisible(false);
    }
}
