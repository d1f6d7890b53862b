package org.journeystudio.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.journeystudio.layout.DivergingScale;
import org.journeystudio.layout.ProjectorContrast;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Touchpoint;
import org.journeystudio.style.Rgb;
import org.journeystudio.testing.UiTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Presentation mode from the editor's Present button: stepping stages, the heatmap overlay, and leaving. */
@ExtendWith(ApplicationExtension.class)
@UiTest
class PresentationModeTest {
    @TempDir
    static Path folder;

    private LibraryStudio studio;
    private JourneyMap shop;

    @Start
    void start(Stage stage) {
        studio = new LibraryStudio(folder.resolve("library-" + System.nanoTime()));
        JourneyMap map = studio.templates.instantiate("online-retailer", "Shop", studio.clock.instant());
        studio.library.create(rated(map));
        shop = studio.library.load(map.id()).orElseThrow();
        studio.show(stage);
    }

    @AfterEach
    void stop() throws Exception {
        for (Window window : new ArrayList<>(Window.getWindows())) {
            if (window instanceof Stage s && s.getScene() != null && s.getScene().lookup("#presentation") != null) {
                robotClose(s);
            }
        }
        FxToolkit.hideStage();
        studio.close();
    }

    @Test
    void arrowsStepThroughStagesHShowsTheHeatmapAndEscLeaves(FxRobot robot) {
        LibraryStudio.openProject(robot, "Shop");
        robot.clickOn("Present");
        Stage presentation = presentationStage(robot);
        assertThat(presentation.isFullScreen()).isTrue();
        List<String> stageIds = shop.stages().stream().map(org.journeystudio.model.Stage::id).toList();
        assertCurrent(robot, presentation, stageIds, 0);

        robot.press(KeyCode.RIGHT).release(KeyCode.RIGHT);
        robot.press(KeyCode.RIGHT).release(KeyCode.RIGHT);
        assertCurrent(robot, presentation, stageIds, 2);
        assertThat(label(presentation, "#presentation-stage").getText())
                .isEqualTo("3 / " + stageIds.size() + " · " + shop.stages().get(2).name());
        robot.press(KeyCode.LEFT).release(KeyCode.LEFT);
        assertCurrent(robot, presentation, stageIds, 1);

        Node legend = presentation.getScene().lookup("#presentation-legend");
        assertThat(legend.isVisible()).isFalse();
        robot.press(KeyCode.H).release(KeyCode.H);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(legend.isVisible()).isTrue();
        DivergingScale scale = new DivergingScale(shop.scale());
        int checked = 0;
        for (Touchpoint touchpoint : shop.customerTouchpoints()) {
            Region card = (Region) presentation.getScene().lookup("#present-card-" + touchpoint.id());
            double mean = touchpoint.satisfaction().values().stream().mapToDouble(Double::doubleValue).average()
                    .orElse(Double.NaN);
            // The scale's colour, or its nearest variant that keeps the card's text at 4.5:1 on a projector.
            int projected = ProjectorContrast.cardFill(Rgb.of(scale.rgb(mean))).value();
            assertThat(fill(card)).as(touchpoint.title()).isEqualTo(fx(projected));
            checked++;
        }
        assertThat(checked).isGreaterThan(5);

        // S picks the first segment: the cards then show that segment's own score.
        robot.press(KeyCode.S).release(KeyCode.S);
        WaitForAsyncUtils.waitForFxEvents();
        String segment = shop.segments().get(0).id();
        for (Touchpoint touchpoint : shop.customerTouchpoints()) {
            Region card = (Region) presentation.getScene().lookup("#present-card-" + touchpoint.id());
            Double rating = touchpoint.satisfaction().get(segment);
            assertThat(fill(card)).isEqualTo(fx(scale.rgb(rating == null ? Double.NaN : rating)));
        }
        assertThat(label(presentation, ".legend-title").getText()).contains(shop.segments().get(0).name());

        robot.press(KeyCode.H).release(KeyCode.H);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(legend.isVisible()).isFalse();

        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(presentation.isShowing()).isFalse();
        // The editor is still there and unchanged: presenting edits nothing.
        assertThat(robot.lookup("#journeyMap").tryQuery()).isPresent();
        assertThat(studio.window.editor().orElseThrow().session().map()).isEqualTo(shop);
    }

    @Test
    void f5PresentsTooAndTheLastStageStaysCurrentPastTheEnd(FxRobot robot) {
        LibraryStudio.openProject(robot, "Shop");
        robot.press(KeyCode.F5).release(KeyCode.F5);
        Stage presentation = presentationStage(robot);
        List<String> stageIds = shop.stages().stream().map(org.journeystudio.model.Stage::id).toList();
        for (int i = 0; i < stageIds.size() + 2; i++) {
            robot.press(KeyCode.RIGHT).release(KeyCode.RIGHT);
        }
        assertCurrent(robot, presentation, stageIds, stageIds.size() - 1);
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(presentation.isShowing()).isFalse();
    }

    /** Ratings that differ per card and segment, with one card left unrated (the no-value grey). */
    static JourneyMap rated(JourneyMap map) {
        List<Touchpoint> touchpoints = new ArrayList<>();
        int i = 0;
        for (Touchpoint t : map.touchpoints()) {
            Map<String, Double> ratings = new LinkedHashMap<>();
            if (i > 0) {
                ratings.put(map.segments().get(0).id(), 1.0 + i % 5);
                if (map.segments().size() > 1 && i % 3 != 0) {
                    ratings.put(map.segments().get(1).id(), 5.0 - i % 4);
                }
            }
            touchpoints.add(t.toBuilder().satisfaction(ratings).build());
            i++;
        }
        return map.withTouchpoints(touchpoints);
    }

    private static void assertCurrent(FxRobot robot, Stage presentation, List<String> stageIds, int current) {
        WaitForAsyncUtils.waitForFxEvents();
        for (int i = 0; i < stageIds.size(); i++) {
            Node stage = presentation.getScene().lookup("#present-stage-" + stageIds.get(i));
            if (i == current) {
                assertThat(stage.getOpacity()).as("stage %d", i).isEqualTo(1.0);
                assertThat(stage.getStyleClass()).contains("current-stage");
            } else {
                assertThat(stage.getOpacity()).as("stage %d", i).isLessThan(0.5);
                assertThat(stage.getStyleClass()).doesNotContain("current-stage");
            }
        }
    }

    private static Color fill(Region card) {
        return (Color) card.getBackground().getFills().get(0).getFill();
    }

    private static Color fx(int rgb) {
        return Color.rgb((rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff);
    }

    private static Label label(Stage stage, String selector) {
        return (Label) stage.getScene().lookup(selector);
    }

    private static Stage presentationStage(FxRobot robot) {
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> findPresentation() != null);
        } catch (TimeoutException e) {
            throw new AssertionError("The presentation did not open", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
        return findPresentation();
    }

    private static Stage findPresentation() {
        for (Window window : Window.getWindows()) {
            if (window instanceof Stage s && s.isShowing() && s.getScene() != null
                    && s.getScene().lookup("#presentation") != null) {
                return s;
            }
        }
        return null;
    }

    private static void robotClose(Stage stage) throws Exception {
        FxToolkit.setupFixture(stage::close);
    }
}
