package org.journeystudio.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A stage's touchpoints on one of its tracks, for the exports that group by path (heatmap, CSV and Excel, deck,
 * Markdown report): one rule for all, so every export names and orders the tracks alike.
 *
 * @param pathId      the path's id, empty for the stage's main track
 * @param name        the path's name, {@link #MAIN_TRACK} for the main track
 * @param touchpoints the track's touchpoints in the order given
 */
public record PathGroup(String pathId, String name, List<Touchpoint> touchpoints) {
    /** What the exports call the cards of no path in a stage that has paths. */
    public static final String MAIN_TRACK = "Main track";

    public PathGroup {
        touchpoints = List.copyOf(touchpoints);
    }

    /**
     * {@code inStage} (touchpoints of {@code stage}, in the order to keep) grouped by track: the main track first,
     * then the stage's paths in its order; tracks without touchpoints are left out, and a card naming a path the
     * stage does not have counts as the main track's. A stage without paths gives one group, the main track.
     */
    public static List<PathGroup> of(Stage stage, List<Touchpoint> inStage) {
        List<PathGroup> groups = new ArrayList<>();
        List<Touchpoint> main = inStage.stream().filter(t -> stage.path(t.pathId()).isEmpty()).toList();
        if (!main.isEmpty()) {
            groups.add(new PathGroup("", MAIN_TRACK, main));
        }
        for (StagePath path : stage.paths()) {
            List<Touchpoint> on = inStage.stream().filter(t -> t.pathId().equals(path.id())).toList();
            if (!on.isEmpty()) {
                groups.add(new PathGroup(path.id(), path.name(), on));
            }
        }
        return groups;
    }

    /** The name of the touchpoint's track in its stage: its path's, or {@link #MAIN_TRACK}. */
    public static String nameOf(JourneyMap map, Touchpoint t) {
        return map.stage(t.stageId()).flatMap(s -> s.path(t.pathId())).map(StagePath::name).orElse(MAIN_TRACK);
    }

    /** Whether this is the main track's group. */
    public boolean main() {
        return pathId.isEmpty();
    }
}
