package org.journeystudio.render;

import java.util.ArrayList;
import java.util.List;
import org.journeystudio.layout.Box;
import org.journeystudio.style.Rgb;

/** Collects the marks of the compare view as its parts are laid out, with the text measured in the export font. */
final class CompareMarks {
    private final List<CompareMark> marks = new ArrayList<>();

    List<CompareMark> all() {
        return List.copyOf(marks);
    }

    /** One line from {@code x}, cut with an ellipsis to {@code maxWidth}. */
    void text(double x, double baseline, String text, CompareType type, Rgb colour, double maxWidth) {
        marks.add(new CompareMark.Text(x, baseline, TextFit.ellipsized(text, type.font(), maxWidth), type, colour));
    }

    /** One line centred on {@code centerX}, cut to {@code maxWidth}. */
    void centred(double centerX, double baseline, String text, CompareType type, Rgb colour, double maxWidth) {
        String shown = TextFit.ellipsized(text, type.font(), maxWidth);
        marks.add(new CompareMark.Text(centerX - type.width(shown) / 2, baseline, shown, type, colour));
    }

    /** One line ending at {@code right}. */
    void rightAligned(double right, double baseline, String text, CompareType type, Rgb colour) {
        marks.add(new CompareMark.Text(right - type.width(text), baseline, text, type, colour));
    }

    /**
     * Wraps {@code text} to {@code maxWidth} in at most {@code maxLines} lines from {@code top}; returns the
     * height used.
     */
    double wrapped(double x, double top, String text, CompareType type, Rgb colour, double maxWidth, int maxLines) {
        List<String> lines = TextFit.wrap(text, type.font(), maxWidth, maxLines);
        double lineHeight = lineHeight(type);
        double baseline = top + TextFit.ascent(type.font());
        for (String line : lines) {
            marks.add(new CompareMark.Text(x, baseline, line, type, colour));
            baseline += lineHeight;
        }
        return lines.size() * lineHeight;
    }

    static double lineHeight(CompareType type) {
        return Math.ceil(type.size() * 1.45);
    }

    void rect(Box box, Rgb fill, Rgb stroke, double strokeWidth) {
        marks.add(new CompareMark.Rect(box, fill, stroke, strokeWidth));
    }

    void line(List<Double> points, Rgb colour, double width, boolean dashed) {
        if (points.size() >= 4) {
            marks.add(new CompareMark.Line(points, colour, width, dashed));
        }
    }

    void dot(double cx, double cy, double radius, Rgb fill, Rgb stroke) {
        marks.add(new CompareMark.Dot(cx, cy, radius, fill, stroke));
    }
}
