package org.journeystudio.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.journeystudio.editing.SaveState;
import org.journeystudio.layout.Box;
import org.journeystudio.layout.Connector;
import org.journeystudio.layout.MapLayout;
import org.journeystudio.layout.PathTrack;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.LinkKind;
import org.journeystudio.model.StagePath;
import org.journeystudio.model.TouchpointLink;
import org.journeystudio.testing.UiTest;
import org.journeystudio.ui.editor.EditorController;
import org.journeystudio.ui.session.EditorSession;
import org.journeystudio.testing.Drags;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.robot.Motion;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Alternative paths and connectors in the real editor over a real library: a connector dragged from a card's
 * handle, a card dragged into another path's track, paths added, renamed and removed from a stage header's menu,
 * each one undo step and stored.
 */
@ExtendWith(ApplicationExtension.class)
@UiTest
class PathEditingTest {
    @TempDir
    static Path folder;

    private LibraryStudio studio;
    private JourneyMap shop;

    @Start
    void start(Stage stage) {
        studio = new LibraryStudio(folder.resolve("library-" + System.nanoTime()));
        shop = studio.create("online-retailer", "Shop");
        studio.show(stage);
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.hideStage();
        studio.close();
    }

    @Test
    void aConnectorDraggedFromACardsHandleJoinsTwoCardsAndUndoTakesItAway(FxRobot robot) {
        LibraryStudio.openProject(robot, "Shop");
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT0).release(KeyCode.DIGIT0, KeyCode.CONTROL);
        String reviews = card("Customer reviews");
        String cart = card("Shopping cart");
        JourneyMap before = session().map();
        robot.clickOn(CardLookup.card(robot, reviews).queryAs(Node.class));
        Node handle = robot.lookup("#connector-handle-" + reviews).query();
        assertThat(handle.isVisible()).isTrue();

        Box from = cardBox(reviews);
        drag(robot, new Point2D(from.right(), from.centerY()), centreOf(cardBox(cart)));

        TouchpointLink next = new TouchpointLink(cart, LinkKind.NEXT);
        assertThat(session().map().touchpoint(reviews).orElseThrow().connectors()).containsExactly(next);
        assertThat(layout().connectors()).extracting(Connector::fromId, Connector::toId)
                .contains(org.assertj.core.groups.Tuple.tuple(reviews, cart));
        assertThat(robot.lookup("#connector-" + reviews + "-" + cart + "-NEXT").tryQuery()).isPresent();
        assertThat(stored().touchpoint(reviews).orElseThrow().connectors()).containsExactly(next);
        assertThat(robot.lookup("#connectorPreview").tryQuery()).isEmpty();

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertThat(session().map()).isEqualTo(before);
        assertThat(robot.lookup("#connector-" + reviews + "-" + cart + "-NEXT").tryQuery()).isEmpty();
        assertThat(stored().touchpoint(reviews).orElseThrow().connectors()).isEmpty();
    }

    @Test
    void aSelectedConnectorGoesWithTheDeleteKey(FxRobot robot) {
        LibraryStudio.openProject(robot, "Shop");
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT0).release(KeyCode.DIGIT0, KeyCode.CONTROL);
        String payment = card("Checkout and payment");
        String cart = card("Shopping cart");
        Connector loop = layout().connectors().stream().filter(c -> c.fromId().equals(payment)).findFirst()
                .orElseThrow();
        var bend = loop.points().get(2);
        Node canvas = editor().canvas().drawing().view();

        robot.clickOn(canvas.localToScreen(bend.x(), (bend.y() + loop.points().get(1).y()) / 2));
        robot.push(KeyCode.DELETE);

        assertThat(session().map().touchpoint(payment).orElseThrow().links())
                .doesNotContain(new TouchpointLink(cart, LinkKind.LOOP_BACK));
        assertThat(session().document().undoDescription())
                .hasValueSatisfying(d -> assertThat(d).startsWith("Delete the connector from 'Checkout and payment'"));
    }

    @Test
    void aCardDraggedIntoAnotherTrackMovesToThatPath(FxRobot robot) {
        LibraryStudio.openProject(robot, "Shop");
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT0).release(KeyCode.DIGIT0, KeyCode.CONTROL);
        String parcel = card("Parcel arrives");
        String delivery = session().map().stages().stream().filter(s -> s.name().equals("Receive delivery"))
                .findFirst().orElseThrow().id();
        String collect = session().map().stage(delivery).orElseThrow().paths().stream()
                .filter(p -> p.name().equals("Click & collect")).findFirst().orElseThrow().id();
        PathTrack track = layout().tracks().stream().filter(t -> t.pathId().equals(collect)).findFirst()
                .orElseThrow();
        JourneyMap before = session().map();
        Box counter = cardBox(card("Collect at the store counter"));

        drag(robot, centreOf(cardBox(parcel)), new Point2D(track.body().centerX(), counter.bottom() + 12));

        assertThat(session().map().touchpoint(parcel).orElseThrow().pathId()).as(session().document().undoDescription().orElse("none") + " " + track + " " + cardBox(parcel)).isEqualTo(collect);
        assertThat(session().document().undoCount()).isEqualTo(1);
        assertThat(track.body().contains(cardBox(parcel))).as("drawn in the Click & collect track").isTrue();
        assertThat(stored().touchpoint(parcel).orElseThrow().pathId()).isEqualTo(collect);
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertThat(session().map()).isEqualTo(before);
    }

    @Test
    void aStageHeadersMenuAddsRenamesAndRemovesPathsEachOneUndoStep(FxRobot robot) {
        LibraryStudio.openProject(robot, "Shop");
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT0).release(KeyCode.DIGIT0, KeyCode.CONTROL);
        String delivery = session().map().stages().stream().filter(s -> s.name().equals("Receive delivery"))
                .findFirst().orElseThrow().id();
        String home = pathId(delivery, "Home delivery");
        String collect = pathId(delivery, "Click & collect");
        String parcel = card("Parcel arrives");
        JourneyMap before = session().map();

        robot.rightClickOn("#stage-" + delivery).clickOn("Add path…");
        answer(robot, "Pick-up locker");
        String locker = pathId(delivery, "Pick-up locker");
        assertThat(session().map().stage(delivery).orElseThrow().paths()).extracting(StagePath::name)
                .containsExactly("Home delivery", "Click & collect", "Pick-up locker");
        assertThat(robot.lookup("#track-" + delivery + "-" + locker).tryQuery()).as("its track").isPresent();
        assertThat(session().document().undoCount()).isEqualTo(1);
        assertThat(stored().stage(delivery).orElseThrow().path(locker)).isPresent();
        undo(robot);
        assertThat(session().map()).isEqualTo(before);
        assertThat(robot.lookup("#track-" + delivery + "-" + locker).tryQuery()).isEmpty();

        robot.rightClickOn("#stage-" + delivery);
        clickSubmenuItem(robot, "Rename path", "Click & collect");
        answer(robot, "Collect in store");
        assertThat(session().map().stage(delivery).orElseThrow().path(collect).orElseThrow().name())
                .isEqualTo("Collect in store");
        assertThat(robot.lookup("#track-" + delivery + "-" + collect).queryLabeled().getText())
                .isEqualTo("Collect in store");
        undo(robot);
        assertThat(session().map()).isEqualTo(before);

        robot.rightClickOn("#stage-" + delivery);
        clickSubmenuItem(robot, "Remove path", "Home delivery");
        assertThat(session().map().stage(delivery).orElseThrow().paths()).extracting(StagePath::name)
                .containsExactly("Click & collect");
        assertThat(session().map().touchpoint(parcel).orElseThrow().pathId()).as("its card kept, on the main track")
                .isEmpty();
        assertThat(session().document().undoDescription()).hasValueSatisfying(d -> assertThat(d)
                .startsWith("Remove path 'Home delivery'"));
        assertThat(stored().stage(delivery).orElseThrow().path(home)).isEmpty();
        undo(robot);
        assertThat(session().map()).isEqualTo(before);
        assertThat(stored().touchpoint(parcel).orElseThrow().pathId()).isEqualTo(home);
    }

    /**
     * Opens a submenu of the open menu by hovering, then clicks its item by text, moving across first: a diagonal
     * path would pass over the next submenu's title (Remove path, whose items bear the same names) and open that.
     */
    private static void clickSubmenuItem(FxRobot robot, String menu, String text) {
        robot.moveTo(menuLabel(robot, menu));
        robot.clickOn(menuLabel(robot, text), Motion.HORIZONTAL_FIRST, MouseButton.PRIMARY);
    }

    /** A label of a showing menu (a path's name is also a track's label on the canvas). */
    private static Labeled menuLabel(FxRobot robot, String text) {
        return robot.lookup(".context-menu .label").match((Labeled l) -> text.equals(l.getText())
                && l.getScene() != null && l.getScene().getWindow().isShowing()).queryAs(Labeled.class);
    }

    /** Types {@code name} into the name dialog and confirms it. */
    private static void answer(FxRobot robot, String name) {
        TextField field = robot.lookup(".dialog-pane .text-field").queryAs(TextField.class);
        robot.interact(() -> field.setText(name));
        robot.clickOn(robot.lookup(".dialog-pane .button").match((Button b) -> "OK".equals(b.getText()))
                .queryButton());
    }

    /** The toolbar's Undo: after a dialog closes, headless Monocle gives the window no key focus back. */
    private static void undo(FxRobot robot) {
        robot.clickOn("#undoButton");
    }

    private String pathId(String stageId, String name) {
        return session().map().stage(stageId).orElseThrow().paths().stream().filter(p -> p.name().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("No path '" + name + "'")).id();
    }

    private String card(String title) {
        return session().map().touchpoints().stream().filter(t -> t.title().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("No card '" + title + "'")).id();
    }

    private EditorController editor() {
        return studio.window.editor().orElseThrow();
    }

    private EditorSession session() {
        return editor().session();
    }

    private MapLayout layout() {
        return editor().canvas().drawing().layout();
    }

    private Box cardBox(String id) {
        return layout().card(id).orElseThrow().box();
    }

    private static Point2D centreOf(Box box) {
        return new Point2D(box.centerX(), box.centerY());
    }

    private void drag(FxRobot robot, Point2D fromMap, Point2D toMap) {
        Node canvas = editor().canvas().drawing().view();
        Drags.drag(robot, canvas.localToScreen(fromMap), canvas.localToScreen(toMap));
    }

    private JourneyMap stored() {
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> editor().saveState().equals(SaveState.SAVED));
        } catch (TimeoutException e) {
            throw new AssertionError("Not saved: " + editor().saveState().text(), e);
        }
        return studio.library.load(shop.id()).orElseThrow();
    }
}
