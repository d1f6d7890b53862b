package org.journeystudio.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.shape.Circle;
import org.journeystudio.layout.Box;
import org.journeystudio.model.Emotion;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Touchpoint;
import org.journeystudio.render.ExportFormat;
import org.journeystudio.render.ExportMonitor;
import org.journeystudio.render.ExportOptions;
import org.journeystudio.render.MapExporter;
import org.journeystudio.store.ResourceTemplateCatalog;
import org.journeystudio.style.Palette;
import org.journeystudio.testing.UiTest;
import org.journeystudio.ui.FxColours;
import org.journeystudio.ui.Theme;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * One emotion scale: the points on the canvas, styled by the real stylesheets, have the fill and outline the
 * exports give the same emotion's face, and those are the palette's.
 */
@UiTest
class EmotionColoursMatchExportTest {
    private static final Pattern SVG_RGB = Pattern.compile("rgb\\((\\d+),\\s*(\\d+),\\s*(\\d+)\\)");

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void theCanvasPaintsEachEmotionInTheColoursOfTheExportedFaces() throws Exception {
        JourneyMap map = everyEmotion();
        Map<Integer, Circle> points = WaitForAsyncUtils.asyncFx(() -> {
            Theme.apply(false);
            JourneyCanvas canvas = new JourneyCanvas();
            Scene scene = new Scene(canvas.view());
            Theme.style(scene);
            scene.getStylesheets().add(JourneyCanvas.class.getResource("canvas.css").toExternalForm());
            canvas.setViewport(new Box(0, 0, 10_000, 10_000));
            canvas.show(map);
            canvas.view().applyCss();
            Map<Integer, Circle> byScore = new HashMap<>();
            for (Node node : canvas.view().lookupAll(".emotion-point")) {
                String touchpointId = node.getId().substring("emotion-".length());
                byScore.putIfAbsent(map.touchpoint(touchpointId).orElseThrow().emotion().score(), (Circle) node);
            }
            return byScore;
        }).get();
        Set<Color> exported = svgColours(map);

        assertThat(points).containsOnlyKeys(-2, -1, 0, 1, 2);
        Set<Paint> fills = new HashSet<>();
        for (Map.Entry<Integer, Circle> point : points.entrySet()) {
            int score = point.getKey();
            Paint fill = point.getValue().getFill();
            Paint stroke = point.getValue().getStroke();
            assertThat(fill).as("canvas fill of emotion %d", score).isEqualTo(FxColours.of(Palette.emotion(score)));
            assertThat(stroke).as("canvas outline of emotion %d", score)
                    .isEqualTo(FxColours.of(Palette.emotionEdge(score)));
            assertThat(exported).as("the exported faces' colours").contains((Color) fill, (Color) stroke);
            fills.add(fill);
        }
        assertThat(fills).as("five emotions, five colours").hasSize(5);
    }

    /** A template whose touchpoints take the emotions −2…+2 in turn. */
    private static JourneyMap everyEmotion() {
        JourneyMap map = new ResourceTemplateCatalog()
                .instantiate("online-retailer", "Shop", Instant.parse("2026-11-01T10:00:00Z"));
        List<Touchpoint> touchpoints = new ArrayList<>();
        for (Touchpoint t : map.touchpoints()) {
            touchpoints.add(t.withEmotion(Emotion.of(touchpoints.size() % 5 - 2)));
        }
        return map.withTouchpoints(touchpoints);
    }

    private static Set<Color> svgColours(JourneyMap map) throws Exception {
        ByteArrayOutputStream svg = new ByteArrayOutputStream();
        MapExporter.export(map, ExportOptions.of(ExportFormat.SVG), svg, ExportMonitor.NONE);
        Set<Color> colours = new HashSet<>();
        Matcher m = SVG_RGB.matcher(svg.toString(StandardCharsets.UTF_8));
        while (m.find()) {
            colours.add(Color.rgb(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3))));
        }
        return colours;
    }
}
