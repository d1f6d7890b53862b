package org.journeystudio.ui.present;

import javafx.application.Application;
import javafx.stage.Stage;
import org.journeystudio.testing.SampleMaps;
import org.journeystudio.ui.Theme;

/**
 * A dev main for looking at presentation mode (and taking the screenshots in docs/screenshots): presents the
 * sample online retailer full screen on the primary screen. Keys work as in the studio (H heatmap, arrows).
 */
public final class PresentationScreens extends Application {
    @Override
    public void start(Stage ignored) {
        Theme.apply(false);
        Presentation.open(SampleMaps.retailer(), null);
    }

    /** Starts it from a class that is not an Application, as JavaFX on the class path requires. */
    public static final class Main {
        public static void main(String[] args) {
            Application.launch(PresentationScreens.class, args);
        }
    }
}
