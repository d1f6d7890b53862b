package org.journeystudio.compare;

import java.util.Optional;

/** Looks up the spread behind one touchpoint's rating by one segment, where survey answers give one. */
@FunctionalInterface
public interface RatingSpreads {
    /** For maps whose ratings carry no answers (typed by hand, or read from a file). */
    RatingSpreads NONE = (touchpointId, segmentId) -> Optional.empty();

    Optional<RatingSpread> of(String touchpointId, String segmentId);
}
