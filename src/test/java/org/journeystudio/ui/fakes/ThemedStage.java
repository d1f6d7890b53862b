package org.journeystudio.ui.fakes;

import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.journeystudio.ui.Theme;

/** Shows one view on a TestFX stage in the studio's theme, as the studio's own windows show it. */
public final class ThemedStage {
    private ThemedStage() {
    }

    /** Puts {@code root} in a themed scene of {@code width} × {@code height} on {@code stage} and shows it. */
    public static Scene show(Stage stage, Parent root, double width, double height) {
        if (Application.getUserAgentStylesheet() == null) {
            Theme.apply(false); // once per test run: restyling every open scene per test costs seconds
        }
        Scene scene = new Scene(root, width, height);
        Theme.style(scene);
        stage.setScene(scene);
        stage.sizeToScene(); // the stage TestFX hands on keeps the size an earlier test gave it
        stage.show();
        return scene;
    }
}
