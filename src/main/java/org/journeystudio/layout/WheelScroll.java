package org.journeystudio.layout;

/**
 * How far a scroll gesture moves a view, in screen pixels, following the platform. A mouse wheel's notch comes
 * as lines (or pages) per notch, as the user set them, and the platform's pixels per line: it moves lines times
 * that (a page moves a viewport). A touchpad, a touch screen and inertia give pixel-precise deltas, which pass
 * through unchanged so that scrolling stays smooth.
 */
public final class WheelScroll {
    private WheelScroll() {
    }

    /** How the platform counted the gesture's text delta. */
    public enum Unit { LINES, PAGES, NONE }

    /**
     * One axis of a scroll event, as the toolkit reports it.
     *
     * @param delta      the toolkit's pixel delta (notches times {@code multiplier} for a wheel)
     * @param multiplier the toolkit's pixels per notch (40 on most desktops), or 1 when it counts no notches
     * @param unit       what {@code textDelta} counts
     * @param textDelta  lines or pages for this gesture (notches times lines per notch)
     * @param smooth     a touchpad, touch screen or inertia event (touch points, inertia or a direct event)
     */
    public record Axis(double delta, double multiplier, Unit unit, double textDelta, boolean smooth) {
    }

    /**
     * The pixels to scroll along the axis (signed as the toolkit's deltas): a wheel's delta times the lines per
     * notch (a page a notch moves a viewport); a smooth delta as it is.
     */
    public static double pixels(Axis axis, double viewport) {
        if (axis.smooth() || axis.delta() == 0 || axis.unit() == Unit.NONE) {
            return axis.delta();
        }
        // Without a multiplier (1: the delta is not counted in notches) one event is one notch.
        double notches = axis.multiplier() > 1 ? Math.abs(axis.delta() / axis.multiplier()) : 1;
        boolean partOfANotch = notches < 1 - 1e-6 || Math.abs(notches - Math.rint(notches)) > 1e-6
                || axis.unit() == Unit.LINES && Math.abs(axis.textDelta()) < 1;
        if (partOfANotch) {
            return axis.delta(); // a touchpad's small, smooth steps
        }
        double perNotch = Math.abs(axis.textDelta()) / notches;
        return axis.unit() == Unit.LINES ? axis.delta() * perNotch
                : Math.signum(axis.delta()) * notches * perNotch * viewport;
    }
}
