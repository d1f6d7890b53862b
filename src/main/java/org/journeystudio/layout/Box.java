package org.journeystudio.layout;

/** An axis-aligned rectangle in map coordinates (pixels at 100 % zoom, y growing downwards). */
public record Box(double x, double y, double w, double h) {

    public Box {
        if (w < 0 || h < 0 || Double.isNaN(x + y + w + h)) {
            throw new IllegalArgumentException("A box needs a finite position and a size of at least 0, not "
                    + x + "," + y + " " + w + "×" + h);
        }
    }

    public double right() {
        return x + w;
    }

    public double bottom() {
        return y + h;
    }

    public double centerX() {
        return x + w / 2;
    }

    public double centerY() {
        return y + h / 2;
    }

    /** Whether {@code other} lies wholly inside this box (touching edges count as inside). */
    public boolean contains(Box other) {
        return other.x >= x && other.y >= y && other.right() <= right() && other.bottom() <= bottom();
    }

    /** Whether the two boxes share any area; boxes that only touch along an edge do not overlap. */
    public boolean overlaps(Box other) {
        return other.x < right() && x < other.right() && other.y < bottom() && y < other.bottom();
    }

    /** This box shrunk by {@code margin} on every side (never below zero size). */
    public Box inset(double margin) {
        return new Box(x + margin, y + margin, Math.max(0, w - 2 * margin), Math.max(0, h - 2 * margin));
    }
}
