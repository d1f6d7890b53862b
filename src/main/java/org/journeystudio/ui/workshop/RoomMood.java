package org.journeystudio.ui.workshop;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.CornerRadii;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.shape.Line;
import javafx.scene.text.TextAlignment;
import org.journeystudio.i18n.Messages;
import org.journeystudio.layout.DivergingScale;
import org.journeystudio.ui.heatmap.HeatmapColours;
import org.journeystudio.workshop.LiveHeatmap;

/**
 * The emotion overlay of the room: one bar per rated touchpoint in journey order, rising above the neutral line
 * when the room is satisfied and hanging below it when not, in the heatmap's colours, with the mean on top.
 * Touchpoints nobody rated yet leave a gap.
 */
final class RoomMood extends Pane {
    private static final double PAD = 8;
    /** The height of the bars' part, above the names. */
    private static final double CHART_HEIGHT = 140;
    /** Room between two neighbours' names. */
    private static final double NAME_GAP = 6;
    /** Names longer than this many lines are cut with an ellipsis (the tooltip has them in full). */
    private static final int NAME_LINES = 3;

    private final Line neutral = new Line();
    private final List<Region> bars = new ArrayList<>();
    private final List<Label> values = new ArrayList<>();
    private final List<Label> names = new ArrayList<>();
    private final List<Line> stageBreaks = new ArrayList<>();
    private LiveHeatmap heatmap;

    RoomMood() {
        getStyleClass().add(WorkshopStyles.ROOM_MOOD);
        setId("roomMood");
        neutral.getStyleClass().add(WorkshopStyles.ROOM_MOOD_NEUTRAL);
        setMinHeight(120);
    }

    /** Names wrap, so the height they need depends on the width each bar gets. */
    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computePrefHeight(double width) {
        double slot = slot(width < 0 ? getWidth() : width);
        return CHART_HEIGHT + namesHeight(slot);
    }

    /** Shows the room's mean per touchpoint of {@code shown}. */
    void show(LiveHeatmap shown) {
        heatmap = shown;
        int count = shown.rows().size();
        if (bars.size() != count) {
            clear();
            heatmap = shown;
            getChildren().setAll(neutral);
            for (int row = 0; row < count; row++) {
                Region bar = new Region();
                bar.getStyleClass().add(WorkshopStyles.ROOM_MOOD_BAR);
                bar.setId("mood-bar-" + row);
                Label value = new Label();
                value.getStyleClass().add(WorkshopStyles.ROOM_MOOD_VALUE);
                Label name = new Label(shown.rows().get(row).title());
                name.getStyleClass().add(WorkshopStyles.ROOM_MOOD_NAME);
                name.setWrapText(true);
                name.setTextAlignment(TextAlignment.CENTER);
                name.setAlignment(Pos.TOP_CENTER);
                name.setTooltip(new Tooltip(name.getText()));
                bars.add(bar);
                values.add(value);
                names.add(name);
                getChildren().addAll(bar, value, name);
            }
            for (int row = 1; row < count; row++) {
                if (!shown.rows().get(row).stageId().equals(shown.rows().get(row - 1).stageId())) {
                    Line line = new Line();
                    line.getStyleClass().add(WorkshopStyles.ROOM_MOOD_STAGE_BREAK);
                    line.setUserData(row);
                    stageBreaks.add(line);
                    getChildren().add(line);
                }
            }
        }
        DivergingScale colours = new DivergingScale(shown.scale());
        for (int row = 0; row < count; row++) {
            double mean = shown.roomMean(row);
            Region bar = bars.get(row);
            bar.setVisible(!Double.isNaN(mean));
            bar.setBackground(new Background(new BackgroundFill(HeatmapColours.of(colours, mean),
                    new CornerRadii(4), null)));
            values.get(row).setText(Double.isNaN(mean) ? "" : Messages.number(mean, 1));
            Tooltip.install(bar, new Tooltip(Double.isNaN(mean)
                    ? Messages.text("workshop.moodNoAnswers", shown.rows().get(row).title())
                    : Messages.text("workshop.moodMean", shown.rows().get(row).title(), mean)));
        }
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        if (heatmap == null || bars.isEmpty()) {
            return;
        }
        double width = getWidth() - 2 * PAD;
        double slot = slot(getWidth());
        double namesRow = namesHeight(slot);
        double chart = getHeight() - namesRow;
        double middle = chart / 2;
        double reach = Math.max(4, middle - PAD - 18);
        double neutralValue = heatmap.scale().neutral();
        double half = heatmap.scale().max() - neutralValue;
        neutral.setStartX(PAD);
        neutral.setEndX(PAD + width);
        neutral.setStartY(middle);
        neutral.setEndY(middle);
        double barWidth = Math.max(3, Math.min(56, slot * 0.6));
        for (int row = 0; row < bars.size(); row++) {
            double mean = heatmap.roomMean(row);
            double share = Double.isNaN(mean) ? 0 : Math.max(-1, Math.min(1, (mean - neutralValue) / half));
            double height = Math.max(2, Math.abs(share) * reach);
            double x = PAD + slot * row + (slot - barWidth) / 2;
            double top = share >= 0 ? middle - height : middle;
            bars.get(row).resizeRelocate(x, top, barWidth, height);
            Label value = values.get(row);
            value.setVisible(slot >= 34);
            double labelWidth = value.prefWidth(-1);
            double labelHeight = value.prefHeight(-1);
            double labelY = share >= 0 ? top - labelHeight - 2 : top + height + 2;
            value.resizeRelocate(x + (barWidth - labelWidth) / 2, labelY, labelWidth, labelHeight);
            Label name = names.get(row);
            double nameWidth = Math.min(name.prefWidth(-1), slot - NAME_GAP);
            name.resizeRelocate(PAD + slot * row + (slot - nameWidth) / 2, chart, nameWidth, namesRow);
        }
        for (Line line : stageBreaks) {
            double x = PAD + slot * (int) line.getUserData();
            line.setStartX(x);
            line.setEndX(x);
            line.setStartY(PAD / 2);
            line.setEndY(getHeight());
        }
    }

    /** The width each bar and its name get, when the chart is {@code width} wide. */
    private double slot(double width) {
        return bars.isEmpty() ? 0 : Math.max(0, width - 2 * PAD) / bars.size();
    }

    /**
     * The height of the names' row: that of the tallest name wrapped to its slot, up to {@link #NAME_LINES} lines.
     * A name with a word wider than its slot is not wrapped (JavaFX would break the word in the middle) but cut on
     * one line with an ellipsis.
     */
    private double namesHeight(double slot) {
        double nameWidth = Math.max(0, slot - NAME_GAP);
        double tallest = 0;
        for (Label name : names) {
            name.setWrapText(WholeWordLabel.wholeWordWidth(name) <= nameWidth);
            double line = name.prefHeight(Double.MAX_VALUE);
            tallest = Math.max(tallest, Math.min(name.prefHeight(nameWidth), NAME_LINES * line));
        }
        return Math.ceil(tallest);
    }

    /** Forgets the bars (results hidden): no score stays in the scene. */
    void clear() {
        heatmap = null;
        bars.clear();
        values.clear();
        names.clear();
        stageBreaks.clear();
        getChildren().clear();
    }
}
