package org.journeystudio.editing;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.journeystudio.edit.MapCommand;
import org.journeystudio.edit.command.MoveTouchpoints;
import org.journeystudio.edit.command.TouchpointField;
import org.journeystudio.model.Emotion;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Lane;
import org.journeystudio.model.Segment;
import org.journeystudio.model.Touchpoint;
import org.journeystudio.i18n.Messages;

/**
 * What the canvas's keys do to the selected cards, for a person who works without a mouse: Ctrl+arrows move
 * them to the next cell, digits rate them, plus and minus change the feeling. Each key is one command (one undo
 * step), or none where there is nowhere to go. The shortcuts sheet lists these keys with {@link #sheet()}.
 */
public final class KeyboardPath {
    /** A direction on the grid: stages run left to right, lanes top to bottom. */
    public enum Step { LEFT, RIGHT, UP, DOWN }

    /** A row of the shortcuts sheet: what a key does, and the key. */
    public record Key(String what, String keys) {
    }

    private KeyboardPath() {
    }

    /**
     * Moves {@code cards} one cell over from {@code focused}'s cell: to the stage before or after (same lane), or
     * the shown card lane above or below (same stage), after the cards there. Empty at the map's edge.
     */
    public static Optional<MapCommand> move(JourneyMap map, List<String> cards, String focused, Step step) {
        Optional<Touchpoint> from = map.touchpoint(focused);
        if (from.isEmpty() || cards.isEmpty()) {
            return Optional.empty();
        }
        String stageId = from.get().stageId();
        String laneId = from.get().laneId();
        switch (step) {
            case LEFT, RIGHT -> {
                int next = map.indexOfStage(stageId) + (step == Step.RIGHT ? 1 : -1);
                if (next < 0 || next >= map.stages().size()) {
                    return Optional.empty();
                }
                stageId = map.stages().get(next).id();
            }
            case UP, DOWN -> {
                List<Lane> lanes = map.lanes().stream().filter(l -> l.kind().holdsCards() && l.visible()).toList();
                int at = lanes.stream().map(Lane::id).toList().indexOf(laneId);
                int next = at + (step == Step.DOWN ? 1 : -1);
                if (at < 0 || next < 0 || next >= lanes.size()) {
                    return Optional.empty();
                }
                laneId = lanes.get(next).id();
            }
        }
        return Optional.of(MoveTouchpoints.of(map, new LinkedHashSet<>(cards), stageId, laneId,
                MoveTouchpoints.AT_END));
    }

    /**
     * Rates the cards {@code digit} in the map's first segment (the exercise's "My rating"); empty when the
     * digit is off the map's scale. Throws {@link IllegalStateException} with a message for the user when the
     * map has no segment to rate in.
     */
    public static Optional<MapCommand> rate(JourneyMap map, List<String> cards, int digit) {
        if (cards.isEmpty() || !map.scale().contains(digit)) {
            return Optional.empty();
        }
        Segment segment = map.segments().stream().findFirst()
                .orElseThrow(() -> new IllegalStateException(Messages.text("keys.noSegment")));
        return Optional.of(TouchpointEdits.set(map, cards, TouchpointField.satisfaction(segment.id()),
                (double) digit));
    }

    /** Makes the cards feel one step better ({@code +1}) or worse ({@code -1}); empty when all are at the end. */
    public static Optional<MapCommand> feel(JourneyMap map, List<String> cards, int by) {
        boolean moves = cards.stream().map(map::touchpoint).flatMap(Optional::stream)
                .anyMatch(t -> within(t.emotion().score() + by) == t.emotion().score() + by);
        if (!moves) {
            return Optional.empty();
        }
        return Optional.of(TouchpointEdits.change(map, cards, TouchpointField.EMOTION,
                e -> new Emotion(within(e.score() + by), e.label())));
    }

    private static int within(int score) {
        return Math.max(Emotion.MIN, Math.min(Emotion.MAX, score));
    }

    /** The canvas's own keys, as the shortcuts sheet lists them after the menus' shortcuts. */
    public static List<Key> sheet() {
        return List.of(
                new Key(Messages.text("keys.moveFocus"), Messages.text("keys.moveFocusKeys")),
                new Key(Messages.text("keys.moveCard"), Messages.text("keys.moveCardKeys")),
                new Key(Messages.text("keys.rate"), Messages.text("keys.rateKeys")),
                new Key(Messages.text("keys.feel"), Messages.text("keys.feelKeys")),
                new Key(Messages.text("keys.create"), Messages.text("keys.createKeys")),
                new Key(Messages.text("keys.rename"), Messages.text("keys.renameKeys")),
                new Key(Messages.text("keys.delete"), Messages.text("keys.deleteKeys")),
                new Key(Messages.text("keys.escape"), Messages.text("keys.escapeKeys")),
                new Key(Messages.text("keys.pan"), Messages.text("keys.panKeys")),
                new Key(Messages.text("keys.zoom"), Messages.text("keys.zoomKeys")),
                new Key(Messages.text("keys.sheet"), Messages.text("keys.sheetKeys")));
    }
}
