package org.journeystudio.ui.heatmap;

import org.journeystudio.layout.DivergingScale;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.paint.Color;
import javafx.scene.paint.CycleMethod;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Stop;
import javafx.scene.shape.Rectangle;

/** The legend under the heatmap: the colour ramp with its low, neutral and high values, and the low-n mark. */
public final class HeatmapLegend {
    private HeatmapLegend() {
    }

    static List<Node> of(HeatmapMeasure measure, DivergingScale scale, int lowN) {
        return of(measure, scale, lowN, "hover a cell for its 95% CI, click for its answers");
    }

    /** The legend with {@code hint} after the low-n note, for views whose cells do something else on click. */
    public static List<Node> of(HeatmapMeasure measure, DivergingScale scale, int lowN, String hint) {
        List<Stop> stops = new ArrayList<>();
        int steps = 10;
        for (int i = 0; i <= steps; i++) {
            double value = scale.low() + (scale.high() - scale.low()) * i / steps;
            stops.add(new Stop((double) i / steps, HeatmapColours.of(scale, value)));
        }
        Rectangle ramp = new Rectangle(220, 14, new LinearGradient(0, 0, 1, 0, true, CycleMethod.NO_CYCLE, stops));
        ramp.setStroke(Color.gray(0.6));
        Label low = new Label(measure.format(scale.low()));
        Label high = new Label(measure.format(scale.high()));
        Label title = new Label(measure + ":");
        Label neutral = new Label("neutral " + measure.format(scale.neutral()) + " is white");
        neutral.getStyleClass().add("legend-note");
        Rectangle lowMark = new Rectangle(22, 14, Color.TRANSPARENT);
        lowMark.setStroke(Color.gray(0.33));
        lowMark.getStrokeDashArray().setAll(3.0, 3.0);
        Label lowNote = new Label("n below " + lowN + " (italic, dashed): few answers" + (hint.isEmpty() ? "" : "; " + hint));
        lowNote.getStyleClass().add("legend-note");
        HBox rampBox = new HBox(6, low, ramp, high);
        rampBox.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return List.of(title, rampBox, neutral, lowMark, lowNote);
    }
}
