package org.journeystudio.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.journeystudio.model.JourneyMap;
import org.journeystudio.model.Stage;
import org.journeystudio.model.StagePath;
import org.journeystudio.model.Touchpoint;

/**
 * Where a stage's paths go: a stage with paths splits its column evenly into tracks, its main track first (only
 * when a card of the stage is on it) and then one per path, each named in a strip under the stage's header.
 */
final class PathTracks {
    /** The height of the strip under the stage headers that names the tracks, when any stage has paths. */
    static final double HEADER_STRIP = 20;

    /** Stage id → its tracks' path ids and names, main track first; absent for a stage without paths. */
    private final Map<String, List<String[]>> byStage = new HashMap<>();

    private PathTracks() {
    }

    /** The style to lay out {@code map} with: a taller stage header, holding the tracks' names, when it has paths. */
    static LayoutStyle styleFor(JourneyMap map, LayoutStyle style) {
        if (map.stages().stream().allMatch(s -> s.paths().isEmpty())) {
            return style;
        }
        return new LayoutStyle(style.laneHeaderWidth(), style.stageHeaderHeight() + HEADER_STRIP, style.cellPadding(),
                style.cardHeight(), style.cardGap(), style.emotionLaneHeight(), style.lineHeight(), style.charWidth(),
                style.notePadding(), style.minLaneHeight());
    }

    /** Which tracks each stage of {@code map} has. */
    static PathTracks of(JourneyMap map) {
        PathTracks tracks = new PathTracks();
        Set<String> mainUsed = new HashSet<>();
        for (Touchpoint t : map.touchpoints()) {
            if (t.pathId().isEmpty()) {
                mainUsed.add(t.stageId());
            }
        }
        for (Stage stage : map.stages()) {
            if (stage.paths().isEmpty()) {
                continue;
            }
            List<String[]> named = new ArrayList<>();
            if (mainUsed.contains(stage.id())) {
                named.add(new String[] {"", PathTrack.MAIN_NAME});
            }
            for (StagePath path : stage.paths()) {
                named.add(new String[] {path.id(), path.name()});
            }
            tracks.byStage.put(stage.id(), named);
        }
        return tracks;
    }

    /** How many tracks share the stage's column: 1 for a stage without paths. */
    int count(String stageId) {
        List<String[]> named = byStage.get(stageId);
        return named == null ? 1 : named.size();
    }

    /** Every track's boxes in the placed columns, stage by stage; {@code style} is the one {@link #styleFor} gave. */
    List<PathTrack> place(List<StageColumn> columns, LayoutStyle style) {
        List<PathTrack> all = new ArrayList<>();
        double headerY = style.stageHeaderHeight() - HEADER_STRIP;
        for (StageColumn column : columns) {
            List<String[]> named = byStage.get(column.stageId());
            if (named == null) {
                continue;
            }
            double w = column.width() / named.size();
            for (int i = 0; i < named.size(); i++) {
                double x = column.x() + i * w;
                all.add(new PathTrack(column.stageId(), named.get(i)[0], named.get(i)[1],
                        new Box(x, headerY, w, HEADER_STRIP), new Box(x, column.body().y(), w, column.body().h())));
            }
        }
        return all;
    }

    /** The index of a card's track in its stage, or 0 for a stage without paths (one track, the column). */
    int indexOf(Touchpoint t) {
        List<String[]> named = byStage.getOrDefault(t.stageId(), List.of());
        for (int i = 0; i < named.size(); i++) {
            if (named.get(i)[0].equals(t.pathId())) {
                return i;
            }
        }
        return 0;
    }
}
