package org.journeystudio.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.LinearGradient;
import javafx.stage.Stage;
import org.journeystudio.edit.command.SetTouchpointField;
import org.journeystudio.edit.command.TouchpointField;
import org.journeystudio.layout.DivergingScale;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Segment;
import org.journeystudio.model.Touchpoint;
import org.journeystudio.ratings.SatisfactionScores;
import org.journeystudio.testing.UiTest;
import org.journeystudio.ui.session.EditorSession;
import org.journeystudio.ui.heatmap.HeatmapColours;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The editor's satisfaction overlay: shortcut and toggle, card colours per segment, rating edits and undo. */
@ExtendWith(ApplicationExtension.class)
@UiTest
class SatisfactionOverlayTest {
    @TempDir
    static Path folder;

    private LibraryStudio studio;
    private JourneyMap shop;

    @Start
    void start(Stage stage) {
        studio = new LibraryStudio(folder.resolve("library-" + System.nanoTime()));
        JourneyMap map = studio.templates.instantiate("online-retailer", "Shop", studio.clock.instant());
        studio.library.create(PresentationModeTest.rated(map));
        shop = studio.library.load(map.id()).orElseThrow();
        studio.show(stage);
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.hideStage();
        studio.close();
    }

    @Test
    void cardsTakeTheScaleColourOfTheChosenSegmentAndFollowRatingEditsAndUndo(FxRobot robot) {
        LibraryStudio.openProject(robot, "Shop");
        DivergingScale scale = new DivergingScale(shop.scale());
        ToggleButton toggle = robot.lookup("#overlayToggle").queryAs(ToggleButton.class);
        assertThat(toggle.isSelected()).isFalse();
        assertThat(robot.lookup(".satisfaction-legend").tryQuery()).isEmpty();

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.H).release(KeyCode.H, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(toggle.isSelected()).isTrue();
        assertThat(robot.lookup(".satisfaction-legend").tryQuery()).isPresent();
        int coloured = 0;
        int unrated = 0;
        for (Touchpoint touchpoint : shop.touchpoints()) {
            Optional<Region> card = card(robot, touchpoint);
            if (card.isEmpty()) {
                continue; // off screen: no node
            }
            double mean = SatisfactionScores.meanOverSegments().score(touchpoint);
            if (Double.isNaN(mean)) {
                assertThat(card.get().getStyleClass()).contains("no-rating");
                assertThat(card.get().getBackground().getFills().get(0).getFill()).isInstanceOf(LinearGradient.class);
                unrated++;
            } else {
                assertThat(fill(card.get())).as(touchpoint.title()).isEqualTo(HeatmapColours.of(scale, mean));
                assertThat(card.get().getStyleClass()).doesNotContain("no-rating");
                coloured++;
            }
        }
        assertThat(coloured).isGreaterThan(3);
        assertThat(unrated).isEqualTo(1); // the template's first card is left unrated

        // One segment: its own rating, and the cards it did not rate show the no-rating mark.
        Segment second = shop.segments().get(1);
        @SuppressWarnings("unchecked")
        ComboBox<SatisfactionScores> chooser = robot.lookup("#overlaySegment").queryAs(ComboBox.class);
        List<String> names = new ArrayList<>(List.of("All"));
        shop.segments().forEach(s -> names.add(s.name()));
        assertThat(chooser.getItems()).extracting(SatisfactionScores::choiceName).containsExactlyElementsOf(names);
        robot.interact(() -> chooser.getSelectionModel().select(2));
        WaitForAsyncUtils.waitForFxEvents();
        Touchpoint rated = null;
        for (Touchpoint touchpoint : shop.touchpoints()) {
            Optional<Region> card = card(robot, touchpoint);
            if (card.isEmpty()) {
                continue;
            }
            Double rating = touchpoint.satisfaction().get(second.id());
            if (rating == null) {
                assertThat(card.get().getStyleClass()).contains("no-rating");
            } else {
                assertThat(fill(card.get())).isEqualTo(HeatmapColours.of(scale, rating));
                if (rated == null) {
                    rated = touchpoint; // the first one, well inside the view
                }
            }
        }
        assertThat(rated).isNotNull();
        assertThat(robot.lookup(".satisfaction-legend .legend-title").queryLabeled().getText())
                .contains(second.name());

        // A rating edit recolours the card; undo brings the old colour back.
        Touchpoint changed = rated;
        EditorSession session = studio.window.editor().orElseThrow().session();
        double before = changed.satisfaction().get(second.id());
        double after = before >= 3 ? 1.0 : 5.0;
        robot.interact(() -> session.execute(SetTouchpointField.of(session.map(), changed.id(),
                TouchpointField.satisfaction(second.id()), after)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fill(card(robot, changed).orElseThrow())).isEqualTo(HeatmapColours.of(scale, after));
        robot.interact(() -> session.document().undo());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fill(card(robot, changed).orElseThrow())).isEqualTo(HeatmapColours.of(scale, before));

        robot.clickOn("View").clickOn("Satisfaction colours");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(toggle.isSelected()).isFalse();
        assertThat(robot.lookup(".satisfaction-legend").tryQuery()).isEmpty();
        Region plain = card(robot, changed).orElseThrow();
        assertThat(plain.getStyle()).isEmpty();
        assertThat(plain.getStyleClass()).doesNotContain("no-rating", CanvasStyles.HEAT_LIGHT_INK,
                CanvasStyles.HEAT_DARK_INK);
        assertThat(fill(plain)).isNotEqualTo(HeatmapColours.of(scale, before));
    }

    private static Optional<Region> card(FxRobot robot, Touchpoint touchpoint) {
        return CardLookup.card(robot, touchpoint.id()).tryQueryAs(Region.class);
    }

    private static Color fill(Region card) {
        return (Color) card.getBackground().getFills().get(0).getFill();
    }
}
