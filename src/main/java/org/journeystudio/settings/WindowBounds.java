package org.journeystudio.settings;

/** Where the main window was and how big, to bring it back there on the next start. */
public record WindowBounds(double x, double y, double width, double height, boolean maximized) {

    /** Whether these bounds are big enough to be a real window rather than a leftover of a crash. */
    public boolean usable() {
        return width >= 400 && height >= 300 && Double.isFinite(x) && Double.isFinite(y);
    }
}
