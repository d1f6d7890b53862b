package org.journeystudio.app;

import java.nio.file.Path;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The JavaFX application: opens the library and shows the home screen. */
public class StudioApp extends Application {
    private static Path libraryOverride;

    static void launchWith(Path library) {
        libraryOverride = library;
        Application.launch(StudioApp.class);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("Journey Studio");
        stage.setScene(new Scene(new Label("Journey Studio"), 1200, 800));
        stage.show();
    }
}
