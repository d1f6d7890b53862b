package org.journeystudio.ui.editor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import javafx.util.Duration;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.journeystudio.edit.command.AddScenario;
import org.journeystudio.edit.command.RemoveTouchpoints;
import org.journeystudio.edit.command.SetTouchpointField;
import org.journeystudio.edit.command.TouchpointField;
import org.journeystudio.editing.EditActions;
import org.journeystudio.editing.ScenarioEdits;
import org.journeystudio.editing.SelectedIds;
import org.journeystudio.model.Emotion;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Touchpoint;
import org.journeystudio.settings.StudioPreferences;
import org.journeystudio.settings.WindowBounds;
import org.journeystudio.store.H2Library;
import org.journeystudio.store.ResourceTemplateCatalog;
import org.journeystudio.ui.BackgroundWork;
import org.journeystudio.ui.StudioWindow;
import org.journeystudio.ui.fakes.FakeFilePicker;
import org.journeystudio.ui.fakes.FakeFiles;
import org.journeystudio.ui.fakes.FakeWorkshops;
import org.journeystudio.ui.fakes.MemoryPreferences;
import org.journeystudio.testing.NewLibraries;

/**
 * A dev main for the editor's screenshots: {@code EditorScreens$Main OUTPUT.png WIDTH HEIGHT [to-be]} (under Xvfb
 * for real fonts) opens the online retailer in the studio window at that size and writes the window's picture;
 * with {@code to-be}, after copying a to-be from it, editing, deleting and adding a card, with the as-is's
 * curve dashed behind; with {@code blueprint}, the hotel stay's service blueprint in the blueprint view.
 */
public final class EditorScreens extends Application {
    @Override
    public void start(Stage stage) throws Exception {
        var args = getParameters().getRaw();
        Path out = Path.of(args.get(0));
        double width = Double.parseDouble(args.get(1));
        double height = Double.parseDouble(args.get(2));
        H2Library library = NewLibraries.open(Files.createTempDirectory("editor-screens"));
        ResourceTemplateCatalog templates = new ResourceTemplateCatalog();
        boolean blueprint = args.size() > 3 && args.get(3).equals("blueprint");
        library.create(blueprint
                ? templates.instantiate("service-blueprint", "Service blueprint: hotel stay",
                        Instant.parse("2026-11-23T00:00:00Z"))
                : templates.instantiate("online-retailer", "Online retailer: first purchase",
                        Instant.parse("2026-11-23T00:00:00Z")));
        StudioPreferences preferences = new StudioPreferences(new MemoryPreferences());
        preferences.saveWindowBounds(new WindowBounds(0, 0, width, height, false));
        BackgroundWork work = new BackgroundWork();
        StudioWindow window = new StudioWindow(stage, new StudioWindow.Services(library, templates, new FakeFiles(),
                preferences, new FakeFilePicker(), work, new FakeWorkshops()), Clock.systemUTC());
        window.show();
        ((Button) stage.getScene().lookup("#openButton")).fire();
        boolean toBe = args.size() > 3 && args.get(3).equals("to-be");
        whenInspectorShown(stage.getScene(), () -> later(1, () -> {
            if (toBe) {
                imagineToBe(window.editor().orElseThrow());
            }
            if (blueprint) {
                ((ToggleButton) stage.getScene().lookup("#blueprintToggle")).fire();
                // The blueprint's lines lie below the journey lanes: show them.
                later(0.5, () -> ((javafx.scene.control.ScrollPane) stage.getScene().lookup("#mapScroll"))
                        .setVvalue(0.75));
            }
        }));
        whenInspectorShown(stage.getScene(), () -> later(2, () -> {
            write(stage.getScene(), out);
            work.close();
            library.close();
            Platform.exit();
        }));
    }

    private static void imagineToBe(EditorController editor) {
        org.journeystudio.ui.session.EditorSession session = editor.session();
        JourneyMap map = session.map();
        session.runStep(AddScenario.copying(map, map.scenarios().activeId(), "To-be", ScenarioEdits.freshIds()));
        List<Touchpoint> cards = session.map().customerTouchpoints();
        session.runStep(SetTouchpointField.of(session.map(), cards.get(0).id(), TouchpointField.TITLE,
                cards.get(0).title() + " that fits"));
        session.runStep(SetTouchpointField.of(session.map(), cards.get(2).id(), TouchpointField.EMOTION,
                new Emotion(2, "")));
        session.runStep(RemoveTouchpoints.of(session.map(), Set.of(cards.get(1).id())));
        new EditActions(session.document(), session::newCardEvidence)
                .addCard(new SelectedIds(List.of(cards.get(3).id()), null));
        editor.otherScenarioCurveProperty().set(true);
    }

    /** On a busy machine the project opens late: waits for the editor's inspector, which comes last. */
    private static void whenInspectorShown(Scene scene, Runnable then) {
        if (scene.lookup(".inspector") != null) {
            then.run();
        } else {
            later(0.5, () -> whenInspectorShown(scene, then));
        }
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
            Application.launch(EditorScreens.class, args);
        }
    }
}
