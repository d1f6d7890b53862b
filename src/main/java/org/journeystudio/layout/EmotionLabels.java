package org.journeystudio.layout;

import java.util.List;
import java.util.Optional;
import org.journeystudio.model.Emotion;

/**
 * Where an emotion point's word ("Frustrated") goes, for the exports and the canvas alike: centred under the point
 * (above it for a point at the bottom of the lane), as wide as the room to its nearest neighbour allows, and left
 * out where neighbours stand too close for a word to be read. So colour is never the only carrier of the emotion.
 */
public final class EmotionLabels {
    /** The least distance to the nearest neighbouring point that leaves room for a word. */
    public static final double MIN_ROOM = 54;
    /** The room a point has when it has no neighbour. */
    private static final double ALONE = 120;
    /** Space kept between neighbouring words. */
    private static final double GAP = 4;

    private EmotionLabels() {
    }

    /** The horizontal room point {@code i}'s word may take without reaching its neighbours' words. */
    public static double room(List<CurvePoint> curve, int i) {
        double left = i > 0 ? curve.get(i).x() - curve.get(i - 1).x() : Double.MAX_VALUE;
        double right = i < curve.size() - 1 ? curve.get(i + 1).x() - curve.get(i).x() : Double.MAX_VALUE;
        double room = Math.min(left, right);
        return room == Double.MAX_VALUE ? ALONE : room;
    }

    /** Whether a point with this much {@link #room} shows its word. */
    public static boolean shown(double room) {
        return room >= MIN_ROOM;
    }

    /** The widest a word may be drawn with this much {@link #room}: a longer one is shortened or left out. */
    public static double width(double room) {
        return room - GAP;
    }

    /** Whether the word goes above the point: a point at the bottom of the lane has no room under it. */
    public static boolean above(int score) {
        return score == Emotion.MIN;
    }

    /**
     * The box of point {@code i}'s word, {@code height} high, clear of a mark of {@code markRadius} drawn on the
     * point; empty when the point's neighbours leave no room for one.
     */
    public static Optional<Box> box(List<CurvePoint> curve, int i, double markRadius, double height) {
        double room = room(curve, i);
        if (!shown(room)) {
            return Optional.empty();
        }
        CurvePoint p = curve.get(i);
        double w = width(room);
        double y = above(p.score()) ? p.y() - markRadius - height : p.y() + markRadius;
        return Optional.of(new Box(p.x() - w / 2, y, w, height));
    }
}
