package org.journeystudio.ui.present;

import java.util.Collection;
import java.util.Optional;
import org.journeystudio.model.Segment;
import org.journeystudio.model.Touchpoint;

/** Which satisfaction score the heatmap overlay shows: the mean over all segments, or one chosen segment. */
record SatisfactionScores(Optional<Segment> segment) {

    static SatisfactionScores meanOverSegments() {
        return new SatisfactionScores(Optional.empty());
    }

    static SatisfactionScores of(Segment segment) {
        return new SatisfactionScores(Optional.of(segment));
    }

    /** The touchpoint's score, or NaN when it has no rating to show (painted in the no-value grey). */
    double score(Touchpoint touchpoint) {
        if (segment.isPresent()) {
            Double rating = touchpoint.satisfaction().get(segment.get().id());
            return rating == null ? Double.NaN : rating;
        }
        Collection<Double> ratings = touchpoint.satisfaction().values();
        return ratings.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    }

    /** What the legend calls this choice. */
    String label() {
        return segment.map(s -> "Satisfaction · " + s.name()).orElse("Satisfaction · mean over segments");
    }
}
