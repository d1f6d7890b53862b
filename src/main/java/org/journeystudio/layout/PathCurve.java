package org.journeystudio.layout;

import java.util.List;

/**
 * The emotion curve along one path of a stage: from the main curve's last point before the stage, through the
 * path's customer-facing cards, to the main curve's first point after it (where those exist).
 */
public record PathCurve(String stageId, String pathId, String name, List<CurvePoint> points) {
    public PathCurve {
        points = List.copyOf(points);
    }
}
