package org.journeystudio.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;

/** The studio's look: AtlantaFX Primer, light or dark, plus the studio's own stylesheet on every scene. */
public final class Theme {
    private static final String STUDIO_CSS = Theme.class.getResource("studio.css").toExternalForm();

    private Theme() {
    }

    /** Switches the whole application; open windows restyle at once. */
    public static void apply(boolean dark) {
        Application.setUserAgentStylesheet(dark
                ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    /** Adds the studio stylesheet to a scene (main window or dialog). */
    public static void style(Scene scene) {
        if (!scene.getStylesheets().contains(STUDIO_CSS)) {
            scene.getStylesheets().add(STUDIO_CSS);
        }
    }
}
