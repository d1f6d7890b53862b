package org.journeystudio.layout;

import static org.assertj.core.api.Assertions.assertThat;

import org.journeystudio.layout.WheelScroll.Axis;
import org.journeystudio.layout.WheelScroll.Unit;
import org.journeystudio.testing.FastTest;
import org.junit.jupiter.api.Test;

/** A wheel's notch follows the platform's lines (or pages) per notch; touchpads' smooth deltas pass through. */
@FastTest
class WheelScrollTest {

    @Test
    void aNotchMovesTheLinesPerNotchTimesThePixelsPerLine() {
        // One notch down with three lines per notch, 40 px a line, as GTK and Windows report it.
        assertThat(WheelScroll.pixels(new Axis(-40, 40, Unit.LINES, -3, false), 600)).isEqualTo(-120);
        // Two notches with the user's setting of five lines.
        assertThat(WheelScroll.pixels(new Axis(80, 40, Unit.LINES, 10, false), 600)).isEqualTo(400);
        // An event that counts no notches (multiplier 1) is one notch.
        assertThat(WheelScroll.pixels(new Axis(-40, 1, Unit.LINES, -3, false), 600)).isEqualTo(-120);
        // One line per notch stays one line.
        assertThat(WheelScroll.pixels(new Axis(-40, 40, Unit.LINES, -1, false), 600)).isEqualTo(-40);
    }

    @Test
    void aPageANotchMovesAViewport() {
        assertThat(WheelScroll.pixels(new Axis(-40, 40, Unit.PAGES, -1, false), 600)).isEqualTo(-600);
    }

    @Test
    void touchpadAndInertiaDeltasPassThroughUnchanged() {
        assertThat(WheelScroll.pixels(new Axis(-7.5, 40, Unit.LINES, -0.56, false), 600))
                .as("a fraction of a notch").isEqualTo(-7.5);
        assertThat(WheelScroll.pixels(new Axis(-40, 40, Unit.LINES, -3, true), 600))
                .as("touch points or inertia").isEqualTo(-40);
        assertThat(WheelScroll.pixels(new Axis(-13, 0, Unit.NONE, 0, false), 600))
                .as("pixel deltas without text units").isEqualTo(-13);
        assertThat(WheelScroll.pixels(new Axis(0, 40, Unit.LINES, 0, false), 600)).isZero();
    }
}
