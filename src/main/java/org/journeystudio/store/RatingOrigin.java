package org.journeystudio.store;

import java.time.Instant;

/**
 * Where one touchpoint's satisfaction for one segment came from and when. Kept beside the map in the library,
 * so the model's {@code Touchpoint} stays as it is.
 *
 * @param touchpointId the touchpoint
 * @param segmentId    the segment
 * @param source       manual, imported or live
 * @param recordedAt   when the rating was set
 * @param importId     the survey import it came from, or null
 */
public record RatingOrigin(String touchpointId, String segmentId, RatingSource source, Instant recordedAt,
                           Long importId) {
}
