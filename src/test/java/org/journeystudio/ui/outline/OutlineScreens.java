package org.journeystudio.ui.outline;

import javafx.application.Application;
import javafx.stage.Stage;
import org.journeystudio.testing.SampleMaps;
import org.journeystudio.ui.Theme;
import org.journeystudio.ui.session.EditorSession;

/**
 * A dev main for looking at the outline (and taking its screenshot in docs/screenshots): the sample online
 * retailer's outline in a 1024x640 window; {@code read} as the first argument starts in the read mode.
 */
public final class OutlineScreens extends Application {
    @Override
    public void start(Stage ignored) {
        Theme.apply(false);
        EditorSession session = new EditorSession(SampleMaps.retailer(), map -> { });
        session.selection().selectTouchpoints(java.util.List.of(session.map().touchpoints().get(3).id()));
        Stage outline = OutlineController.show(session, null);
        outline.setX(0);
        outline.setY(0);
        outline.setWidth(1024);
        outline.setHeight(640);
        if (getParameters().getRaw().contains("read")) {
            ((javafx.scene.control.ToggleButton) outline.getScene().lookup("#readToggle")).setSelected(true);
        }
    }

    /** Starts it from a class that is not an Application, as JavaFX on the class path requires. */
    public static final class Main {
        public static void main(String[] args) {
            Application.launch(OutlineScreens.class, args);
        }
    }
}
