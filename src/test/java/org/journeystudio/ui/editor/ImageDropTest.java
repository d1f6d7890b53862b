package org.journeystudio.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.PickResult;
import javafx.scene.input.TransferMode;
import javafx.stage.Stage;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.store.ResourceTemplateCatalog;
import org.journeystudio.store.image.TestImages;
import org.journeystudio.testing.UiTest;
import org.journeystudio.ui.StudioWindow;
import org.journeystudio.ui.fakes.TestStudio;
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

/** An image file dropped on a card shows on it as a thumbnail; undo takes it off again. */
@UiTest
@ExtendWith(ApplicationExtension.class)
class ImageDropTest {
    private static final String TITLE = "Compare rooms and book online";
    private final TestStudio studio = new TestStudio();
    private final JourneyMap map = new ResourceTemplateCatalog().instantiate("service-blueprint", "Hotel",
            Instant.parse("2026-11-23T00:00:00Z"));
    private StudioWindow window;

    @TempDir
    Path folder;

    @Start
    void start(Stage stage) {
        studio.library.create(map);
        stage.setWidth(1024);
        stage.setHeight(768);
        window = studio.show(stage);
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.hideStage();
        studio.work.close();
    }

    @Test
    void anImageFileDroppedOnACardShowsOnItAndUndoTakesItOff(FxRobot robot) throws Exception {
        Path screenshot = folder.resolve("booking-page.png");
        Files.write(screenshot, TestImages.noise(320, 200, "png", 21));
        EditorSession session = open(robot);
        String book = map.touchpoints().stream().filter(t -> t.title().equals(TITLE)).findFirst().orElseThrow().id();
        Node card = card(robot);

        robot.interact(() -> drop(card, screenshot.toFile()));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(session.map().touchpoint(book).orElseThrow().image()).isNotNull()
                .satisfies(image -> assertThat(image.width()).isEqualTo(320));
        assertThat(session.document().undoDescription()).hasValueSatisfying(d -> assertThat(d).contains("image"));
        assertThat(session.selection().touchpointIds()).containsExactly(book);
        assertThat(robot.from(card(robot)).lookup(".card-picture").tryQuery()).isPresent();

        robot.interact(() -> session.document().undo());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(session.map().touchpoint(book).orElseThrow().image()).isNull();
        assertThat(robot.from(card(robot)).lookup(".card-picture").tryQuery()).isEmpty();
    }

    @Test
    void aFileThatIsNotAnImageIsRefusedWithAMessageAndTheCardStaysAsItWas(FxRobot robot) throws Exception {
        Path notes = folder.resolve("notes.png");
        Files.writeString(notes, "not a picture");
        EditorSession session = open(robot);

        robot.interact(() -> drop(card(robot), notes.toFile()));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(session.document().canUndo()).isFalse();
        assertThat(session.statusProperty().get().error()).isTrue();
        assertThat(session.statusProperty().get().text())
                .isEqualTo("notes.png: This is not an image the studio reads; use a PNG, JPEG, GIF, WebP or SVG file");
    }

    /** Fires a drag over the card and a drop on it, as the platform does, with a dragboard holding {@code file}. */
    private static void drop(Node card, File file) {
        Dragboard board = FileDragboard.holding(List.of(file));
        Bounds bounds = card.localToScene(card.getLayoutBounds());
        Point2D at = new Point2D(bounds.getCenterX(), bounds.getCenterY());
        Point2D screen = card.localToScreen(card.getLayoutBounds().getCenterX(), card.getLayoutBounds().getCenterY());
        for (var type : List.of(DragEvent.DRAG_OVER, DragEvent.DRAG_DROPPED)) {
            Event.fireEvent(card, new DragEvent(card, card, type, board, at.getX(), at.getY(), screen.getX(),
                    screen.getY(), TransferMode.COPY, null, card, new PickResult(card, at.getX(), at.getY())));
        }
    }

    private Node card(FxRobot robot) {
        return robot.lookup(".touchpoint-card").match((Node n) -> n.isVisible() && n.getAccessibleText() != null
                && n.getAccessibleText().startsWith("Touchpoint " + TITLE + ",")).query();
    }

    private EditorSession open(FxRobot robot) {
        Node cell = robot.lookup(".project-title").match((Labeled l) -> map.title().equals(l.getText())).query();
        robot.doubleClickOn(cell);
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#journeyMap").tryQuery().isPresent());
        } catch (TimeoutException e) {
            throw new AssertionError("The editor did not open", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
        return window.editor().orElseThrow().session();
    }
}
