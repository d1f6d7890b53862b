package org.journeystudio.ui.inspector;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.util.Duration;
import javax.imageio.ImageIO;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.store.H2Library;
import org.journeystudio.store.ResourceTemplateCatalog;
import org.journeystudio.ui.Theme;
import org.journeystudio.ui.Views;
import org.journeystudio.ui.editor.EditorController;
import org.journeystudio.ui.editor.StudioClipboard;
import org.journeystudio.testing.NewLibraries;

/**
 * A dev main for the screenshots of issue 17's items 5 and 8: {@code InspectorScreens$Main FOLDER before|after}
 * (under Xvfb for real fonts). Opens the online retailer in the editor at 1024x768 and 1366x768, selects a card,
 * edits its owner in the inspector, and writes the inspector at its top (the satisfaction control, item 8) and
 * scrolled to the pain points with the status bar (item 5).
 */
public final class InspectorScreens extends Application {
    private static final List<Integer> WIDTHS = List.of(1024, 1366);

    @Override
    public void start(Stage stage) throws Exception {
        Path out = Path.of(getParameters().getRaw().get(0));
        String when = getParameters().getRaw().get(1);
        Files.createDirectories(out);
        Theme.apply(false);
        shoot(stage, out, when, 0);
    }

    private void shoot(Stage stage, Path out, String when, int index) throws Exception {
        if (index == WIDTHS.size()) {
            Platform.exit();
            return;
        }
        int width = WIDTHS.get(index);
        H2Library library = NewLibraries.open(Files.createTempDirectory("inspector-screens"));
        JourneyMap map = new ResourceTemplateCatalog().instantiate("online-retailer", "Online retailer",
                Instant.parse("2026-11-23T00:00:00Z"));
        library.create(map);
        EditorController editor = new EditorController(map, library, new StudioClipboard(), () -> { });
        Scene scene = new Scene(Views.load(editor), width, 768);
        Theme.style(scene);
        stage.setScene(scene);
        stage.show();
        String card = map.touchpoints().stream().filter(tp -> tp.title().equals("Search engine results"))
                .findFirst().orElseThrow().id();
        later(1.5, () -> {
            editor.session().selection().selectTouchpoints(List.of(card));
            later(0.5, () -> {
                TextField owner = (TextField) scene.lookup("#ownerField");
                owner.requestFocus();
                owner.setText("Search team");
                owner.fireEvent(new ActionEvent());
                later(1.0, () -> {
                    scrollTo(scene, "#ratingsPane");
                    later(0.5, () -> write(scene, out.resolve("i17-8-satisfaction-" + when + "-" + width + ".png")));
                    later(1.0, () -> scrollTo(scene, "#painPointsPane"));
                    later(1.5, () -> {
                        write(scene, out.resolve("i17-5-inspector-" + when + "-" + width + ".png"));
                        editor.close().thenRun(() -> Platform.runLater(() -> {
                            library.close();
                            try {
                                shoot(stage, out, when, index + 1);
                            } catch (Exception e) {
                                throw new IllegalStateException(e);
                            }
                        }));
                    });
                });
            });
        });
    }

    /** Scrolls the inspector so the node the query finds is at its top. */
    private static void scrollTo(Scene scene, String query) {
        Node node = scene.lookup(query);
        ScrollPane scroll = (ScrollPane) scene.lookup(".inspector-scroll");
        double scrollable = scroll.getContent().getLayoutBounds().getHeight() - scroll.getViewportBounds().getHeight();
        scroll.setVvalue(Math.min(1, node.getBoundsInParent().getMinY() / scrollable));
    }

    private static void later(double seconds, Runnable action) {
        PauseTransition pause = new PauseTransition(Duration.seconds(seconds));
        pause.setOnFinished(e -> action.run());
        pause.play();
    }

    private static void write(Scene scene, Path file) {
        try {
            ImageIO.write(SwingFXUtils.fromFXImage(scene.snapshot(null), null), "png", file.toFile());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The entry point: a class that is no Application, so the JavaFX jars may sit on the class path. */
    public static final class Main {
        public static void main(String[] args) {
            Application.launch(InspectorScreens.class, args);
        }
    }
}
