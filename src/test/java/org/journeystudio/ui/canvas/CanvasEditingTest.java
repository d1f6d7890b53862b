package org.journeystudio.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.journeystudio.edit.command.TouchpointField;
import org.journeystudio.editing.SaveState;
import org.journeystudio.editing.TouchpointEdits;
import org.journeystudio.layout.Box;
import org.journeystudio.layout.CurvePoint;
import org.journeystudio.layout.LaneRow;
import org.journeystudio.layout.ModelWords;
import org.journeystudio.layout.StageColumn;
import org.journeystudio.model.Emotion;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Touchpoint;
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
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Drives the real editor over a real H2 library: every gesture must change the map on screen, in the
 * document and in the library, and come back step by step with undo.
 */
@ExtendWith(ApplicationExtension.class)
@UiTest
class CanvasEditingTest {
    @TempDir
    static Path folder;

    private LibraryStudio studio;
    private JourneyMap shop;
    private JourneyMap other;

    @Start
    void start(Stage stage) {
        studio = new LibraryStudio(folder.resolve("library-" + System.nanoTime()));
        shop = studio.create("online-retailer", "Shop");
        other = studio.create("banking-services", "Bank");
        studio.show(stage);
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.hideStage();
        studio.close();
    }

    @Test
    void dragsChangeTheMapAndTheLibraryAndUndoRedoWalkThemStepByStep(FxRobot robot) {
        LibraryStudio.openProject(robot, "Shop");
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT0).release(KeyCode.DIGIT0, KeyCode.CONTROL); // fit: all in view
        List<JourneyMap> steps = new ArrayList<>();
        steps.add(session().map());

        // A card to another stage and another lane.
        Box target = layout().cell(stage("Receive delivery"), lane("Backstage")).orElseThrow();
        // Receive delivery has two paths: the card lands in the first track, Home delivery.
        drag(robot, centreOf(cardBox(card("Social media advert"))), new Point2D(target.x() + 30, target.bottom() - 8));
        Touchpoint moved = session().map().touchpoint(card("Social media advert")).orElseThrow();
        assertThat(moved.stageId()).isEqualTo(stage("Receive delivery"));
        assertThat(moved.laneId()).isEqualTo(lane("Backstage"));
        assertThat(studio.window.menus().item(org.journeystudio.ui.StudioCommand.UNDO).getText())
                .isEqualTo("Undo Move 'Social media advert' to Receive delivery · Backstage · Home delivery");
        assertThat(stored().touchpoint(card("Social media advert")).orElseThrow().stageId()).isEqualTo(stage("Receive delivery"));
        steps.add(session().map());

        // Reorder two stages by dragging the first header past the middle of the second.
        StageColumn second = layout().column(stage("Visit the website")).orElseThrow();
        drag(robot, centreOf(layout().column(stage("Search for a product")).orElseThrow().header()),
                new Point2D(second.x() + second.width() * 0.8, second.header().centerY()));
        assertThat(stageIds(session().map())).startsWith(stage("Visit the website"), stage("Search for a product"), stage("Read reviews"));
        assertThat(stageIds(stored())).startsWith(stage("Visit the website"), stage("Search for a product"), stage("Read reviews"));
        steps.add(session().map());

        // Resize a stage by dragging its right edge 100 pixels.
        StageColumn reviews = layout().column(stage("Read reviews")).orElseThrow();
        Point2D edge = new Point2D(reviews.x() + reviews.width() - 2, reviews.header().centerY());
        drag(robot, edge, edge.add(100, 0));
        double width = session().map().stage(stage("Read reviews")).orElseThrow().widthHint();
        assertThat(width).isCloseTo(reviews.width() + 100, within(10.0));
        assertThat(stored().stage(stage("Read reviews")).orElseThrow().widthHint()).isEqualTo(width);
        steps.add(session().map());

        // Set an emotion by dragging its point to the top of the lane (+2, delighted).
        LaneRow emotion = layout().row(lane("Emotion")).orElseThrow();
        var point = layout().curve().stream().filter(p -> p.touchpointId().equals(card("Checkout and payment"))).findFirst()
                .orElseThrow();
        drag(robot, new Point2D(point.x(), point.y()), new Point2D(point.x(), emotion.y() + 2));
        assertThat(session().map().touchpoint(card("Checkout and payment")).orElseThrow().emotion().score()).isEqualTo(2);
        assertThat(stored().touchpoint(card("Checkout and payment")).orElseThrow().emotion().score()).isEqualTo(2);
        steps.add(session().map());
        assertThat(session().document().undoCount()).isEqualTo(4);

        for (int i = steps.size() - 2; i >= 0; i--) {
            robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
            assertThat(session().map()).isEqualTo(steps.get(i));
        }
        assertSameContent(stored(), shop);
        for (int i = 1; i < steps.size(); i++) {
            if (i % 2 == 0) {
                robot.press(KeyCode.CONTROL, KeyCode.Y).release(KeyCode.Y, KeyCode.CONTROL);
            } else {
                robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
            }
            assertThat(session().map()).isEqualTo(steps.get(i));
        }
        assertSameContent(stored(), steps.get(steps.size() - 1));
        // The canvas follows: the moved card is drawn in its new cell.
        Node card = CardLookup.card(robot, card("Social media advert")).query();
        assertThat(card.getLayoutX()).isEqualTo(cardBox(card("Social media advert")).x());
    }

    @Test
    void aCopiedCardPastesAfterTheSelectedCardEvenInAnotherProject(FxRobot robot) {
        LibraryStudio.openProject(robot, "Shop");
        robot.clickOn(CardLookup.card(robot, card("Search engine results")).queryAs(Node.class));
        robot.press(KeyCode.CONTROL, KeyCode.C).release(KeyCode.C, KeyCode.CONTROL);
        robot.clickOn(CardLookup.card(robot, card("Product page")).queryAs(Node.class));
        robot.press(KeyCode.CONTROL, KeyCode.V).release(KeyCode.V, KeyCode.CONTROL);

        List<Touchpoint> visit = session().map().touchpointsIn(stage("Visit the website"), lane("Touchpoints"));
        assertThat(visit).extracting(Touchpoint::title)
                .containsExactly("Home page and navigation", "Product page", "Search engine results");
        Touchpoint pasted = visit.get(2);
        assertThat(pasted.id()).isNotEqualTo(card("Search engine results"));
        assertThat(session().selection().touchpointIds()).containsExactly(pasted.id());
        assertThat(stored().touchpoint(pasted.id())).contains(pasted);
        assertThat(CardLookup.card(robot, pasted.id()).tryQuery()).isPresent();

        robot.clickOn("#backButton");
        LibraryStudio.openProject(robot, "Bank");
        String firstCard = session().map().touchpointsInJourneyOrder().get(0).id();
        robot.clickOn(CardLookup.card(robot, firstCard).queryAs(Node.class));
        robot.press(KeyCode.CONTROL, KeyCode.V).release(KeyCode.V, KeyCode.CONTROL);
        assertThat(session().map().touchpoints()).extracting(Touchpoint::title).contains("Search engine results");
        assertThat(waitSaved().load(other.id()).orElseThrow().touchpoints()).extracting(Touchpoint::title)
                .contains("Search engine results");
    }

    @Test
    void keyboardSelectsRenamesInPlaceAndDeletes(FxRobot robot) {
        LibraryStudio.openProject(robot, "Shop");
        String product = card("Product page");
        robot.clickOn(CardLookup.card(robot, card("Search engine results")).queryAs(Node.class));
        robot.push(KeyCode.TAB);
        assertThat(session().selection().touchpointIds()).containsExactly(card("Social media advert"));
        robot.push(KeyCode.RIGHT);
        assertThat(session().selection().touchpointIds())
                .as(() -> session().map().touchpoint(session().selection().touchpointIds().get(0)).orElseThrow().title())
                .containsExactly(product);

        robot.push(KeyCode.ENTER);
        robot.lookup("#inPlaceEditor").query();
        robot.push(KeyCode.CONTROL, KeyCode.A).write("Product detail page").push(KeyCode.ENTER);
        assertThat(session().map().touchpoint(product).orElseThrow().title()).isEqualTo("Product detail page");
        assertThat(text(robot.from(CardLookup.card(robot, product).queryAs(Node.class))
                .lookup(".card-title").query())).isEqualTo("Product detail page");

        robot.push(KeyCode.ENTER).write("Thrown away").push(KeyCode.ESCAPE);
        assertThat(session().map().touchpoint(product).orElseThrow().title()).isEqualTo("Product detail page");

        robot.push(KeyCode.DELETE);
        assertThat(session().map().touchpoint(product)).isEmpty();
        assertThat(stored().touchpoint(product)).isEmpty();
        assertThat(CardLookup.card(robot, product).tryQuery()).isEmpty();
        Node card = CardLookup.card(robot, card("Home page and navigation")).query();
        assertThat(card.getAccessibleText()).startsWith("Touchpoint Home page and navigation, stage Visit the website");

        // The evidence filter fades what is only assumed.
        robot.clickOn("#evidenceMenu").clickOn("#evidence-filter-assumed");
        Node faded = CardLookup.card(robot, card("Home page and navigation")).query();
        assertThat(faded.getPseudoClassStates()).extracting(Object::toString).contains("filtered-out");
    }

    @Test
    void aStageHeadersPlusButtonAppearsOnHoverAndAddsACardToThatStage(FxRobot robot) {
        LibraryStudio.openProject(robot, "Shop");
        String reviews = stage("Read reviews");
        int before = session().map().touchpointsIn(reviews, lane("Touchpoints")).size();
        assertThat(robot.lookup("#add-card-" + reviews).tryQuery()).isEmpty(); // made on first hover

        robot.moveTo(editor().canvas().drawing().stageNode(reviews).orElseThrow());
        robot.clickOn("#add-card-" + reviews);

        assertThat(session().map().touchpointsIn(reviews, lane("Touchpoints"))).hasSize(before + 1);
        robot.lookup("#inPlaceEditor").query(); // the new card's title is open for typing
        robot.write("Review reminder email").push(KeyCode.ENTER);
        assertThat(session().map().touchpointsIn(reviews, lane("Touchpoints"))).extracting(Touchpoint::title)
                .contains("Review reminder email");
        assertThat(stored().touchpointsIn(reviews, lane("Touchpoints"))).hasSize(before + 1);
    }

    @Test
    void aRubberBandSelectionDragsAsOneStep(FxRobot robot) {
        LibraryStudio.openProject(robot, "Shop");
        String home = card("Home page and navigation");
        String product = card("Product page");
        Box cell = layout().cell(stage("Visit the website"), lane("Touchpoints")).orElseThrow();
        drag(robot, new Point2D(cell.x() + 4, cell.y() + 4),
                new Point2D(cell.right() - 4, cardBox(product).bottom() - 10));
        assertThat(session().selection().touchpointIds()).containsExactlyInAnyOrder(home, product);
        assertThat(robot.lookup("#rubberBand").tryQuery()).isEmpty();

        Box target = layout().cell(stage("Read reviews"), lane("Touchpoints")).orElseThrow();
        drag(robot, centreOf(cardBox(product)), new Point2D(target.centerX(), target.bottom() - 6));
        assertThat(session().map().touchpointsIn(stage("Read reviews"), lane("Touchpoints")))
                .extracting(Touchpoint::id).endsWith(home, product);
        assertThat(session().document().undoCount()).isEqualTo(1);
        assertThat(session().document().undoDescription()).contains("Move 2 touchpoints to Read reviews");
    }

    @Test
    void aLaneHeadersMenuRenamesMovesAndHidesTheLane(FxRobot robot) {
        LibraryStudio.openProject(robot, "Shop");
        String channel = lane("Channel");
        int index = session().map().indexOfLane(channel);

        robot.rightClickOn("#lane-" + channel).clickOn("Rename…");
        robot.lookup("#inPlaceEditor").query();
        robot.push(KeyCode.CONTROL, KeyCode.A).write("Where").push(KeyCode.ENTER);
        assertThat(session().map().lane(channel).orElseThrow().title()).isEqualTo("Where");

        robot.rightClickOn("#lane-" + channel).clickOn("Move down");
        assertThat(session().map().indexOfLane(channel)).isEqualTo(index + 1);

        robot.rightClickOn("#lane-" + channel).clickOn("Hide lane");
        assertThat(session().map().lane(channel).orElseThrow().visible()).isFalse();
        assertThat(robot.lookup("#lane-" + channel).tryQuery()).isEmpty();
        assertThat(stored().lane(channel).orElseThrow().visible()).isFalse();
        assertThat(stored().lane(channel).orElseThrow().title()).isEqualTo("Where");

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertThat(robot.lookup("#lane-" + channel).tryQuery()).isPresent();
    }

    @Test
    void eachEmotionPointShowsItsWordUnderItAndTheWordFollowsTheEmotion(FxRobot robot) {
        LibraryStudio.openProject(robot, "Shop");
        // The template names every feeling ("Curious"): clear one so the word is the score's, which "+" changes.
        String id = layout().curve().stream().filter(p -> p.score() < Emotion.MAX).findFirst().orElseThrow()
                .touchpointId();
        robot.interact(() -> session().runStep(TouchpointEdits.change(session().map(), List.of(id),
                TouchpointField.EMOTION, e -> new Emotion(e.score(), ""))));
        WaitForAsyncUtils.waitForFxEvents();
        CurvePoint point = layout().curve().stream().filter(p -> p.touchpointId().equals(id)).findFirst()
                .orElseThrow();
        Touchpoint plain = session().map().touchpoint(id).orElseThrow();
        Node canvas = editor().canvas().drawing().view();

        Labeled word = robot.lookup("#emotion-word-" + plain.id()).queryAs(Labeled.class);
        assertThat(word.getText()).isEqualTo(ModelWords.emotion(plain.emotion().score()));
        assertThat(word.isVisible()).isTrue();
        assertThat(word.getOpacity()).isEqualTo(1.0); // the whole word fits its room
        Bounds shown = canvas.sceneToLocal(word.localToScene(word.getLayoutBounds()));
        assertThat(shown.getMinY()).isGreaterThan(point.y());
        assertThat(shown.getCenterX()).isCloseTo(point.x(), within(1.0));
        Bounds inWindow = word.localToScene(word.getLayoutBounds());
        assertThat(inWindow.getMinX()).isPositive();
        assertThat(inWindow.getMaxY()).isLessThan(word.getScene().getHeight());

        robot.clickOn((Node) CardLookup.card(robot, plain.id()).query());
        robot.write("+");
        WaitForAsyncUtils.waitForFxEvents();
        int raised = plain.emotion().score() + 1;
        assertThat(session().map().touchpoint(plain.id()).orElseThrow().emotion().score()).isEqualTo(raised);
        assertThat(robot.lookup("#emotion-word-" + plain.id()).queryAs(Labeled.class).getText())
                .isEqualTo(ModelWords.emotion(raised));
    }

    // ---------------------------------------------------------------------------------------------------

    /** Ids are fresh for every project made from a template, so the test finds things by their names. */
    private String card(String title) {
        return session().map().touchpoints().stream().filter(t -> t.title().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("No card '" + title + "'")).id();
    }

    private String stage(String name) {
        return session().map().stages().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow().id();
    }

    private String lane(String title) {
        return session().map().lanes().stream().filter(l -> l.title().equals(title)).findFirst().orElseThrow().id();
    }

    private EditorController editor() {
        return studio.window.editor().orElseThrow();
    }

    private EditorSession session() {
        return editor().session();
    }

    private org.journeystudio.layout.MapLayout layout() {
        return editor().canvas().drawing().layout();
    }

    private Box cardBox(String id) {
        return layout().card(id).orElseThrow().box();
    }

    private static Point2D centreOf(Box box) {
        return new Point2D(box.centerX(), box.centerY());
    }

    /** Presses at one map point, moves in steps to another, releases: a real drag through the window. */
    private void drag(FxRobot robot, Point2D fromMap, Point2D toMap) {
        Node canvas = editor().canvas().drawing().view();
        Drags.drag(robot, canvas.localToScreen(fromMap), canvas.localToScreen(toMap));
    }

    /** The project as the library has it, once every change is saved. */
    private JourneyMap stored() {
        return waitSaved().load(shop.id()).orElseThrow();
    }

    private org.journeystudio.store.H2Library waitSaved() {
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> editor().saveState().equals(SaveState.SAVED));
        } catch (TimeoutException e) {
            throw new AssertionError("Not saved: " + editor().saveState().text(), e);
        }
        return studio.library;
    }

    private static void assertSameContent(JourneyMap actual, JourneyMap expected) {
        assertThat(actual.stages()).isEqualTo(expected.stages());
        assertThat(actual.lanes()).isEqualTo(expected.lanes());
        assertThat(new HashSet<>(actual.touchpoints())).isEqualTo(new HashSet<>(expected.touchpoints()));
    }

    private static List<String> stageIds(JourneyMap map) {
        return map.stages().stream().map(org.journeystudio.model.Stage::id).toList();
    }

    private static String text(Node node) {
        if (node instanceof TextTile tile) {
            return tile.text().getText();
        }
        if (node instanceof javafx.scene.text.Text text) {
            return text.getText();
        }
        return ((Labeled) node).getText();
    }
}
