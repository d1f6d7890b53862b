package org.journeystudio.ui;

import javafx.geometry.Rectangle2D;

/**
 * Where a remembered window goes on the screen it finds: never larger than the screen, and moved in so that it
 * lies wholly on it. A window left at the right edge of a 1920-pixel monitor would otherwise open half off a
 * 1024×768 projector, with its title bar or its buttons out of reach.
 */
final class WindowPlacement {
    private WindowPlacement() {
    }

    static Rectangle2D fit(Rectangle2D wanted, Rectangle2D screen) {
        double width = Math.min(wanted.getWidth(), screen.getWidth());
        double height = Math.min(wanted.getHeight(), screen.getHeight());
        double x = Math.max(screen.getMinX(), Math.min(wanted.getMinX(), screen.getMaxX() - width));
        double y = Math.max(screen.getMinY(), Math.min(wanted.getMinY(), screen.getMaxY() - height));
        return new Rectangle2D(x, y, width, height);
    }
}
