package org.journeystudio.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.journeystudio.testing.FastTest;
import org.junit.jupiter.api.Test;

@FastTest
class SmoothCurveTest {

    @Test
    void joinsConsecutivePointsEndToEnd() {
        List<CurvePoint> points = List.of(new CurvePoint("a", 0, 10, 50), new CurvePoint("b", 2, 60, 10),
                new CurvePoint("c", -2, 120, 90));
        List<SmoothCurve.Segment> segments = SmoothCurve.through(points, 10, 90);
        assertThat(segments).hasSize(2);
        assertThat(segments.get(0).x1()).isEqualTo(10);
        assertThat(segments.get(0).x2()).isEqualTo(segments.get(1).x1());
        assertThat(segments.get(1).y2()).isEqualTo(90);
    }

    @Test
    void controlPointsStayInsideTheLaneAndBetweenTheirEnds() {
        List<CurvePoint> points = List.of(new CurvePoint("a", 2, 0, 10), new CurvePoint("b", 2, 10, 10),
                new CurvePoint("c", -2, 200, 90), new CurvePoint("d", -2, 210, 90));
        for (SmoothCurve.Segment s : SmoothCurve.through(points, 10, 90)) {
            assertThat(s.c1y()).isBetween(10.0, 90.0);
            assertThat(s.c2y()).isBetween(10.0, 90.0);
            assertThat(s.c1x()).isBetween(s.x1(), s.x2());
            assertThat(s.c2x()).isBetween(s.x1(), s.x2());
        }
    }

    @Test
    void aSinglePointHasNoSegments() {
        assertThat(SmoothCurve.through(List.of(new CurvePoint("a", 0, 1, 1)), 0, 2)).isEmpty();
    }
}
