package org.journeystudio.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Window;

/**
 * The studio's look: AtlantaFX Primer, light or dark, plus the studio's own stylesheet on every scene, and the
 * high-contrast layer over both when it is on.
 */
public final class Theme {
    private static final String STUDIO_CSS = Theme.class.getResource("studio.css").toExternalForm();
    /** The high-contrast layer; public so a test can look for it. */
    public static final String HIGH_CONTRAST_CSS = Theme.class.getResource("high-contrast.css").toExternalForm();
    private static boolean highContrast;

    private Theme() {
    }

    /** Switches the whole application; open windows restyle at once. */
    public static void apply(boolean dark) {
        Application.setUserAgentStylesheet(dark
                ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    /** Lays the high-contrast stylesheet over every studio window open now and every one opened later, or lifts it. */
    public static void highContrast(boolean on) {
        highContrast = on;
        for (Window window : Window.getWindows()) {
            Scene scene = window.getScene();
            if (scene != null && scene.getStylesheets().contains(STUDIO_CSS)) {
                layer(scene);
            }
        }
    }

    /** Adds the studio stylesheet to a scene (main window or dialog), and the high-contrast layer when it is on. */
    public static void style(Scene scene) {
        if (!scene.getStylesheets().contains(STUDIO_CSS)) {
            scene.getStylesheets().add(STUDIO_CSS);
        }
        layer(scene);
    }

    private static void layer(Scene scene) {
        boolean layered = scene.getStylesheets().contains(HIGH_CONTRAST_CSS);
        if (highContrast && !layered) {
            scene.getStylesheets().add(HIGH_CONTRAST_CSS); // after studio.css, so it wins
        } else if (!highContrast && layered) {
            scene.getStylesheets().remove(HIGH_CONTRAST_CSS);
        }
    }
}
