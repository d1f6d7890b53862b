package org.journeystudio.ui;

import javafx.beans.binding.Bindings;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.controlsfx.control.CheckComboBox;

/**
 * ControlsFX's drop-down list of check boxes, made usable without a mouse: it takes the keyboard focus but does
 * not open from the keyboard (controlsfx issue #1085), so Space, F4 and Alt+Down open it here; Enter is left to
 * the dialog's default button, as on a combo box. Once open, the arrow keys move through the list and Space
 * checks or unchecks. A screen reader reads what the closed box shows.
 */
public class KeyboardCheckComboBox<T> extends CheckComboBox<T> {

    public KeyboardCheckComboBox() {
        addEventHandler(KeyEvent.KEY_PRESSED, this::openOnKey);
        var checked = getCheckModel().getCheckedItems();
        accessibleTextProperty().bind(Bindings.createStringBinding(this::shownText, checked, titleProperty()));
    }

    private void openOnKey(KeyEvent e) {
        KeyCode key = e.getCode();
        boolean open = key == KeyCode.SPACE || key == KeyCode.F4
                || (e.isAltDown() && (key == KeyCode.DOWN || key == KeyCode.UP));
        if (open) {
            show();
            e.consume();
        }
    }

    /** The title when there is one, else the checked items, as the closed box shows them. */
    private String shownText() {
        if (getTitle() != null) {
            return getTitle();
        }
        return String.join(", ", getCheckModel().getCheckedItems().stream()
                .map(item -> getConverter() == null ? String.valueOf(item) : getConverter().toString(item))
                .toList());
    }
}
