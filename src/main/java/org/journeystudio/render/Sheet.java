package org.journeystudio.render;

/**
 * One PDF page's size in points, a {@link PageSize} turned landscape or portrait. A fitted map takes the
 * orientation that lets it print larger; a poster stays landscape.
 */
record Sheet(double width, double height) {

    static Sheet landscape(PageSize size) {
        return new Sheet(size.width(), size.height());
    }

    static Sheet portrait(PageSize size) {
        return new Sheet(size.height(), size.width());
    }

    boolean isPortrait() {
        return height > width;
    }
}
