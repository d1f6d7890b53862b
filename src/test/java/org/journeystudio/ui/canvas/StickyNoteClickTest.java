package org.journeystudio.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.journeystudio.layout.NoteKind;
import org.journeystudio.model.Touchpoint;
import org.journeystudio.testing.UiTest;
import org.journeystudio.ui.editor.EditorController;
import org.journeystudio.ui.session.EditorSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Pain point and opportunity notes lead to their touchpoint: a click selects it, a double-click edits the note. */
@ExtendWith(ApplicationExtension.class)
@UiTest
class StickyNoteClickTest {
    @TempDir
    static Path folder;

    private LibraryStudio studio;

    @Start
    void start(Stage stage) {
        studio = new LibraryStudio(folder.resolve("library-" + System.nanoTime()));
        studio.create("online-retailer", "Shop");
        studio.show(stage);
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.hideStage();
        studio.close();
    }

    @Test
    void clickingANoteSelectsItsTouchpointAndDoubleClickingEditsItInTheInspector(FxRobot robot) {
        LibraryStudio.openProject(robot, "Shop");
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT0).release(KeyCode.DIGIT0, KeyCode.CONTROL); // fit: all in view
        WaitForAsyncUtils.waitForFxEvents();
        Touchpoint painful = session().map().touchpoints().stream().filter(t -> !t.painPoints().isEmpty())
                .findFirst().orElseThrow(() -> new AssertionError("The template has no pain point"));
        Touchpoint hopeful = session().map().touchpoints().stream()
                .filter(t -> !session().map().opportunitiesAt(t).isEmpty() && !t.id().equals(painful.id()))
                .findFirst().orElseThrow(() -> new AssertionError("The template has no other opportunity"));

        robot.clickOn(note(robot, painful.id(), NoteKind.PAIN_POINT, 0));
        assertThat(session().selection().touchpointIds()).containsExactly(painful.id());
        assertThat(editor().canvas().drawing().cardNode(painful.id()).orElseThrow().getPseudoClassStates())
                .contains(javafx.css.PseudoClass.getPseudoClass("selected"));

        robot.press(KeyCode.SHIFT);
        robot.clickOn(note(robot, hopeful.id(), NoteKind.OPPORTUNITY, 0));
        robot.release(KeyCode.SHIFT);
        assertThat(session().selection().touchpointIds()).containsExactlyInAnyOrder(painful.id(), hopeful.id());

        int last = painful.painPoints().size() - 1;
        robot.doubleClickOn(note(robot, painful.id(), NoteKind.PAIN_POINT, last));
        assertThat(session().selection().touchpointIds()).containsExactly(painful.id());
        WaitForAsyncUtils.waitForFxEvents();
        Node focused = editor().view().getScene().getFocusOwner();
        assertThat(focused).as("the note's text in the inspector has the keyboard").isInstanceOf(TextArea.class);
        assertThat(((TextArea) focused).getText()).isEqualTo(painful.painPoints().get(last).text());
        // Clicks only select: the map is unchanged and nothing went on the undo stack.
        assertThat(session().document().canUndo()).isFalse();
    }

    private Node note(FxRobot robot, String touchpointId, NoteKind kind, int index) {
        NoteRef wanted = new NoteRef(touchpointId, kind, index);
        return robot.lookup(".sticky-note").match((Node n) -> NoteRef.of(n).filter(wanted::equals).isPresent())
                .tryQuery().orElseThrow(() -> new AssertionError("No note " + wanted + " on the canvas"));
    }

    private EditorController editor() {
        return studio.window.editor().orElseThrow();
    }

    private EditorSession session() {
        return editor().session();
    }
}
