package org.journeystudio.render;

import java.util.ArrayList;
import java.util.List;
import org.journeystudio.compare.StageEmotion;
import org.journeystudio.i18n.Messages;
import org.journeystudio.layout.Box;
import org.journeystudio.model.Emotion;
import org.journeystudio.style.Palette;

/**
 * The two emotion curves on one chart: a column per stage, the old curve dashed and faint, the new one solid,
 * and under each stage its name and how far its mean emotion moved.
 */
final class CompareChart {
    static final double PLOT_HEIGHT = 150;
    private static final double AXIS = 40;
    private static final double KEY_HEIGHT = 20;

    private CompareChart() {
    }

    /** Lays the chart out from {@code top} across {@code width}; returns its height. */
    static double layOut(CompareMarks marks, List<StageEmotion> stages, String beforeName, String afterName,
                         double top, double width) {
        double keyBaseline = top + 13;
        double x = width;
        for (boolean dashed : new boolean[] {false, true}) {
            String name = dashed ? beforeName : afterName;
            x -= CompareType.SMALL.width(name);
            marks.text(x, keyBaseline, name, CompareType.SMALL, Palette.INK_MUTED, width);
            x -= 34;
            marks.line(List.of(x, keyBaseline - 3.5, x + 26, keyBaseline - 3.5), dashed ? Palette.INK_FAINT
                    : Palette.CURVE, dashed ? 2 : 2.5, dashed);
            x -= 18;
        }
        Box plot = new Box(AXIS, top + KEY_HEIGHT + 8, Math.max(1, width - AXIS), PLOT_HEIGHT);
        for (int score = Emotion.MIN; score <= Emotion.MAX; score++) {
            double y = y(plot, score);
            marks.line(List.of(plot.x(), y, plot.right(), y), score == 0 ? Palette.NEUTRAL_LINE : Palette.GRID,
                    score == 0 ? 1.2 : 0.8, false);
            marks.rightAligned(plot.x() - 8, y + 3.5, signed(score, 0), CompareType.SMALL, Palette.INK_MUTED);
        }
        if (stages.isEmpty()) {
            marks.centred(plot.centerX(), plot.centerY() - 8, Messages.text("comparison.noStages"), CompareType.BODY,
                    Palette.INK_MUTED, plot.w());
            return plot.bottom() - top + 8;
        }
        double column = plot.w() / stages.size();
        curve(marks, stages, plot, column, true);
        curve(marks, stages, plot, column, false);
        double labelsHeight = 0;
        for (int i = 0; i < stages.size(); i++) {
            StageEmotion stage = stages.get(i);
            double cx = plot.x() + column * (i + 0.5);
            double used = 0;
            for (String line : TextFit.wrap(stage.stage().isBlank() ? "(unnamed stage)" : stage.stage(),
                    CompareType.SMALL.font(), column - 8, 2)) {
                marks.centred(cx, plot.bottom() + 16 + used, line, CompareType.SMALL, Palette.INK_SOFT, column - 8);
                used += CompareMarks.lineHeight(CompareType.SMALL);
            }
            marks.centred(cx, plot.bottom() + 16 + 2 * CompareMarks.lineHeight(CompareType.SMALL) + 4, change(stage),
                    CompareType.STRONG, Palette.INK, column - 4);
            labelsHeight = Math.max(labelsHeight, 2 * CompareMarks.lineHeight(CompareType.SMALL) + 24);
        }
        return plot.bottom() - top + labelsHeight;
    }

    private static void curve(CompareMarks marks, List<StageEmotion> stages, Box plot, double column, boolean old) {
        List<Double> run = new ArrayList<>();
        for (int i = 0; i < stages.size(); i++) {
            Double value = old ? stages.get(i).before() : stages.get(i).after();
            if (value == null) {
                marks.line(run, old ? Palette.INK_FAINT : Palette.CURVE, old ? 2 : 2.5, old);
                run = new ArrayList<>();
                continue;
            }
            run.add(plot.x() + column * (i + 0.5));
            run.add(y(plot, value));
        }
        marks.line(run, old ? Palette.INK_FAINT : Palette.CURVE, old ? 2 : 2.5, old);
        for (int i = 0; i < stages.size(); i++) {
            Double value = old ? stages.get(i).before() : stages.get(i).after();
            if (value != null) {
                marks.dot(plot.x() + column * (i + 0.5), y(plot, value), old ? 3.5 : 4.5,
                        old ? Palette.PAPER : Palette.CURVE, old ? Palette.INK_FAINT : Palette.PAPER);
            }
        }
    }

    private static double y(Box plot, double score) {
        double half = plot.h() / 2 - 8;
        return plot.centerY() - score / Emotion.MAX * half;
    }

    /** How the stage's mean emotion moved: "+0.5", "−1.0", or which state lacks it. */
    static String change(StageEmotion stage) {
        if (stage.delta() != null) {
            return signed(stage.delta(), 1);
        }
        if (stage.after() != null) {
            return Messages.text("comparison.onlyNew");
        }
        return stage.before() != null ? Messages.text("comparison.onlyOld") : "–";
    }

    /** A number with its sign ("+0.5", "−1.0" with a true minus; "+0,5" in German), and "0.0" without one. */
    static String signed(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        double rounded = Math.round(Math.abs(value) * scale) / scale;
        String digits = Messages.number(rounded, decimals);
        if (rounded == 0) {
            return digits;
        }
        return (value > 0 ? "+" : "−") + digits;
    }
}
