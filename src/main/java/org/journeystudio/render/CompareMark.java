package org.journeystudio.render;

import java.util.List;
import org.journeystudio.layout.Box;
import org.journeystudio.style.Rgb;

/**
 * One thing the compare view draws, already placed and coloured: the screen and every exporter paint the same
 * list of marks ({@link CompareLayout#marks()}), so what is shown is what is exported.
 */
public sealed interface CompareMark {

    /** A line of text, left-aligned, its baseline at {@code baseline}; already wrapped or cut to fit. */
    record Text(double x, double baseline, String text, CompareType type, Rgb colour) implements CompareMark {
    }

    /** A rectangle, filled and/or outlined (a null colour is not painted). */
    record Rect(Box box, Rgb fill, Rgb stroke, double strokeWidth) implements CompareMark {
    }

    /** A polyline through {@code points} (x, y pairs), solid or dashed. */
    record Line(List<Double> points, Rgb colour, double width, boolean dashed) implements CompareMark {
        public Line {
            points = List.copyOf(points);
        }
    }

    /** A filled circle with an outline (a point of an emotion curve). */
    record Dot(double cx, double cy, double radius, Rgb fill, Rgb stroke) implements CompareMark {
    }
}
