package org.journeystudio.layout;

import java.util.ArrayList;
import java.util.List;
import org.journeystudio.model.Emotion;
import org.journeystudio.model.Touchpoint;

/**
 * The emotion curve's points: the main track's, one point per customer-facing card, and one {@link PathCurve} per
 * path of a stage that has customer-facing cards on it. Within a track the points share its width evenly, so a
 * curve always runs left to right in journey order even where cards stack vertically.
 */
final class EmotionCurves {
    private final List<StageColumn> columns;
    private final List<PathTrack> tracks;
    private final MapIndex index;
    private final double top;
    private final double span;

    EmotionCurves(List<StageColumn> columns, List<PathTrack> tracks, MapIndex index, double laneY, double laneHeight,
                  LayoutStyle style) {
        this.columns = columns;
        this.tracks = tracks;
        this.index = index;
        this.top = laneY + style.cellPadding();
        this.span = laneHeight - 2 * style.cellPadding();
    }

    /** The main track's curve: every stage's cards of no path, in the main track or the whole column. */
    List<CurvePoint> main() {
        List<CurvePoint> curve = new ArrayList<>();
        for (StageColumn column : columns) {
            Box where = track(column, "").orElse(column.body());
            points(index.customerTouchpointsIn(column.stageId()).stream().filter(t -> t.pathId().isEmpty()).toList(),
                    where, curve);
        }
        return curve;
    }

    /** One curve per path with customer-facing cards, joined to the main curve's points either side of its stage. */
    List<PathCurve> paths(List<CurvePoint> main) {
        List<PathCurve> curves = new ArrayList<>();
        for (PathTrack track : tracks) {
            if (track.main()) {
                continue;
            }
            List<Touchpoint> cards = index.customerTouchpointsIn(track.stageId()).stream()
                    .filter(t -> t.pathId().equals(track.pathId())).toList();
            if (cards.isEmpty()) {
                continue;
            }
            StageColumn column = columns.stream().filter(c -> c.stageId().equals(track.stageId())).findFirst()
                    .orElseThrow();
            List<CurvePoint> points = new ArrayList<>();
            main.stream().filter(p -> p.x() < column.x()).reduce((first, second) -> second).ifPresent(points::add);
            points(cards, track.body(), points);
            main.stream().filter(p -> p.x() >= column.x() + column.width()).findFirst().ifPresent(points::add);
            curves.add(new PathCurve(track.stageId(), track.pathId(), track.name(), points));
        }
        return curves;
    }

    private java.util.Optional<Box> track(StageColumn column, String pathId) {
        return tracks.stream().filter(t -> t.stageId().equals(column.stageId()) && t.pathId().equals(pathId))
                .findFirst().map(PathTrack::body);
    }

    private void points(List<Touchpoint> cards, Box where, List<CurvePoint> into) {
        for (int i = 0; i < cards.size(); i++) {
            Touchpoint t = cards.get(i);
            int score = t.emotion().score();
            double x = where.x() + where.w() * (i + 0.5) / cards.size();
            double y = top + span * (Emotion.MAX - score) / (double) (Emotion.MAX - Emotion.MIN);
            into.add(new CurvePoint(t.id(), score, x, y));
        }
    }
}
