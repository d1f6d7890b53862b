package org.journeystudio.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import org.journeystudio.i18n.StudioBundle;

/** Loads an FXML view that sits beside its controller, handing it the controller we already built. */
public final class Views {
    private Views() {
    }

    /** Loads {@code <ControllerClass>.fxml} from the controller's package, with {@code controller} as its controller. */
    public static Parent load(Object controller) {
        Class<?> type = controller.getClass();
        URL beside = type.getResource(type.getSimpleName().replace("Controller", "View") + ".fxml");
        URL fxml = beside != null ? beside : type.getResource(type.getSimpleName() + ".fxml");
        if (fxml == null) {
            throw new IllegalStateException("No FXML beside " + type.getName());
        }
        FXMLLoader loader = new FXMLLoader(fxml, new StudioBundle());
        loader.setControllerFactory(requested -> {
            if (!requested.isInstance(controller)) {
                throw new IllegalStateException(fxml + " asks for " + requested.getName()
                        + " but was given " + type.getName());
            }
            return controller;
        });
        try {
            return AccessibleNames.afterLoad(loader.load(), loader.getNamespace());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not load " + fxml, e);
        }
    }

    /**
     * Shows {@code view} in a window of its own beside {@code owner}, themed like the studio; {@code onHidden} runs
     * when it closes (a view that follows the map stops following it there).
     */
    public static javafx.stage.Stage showBeside(javafx.stage.Window owner, String title, Parent view,
                                                Runnable onHidden) {
        javafx.stage.Stage stage = new javafx.stage.Stage();
        stage.initOwner(owner);
        stage.setTitle(title);
        javafx.scene.Scene scene = new javafx.scene.Scene(view);
        Theme.style(scene);
        stage.setScene(scene);
        stage.setOnHidden(e -> onHidden.run());
        stage.show();
        return stage;
    }
}
