package org.journeystudio.ui.heatmap;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleFunction;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.paint.CycleMethod;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Stop;
import javafx.scene.shape.Rectangle;
import org.journeystudio.i18n.Messages;
import org.journeystudio.layout.DivergingScale;
import org.journeystudio.ratings.CellWeight;
import org.journeystudio.ratings.HeatmapMeasure;
import org.journeystudio.style.Palette;
import org.journeystudio.ui.FxColours;
import org.journeystudio.ui.StudioStyles;

/**
 * The heatmap's legend: the colour ramp with its low, neutral and high values. Under the heatmap it also explains
 * the low-n mark; on the editor's canvas overlay it explains the "no rating" mark instead.
 */
public final class HeatmapLegend {
    // Style classes; their rules are in heatmap.css.
    private static final String SATISFACTION_LEGEND = "satisfaction-legend";

    /** The style class of a card or swatch that has no rating to colour it (a hatched, neutral look). */
    public static final String NO_RATING = "no-rating";

    private HeatmapLegend() {
    }

    /**
     * The survey heatmap's legend: the ramp, the low-n mark and the washed-out, hatched look of cells with too few
     * answers to judge by colour ({@link CellWeight}), and what hovering and clicking a cell do.
     */
    static List<Node> of(HeatmapMeasure measure, DivergingScale scale, int lowN) {
        List<Node> legend = new ArrayList<>(List.of(new Label(Messages.text("heatmap.legendTitle", measure)),
                ramp(scale, measure::format), note(Messages.text("heatmap.neutralIsWhite", measure.format(scale.neutral())))));
        if (lowN > 0) {
            legend.addAll(List.of(lowMark(), note(Messages.text("heatmap.lowNNote", lowN))));
        }
        int few = CellWeight.fewBelow(lowN);
        if (few > 0) {
            Region hatch = new Region();
            hatch.setMinSize(22, 14);
            hatch.setMaxSize(22, 14);
            hatch.setBackground(new Background(new BackgroundFill(FxColours.of(
                    CellWeight.FEW.colour(Palette.HEATMAP.at(1))), null, null), HeatmapColours.HATCH));
            legend.addAll(List.of(hatch, note(Messages.text("heatmap.fewNote", few))));
        }
        legend.add(note(Messages.text("heatmap.hoverNote")));
        return legend;
    }

    /** The legend with {@code hint} after the low-n note, for views whose cells do something else on click. */
    public static List<Node> of(HeatmapMeasure measure, DivergingScale scale, int lowN, String hint) {
        Label title = new Label(Messages.text("heatmap.legendTitle", measure));
        Label neutral = note(Messages.text("heatmap.neutralIsWhite", measure.format(scale.neutral())));
        Label lowNote = note(hint.isEmpty() ? Messages.text("heatmap.lowNDashed", lowN)
                : Messages.text("heatmap.lowNDashedHint", lowN, hint));
        return List.of(title, ramp(scale, measure::format), neutral, lowMark(), lowNote);
    }

    private static Rectangle lowMark() {
        Rectangle lowMark = new Rectangle(22, 14, Color.TRANSPARENT);
        lowMark.setStroke(FxColours.of(Palette.LOW_N_EDGE));
        lowMark.getStrokeDashArray().setAll(3.0, 3.0);
        return lowMark;
    }

    private static Label note(String text) {
        Label note = new Label(text);
        note.getStyleClass().add(StudioStyles.LEGEND_NOTE);
        return note;
    }

    /**
     * The legend of satisfaction colours on touchpoint cards: {@code title}, the ramp from the scale's low to
     * high end (white at its neutral value), and the mark of a card without a rating.
     */
    public static Node satisfaction(String title, DivergingScale scale, Optional<String> surveyNote) {
        Label heading = new Label(title);
        heading.getStyleClass().add(StudioStyles.LEGEND_TITLE);
        Label neutral = new Label(Messages.text("heatmap.neutralIsWhite", rating(scale.neutral())));
        neutral.getStyleClass().add(StudioStyles.LEGEND_NOTE);
        Region hatch = new Region();
        hatch.getStyleClass().addAll(StudioStyles.LEGEND_SWATCH, NO_RATING);
        hatch.setMinSize(22, 14);
        hatch.setMaxSize(22, 14);
        Label none = new Label(Messages.text("heatmap.noRating"), hatch);
        none.getStyleClass().add(StudioStyles.LEGEND_NOTE);
        VBox legend = new VBox(4, heading, ramp(scale, HeatmapLegend::rating), new HBox(12, neutral, none));
        surveyNote.ifPresent(note -> {
            Label survey = new Label(note);
            survey.getStyleClass().add(StudioStyles.LEGEND_NOTE);
            legend.getChildren().add(survey);
        });
        legend.getStyleClass().add(SATISFACTION_LEGEND);
        return legend;
    }

    private static HBox ramp(DivergingScale scale, DoubleFunction<String> format) {
        List<Stop> stops = new ArrayList<>();
        int steps = 10;
        for (int i = 0; i <= steps; i++) {
            double value = scale.low() + (scale.high() - scale.low()) * i / steps;
            stops.add(new Stop((double) i / steps, HeatmapColours.of(scale, value)));
        }
        Rectangle ramp = new Rectangle(220, 14, new LinearGradient(0, 0, 1, 0, true, CycleMethod.NO_CYCLE, stops));
        ramp.setStroke(FxColours.of(Palette.INK_FAINT));
        HBox rampBox = new HBox(6, new Label(format.apply(scale.low())), ramp, new Label(format.apply(scale.high())));
        rampBox.setAlignment(Pos.CENTER_LEFT);
        return rampBox;
    }

    private static String rating(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : Messages.number(value, 1);
    }
}
