package org.journeystudio.ui;

import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import org.journeystudio.i18n.Messages;

/**
 * Names JavaFX's own buttons (OK, Cancel, Close, Yes, No) in the studio's words. JavaFX names them after the
 * JVM's default locale, which {@code Messages.use} makes follow the language; these names also serve the
 * pseudo-language, which JavaFX has no bundle for, and keep the buttons' words the same as the studio's own.
 */
public final class StandardButtons {
    private static final Map<ButtonType, String> KEYS = Map.of(ButtonType.OK, "studio.ok",
            ButtonType.CANCEL, "studio.cancel", ButtonType.CLOSE, "studio.close", ButtonType.YES, "studio.yes",
            ButtonType.NO, "studio.no");

    private StandardButtons() {
    }

    /** Renames the standard buttons {@code pane} has now; call after its button types are set. */
    public static void name(DialogPane pane) {
        for (ButtonType type : pane.getButtonTypes()) {
            String key = KEYS.get(type);
            Node button = pane.lookupButton(type);
            if (key != null && button instanceof Button shown) {
                shown.setText(Messages.text(key));
            }
        }
    }
}
