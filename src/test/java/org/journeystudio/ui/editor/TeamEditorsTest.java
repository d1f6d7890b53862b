package org.journeystudio.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.journeystudio.edit.command.SetTouchpointField;
import org.journeystudio.edit.command.TouchpointField;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.settings.StudioPreferences;
import org.journeystudio.store.JdbcLibrary;
import org.journeystudio.store.LibraryKind;
import org.journeystudio.store.ResourceTemplateCatalog;
import org.journeystudio.testing.SampleMaps;
import org.journeystudio.testing.UiTest;
import org.journeystudio.ui.BackgroundWork;
import org.journeystudio.ui.StudioWindow;
import org.journeystudio.ui.fakes.FakeFilePicker;
import org.journeystudio.ui.fakes.FakeFiles;
import org.journeystudio.ui.fakes.FakeWorkshops;
import org.journeystudio.ui.fakes.MemoryPreferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Two studio windows on two connections to one team library, the same project open in both: each shows the other's
 * edit, and a field both change at once brings up the conflict dialog in the window whose save came second; either
 * pick in it is one undo step, and undoing it brings back the other value in both windows.
 */
@UiTest
@ExtendWith(ApplicationExtension.class)
class TeamEditorsTest {
    private final JourneyMap map = SampleMaps.rich("map-1");
    private JdbcLibrary alicesLibrary;
    private JdbcLibrary bobsLibrary;
    private final BackgroundWork work = new BackgroundWork();
    private StudioWindow alice;
    private StudioWindow bob;

    @Start
    void start(Stage stage) throws Exception {
        LibraryKind.Place place = LibraryKind.POSTGRESQL.newPlace(Files.createTempDirectory("team-editors"));
        alicesLibrary = place.open();
        bobsLibrary = place.open();
        alicesLibrary.signAs("Alice");
        alicesLibrary.create(map);
        alice = window(stage, alicesLibrary, "Alice");
        Stage second = new Stage();
        bob = window(second, bobsLibrary, "Bob");
    }

    /** Opens the project in the window once its home list has it. */
    private static void open(FxRobot robot, StudioWindow window) throws Exception {
        Button openButton = (Button) window.stage().getScene().lookup("#openButton");
        waitFor(() -> !openButton.isDisabled(), 10);
        robot.interact(openButton::fire);
        waitFor(() -> window.editor().isPresent(), 10);
    }

    private StudioWindow window(Stage stage, JdbcLibrary library, String author) {
        StudioPreferences preferences = new StudioPreferences(new MemoryPreferences());
        preferences.setAuthorName(author);
        StudioWindow window = new StudioWindow(stage, new StudioWindow.Services(library, new ResourceTemplateCatalog(),
                new FakeFiles(), preferences, new FakeFilePicker(), work, new FakeWorkshops()), Clock.systemUTC());
        window.show();
        return window;
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.hideStage();
        work.close();
        alicesLibrary.close();
        bobsLibrary.close();
    }

    @Test
    void eachWindowShowsTheOthersEditAndAFieldChangedInBothAsksWhoseToKeep(FxRobot robot) throws Exception {
        waitFor(() -> robot.from(bob.stage().getScene().getRoot()).lookup(".table-cell")
                .queryAll().stream().anyMatch(cell -> cell instanceof TableCell<?, ?> c && c.getText() != null
                        && c.getText().endsWith(" by Alice")), 10);
        open(robot, alice);
        open(robot, bob);
        EditorController alicesEditor = alice.editor().orElseThrow();
        EditorController bobsEditor = bob.editor().orElseThrow();
        String first = map.touchpoints().get(0).id();
        String second = map.touchpoints().get(1).id();

        robot.interact(() -> alicesEditor.session().runStep(title(alicesEditor, first, "Alice's title")));
        waitFor(() -> title(bobsEditor, first).equals("Alice's title"), 2);
        // Bob's inspector says who changed the card he selects.
        robot.interact(() -> bobsEditor.session().selection().selectTouchpoints(List.of(first)));
        Label changedBy = robot.from(bob.stage().getScene().getRoot()).lookup("#changedBy").queryAs(Label.class);
        waitFor(() -> changedBy.isVisible() && changedBy.getText().startsWith("changed by Alice, "), 2);
        robot.interact(() -> bobsEditor.session().runStep(title(bobsEditor, second, "Bob's title")));
        waitFor(() -> title(alicesEditor, second).equals("Bob's title"), 2);

        Conflict theirs = conflict(robot, alicesEditor, bobsEditor, second, "again");
        // Named as both had it before: Bob's title, taken in by both.
        assertThat(theirs.text(".conflict-field")).endsWith("both changed the title of touchpoint 'Bob's title'");
        assertThat(theirs.value("#mineValue")).isEqualTo(theirs.mine());
        assertThat(theirs.value("#theirsValue")).isEqualTo(theirs.theirs());
        assertThat(theirs.text("#theirsWho")).startsWith(theirs.asker() == alicesEditor ? "Bob on " : "Alice on ");
        theirs.pick(robot, "#keepTheirsButton");
        assertThat(title(theirs.asker(), second)).isEqualTo(theirs.theirs());
        assertThat(theirs.asker().session().document().undoDescription()).contains("Take their title");
        // Undoing "Keep theirs" brings mine back, and the other window gets it.
        robot.interact(() -> theirs.asker().session().document().undo());
        assertThat(title(theirs.asker(), second)).isEqualTo(theirs.mine());
        waitFor(() -> title(theirs.other(), second).equals(theirs.mine()), 2);

        Conflict mine = conflict(robot, alicesEditor, bobsEditor, second, "once more");
        mine.pick(robot, "#keepMineButton");
        assertThat(title(mine.asker(), second)).isEqualTo(mine.mine());
        assertThat(mine.asker().session().document().undoDescription()).contains("Keep my title");
        waitFor(() -> title(mine.other(), second).equals(mine.mine()), 2);
        robot.interact(() -> mine.asker().session().document().undo());
        assertThat(title(mine.asker(), second)).isEqualTo(mine.theirs());
        waitFor(() -> title(mine.other(), second).equals(mine.theirs()), 2);
    }

    /** A conflict dialog up in the window of {@code asker}, about its value {@code mine} and the other's. */
    private record Conflict(DialogPane dialog, EditorController asker, EditorController other, String mine,
            String theirs, int stepsBefore) {
        String text(String query) {
            return ((Label) dialog.lookup(query)).getText();
        }

        String value(String query) {
            return ((TextArea) dialog.lookup(query)).getText();
        }

        /** Clicks one of the dialog's choices: the pick is exactly one more undo step. */
        void pick(FxRobot robot, String button) throws Exception {
            Window window = dialog.getScene().getWindow();
            robot.interact(() -> ((Button) dialog.lookup(button)).fire());
            waitFor(() -> !window.isShowing(), 2);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(asker.session().document().undoCount()).isEqualTo(stepsBefore + 1);
        }
    }

    /** Both windows change one card's title at once; the one whose save came second asks. */
    private static Conflict conflict(FxRobot robot, EditorController alices, EditorController bobs, String card,
            String suffix) throws Exception {
        String alicesTitle = "Alice " + suffix;
        String bobsTitle = "Bob " + suffix;
        robot.interact(() -> {
            alices.session().runStep(title(alices, card, alicesTitle));
            bobs.session().runStep(title(bobs, card, bobsTitle));
        });
        waitFor(() -> robot.lookup("#teamConflictDialog").tryQuery().isPresent(), 3);
        DialogPane dialog = robot.lookup("#teamConflictDialog").queryAs(DialogPane.class);
        boolean alice = title(alices, card).equals(bobsTitle);
        EditorController asker = alice ? alices : bobs;
        return new Conflict(dialog, asker, alice ? bobs : alices, alice ? alicesTitle : bobsTitle,
                alice ? bobsTitle : alicesTitle, asker.session().document().undoCount());
    }

    private static SetTouchpointField<String> title(EditorController editor, String card, String title) {
        return SetTouchpointField.of(editor.session().map(), card, TouchpointField.TITLE, title);
    }

    private static String title(EditorController editor, String card) {
        return editor.session().map().touchpoint(card).orElseThrow().title();
    }

    private static void waitFor(BooleanSupplier condition, int seconds) throws Exception {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition::getAsBoolean);
    }
}
