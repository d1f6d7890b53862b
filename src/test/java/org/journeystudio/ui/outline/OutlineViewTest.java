package org.journeystudio.ui.outline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.journeystudio.testing.FxWaits.waitFor;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.testing.SampleMaps;
import org.journeystudio.testing.UiTest;
import org.journeystudio.ui.StudioWindow;
import org.journeystudio.ui.fakes.TestStudio;
import org.journeystudio.ui.outline.OutlineTable.Row;
import org.journeystudio.ui.session.EditorSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The outline beside the editor: a title typed there changes the document and the canvas and comes back with
 * undo; the selection follows both ways; the read mode says each stage in a paragraph.
 */
@ExtendWith(ApplicationExtension.class)
@UiTest
class OutlineViewTest {
    private final TestStudio studio = new TestStudio();
    private StudioWindow window;

    @Start
    void start(Stage stage) {
        studio.library.create(SampleMaps.shop("map-shop"));
        stage.setWidth(1024);
        stage.setHeight(768);
        window = studio.show(stage);
    }

    @AfterEach
    void stop() throws Exception {
        robotCloseOutlines();
        FxToolkit.hideStage();
        studio.work.close();
    }

    @Test
    void aTitleEditedInTheOutlineChangesTheCanvasAndUndoesAndTheSelectionFollowsBothWays(FxRobot robot) {
        open(robot);
        EditorSession session = window.editor().orElseThrow().session();
        robot.press(KeyCode.CONTROL, KeyCode.ALT, KeyCode.O).release(KeyCode.O, KeyCode.ALT, KeyCode.CONTROL);
        waitFor(() -> robot.lookup("#outlineView").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        TreeTableView<Row> table = robot.lookup("#outlineView .tree-table-view").queryAs(TreeTableView.class);
        assertThat(table.getExpandedItemCount()).isEqualTo(3 + 5);
        assertThat(table.getVisibleLeafColumns()).extracting(c -> c.getText())
                .containsSubsequence("Title", "Channel", "Lane", "Expectation", "New customers", "Regulars",
                        "Emotion", "Pain points");
        assertThat(table.getColumns()).extracting(c -> c.getText()).contains("Rating");

        // Canvas → outline: the card picked in the editor is the outline's selected row.
        robot.interact(() -> session.selection().selectTouchpoints(List.of("tp-pay")));
        assertThat(selected(table)).containsExactly(new Row("st-buy", "tp-pay"));

        // Edit its title by keyboard alone: F2, type, Enter.
        robot.interact(table::requestFocus);
        robot.type(KeyCode.F2);
        assertThat(table.getEditingCell()).isNotNull();
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        type(robot, "pay by card");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(session.map().touchpoint("tp-pay").orElseThrow().title()).isEqualTo("pay by card");
        assertThat(session.document().undoDescription()).contains("Rename 'Pay'");
        assertThat(cardTexts(robot)).anyMatch(t -> t.contains("pay by card"));

        // An arrow moves the selection in the outline; the editor (and so the canvas) follows.
        robot.type(KeyCode.DOWN);
        assertThat(session.selection().stageIdProperty().get()).isEqualTo("st-receive");
        robot.type(KeyCode.DOWN);
        assertThat(session.selection().touchpointIds()).containsExactly("tp-deliver");

        // Ctrl+Z in the outline's window undoes the edit in the editor's history.
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertThat(session.map().touchpoint("tp-pay").orElseThrow().title()).isEqualTo("Pay");
        assertThat(table.getTreeItem(rowOf(table, "tp-pay")).getValue().touchpointId()).isEqualTo("tp-pay");
        assertThat(cellText(robot, "pay by card")).isFalse();

        // A rating typed in a segment's column is a number on the map's scale, refused otherwise.
        robot.interact(() -> session.selection().selectTouchpoints(List.of("tp-cart")));
        robot.interact(() -> table.edit(rowOf(table, "tp-cart"), table.getVisibleLeafColumns().stream()
                .filter(c -> "Regulars".equals(c.getText())).findFirst().orElseThrow()));
        type(robot, "9");
        robot.type(KeyCode.ENTER);
        assertThat(robot.lookup(".outline-message").queryAs(Labeled.class).getText()).contains("off the map's scale");
        assertThat(session.map().touchpoint("tp-cart").orElseThrow().satisfaction()).isEmpty();
        robot.interact(() -> table.edit(rowOf(table, "tp-cart"), table.getVisibleLeafColumns().stream()
                .filter(c -> "Regulars".equals(c.getText())).findFirst().orElseThrow()));
        type(robot, "4");
        robot.type(KeyCode.ENTER);
        assertThat(session.map().touchpoint("tp-cart").orElseThrow().satisfaction())
                .containsEntry(SampleMaps.REGULARS, 4.0);
    }

    @Test
    void theReadModeSaysEachStageInAParagraphAndFollowsTheMap(FxRobot robot) {
        open(robot);
        EditorSession session = window.editor().orElseThrow().session();
        robot.interact(() -> window.menus().item(org.journeystudio.ui.StudioCommand.OUTLINE).fire());
        waitFor(() -> robot.lookup("#outlineView").tryQuery().isPresent());
        robot.clickOn("#readToggle");
        @SuppressWarnings("unchecked")
        ListView<String> read = robot.lookup(".outline-read").queryAs(ListView.class);
        waitFor(read::isVisible);
        assertThat(read.isFocused()).isTrue();
        assertThat(read.getItems()).hasSize(4);
        assertThat(read.getItems().get(0)).isEqualTo("Shop: 3 stages, 5 touchpoints.");
        assertThat(read.getItems().get(2)).startsWith("Stage 2 of 3, Buy: 2 touchpoints. Add to cart (Mobile app): "
                + "not rated, Delighted. Pay (Mobile app): not rated, Unhappy. Pain point: Card declined");
        robot.interact(() -> session.runStep(org.journeystudio.editing.OutlineEdits.rating(session.map(), "tp-cart",
                SampleMaps.NEW_CUSTOMERS, "3.5")));
        assertThat(read.getItems().get(2)).contains("Add to cart (Mobile app): satisfaction 3.5 of 5, Delighted.");
    }

    private void open(FxRobot robot) {
        Node cell = robot.lookup(".project-title").match((Labeled l) -> "Shop".equals(l.getText())).query();
        robot.doubleClickOn(cell);
        waitFor(() -> robot.lookup("#journeyMap").tryQuery().isPresent());
    }

    /**
     * Types letters, digits and spaces as key presses, which go to the window that has the keyboard (the
     * robot's write() picks a window by itself, and with two open it may pick the editor's).
     */
    static void type(FxRobot robot, String text) {
        for (char c : text.toCharArray()) {
            robot.type(c == ' ' ? KeyCode.SPACE : Character.isDigit(c) ? KeyCode.valueOf("DIGIT" + c)
                    : KeyCode.valueOf(String.valueOf(Character.toUpperCase(c))));
        }
    }

    private static List<Row> selected(TreeTableView<Row> table) {
        return table.getSelectionModel().getSelectedItems().stream().map(TreeItem::getValue).distinct().toList();
    }

    private static int rowOf(TreeTableView<Row> table, String touchpointId) {
        for (int i = 0; i < table.getExpandedItemCount(); i++) {
            if (touchpointId.equals(table.getTreeItem(i).getValue().touchpointId())) {
                return i;
            }
        }
        throw new AssertionError("No row for " + touchpointId);
    }

    /** The canvas cards' accessible texts, which carry their full titles. */
    private static List<String> cardTexts(FxRobot robot) {
        return robot.lookup(".touchpoint-card").queryAll().stream().filter(Node::isVisible)
                .map(Node::getAccessibleText).toList();
    }

    private static boolean cellText(FxRobot robot, String text) {
        return robot.lookup("#outlineView .tree-table-cell").queryAllAs(Labeled.class).stream()
                .anyMatch(c -> text.equals(c.getText()));
    }

    private static void robotCloseOutlines() {
        javafx.application.Platform.runLater(() -> List.copyOf(Window.getWindows()).stream()
                .filter(w -> w.getScene() != null && w.getScene().lookup("#outlineView") != null)
                .forEach(Window::hide));
        WaitForAsyncUtils.waitForFxEvents();
    }
}
