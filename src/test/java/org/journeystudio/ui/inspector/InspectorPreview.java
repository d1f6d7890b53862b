package org.journeystudio.ui.inspector;

import java.time.Instant;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.store.ResourceTemplateCatalog;
import org.journeystudio.ui.Theme;
import org.journeystudio.ui.session.EditorSession;

/**
 * A dev window for looking at the inspector beside a placeholder canvas, over the Online retailer template.
 * Argument: {@code card} (default), {@code cards}, {@code stage} or {@code map}; add {@code dark} for the dark theme.
 */
public final class InspectorPreview {

    public static void main(String[] args) {
        // Launched through a nested class: a main class extending Application needs JavaFX as modules.
        Application.launch(Window.class, args);
    }

    /** The preview window itself. */
    public static final class Window extends Application {
    @Override
    public void start(Stage window) {
        List<String> args = getParameters().getRaw();
        Theme.apply(args.contains("dark"));
        JourneyMap map = new ResourceTemplateCatalog().instantiate("online-retailer", "Online retailer", Instant.now());
        EditorSession session = new EditorSession(map, saved -> { });
        InspectorPanel panel = new InspectorPanel(session);
        List<String> ids = map.touchpoints().stream().map(tp -> tp.id()).toList();
        String what = args.isEmpty() ? "card" : args.get(0);
        switch (what) {
            case "cards" -> session.selection().selectTouchpoints(ids.subList(0, 3));
            case "stage" -> session.selection().selectStage(map.stages().get(1).id());
            case "map" -> session.selection().clear();
            default -> session.selection().selectTouchpoints(List.of(ids.get(0)));
        }
        Label canvas = new Label("canvas");
        BorderPane root = new BorderPane(canvas);
        root.setRight(panel.view());
        Scene scene = new Scene(root, 1000, Double.parseDouble(System.getProperty("preview.height", "900")));
        Theme.style(scene);
        window.setScene(scene);
        window.setTitle("Inspector preview");
        window.show();
    }
    }
}
