package org.journeystudio.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.Scene;
import javafx.stage.Window;
import org.journeystudio.settings.StudioPreferences;

/**
 * The studio's look: AtlantaFX Primer, light or dark, plus the studio's own stylesheet on every scene, and, when
 * chosen, the high-contrast layer over either (docs/palette.md).
 */
public final class Theme {
    private static final String STUDIO_CSS = Theme.class.getResource("studio.css").toExternalForm();
    private static final String HIGH_CONTRAST_CSS = Theme.class.getResource("high-contrast.css").toExternalForm();
    private static boolean highContrast;

    private Theme() {
    }

    /** Switches the whole application; open windows restyle at once. */
    public static void apply(boolean dark) {
        Application.setUserAgentStylesheet(dark
                ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    /** Adds the studio stylesheet to a scene (main window or dialog), and the high-contrast layer when it is on. */
    public static void style(Scene scene) {
        if (!scene.getStylesheets().contains(STUDIO_CSS)) {
            scene.getStylesheets().add(STUDIO_CSS);
        }
        scene.getStylesheets().remove(HIGH_CONTRAST_CSS);
        if (highContrast) {
            scene.getStylesheets().add(HIGH_CONTRAST_CSS); // last, so it wins over the studio's own
        }
    }

    /** Lays the high-contrast layer over every open window's scene and the ones made from now on, or lifts it. */
    public static void highContrast(boolean on) {
        highContrast = on;
        for (Window window : Window.getWindows()) {
            if (window.getScene() != null && window.getScene().getStylesheets().contains(STUDIO_CSS)) {
                style(window.getScene());
            }
        }
    }

    /** View ▸ High contrast: switches the layer at once and remembers the choice. */
    static void offerHighContrast(StudioMenuBar menus, StudioPreferences preferences) {
        CheckMenuItem item = menus.check(StudioCommand.HIGH_CONTRAST);
        item.setSelected(preferences.highContrast());
        highContrast(item.isSelected());
        menus.attach(StudioCommand.HIGH_CONTRAST, () -> {
            preferences.setHighContrast(item.isSelected());
            highContrast(item.isSelected());
        });
    }
}
