package org.journeystudio.ui.versions;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import org.journeystudio.edit.command.RenameStage;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.store.H2Library;
import org.journeystudio.store.VersionInfo;
import org.journeystudio.testing.SampleMaps;
import org.journeystudio.testing.UiTest;
import org.journeystudio.ui.StudioCommand;
import org.journeystudio.ui.StudioWindow;
import org.journeystudio.ui.editor.EditorController;
import org.journeystudio.ui.fakes.TestStudio;
import org.journeystudio.testing.NewLibraries;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The studio on a real library: File ▸ Save version… keeps the map, File ▸ Versions… lists it, previews it
 * read-only and restores it over later edits (keeping those as a version first), and Undo takes the restore back.
 */
@UiTest
@ExtendWith(ApplicationExtension.class)
class VersionsFlowTest {
    @TempDir
    static Path folder;

    private final TestStudio fakes = new TestStudio();
    private final JourneyMap map = SampleMaps.shop("map-shop");
    private H2Library library;
    private StudioWindow window;

    @Start
    void start(Stage stage) {
        library = NewLibraries.open(folder.resolve("lib-" + System.nanoTime()));
        library.create(map);
        window = new StudioWindow(stage, new StudioWindow.Services(library, fakes.templates, fakes.files,
                fakes.preferences, fakes.picker, fakes.work, fakes.workshops), fakes.clock);
        window.show();
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.hideStage();
        fakes.work.close();
        library.close();
    }

    @Test
    void aSavedVersionIsPreviewedRestoredAndTheRestoreUndone(FxRobot robot) throws Exception {
        EditorController editor = open(robot);
        String stageId = map.stages().get(0).id();

        choose(StudioCommand.SAVE_VERSION);
        waitFor(() -> robot.lookup("#versionName").tryQuery().isPresent());
        robot.clickOn("#versionName").write("Class draft");
        robot.clickOn("#versionNote").write("as drawn in class");
        robot.clickOn(button(robot, "Save version"));
        waitFor(() -> versions().size() == 1);
        assertThat(versions().get(0)).extracting(VersionInfo::name, VersionInfo::note, VersionInfo::automatic)
                .containsExactly("Class draft", "as drawn in class", false);

        robot.interact(() -> editor.session().runStep(RenameStage.of(editor.session().map(), stageId, "Browse")));
        JourneyMap edited = editor.session().map();

        choose(StudioCommand.VERSIONS);
        waitFor(() -> robot.lookup("#versionTable").tryQuery().isPresent()
                && !robot.lookup("#versionTable").queryAs(TableView.class).getItems().isEmpty());
        robot.clickOn(robot.lookup("#versionTable .table-cell").match((Labeled l) -> "Class draft".equals(l.getText()))
                .queryAs(Node.class));
        robot.clickOn("#previewVersion");
        waitFor(() -> robot.lookup("#versionPreview").queryAs(ImageView.class).getImage() != null
                && robot.lookup("#versionPreviewTitle").queryAs(Label.class).getText().startsWith("Class draft"));
        assertThat(robot.lookup("#versionPreviewTitle").queryAs(Label.class).getText())
                .isEqualTo("Class draft · " + map.stages().size() + " stages, " + map.touchpoints().size()
                        + " touchpoints (read-only)");
        assertThat(editor.session().map()).as("a preview changes nothing").isEqualTo(edited);

        robot.clickOn("#restoreVersion");
        robot.clickOn(button(robot, "Restore"));
        waitFor(() -> editor.session().map().equals(map));
        waitFor(() -> versions().size() == 2);
        VersionInfo kept = versions().get(0);
        assertThat(kept.name()).isEqualTo("Before restoring 'Class draft'");
        assertThat(kept.automatic()).isTrue();
        assertThat(library.versions().orElseThrow().load(map.id(), kept.id())).contains(edited);
        waitFor(() -> robot.lookup("#versionTable").queryAs(TableView.class).getItems().size() == 2);

        robot.clickOn("#closeVersions");
        robot.clickOn("#undoButton");
        assertThat(editor.session().map()).isEqualTo(edited);
        waitFor(() -> library.load(map.id()).orElseThrow().stages().get(0).name().equals("Browse"));
    }

    private EditorController open(FxRobot robot) throws Exception {
        Node cell = robot.lookup(".project-title").match((Labeled l) -> map.title().equals(l.getText())).query();
        robot.doubleClickOn(cell);
        waitFor(() -> window.editor().isPresent() && robot.lookup("#journeyMap").tryQuery().isPresent());
        return window.editor().orElseThrow();
    }

    /** Chooses a menu command as a click would; its dialog may wait, so this does not. */
    private void choose(StudioCommand command) {
        Platform.runLater(() -> window.menus().item(command).fire());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<VersionInfo> versions() {
        return library.versions().orElseThrow().list(map.id());
    }

    private static Node button(FxRobot robot, String text) throws Exception {
        waitFor(() -> robot.lookup(".button").match((Node n) -> n instanceof Button b && text.equals(b.getText()))
                .tryQuery().isPresent());
        return robot.lookup(".button").match((Node n) -> n instanceof Button b && text.equals(b.getText())).query();
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
    }
}
