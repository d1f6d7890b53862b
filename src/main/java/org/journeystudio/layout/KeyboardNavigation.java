package org.journeystudio.layout;

import java.util.List;
import java.util.Optional;

/**
 * Moving the selection with the keyboard: Tab and Shift+Tab step through the cards in journey order (the
 * layout's order), arrows go to the nearest card in that direction.
 */
public final class KeyboardNavigation {
    /** An arrow's direction on screen. */
    public enum Direction { LEFT, RIGHT, UP, DOWN }

    private KeyboardNavigation() {
    }

    /** The card after (or before) {@code current} in journey order; the first (or last) one when there is none. */
    public static Optional<String> step(MapLayout layout, String current, boolean forward) {
        List<CardBox> cards = layout.cards();
        if (cards.isEmpty()) {
            return Optional.empty();
        }
        int index = -1;
        for (int i = 0; i < cards.size(); i++) {
            if (cards.get(i).touchpointId().equals(current)) {
                index = i;
            }
        }
        int next = index < 0 ? (forward ? 0 : cards.size() - 1)
                : Math.floorMod(index + (forward ? 1 : -1), cards.size());
        return Optional.of(cards.get(next).touchpointId());
    }

    /**
     * The card nearest to {@code current} whose centre lies in {@code direction}; a card straight ahead wins
     * over a nearer one off to the side, so arrows keep to a row or column.
     */
    public static Optional<String> nearest(MapLayout layout, String current, Direction direction) {
        Optional<CardBox> from = layout.card(current);
        if (from.isEmpty()) {
            return step(layout, current, true);
        }
        Box a = from.get().box();
        String best = null;
        double bestScore = Double.MAX_VALUE;
        for (CardBox card : layout.cards()) {
            if (card.touchpointId().equals(current)) {
                continue;
            }
            Box b = card.box();
            double dx = b.centerX() - a.centerX();
            double dy = b.centerY() - a.centerY();
            double ahead = switch (direction) {
                case LEFT -> -dx;
                case RIGHT -> dx;
                case UP -> -dy;
                case DOWN -> dy;
            };
            double side = direction == Direction.LEFT || direction == Direction.RIGHT ? Math.abs(dy) : Math.abs(dx);
            if (ahead <= 1) {
                continue;
            }
            double score = ahead + 3 * side;
            if (score < bestScore) {
                bestScore = score;
                best = card.touchpointId();
            }
        }
        return Optional.ofNullable(best);
    }
}
