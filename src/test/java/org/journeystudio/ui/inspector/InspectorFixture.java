package org.journeystudio.ui.inspector;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Touchpoint;
import org.journeystudio.store.ResourceTemplateCatalog;
import org.journeystudio.ui.session.EditorSession;
import org.journeystudio.ui.fakes.ThemedStage;
import org.testfx.api.FxRobot;

/** An inspector over the Online retailer template in a real window, with a save sink that keeps every map. */
final class InspectorFixture {
    final JourneyMap start;
    final List<JourneyMap> saved = new ArrayList<>();
    final EditorSession session;
    final InspectorPanel panel;

    InspectorFixture(Stage stage) {
        start = new ResourceTemplateCatalog().instantiate("online-retailer", "Shop",
                Instant.parse("2026-11-23T00:00:00Z"));
        session = new EditorSession(start, saved::add);
        panel = new InspectorPanel(session);
        BorderPane root = new BorderPane(new Label("canvas"));
        root.setRight(panel.view());
        ThemedStage.show(stage, root, 420, 700);
    }

    /** Scrolls the panel so the node the query finds can be clicked, and returns the query for chaining. */
    String shown(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        robot.interact(() -> {
            panel.view().applyCss();
            panel.reveal(node);
        });
        return query;
    }

    /** Clicks into a text field, selects what it holds and types {@code text} over it (without Enter). */
    void retype(FxRobot robot, String query, String text) {
        robot.clickOn(shown(robot, query));
        robot.interact(() -> robot.lookup(query).queryAs(TextInputControl.class).selectAll());
        if (text.isEmpty()) {
            robot.type(KeyCode.BACK_SPACE);
        } else {
            robot.write(text);
        }
    }

    /** Opens the choice box the query finds and clicks the item with this text in its pop-up. */
    void choose(FxRobot robot, String query, String item) {
        robot.clickOn(shown(robot, query));
        pick(robot, item);
    }

    /** Clicks the item with this text in the open choice box's pop-up. */
    void pick(FxRobot robot, String item) {
        Node menuItem = robot.lookup(".context-menu .menu-item")
                .match((Node n) -> robot.from(n).lookup((Labeled l) -> item.equals(l.getText())).tryQuery().isPresent())
                .query();
        robot.clickOn(menuItem);
    }

    Touchpoint touchpoint(String title) {
        return touchpoint(session.map(), title);
    }

    static Touchpoint touchpoint(JourneyMap map, String title) {
        return map.touchpoints().stream().filter(tp -> tp.title().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("No touchpoint titled '" + title + "'"));
    }

    /** The touchpoint with this id in the current map. */
    Touchpoint now(String id) {
        return session.map().touchpoint(id).orElseThrow();
    }

    String segmentId(String name) {
        return session.map().segments().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow().id();
    }
}
