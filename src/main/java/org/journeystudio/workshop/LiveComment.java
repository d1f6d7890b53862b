package org.journeystudio.workshop;

import java.time.Instant;

/**
 * A participant's free-text note on one touchpoint, a draft the facilitator may accept onto the map.
 *
 * @param id           unique within the session
 * @param touchpointId the touchpoint it is about
 * @param segmentId    the segment the participant chose, or {@link WorkshopState#NO_SEGMENT}
 * @param kind         whether the participant wrote it as a pain point or as an idea
 * @param text         the text exactly as typed (already size-checked; escape it wherever it is shown)
 * @param at           when it arrived
 */
public record LiveComment(String id, String touchpointId, String segmentId, Kind kind, String text, Instant at) {
    /** What a participant's comment is meant as. */
    public enum Kind { PAIN_POINT, IDEA }
}
