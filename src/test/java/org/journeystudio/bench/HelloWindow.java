package org.journeystudio.bench;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/** The peer of {@link StartupBench}: the barest JavaFX window, a label in a scene, as fast as JavaFX can show one. */
public final class HelloWindow extends Application {
    @Override
    public void start(Stage stage) {
        stage.setTitle("Hello");
        stage.setScene(new Scene(new StackPane(new Label("Hello")), 1280, 820));
        stage.show();
    }

    /** The entry point: a main class that extends Application would need JavaFX on the module path. */
    public static final class Start {
        private Start() {
        }

        public static void main(String[] args) {
            Application.launch(HelloWindow.class, args);
        }
    }
}
