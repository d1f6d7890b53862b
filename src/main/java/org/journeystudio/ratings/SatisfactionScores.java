package org.journeystudio.ratings;

import java.util.Collection;
import java.util.Optional;
import org.journeystudio.i18n.Messages;
import org.journeystudio.model.Segment;
import org.journeystudio.model.Touchpoint;

/**
 * Which satisfaction score a card overlay shows (presentation mode and the editor's canvas): the mean over the
 * segments that rated a touchpoint ("All"), or one chosen segment's own rating.
 */
public record SatisfactionScores(Optional<Segment> segment) {

    public static SatisfactionScores meanOverSegments() {
        return new SatisfactionScores(Optional.empty());
    }

    public static SatisfactionScores of(Segment segment) {
        return new SatisfactionScores(Optional.of(segment));
    }

    /** The touchpoint's score, or NaN when it has no rating to show (painted in the no-value grey). */
    public double score(Touchpoint touchpoint) {
        if (segment.isPresent()) {
            Double rating = touchpoint.satisfaction().get(segment.get().id());
            return rating == null ? Double.NaN : rating;
        }
        Collection<Double> ratings = touchpoint.satisfaction().values();
        return ratings.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    }

    /** What the legend calls this choice. */
    public String label() {
        return segment.map(s -> Messages.text("canvas.satisfactionOf", s.name()))
                .orElse(Messages.text("canvas.satisfactionMean"));
    }

    /** What a segment chooser lists: "All" or the segment's name. */
    public String choiceName() {
        return segment.map(Segment::name).orElse(Messages.text("canvas.allSegments"));
    }
}
